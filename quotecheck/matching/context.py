"""Context: does a faithful excerpt drop what its meaning depends on?

Quoting out of context with the author's own words is the commonest misquote
there is: "Money is the root of all evil" is a contiguous piece of "For the
love of money is the root of all evil", and "There is no God" of "The fool
hath said in his heart, There is no God". Every word is equal, yet the
quotation says something its source does not. The sentence around the
match is read for what the quotation leaves out:

- on the left: a negation ("It is not true that ..."), a condition ("where
  ignorance is bliss"), the words of a generic speaker the text reports
  ("the fool hath said", "they say"), or the start of the clause the
  quotation cuts into ("A foolish consistency", "the love of money");
- on the right: a contrast or condition the sentence goes on with ("; but
  the gift of God is eternal life", ", when, of the two, ..."), or the rest of
  a word ("crowd" of "crowd's ignoble strife").

A clean excerpt (from a clause boundary, going on with "and" or nothing)
is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import MatchConfig
from ..search.retrieve import Window
from .claims import claim_names
from .diff import AUXILIARIES, NEGATIONS, norm_words

__all__ = ["ContextDrop", "dropped_context"]

_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*\s+|\n[ \t]*\n")
_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|--")
#: Clauses whose words their sentence does not assert. A concession ("though", "although",
#: "whereas") asserts its clause: Frost's "the passing there / Had worn them really about the
#: same" is his statement with or without the "Though as for that" before it.
_CONDITIONS = frozenset("if unless except where provided lest".split())
#: Words that open a clause without belonging to the quotation's subject.
_OPENERS = frozenset(
    """and or but for so then thus therefore hence now yet that which who whom whose because since as
    when while whilst also indeed nay yea lo behold verily surely o oh how what""".split()
)


@dataclass(frozen=True)
class ContextDrop:
    """What the quotation leaves out of its sentence, on which side, and why it matters."""

    side: str  # "before" or "after"
    text: str  # the source's own words dropped
    reason: str


def dropped_context(
    window: Window, start: int, end: int, quoted: str, claimed: str | None, config: MatchConfig
) -> ContextDrop | None:
    """The meaning-bearing words the sentence around ``[start, end)`` (offsets into the work) has
    and the quotation drops, if any."""
    qwords = _words(quoted)
    # a phrase ("Elementary", "invisible hand") states nothing a negation or condition around it could
    # turn; it can still be cut out of a word ("far from the madding crowd" of "crowd's ignoble strife")
    phrase = len(qwords) <= config.context_phrase_max_words and not AUXILIARIES & set(qwords)
    if phrase and len(qwords) < config.context_min_words:
        return None
    lo, hi = start - window.start, end - window.start
    text = window.text
    opened = text[:lo].rstrip()[-1:] in _OPEN_MARKS or text[lo : lo + 1] in _OPEN_MARKS
    closed = text[hi:].lstrip(" \t,.;:!?")[:1] in _CLOSE_MARKS or text[hi - 1 : hi] in _CLOSE_MARKS
    if opened and closed:
        # the source itself quotes these words ("what a “self-acting armed organization of the
        # population” was"): its sentence is a frame around a mention, not the words' own context
        return None
    reach = config.context_reach_chars
    head = text[max(0, lo - reach) : lo]
    starts = [m.end() for m in _SENTENCE_END.finditer(head)]
    before = head[starts[-1] :] if starts else head
    tail = text[hi : hi + reach]
    stop = _SENTENCE_END.search(tail)
    after = tail[: stop.start() + 1] if stop else tail
    found = None if phrase else _before(before, quoted, claimed, config)
    if found:
        return ContextDrop("before", _shown(before, -1), found)
    found = _after(after)
    if found and not (phrase and found not in (_REST_OF_PHRASE, _RESTRICTED)):
        return ContextDrop("after", _shown(after, 1), found)
    return None


_OPEN_MARKS = frozenset("“‘\"")
_CLOSE_MARKS = frozenset("”’\"")
_VERSE_NUMBER = re.compile(r"\d+:\d+")
#: A line that starts with a bare number or roman numeral and then the quotation: a sonnet's or a
#: list's own label, which no sentence runs across (a verse number "14:1" is not bare; "I " is a word).
_LABEL_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[IVXLCDM]+|\d+)(?:\.[ \t]+|[ \t]{2,})$")
#: Dropped words shown in a report: the nearest dozen, enough to see why they matter.
_SHOWN_WORDS = 12


def _shown(text: str, direction: int) -> str:
    words = [w for w in text.split() if not _VERSE_NUMBER.fullmatch(w)]  # "14:1 The fool hath said"
    if len(words) <= _SHOWN_WORDS:
        return " ".join(words)
    return "… " + " ".join(words[-_SHOWN_WORDS:]) if direction < 0 else " ".join(words[:_SHOWN_WORDS]) + " …"


def _words(text: str) -> list[str]:
    """The normalised words, verse and chapter numbers left out."""
    return [w for w in norm_words(text) if not w.isdigit()]


def _before(before: str, quoted: str, claimed: str | None, config: MatchConfig) -> str | None:
    """Why the words before the quotation, in its sentence, matter (None when they do not).

    Only the clause the quotation starts in, and the clause before it for a
    speech frame, are read: a negation three clauses back belongs to another
    statement.
    """
    if _LABEL_LINE.search(before):
        return None  # a numbered poem or list entry starts here ("XLIII  How do I love thee?")
    clauses = _CLAUSE_MARK.split(before)
    clause = _words(clauses[-1])
    if not clause:
        frame = clauses[-2] if len(clauses) > 1 else ""
        return "whose words they are" if _reported(frame, claimed) else None
    if NEGATIONS & set(clause):
        return "a negation"
    if clause[0] in _CONDITIONS:
        return "a condition"
    if _reported(clauses[-1], claimed):
        return "whose words they are"
    first = re.match(r"\W*(\w)", quoted)
    starts_lower = bool(first) and first.group(1).islower()
    qwords = _words(quoted)
    predicates = bool(AUXILIARIES & set(qwords)) and len(qwords) >= config.context_min_words
    if starts_lower and predicates and _qualifies(clause):
        return "the start of its clause"
    return None


_DETERMINERS = frozenset(
    "a an the this these those his her their our my your its every each some all no any such of in for with by "
    "from on at about".split()
)
_ADJECTIVE_ENDINGS = ("ish", "ful", "ous", "ive", "able", "ible", "less", "ant", "ent", "ic", "al")


def _qualifies(clause: list[str]) -> bool:
    """Do the clause's words just before the quotation qualify its subject: a qualifier ("A
    foolish [consistency]") or a head it depends on ("the love of [money]")? A bare
    determiner ("My [friend]") or an opening word ("that", "and") does not."""
    last = clause[-1]
    if last in _OPENERS:
        return False
    if last == "of":
        return any(w not in _DETERMINERS for w in clause[:-1])
    return last.endswith(_ADJECTIVE_ENDINGS) and last not in _DETERMINERS


def _reported(clause: str, claimed: str | None) -> bool:
    """A speech frame with a generic speaker the text does not stand behind: "The fool hath said
    in his heart", "they say". A named one ("Jesus said", "I say unto you") speaks for himself."""
    m = re.search(r"^(.*?)\b(?:hath\s+|has\s+|had\s+|have\s+)?(?:said|saith|say|says|sayeth)\b", clause, re.S)
    if not m:
        return False
    subject = [w for w in re.findall(r"[A-Za-z]+", m.group(1))][-4:]
    if not subject:
        return False
    named = {w.casefold() for w in claim_names(claimed or "")}
    if any(w.casefold() in named for w in subject if w[0].isupper()):
        return False  # the claimed person is the speaker ("Jesus said"), not a fool the text reports
    return bool({w.lower() for w in subject} & _GENERIC_SPEAKERS)


