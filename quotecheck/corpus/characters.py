"""The people who speak in a work, read from its own text: who can be quoted *in* it.

"Shylock asks, 'If you prick us, do we not bleed?'" claims that Shylock
says it, not that Shylock wrote it; to check the claim, quotecheck needs to
know that Shylock is a character of The Merchant of Venice. Characters are
found three ways, none needing a hand list:

- speech prefixes of plays (``POLONIUS.``, ``FAL.``, ``FIRST WITCH.``), with
  abbreviations expanded from the names the text spells out (``FAL.`` →
  Falstaff);
- names next to a verb of speech in narrative ("said Alice", "Jesus
  answered", "saith the LORD");
- names in section headings ("The Gospel According to Saint Matthew", "The
  Song of Solomon", "The Epistle of Paul the Apostle to the Romans");
- names others address in dialogue ("my dear Watson", "…, Huck!"), which is
  how a first-person narrator is found: Watson and Huck never "said" a thing
  in the third person.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["find_characters", "speaker_before", "MIN_SPEECHES"]

#: A name must speak this often in a work to count as one of its characters
#: (once may be a stray capitalised word before "said").
MIN_SPEECHES = 2

_PREFIX = re.compile(r"^[ \t]*((?:[A-Z][A-Z’']+)(?:[ \t]+[A-Z][A-Z’']+){0,2})\.(?=[ \t]*$|[ \t-]|--)", re.M)
_SPEECH_VERBS = r"(?:said|says|saith|cried|asked|answered|replied|exclaimed|spake|quoth)"
#: Speech prefixes begin at least this share of a play's lines (Hamlet: a fifth); in prose, lines
#: like "MESSAGE TO CONGRESS." or "HON. J. R. GIDDINGS." are headings and titles.
_PLAY_SHARE = 0.03
#: Names beside a verb of speech this often (a stray "Washington said" in a speech is a quotation).
_DIALOGUE_MIN = 3
# not "the said State" (legal English: see _said_names)
_SAID_NAME = re.compile(rf"\b{_SPEECH_VERBS}\s+(?:the\s+)?((?:[A-Z][a-z’']+)(?:\s+[A-Z][a-z’']+)?)")
_NAME_SAID = re.compile(rf"\b((?:[A-Z][a-z’']+)(?:\s+[A-Z][a-z’']+)?)\s+{_SPEECH_VERBS}\b")
_HEADING_NAME = re.compile(r"\b[A-Z][a-z’']{2,}\b")
#: A name closing an utterance after a comma ("…, Huck!", "…, Watson.”") or after "my dear" (two
#: searches, each opening with a literal the regex engine skips to: one alternation tried at every
#: character of a book cost twice as much; their matches cannot overlap).
_ADDRESSED = (
    re.compile(r",\s+([A-Z][a-z’']{2,})(?=\s*[!?]|[,.!?]?\s*[”\"’](?!\w))"),
    re.compile(r"\bmy\s+dear\s+([A-Z][a-z’']{2,})"),
)
#: Addressed this often, and never written in lower case, a word is someone in the work (a
#: looser count takes "Yes" and "Well" for people; lists of writers are not addresses).
_ADDRESSED_MIN = 5
_CAPITALISED = re.compile(r"\b[A-Z][a-z’']{3,}\b")

_NOT_NAMES = frozenset(
    """
    act scene chapter book part volume canto the end finis exeunt exit exeunt enter manet prologue epilogue
    and but then now so yet for nor or if when while as he she it they we you i his her their this that these
    there here what who which where why how all one some many much more most no not only thus therefore
    indeed well yes nay oh o ah alas lo behold again also first second third last next mr mrs miss sir lord
    lady king queen god gospel according saint st epistle book books general apostle prophet song songs
    letter first second third called other another every each old new chapter introduction preface
    contents note notes appendix index footnote footnotes volume vol
    """.split()
)
_HEADING_STOP = _NOT_NAMES | frozenset("apostle called according gospel epistle book song lamentations".split())


_ROMAN = re.compile(r"^[IVXLCDM]+$", re.I)


def _clean(name: str) -> str | None:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words or all(w.lower().strip("’'") in _NOT_NAMES or _ROMAN.match(w) for w in words):
        return None
    if words[0].lower() in ("scene", "act", "chapter", "book", "part") or any(_ROMAN.match(w) for w in words):
        return None
    if words[0].lower() in ("and", "but", "then", "so", "now", "when", "as", "yet", "for"):
        words = words[1:]
        if not words:
            return None
    return " ".join(w.capitalize() if w.isupper() else w for w in words)


def _expand(prefixes: Counter, text: str) -> Counter:
    """Abbreviated speech prefixes ("FAL.") → the name the text spells out (Falstaff)."""
    spelled = Counter(_CAPITALISED.findall(text))
    out: Counter = Counter()
    for prefix, n in prefixes.items():
        name = prefix
        if " " not in prefix and len(prefix) <= 5:
            longer = [(c, w) for w, c in spelled.items() if w.lower().startswith(prefix.lower()) and len(w) > len(prefix)]
            if longer and not any(w.lower() == prefix.lower() for w in spelled):
                name = max(longer)[1]
        out[name] += n
    return out


def find_characters(text: str, headings: list[str] | None = None) -> dict[str, int]:
    """Characters of a work's text and how often each speaks (or, from headings, is named)."""
    counts: Counter = Counter()
    prefixes: Counter = Counter()
    for m in _PREFIX.finditer(text):
        name = _clean(m.group(1))
        if name and len(name) >= 3:
            prefixes[name] += 1
    if sum(prefixes.values()) >= _PLAY_SHARE * text.count("\n"):  # a play, not a few capitalised headings
        counts.update(_expand(prefixes, text))
        counts.update(_titled_speakers(text))
    dialogue: Counter = Counter()
    for m in [*_said_names(text), *_NAME_SAID.finditer(text)]:
        name = _clean(m.group(1))
        if name:
            dialogue[name] += 1
    counts.update({name: n for name, n in dialogue.items() if n >= _DIALOGUE_MIN})
    uses = _LowerCaseUses(text)
    counts.update({name: n for name, n in _addressed(text, uses).items() if name not in counts})
    counts.update(_heading_names(headings or [], uses))
    return {name: n for name, n in counts.items() if n >= MIN_SPEECHES}


