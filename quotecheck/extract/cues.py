"""Speaker cues: the words before or after a quotation that say whose it is.

"Lenin says:", "said Holmes", "summed up by Lenin as:", "according to Mill",
"Lenin's famous line", a signature line ("-- Twain, Pudd'nhead Wilson") and
"again" (the previous speaker). Each cue is a pattern over a bounded window
of text; the nearest cue to the quotation wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import ExtractConfig
from .patterns import (
    ADV,
    EPITHET,
    NAME,
    NAME_RE,
    NOUN_CUES,
    POSSESSIVE,
    PRONOUN,
    ROLE_SUBJECT,
    SPEAKER,
    TITLE_RUN,
    VERB_WORDS,
)
from .people import People, clean_name
from .works import PAREN_CITATION, clean_work, plausible_work, read_citation

__all__ = [
    "Attribution",
    "cue_before",
    "cue_after",
    "cue_next_sentence",
    "cue_attributed_to",
    "signature",
    "speaker_cue",
    "split_title",
]


#: Verbs of the manner of speaking that novels and essays about them use for a character's words
#: ("he sputters", "Ahab exults", "she chided"): speech verbs in a cue, beside the common ones.
#: Not verbs of performing someone else's words ("recited", "intoned", "declaimed"): the
#: performer is no author.
_MANNER_VERBS = """
sputtered sputters exulted exults gasped gasps stammered stammers snarled snarls hissed hisses
barked barks chided chides scolded scolds begged begs bellowed bellows moaned moans groaned groans
rejoined rejoins ventured ventures reasoned reasons spoke speaks
spake wailed wails blurted blurts grumbled grumbles marvelled marveled marvels fumed fumes taunted
taunts jeered jeers sneered sneers shrieked shrieks cautioned cautions assured assures swore swears
cajoled cajoles pronounced pronounces shares shared
""".split()
#: A website credited as a source of words: "ushistory.org", "History.com".
_WEBSITE = r"[A-Za-z][\w-]*\.(?:org|com|net|gov|edu)(?!\w|\.\w)"
#: Any verb of saying in a cue.
SAY = (
    r"(?:"
    + "|".join(sorted({*VERB_WORDS, *_MANNER_VERBS}, key=len, reverse=True))
    + r"|(?:held|holds|contended|contends|maintained)(?=\s+that\b)"
    + r"|coined|coins|gave\s+us|gives\s+us|gave\s+the\s+world|gives\s+the\s+world"
    + r"|(?:lauded|lauds|hailed|hails|praised|praises|dubbed|dubs|termed|terms|branded|brands)"
    + r"(?=[^.;:!?“”\"]*\bas\b))"
)  # "Paine held that a new nation could become '...'": a view reported with "that"; "Grant gave us
# '...'", "Burke coined '...'", "Shaw has lauded Great Expectations as '...'": words claimed as
# someone's own


#: Verbs of praising or naming *as* (in ``SAY``): a person's, not a word that only opens a sentence
#: ("Critics praised").
_PRAISING = r"(?:lauded|lauds|hailed|hails|praised|praises|dubbed|dubs|termed|terms|branded|brands)\b"


@dataclass(frozen=True, slots=True)
class Attribution:
    """The claimed author and work of one quotation, with the words that said so."""

    author: str | None = None
    work: str | None = None
    cue: str | None = None
    near: bool = False  # the cue is right against the quotation (same clause)
    #: who says it in the document's words when not its author ("the witches in Macbeth say")
    speaker: str | None = None
    #: the claim is the discourse's (the person a page or paragraph is about), not a cue's
    inferred: bool = False


#: A subject right before a verb: then the name after it is the object ("Polonius advises Laertes"),
#: not an inverted subject ("..., said Holmes").
_HAS_SUBJECT = re.compile(rf"(?:(?<![\w’'])(?P<who>{NAME})|\b(?:he|she|they|we|I))(?:\s+{ADV})?\s+$")


def _has_subject(before: str, end: int) -> bool:
    """A person or pronoun right before ``end`` ("Polonius advises"; not "Then said")."""
    m = _HAS_SUBJECT.search(before, 0, end)
    return bool(m) and (m.group("who") is None or clean_name(m.group("who")) is not None)


#: Verbs that take the listener as object ("tells Alice"), so "<verb> <Name>" is no inversion.
_TRANSITIVE = re.compile(
    r"^(?:tell|tells|told|remind|reminds|reminded|warn|warns|warned|urge|urges|urged|"
    r"ask|asks|asked|call|calls|called|put|puts)$"
)

_B_SUBJECT_VERB = re.compile(
    rf"(?<![\w’'])(?P<who>{ROLE_SUBJECT}|{NAME}|{PRONOUN}|I)(?![’']s\b)(?:\s*\([^()\n]{{1,40}}\))?"
    rf"(?:\s*,\s*who|\s+who(?=\s+(?:{ADV}\s+)?{SAY}\b))?"
    rf"(?:\s*,(?:[^,;:.!?]|(?<=\bpp)\.|(?<=\bp)\.|\.(?=\s?\d)){{1,80}},)?(?:\s+{ADV}){{0,3}}\s+(?P<verb>{SAY})(?:\s+it)?\b"
)
_B_APPOSITIVE = re.compile(
    rf"(?<=,[ \t\n])(?P<who>{NAME}),(?:\s+{ADV}){{0,2}}\s+(?P<verb>{SAY})\b"
)  # "the 19th century British preacher, Charles Spurgeon, wrote": the name set off by commas
_B_SUBJECT_WITH_NOUN = re.compile(
    rf"(?:^|(?<=[.!?;,]\s))(?P<who>{NAME})\s+(?P<verb>[a-z]+)(?:\s+[\w’']+){{0,12}}?\s+(?:with|in|using)\s+"
    rf"(?:the|these|those|this|his|her|a)\s+(?:[a-z]+\s+)?(?:quote|quotation|{NOUN_CUES})\s*[,:]?\s*$"
)  # "Polonius polishes off his list of advice given to Laertes with the quote": the clause's subject
_B_COORDINATED = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}|{PRONOUN})\s+[a-z]+(?:\s+(?:[a-z]+|[A-Z][a-z]+)){{0,8}}?,?\s+and(?:\s+{ADV})?\s+(?P<verb>{SAY})\b"
)  # "Huck rushes to Jim and says": the object may be a name
_B_VERB_SUBJECT = re.compile(
    rf"\b(?P<verb>{SAY})\s+(?P<who>{SPEAKER})(?=\s*(?:[,:;.!?—–-]|\(|\s(?:in|to|at|on|of|with)\b|$))"
)
_B_QUOTED = re.compile(
    rf"\b(?P<verb>quoted|quotes|quoting|cited|cites|citing)\s+(?P<who>{NAME})\s+as\s+(?:saying|writing|having\s+said)"
)
#: Hedges between a verb's auxiliary and its participle: "is often credited", "was wrongly attributed".
_HEDGES = r"(?:(?:\w+ly|often|also|sometimes|still)\s+)*"
_B_CREDITED = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME})\s+(?:is|was|has\s+been|gets)\s+{_HEDGES}"
    rf"(?P<verb>credited\s+with|quoted\s+as)\s+(?:saying|writing|having\s+(?:said|written))"
)  # "Einstein is often credited with saying '...'": the claim a fact-checker checks
_B_AUTHOR_OF = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME})(?:\s*,[^,;:.!?\n]{{1,60}},)?\s+(?:is|was|were|are)\s+{_HEDGES}the\s+(?:[a-z]+\s+)?"
    rf"(?P<verb>author|originator|source|coiner|inventor)\s+of\b"
)  # "Karl Marx, the German Socialist, was the author of the following formula:", "Gray is the originator of"
_B_NOUN_BY = re.compile(
    rf"\b(?P<verb>{NOUN_CUES}|quote|quotes|quotation)\s+(?:\w+ly\s+)?(?:from|by)\s+[“\"]?(?P<who>{NAME})"
    rf"(?:,\s*(?:from\s+|in\s+)?(?P<work>{TITLE_RUN.pattern}))?[”\"]?(?=\s*[:,]?\s*$)"
)  # "a great quote by Oscar Wilde:", "this line from Hamlet:", 'a quotation supposedly from "Charles Darwin, from On the Origin of Species":'
#: "proceeds thus:", "goes on:": a writer continuing, said of someone quoted at length.
_THUS_VERB = r"(?:proceeds|proceeded|goes\s+on|went\s+on)(?=\s+(?:thus|as\s+follows|to\s+say)\b|\s*:)"
#: "The writer in the “Barnet Press” (Mr. Wooton) proceeds thus:": the name in parentheses is the subject's.
_B_PAREN_SUBJECT = re.compile(rf"\((?P<who>{NAME})\)\s+(?:{ADV}\s+)?(?P<verb>{SAY}|{_THUS_VERB})\b")
_B_QUOTES_WHOM = re.compile(
    rf"\b(?P<verb>quotes|quoted|quoting|cites|cited|citing)\s+(?P<who>{NAME})(?=\s*(?:\([^()]{{1,40}}\))?\s*[:,]?\s*$)"
)  # "Lenin quotes Engels:": the words are the one quoted
#: "It's all the rage to quote him:": the person quoted is whom the pronoun means.
_B_QUOTES_PRONOUN = re.compile(
    r"\b(?P<verb>quote|quotes|quoted|quoting|cite|cites|cited|citing)\s+(?P<who>him|her)(?=\s*[:,]?\s*$)"
)
#: The news and letter heading "X to Y:" right before the words: "Palin to Biden “...”", "Marx to
#: Engels:", "Obama to graduates:".
_B_TO_WHOM = re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\n))(?!(?:From|Welcome|Back|Return|Next|Up|Down)\b)(?P<who>{NAME})\s+to\s+"
    rf"(?:{NAME}|the\s+[a-z]+|[a-z]+s)\s*:?\s*$"
)
#: A name coordinated before a speech verb's subject: "Marx and Frederick Engels penned".
_PARTNER_BEFORE = re.compile(rf"(?<![\w’'])(?P<who>{NAME})\s*,?\s+and\s+$")
_B_PASSIVE = re.compile(rf"\b(?P<verb>{SAY})(?:\s+up)?\s+by\s+(?P<who>{NAME})")
_B_PREP = re.compile(
    rf"(?i:\b(?P<verb>according\s+to|(?:in\s+)?the\s+(?:immortal\s+|famous\s+|memorable\s+)?words\s+of(?:\s+the\s+(?:prophet|apostle|poet|psalmist))?|"
    rf"to\s+quote|quoting|as\s+quoted\s+by|as\s+cited\s+by|in\s+(?:the\s+)?(?:phrase|verdict|view)\s+of))"
    rf"\s+(?P<who>{NAME})"
)
_B_FOR = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<verb>For)\s+(?P<who>{NAME}),\s*$")  # "For Marx, '...'": his view
#: Nouns of saying that take the sayer as possessor, beyond the cue nouns: "Marx’s dismissal of ...:".
_ACT_NOUNS = (
    rf"(?:{NOUN_CUES}|dismissal|rebuke|reproach|riposte|rejoinder|response|summary|summation|appraisal|"
    r"critique|objection|accusation|denunciation|tribute|epigram|epitaph|couplet|stanza|conclusion|"
    r"exhortation|confession|challenge|insight|diagnosis|account|quote|quotes|quotation|quotations|sayings|"
    r"remarks|maxims|aphorisms|observations|thoughts|lips|mouth|pen|request|soliloquy|monologue|exclamation|"
    r"outburst|musings|catchphrase|thinking|reasoning|philosophy|discussion|contention|concept|notion|term|"
    r"expression|coinage|characterization|characterisation|prediction|vow|demand)"
)
#: "the advice Polonius gives his son", "the words Lincoln spoke": a saying whose sayer is the subject
#: of the clause that qualifies it.
_B_NOUN_RELATIVE = re.compile(
    rf"\b(?:the|this|that|his|her)\s+(?:[a-z]+\s+)?(?P<verb>{_ACT_NOUNS})\s+(?:that\s+|which\s+)?(?P<who>{NAME})"
    rf"\s+(?:\w+ly\s+)?(?:gives|gave|offers|offered|delivers|delivered|makes|made|{SAY})\b"
)
#: "Lincoln gave the Gettysburg Address, saying,", "He then published The Crisis series pamphlets which
#: began by stating,": a participle of saying ending the clause has the clause's subject for its own
#: (the names between are objects: "Hamlet rebukes Ophelia, saying").
_B_PARTICIPLE = re.compile(
    rf"(?:^|(?<=[.!?;]\s)|(?<=,\s))(?P<who>{NAME}|{PRONOUN})\s+(?:{ADV}\s+)?[a-z]+(?:\s+[\w’'\-]+){{0,10}}?(?:,|\s+by)\s+"
    r"(?P<verb>saying|writing|declaring|adding|asking|answering|replying|insisting|explaining|warning|"
    r"proclaiming|stating|noting|exclaiming|crying|lamenting)\s*[,:]?\s*$"
)
#: "Cassius corrects him:", "Polonius, like any concerned parent, gives his son some advice before the
#: young man leaves home:": the subject of the sentence that presents the quotation with a colon.
#: Last in rank (any nearer cue wins), and never a verb of passing on others' words ("Obama read:").
_B_PRESENTER = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=;\s)|(?<=,\sbut\s))(?:(?:Then|Later|Next|Finally|Here|Now|Again|At\s+last),?\s+)?"
    r"(?:(?:To|In|On|At|After|Before|With|For)\s[^,;:.!?\n“”\"]{1,60},\s+)?"  # "To get a sense of this, Milton leads"
    rf"(?P<who>{NAME}|{PRONOUN})(?![’']s\b)(?:\s*,[^,;:.!?\n]{{1,60}},)?\s+(?:{ADV}\s+)?"
    r"(?P<verb>(?!(?:quot|cit|read|recit|referenc|invok|echo|borrow|paraphras|translat|misquot|repeat)\w*\b)"
    r"[a-z]+)\b[^:;.!?\n“”\"]{0,120}:\s*$"
)
#: "His contention is that this established a “framework” that was abused to “justify ...”", "Mill's
#: argument was that": a saying of someone's whose content is the clause after "that".
_B_POSSESSIVE_THAT = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}){POSSESSIVE}\s+(?:[a-z]+\s+)?(?P<verb>{_ACT_NOUNS})\s+(?:is|was)\s+that\b[^.;!?]*$"
)
_B_PRONOUN_THAT = re.compile(
    rf"(?<![\w’'])(?P<who>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?P<verb>{_ACT_NOUNS})\s+(?:is|was)\s+that\b[^.;!?]*$"
)
_B_POSSESSIVE = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}){POSSESSIVE}\s+(?:[\w-]+\s+){{0,3}}?(?P<verb>{_ACT_NOUNS}\b|{SAY}\b)"
)
#: A person of someone's between a possessive and its verb: "Lincoln's biographer wrote".
_SOMEONE_OF = re.compile(
    r"\b(?:biographers?|wife|husband|widow|sons?|daughters?|mother|father|brothers?|sisters?|friends?|"
    r"secretary|editors?|critics?|contemporar(?:y|ies)|teachers?|students?|disciples?|followers?|servants?|"
    r"publishers?|translators?|colleagues?|partners?|rivals?|neighbou?rs?|doctors?|admirers?|detractors?|"
    r"successors?|predecessors?|opponents?|supporters?|heirs?|aides?|spokes(?:man|woman|person))\b"
)
#: "his famous line, '...'", "her words:": the possessive pronoun means the person before.
_B_PRONOUN_POSSESSIVE = re.compile(
    rf"(?<![\w’'])(?P<who>[Hh]is|[Hh]er)\s+(?:(?:most\s+)?[a-z][\w-]*\s+){{0,2}}?(?P<verb>{_ACT_NOUNS})(?=\s*[,:]?\s*$)"
)
_B_POSSESSIVE_WORK = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}){POSSESSIVE}\s+(?P<work>{TITLE_RUN.pattern}(?!\s+{NOUN_CUES}\b)|[“\"][^”\"\n]{{2,80}}[”\"])"
)
_B_POSSESSIVE_END = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}){POSSESSIVE}\s*:?\s*$"
)  # also "The phrase is Lincoln’s:"
#: "Quoting Lincoln, Obama said", "Lenin, quoting Engels, writes": the words are the one quoted.
_QUOTING = re.compile(rf"\b(?:[Qq]uoting|[Cc]iting|[Pp]araphrasing)\s+(?P<who>{NAME})(?=\s*[,:]|\s+{SAY}\b)")
_B_LEAD_COLON = re.compile(
    rf"^[\s\-*•]*(?P<who>{NAME})(?:\s*,\s*in\s+(?P<work>{TITLE_RUN.pattern}))?\s*:\s*$"
)
#: "Here’s Thoreau:", "Then there is Twain:", "Enter Polonius:": a person presented, then their words.
_B_PRESENTS = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<verb>(?:(?:And|Then|But)\s+)?(?:[Hh]ere|[Tt]here)(?:[’']s|\s+is)|Enter)\s+"
    rf"(?P<who>{NAME})\s*:\s*$"
)
_B_AGAIN = re.compile(r"\b(?P<verb>again|also|elsewhere|further|furthermore|and\s+later)\s*[:,]?\s*$", re.I)

_A_VERB_SUBJECT = re.compile(
    rf"^\s*[,.!?;]?\s*(?:[—–]|--)?\s*(?:(?:[Ss]o|[Tt]hus)\s+)?(?P<verb>{SAY})(?:\s+{ADV})?\s+(?P<who>{SPEAKER}|{_WEBSITE})\b"
)  # '"...," said Holmes', '"..." — so said Lincoln', '"...," shares ushistory.org.'
_A_ACCORDING = re.compile(
    rf"^\s*[,.]?\s*(?:or\s+so\s+)?(?P<verb>according\s+to|in\s+the\s+words\s+of)\s+(?P<who>{NAME})"
)  # '"...," according to Emerson'
#: "In Marmion we read:", "In Walden one finds": the work named is the source.
_B_WORK_READ = re.compile(
    rf"(?:^|(?<=[.!?]\s))In\s+(?P<work>{TITLE_RUN.pattern})\s*,?\s+(?P<verb>(?:we|you|one)\s+(?:read|find|hear|are\s+told))\s*[:,]?\s*$"
)
#: "The Gettysburg Address ends:", "Ishmael opens Moby-Dick with": the start or end of a work, quoted.
_B_OPENS = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME})\s+(?P<verb>opens|opened|ends|ended|closes|closed|begins|began)"
    rf"(?:\s+(?P<work>{TITLE_RUN.pattern}))?(?:\s+(?:with|thus))?(?:\s+(?:the|a|this|these|his|her)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:{NOUN_CUES}|quote|quotation))?\s*[:,]?\s*$"
)
_A_SUBJECT_VERB = re.compile(
    rf"^\s*[,.!?;]?\s*(?:[—–]|--)?\s*(?:as\s+)?(?P<who>{EPITHET}?{NAME}|{PRONOUN}|I)"
    rf"(?:\s+{ADV}){{0,2}}\s+(?P<verb>{SAY})\b"
)
_A_ATTRIBUTED = re.compile(
    rf"^\s*[,.]?\s*(?:is|was|has\s+been|are|were|gets)\s+{_HEDGES}"
    rf"(?P<verb>attributed|credited|ascribed)\s+to\s+(?P<who>{NAME})"
)  # '"Be the change ..." is often attributed to Gandhi': the claim a fact-checker checks
#: '"..." is one of Shylock’s most important speeches': the saying is the possessor's.
_A_IS_POSSESSIVE = re.compile(
    rf"^\s*[,.]?\s*(?:is|was|are|were)\s+(?:(?:one|some|among)\s+(?:of\s+)?)?(?:the\s+)?(?P<who>{NAME}){POSSESSIVE}"
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?P<verb>{_ACT_NOUNS})(?:e?s)?\b"
)
#: '"..." is a line uttered by Polonius': the saying, and who said it.
_A_NOUN_SAID_BY = re.compile(
    rf"^\s*[,.]?\s*(?:is|was|are|were)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ACT_NOUNS})(?:e?s)?\s+"
    rf"(?P<verb>{SAY}|spoken|written|delivered|coined)\s+by\s+(?P<who>{NAME})"
)
_A_FROM_WORK = re.compile(
    rf"^\s*[,.]?\s*(?:comes|came|is|was)\s+(?:\w+ly\s+)?from\s+(?:(?P<who>{NAME}){POSSESSIVE}\s+)?"
    rf"(?P<work>{TITLE_RUN.pattern})"
)  # '"All animals are equal" is from Orwell's Animal Farm', 'The line "..." comes from Hamlet'
_A_DASH = re.compile(
    rf"[ \t]*(?:\n[ \t]*){{0,2}}(?P<verb>[—–―~]|--|-(?=[A-Z])|-(?=[ \t]+[A-Z][\w’'\-]*[ \t]+[A-Z]))[ \t]*(?P<who>{NAME})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # the writer's years: "~Friedrich Nietzsche (1844-1900)"
    r"(?:[ \t]+in[ \t]+(?P<play>[A-Z][^\n,()]{1,60}?)[ \t]*,[ \t]*by[ \t]+(?P<by>[A-Z][^\n,()]{1,60}?)"
    r"|[ \t]*,[ \t]*(?P<work>[^\n,()]{2,80}?))?[ \t]*(?:,[^\n]{0,40})?[ \t]*[.]?[ \t]*(?=\n|$)"
)  # ... or a character in a work by its author: "~ Cardinal Wolsey in Henry VIII, by William Shakespeare"

# A known work alone in parentheses ending the quotation's line, after a dash or not: '“Bated
# breath” (The Merchant of Venice)', '“All our yesterdays”— (Macbeth)'.
_A_DASH_WORK = re.compile(r"^[ \t]*(?:[—–―]|--|-)?[ \t]*\((?P<work>[^()\n]{2,80})\)[ \t]*[.;,]?[ \t]*(?=\n|$)")

# A dash and a name right against the closing mark, in running text: '“Living is easy with eyes
# closed”- John Lennon. That line fits ...'.
_A_DASH_INLINE = re.compile(
    rf"^[ \t]*(?:[—–―]|--|-)[ \t]*(?P<who>{NAME})"
    rf"(?=[ \t]*(?:[.;][ \t]|[.;]?[ \t]*(?:\([^()\n]{{1,60}}\)[ \t]*)?(?:\n|$)))"
)  # also with a reference closing the line: '"To thine own self be true" - Polonius (ACT 1 SCENE 3)'

# A speaker in a work: "The witches in Macbeth say", "spoken by Queen Gertrude in Hamlet",
# "Sir Arthur Conan Doyle's Sherlock Holmes says".
_B_SPEAKER_IN = re.compile(
    rf"(?<![\w’'])(?P<who>(?:[Tt]he\s+[a-z]+|{NAME}))\s+in\s+(?P<work>{TITLE_RUN.pattern})"
    rf"(?:\s+{ADV})?\s+(?P<verb>{SAY})\b"
    rf"|\b(?P<verb2>spoken|said|uttered|sung)\s+by\s+(?P<who2>(?:the\s+[a-z]+|{NAME}))\s+in\s+(?P<work2>{TITLE_RUN.pattern})"
    rf"|(?<![\w’'])(?P<author>{NAME}){POSSESSIVE}\s+(?P<who3>{NAME})(?:\s+{ADV})?\s+(?P<verb3>{SAY})\b"
)
# "In his Cooper Union Address Lincoln said": a title run glued to the name that follows it.
_IN_TITLE = re.compile(r"(?:^|[.;:!?]\s+|\n)\s*In\s+(?:his|her|their|its)?\s*(?P<pre>[^,;:.!?]*)$")


#: Biblical speakers named by role, not name: "The psalmist writes", "Our Lord said", "the Apostle tells".
_B_BIBLE_SPEAKER = re.compile(
    rf"(?<![\w’'])(?P<who>(?:[Tt]he|[Oo]ur)\s+(?:[Pp]salmist|[Pp]reacher|[Pp]rophet|[Aa]postle|[Ee]vangelist|Lord|"
    rf"Saviou?r)|Jesus\s+Christ)(?:\s+{ADV})?\s+(?P<verb>{SAY})\b"
)


#: "another famous biblical saying:", "the scriptural injunction": words the writer says are the Bible's.
_B_BIBLICAL_NOUN = re.compile(
    rf"\b(?P<verb>(?:[Bb]iblical|[Ss]criptural)\s+(?:[a-z]+\s+)?(?:{NOUN_CUES}|proverb|text|injunction|commandment))"
    rf"\s*[,:]?\s*$"
)


def bible_speaker_cue(before: str, config: ExtractConfig) -> Attribution | None:
    """A biblical speaker named by role right before the quotation ("The psalmist writes"), or
    the words called biblical ("another famous biblical saying:"): the Bible's words."""
    noun = _B_BIBLICAL_NOUN.search(before)
    if noun:
        return Attribution("Bible", "Bible", noun.group("verb"), True)
    found = list(_B_BIBLE_SPEAKER.finditer(before))
    m = found[-1] if found else None
    if m is None or len(before[m.end() :].strip()) >= config.near_chars:
        return None
    return Attribution("Bible", None, " ".join(m.group(0).split()), True, m.group("who"))


