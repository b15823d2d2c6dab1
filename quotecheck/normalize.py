"""Turn text into comparable word tokens that remember where they came from.

Two entry points share one definition of a token, so that what the index
stores and what the matcher compares can never drift apart:

* :func:`tokenize` gives :class:`Token` records with character spans into the
  original text (used to align a quotation and report exact offsets);
* :func:`fold` gives the same normalised words as one string, fast enough to
  index hundreds of megabytes (no per-token objects).

The invariant ``fold(text).split() == [t.norm for t in tokenize(text)]`` holds
for every string and is property-tested.

What normalisation does, and why:

* A word is a run of letters and digits. ASCII punctuation, quote marks of
  every kind, dashes and apostrophes separate words, so typography never
  decides a match: "don't" and "don’t" are both ``don t``.
* Unicode NFKC (ligatures such as "ﬁ" become "fi"), case folding and removal
  of diacritics ("café" is ``cafe``).
* A word hyphenated across a line break ("inter-\\nnational") is one word.
* Apparatus that is not the author's words is skipped: verse line numbers at
  the end of a line, Bible verse numbers ("1:3") and footnote markers ("[1]").
  They are blanked out without moving any other character.
* British and American spellings meet: -our/-or, -ise/-ize, -yse/-yze (and
  inflections) fold to the American form. Archaic forms ("hath", "exil'd")
  are kept as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import partial
from itertools import accumulate, compress, count
from typing import NamedTuple

__all__ = ["Token", "tokenize", "fold", "normalize_word", "NORMALIZER_VERSION"]

#: Bump when the meaning of a token changes: stored indexes must be rebuilt.
NORMALIZER_VERSION = 2

# A word character: anything but ASCII punctuation/controls and whitespace.
# Non-ASCII punctuation inside such a run ("don’t", "peace—war") is split off
# later by normalize_word, identically in both paths.
_WORDCHAR = r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\s]"
_RUN = re.compile(rf"{_WORDCHAR}+(?:-[ \t]*\r?\n[ \t]*{_WORDCHAR}+)*")
_RUN_SPLIT = re.compile(f"({_RUN.pattern})")
_SPACE_SPLIT = re.compile(r"(\S+)")
# The literal "-" comes first so the regex engine can scan for it quickly.
_HYPHEN_BREAK = re.compile(rf"-(?<={_WORDCHAR}-)[ \t]*\r?\n[ \t]*(?={_WORDCHAR})")
_ASCII_FOLD = bytes.maketrans(
    bytes(range(128)),
    bytes(c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() else 32 for c in range(128)),
)
_NON_WORD = re.compile(r"[\W_]+")

_FOOTNOTE = re.compile(r"\[\d{1,4}\]")
_VERSE_REF = re.compile(r":(?<=\d:)\d{1,3}(?![\w:])")
_LINE_NUMBER = re.compile(r"    +\[?\d{1,5}\]?[ \t]*$", re.MULTILINE)

# Spelling variants: the British form maps onto the American one, unless the
# stem is one of the words that only look like variants ("flour", "promise").
_OUR = re.compile(
    r"^(\w{2,}?)our(s|ed|ing|able|ably|ful|fully|less|ite|ites|er|ers|hood|hoods|ly|ism|ist|ists|ize|ized|izing)?$"
)
_OUR_KEEP = frozenset("fl dev det cont am param troubad vel sc downp outp glam".split())
_ISE = re.compile(r"^(\w{2,}?)is(e|es|ed|ing|er|ers|ation|ations|ational)$")
_ISE_KEEP = frozenset(
    """ar ra pra appra upra no po prom prem comprom surpr enterpr compr rev adv
    dev superv improv telev exerc exc inc conc prec circumc desp dem surm chast
    disgu gu cha cru bru merchand parad franch expert treat an appr advert
    otherw likew clockw lengthw crossw edgew stepw anyw now sunr upr moonr
    repr porpo torto val lou cr ir pr""".split()
)
_YSE = re.compile(r"^(\w{2,}?l)ys(e|es|ed|ing|er|ers)$")


def _american(word: str) -> str:
    m = _OUR.match(word)
    if m and m.group(1) not in _OUR_KEEP:
        return f"{m.group(1)}or{m.group(2) or ''}"
    m = _ISE.match(word)
    if m and m.group(1) not in _ISE_KEEP:
        return f"{m.group(1)}iz{m.group(2)}"
    m = _YSE.match(word)
    if m:
        return f"{m.group(1)}yz{m.group(2)}"
    return word


def normalize_word(run: str) -> str:
    """Normalise one run of word characters (ASCII already lower-cased).

    Returns "" or space-separated parts: NFKC can split a run ("½" becomes
    "1⁄2") and non-ASCII punctuation inside a run separates words.
    """
    if run.isascii():
        return _american(run)
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", run).casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(_american(p) for p in _NON_WORD.split(folded) if p)


class _Norms(dict):
    """Memo of normalize_word; looked up once per word in bulk, so it must be a C-level get."""

    limit = 1_000_000
    #: Forms that are not one word: "" (nothing left) or several words ("don t"); a
    #: form's oddness never changes, so this set is never cleared.
    odd: set[str] = set()

    def __missing__(self, run: str) -> str:
        if len(self) >= self.limit:
            self.clear()
        norm = self[run] = normalize_word(run)
        if not norm or " " in norm:
            self.odd.add(norm)
        return norm


_NORMS = _Norms()


def _blank_noise(text: str) -> str:
    """Replace apparatus with spaces of the same length, so offsets stay valid."""
    spans: list[tuple[int, int]] = [m.span() for m in _FOOTNOTE.finditer(text)]
    for m in _VERSE_REF.finditer(text):
        start = m.start() - 1
        while start > 0 and text[start - 1].isdigit() and m.start() - start < 3:
            start -= 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ":_"):
            continue
        spans.append((start, m.end()))
    for m in _LINE_NUMBER.finditer(text):
        # only a number after words on the same line: a lone number is a heading
        if m.start() > 0 and not text[m.start() - 1].isspace():
            spans.append(m.span())
    if not spans:
        return text
    spans.sort()
    pieces, pos = [], 0
    for start, end in spans:
        if start < pos:
            continue
        pieces.append(text[pos:start])
        pieces.append(" " * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _ascii_fold(text: str) -> str:
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_FOLD).decode("utf-8", "surrogatepass")


class Token(NamedTuple):
    """A normalised word and the span ``text[start:end]`` it was read from.

    A named tuple rather than a dataclass: the matcher makes millions.
    """

    norm: str
    start: int
    end: int


_new_token = partial(tuple.__new__, Token)


def tokenize(text: str) -> list[Token]:
    """Normalised word tokens of ``text`` with their original character spans.

    Bulk path (the matcher tokenises a dozen windows per quotation): words
    and the gaps between them come from one ``split``, their offsets from
    running lengths, their normal forms from the memo, with no Python step
    per word; only forms that split in two or vanish are redone one by one.
    """
    blanked = _blank_noise(text)
    lowered = _ascii_fold(blanked)  # same length: only ASCII bytes change
    hyphens = _HYPHEN_BREAK.search(blanked) is not None
    # without a line-break hyphen the runs are exactly the non-space runs of the folded text
    parts = _RUN_SPLIT.split(blanked) if hyphens else _SPACE_SPLIT.split(lowered)  # gap, run, ..., gap
    offsets = list(accumulate(map(len, parts), initial=0))
    starts = offsets[1:-1:2]
    ends = offsets[2:-1:2]
    keys = parts[1::2]
    if hyphens:
        keys = [
            _ascii_fold(_HYPHEN_BREAK.sub("", run)) if "\n" in run else lowered[start:end]
            for run, start, end in zip(keys, starts, ends, strict=True)
        ]
    norms = list(map(_NORMS.__getitem__, keys))
    tokens = list(map(_new_token, zip(norms, starts, ends, strict=True)))
    odd = _NORMS.odd
    if odd.isdisjoint(norms):
        return tokens
    out: list[Token] = []
    done = 0
    for i in compress(count(), map(odd.__contains__, norms)):
        out += tokens[done:i]
        if norms[i]:
            out += _parts(norms[i].split(" "), blanked, starts[i], ends[i])
        done = i + 1
    out += tokens[done:]
    return out


_PIECE = re.compile(r"[^\W_]+")


def _parts(parts: list[str], text: str, start: int, end: int) -> list[Token]:
    """The words of one run split by non-ASCII punctuation ("on’t—Frailty"), each with its own
    span when the run's pieces line up with them one to one; else each spans the whole run."""
    pieces = [m.span() for m in _PIECE.finditer(text, start, end)]
    if len(pieces) == len(parts):
        return [Token(part, a, b) for part, (a, b) in zip(parts, pieces, strict=True)]
    return [Token(part, start, end) for part in parts]


def fold(text: str) -> str:
    """The normalised words of ``text``, separated by single spaces (bulk path)."""
    runs = _ascii_fold(_HYPHEN_BREAK.sub("", _blank_noise(text))).split()
    return " ".join(filter(None, map(_NORMS.__getitem__, runs)))
