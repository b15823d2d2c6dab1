"""Find every quotation in a document, with who and what it is attributed to.

A regex for straight double quotes fails on real text: curly quotes double
as apostrophes (Trotsky's, workers' rights, 'tis), quotations nest, run over
several paragraphs, sit in block quotations without marks, and quote marks
also enclose titles and scare quotes. The extractor therefore

1. pairs quote marks paragraph by paragraph with a stack, deciding from the
   characters on either side whether a mark can open or close and telling
   apostrophes from single quotes (:func:`_pair_marks`);
2. adds block quotations (HTML ``<blockquote>``, Markdown ``>``, indented
   blocks of plain text) whose words are not already inside quote marks;
3. classifies each span as a ``quotation``, a ``title`` or a ``scare`` quote
   from its shape and the words around it; and
4. finds the claimed author and work (:mod:`quotecheck.attribution`).

All offsets are into the document's plain text; everything is a bounded
look-around per mark or span, so a 1 MB document takes well under a second.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..io.document import Document, MarkedSpan
from ..records import Insertion, Kind, Quote, Segment
from .attribution import (
    _TITLE_CONTEXT_AFTER,
    _TITLE_CONTEXT_BEFORE,
    _VERB,
    Attribution,
    Attributor,
    looks_like_title,
)

__all__ = [
    "Segment",
    "Insertion",
    "Quote",
    "QUOTATION",
    "TITLE",
    "SCARE",
    "parse_quoted",
    "make_quote",
    "extract_quotes",
    "extract_document",
]

QUOTATION, TITLE, SCARE = Kind.QUOTATION, Kind.TITLE, Kind.SCARE


# Marked omissions: "...", ". . .", "…", with or without brackets around them.
_ELLIPSIS = re.compile(r"\s*\[?\s*(?:\.\s?\.\s?\.(?:\s?\.)?|…)\s*\]?\s*")
_BRACKETED = re.compile(r"\[([^\[\]]{1,200})\]")


def parse_quoted(text: str, offset: int = 0) -> tuple[list[Segment], list[Insertion]]:
    """Split quoted text at marked omissions and find its editorial insertions.

    ``offset`` is where ``text`` starts in the document, so that segment and
    insertion offsets point into the document. An ellipsis inside brackets
    ("[...]") is an omission, not an insertion.
    """
    insertions = []
    for m in _BRACKETED.finditer(text):
        inner = m.group(1).strip()
        if _ELLIPSIS.fullmatch(m.group(0)):
            continue
        insertions.append(
            Insertion(inner, offset + m.start(), offset + m.end(), sic=inner.lower().rstrip(".!") == "sic")
        )
    segments = []
    pos = 0
    for m in _ELLIPSIS.finditer(text):
        if text[pos : m.start()].strip():
            segments.append(Segment(text[pos : m.start()], offset + pos, offset + m.start()))
        pos = m.end()
    if text[pos:].strip():
        segments.append(Segment(text[pos:], offset + pos, offset + len(text)))
    return segments, insertions


def make_quote(
    text: str, claimed_author: str | None = None, claimed_work: str | None = None, offset: int = 0
) -> Quote:
    """A quotation record for bare quoted text (no quotation marks), e.g. from a test set."""
    segments, insertions = parse_quoted(text, offset)
    return Quote(
        text=text,
        start=offset,
        end=offset + len(text),
        kind=QUOTATION,
        segments=tuple(segments),
        insertions=tuple(insertions),
        claimed_author=claimed_author,
        claimed_work=claimed_work,
    )


# --- quote marks ----------------------------------------------------------------

_MARK_CHARS = "\"'“”‘’«»„‚‹›"
_MARK_RE = re.compile("[\"'“”‘’«»„‚‹›]")
#: Marks pair within a family: double, single, guillemets, single guillemets.
_FAMILY = {'"': "D", "“": "D", "”": "D", "„": "D", "'": "S", "‘": "S", "’": "S", "‚": "S"}
_FAMILY.update({"«": "G", "»": "G", "‹": "g", "›": "g"})
_OPEN_CTX = set("([{<—–-/:*_>\u2014") | set(_MARK_CHARS)
_CLOSE_CTX = set(".,;:!?)]}>—–-/*_…") | set(_MARK_CHARS)

NONE, OPEN, CLOSE, EITHER = 0, 1, 2, 3
_SPEECH_VERB = re.compile(rf"\b{_VERB}\b")
_WORD = re.compile(r"[^\W_][\w’'\-]*")

#: Words that begin with an apostrophe standing for omitted letters: 'tis, 'em, rock 'n' roll, '90s.
_ELISION = re.compile(
    r"(?:(?i:tis|twas|twere|twill|twould|twon’t|twon't|twixt|em|n|cause|cos|gainst|neath|bout|nuff)"
    r"|(?:til|till|round|mid|midst|er|e|im|is|ad|ave|ere|ow|uns|way|long|fore|spect|pon|ud|d|ll|ve|re|s|t|m))"
    r"(?![\w])|\d\ds?\b|\d0s\b"
)


def _role(text: str, i: int, n: int) -> tuple[int, bool]:
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
        if left and not right:
            return OPEN, False
        if right and not left:
            return CLOSE, False
        return (NONE, False) if spaced else (EITHER, False)
    if ch == "“":
        if right and not left:
            return CLOSE, False
        return (NONE, False) if spaced else (OPEN, False)
    if ch == "”":
        if left and not right:
            return EITHER, False
        return (NONE, False) if spaced else (CLOSE, False)
    if ch == "„":
        return (NONE, False) if (p.isalnum() and n_space) or spaced else (OPEN, False)
    if ch == "‚":
        return (OPEN, False) if left and not right else (NONE, False)
    if ch == "‘":
        if p.isalnum() and nx.isalnum():
            return NONE, False
        if right and not left:
            return CLOSE, False
        return (NONE, False) if spaced else (OPEN, False)
    if ch in "’'":
        if p.isalnum() and nx.isalnum():
            return NONE, False  # don't, Trotsky’s, o'clock
        if left and not right:
            if _ELISION.match(text, i + 1):
                return NONE, False
            if i + 3 < n and text[i + 1] == "n" and text[i + 2] in "’'":
                return NONE, False  # rock 'n' roll
            return OPEN, ch == "’"
        if right and not left:
            if p in "nN" and i >= 2 and text[i - 2] in "’'":
                return NONE, False  # the second mark of 'n'
            return CLOSE, p in "sSzZ"
        if left and right:
            return (CLOSE, False) if ch == "’" else (EITHER, False)
        return NONE, False
    if ch in "«‹":
        if right and not left:
            return CLOSE, False
        return (NONE, False) if p.isalnum() and nx.isalnum() else (OPEN, False)
    if ch in "»›":
        if left and not right:
            return EITHER, False
        return (NONE, False) if p.isalnum() and nx.isalnum() else (CLOSE, False)
    return NONE, False


@dataclass(slots=True)
class _Open:
    pos: int
    family: str
    glyph: str
    weak: bool


@dataclass(slots=True)
class _Span:
    """A quoted span before classification: inner text [start, end), marks around it."""

    start: int
    end: int
    open_pos: int  # the opening mark (== start for unmarked spans)
    close_end: int  # just after the closing mark (== end when there is none)
    depth: int = 0
    terminated: bool = True
    block: bool = False
    in_block: bool = False
    cite: bool = False


_BLANK = re.compile(r"\n[ \t]*\n\s*")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+\S")


def _paragraphs(text: str, fmt: str) -> list[tuple[int, int]]:
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
                    if nl - line_start > 100 or _LIST_ITEM.match(text, nl + 1):
                        bounds.append((pos, nl))
                        pos = nl + 1
                    line_start = nl + 1
                if b_start > pos:
                    bounds.append((pos, b_start))
        pos = b_end
    return [_trim(text, s, e) for s, e in bounds if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair_marks(text: str, paragraphs: list[tuple[int, int]], skip: list[tuple[int, int]]) -> list[_Span]:
    """Pair quote marks into spans, paragraph by paragraph.

    A quotation left open at the end of a paragraph continues when the next
    paragraph opens with a mark of the same family (the convention for
    multi-paragraph quotations); otherwise it is cut at the paragraph end.
    Unmatched single-quote openers are dropped: they were apostrophes.
    """
    n = len(text)
    spans: list[_Span] = []
    marks = [m.start() for m in _MARK_RE.finditer(text) if not _in_ranges(skip, m.start())]
    k = 0
    stack: list[_Open] = []
    prev_end = 0
    for p_start, p_end in paragraphs:
        lo = k
        while k < len(marks) and marks[k] < p_end:
            k += 1
        roles = [(pos, *_role(text, pos, n)) for pos in marks[lo:k] if pos >= p_start]
        if stack:
            first = roles[0] if roles else None
            bottom = stack[0]
            if (
                first
                and first[1] in (OPEN, EITHER)
                and _FAMILY[text[first[0]]] == bottom.family
                and not text[p_start : first[0]].strip()
            ):
                stack = [bottom]
                roles = roles[1:]
            else:
                _cut(text, stack, prev_end, spans)
                stack = []
        for idx, (pos, role, weak) in enumerate(roles):
            fam = _FAMILY[text[pos]]
            at = _find(stack, fam)
            if role == EITHER:
                role = CLOSE if at >= 0 else OPEN
            if role == OPEN:
                stack.append(_Open(pos, fam, text[pos], weak))
            elif role == CLOSE and at >= 0:
                if weak and _later_closer(text, roles, idx, stack, at):
                    continue  # workers’ rights inside a quotation: an apostrophe
                opener = stack[at]
                del stack[at:]
                s, e = _trim(text, opener.pos + 1, pos)
                if _has_words(text, s, e):
                    spans.append(_Span(s, e, opener.pos, pos + 1, depth=at))
        # Only an outer quotation with a strong opening mark may run on.
        while stack and (stack[0].family == "S" and stack[0].glyph != "‘"):
            stack.pop(0)
        if stack:
            del stack[1:]
        prev_end = p_end
    if stack:
        _cut(text, stack, prev_end, spans)
    return spans


def _cut(text: str, stack: list[_Open], end: int, spans: list[_Span]) -> None:
    """An unterminated quotation ends with its paragraph rather than swallowing the document."""
    opener = stack[0]
    s, e = _trim(text, opener.pos + 1, end)
    m = _TRAILING_CITATION.search(text, s, e)
    if m and m.start() > s:
        s, e = _trim(text, s, m.start())
    if _has_words(text, s, e):
        spans.append(_Span(s, e, opener.pos, e, terminated=False))


def _find(stack: list[_Open], family: str) -> int:
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].family == family:
            return i
    return -1


def _later_closer(text: str, roles: list, idx: int, stack: list[_Open], at: int) -> bool:
    """Whether a strong closing single quote follows before the enclosing quotation closes."""
    outer = {o.family for o in stack[:at]}
    for pos, role, weak in roles[idx + 1 :]:
        fam = _FAMILY[text[pos]]
        if fam in outer and role in (CLOSE, EITHER):
            return False
        if fam == stack[at].family:
            if role == OPEN:
                return False
            if role in (CLOSE, EITHER) and not weak:
                return True
    return False


def _has_words(text: str, s: int, e: int) -> bool:
    return e > s and any(c.isalpha() for c in text[s : min(e, s + 200)])


def _in_ranges(ranges: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(ranges, (pos, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


# --- block quotations -------------------------------------------------------------

_SIGNATURE = re.compile(r"\n[ \t]*(?:[—–―~]|--)[ \t]*\S[^\n]*$")
_TRAILING_CITATION = re.compile(r"\s*\((?:[^()\n]{1,160})\)\s*(?:\[\d+\]\s*)*$|\s*(?:\[\d+\]\s*)+$")
_INDENTED = re.compile(r"(?: {2,}|\t)\S")


def _indented_blocks(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs whose every line is indented, in text whose body is not.

    Centred headings and rows of asterisks are indented too: a block needs
    six words and mostly lower-case ones.
    """
    indented = []
    for s, e in paragraphs:
        line_start = text.rfind("\n", 0, s) + 1
        lines = text[line_start:e].split("\n")
        if all(_INDENTED.match(line) for line in lines if line.strip()):
            indented.append((s, e))
    if len(indented) > 0.67 * len(paragraphs):
        return []
    blocks = []
    for s, e in indented:
        words = _WORD.findall(text[s:e])
        if len(words) < 6 or sum(w.isupper() and len(w) > 1 for w in words) > len(words) / 2:
            continue
        blocks.append((s, e))
    return blocks