def speaker_cue(before: str, people: People) -> Attribution | None:
    """A speaker named in a work before the quotation ("The witches in Macbeth say")."""
    best = None
    for m in _B_SPEAKER_IN.finditer(before):
        best = m
    if best is None or len(before[best.end() :].strip()) > 60:
        return None
    g = best.groupdict()
    who = g["who"] or g["who2"] or g["who3"]
    author = clean_name(g["author"]) if g["author"] else None
    work = clean_work(g["work"] or g["work2"]) if (g["work"] or g["work2"]) else None
    cue = " ".join(best.group(0).split())
    speaker = who.strip()
    return Attribution(author or speaker, work, cue, True, speaker)


def split_title(before: str, who: str) -> tuple[str, str | None]:
    """ "In his Cooper Union Address Lincoln said": the name is "Lincoln", the work "Cooper Union Address"."""
    words = who.split()
    m = _IN_TITLE.search(before)
    if not m or len(words) < 2:
        return who, None
    pre = m.group("pre").strip()
    if len(words) < 3 and not pre[:1].isupper():
        return who, None
    if pre and not pre[:1].isupper():
        return who, None  # "In the words of Martin Luther King Jr.": no title before the name
    return words[-1], " ".join([pre, *words[:-1]]).strip()


#: Cues before a quotation; on a tie of position the earlier pattern wins.
_BEFORE = (
    _B_SUBJECT_VERB,
    _B_CREDITED,
    _B_AUTHOR_OF,
    _B_COORDINATED,
    _B_VERB_SUBJECT,
    _B_PASSIVE,
    _B_QUOTED,
    _B_PREP,
    _B_FOR,
    _B_NOUN_BY,
    _B_PAREN_SUBJECT,
    _B_QUOTES_WHOM,
    _B_QUOTES_PRONOUN,
    _B_POSSESSIVE_THAT,
    _B_PRONOUN_THAT,
    _B_POSSESSIVE,
    _B_PRONOUN_POSSESSIVE,
    _B_POSSESSIVE_WORK,
    _B_POSSESSIVE_END,
    _B_LEAD_COLON,
    _B_APPOSITIVE,
    _B_TO_WHOM,
    _B_SUBJECT_WITH_NOUN,
    _B_OPENS,
    _B_PRESENTS,
    _B_NOUN_RELATIVE,
    _B_PARTICIPLE,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A cue found before the quotation, ranked by where it ends (later is nearer) then by pattern."""

    end: int
    rank: int
    attribution: Attribution


def _a_thing(written: str, who: str, people: People) -> bool:
    """A subject written with an article ("The Manifesto") that is neither a person the document
    knows nor a known work: a thing, whose words are nobody's."""
    if not re.match(r"(?:The|the|A|An)\s", written):
        return False
    known = people.known
    return not (
        people.is_person(who) or known.known_author(who) or known.author_of(written) or known.author_of(who)
    )


def work_read_cue(before: str, people: People) -> Attribution | None:
    """ "In Marmion we read:": the work named, and its author when a reader knows it."""
    m = _B_WORK_READ.search(before)
    if not m:
        return None
    work = clean_work(m.group("work"))
    return Attribution(people.known.author_of(work), work, " ".join(m.group(0).split()), True)


#: Things named for a person by a possessive: "Shays' Rebellion", "Halley's Comet", "Occam's Razor".
_NAMED_FOR = re.compile(
    r"(?:Rebellion|Revolt|Uprising|Insurrection|War|Raid|Massacre|Riot|Comet|Law|Act|Bill|Plan|Doctrine|"
    r"Treaty|Affair|Disease|Syndrome|Theorem|Paradox|Razor|Wager|Principle|Rule|Effect|Constant)"
)


def _owned_work(work: str) -> bool:
    """ "Marx's Capital", 'Gray's "Elegy"': a work of the possessor's, not a thing named for them
    ("Shays' Rebellion", "Halley's Comet")."""
    return not _NAMED_FOR.fullmatch(work.strip('“”"*_ '))


def cue_before(
    before: str, base: int, prev_author: str | None, people: People, config: ExtractConfig
) -> Attribution | None:
    """The cue nearest the quotation in ``before`` (which starts at ``base`` in the text).

    "again" and "also" with no name continue the person a pronoun there would
    mean, else ``prev_author``.
    """
    spoken = speaker_cue(before, people) or bible_speaker_cue(before, config) or work_read_cue(before, people)
    if spoken:
        return spoken
    best: _Candidate | None = None
    for rank, pattern in enumerate(_BEFORE):
        for m in pattern.finditer(before):
            if pattern is _B_VERB_SUBJECT and (
                _TRANSITIVE.match(m.group("verb")) or _has_subject(before, m.start())
            ):
                continue  # "As Polonius advises Laertes,": the name after the verb is its object
            verb = m.groupdict().get("verb")
            if verb in ("put", "puts") and not re.match(r"\s+it\b", before[m.end("verb") :]):
                continue  # "as he put it" says; "when he put pen to paper" does not
            said_by = m.group("who")
            if pattern is _B_POSSESSIVE_WORK and not _owned_work(m.group("work")):
                continue  # "Shays' Rebellion": an event named for someone, no work of theirs
            if pattern is _B_POSSESSIVE and _SOMEONE_OF.search(before, m.end("who"), m.start("verb")):
                continue  # "Abraham Lincoln's biographer wrote": someone of Lincoln's, unnamed
            if pattern is _B_SUBJECT_VERB and _OBJECT_GAP.search(before, 0, m.start("who")) and re.search(
                r"\w+\s+\w+", before[m.end() :]
            ):
                continue  # "takes everything Henry says seriously and acts on it:": what he says is the object
            if re.match(_PRAISING, verb or "") and people.only_opens(said_by):
                continue  # "Critics praised the novel as '...'": a word opening a sentence, no person
            if pattern is _B_POSSESSIVE_END and _NAMING.search(before, 0, m.start()):
                continue  # "Shaw has lauded Great Expectations as Dickens’ “most compactly perfect book”"
            if pattern in (_B_PRONOUN_POSSESSIVE, _B_QUOTES_PRONOUN, _B_PRONOUN_THAT):
                said_by = "he" if said_by.lower() in ("his", "him") else "she"
            who, note = people.speaker(said_by, base + m.start("who"))
            if who and pattern is _B_SUBJECT_VERB:
                who = _with_partner(before[: m.start("who")], who, people)
            if not who and not (note and "ambiguous" in note):
                continue
            if who and _a_thing(m.group("who"), who, people):
                continue  # "The Manifesto opens with": a thing that is no known work says nothing

            work = m.groupdict().get("work")
            if who and not work:
                who, work = split_title(before[: m.start("who")], who)
            end = m.end() if pattern is not _B_POSSESSIVE_WORK else m.start("work")
            if best is None or (end, -rank) > (best.end, best.rank):
                tail = before[m.end() :]
                near = len(tail.strip()) < config.near_chars or pattern is _B_LEAD_COLON
                cue = " ".join(m.group(0).split())
                if note:
                    cue = f"{cue} [{note}]"
                best = _Candidate(end, -rank, Attribution(who, clean_work(work) if work else None, cue, near))
    if best:
        a = best.attribution
        if not a.near and a.author and _someone_else_between(before, best.end, base, a.author, people):
            return None  # "Kautsky assures ... that what Marx meant by '...'": whose words is open
        quoting = max(_QUOTING.finditer(before), key=lambda q: q.end(), default=None)
        if quoting and a.author and a.author != quoting.group("who") and not _B_QUOTES_WHOM.search(before):
            who, _ = people.speaker(quoting.group("who"), base + quoting.start("who"))
            if who:
                return Attribution(who, None, f"{a.cue} [{' '.join(quoting.group(0).split())}]", a.near)
        return a
    presented = _presenting_subject(before, base, people)
    if presented:
        return presented
    m = _B_AGAIN.search(before)
    if m:
        who = people.refer_back(base + m.start()) or prev_author
        if who:
            return Attribution(who, None, f"{m.group(0).strip()} [= {who}]", True)
    return None


#: A verb of naming or praising something *as* the quoted words, in the quotation's clause: the
#: possessive right before the words ("as Dickens’ “...”") owns the thing named, not the words.
_NAMING = re.compile(
    r"\b(?:lauded|lauds|hailed|hails|praised|praises|dubbed|dubs|termed|terms|branded|brands|labell?ed|"
    r"called|calls|call|described|describes|describe|regarded|regards|considered|considers)\b[^.;:!?“”\"]*$"
)
def _presenting_subject(before: str, base: int, people: People) -> Attribution | None:
    """When no cue was read: the person who is the subject of the sentence presenting the quotation
    with a colon ("Cassius corrects him:"). A reading, not a cue the writer gave: the discourse's
    claim (``inferred``), which guides the matcher but never makes words misattributed."""
    m = _B_PRESENTER.search(before)
    if not m:
        return None
    said_by = m.group("who")
    if said_by.lower() not in ("he", "she") and not people.is_person(said_by):
        return None  # "Anaphora carries the theme too:": a sentence's subject, but no person
    who, note = people.speaker(said_by, base + m.start("who"))
    if not who or _a_thing(said_by, who, people):
        return None
    cue = " ".join(m.group(0).split())
    return Attribution(who, None, f"sentence before [{cue} [{note}]]" if note else f"sentence before [{cue}]",
                       True, inferred=True)  # fmt: skip


#: A pronoun whose relative clause the speech verb is in: "everything Henry says" (not "what Lincoln said
#: about slavery:", which presents his words).
_OBJECT_GAP = re.compile(r"\b(?:everything|anything|nothing|whatever)\s+$")
#: A verb right after a name makes the name a clause's subject: "what Marx meant by", "that Lenin wrote".
_CLAUSE_VERB = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|meant|thought|said|wrote|spoke|knew|held|saw|says|writes|means|thinks)\b"
)


