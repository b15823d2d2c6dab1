"""Sources named by address: Project Gutenberg books (``gutenberg:1342``) and Wikisource pages.

Both are fetched from a configurable mirror, so a library, a classroom or a
test can serve them locally:

* ``QUOTECHECK_GUTENBERG_MIRROR``: a URL template with ``{n}`` for the book
  number (default Project Gutenberg's own plain-text address);
* ``QUOTECHECK_WIKISOURCE_MIRROR``: the site's root with ``{lang}`` for the
  language (default ``https://{lang}.wikisource.org``). A page is fetched as
  MediaWiki renders its content alone (``?action=render``), and its header
  template, navigation and edit links are dropped.

The stored source of a work stays the address the user gave.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from urllib.parse import quote, unquote

from ..errors import QuotecheckError
from ..io import document
from ..io.model import Document

__all__ = ["GUTENBERG_MIRROR", "WIKISOURCE_MIRROR", "remote_url", "load_remote"]

GUTENBERG_MIRROR = "https://www.gutenberg.org/cache/epub/{n}/pg{n}.txt"
WIKISOURCE_MIRROR = "https://{lang}.wikisource.org"

_GUTENBERG = re.compile(r"^gutenberg:(\d{1,6})$", re.I)
_WIKISOURCE = re.compile(r"^https?://([a-z][a-z-]*)\.(?:m\.)?wikisource\.org/wiki/([^?#]+)", re.I)
# Parts of a rendered Wikisource page that are not the work's text.
_NOT_TEXT = "#headertemplate, .ws-noexport, .mw-editsection, sup.reference, ol.references, .noprint, .ws-pagenum"


def remote_url(source: str) -> str | None:
    """Where an address is fetched from (None when ``source`` is not one)."""
    if m := _GUTENBERG.match(source.strip()):
        template = os.environ.get("QUOTECHECK_GUTENBERG_MIRROR") or GUTENBERG_MIRROR
        return template.format(n=int(m.group(1)))
    if m := _WIKISOURCE.match(source.strip()):
        root = (os.environ.get("QUOTECHECK_WIKISOURCE_MIRROR") or WIKISOURCE_MIRROR).rstrip("/")
        title = quote(unquote(m.group(2)), safe="/:(),'!")
        return f"{root.format(lang=m.group(1).lower())}/wiki/{title}?action=render"
    return None


def _wikisource_document(source: str, url: str) -> Document:
    from bs4 import BeautifulSoup

    from ..io.html import html_to_text

    raw, _type = document.fetch_url(url)
    soup = BeautifulSoup(raw, "html.parser")
    author_tag = soup.select_one("#header_author_text a, #header_author_text, .author a")
    author = author_tag.get_text(" ", strip=True) if author_tag else None
    for tag in soup.select(_NOT_TEXT):
        tag.decompose()
    title = unquote(_WIKISOURCE.match(source.strip()).group(2)).replace("_", " ")
    doc = html_to_text(f"<html><body>{soup.decode()}</body></html>")
    if not doc.text.strip():
        raise QuotecheckError(f"{source}: the page has no text")
    return replace(doc, source=source, title=title, author=author)


def load_remote(source: str) -> Document | None:
    """The document at a Gutenberg number or Wikisource address; None for any other source."""
    url = remote_url(source)
    if url is None:
        return None
    if source.lower().startswith("gutenberg:"):
        try:
            return replace(document.load_document(url), source=source)
        except QuotecheckError as exc:
            raise QuotecheckError(f"{source}: {exc} (mirror: $QUOTECHECK_GUTENBERG_MIRROR)") from None
    return _wikisource_document(source, url)
