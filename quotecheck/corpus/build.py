"""Building the corpus: adding texts (in worker processes when it pays), the shipped corpus, reindexing.

Python API (the CLI is a thin layer over it)::

    db = open_corpus("quotes.db")          # builds from the shipped corpus if new
    added = add_paths(db, ["book.txt"], author="...")

A work is stored with its text cut into passages (see :mod:`.structure`), its
sections, and its passages indexed (see :mod:`quotecheck.store.index`).
Adding is atomic: one transaction per call, so an error or Ctrl-C leaves the
database as it was.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from ..errors import QuotecheckError
from ..io import document
from ..normalize import NORMALIZER_VERSION, fold
from ..store import works as stored
from ..store.db import get_meta, open_db, set_meta, transaction, utc_now
from ..store.index import clear_index, index_passages, refresh_term_stats
from .catalog import Work, get_work
from .characters import find_characters
from .contents import read_contents
from .sources import (
    PreparedText,
    SourceText,
    expand_inputs,
    identity,
    is_html,
    prepare,
    prepare_text,
    read_sources,
)

__all__ = [
    "BuildConfig",
    "AddResult",
    "shipped_corpus_dir",
    "open_corpus",
    "add_source",
    "add_paths",
    "add_shipped_corpus",
    "store_prepared",
    "reindex",
]

MANIFEST = "works.jsonl"


@dataclass(frozen=True)
class BuildConfig:
    """How a large add spreads its preparing over worker processes."""

    #: Below this many inputs, preparing in the main process is quicker than
    #: starting workers (starting a pool costs about what preparing a short
    #: book does); e.g. 4: ``corpus add a.txt b.txt`` stays in one process.
    parallel_min_inputs: int = 4
    #: At most this many workers; more do not help because the main process,
    #: which writes, is the bottleneck; e.g. 4 on an 8-core machine.
    max_workers: int = 4


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


def add_source(db: sqlite_utils.Database, src: SourceText) -> tuple[Work, bool]:
    """Store one text inside the caller's transaction; ``(work, False)`` if already there."""
    return store_prepared(db, prepare(src))


def store_prepared(db: sqlite_utils.Database, prep: PreparedText) -> tuple[Work, bool]:
    """Write a prepared text (inside the caller's transaction) unless its words are already there."""
    existing = stored.work_id_by_sha256(db, prep.digest)
    if existing is not None:
        return get_work(db, existing), False
    src = prep.src
    row = {
        "title": src.title,
        "author": src.author,
        "year": src.year,
        "translator": src.translator,
        "language": src.language,
        "source": src.source,
        "license_note": src.license_note,
        "release_date": src.release_date,
        "sha256": prep.digest,
        "chars": len(src.text),
        "words": prep.words,
        "added_at": utc_now(),
    }
    work_id, passage_ids = stored.insert_work(db, row, prep.sections, prep.passages, src.text)
    stored.insert_characters(db, work_id, prep.characters)
    index_passages(db, zip(passage_ids, prep.folded, strict=True))
    return get_work(db, work_id), True


@dataclass(frozen=True)
class _Job:
    """One input to prepare; ``shipped`` texts are read as plain text with the manifest's metadata."""

    source: str
    overrides: dict
    shipped: bool = False


# (source, its prepared texts: several for a file of several Gutenberg books, error)
Prepared = tuple[str, list[PreparedText], str | None]


def _prepare_job(job: _Job) -> Prepared:
    """Read and prepare one input (runs in a worker process); errors come back as text."""
    try:
        if job.shipped:
            return job.source, [prepare(prepare_text(document.read_path(job.source), **job.overrides))], None
        return job.source, [prepare(src) for src in read_sources(job.source, **job.overrides)], None
    except QuotecheckError as exc:
        return job.source, [], str(exc)