#: An adverbial clause's opening before a name: "said Toby, as the young Jew placed ...": its subject
#: is no speaker of the quotation that follows the main clause.
_ADVERBIAL_BEFORE = re.compile(
    r"\b(?:as|while|whilst|when|after|before|until|till|because|since|though|although|once)\s+"
    r"(?:(?:the|a|an|his|her|their|this|that|[a-z]+)\s+){0,2}$"
)


def cue_that_clause(before: str, base: int, people: People) -> Attribution | None:
    """A saying of someone's whose content is the clause after "that", holding the quotation
    whatever quotations came before it in the clause ("His contention is that this established a
    “framework” that was abused to “justify ...”"): that person."""
    for pattern in (_B_POSSESSIVE_THAT, _B_PRONOUN_THAT):
        m = pattern.search(before)
        if not m:
            continue
        said_by = m.group("who")
        if pattern is _B_PRONOUN_THAT:
            said_by = "he" if said_by.lower() == "his" else "she"
        who, note = people.speaker(said_by, base + m.start("who"))
        if who:
            cue = " ".join(m.group(0).split())
            return Attribution(who, None, f"{cue} [{note}]" if note else cue, True)
    return None


def _with_partner(lead: str, who: str, people: People) -> str:
    """The subject with the person coordinated before it ("Marx and Frederick Engels penned"):
    both are credited, not only the nearer."""
    m = _PARTNER_BEFORE.search(lead)
    partner = clean_name(m.group("who")) if m else None
    if not partner or partner == who or not people.is_person(partner):
        return who
    return f"{partner} and {who}"


