"""Markdown to plain text: the words without markup, with block quotations, headings, emphasis and code marked.

Offsets everywhere refer to the plain text, so ``>`` prefixes, emphasis
markers and link targets are removed here and their roles kept as
:class:`~quotecheck.io.model.MarkedSpan` offsets.
"""

from __future__ import annotations

import re

from .html import html_to_text
from .model import Document, MarkedSpan, SpanKind

__all__ = ["markdown_to_text"]

_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_QUOTE = re.compile(r"^\s{0,3}>[ \t]?")
_MD_ATX = re.compile(r"^\s{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)[ \t]*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MD_INLINE = re.compile(
    r"(?P<img>!\[(?P<alt>[^\]]*)\]\((?P<isrc>[^)\s]*)(?:\s+\"[^\"]*\")?\))"
    r"|(?P<link>\[(?P<ltext>[^\]]+)\]\((?P<href>[^)\s]*)(?:\s+\"[^\"]*\")?\))"
    r"|(?P<auto><(?P<url>https?://[^>\s]+)>)"
    r"|(?P<code>`+)(?P<ctext>.+?)(?P=code)"
    r"|(?P<strong>\*\*|__)(?P<stext>\S(?:.*?\S)?)(?P=strong)"
    r"|(?<![\w*])\*(?P<etext>[^\s*](?:[^*]*?[^\s*])?)\*(?!\*)"
    r"|(?<![\w_])_(?P<utext>[^\s_](?:[^_]*?[^\s_])?)_(?![\w_])"
    r"|<(?P<tag>q|cite)\b[^>]*>(?P<ttext>.+?)</(?P=tag)>"
    r"|\\(?P<esc>[\\`*_{}\[\]()#+\-.!>\"'])"
)