def _prepared(jobs: list[_Job], config: BuildConfig) -> Iterator[Prepared]:
    """Prepared texts in input order, from worker processes when it pays."""
    # the main process is busy writing, so it keeps one core for itself
    workers = min((os.cpu_count() or 1) - 1, config.max_workers)
    if len(jobs) < config.parallel_min_inputs or workers < 1:
        yield from map(_prepare_job, jobs)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers, initializer=_ignore_interrupts) as pool:
        yield from pool.imap(_prepare_job, jobs, chunksize=1)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops them: no traceback from each worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_contents_job(source: str, overrides: dict, warn: Callable[[str], None] | None) -> Prepared:
    """Like :func:`_prepare_job`, but an HTML input is a contents page (see :func:`read_contents`)."""
    if not is_html(source):
        return _prepare_job(_Job(source, dict(overrides)))
    try:
        return source, [prepare(read_contents(source, warn=warn, **overrides))], None
    except QuotecheckError as exc:
        return source, [], str(exc)


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
    config: BuildConfig = BuildConfig(),
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
        prepared = _prepared([_Job(source, dict(overrides)) for source, _ in expanded], config)
    with transaction(db):
        for source, prep, error in prepared:
            if error is not None:
                if not lenient[source]:
                    raise QuotecheckError(error)
                result.skipped.append((source, error))
                if warn:
                    warn(f"skipped {error}")
                continue
            for book in prep:
                result.record(book.src.source, *store_prepared(db, book))
            if progress:
                progress(source)
        if result.added:
            refresh_term_stats(db)
    return result


def _manifest(corpus_dir: Path) -> list[dict]:
    with (corpus_dir / MANIFEST).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def add_shipped_corpus(
    db: sqlite_utils.Database,
    progress: Callable[[str], None] | None = None,
    config: BuildConfig = BuildConfig(),
) -> AddResult:
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
        jobs.append(_Job(str(path), {"source": entry.get("source") or entry["file"], **meta}, shipped=True))
    with transaction(db):
        for source, prep, error in _prepared(jobs, config):
            if error is not None:
                raise QuotecheckError(f"the shipped corpus is damaged: {error}")
            for book in prep:
                result.record(source, *store_prepared(db, book))
            if progress:
                progress(source)
        refresh_term_stats(db)
        set_meta(db, "shipped_corpus", "loaded")
    return result


def open_corpus(
    path: str | Path | None = None,
    progress_factory: Callable[[int], Callable[[str], None]] | None = None,
    notify: Callable[[str], None] | None = None,
) -> sqlite_utils.Database:
    """Open the database, building it from the shipped corpus on first use.

    ``progress_factory(total)`` may return a callback called once per work;
    ``notify`` hears what an upgrade of an older database is doing (it can take a minute).
    """
    db = open_db(path)
    bring_up_to_date(db, notify)
    if get_meta(db, "shipped_corpus") is None and stored.work_count(db) == 0:
        total = len(_manifest(shipped_corpus_dir()))
        add_shipped_corpus(db, progress_factory(total) if progress_factory else None)
    return db


def bring_up_to_date(db: sqlite_utils.Database, notify: Callable[[str], None] | None = None) -> None:
    """Rebuild what depends on the code, not on the texts: the word index (after the normaliser
    changed) and the characters of each work (after the way of finding them changed)."""
    def say(what: str) -> None:
        works = stored.work_count(db) if notify else 0  # counted only when there is an upgrade to tell
        if works:
            notify(f"{what} of {works} works again for this version (once)...")

    if get_meta(db, "normalizer_version") != str(NORMALIZER_VERSION):
        say("indexing the words")
        reindex(db)
    if get_meta(db, "characters") != CHARACTERS_VERSION:
        say("finding the characters")
        find_all_characters(db)  # at once when the database is new


#: Bump when :func:`find_characters` changes: stored characters are found again.
CHARACTERS_VERSION = "6"


def find_all_characters(db: sqlite_utils.Database) -> None:
    """Find the characters of every stored work (a database built before they were kept, or
    after the way of finding them changed): read from the stored text, once."""
    with transaction(db):
        stored.clear_characters(db)
        for work_id in stored.work_ids(db):
            headings = [s["heading"] for s in stored.work_sections(db, work_id)]
            stored.insert_characters(db, work_id, find_characters(stored.work_text(db, work_id), headings))
        set_meta(db, "characters", CHARACTERS_VERSION)


def reindex(db: sqlite_utils.Database) -> None:
    """Rebuild the word index from the stored passages (after the normaliser changed).

    Words, duplicates (sha256 of the normalised words) and term counts all
    depend on the normaliser; the stored text does not, so nothing is lost.
    """
    with transaction(db):
        clear_index(db)
        for work_id in stored.work_ids(db):
            rows = stored.work_passages(db, work_id)
            folded = [fold(text) for _, text in rows]
            index_passages(db, zip((pid for pid, _ in rows), folded, strict=True))
            digest, words = identity(folded)
            stored.set_work_identity(db, work_id, digest, words)
        refresh_term_stats(db)
        set_meta(db, "normalizer_version", str(NORMALIZER_VERSION))
