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
from dataclasses import dataclass, field

from .attribution import Attributor, looks_like_title
from .document import Document, MarkedSpan

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
    "quote_as_dict",
]

QUOTATION = "quotation"
TITLE = "title"
SCARE = "scare"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of quoted words between marked omissions (ellipses).

    ``text`` is the segment with editorial insertions still in it; offsets are
    into the document's plain text.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Insertion:
    """Bracketed editorial text inside a quotation, e.g. ``[capitalist]``; excluded from matching."""

    text: str
    start: int
    end: int
    sic: bool = False


@dataclass
class Quote:
    """One quoted span of a document.

    ``kind`` is ``"quotation"`` (to verify), ``"title"`` (the quoted title of a
    work) or ``"scare"`` (scare quotes). ``text`` is the quoted text without
    its quotation marks, ``[start, end)`` its span in the document text.
    """

    text: str
    start: int
    end: int
    kind: str = QUOTATION
    segments: list[Segment] = field(default_factory=list)
    insertions: list[Insertion] = field(default_factory=list)
    claimed_author: str | None = None
    claimed_work: str | None = None
    cue: str | None = None
    #: 0 for a top-level quotation, 1 for a quotation inside another, ...
    depth: int = 0
    #: A block quotation (blockquote, Markdown ``>``, indented block).
    block: bool = False
    #: False when the closing mark was missing and the span was cut at the paragraph end.
    terminated: bool = True


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
        segments=segments,
        insertions=insertions,
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


def _paragraphs(text: str, fmt: str) -> list[tuple[int, int]]:
    """Paragraph bounds. Blank lines always separate paragraphs; single line
    breaks do too in plain text that is not hard-wrapped (one paragraph per line)."""
    sep = r"\n[ \t]*\n\s*"
    if fmt != "html":
        lengths = [len(line) for line in text[:200000].split("\n") if line.strip()]
        if lengths and sum(n > 110 for n in lengths) / len(lengths) > 0.2:
            sep = r"\n\s*"
    bounds = []
    pos = 0
    for m in re.finditer(sep, text):
        if m.start() > pos:
            bounds.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    return bounds


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

_INDENT_LINE = re.compile(r"^(?:[ \t]*\n)*((?:(?: {4,}|\t)[^\n]*\S[^\n]*(?:\n|$)(?:[ \t]*\n)*)+)", re.M)
_SIGNATURE = re.compile(r"\n[ \t]*(?:[—–―~]|--)[ \t]*\S[^\n]*$")
_TRAILING_CITATION = re.compile(r"\s*\((?:[^()\n]{1,160})\)\s*(?:\[\d+\]\s*)*$|\s*(?:\[\d+\]\s*)+$")


def _indented_blocks(text: str) -> list[tuple[int, int]]:
    """Runs of lines indented by four or more spaces, in text whose body is not indented."""
    lines = text.count("\n") + 1
    indented = len(re.findall(r"^(?: {4,}|\t)\S", text, re.M))
    if not indented or indented > 0.4 * lines:
        return []
    blocks = []
    for m in _INDENT_LINE.finditer(text):
        s, e = _trim(text, m.start(1), m.end(1))
        body = text[s:e]
        words = body.split()
        if len(words) < 6 or sum(w.isupper() and len(w) > 1 for w in words) > len(words) / 2:
            continue  # centred headings and captions
        if s > 0 and text[max(0, s - 200) : s].rstrip(" \t").endswith("\n") is False:
            continue
        blocks.append((s, e))
    return blocks