def _someone_else_between(before: str, end: int, base: int, author: str, people: People) -> bool:
    """Another person named outside quotations between a far cue (ending at ``end``) and the
    quotation: the cue's reach is not the quotation's, or not only."""
    surname = author.split()[-1]
    for m in NAME_RE.finditer(before, end):
        name = clean_name(m.group(0))
        if (
            name
            and name.split()[-1] != surname
            and _CLAUSE_VERB.match(before, m.end())
            and not _ADVERBIAL_BEFORE.search(before, max(end, m.start() - 40), m.start())
            and people.is_person(name)
            and people.sentences.inside(base + m.start()) == people.sentences.inside(base + len(before) - 1)
        ):
            return True
    for m in TITLE_RUN.finditer(before, end):
        # "Lincoln held that slavery was incompatible with the Declaration of Independence as
        # embodied in the phrase": a known work of someone else's stands right before the words
        writer = people.known.author_of(m.group(0))
        if (
            writer
            and writer.split()[-1] != surname
            and len(before) - m.end() <= people.config.work_nearer_chars
            and not people.sentences.inside(base + m.start())
        ):
            return True  # the work is nearer the quotation than the cue is
    return False


def cue_after(after: str, base: int, people: People, config: ExtractConfig) -> Attribution | None:
    """A cue right after the quotation (``after`` starts at ``base``, its closing mark's end):
    "said Holmes", "he wrote", a citation naming the author, or a signature line."""
    for pattern in (
        _A_VERB_SUBJECT,
        _A_SUBJECT_VERB,
        _A_ATTRIBUTED,
        _A_ACCORDING,
        _A_IS_POSSESSIVE,
        _A_NOUN_SAID_BY,
    ):
        m = pattern.match(after)
        if m:
            who, note = people.speaker(m.group("who"), base + m.start("who"))
            if who or (note and "ambiguous" in note):
                cue = " ".join(m.group(0).strip(" ,.;\n").split())
                return Attribution(who, None, f"{cue} [{note}]" if note else cue, True)
            if m.group("who") == "I" or m.group("who").lower() in ("he", "she"):
                return None
    m = _A_FROM_WORK.match(after)
    if m and plausible_work(m.group("work")):
        who = clean_name(m.group("who")) if m.group("who") else None
        return Attribution(who, clean_work(m.group("work")), " ".join(m.group(0).split()), True)
    m = _A_DASH_WORK.match(after)
    if m and (author := people.known.author_of(m.group("work"))):
        # a list of phrases, each with its play: '“All our yesterdays”— (Macbeth)'
        return Attribution(author, clean_work(m.group("work")), " ".join(m.group(0).split()), True)
    m = PAREN_CITATION.match(after)
    if m:
        author, work = read_citation(m.group("cit"), people)
        if author:
            return Attribution(author, work, m.group(0).strip(), True)
    m = _A_DASH_INLINE.match(after)
    if m and (who := clean_name(m.group("who"))):
        return Attribution(who, None, " ".join(m.group(0).split()), True)
    m = _A_THOSE_WORDS.search(after)
    who = clean_name(m.group("who")) if m and not re.search(r"[“\"‘]", after[: m.start()]) else None
    if who and people.is_person(who):
        return Attribution(who, None, " ".join(m.group(0).split()), False)
    return signature(people.text, base, config)


