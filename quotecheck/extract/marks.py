"""Quote marks: which can open or close, and how they pair into quoted spans.

Curly quotes double as apostrophes (Trotsky's, workers' rights, 'tis),
quotations nest and run over paragraphs, so marks are paired paragraph by
paragraph with a stack, deciding from the characters on either side of each
mark whether it can open or close (:class:`Role`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .config import ExtractConfig
from .patterns import TRAILING_CITATION

__all__ = [
    "Role",
    "Mark",
    "OpenMark",
    "QuotedSpan",
    "paragraphs",
    "pair_marks",
    "trim",
    "has_words",
    "in_ranges",
]

_MARK_CHARS = "\"'“”‘’«»„‚‹›"
_MARK_RE = re.compile("[\"'“”‘’«»„‚‹›]")
#: Marks pair within a family: double, single, guillemets, single guillemets.
_FAMILY = {'"': "D", "“": "D", "”": "D", "„": "D", "'": "S", "‘": "S", "’": "S", "‚": "S"}
_FAMILY.update({"«": "G", "»": "G", "‹": "g", "›": "g"})
_OPEN_CTX = set("([{<—–-/:*_>\u2014") | set(_MARK_CHARS)
_CLOSE_CTX = set(".,;:!?)]}>—–-/*_…") | set(_MARK_CHARS)


#: Words that begin with an apostrophe standing for omitted letters: 'tis, 'em, rock 'n' roll, '90s.
_ELISION = re.compile(
    r"(?:(?i:tis|twas|twere|twill|twould|twon’t|twon't|twixt|em|n|cause|cos|gainst|neath|bout|nuff)"
    r"|(?:til|till|round|mid|midst|er|e|im|is|ad|ave|ere|ow|uns|way|long|fore|spect|pon|ud|d|ll|ve|re|s|t|m))"
    r"(?![\w])|\d\ds?\b|\d0s\b"
)


class Role(Enum):
    """What a quote mark can do where it stands."""

    NONE = 0  # an apostrophe, or a mark between spaces
    OPEN = 1
    CLOSE = 2
    EITHER = 3  # a straight quote, decided by whether a quotation is open


@dataclass(frozen=True, slots=True)
class Mark:
    """A quote mark at ``pos`` and its role; ``weak`` closers may be apostrophes (workers' rights)."""

    pos: int
    role: Role
    weak: bool


@dataclass(frozen=True, slots=True)
class OpenMark:
    """An opening mark waiting for its closer: where, its family ("D", "S", "G", "g") and glyph."""

    pos: int
    family: str
    glyph: str
    weak: bool


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quoted span before classification: inner text [start, end), marks around it."""

    start: int
    end: int
    open_pos: int  # the opening mark (== start for unmarked spans)
    close_end: int  # just after the closing mark (== end when there is none)
    depth: int = 0
    terminated: bool = True
    block: bool = False  # a block quotation without marks
    in_block: bool = False  # a quotation that is (most of) a block quotation
    cite: bool = False  # inside <cite>: a title
    form: str = "marks"  # what delimits it: marks, md_blockquote, signature, colon_block, tex, ...
    preset: Any = None  # the Attribution its layout gives (a signature line), if any
    #: how many of its ``depth`` enclosing spans are block quotations without marks: inside
    #: one, the quoted writer's own quote marks read as a writer's at the top level
    block_depth: int = 0


def _role(text: str, i: int, n: int) -> tuple[Role, bool]:
    """Whether the mark at ``i`` can open or close a quotation; and whether only weakly.

    A mark followed by a word and preceded by a space (or opening punctuation)
    opens; one preceded by a word and followed by a space or punctuation
    closes. A right single quote between letters is an apostrophe; one before
    a known elision ('tis, 'em) too; one after an "s" may be a plural
    possessive (workers' rights) and closes only weakly.
    """
    ch = text[i]
    p = text[i - 1] if i else " "
    nx = text[i + 1] if i + 1 < n else " "
    p_space, n_space = p.isspace(), nx.isspace()
    left = not n_space and (p_space or p in _OPEN_CTX)
    right = not p_space and (n_space or nx in _CLOSE_CTX)
    spaced = p_space and n_space
    if ch == '"':
        if p_space and (nx in "?!.,;:)" or nx in "\r\n" or i + 1 == n):
            return Role.EITHER, False  # a closer typed after a space: 'asks "Alas, poor Yorick "?'
        if left and not right:
            return Role.OPEN, False
        if right and not left:
            return Role.CLOSE, False
        # a straight quote between spaces: a gap left to fill ('" is the root of all evil."',
        # '"A penny for your " (John Heywood)'): it opens a line, else closes an open quotation
        return (Role.EITHER, False) if not spaced or p == "\n" or not i else (Role.CLOSE, False)
    if ch == "“":
        if right and not left:
            return Role.CLOSE, False
        return (Role.NONE, False) if spaced else (Role.OPEN, False)
    if ch == "”":
        if left and not right:
            return Role.EITHER, False
        return (Role.NONE, False) if spaced else (Role.CLOSE, False)
    if ch == "„":
        return (Role.NONE, False) if (p.isalnum() and n_space) or spaced else (Role.OPEN, False)
    if ch == "‚":
        return (Role.OPEN, False) if left and not right else (Role.NONE, False)
    if ch == "‘":
        if p.isalnum() and nx.isalnum():
            return Role.NONE, False
        if right and not left:
            return Role.CLOSE, False
        return (Role.NONE, False) if spaced else (Role.OPEN, False)
    if ch in "’'":
        if p.isalnum() and nx.isalnum():
            return Role.NONE, False  # don't, Trotsky’s, o'clock
        if left and not right:
            if _ELISION.match(text, i + 1):
                return Role.NONE, False
            if i + 3 < n and text[i + 1] == "n" and text[i + 2] in "’'":
                return Role.NONE, False  # rock 'n' roll
            return Role.OPEN, ch == "’"
        if right and not left:
            if p in "nN" and i >= 2 and text[i - 2] in "’'":
                return Role.NONE, False  # the second mark of 'n'
            return Role.CLOSE, p in "sSzZ"
        if left and right:
            return (Role.CLOSE, False) if ch == "’" else (Role.EITHER, False)
        return Role.NONE, False
    if ch in "«‹":
        if right and not left:
            return Role.CLOSE, False
        return (Role.NONE, False) if p.isalnum() and nx.isalnum() else (Role.OPEN, False)
    if ch in "»›":
        if left and not right:
            return Role.EITHER, False
        return (Role.NONE, False) if p.isalnum() and nx.isalnum() else (Role.CLOSE, False)
    return Role.NONE, False


_BLANK = re.compile(r"\n[ \t]*\n\s*")
#: A list item's mark at a line's start ("- ", "• ", "3. ").
LIST_MARK = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+")
_LIST_ITEM = re.compile(LIST_MARK.pattern + r"\S")


def paragraphs(text: str, fmt: str, config: ExtractConfig) -> list[tuple[int, int]]:
    """Paragraph bounds (start, end of its last non-space character).

    Blank lines always separate paragraphs. In text and Markdown a single
    line break does too after a long line (text written one paragraph per
    line, like a blog comment) or before a list item; hard-wrapped lines of
    ordinary width stay together so a quotation may run across them.
    """
    bounds = []
    pos = 0
    blanks = [(m.start(), m.end()) for m in _BLANK.finditer(text)] + [(len(text), len(text))]
    for b_start, b_end in blanks:
        if b_start > pos:
            if fmt == "html":
                bounds.append((pos, b_start))
            else:
                line_start = pos
                while True:
                    nl = text.find("\n", line_start, b_start)
                    if nl < 0:
                        break
                    if nl - line_start > config.paragraph_line_chars or _LIST_ITEM.match(text, nl + 1):
                        bounds.append((pos, nl))
                        pos = nl + 1
                    line_start = nl + 1
                if b_start > pos:
                    bounds.append((pos, b_start))
        pos = b_end
    return [trim(text, s, e) for s, e in bounds if text[s:e].strip()]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def pair_marks(
    text: str, paragraphs: list[tuple[int, int]], skip: list[tuple[int, int]], config: ExtractConfig
) -> list[QuotedSpan]:
    """Pair quote marks into spans, paragraph by paragraph.

    A quotation left open at the end of a paragraph continues when the next
    paragraph opens with a mark of the same family (the convention for
    multi-paragraph quotations); otherwise it is cut at the paragraph end.
    Unmatched single-quote openers are dropped: they were apostrophes.
    """
    n = len(text)
    spans: list[QuotedSpan] = []
    marks = [
        m.start()
        for m in _MARK_RE.finditer(text)
        if not in_ranges(skip, m.start()) and not _DOUBLED_OPEN.match(text, m.start())
    ]
    k = 0
    stack: list[OpenMark] = []
    #: where the open outer quotation's paragraphs end and the next reopens it: (end, mark)
    reopened: list[tuple[int, int]] = []
    prev_end = 0
    for p_start, p_end in paragraphs:
        lo = k
        while k < len(marks) and marks[k] < p_end:
            k += 1
        roles = [Mark(pos, *_role(text, pos, n)) for pos in marks[lo:k] if pos >= p_start]
        if stack:
            first = roles[0] if roles else None
            bottom = stack[0]
            if (
                first
                and first.role in (Role.OPEN, Role.EITHER)
                and _FAMILY[text[first.pos]] == bottom.family
                and not text[p_start : first.pos].strip()
            ):
                stack = [bottom]
                reopened.append((prev_end, first.pos))
                roles = roles[1:]
            elif _runs_on(text, marks, lo, paragraphs, bottom, config):
                stack = [bottom]
            else:
                _cut(text, stack, prev_end, spans, config, reopened)
                stack, reopened = [], []
        for idx, mark in enumerate(roles):
            pos, role, weak = mark.pos, mark.role, mark.weak
            fam = _FAMILY[text[pos]]
            at = _find(stack, fam)
            if role == Role.EITHER:
                role = Role.CLOSE if at >= 0 else Role.OPEN
            if role == Role.OPEN:
                stack.append(OpenMark(pos, fam, text[pos], weak))
            elif role == Role.CLOSE and at < 0 and not stack and text[pos] == "”" and _first(roles, idx):
                # a closing mark first in its paragraph, nothing open: the opening mark was lost
                # (an excerpt's first words), so the quotation starts with the paragraph
                s, e = trim(text, p_start, pos)
                if len(text[s:e].split()) >= config.top_quotation_min_words and text[s].isupper():
                    spans.append(QuotedSpan(s, e, s, pos + 1, terminated=False))
            elif role == Role.CLOSE and at >= 0:
                if weak and _later_closer(text, roles, idx, stack, at):
                    continue  # workers’ rights inside a quotation: an apostrophe
                opener = stack[at]
                del stack[at:]
                if not stack:
                    reopened = []
                s, e = trim(text, opener.pos + 1, pos)
                if has_words(text, s, e, config):
                    spans.append(QuotedSpan(s, e, opener.pos, pos + 1, depth=at))
        # Only an outer quotation with a strong opening mark may run on.
        while stack and (stack[0].family == "S" and stack[0].glyph != "‘"):
            stack.pop(0)
        if stack:
            del stack[1:]
        else:
            reopened = []
        prev_end = p_end
    if stack:
        _cut(text, stack, prev_end, spans, config, reopened)
    return spans


#: What may follow a closing mark at a paragraph's end: a footnote mark ("[^1]", "[3]").
_PARAGRAPH_TAIL = re.compile(r"(?:\s*\[\^?\w{1,4}\])*\s*$")


#: An opening mark typed twice, the second backwards ("“”The human race ..."): the second opens.
_DOUBLED_OPEN = re.compile(r"“(?=”\w)")


def _runs_on(
    text: str,
    marks: list[int],
    lo: int,
    paragraphs: list[tuple[int, int]],
    opener: OpenMark,
    config: ExtractConfig,
) -> bool:
    """The quotation ``opener`` left open runs on into the paragraph whose first mark is
    ``marks[lo]``: the next mark of its family (a strong double mark) closes it at the end of a
    paragraph, or of a line (a thread's tweet, a line a paragraph in short lines that
    :func:`paragraphs` cannot tell from wrapped prose), within ``run_on_max_chars`` of the
    opening mark."""
    if opener.family != "D":
        return False
    for j in range(lo, len(marks)):
        pos = marks[j]
        if pos - opener.pos > config.run_on_max_chars:
            return False
        if _FAMILY.get(text[pos]) != opener.family:
            continue
        if text[pos] in "“„" or _role(text, pos, len(text))[0] not in (Role.CLOSE, Role.EITHER):
            return False
        i = bisect.bisect_right(paragraphs, (pos, len(text))) - 1
        end = paragraphs[i][1] if i >= 0 else len(text)
        line_end = text.find("\n", pos + 1, end)
        return _PARAGRAPH_TAIL.match(text[pos + 1 : end if line_end < 0 else line_end]) is not None
    return False


def _cut(
    text: str,
    stack: list[OpenMark],
    end: int,
    spans: list[QuotedSpan],
    config: ExtractConfig,
    reopened: Sequence[tuple[int, int]] = (),
) -> None:
    """An unterminated quotation ends with its paragraph rather than swallowing the document.

    One reopened on each paragraph (``reopened``: each paragraph's end and the mark opening
    the next) that no mark ever closes is a quotation a paragraph: where the quoted text ends
    is unknown, and each paragraph's words are the quoted author's up to its end."""
    opener = stack[0]
    pos = opener.pos
    for p_end, mark in reopened:
        s, e = trim(text, pos + 1, p_end)
        if has_words(text, s, e, config):
            spans.append(QuotedSpan(s, e, pos, e, terminated=False))
        pos = mark
    s, e = trim(text, pos + 1, end)
    opener = OpenMark(pos, opener.family, text[pos], opener.weak)
    m = TRAILING_CITATION.search(text, s, e)
    if m and m.start() > s:
        s, e = trim(text, s, m.start())
    credit = _CREDIT_AFTER_CLOSE.search(text, s, e)
    close_end = e
    if credit and credit.start() > s:
        # "‘My dad said: ‘When all is said and done, ... a lucky man.’ – Josh Charles": one mark
        # closed both quotations, and the credit after it is no part of the words
        close_end = credit.start() + 1
        s, e = trim(text, s, credit.start())
    if has_words(text, s, e, config):
        spans.append(QuotedSpan(s, e, opener.pos, close_end, terminated=False))


#: A dash credit after the closing mark that ends a paragraph: "…lucky man.’ – Josh Charles".
_CREDIT_AFTER_CLOSE = re.compile(r"(?<=[.!?…])[’”\"'][ \t]+(?:--|[—–―-])[ \t]*[A-Z][^\n’”\"]{0,60}$")


def _first(roles: list[Mark], idx: int) -> bool:
    """The mark at ``idx`` is the first of its paragraph that can open or close (apostrophes aside)."""
    return all(r.role == Role.NONE for r in roles[:idx])


def _find(stack: list[OpenMark], family: str) -> int:
    """The index of the innermost open mark of ``family``, or -1."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].family == family:
            return i
    return -1


def _later_closer(text: str, roles: list[Mark], idx: int, stack: list[OpenMark], at: int) -> bool:
    """Whether a strong closing single quote follows before the enclosing quotation closes."""
    outer = {o.family for o in stack[:at]}
    for mark in roles[idx + 1 :]:
        fam = _FAMILY[text[mark.pos]]
        if fam in outer and mark.role in (Role.CLOSE, Role.EITHER):
            return False
        if fam == stack[at].family:
            if mark.role == Role.OPEN:
                return False
            if mark.role in (Role.CLOSE, Role.EITHER) and not mark.weak:
                return True
    return False


def has_words(text: str, s: int, e: int, config: ExtractConfig) -> bool:
    """Whether ``[s, e)`` has a letter near its start: "..." and "1990" are not quotations."""
    return e > s and any(c.isalpha() for c in text[s : min(e, s + config.word_probe_chars)])


def in_ranges(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the sorted, disjoint ``ranges``."""
    i = bisect.bisect_right(ranges, (pos, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]