def _blocks(text: str, spans: list[MarkedSpan], fmt: str) -> list[tuple[int, int]]:
    """Block quotations from the markup (or indentation), adjacent ones merged."""
    found = sorted((sp.start, sp.end) for sp in spans if sp.kind == "blockquote")
    if fmt == "text":
        found = sorted(found + _indented_blocks(text))
    merged: list[tuple[int, int]] = []
    for s, e in found:
        s, e = _trim(text, s, e)
        if e <= s:
            continue
        if merged and (s <= merged[-1][1] or not text[merged[-1][1] : s].strip()):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _add_blocks(text: str, raw: list[_Span], blocks: list[tuple[int, int]]) -> list[_Span]:
    """A block whose words are mostly inside quote marks is already covered by
    those quotations; any other block is itself a quotation, minus a trailing
    signature line or citation (those attribute it), and quotations inside it
    are nested."""
    out = list(raw)
    starts = sorted((sp.start, i) for i, sp in enumerate(raw))
    keys = [s for s, _ in starts]
    for bs, be in blocks:
        inside = [raw[i] for _, i in starts[bisect.bisect_left(keys, bs) : bisect.bisect_left(keys, be)]]
        inside = [sp for sp in inside if sp.end <= be + 1]
        top = [sp for sp in inside if sp.depth == 0]
        covered = sum(sp.end - sp.start for sp in top)
        body = sum(1 for c in text[bs:be] if not c.isspace())
        if body and covered >= 0.6 * body:
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

_WORD = re.compile(r"[^\W_][\w’'\-]*")


def _kind(text: str, sp: _Span, para_start: int, attr_near: bool, after_cue: bool, prev_title: bool) -> str:
    """Quotation, title or scare quote, from the quoted words and their surroundings."""
    if sp.block:
        return QUOTATION
    inner = text[sp.start : sp.end]
    if sp.cite:
        return TITLE
    before = text[max(para_start, sp.open_pos - 60) : sp.open_pos]
    after = text[sp.close_end : sp.close_end + 60]
    if looks_like_title(inner) and not re.search(r"[.!?,:;]$", inner):
        from .attribution import _TITLE_CONTEXT_AFTER, _TITLE_CONTEXT_BEFORE

        before_ok = bool(_TITLE_CONTEXT_BEFORE.search(before))
        if before_ok and re.search(r"(?:and|or|&|,)\s*$", before) and not prev_title:
            before_ok = False
        if before_ok or _TITLE_CONTEXT_AFTER.match(after):
            return TITLE
    words = len(_WORD.findall(re.sub(r"\[[^\]]*\]", " ", inner)))
    if words >= 6:
        return QUOTATION
    stripped = inner.rstrip("”’\"' ")
    terminal = bool(re.search(r"[.!?…]$", stripped)) or bool(re.search(r"[.!?]\s+\S", stripped))
    opens_paragraph = not text[para_start : sp.open_pos].strip(" \t\n—–-(")
    colon = text[max(para_start, sp.open_pos - 3) : sp.open_pos].rstrip().endswith(":")
    if terminal or opens_paragraph or colon or sp.in_block:
        return QUOTATION
    if stripped.endswith((",", "—", "–", "-", ";")) and after_cue:
        return QUOTATION
    if words >= 3 and attr_near:
        return QUOTATION
    return SCARE


# --- the API -----------------------------------------------------------------------------


