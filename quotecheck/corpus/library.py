"""The corpus of source works: add, list, show, remove, and the shipped default.

Python API (the CLI is a thin layer over it)::

    db = open_corpus("quotes.db")          # builds from the shipped corpus if new
    added = add_paths(db, ["book.txt"], author="...")
    for work in list_works(db): ...
    remove_work(db, work_id)

A work is stored with its text cut into passages (see :mod:`.structure`), its
sections, and its passages indexed (see :mod:`.index`). Adding is atomic: one
transaction per call, so an error or Ctrl-C leaves the database as it was.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlparse
from urllib.request import url2pathname

import sqlite_utils
from bs4 import BeautifulSoup

from ..errors import QuotecheckError
from ..io import document
from ..normalize import NORMALIZER_VERSION, fold
from ..store.db import get_meta, open_db, set_meta, transaction, utc_now
from ..store.index import index_passages, refresh_term_stats, unindex_passages
from .gutenberg import strip_gutenberg
from .structure import Passage, Section, find_sections, split_passages

__all__ = [
    "Work",
    "SourceText",
    "AddResult",
    "shipped_corpus_dir",
    "open_corpus",
    "prepare_text",
    "read_source",
    "read_contents",
    "expand_inputs",
    "contents_links",
    "add_source",
    "add_paths",
    "add_shipped_corpus",
    "list_works",
    "get_work",
    "remove_work",
    "corpus_stats",
    "SUPPORTED_SUFFIXES",
]

SUPPORTED_SUFFIXES = (".txt", ".txt.gz", ".md", ".md.gz", ".html", ".htm", ".xhtml")
MANIFEST = "works.jsonl"


@dataclass
class Work:
    """A source work as stored (without its text)."""

    id: int
    title: str
    author: str | None
    year: int | None
    translator: str | None
    language: str | None
    source: str | None
    license_note: str | None
    release_date: str | None
    chars: int
    words: int
    added_at: str
    sha256: str


@dataclass
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


@dataclass
class AddResult:
    """What one ``add`` did for each input."""

    added: list[Work] = field(default_factory=list)
    duplicates: list[tuple[str, Work]] = field(default_factory=list)  # (source, existing work)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

    def record(self, source: str, work: Work, added: bool) -> None:
        if added:
            self.added.append(work)
        else:
            self.duplicates.append((source, work))


def shipped_corpus_dir() -> Path:
    """The default corpus shipped with quotecheck.

    In a source checkout it is ``corpus/`` at the top of the repository; an
    installed package carries a copy as ``quotecheck/_corpus``.
    """
    here = Path(__file__).resolve().parents[1]
    for candidate in (here / "_corpus", here.parent / "corpus"):
        if (candidate / MANIFEST).exists():
            return candidate
    raise QuotecheckError("the shipped corpus is missing from this installation")


def _language_code(language: str | None) -> str | None:
    if not language:
        return None
    names = {
        "english": "en",
        "french": "fr",
        "german": "de",
        "latin": "la",
        "italian": "it",
        "spanish": "es",
        "russian": "ru",
    }
    return names.get(language.strip().lower(), language.strip())


def prepare_text(raw: str, source: str, **overrides) -> SourceText:
    """Strip Gutenberg boilerplate and gather metadata from the header."""
    gutenberg = strip_gutenberg(raw.replace("\r\n", "\n").replace("\r", "\n"))
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
    for key, value in overrides.items():
        if value is not None:
            setattr(result, key, value)
    if not result.title:
        result.title = _title_from_source(source)
    return result


def _title_from_source(source: str) -> str:
    name = Path(urlparse(source).path if document.is_url(source) else source).name
    for suffix in (".gz", ".txt", ".md", ".html", ".htm", ".xhtml"):
        name = name.removesuffix(suffix)
    return name.replace("_", " ").replace("-", " ").strip() or source


def read_source(source: str, **overrides) -> SourceText:
    """Read one file or URL (text, Markdown or HTML) as a source text."""
    doc = document.load_document(source)
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


def _is_html(source: str) -> bool:
    path = urlparse(source).path if document.is_url(source) else source
    return document.is_url(source) or path.lower().removesuffix(".gz").endswith((".html", ".htm", ".xhtml"))


@dataclass
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


def _identity(folded: list[str]) -> tuple[str, int]:
    """``(sha256, word count)`` of a text's normalised words.

    The identity of a text is its words, so re-encoded or re-wrapped copies
    of it are duplicates.
    """
    words = sum(f.count(" ") + 1 for f in folded if f)
    return hashlib.sha256(" ".join(f for f in folded if f).encode("utf-8")).hexdigest(), words


def prepare(src: SourceText) -> PreparedText:
    sections, passages = split_passages(src.text)
    folded = [fold(src.text[p.start : p.end]) for p in passages]
    digest, words = _identity(folded)
    if words == 0:
        raise QuotecheckError(f"{src.source}: no words in the text")
    return PreparedText(src, sections, passages, folded, digest, words)


def add_source(db: sqlite_utils.Database, src: SourceText) -> tuple[Work, bool]:
    """Store one text inside the caller's transaction; ``(work, False)`` if already there."""
    return store_prepared(db, prepare(src))