class _LowerCaseUses:
    """How often the text writes a word in lower case, as a whole word: one count of the text's
    words for every question (a question a heading asked was a scan of the whole book, and a
    book of three hundred chapters asked three hundred)."""

    def __init__(self, text: str):
        self.text = text
        self._counts: Counter | None = None

    def __call__(self, word: str) -> int:
        if not re.fullmatch(r"\w+", word):  # "o’brien": the word boundaries of the pattern itself
            return len(re.findall(rf"\b{re.escape(word)}\b", self.text))
        if self._counts is None and word not in self.text:
            return 0  # (a name is seldom written in lower case: most questions need no count at all)
        if self._counts is None:
            self._counts = Counter(re.findall(r"\w+", self.text))
        return self._counts[word]


def _said_names(text: str) -> list[re.Match]:
    """"said Alice", not "the said State" (legal English): the article is checked after the verb is
    found, since a look-behind tried at every position of a book cost more than the search."""
    return [
        m
        for m in _SAID_NAME.finditer(text)
        if text[max(0, m.start() - 4) : m.start()] not in ("The ", "the ")
        and text[max(0, m.start() - 5) : m.start()] not in ("The  ", "the  ")
    ]


def _addressed(text: str, uses: _LowerCaseUses) -> Counter:
    """Names others call out to in dialogue, often enough and never a common word in the text."""
    found = Counter(m.group(1) for pattern in _ADDRESSED for m in pattern.finditer(text))
    return Counter(
        {
            name: n
            for name, n in found.items()
            if n >= _ADDRESSED_MIN and name.lower() not in _NOT_NAMES and not uses(name.lower())
        }
    )


#: Speech prefixes that are a rank, not a name ("QUEEN.", "KING."): the play's list of persons
#: names the one person who holds the rank ("GERTRUDE, the Queen", "CLAUDIUS, King of Denmark").
_RANKS = ("King", "Queen", "Lord", "Lady", "Duke", "Duchess", "Prince", "Princess")


def _titled_speakers(text: str) -> Counter:
    """Who speaks under a bare rank: "QUEEN." in Hamlet is Gertrude, so a claim for Gertrude is a
    claim for the Queen's lines. Only a rank one person holds in the list of persons counts."""
    ranks = Counter(m.group(1).capitalize() for m in _PREFIX.finditer(text) if m.group(1).capitalize() in _RANKS)
    found: Counter = Counter()
    for rank, n in ranks.items():
        holders = {
            _clean(m.group(1))
            for m in re.finditer(rf"(?:^|[.;][ \t]+)[ \t]*([A-Z][A-Z’']{{2,}}),[ \t]+(?:the[ \t]+(?i:{rank})\b|(?i:{rank})[ \t]+of\b)", text, re.M)
        } - {None}
        if n >= MIN_SPEECHES and len(holders) == 1:
            found[holders.pop()] += n
    return found


def speaker_before(text: str) -> str | None:
    """Who speaks at the end of ``text`` in a play: the last speech prefix ("SHYLOCK.") before it."""
    last = None
    for m in _PREFIX.finditer(text):
        last = m
    return _clean(last.group(1)) if last else None


_NAMED_IN_HEADING = re.compile(r"\b(?:of|Saint|St\.|Apostle|Prophet|Called)\s+(?:the\s+)?([A-Z][a-z’']{2,})")
#: A heading word that the body also uses in lower case this often is a common noun ("Edition").
_COMMON_NOUN_USES = 10


def _heading_names(headings: list[str], uses: _LowerCaseUses) -> Counter:
    """Names a work's top-level headings give it ("The Gospel According to Saint Matthew",
    "The Book of Psalms", "The Epistle of Paul the Apostle to the Romans")."""
    found: Counter = Counter()
    for heading in headings:
        last = heading.rsplit(", ", 1)[-1]
        words = _HEADING_NAME.findall(last)
        candidates = set(_NAMED_IN_HEADING.findall(last)) | ({words[-1]} if words else set())
        for word in candidates:
            if word.lower() in _HEADING_STOP or len(word) < 4:
                continue
            if uses(word.lower()) <= _COMMON_NOUN_USES:
                found[word] = MIN_SPEECHES
    return found