def extract_quotes(text: str, spans: list[MarkedSpan] | None = None, fmt: str = "text") -> list[Quote]:
    """Every quoted span of ``text`` as a :class:`Quote`, in document order.

    ``spans`` are the markup's marked spans (blockquote, q, cite, code,
    emphasis) from :func:`quotecheck.document.load_document`; ``fmt`` is the
    document format ("text", "markdown" or "html"): indentation marks block
    quotations only in plain text.
    """
    spans = spans or []
    paragraphs = _paragraphs(text, fmt)
    code = sorted((sp.start, sp.end) for sp in spans if sp.kind == "code")
    raw = _pair_marks(text, paragraphs, code)
    # <q> elements have no marks in the text; <cite> names a work.
    marked = [(r.start, r.end) for r in raw]
    for sp in spans:
        if sp.kind in ("q", "cite"):
            s, e = _trim(text, sp.start, sp.end)
            hit = next((r for r in raw if r.start <= e and s <= r.end), None)
            if hit is not None:
                hit.cite = hit.cite or sp.kind == "cite"
            elif sp.kind == "q" and _has_words(text, s, e):
                raw.append(_Span(s, e, s, e))
    raw = _add_blocks(text, raw, _blocks(text, spans, fmt))
    raw.sort(key=lambda r: (r.start, -r.end))
    del marked

    attributor = Attributor(text, [(r.start, r.end) for r in raw if r.depth == 0])
    para_starts = [p[0] for p in paragraphs] or [0]
    # Titles first: quotations in the same sentence claim them as their work.
    kinds: list[str] = []
    attrs = []
    prev_end_in_para: dict[int, int] = {}
    prev_title = False
    prev_close = -1
    last_author: str | None = None
    for r in raw:
        pi = max(bisect.bisect_right(para_starts, r.open_pos) - 1, 0)
        p_start = para_starts[pi]
        prev_end = prev_end_in_para.get(pi, p_start) if r.depth == 0 else max(p_start, r.open_pos - 200)
        attr = attributor.attribute(
            r.open_pos,
            r.close_end,
            p_start,
            prev_end,
            [],
            block=r.block or r.in_block,
            prev_author=last_author,
        )
        after_cue = bool(attr.cue) and attr.near and attr.cue is not None
        kind = _kind(text, r, p_start, attr.near and attr.author is not None, after_cue, prev_title)
        prev_title = (
            kind == TITLE and text[prev_close if prev_close >= 0 else 0 : r.open_pos].strip(" ,&andor") == ""
            if prev_title
            else kind == TITLE
        )
        prev_close = r.close_end
        kinds.append(kind)
        attrs.append(attr)
        if r.depth == 0:
            prev_end_in_para[pi] = max(prev_end_in_para.get(pi, p_start), r.close_end)
        if kind == QUOTATION and attr.author:
            last_author = attr.author

    # "'the reality of the ethical idea', 'the image and reality of reason', as Hegel maintains"
    for i in range(len(raw) - 2, -1, -1):
        a, b = raw[i], raw[i + 1]
        if (
            kinds[i] == QUOTATION
            and kinds[i + 1] == QUOTATION
            and not attrs[i].author
            and attrs[i + 1].author
            and a.depth == b.depth
            and re.fullmatch(r"[\s,;]*(?:and|or)?\s*", text[a.close_end : b.open_pos])
        ):
            attrs[i] = attrs[i + 1]

    title_spans = [(r, i) for i, r in enumerate(raw) if kinds[i] == TITLE]
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
            segments=segments,
            insertions=insertions,
            depth=r.depth,
            block=r.block or r.in_block,
            terminated=r.terminated,
        )
        if kind == QUOTATION:
            work = attr.work
            s_start, s_end = attributor.sentence_start(r.open_pos), attributor.sentence_end(r.close_end)
            near_titles = [text[t.start : t.end] for t, _ in title_spans if s_start <= t.open_pos < s_end]
            if near_titles and (work is None or attr.work in near_titles):
                work = "; ".join(near_titles)
            q.claimed_author, q.claimed_work = attr.author, work
            q.cue = attr.cue if attr.author else (attr.cue or None)
        quotes.append(q)
    return quotes


def extract_document(doc: Document) -> list[Quote]:
    """The quotations of a loaded document (offsets into ``doc.text``)."""
    return extract_quotes(doc.text, doc.spans, doc.format)


def quote_as_dict(q: Quote) -> dict:
    """The JSON shape of a quote (the fields of the extractor/matcher contract)."""
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "segments": [{"text": s.text, "start": s.start, "end": s.end} for s in q.segments],
        "insertions": [{"text": s.text, "start": s.start, "end": s.end, "sic": s.sic} for s in q.insertions],
        "claimed_author": q.claimed_author,
        "claimed_work": q.claimed_work,
        "cue": q.cue,
    }
