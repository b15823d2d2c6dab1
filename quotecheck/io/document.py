"""Read documents and source texts from files, URLs and stdin into plain text.

Both the corpus (adding source works) and the extractor (checking a document)
start here, so there is one place that knows how to decode bytes, refuse
binaries, cap sizes, fetch URLs and reduce HTML to its readable text.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..errors import QuotecheckError

__all__ = [
    "Document",
    "MarkedSpan",
    "load_document",
    "read_path",
    "fetch_url",
    "decode_bytes",
    "html_to_text",
    "markdown_to_text",
    "is_url",
    "MAX_BYTES",
]

#: Largest input read from a file, URL or stdin (bytes, after decompression).
MAX_BYTES = 64 * 1024 * 1024
#: Seconds to connect and to wait for data from a URL.
URL_TIMEOUT = (5, 30)
USER_AGENT = "quotecheck/0.1 (+quotation verification)"

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A span of the plain text that the markup gave a role (blockquote, q, cite, heading)."""

    kind: str
    start: int
    end: int


@dataclass
class Document:
    """A document as plain text; every offset elsewhere refers to ``text``."""

    source: str
    text: str
    format: str  # "text", "markdown" or "html"
    title: str | None = None
    author: str | None = None
    spans: list[MarkedSpan] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode text of unknown encoding; refuse binary data.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a BOM first;
    then cp1252, which is what most "latin-1" files really are, and latin-1
    as the last resort because it never fails.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise QuotecheckError(f"{name}: not valid UTF-16 text") from exc
    sample = data[:65536]
    if b"\x00" in sample:
        raise QuotecheckError(f"{name}: looks like a binary file, not text")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > 0.01:
        raise QuotecheckError(f"{name}: looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _read_capped(stream: io.BufferedIOBase, name: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise QuotecheckError(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data


def read_path(path: str | Path) -> str:
    """The text of a ``.txt``/``.md``/``.html`` file, gunzipped when it ends in ``.gz``."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise QuotecheckError(f"{name}: no such file")
    if p.is_dir():
        raise QuotecheckError(f"{name}: is a directory")
    try:
        if p.name.endswith(".gz"):
            with gzip.open(p, "rb") as fh:
                data = _read_capped(fh, name)
        else:
            with p.open("rb") as fh:
                data = _read_capped(fh, name)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise QuotecheckError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    return decode_bytes(data, name)


def fetch_url(url: str) -> tuple[str, str]:
    """Fetch ``url``; return ``(text, content_type)``. Only text and HTML are accepted."""
    import requests

    try:
        with requests.get(url, timeout=URL_TIMEOUT, stream=True, headers={"User-Agent": USER_AGENT}) as resp:
            if resp.status_code >= 400:
                raise QuotecheckError(f"{url}: HTTP {resp.status_code} {resp.reason}")
            content_type = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if content_type and not (
                content_type.startswith("text/") or content_type in ("application/xhtml+xml",)
            ):
                raise QuotecheckError(f"{url}: not a text or HTML page ({content_type})")
            chunks, size = [], 0
            for chunk in resp.iter_content(65536):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise QuotecheckError(f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB")
                chunks.append(chunk)
            data = b"".join(chunks)
            declared = resp.encoding if "charset" in resp.headers.get("Content-Type", "") else None
    except requests.Timeout as exc:
        raise QuotecheckError(f"{url}: timed out") from exc
    except requests.RequestException as exc:
        reason = type(exc).__name__
        raise QuotecheckError(f"{url}: cannot fetch ({reason})") from exc
    text = None
    if declared:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode_bytes(data, url)
    return text, content_type or "text/plain"


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
    "blockquote": "blockquote",
    "q": "q",
    "cite": "cite",
    "em": "emphasis",
    "i": "emphasis",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
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
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        classes = " ".join(tag.get("class", []) or []) + " " + str(tag.get("id", "") or "")
        if tag.name in ("div", "ul", "ol", "p", "table") and _NAV_CLASS.search(classes):
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    links = [a["href"] for a in root.find_all("a", href=True)] if isinstance(root, Tag) else []

    out = _TextBuilder()
    spans: list[MarkedSpan] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                out.add_text(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    out.line_break()
                    continue
                block = child.name in _BLOCK_TAGS
                if block:
                    out.paragraph_break()
                start = out.position()
                walk(child)
                kind = _MARKED.get(child.name)
                if (
                    kind is None
                    and child.name in ("p", "div")
                    and _QUOTE_CLASS.search(" ".join(child.get("class", []) or []))
                ):
                    kind = "blockquote"
                if kind and out.length > start:
                    spans.append(MarkedSpan(kind, start, out.length))
                if block:
                    out.paragraph_break()

    walk(root if isinstance(root, Tag) else soup)
    text = "".join(out.parts)
    return Document(
        source="",
        text=text + "\n" if text else "",
        format="html",
        title=title,
        author=author,
        spans=spans,
        links=links,
    )


class _TextBuilder:
    """Accumulates text with collapsed whitespace and paragraph breaks.

    Whitespace is held back until more text follows, so that no span ends in
    a space and no line ends with one.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
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
    r"|\\(?P<esc>[\\`*_{}\[\]()#+\-.!>\"'])"
)