def store_prepared(db: sqlite_utils.Database, prep: PreparedText) -> tuple[Work, bool]:
    """Write a prepared text (inside the caller's transaction) unless its words are already there."""
    existing = db.execute("SELECT id FROM works WHERE sha256 = ?", [prep.digest]).fetchone()
    if existing:
        return get_work(db, existing[0]), False
    src = prep.src
    cur = db.conn.execute(
        "INSERT INTO works(title, author, year, translator, language, source, license_note,"
        " release_date, sha256, chars, words, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            src.title,
            src.author,
            src.year,
            src.translator,
            src.language,
            src.source,
            src.license_note,
            src.release_date,
            prep.digest,
            len(src.text),
            prep.words,
            utc_now(),
        ],
    )
    work_id = cur.lastrowid
    section_ids: list[int] = []
    for s in prep.sections:
        c = db.conn.execute(
            'INSERT INTO sections(work_id, level, heading, start, "end") VALUES (?,?,?,?,?)',
            [work_id, s.level, s.heading, s.start, s.end],
        )
        section_ids.append(c.lastrowid)
    first = db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM passages").fetchone()[0]
    db.conn.executemany(
        'INSERT INTO passages(id, work_id, seq, start, "end", section_id, paragraph, text)'
        " VALUES (?,?,?,?,?,?,?,?)",
        (
            (
                first + seq,
                work_id,
                seq,
                p.start,
                p.end,
                section_ids[p.section] if p.section >= 0 else None,
                p.paragraph,
                src.text[p.start : p.end],
            )
            for seq, p in enumerate(prep.passages)
        ),
    )
    index_passages(db, zip(range(first, first + len(prep.folded)), prep.folded, strict=True))
    return get_work(db, work_id), True


#: Below this many inputs, preparing in the main process is quicker than starting workers.
PARALLEL_MIN_INPUTS = 4


def _prepare_job(job: tuple[str, dict]) -> tuple[str, PreparedText | None, str | None]:
    """Read and prepare one input (runs in a worker process); errors come back as text."""
    source, overrides = job
    try:
        if overrides.pop("_shipped", False):
            src = prepare_text(document.read_path(source), **overrides)
        else:
            src = read_source(source, **overrides)
        return source, prepare(src), None
    except QuotecheckError as exc:
        return source, None, str(exc)


def _prepared(jobs: list[tuple[str, dict]]) -> Iterator[tuple[str, PreparedText | None, str | None]]:
    """Prepared texts in input order, from worker processes when it pays."""
    # the main process is busy writing, so it keeps one core for itself
    workers = min((os.cpu_count() or 1) - 1, 4)
    if len(jobs) < PARALLEL_MIN_INPUTS or workers < 1:
        yield from map(_prepare_job, jobs)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_prepare_job, jobs, chunksize=1)


def _prepare_contents_job(
    source: str, overrides: dict, warn: Callable[[str], None] | None
) -> tuple[str, PreparedText | None, str | None]:
    """Like :func:`_prepare_job`, but an HTML input is a contents page (see :func:`read_contents`)."""
    if not _is_html(source):
        return _prepare_job((source, dict(overrides)))
    try:
        return source, prepare(read_contents(source, warn=warn, **overrides)), None
    except QuotecheckError as exc:
        return source, None, str(exc)


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


