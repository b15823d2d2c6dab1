"""HTML to plain text: the readable words of a page, with its quotations and headings marked.

Scripts, styles, navigation and page furniture are dropped; block elements
become paragraphs; ``<blockquote>``, ``<q>``, ``<cite>``, emphasis and
headings become :class:`~quotecheck.io.model.MarkedSpan` offsets into the text
so the extractor can use what the markup says.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .model import Document, MarkedSpan, SpanKind

__all__ = ["html_to_text"]

_DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
]
_BLOCK_TAGS = {
    "p",
    "footer",
    "div",
    "blockquote",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "section",
    "article",
    "main",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "hr",
    "address",
    "center",
}
_MARKED = {
    "blockquote": SpanKind.BLOCKQUOTE,
    "q": SpanKind.Q,
    "cite": SpanKind.CITE,
    "em": SpanKind.EMPHASIS,
    "i": SpanKind.EMPHASIS,
    # program text: its quote marks are string literals, not quotations
    "code": SpanKind.CODE,
    "pre": SpanKind.CODE,
    "kbd": SpanKind.CODE,
    "samp": SpanKind.CODE,
    **{f"h{level}": SpanKind.HEADING for level in range(1, 7)},
}
# Paragraphs that sites style as block quotations instead of using <blockquote>
# (the Marxists Internet Archive's <p class="quote">, "quotation", "epigraph").
_QUOTE_CLASS = re.compile(r"(?:^|[-_ ])(quote|quoteb|quotation|blockquote|epigraph)(?:$|[-_ ])", re.I)
_NAV_CLASS = re.compile(
    r"(?:^|[-_ ])(nav|navbar|menu|breadcrumb|footer|header|sidebar|toc|skip|index|next|prev|previous)(?:$|[-_ ])",
    re.I,
)


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"name": re.compile(f"^{re.escape(name)}$", re.I)}) or soup.find(
            "meta", attrs={"property": name}
        )
        if tag and tag.get("content"):
            return " ".join(str(tag["content"]).split())
    return None


def html_to_text(html: str) -> Document:
    """Reduce an HTML page to its readable text, marking quotations and headings.

    Scripts, styles, navigation and page furniture are dropped; block elements
    become paragraphs separated by blank lines; ``<br>`` becomes a newline.
    ``<blockquote>`` (and paragraphs classed as quotes), ``<q>``, ``<cite>``,
    ``<em>``/``<i>`` and headings are returned as :class:`MarkedSpan` offsets
    into the text.
    """
    soup = BeautifulSoup(html, "html.parser")
    title = _meta(soup, "citation_title", "og:title", "dc.title", "DC.title")
    if not title and soup.title and soup.title.string:
        title = " ".join(soup.title.string.split())
    author = _meta(soup, "citation_author", "author", "dc.creator", "DC.creator", "article:author")
    _drop_furniture(soup)
    _table_roles(soup)
    articles = [a for a in soup.find_all("article") if a.find_parent("article") is None]
    # one <article> is the page's text; several (a blog's posts, a thread's replies) all are
    root = soup.find("main") or (articles[0] if len(articles) == 1 else None) or soup.body or soup
    links = [a["href"] for a in root.find_all("a", href=True)] if isinstance(root, Tag) else []
    out = _TextBuilder()
    spans: list[MarkedSpan] = []
    _walk(root if isinstance(root, Tag) else soup, out, spans)
    text = "".join(out.parts)
    return Document(
        source="",
        text=text + "\n" if text else "",
        format="html",
        title=title,
        author=author,
        spans=spans,
        links=links,
        anchors=out.anchors,
    )


def _drop_furniture(soup: BeautifulSoup) -> None:
    """Remove scripts, styles, comments and navigation, which are not the document's words."""
    for tag in soup(_DROP_TAGS):
        if tag.name == "footer" and tag.find_parent(["blockquote", "figure"]):
            continue  # a quotation's credit line, not the page's footer
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        classes = " ".join(tag.get("class", []) or []) + " " + str(tag.get("id", "") or "")
        if tag.name in ("div", "ul", "ol", "p", "table") and _NAV_CLASS.search(classes):
            tag.decompose()


#: A style keeping the source's line breaks (a poem in ``<p style="white-space:pre">``).
_PRE_STYLE = re.compile(r"white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\b", re.I)