#: Later in the quotation's sentence, its words taken up as "those words": '“...”, of the
#: circumstances in which Thomas Jefferson penned those famous words'.
_A_THOSE_WORDS = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME})\s+(?:\w+ly\s+)?(?P<verb>wrote|said|penned|spoke|uttered|coined|delivered)\s+"
    rf"(?:these|those)\s+(?:[a-z]+\s+)?(?:words|lines|line|phrase|sentence|passage|remark)\b"
)


#: "a reader attributed the quote '...' to Shakespeare": the active form of "is attributed to".
_ATTRIBUTED_BEFORE = re.compile(
    r"\b(?:attributed|attributes|attributing|credited|credits|crediting|ascribed|ascribes|ascribing)\s+"
    r"(?:(?:the|this|that|a|an|his|her)\s+)?(?:(?:famous|well-known|old|line|quote|quotation|words|saying|"
    r"phrase|remark|passage|sentence|verse|lines|maxim|motto|proverb)\s+){0,2}$"
)
_TO_WHOM = re.compile(rf"^[ \t]*,?[ \t]*to\s+(?P<who>{NAME})")


def cue_attributed_to(before: str, after: str, base: int, people: People) -> Attribution | None:
    """The quotation is the object of "attributed ... to X" ("a reader attributed the quote '...'
    to Shakespeare"): X is the author claimed (``after`` starts at ``base``)."""
    if not _ATTRIBUTED_BEFORE.search(before):
        return None
    m = _TO_WHOM.match(after)
    if not m:
        return None
    who, note = people.speaker(m.group("who"), base + m.start("who"))
    if not who:
        return None
    return Attribution(
        who,
        None,
        " ".join(_ATTRIBUTED_BEFORE.search(before).group(0).split() + ["...", m.group(0).strip()]),
        True,
    )