def add_paths(
    db: sqlite_utils.Database,
    inputs: Iterable[str],
    *,
    title: str | None = None,
    author: str | None = None,
    year: int | None = None,
    contents: bool = False,
    progress: Callable[[str], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> AddResult:
    """Add files, directories, globs and URLs in one transaction.

    A bad file named directly is an error that undoes the whole call; inside
    a directory or glob it is skipped with a warning. With ``contents``, an
    HTML input is a table of contents whose chapter pages make one work
    (see :func:`read_contents`).
    """
    result = AddResult()
    overrides = {"title": title, "author": author, "year": year}
    expanded = list(expand_inputs(inputs))
    lenient = {source: flag for source, flag in expanded}
    if contents:  # chapters are fetched in this process, where warnings can be shown
        prepared = (_prepare_contents_job(source, overrides, warn) for source, _ in expanded)
    else:
        prepared = _prepared([(source, dict(overrides)) for source, _ in expanded])
    with transaction(db):
        for source, prep, error in prepared:
            if error is not None:
                if not lenient[source]:
                    raise QuotecheckError(error)
                result.skipped.append((source, error))
                if warn:
                    warn(f"skipped {error}")
                continue
            result.record(source, *store_prepared(db, prep))
            if progress:
                progress(source)
        if result.added:
            refresh_term_stats(db)
    return result


def _manifest(corpus_dir: Path) -> list[dict]:
    with (corpus_dir / MANIFEST).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def add_shipped_corpus(db: sqlite_utils.Database, progress: Callable[[str], None] | None = None) -> AddResult:
    """Add every work of the shipped corpus with its manifest metadata."""
    corpus_dir = shipped_corpus_dir()
    result = AddResult()
    jobs = []
    for entry in _manifest(corpus_dir):
        path = corpus_dir / entry["file"]
        if not path.exists():
            path = corpus_dir / (entry["file"] + ".gz")
        meta = {
            key: entry.get(key)
            for key in ("title", "author", "year", "translator", "language", "license_note")
        }
        jobs.append((str(path), {"_shipped": True, "source": entry.get("source") or entry["file"], **meta}))
    with transaction(db):
        for source, prep, error in _prepared(jobs):
            if error is not None:
                raise QuotecheckError(f"the shipped corpus is damaged: {error}")
            result.record(source, *store_prepared(db, prep))
            if progress:
                progress(source)
        refresh_term_stats(db)
        set_meta(db, "shipped_corpus", "loaded")
    return result


def open_corpus(
    path: str | Path | None = None, progress_factory: Callable[[int], Callable[[str], None]] | None = None
) -> sqlite_utils.Database:
    """Open the database, building it from the shipped corpus on first use.

    ``progress_factory(total)`` may return a callback called once per work.
    """
    db = open_db(path)
    if get_meta(db, "normalizer_version") != str(NORMALIZER_VERSION):
        reindex(db)
    if get_meta(db, "shipped_corpus") is None and db.execute("SELECT count(*) FROM works").fetchone()[0] == 0:
        total = len(_manifest(shipped_corpus_dir()))
        add_shipped_corpus(db, progress_factory(total) if progress_factory else None)
    return db


def reindex(db: sqlite_utils.Database) -> None:
    """Rebuild the word index from the stored passages (after the normaliser changed).

    Words, duplicates (sha256 of the normalised words) and term counts all
    depend on the normaliser; the stored text does not, so nothing is lost.
    """
    with transaction(db):
        db.execute("INSERT INTO passage_index(passage_index) VALUES ('delete-all')")
        for (work_id,) in db.execute("SELECT id FROM works").fetchall():
            rows = db.execute(
                "SELECT id, text FROM passages WHERE work_id = ? ORDER BY seq", [work_id]
            ).fetchall()
            folded = [fold(text) for _, text in rows]
            index_passages(db, zip((pid for pid, _ in rows), folded, strict=True))
            digest, words = _identity(folded)
            db.execute("UPDATE works SET sha256 = ?, words = ? WHERE id = ?", [digest, words, work_id])
        refresh_term_stats(db)
        set_meta(db, "normalizer_version", str(NORMALIZER_VERSION))


def _row_to_work(row: dict) -> Work:
    return Work(**{k: row[k] for k in Work.__dataclass_fields__})


def list_works(db: sqlite_utils.Database) -> list[Work]:
    return [_row_to_work(r) for r in db.query("SELECT * FROM works ORDER BY id")]


def get_work(db: sqlite_utils.Database, work_id: int) -> Work:
    cur = db.conn.execute("SELECT * FROM works WHERE id = ?", [work_id])
    row = cur.fetchone()
    if row is None:
        raise QuotecheckError(f"no work with id {work_id}")
    return _row_to_work(dict(zip((d[0] for d in cur.description), row, strict=True)))


def remove_work(db: sqlite_utils.Database, work_id: int) -> Work:
    """Delete a work, its passages and their index entries, atomically."""
    work = get_work(db, work_id)
    with transaction(db):
        rows = db.execute("SELECT id, text FROM passages WHERE work_id = ?", [work_id]).fetchall()
        unindex_passages(db, rows)
        db.execute("DELETE FROM passages WHERE work_id = ?", [work_id])
        db.execute("DELETE FROM sections WHERE work_id = ?", [work_id])
        db.execute("DELETE FROM works WHERE id = ?", [work_id])
        refresh_term_stats(db)
    return work


def corpus_stats(db: sqlite_utils.Database, db_path: str | Path | None = None) -> dict:
    """Works, characters, words, passages and the on-disk size of text and index."""
    works, chars, words = db.execute(
        "SELECT count(*), coalesce(sum(chars), 0), coalesce(sum(words), 0) FROM works"
    ).fetchone()
    passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
    index_bytes = db.execute("SELECT coalesce(sum(length(block)), 0) FROM passage_index_data").fetchone()[0]
    stats = {
        "works": works,
        "chars": chars,
        "words": words,
        "passages": passages,
        "index_bytes": index_bytes,
    }
    if db_path is not None and os.path.exists(db_path):
        stats["database_bytes"] = os.path.getsize(db_path)
    return stats


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
            chapter = document.load_document(_from_url(url))
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
