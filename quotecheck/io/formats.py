"""Word (.docx), PDF and EPUB documents as a :class:`Document`.

Each is read with a well-kept library (python-docx, pypdf) or, for EPUB, the
standard library (an EPUB is a zip of XHTML chapters listed in order by its
package file). Word and EPUB are turned into HTML first, so their block
quotations, headings and ``<q>`` reach the extractor as marked spans, just
like a web page's; a PDF has only its text. Title and author come from the
file's own metadata.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from dataclasses import replace
from pathlib import Path

from ..errors import QuotecheckError
from .html import html_to_text
from .model import Document

__all__ = ["BINARY_SUFFIXES", "load_binary", "docx_to_html", "pdf_text", "epub_to_html"]

BINARY_SUFFIXES = (".docx", ".pdf", ".epub")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Paragraph styles of Word that mark a block quotation.
_QUOTE_STYLES = ("quote", "intense quote", "block text", "block quote")


def docx_to_html(path: Path) -> tuple[str, str | None, str | None]:
    """``(html, title, author)`` of a Word document: headings, quotation styles and paragraphs."""
    import docx

    document = docx.Document(str(path))
    parts = []
    for para in document.paragraphs:
        text = html.escape(para.text)
        if not text.strip():
            continue
        style = (para.style.name if para.style is not None else "").lower()
        if style.startswith("heading") or style == "title":
            level = style.removeprefix("heading").strip()
            tag = f"h{level}" if level.isdigit() and 0 < int(level) < 7 else "h1"
            parts.append(f"<{tag}>{text}</{tag}>")
        elif style in _QUOTE_STYLES:
            parts.append(f"<blockquote><p>{text}</p></blockquote>")
        else:
            parts.append(f"<p>{text}</p>")
    props = document.core_properties
    return "<html><body>" + "\n".join(parts) + "</body></html>", props.title or None, props.author or None


def pdf_text(path: Path) -> tuple[str, str | None, str | None]:
    """``(text, title, author)`` of a PDF: its pages' text, pages apart by a blank line."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise QuotecheckError(f"{path}: the PDF is encrypted")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        meta = reader.metadata
    except PdfReadError as exc:
        raise QuotecheckError(f"{path}: not a readable PDF ({exc})") from exc
    title = (meta.title if meta else None) or None
    author = (meta.author if meta else None) or None
    return "\n\n".join(p for p in pages if p) + "\n", title, author


def epub_to_html(path: Path) -> tuple[str, str | None, str | None]:
    """``(html, title, author)`` of an EPUB: the bodies of its spine's chapters in reading order."""
    from bs4 import BeautifulSoup

    with zipfile.ZipFile(path) as book:
        container = BeautifulSoup(book.read("META-INF/container.xml"), "xml")
        rootfile = container.find("rootfile")
        if rootfile is None or not rootfile.get("full-path"):
            raise QuotecheckError(f"{path}: an EPUB without a package file")
        opf_path = rootfile["full-path"]
        opf = BeautifulSoup(book.read(opf_path), "xml")
        manifest = {item.get("id"): item.get("href") for item in opf.find_all("item")}
        base = posixpath.dirname(opf_path)
        bodies = []
        for ref in opf.find_all("itemref"):
            href = manifest.get(ref.get("idref"))
            if not href:
                continue
            xhtml = book.read(posixpath.normpath(posixpath.join(base, href))).decode("utf-8", "replace")
            chapter = BeautifulSoup(_XML_DECLARATION.sub("", xhtml, count=1), "html.parser")
            body = chapter.find("body") or chapter
            bodies.append(body.decode_contents())
        title, author = opf.find("title"), opf.find("creator")
    return (
        "<html><body>" + "\n".join(f"<section>{b}</section>" for b in bodies) + "</body></html>",
        title.get_text(strip=True) if title else None,
        author.get_text(strip=True) if author else None,
    )


def load_binary(source: str) -> Document | None:
    """The document of a local .docx, .pdf or .epub file; None for any other source."""
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix not in BINARY_SUFFIXES or not path.is_file():
        return None
    try:
        if suffix == ".pdf":
            text, title, author = pdf_text(path)
            doc = Document(source=source, text=text, format="text", title=title, author=author)
        else:
            markup, title, author = (docx_to_html if suffix == ".docx" else epub_to_html)(path)
            doc = replace(html_to_text(markup), source=source)
            doc = replace(doc, title=title or doc.title, author=author or doc.author)
    except QuotecheckError:
        raise
    except Exception as exc:  # a damaged file: each library has its own errors
        reason = str(exc).split("\n")[0][:120] or type(exc).__name__
        raise QuotecheckError(f"{source}: not a readable {suffix[1:]} file ({reason})") from exc
    if not doc.text.strip():
        raise QuotecheckError(f"{source}: the document is empty")
    return doc
