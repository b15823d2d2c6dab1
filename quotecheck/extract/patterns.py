"""The vocabulary the extractor reads cues with: speech verbs, names, titles of works.

Shared by the attribution (who said it) and the kind classifier (is it a
title). These are fixed patterns of English usage, not tunable thresholds,
so they are module constants; the numbers the extractor tunes are in
:class:`~quotecheck.extract.config.ExtractConfig`.
"""

from __future__ import annotations

import re

__all__ = [
    "VERB_WORDS",
    "VERB",
    "ADV",
    "HONORIFICS",
    "NAME",
    "NAME_RE",
    "PRONOUN",
    "ROLE_SUBJECT",
    "EPITHET",
    "SPEAKER",
    "NOUN_CUES",
    "ROLE_NOUNS",
    "MONTHS",
    "POSSESSIVE",
    "TITLE_RUN",
    "TITLE_CONTEXT_BEFORE",
    "TITLE_CONTEXT_AFTER",
    "WORD",
    "TRAILING_CITATION",
]

VERB_WORDS = """
said says say saying wrote writes write writing written declared declares declare declaring
argued argues argue arguing asked asks ask replied replies reply answered answers answer
cried cries exclaimed exclaims added adds continued continues observed observes observe
remarked remarks noted notes stated states claimed claims insisted insists explained explains
told tells shouted shouts whispered whispers muttered mutters murmured murmurs repeated repeats
maintained maintains warned warns proclaimed proclaims concluded concludes admitted admits
retorted retorts suggested suggests responded responds sang sings quoth asserted asserts
affirmed affirms reminded reminds recalled recalls interrupted interrupts demanded demands
inquired inquires enquired enquires advised advises counselled counsels pleaded pleads urged urges agreed agrees objected objects
protested protests commented comments announced announces taught teaches preached preaches
quipped quips joked jokes mused muses thundered thunders vowed vows conceded concedes
confessed confesses complained complains boasted boasts predicted predicts testified testifies
sighed sobbed snapped growled roared screamed yelled called began begins went returned
stressed stresses emphasised emphasized emphasises emphasizes acknowledged acknowledges
summed summarised summarized defined defines described describes characterised characterized
put puts opined opines thought adding saying writing declaring arguing replying answering noting
observing remarking explaining insisting continuing believed believes exhorted exhorts
expressed expresses penned pens uttered utters lamented laments
""".split() + ["pointed out", "points out"]  # not "points Starbuck to the crew"