def _md_inline(
    s: str, base: int, spans: list[MarkedSpan], links: list[str], where: tuple[list, int, int] | None = None
) -> str:
    """Render one line's inline Markdown to text; ``base`` is where it will start.

    ``where`` is ``(anchors, line, column)``: the source line and column ``s`` starts at,
    and the list of :attr:`Document.anchors` to extend.
    """
    out: list[str] = []
    length = 0
    pos = 0
    if where:
        where[0].append((base, where[1], where[2]))
    for m in _MD_INLINE.finditer(s):
        out.append(s[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        start = base + length
        group = next((g for g in ("alt", "ltext", "url", "ctext", "ttext", "stext", "etext", "utext", "esc")
                      if m.group(g) is not None), None)  # fmt: skip
        sub = (where[0], where[1], where[2] + m.start(group)) if where and group else None
        if m.group("img") is not None:
            piece = m.group("alt")
        elif m.group("link") is not None:
            links.append(m.group("href"))
            piece = _md_inline(m.group("ltext"), start, spans, links, sub)
        elif m.group("auto") is not None:
            links.append(m.group("url"))
            piece = m.group("url")
        elif m.group("code") is not None:
            piece = m.group("ctext")
            spans.append(MarkedSpan(SpanKind.CODE, start, start + len(piece)))
        elif m.group("tag") is not None:  # inline HTML: <q>...</q>, <cite>...</cite>
            piece = _md_inline(m.group("ttext"), start, spans, links, sub)
            kind = SpanKind.Q if m.group("tag") == "q" else SpanKind.CITE
            spans.append(MarkedSpan(kind, start, start + len(piece)))
        elif m.group("esc") is not None:
            piece = m.group("esc")
        else:
            inner = m.group("stext") or m.group("etext") or m.group("utext") or ""
            piece = _md_inline(inner, start, spans, links, sub)
            spans.append(MarkedSpan(SpanKind.EMPHASIS, start, start + len(piece)))
        out.append(piece)
        length += len(piece)
        if where:
            if sub and group in ("alt", "url", "ctext", "esc"):  # the others anchor themselves
                where[0].append((start, sub[1], sub[2]))
            where[0].append((base + length, where[1], where[2] + m.end()))
    out.append(s[pos:])
    return "".join(out)


class _Out:
    """The plain text being built, with its marked spans and its anchors back to the source."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[MarkedSpan] = []
        self.anchors: list[tuple[int, int, int]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def verbatim(self, line: str, lineno: int) -> None:
        """A line kept as it is and marked as code (fenced code, front matter, template tags)."""
        self.anchors.append((self.length, lineno, 1))
        if line:
            self.spans.append(MarkedSpan(SpanKind.CODE, self.length, self.length + len(line)))
        self.add(line)

    def splice(self, html: str, lineno: int) -> None:
        """A raw HTML block (``<blockquote>...<footer>``), read as HTML with its spans kept."""
        block = html_to_text(html)
        rendered = block.text.rstrip("\n")
        self.spans.extend(
            MarkedSpan(sp.kind, sp.start + self.length, sp.end + self.length) for sp in block.spans
        )
        self.anchors.append((self.length, lineno, 1))
        # each element's text where its start tag is in the source
        self.anchors += [(self.length + off, lineno + line - 1, col) for off, line, col in block.anchors]
        self.add(rendered)


def markdown_to_text(md: str) -> Document:
    """Reduce Markdown to plain text, marking block quotations, headings, emphasis and code.

    Offsets everywhere refer to the plain text, so the ``>`` prefixes of a
    block quotation, emphasis markers and link targets must go: a quotation
    spread over several ``>`` lines is then one clean span. Line structure is
    kept (one output line per input line, rules and setext underlines become
    blank lines) so paragraphs stay where the author put them; anchors map the
    text back to the source's lines and columns. Front matter and template
    tags are settings, not the document's words; raw HTML blocks are read as HTML.
    """
    lines = md.split("\n")
    front = _front_matter_lines(lines)
    out = _Out()
    links: list[str] = []
    in_fence = False
    html_end = 0  # the line after the raw HTML block being skipped
    quote_start: int | None = None  # start of the open block quotation
    quote_end = 0
    title = _front_title(lines[:front])

    def close_quote() -> None:
        nonlocal quote_start
        if quote_start is not None and quote_end > quote_start:
            out.spans.append(MarkedSpan(SpanKind.BLOCKQUOTE, quote_start, quote_end))
        quote_start = None

    for i, line in enumerate(lines):
        if i:
            out.add("\n")
        if i < front or _LIQUID.fullmatch(line.strip()):
            out.verbatim(line, i + 1)
            continue
        if not in_fence and html_end > i:
            continue
        if not in_fence and (html_end := _html_block_end(lines, i)) > i:
            close_quote()
            out.splice("\n".join(lines[i:html_end]), i + 1)
            continue
        if _MD_FENCE.match(line):
            close_quote()
            in_fence, html_end = _fence(lines, i, in_fence, out)
            continue
        if in_fence:
            out.verbatim(line, i + 1)
            continue
        content, kind = _classify_line(lines, i, quote_start is not None)
        content = _without_hard_break(content)
        if kind != SpanKind.BLOCKQUOTE:
            close_quote()
        start = out.length
        where = (out.anchors, i + 1, max(line.find(content), 0) + 1)
        rendered = _md_inline(content, start, out.spans, links, where)
        out.add(rendered)
        if kind == SpanKind.BLOCKQUOTE:
            if rendered.strip():
                if quote_start is None:
                    quote_start = start + (len(rendered) - len(rendered.lstrip()))
                quote_end = start + len(rendered.rstrip())
        elif kind == SpanKind.CREDIT:
            out.spans.append(MarkedSpan(SpanKind.CREDIT, start, start + len(rendered.rstrip())))
        elif kind == SpanKind.HEADING and rendered.strip():
            out.spans.append(MarkedSpan(SpanKind.HEADING, start, start + len(rendered.rstrip())))
            title = title or rendered.strip()
    close_quote()
    out.spans += _verse_spans(lines, out.anchors, "".join(out.parts))
    out.spans.sort(key=lambda sp: (sp.start, -sp.end))
    return Document(
        source="",
        text="".join(out.parts),
        format="markdown",
        title=title,
        spans=out.spans,
        links=links,
        anchors=out.anchors,
    )


def _without_hard_break(content: str) -> str:
    """A line's content without the hard break ending it ("It droppeth as the gentle rain\\", "that
    is the question:<br>"); a lone "\\" between stanzas stays, as it keeps them one paragraph."""
    if content.endswith("\\") and not content.endswith("\\\\") and content.strip() != "\\":
        return content[:-1]
    br = _BR_END.search(content)
    return content[: br.start()] if br else content


def _verse_spans(lines: list[str], anchors: list[tuple[int, int, int]], text: str) -> list[MarkedSpan]:
    """Runs of lines ended by hard breaks ("It droppeth as the gentle rain from heaven\\"), the
    line after the last break included and a lone "\\" between stanzas kept inside: verse."""
    start_of: dict[int, int] = {}
    for offset, lineno, _ in anchors:
        start_of.setdefault(lineno, offset)
    spans: list[MarkedSpan] = []
    run: list[int] = []  # source line numbers of the open run
    for lineno, line in enumerate(lines, 1):
        broken = line.strip() and (line.rstrip("\r").endswith("\\") or line.endswith("  ") or _BR_END.search(line))
        if run and (broken or line.strip()) and lineno in start_of:
            run.append(lineno)
        elif broken and lineno in start_of:
            run = [lineno]
        elif run:
            run = []
        if run and not broken:
            spans += _verse_span(run, start_of, text)
            run = []
    return spans + (_verse_span(run, start_of, text) if run else [])


def _verse_span(run: list[int], start_of: dict[int, int], text: str) -> list[MarkedSpan]:
    if len(run) < 2:
        return []
    end = text.find("\n", start_of[run[-1]])
    return [MarkedSpan(SpanKind.VERSE, start_of[run[0]], end if end >= 0 else len(text))]


def _front_title(front: list[str]) -> str | None:
    """The ``title:`` of the front matter."""
    for line in front:
        m = re.match(r"title:\s*[\"']?(.*?)[\"']?\s*$", line)
        if m and m.group(1):
            return m.group(1)
    return None


#: "...that is the question:<br>": a line ended by an HTML break, as pasted verse often is.
_BR_END = re.compile(r"<br\s*/?>\s*$", re.I)
_HTML_BLOCK = re.compile(r"^\s{0,3}<(blockquote|figure|div|p|table|aside|section|ul|ol|dl)\b", re.I)


def _html_block_end(lines: list[str], i: int) -> int:
    """The line after the raw HTML block starting at line ``i``, or ``i`` when none starts there.

    As in CommonMark, the block runs to a blank line, or for a blockquote or figure to
    its closing tag.
    """
    m = _HTML_BLOCK.match(lines[i])
    if not m:
        return i
    close = f"</{m.group(1).lower()}>"
    for j in range(i, len(lines)):
        if close in lines[j].lower():
            return j + 1
        if j > i and not lines[j].strip() and m.group(1).lower() not in ("blockquote", "figure"):
            return j
    return len(lines)


_HTML_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)\s*(?:html|xhtml|xml|htm)\b", re.I)
_QUOTING_TAG = re.compile(r"<(?:q|blockquote)\b", re.I)


def _fence(lines: list[str], i: int, in_fence: bool, out: _Out) -> tuple[bool, int]:
    """A fence line: whether a fence is open after it, and the line after the fenced HTML
    sample read as HTML here (:func:`_quoting_html_fence`), or 0."""
    if not in_fence and (fence_end := _quoting_html_fence(lines, i)) > i:
        out.splice("\n".join(lines[i + 1 : fence_end]), i + 2)
        return False, fence_end + 1  # the closing fence is skipped too
    return not in_fence, 0


def _quoting_html_fence(lines: list[str], i: int) -> int:
    """The closing line of the fenced HTML sample opening at line ``i`` when it quotes
    (``<q>``, ``<blockquote>``), else ``i``: a page showing how to mark up a quotation shows
    the quotation, so the sample is read as HTML (its words, its ``<cite>`` and ``<footer>``)."""
    if not _HTML_FENCE.match(lines[i]):
        return i
    for j in range(i + 1, len(lines)):
        if _MD_FENCE.match(lines[j]):
            return j if any(_QUOTING_TAG.search(ln) for ln in lines[i + 1 : j]) else i
    return i


_LONE_LINK = re.compile(r"[-—–―]?\s*\[[^\]]+\]\([^)\s]+\)")
_LIQUID = re.compile(r"\{%.*%\}|\{\{.*\}\}")


def _front_matter_lines(lines: list[str]) -> int:
    """How many lines of YAML (``---``) or TOML (``+++``) front matter open the document (0 if none)."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in ("---", "+++", "..."):
            return i + 1
    return 0


def _classify_line(lines: list[str], i: int, in_quote: bool) -> tuple[str, SpanKind | None]:
    """The inline content of line ``i`` outside a fence, and whether it is quoted or a heading.

    ``in_quote`` says a block quotation is open, so an unmarked line right
    after a quoted one continues it (Markdown's lazy continuation).
    """
    line = lines[i]
    m = _MD_QUOTE.match(line)
    if m:
        content = line[m.end() :]
        while (inner := _MD_QUOTE.match(content)) is not None:  # nested "> >"
            content = content[inner.end() :]
        return content, SpanKind.BLOCKQUOTE
    if in_quote and line.strip() and lines[i - 1].strip() not in (">", ""):
        if _LONE_LINK.fullmatch(line.strip()):
            return line, SpanKind.CREDIT  # "[Marxism in Africa](https://...)" under the quotation
        return line, SpanKind.BLOCKQUOTE  # lazy continuation of a quoted paragraph
    if (h := _MD_ATX.match(line)) is not None:
        return h.group(1) or "", SpanKind.HEADING
    if _MD_RULE.match(line) or (
        _MD_SETEXT.match(line) and i and lines[i - 1].strip() and not _MD_QUOTE.match(lines[i - 1])
    ):
        return "", None
    if i + 1 < len(lines) and line.strip() and _MD_SETEXT.match(lines[i + 1]) and "=" in lines[i + 1]:
        return line.strip(), SpanKind.HEADING
    return line, None
