"""Source texts: reading a file or URL, stripping Gutenberg's licence, preparing the words.

Preparing (cutting into passages and folding the words) is all the work of
adding a text but the writes, so it can run in worker processes while the
main process writes (see :mod:`.build`).
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from ..errors import QuotecheckError
from ..io import document
from ..normalize import fold
from . import remote
from .characters import find_characters
from .gutenberg import split_books, strip_gutenberg
from .structure import Passage, Section, split_passages

__all__ = [
    "SUPPORTED_SUFFIXES",
    "SourceText",
    "PreparedText",
    "prepare_text",
    "read_source",
    "read_sources",
    "prepare",
    "identity",
    "is_html",
    "expand_inputs",
]

SUPPORTED_SUFFIXES = (".txt", ".txt.gz", ".md", ".md.gz", ".html", ".htm", ".xhtml", ".docx", ".pdf", ".epub")

# Language names in Gutenberg headers, as the ISO 639-1 codes stored with a work.
_LANGUAGE_CODES = {
    "english": "en",
    "french": "fr",
    "german": "de",
    "latin": "la",
    "italian": "it",
    "spanish": "es",
    "russian": "ru",
}


@dataclass(frozen=True)
class SourceText:
    """A text ready to be added: the kept text and what is known about it."""

    text: str
    source: str
    title: str | None = None
    author: str | None = None
    year: int | None = None
    translator: str | None = None
    language: str | None = None
    license_note: str | None = None
    release_date: str | None = None


@dataclass(frozen=True)
class PreparedText:
    """A source text cut into passages and folded: all the work but the writes.

    Preparing is CPU-bound and independent per text, so a large add prepares
    texts in worker processes while the main process writes.
    """

    src: SourceText
    sections: list[Section]
    passages: list[Passage]
    folded: list[str]
    digest: str
    words: int
    characters: dict[str, int]


def _language_code(language: str | None) -> str | None:
    if not language:
        return None
    return _LANGUAGE_CODES.get(language.strip().lower(), language.strip())


def prepare_text(raw: str, source: str, **overrides) -> SourceText:
    """Strip Gutenberg boilerplate and gather metadata from the header."""
    gutenberg = strip_gutenberg(document.unix_newlines(raw))
    meta = gutenberg.metadata
    text = gutenberg.text
    if not text.strip():
        raise QuotecheckError(f"{source}: no text left after removing the Gutenberg licence")
    result = SourceText(
        text=text,
        source=source,
        title=meta.get("title"),
        author=meta.get("author"),
        translator=meta.get("translator"),
        language=_language_code(meta.get("language")),
        release_date=meta.get("release_date"),
        license_note="Project Gutenberg eBook; licence header and footer removed"
        if gutenberg.is_gutenberg
        else None,
    )
    result = dataclasses.replace(result, **{k: v for k, v in overrides.items() if v is not None})
    if not result.title:
        result = dataclasses.replace(result, title=_title_from_source(source))
    return result


def _title_from_source(source: str) -> str:
    name = Path(urlparse(source).path if document.is_url(source) else source).name
    for suffix in (".gz", ".txt", ".md", ".html", ".htm", ".xhtml"):
        name = name.removesuffix(suffix)
    return name.replace("_", " ").replace("-", " ").strip() or source


def read_source(source: str, **overrides) -> SourceText:
    """Read one file or URL (text, Markdown, HTML, Word, PDF, EPUB) as a source text."""
    doc = remote.load_remote(source) or document.load_document(source, limit=False)  # gutenberg:N, Wikisource
    return _source_text(doc, source, overrides)


def _source_text(doc: document.Document, source: str, overrides: dict) -> SourceText:
    if doc.format in ("html", "markdown"):  # "# Field Notes" or <title> names the work
        return prepare_text(
            doc.text,
            source,
            **{
                "title": doc.title,
                "author": doc.author,
                **{k: v for k, v in overrides.items() if v is not None},
            },
        )
    return prepare_text(doc.text, source, **overrides)


def read_sources(source: str, **overrides) -> list[SourceText]:
    """Like :func:`read_source`, but a plain-text file holding several Gutenberg books gives one
    text per book (the second is ``source#2``, and so on), not the first book alone."""
    doc = remote.load_remote(source) or document.load_document(source, limit=False)  # gutenberg:N, Wikisource
    if doc.format != "text":
        return [_source_text(doc, source, overrides)]
    books = split_books(document.unix_newlines(doc.text))
    return [
        prepare_text(book, source if n == 1 else f"{source}#{n}", **overrides)
        for n, book in enumerate(books, 1)
    ]


def is_html(source: str) -> bool:
    """Whether a path or URL is a web page (a URL always counts as one)."""
    path = urlparse(source).path if document.is_url(source) else source
    return document.is_url(source) or path.lower().removesuffix(".gz").endswith((".html", ".htm", ".xhtml"))


def identity(folded: list[str]) -> tuple[str, int]:
    """``(sha256, word count)`` of a text's normalised words.

    The identity of a text is its words, so re-encoded or re-wrapped copies
    of it are duplicates.
    """
    words = sum(f.count(" ") + 1 for f in folded if f)
    return hashlib.sha256(" ".join(f for f in folded if f).encode("utf-8")).hexdigest(), words


def prepare(src: SourceText) -> PreparedText:
    """Cut a text into sections and passages and fold each passage's words."""
    sections, passages = split_passages(src.text)
    folded = [fold(src.text[p.start : p.end]) for p in passages]
    digest, words = identity(folded)
    if words == 0:
        raise QuotecheckError(f"{src.source}: no words in the text")
    characters = find_characters(src.text, [s.heading for s in sections])
    return PreparedText(src, sections, passages, folded, digest, words, characters)


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Paths and URLs from files, directories and globs; ``(source, from_directory)``."""
    for item in inputs:
        if document.is_url(item):
            yield item, False
            continue
        matches = sorted(glob.glob(item)) if glob.has_magic(item) else [item]
        if not matches:
            raise QuotecheckError(f"{item}: no files match")
        for path in matches:
            p = Path(path)
            if p.is_dir():
                files = sorted(
                    f for f in p.rglob("*") if f.is_file() and f.name.lower().endswith(SUPPORTED_SUFFIXES)
                )
                if not files:
                    raise QuotecheckError(f"{path}: no .txt, .txt.gz, .md or .html files in this directory")
                for f in files:
                    yield str(f), True
            else:
                yield path, glob.has_magic(item)