def _walk(node: Tag, out: _TextBuilder, spans: list[MarkedSpan], lines: bool = False) -> None:
    """Append the text under ``node`` to ``out``, recording the spans of marked elements;
    ``lines``: the element's style keeps line breaks, so each source line is a line."""
    for child in node.children:
        if isinstance(child, NavigableString):
            if node.sourceline is not None and str(child).strip():
                # the element holding the text: where a reader finds it in the source
                out.anchors.append((out.position(), node.sourceline, (node.sourcepos or 0) + 1))
            if lines and "\n" in child:
                for k, piece in enumerate(str(child).split("\n")):
                    if k:
                        out.line_break()
                    out.add_text(piece)
                continue
            out.add_text(str(child))
        elif isinstance(child, Tag):
            if child.name == "br":
                out.line_break()
                continue
            block = child.name in _BLOCK_TAGS
            if block:
                out.paragraph_break()
            start = out.position()
            keep = lines or (
                child.name not in ("pre", "code") and bool(_PRE_STYLE.search(str(child.get("style") or "")))
            )
            _walk(child, out, spans, keep)
            kind = _MARKED.get(child.name)
            if _is_credit(child):
                kind = SpanKind.CREDIT
            if child.get(_ROLE_ATTR):
                kind = SpanKind(child[_ROLE_ATTR])
            if (
                kind is None
                and child.name in ("p", "div")
                and (_QUOTE_CLASS.search(" ".join(child.get("class", []) or [])) or _captioned_text(child))
            ):
                kind = SpanKind.BLOCKQUOTE
            if kind and out.length > start:
                spans.append(MarkedSpan(kind, start, out.length))
            if block:
                out.paragraph_break()


#: A table's column headings that say what its cells are: a quotation, who said it, the work.
_COLUMN_ROLES = (
    (re.compile(r"(?i)quotes?|quotations?|sayings?|words"), SpanKind.BLOCKQUOTE),
    (re.compile(r"(?i)author|by|speaker|who|said\s+by|writer|poet"), SpanKind.CREDIT),
    (re.compile(r"(?i)book|work|title|play|poem|novel"), SpanKind.CITE),
)
_ROLE_ATTR = "data-quotecheck-role"


def _table_roles(soup: BeautifulSoup) -> None:
    """Mark the cells of a table whose headings name its columns ("Author", "Book", "Quote"): a
    table of quotations, one a row, its cells the quotation, its credit and its work."""
    for table in soup.find_all("table"):
        rows = table.find_all("tr")
        heads = rows[0].find_all("th") if rows else []
        roles = []
        for th in heads:
            name = th.get_text(" ", strip=True)
            roles.append(next((kind for pat, kind in _COLUMN_ROLES if pat.fullmatch(name)), None))
        if SpanKind.BLOCKQUOTE not in roles or SpanKind.CREDIT not in roles:
            continue
        for row in rows[1:]:
            for cell, role in zip(row.find_all("td", recursive=False), roles, strict=False):
                if role:
                    cell[_ROLE_ATTR] = role.value


def _is_credit(tag: Tag) -> bool:
    """``<footer>`` in a blockquote, ``<figcaption>`` of a figure holding one, or a ``<cite>``
    that is a blockquote's last child (its credit line, not a title in a sentence)."""
    if tag.name == "footer":
        return tag.find_parent("blockquote") is not None
    if tag.name == "figcaption":
        parent = tag.parent
        return parent is not None and (
            parent.find("blockquote") is not None
            or any(_captioned_text(p) for p in parent.find_all("p", recursive=False))
        )
    if tag.name == "cite" and tag.parent is not None and tag.parent.name == "blockquote":
        after = [c for c in tag.next_siblings if not (isinstance(c, NavigableString) and not c.strip())]
        return not after
    return False


def _captioned_text(tag: Tag) -> bool:
    """A paragraph of words standing in a ``<figure>`` with a ``<figcaption>`` (a poem or a
    passage shown with its credit, as a blockquote is): the figure's quotation."""
    parent = tag.parent
    return (
        tag.name == "p"
        and parent is not None
        and parent.name == "figure"
        and parent.find("figcaption", recursive=False) is not None
        and parent.find(_NOT_TEXT_FIGURE) is None  # a picture's or a listing's words are no quotation
        and bool(tag.get_text(strip=True))
    )


#: What makes a figure a picture, a chart or a listing rather than words shown with their credit.
_NOT_TEXT_FIGURE = [
    "img",
    "picture",
    "video",
    "audio",
    "svg",
    "canvas",
    "iframe",
    "table",
    "pre",
    "code",
    "object",
]


class _TextBuilder:
    """Accumulates text with collapsed whitespace and paragraph breaks.

    Whitespace is held back until more text follows, so that no span ends in
    a space and no line ends with one.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int, int]] = []
        self.length = 0
        self._pending = ""  # whitespace owed before the next text

    def position(self) -> int:
        """Where the next text will start (after any pending whitespace)."""
        return self.length + len(self._pending) if self.length else 0

    def add_text(self, s: str) -> None:
        s = re.sub(r"\s+", " ", s)
        if not s.strip():
            if s and self.length and not self._pending:
                self._pending = " "
            return
        if s[0] == " " and self.length and not self._pending:
            self._pending = " "
        body = s.strip(" ")
        if self.length and self._pending:
            self.parts.append(self._pending)
            self.length += len(self._pending)
        self.parts.append(body)
        self.length += len(body)
        self._pending = " " if s.endswith(" ") else ""

    def line_break(self) -> None:
        if self.length and "\n" not in self._pending:
            self._pending = "\n"

    def paragraph_break(self) -> None:
        if self.length:
            self._pending = "\n\n"
