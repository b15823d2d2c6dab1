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
#: Seconds to connect and to wait for data from a URL.
URL_TIMEOUT = (5, 30)
USER_AGENT = "quotecheck/0.1 (+quotation verification)"

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


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
    elif (binary := formats.load_binary(source)) is not None:  # .docx, .pdf, .epub
        return binary
    else:
        raw = read_path(source)
        fmt = _format_for(source)
        if fmt == "text" and _sniff_html(raw):
            fmt = "html"
    if fmt == "html":
        doc = replace(html_to_text(raw), source=source)
    elif fmt == "markdown":
        doc = replace(markdown_to_text(raw), source=source)
    else:
        doc = Document(source=source, text=raw, format=fmt)
    if not doc.text.strip():
        raise QuotecheckError(f"{source}: the document is empty")
    return doc