_GENERIC_SPEAKERS = frozenset("fool fools they some men people wicked world many others foolish".split())


def _after(after: str) -> str | None:
    """Why the words after the quotation matter: the rest of its last word ("crowd" of "crowd's
    ignoble strife"), a condition it depends on (", when, of the two, either must be
    dispensed with") or the people it holds for ("to them that love God"). A following "but" or "if I mistake not" is left alone: too often a new
    thought or a hedge rather than the quotation's own condition."""
    stripped = after.lstrip()
    if re.match(r"^['’]s\b", stripped):
        return _REST_OF_PHRASE
    if _RESTRICTION.match(stripped):
        return _RESTRICTED
    if not stripped.startswith(","):
        return None
    words = _words(stripped)
    if words and words[0] in _CONDITIONS_AFTER:
        return "a condition"
    return None


_REST_OF_PHRASE = "the rest of the phrase"
_RESTRICTED = "a restriction"
#: A restrictive clause run on without a comma that limits whom the statement holds for: "all things
#: work together for good | to them that love God", "all things are possible | to him that believeth".
_RESTRICTION = re.compile(r"(?:to|unto|for)\s+(?:them|those|him|her|such)\s+(?:that|who|whom|which)\b", re.I)
_CONDITIONS_AFTER = frozenset("unless except provided when whenever".split())
