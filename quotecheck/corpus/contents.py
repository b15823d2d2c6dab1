"""A book spread over web pages: a contents page and the chapter pages it links to, read as one work.

Made for the Marxists Internet Archive's layout (an ``index.htm`` linking
``ch01.htm``, ``ch02.htm`` ... in the same directory) and any site like it;
``quotecheck corpus add --contents URL`` uses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urljoin, urlparse
from urllib.request import url2pathname

from bs4 import BeautifulSoup

from ..errors import QuotecheckError
from ..io import document
from .sources import SourceText, prepare_text
from .structure import find_sections

__all__ = ["contents_links", "read_contents"]

_PAGE_SUFFIXES = (".htm", ".html", ".xhtml", ".txt")


def _same_directory_pages(links: Iterable[tuple[str, str]], base_url: str) -> list[tuple[str, str]]:
    """``(url, link text)`` of the pages in the directory of ``base_url``, in order, each once.

    Fragments are ignored ("ch01.htm#s1" is "ch01.htm"); the first link to a
    page names it. Pages elsewhere (downloads, the glossary) are not chapters.
    """
    base = urlparse(base_url)
    base_dir = base.path.rsplit("/", 1)[0] + "/"
    own = base_url.split("#")[0]
    pages: dict[str, str] = {}
    for href, label in links:
        url = urljoin(base_url, href.strip()).split("#")[0]
        parsed = urlparse(url)
        if parsed.scheme != base.scheme or parsed.netloc != base.netloc:
            continue
        if not parsed.path.startswith(base_dir) or "/" in parsed.path[len(base_dir) :]:
            continue
        if url == own or url in pages or not parsed.path.lower().endswith(_PAGE_SUFFIXES):
            continue
        pages[url] = label
    return list(pages.items())


def contents_links(doc: document.Document, base_url: str) -> list[str]:
    """Same-directory chapter links of a contents page, in order, without duplicates."""
    return [url for url, _ in _same_directory_pages(((h, "") for h in doc.links), base_url)]


def _link_texts(html: str) -> list[tuple[str, str]]:
    """``(href, text)`` of every link of a page, in document order."""
    soup = BeautifulSoup(html, "html.parser")
    return [(str(a["href"]), " ".join(a.get_text(" ").split())) for a in soup.find_all("a", href=True)]


def _chapter_heading(label: str, page_title: str | None, book_title: str | None, number: int) -> str:
    """A heading line for a chapter that :func:`find_sections` recognises.

    The contents page's link text is the best name ("Chapter I: Class
    Society and the State"); failing that the page title without the book's
    title ("The State and Revolution — Chapter 3" gives "Chapter 3"). A name
    that is not a recognisable heading is numbered: "CHAPTER 4. Letters".
    """
    name = label
    if not name and page_title:
        name = page_title
        if book_title and book_title.lower() in name.lower():
            i = name.lower().index(book_title.lower())
            name = name[:i] + name[i + len(book_title) :]
        name = re.sub(r"^[\s\-—–:|,.]+|[\s\-—–:|,]+$", "", name)
        name = re.sub(r"\s+(?:to|of|from|in)$", "", name, flags=re.I)
    name = " ".join(name.split())
    if name and find_sections(f"{name}\n"):
        return name
    return f"CHAPTER {number}. {name}" if name else f"CHAPTER {number}"


def _as_url(source: str) -> str:
    return source if document.is_url(source) else Path(source).resolve().as_uri()


def _from_url(url: str) -> str:
    return url if document.is_url(url) else url2pathname(urlparse(url).path)


def read_contents(source: str, warn: Callable[[str], None] | None = None, **overrides) -> SourceText:
    """Read an HTML contents page and the chapter pages it links to as ONE work.

    Chapters are the linked pages in the same directory, in the order of the
    contents, each once; each begins with its name as a heading line so that
    sections and locations ("Chapter II: ..., paragraph 3") follow the book.
    A chapter that cannot be fetched is skipped with a warning; none at all
    is an error. Works for a URL and for a saved copy on disk alike.
    """
    raw = document.fetch_url(source)[0] if document.is_url(source) else document.read_path(source)
    page = document.html_to_text(raw)
    pages = _same_directory_pages(_link_texts(raw), _as_url(source))
    if not pages:
        raise QuotecheckError(f"{source}: no chapter pages linked from this contents page")
    parts: list[str] = []
    for number, (url, label) in enumerate(pages, 1):
        try:
            chapter = document.load_document(_from_url(url), limit=False)
        except QuotecheckError as exc:
            if warn:
                warn(f"skipped chapter {exc}")
            continue
        heading = _chapter_heading(label, chapter.title, page.title, number)
        parts.append(f"{heading}\n\n{chapter.text.strip()}\n")
    if not parts:
        raise QuotecheckError(f"{source}: none of the {len(pages)} chapter pages could be read")
    meta = {"title": page.title, "author": page.author}
    return prepare_text(
        "\n\n".join(parts), source, **{**meta, **{k: v for k, v in overrides.items() if v is not None}}
    )