_NEXT_POINTS_BACK = re.compile(
    rf"\s*(?P<who>{NAME}|He|She)(?:\s*,[^;:.!?\n]{{1,100}}?,[”\"]?)?(?:\s+{ADV})?\s+"
    rf"(?P<verb>wrote|said|penned|spoke|uttered|delivered|asked)\s+"
    rf"(?:these|those|this|that|the|his|her)\s+(?:words|lines|line|sentence|passage|remark|question|)?"
    rf"|\s*(?:So|Thus)\s+(?P<verb2>wrote|said|spoke|spake|sang|argued|observed|begins|ends|opens|closes)\s+"
    rf"(?P<who2>{NAME})\b"
)  # also "So wrote Marx in 1852.", "Thus spoke Zarathustra."


#: The sentence after a quotation naming where it is from: "This admonition from Alexander Pope",
#: "The verse is extracted from Samuel Taylor Coleridge’s 7-part epic poem", "These lines by Keats".
_NEXT_NAMES_SOURCE = re.compile(
    rf"\s*(?:This|These|That|Those|The)\s+(?:[a-z][\w’'\-]*\s+){{0,3}}?(?:(?:is|are|was|were)\s+)?(?:\w+ly\s+)?"
    rf"(?:(?:extracted|taken|drawn|adapted|quoted)\s+from|from|by|of|comes?\s+from|came\s+from)\s+(?P<who>{NAME})"
    rf"|\s*(?P<owner>{NAME}){POSSESSIVE}\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{NOUN_CUES}|quote|quip)\b"
    rf"|\s*(?:This|These|That|Those|It|They)\s+(?:is|are|was|were)\s+(?:among|one\s+of|some\s+of)\s+(?:the\s+)?"
    rf"(?:[a-z][\w’'\-]*\s+){{0,3}}?(?:lines|words|quotes|quotations|sayings|phrases|passages|verses|speeches)\s+"
    rf"(?:from|by|of|in)\s+(?P<among>{NAME})"
)  # also "These are among the most famous lines from William Shakespeare’s comedy"  # also "Lincoln's words still ring true."
#: "In his preamble of A Tale of Two Cities, the immortal Charles Dickens delivered ...": the
#: subject of the sentence after, at work in his own text.
_NEXT_IN_HIS = re.compile(
    rf"\s*In\s+(?:his|her)\s+[^.;:!?\n]{{1,80}}?,\s+(?:the\s+(?:[a-z]+\s+){{0,2}})?(?P<who>{NAME})"
    rf"(?:\s+{ADV})?\s+[a-z]+(?:ed|s)\b"
)