def _md_inline(s: str, base: int, spans: list[MarkedSpan], links: list[str]) -> str:
    """Render one line's inline Markdown to text; ``base`` is where it will start."""
    out: list[str] = []
    length = 0
    pos = 0
    for m in _MD_INLINE.finditer(s):
        out.append(s[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        start = base + length
        if m.group("img") is not None:
            piece = m.group("alt")
        elif m.group("link") is not None:
            links.append(m.group("href"))
            piece = _md_inline(m.group("ltext"), start, spans, links)
        elif m.group("auto") is not None:
            links.append(m.group("url"))
            piece = m.group("url")
        elif m.group("code") is not None:
            piece = m.group("ctext")
            spans.append(MarkedSpan("code", start, start + len(piece)))
        elif m.group("esc") is not None:
            piece = m.group("esc")
        else:
            inner = m.group("stext") or m.group("etext") or m.group("utext") or ""
            piece = _md_inline(inner, start, spans, links)
            spans.append(MarkedSpan("emphasis", start, start + len(piece)))
        out.append(piece)
        length += len(piece)
    out.append(s[pos:])
    return "".join(out)


def markdown_to_text(md: str) -> Document:
    """Reduce Markdown to plain text, marking block quotations, headings, emphasis and code.

    Offsets everywhere refer to the plain text, so the ``>`` prefixes of a
    block quotation, emphasis markers and link targets must go: a quotation
    spread over several ``>`` lines is then one clean span. Line structure is
    kept (one output line per input line, rules and setext underlines become
    blank lines) so paragraphs stay where the author put them.
    """
    lines = md.split("\n")
    spans: list[MarkedSpan] = []
    links: list[str] = []
    parts: list[str] = []
    length = 0
    in_fence = False
    quote_start: int | None = None  # start of the open block quotation
    quote_end = 0
    title = None

    def close_quote() -> None:
        nonlocal quote_start
        if quote_start is not None and quote_end > quote_start:
            spans.append(MarkedSpan("blockquote", quote_start, quote_end))
        quote_start = None

    for i, line in enumerate(lines):
        if i:
            parts.append("\n")
            length += 1
        if _MD_FENCE.match(line):
            in_fence = not in_fence
            close_quote()
            continue
        if in_fence:
            parts.append(line)
            if line:
                spans.append(MarkedSpan("code", length, length + len(line)))
            length += len(line)
            continue
        kind = None
        m = _MD_QUOTE.match(line)
        if m:
            content = line[m.end() :]
            while (inner := _MD_QUOTE.match(content)) is not None:  # nested "> >"
                content = content[inner.end() :]
            kind = "blockquote"
        elif quote_start is not None and line.strip() and lines[i - 1].strip() not in (">", ""):
            content = line  # lazy continuation of a quoted paragraph
            kind = "blockquote"
        elif (h := _MD_ATX.match(line)) is not None:
            content = h.group(1) or ""
            kind = "heading"
        elif _MD_RULE.match(line) or (
            _MD_SETEXT.match(line) and i and lines[i - 1].strip() and not _MD_QUOTE.match(lines[i - 1])
        ):
            content = ""
        elif i + 1 < len(lines) and line.strip() and _MD_SETEXT.match(lines[i + 1]) and "=" in lines[i + 1]:
            content = line.strip()
            kind = "heading"
        else:
            content = line
        if kind != "blockquote":
            close_quote()
        start = length
        rendered = _md_inline(content, start, spans, links)
        parts.append(rendered)
        length += len(rendered)
        if kind == "blockquote":
            if rendered.strip():
                if quote_start is None:
                    quote_start = start + (len(rendered) - len(rendered.lstrip()))
                quote_end = start + len(rendered.rstrip())
        elif kind == "heading" and rendered.strip():
            spans.append(MarkedSpan("heading", start, start + len(rendered.rstrip())))
            if title is None:
                title = rendered.strip()
    close_quote()
    spans.sort(key=lambda sp: (sp.start, -sp.end))
    return Document(source="", text="".join(parts), format="markdown", title=title, spans=spans, links=links)


def _format_for(name: str, content_type: str | None = None) -> str:
    lower = name.lower().removesuffix(".gz")
    if content_type in ("text/html", "application/xhtml+xml") or Path(lower).suffix in HTML_SUFFIXES:
        return "html"
    if content_type == "text/markdown" or Path(lower).suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def _sniff_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


_MD_SIGNS = re.compile(r"^(?:#{1,6} \S|> ?\S|```)|\]\(https?://", re.M)


def _sniff_markdown(text: str) -> bool:
    """Whether stdin text looks like Markdown (headings, ``>`` quotes, fences or links)."""
    return len(_MD_SIGNS.findall(text[:20000])) >= 2


def load_document(source: str, stdin: io.BufferedIOBase | None = None) -> Document:
    """Load a file path, an http(s) URL, or ``-`` (stdin) as a :class:`Document`."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        raw = decode_bytes(_read_capped(stream, "stdin"), "stdin")
        fmt = "html" if _sniff_html(raw) else "markdown" if _sniff_markdown(raw) else "text"
    elif is_url(source):
        raw, content_type = fetch_url(source)
        fmt = _format_for(urlparse(source).path, content_type)
        if fmt == "text" and _sniff_html(raw):
            fmt = "html"
    else:
        raw = read_path(source)
        fmt = _format_for(source)
        if fmt == "text" and _sniff_html(raw):
            fmt = "html"
    if fmt == "html":
        doc = html_to_text(raw)
        doc.source = source
    elif fmt == "markdown":
        doc = markdown_to_text(raw)
        doc.source = source
    else:
        doc = Document(source=source, text=raw, format=fmt)
    if not doc.text.strip():
        raise QuotecheckError(f"{source}: the document is empty")
    return doc