def _trie(words: set[str]) -> str:
    """An alternation of ``words`` as a prefix tree, longest first at every branch: it matches
    what the flat alternation sorted longest first matches (two words can both match at one
    place only if one is a prefix of the other), and the regex engine tries a handful of
    branches per position instead of every word (about five times faster on prose)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(tree) + ")"


VERB = _trie(set(VERB_WORDS))
ADV = (
    r"(?:\w+ly|also|again|once|then|later|too|still|even|never|always|often|further|famously|"
    r"himself|herself|has|had|have|would|will|shall|could|can|did|does|do|was|is|had\s+once|"
    r"went\s+on\s+to|goes\s+on\s+to|used\s+to|and\s+again|again\s+and\s+again|over\s+and\s+over)"
)
HONORIFICS = (
    r"(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Professor|Sir|Lord|Lady|Miss|Madame|Mme|Monsieur|Mlle|St|Saint|"
    r"President|General|Gen|Captain|Capt|Colonel|Col|Major|Comrade|Father|Rev|Reverend|Judge|"
    r"Justice|Senator|Sen|Governor|Gov|King|Queen|Prince|Princess|Duke|Duchess|Count|Countess|"
    r"Uncle|Aunt|Inspector|Sergeant|Doctor|Master|Mistress|Herr|Frau)\.?"
)
CAP = r"[A-Z][A-Za-z\u00c0-\u024f]*(?:[-'’][A-Z][A-Za-z\u00c0-\u024f]*|'[a-z]{2,}|’[a-z]{2,})*"
PARTICLE = r"(?:de|du|des|van|von|der|den|da|di|del|della|le|la|ibn|bin|al|y|of)"
#: A personal name: optional honorific, initials, one to four capitalised words.
#: The months, for dates in bylines and "In <Month>" (no title).
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NAME = (
    # every name starts with a capital: the lookahead lets the engine skip other places at once
    rf"(?=[A-Z])(?:{HONORIFICS}\s+)?(?:[A-Z]\.\s?)*{CAP}"
    rf"(?:\s+(?:{PARTICLE}\s+)?(?:[A-Z]\.\s?)*{CAP}){{0,3}}"
)
NAME_RE = re.compile(NAME)
PRONOUN = r"(?:he|she|He|She)"
#: A person named by office or calling, meant like "he": "the President said", "the poet writes".
ROLE_SUBJECT = (
    r"(?:[Tt]he\s+(?:[Pp]resident|[Pp]oet|[Pp]reacher|[Pp]hilosopher|[Pp]laywright|[Nn]ovelist|"
    r"[Ss]enator|[Gg]overnor|[Pp]rime\s+[Mm]inister))"
)
EPITHET = r"(?:(?:the|poor|old|little|young|dear|good)\s+)"
SPEAKER = rf"(?:{EPITHET}?{NAME}|{PRONOUN}|I)"

#: Capitalised words that start sentences or name things, never a speaker.
NOUN_CUES = (
    r"(?:line|lines|words|phrase|dictum|remark|saying|maxim|motto|verdict|observation|formula|"
    r"formulation|definition|quip|slogan|question|answer|reply|warning|advice|injunction|"
    r"declaration|assertion|claim|argument|thesis|sentence|passage|lament|boast|axiom|aphorism|"
    r"adage|credo|prayer|plea|command|admonition|description|judgement|judgment|comment|prophecy|"
    r"translation|version|promise|speech|letter|answer|retort|complaint|cry|song|psalm|poem|verse|verses)"
)
ROLE_NOUNS = (
    r"(?:book|books|essay|essays|pamphlet|poem|poems|novel|story|article|chapter|song|play|work|"
    r"works|speech|address|lecture|treatise|tract|letter|manifesto|sonnet|ode|ballad|volume|"
    r"collection|preface|introduction|sermon|report|paper|film|series|text)"
)

# --- shared cue patterns ----------------------------------------------------

POSSESSIVE = r"(?:[’']s|[’'](?=\s))"
TITLE_RUN = re.compile(
    r"[A-Z][\w’'\-]*(?:(?:\s+(?:of|the|and|in|on|a|an|to|for|de|from|with))*\s+[A-Z][\w’'\-]*)*"
)
TITLE_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?i:see|cf\.|read|reading|entitled|titled|called|named|in|from|his|her|their)|\b{ROLE_NOUNS},?"
    r"|\b(?i:author|writer|editor|translator|publisher)s?\s+of"  # "the author of 'Common Sense'"
    rf"|[A-Z][\w\-]*[’'](?:s)?|(?<![\w])(?:and|or|&|,))\s*$"
)
TITLE_CONTEXT_AFTER = re.compile(
    rf"^\s*,?\s*(?:\(\d{{4}}\)|by\s+{NAME}|\s*[,]?\s*(?:a|an|the)\s+{ROLE_NOUNS}\b|(?:gives|tells|says)\b"
    # a citation: '"Hard Times and the Condition of England," in The Real Foundations'
    # or a work's possessive: '"Mending Wall"'s speaker'
    rf"|in\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s*[,:(]|[’']s\b)"
)

# --- quoted spans ---------------------------------------------------------------

#: A word, for counting words in a span.
WORD = re.compile(r"[^\W_][\w’'\-]*")
#: A citation or footnote marks ending a span: "... (Capital, ch. 1) [3]"; it attributes the span, not part of it.
TRAILING_CITATION = re.compile(r"\s*\((?:[^()\n]{1,160})\)\s*(?:\[\d+\]\s*)*$|\s*(?:\[\d+\]\s*)+$")