def cue_next_sentence(text: str, at: int, people: People, alone: bool = False) -> Attribution | None:
    """The sentence after the quotation pointing back to it: '"...". Lenin wrote these words
    in 1917.', 'He said this at Gettysburg.', "This admonition from Alexander Pope, from his
    Essay on Criticism, ..." (``at`` is where that sentence starts). When the quotation stands
    alone (its own sentence or paragraph), a known writer who is the subject of the next
    sentence "In his <work>, ..." is its author too."""
    m = _NEXT_POINTS_BACK.match(text, at)
    if not m:
        named = _NEXT_NAMES_SOURCE.match(text, at) or (alone and _NEXT_IN_HIS.match(text, at))
        if not named:
            return None
        who = clean_name(named.group("who") or named.group("owner") or named.groupdict().get("among") or "")
        if not who or (named.re is _NEXT_IN_HIS and not people.known.known_author(who)):
            return None
        sentence = text[at : people.sentences.end(at)]
        return Attribution(
            who, _known_work_of(sentence, who, people), " ".join(named.group(0).split()), False
        )
    said_by = m.group("who") or m.group("who2")
    if m.group("verb2") in ("begins", "ends", "opens", "closes"):
        # "So begins Moby-Dick.": a known work, whose author's words these are
        author = people.known.author_of(said_by)
        return (
            Attribution(author, clean_work(said_by), " ".join(m.group(0).split()), False) if author else None
        )
    who, note = people.speaker(said_by.lower() if said_by in ("He", "She") else said_by,
                               at + m.start("who" if m.group("who") else "who2"))  # fmt: skip
    if not who:
        return None
    cue = " ".join(m.group(0).split())
    return Attribution(who, None, f"{cue} [{note}]" if note else cue, False)


