"""Read documents and source texts from files, URLs and stdin into a :class:`Document`.

Both the corpus (adding source works) and the extractor (checking a document)
start here, so there is one place that knows how to decode bytes, refuse
binaries, cap sizes, fetch URLs and tell HTML and Markdown from plain text.
The conversions themselves live in :mod:`.html` and :mod:`.markdown`, the
records in :mod:`.model`; their names are re-exported here because the rest
of the package imports them from ``quotecheck.io.document``.

``MAX_BYTES`` and ``URL_TIMEOUT`` are read from this module at call time, so
tests can lower them with ``monkeypatch.setattr``.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import time
import warnings
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlparse

from ..errors import QuotecheckError
from . import formats
from .html import html_to_text
from .markdown import markdown_to_text
from .model import Document, MarkedSpan, SpanKind

__all__ = [
    "Document",
    "MarkedSpan",
    "SpanKind",
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
#: Most characters in a document to check (after HTML or Markdown is converted): about five
#: novels. Work grows with the text (1 MB of block quotations takes ~40 s to check), so a
#: larger document is refused with a message instead of running for an hour. Source works
#: added to the corpus are not checked and have only MAX_BYTES.
MAX_DOCUMENT_CHARS = 5_000_000
#: Seconds to connect and to wait for data from a URL.
URL_TIMEOUT = (5, 30)
#: Seconds a whole URL read may take: a server trickling one byte at a time never trips the
#: per-read timeout above, so the whole answer has a deadline too.
URL_DEADLINE = 60
USER_AGENT = "quotecheck/0.1 (+quotation verification)"

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_TEXT_BYTES = bytes([9, 10, 13, *range(32, 127)])


class DecodingWarning(UserWarning):
    """Text was read, but some of its bytes were not valid in its encoding (replaced by U+FFFD)."""


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NUL bytes stand at every other position (ASCII-range text), else None."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]

    def share(data: bytes, kinds: bytes) -> float:
        return (len(data) - len(data.translate(None, kinds))) / len(data)

    for low, high, encoding in ((even, odd, "utf-16-le"), (odd, even, "utf-16-be")):
        # the high bytes mostly NUL, the low ones mostly printable ASCII (not "\x00\xff" noise)
        if share(high, b"\x00") > 0.3 and share(low, _TEXT_BYTES) > 0.8:
            return encoding
    return None


def _refuse_binary(text_or_bytes: bytes, name: str) -> None:
    sample = text_or_bytes[:65536]
    if b"\x00" in sample:
        raise QuotecheckError(f"{name}: looks like a binary file, not text")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > 0.01:
        raise QuotecheckError(f"{name}: looks like a binary file, not text")


def _decode_utf8_leniently(data: bytes, name: str) -> str | None:
    """UTF-8 with its few invalid bytes replaced (and a warning), or None when it is not UTF-8 at all.

    A text is taken for UTF-8 when it holds more valid multi-byte sequences
    than invalid bytes: one stray byte in a UTF-8 file must not turn every
    curly quote into mojibake, and a cp1252 file has no valid sequences.
    """
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if valid <= bad:
        return None
    warnings.warn(
        DecodingWarning(f"{name}: {bad} byte{'s' if bad > 1 else ''} not valid UTF-8, shown as \ufffd"),
        stacklevel=3,
    )
    return text


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode text of unknown encoding; refuse binary data.

    UTF-8 (with or without a byte-order mark), UTF-16 with a BOM or without
    one (ASCII-range text has a NUL every other byte); UTF-8 with a few
    invalid bytes (replaced, with a :class:`DecodingWarning`); then cp1252,
    which is what most "latin-1" files really are, and latin-1 as the last
    resort because it never fails.
    """
    utf16 = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data[:65536])
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise QuotecheckError(f"{name}: not valid UTF-16 text") from exc
        _refuse_binary(text.encode("utf-8"), name)
        return text
    _refuse_binary(data, name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = _decode_utf8_leniently(data, name)
    if text is not None:
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
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


def _read_response(resp, url: str, deadline: float) -> bytes:
    """The body, read as it arrives (``read1`` returns what one read brings), capped and before ``deadline``."""
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise QuotecheckError(f"{url}: timed out (no complete answer within {URL_DEADLINE} s)")
        chunk = resp.raw.read1(65536, decode_content=True)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BYTES:
            raise QuotecheckError(f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        chunks.append(chunk)


def fetch_url(url: str) -> tuple[str, str]:
    """Fetch ``url``; return ``(text, content_type)``. Only text and HTML are accepted."""
    import requests
    import urllib3

    deadline = time.monotonic() + URL_DEADLINE

    try:
        with requests.get(url, timeout=URL_TIMEOUT, stream=True, headers={"User-Agent": USER_AGENT}) as resp:
            if resp.status_code >= 400:
                raise QuotecheckError(f"{url}: HTTP {resp.status_code} {resp.reason}")
            content_type = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if content_type and not (
                content_type.startswith("text/") or content_type in ("application/xhtml+xml",)
            ):
                raise QuotecheckError(f"{url}: not a text or HTML page ({content_type})")
            data = _read_response(resp, url, deadline)
            declared = resp.encoding if "charset" in resp.headers.get("Content-Type", "") else None
    except (requests.Timeout, urllib3.exceptions.TimeoutError) as exc:
        raise QuotecheckError(f"{url}: timed out") from exc
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
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


#: Deepest element nesting of an HTML page that is read: the page is walked recursively, and
#: unclosed tags (``<div>`` 50,000 times) nest ever deeper; past this the walk would exhaust
#: Python's stack, slowly (quadratic), so such a page is refused at once with a message.
MAX_HTML_DEPTH = 600
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _html_depth(raw: str) -> int:
    """How deep elements nest, estimated in one pass over the tags (void and self-closed ones do not nest)."""
    depth = deepest = 0
    for m in _TAG.finditer(raw):
        if m.group(1):
            depth = max(0, depth - 1)
        elif not m.group(3) and m.group(2).lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _read_html(raw: str, source: str) -> Document:
    depth = _html_depth(raw)
    too_deep = QuotecheckError(
        f"{source}: HTML nested {depth:,} elements deep (unclosed tags?); at most {MAX_HTML_DEPTH} can be read"
    )
    if depth > MAX_HTML_DEPTH:
        raise too_deep
    try:
        return html_to_text(raw)
    except RecursionError:
        raise too_deep from None


def unix_newlines(text: str) -> str:
    """Line breaks as ``\n``: a file saved on Windows ("\r\n") or an old Mac ("\r") has the same
    paragraphs, lines and columns as on Unix (a blank line is "\n\n" to every reader downstream)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def load_document(
    source: str, stdin: io.BufferedIOBase | None = None, *, limit: bool = True
) -> Document:
    """Load a file path, an http(s) URL, or ``-`` (stdin) as a :class:`Document`.

    A document longer than :data:`MAX_DOCUMENT_CHARS` is refused unless
    ``limit`` is off (source works added to the corpus).
    """
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        raw = decode_bytes(_read_capped(stream, "stdin"), "stdin")
        fmt = "html" if _sniff_html(raw) else "markdown" if _sniff_markdown(raw) else "text"
    elif is_url(source):
        raw, content_type = fetch_url(source)
        fmt = _format_for(urlparse(source).path, content_type)
        if fmt == "text" and _sniff_html(raw):
            fmt = "html"
    elif (binary := formats.load_binary(source)) is not None:  # .docx, .pdf, .epub
        return binary
    else:
        raw = read_path(source)
        fmt = _format_for(source)
        if fmt == "text" and _sniff_html(raw):
            fmt = "html"
    raw = unix_newlines(raw)
    if fmt == "html":
        doc = replace(_read_html(raw, source), source=source)
    elif fmt == "markdown":
        doc = replace(markdown_to_text(raw), source=source)
    else:
        doc = Document(source=source, text=raw, format=fmt)
    if not doc.text.strip():
        raise QuotecheckError(f"{source}: the document is empty")
    if limit and len(doc.text) > MAX_DOCUMENT_CHARS:
        raise QuotecheckError(
            f"{source}: {len(doc.text):,} characters, more than one check takes "
            f"({MAX_DOCUMENT_CHARS:,}); split the document"
        )
    return doc