def _blocks(
    text: str, spans: list[MarkedSpan], fmt: str, paragraphs: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Block quotations from the markup (markup=True) or, in plain text, from
    indentation; adjacent ones are merged."""
    found = [(sp.start, sp.end, True) for sp in spans if sp.kind == "blockquote"]
    if fmt == "text":
        found += [(s, e, False) for s, e in _indented_blocks(text, paragraphs)]
    merged: list[tuple[int, int, bool]] = []
    for s, e, markup in sorted(found):
        s, e = _trim(text, s, e)
        if e <= s:
            continue
        if merged and merged[-1][2] == markup and (s <= merged[-1][1] or not text[merged[-1][1] : s].strip()):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]), markup)
        else:
            merged.append((s, e, markup))
    return merged


def _add_blocks(text: str, raw: list[_Span], blocks: list[tuple[int, int, bool]]) -> list[_Span]:
    """Turn block quotations into spans.

    A block that is one quotation in quote marks (a Marxists Internet
    Archive quote paragraph, ``> "..."``) is that quotation. A marked-up
    block whose words are mostly in quote marks is trusted to the marks. Any
    other block is itself a quotation, minus a trailing signature line or
    citation (those attribute it), and the quotations inside it are nested
    (the speeches inside a recited poem).
    """
    out = list(raw)
    starts = sorted((sp.start, i) for i, sp in enumerate(raw))
    keys = [s for s, _ in starts]
    for bs, be, markup in blocks:
        inside = [raw[i] for _, i in starts[bisect.bisect_left(keys, bs) : bisect.bisect_left(keys, be)]]
        inside = [sp for sp in inside if sp.end <= be + 1]
        top = [sp for sp in inside if sp.depth == 0]
        body = sum(1 for c in text[bs:be] if not c.isspace()) or 1
        largest = max(top, key=lambda sp: sp.end - sp.start, default=None)
        if largest is not None and largest.end - largest.start >= 0.6 * body:
            largest.in_block = True
            continue
        if markup and sum(sp.end - sp.start for sp in top) >= 0.6 * body:
            for sp in top:
                sp.in_block = sp.end - sp.start >= 0.4 * body
            continue
        e = be
        m = _SIGNATURE.search(text, bs, e)
        if m and m.start() > bs:
            e = m.start()
        else:
            m = _TRAILING_CITATION.search(text, bs, e)
            if m and m.start() > bs:
                e = m.start()
        s, e = _trim(text, bs, e)
        if not _has_words(text, s, e):
            continue
        for sp in inside:
            sp.depth += 1
        out.append(_Span(s, e, s, e, block=True))
    return out


# --- kinds ----------------------------------------------------------------------------


def _kind(text: str, sp: _Span, para_start: int, cued: bool, prev_title: bool) -> str:
    """Quotation, title or scare quote, from the quoted words and their surroundings.

    A title is Title Case with a cue that a work is meant ("See Trotsky's",
    "in", "the essay", "by Marx", or a title just before it). Six words or
    more, a whole utterance (it ends a sentence or opens the paragraph), a
    colon before it or an attribution cue make a quotation; anything else
    short is a scare quote. Two words ending in a full stop are scare quotes
    unless cued: American punctuation puts the sentence's full stop inside.
    """
    if sp.block:
        return QUOTATION
    if sp.cite:
        return TITLE
    inner = text[sp.start : sp.end]
    before = text[max(para_start, sp.open_pos - 60) : sp.open_pos]
    after = text[sp.close_end : sp.close_end + 60]
    if (
        inner[:1].isupper()
        and len(inner) < 150
        and not re.search(r"[.!?:;]$", inner)
        and looks_like_title(inner)
    ):
        before_ok = bool(_TITLE_CONTEXT_BEFORE.search(before))
        if before_ok and re.search(r"(?:and|or|&|,)\s*$", before) and not prev_title:
            before_ok = False
        if before_ok or _TITLE_CONTEXT_AFTER.match(after):
            return TITLE
    words = len(_WORD.findall(re.sub(r"\[[^\]]*\]", " ", inner)))
    if words >= 6 or sp.in_block:
        return QUOTATION
    stripped = inner.rstrip("”’\"' ")
    exclaims = bool(re.search(r"[!?…]$", stripped)) or bool(re.search(r"[.!?]\s+\S", stripped))
    full_stop = stripped.endswith(".")
    opens_paragraph = not text[para_start : sp.open_pos].strip(" \t\n—–-(")
    colon = text[max(para_start, sp.open_pos - 3) : sp.open_pos].rstrip().endswith(":")
    if exclaims or opens_paragraph or colon or (full_stop and words >= 3):
        return QUOTATION
    if cued and (words >= 3 or full_stop or stripped.endswith((",", "—", "–", "-", ";"))):
        return QUOTATION
    return SCARE


# --- the API -----------------------------------------------------------------------------


def extract_quotes(text: str, spans: list[MarkedSpan] | None = None, fmt: str = "text") -> list[Quote]:
    """Every quoted span of ``text`` as a :class:`Quote`, in document order.

    ``spans`` are the markup's marked spans (blockquote, q, cite, code,
    emphasis) from :func:`quotecheck.document.load_document`; ``fmt`` is the
    document format ("text", "markdown" or "html"): indentation marks block
    quotations only in plain text. Nested quotations are returned too, with
    ``depth`` > 0.
    """
    spans = spans or []
    paragraphs = _paragraphs(text, fmt)
    code = sorted((sp.start, sp.end) for sp in spans if sp.kind == "code")
    raw = _pair_marks(text, paragraphs, code)
    # <q> elements have no marks in the text; <cite> names a work.
    for sp in spans:
        if sp.kind in ("q", "cite"):
            s, e = _trim(text, sp.start, sp.end)
            hit = next((r for r in raw if r.start <= e and s <= r.end), None)
            if hit is not None:
                hit.cite = hit.cite or sp.kind == "cite"
            elif sp.kind == "q" and _has_words(text, s, e):
                raw.append(_Span(s, e, s, e))
    raw = _add_blocks(text, raw, _blocks(text, spans, fmt, paragraphs))
    raw.sort(key=lambda r: (r.start, -r.end))

    para_starts = [p[0] for p in paragraphs] or [0]
    attributor = Attributor(text, [(r.start, r.end) for r in raw], para_starts)
    kinds: list[str] = []
    attrs: list[Attribution] = []
    paras: list[int] = []
    prev_end_in_para: dict[int, int] = {}
    prev_title_end = -1
    last_author: str | None = None
    for r in raw:
        pi = max(bisect.bisect_right(para_starts, r.open_pos) - 1, 0)
        p_start = para_starts[pi]
        prev_end = prev_end_in_para.get(pi, p_start) if r.depth == 0 else max(p_start, r.open_pos - 200)
        attr = attributor.attribute(
            r.open_pos, r.close_end, p_start, prev_end, block=r.block or r.in_block, prev_author=last_author
        )
        prev_title = prev_title_end >= 0 and re.fullmatch(
            r"[\s,;&]*(?:and|or)?\s*", text[prev_title_end : r.open_pos]
        )
        kind = _kind(text, r, p_start, attr.near and attr.author is not None, bool(prev_title))
        prev_title_end = r.close_end if kind == TITLE else -1
        kinds.append(kind)
        attrs.append(attr)
        paras.append(pi)
        if r.depth == 0 and kind != TITLE:
            prev_end_in_para[pi] = max(prev_end_in_para.get(pi, p_start), r.close_end)
        if kind == QUOTATION and attr.author:
            last_author = attr.author
    _share_attributions(text, raw, kinds, attrs, paras, attributor)

    titles = [r for i, r in enumerate(raw) if kinds[i] == TITLE]
    quotes: list[Quote] = []
    for i, r in enumerate(raw):
        kind, attr = kinds[i], attrs[i]
        qtext = text[r.start : r.end]
        segments, insertions = parse_quoted(qtext, r.start)
        q = Quote(
            text=qtext,
            start=r.start,
            end=r.end,
            kind=kind,
            segments=tuple(segments),
            insertions=tuple(insertions),
            depth=r.depth,
            block=r.block or r.in_block,
            terminated=r.terminated,
        )
        if kind == QUOTATION:
            # Quoted titles in the quotation's sentence are its claimed works
            # ("... 'more savage than the Nazis' (See Trotsky's 'Revolution Betrayed' and ...)").
            s_start, s_end = attributor.sentence_start(r.open_pos), attributor.sentence_end(r.close_end)
            near = [text[t.start : t.end].rstrip(",") for t in titles if s_start <= t.open_pos < s_end]
            work = "; ".join(near) if near and (attr.work is None or attr.work in near) else attr.work
            q = replace(q, claimed_author=attr.author, claimed_work=work, cue=attr.cue)
        quotes.append(q)
    return quotes


def _share_attributions(
    text: str,
    raw: list[_Span],
    kinds: list[str],
    attrs: list[Attribution],
    paras: list[int],
    attributor: Attributor,
) -> None:
    """Quotations without a cue of their own, from their neighbours.

    "'the reality of the ethical idea', 'the image and reality of reason',
    as Hegel maintains": a quotation joined by a comma to the next takes its
    attribution. A later quotation in the same paragraph continues the
    previous speaker when nobody else is named in between (news style:
    '"...," said Ellis. "..."'). Quotations of one sentence by one author
    share a cited work.
    """
    quotations = [i for i in range(len(raw)) if kinds[i] == QUOTATION]
    for a, b in zip(reversed(quotations[:-1]), reversed(quotations[1:]), strict=True):
        ra, rb = raw[a], raw[b]
        if (
            not attrs[a].author
            and attrs[b].author
            and ra.depth == rb.depth
            and paras[a] == paras[b]
            and re.fullmatch(r"\s*[,;]\s*(?:and\s+|or\s+)?", text[ra.close_end : rb.open_pos])
        ):
            attrs[a] = attrs[b]
    last_by_depth: dict[tuple[int, int], int] = {}
    for b in quotations:
        rb = raw[b]
        a = last_by_depth.get((paras[b], rb.depth))
        last_by_depth[(paras[b], rb.depth)] = b
        if a is None or attrs[b].author or not attrs[a].author or rb.block:
            continue
        ra = raw[a]
        own_clause = text[max(attributor.sentence_start(rb.open_pos), ra.close_end) : rb.open_pos]
        if _SPEECH_VERB.search(own_clause):
            continue  # "what one volunteer called '...'": someone else, unnamed
        between = attributor._persons(ra.close_end, rb.open_pos)
        if all(p.split()[-1] == attrs[a].author.split()[-1] for p in between):
            attrs[b] = Attribution(attrs[a].author, attrs[b].work, f"continued [= {attrs[a].author}]")
    for a, b in zip(quotations, quotations[1:], strict=False):
        ra, rb = raw[a], raw[b]
        same_sentence = attributor.sentence_start(rb.open_pos) <= ra.open_pos
        if (
            same_sentence
            and attrs[a].author == attrs[b].author
            and bool(attrs[a].work) != bool(attrs[b].work)
        ):
            work = attrs[a].work or attrs[b].work
            attrs[a] = Attribution(attrs[a].author, work, attrs[a].cue, attrs[a].near)
            attrs[b] = Attribution(attrs[b].author, work, attrs[b].cue, attrs[b].near)


def extract_document(doc: Document) -> list[Quote]:
    """The quotations of a loaded document (offsets into ``doc.text``)."""
    return extract_quotes(doc.text, doc.spans, doc.format)