def _known_work_of(sentence: str, author: str, people: People) -> str | None:
    """A title in ``sentence`` that the known works give to ``author`` ("from his Essay on Criticism")."""
    surname = author.split()[-1]
    for m in TITLE_RUN.finditer(sentence):
        for start in range(len(m.group(0).split())):
            title = " ".join(m.group(0).split()[start:])
            owner = people.known.author_of(title)
            if owner and owner.split()[-1] == surname:
                return title
    return None


_FOOTNOTE_MARK = re.compile(r"(?:\[\^?\w{1,4}\])*")


def signature(text: str, close_end: int, config: ExtractConfig) -> Attribution | None:
    """A signature line after the quotation: "-- Twain, Pudd'nhead Wilson" (after a footnote
    mark closing the quotation: '...itself.”[^1]')."""
    close_end = _FOOTNOTE_MARK.match(text, close_end).end()
    m = _A_DASH.match(text, close_end, close_end + config.signature_reach_chars)
    if not m:
        return None
    name = clean_name(m.group("who"))
    if not name:
        return None
    cue = " ".join(m.group(0).split())
    if m.group("by") and (author := clean_name(m.group("by"))):
        return Attribution(author, m.group("play").strip(), cue, True, speaker=name)
    work = m.group("work").strip() if m.group("work") else None
    if work and not plausible_work(work):
        work = None
    return Attribution(name, work, cue, True)
