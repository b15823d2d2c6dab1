"""The SQLite database: where it lives, its schema, and its transactions.

One file holds everything (source works, their passages and search index,
checked documents and their results) so that a ``quotes.db`` can be copied,
opened in ``datasette`` or queried with plain SQL. The schema is documented
in the README; :data:`SCHEMA_VERSION` changes when it does.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils
from sqlite_utils.db import NotFoundError

from ..errors import QuotecheckError
from ..normalize import NORMALIZER_VERSION

__all__ = ["utc_now", "default_db_path", "open_db", "transaction", "get_meta", "set_meta", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1
DEFAULT_DB = "quotes.db"


def default_db_path() -> Path:
    """``$QUOTECHECK_DB`` or ``./quotes.db``."""
    return Path(os.environ.get("QUOTECHECK_DB") or DEFAULT_DB)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS works (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT,
    year INTEGER,
    translator TEXT,
    language TEXT,
    source TEXT,
    license_note TEXT,
    release_date TEXT,
    sha256 TEXT NOT NULL UNIQUE,
    chars INTEGER NOT NULL,
    words INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    level INTEGER NOT NULL,
    heading TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_sections_work ON sections(work_id, start);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    paragraph INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_passages_work ON passages(work_id, seq);
CREATE VIRTUAL TABLE IF NOT EXISTS passage_index USING fts5(
    words, content='', detail=full,
    tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS passage_vocab USING fts5vocab(passage_index, 'row');
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT,
    chars INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (source, sha256)
);
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    corpus_works INTEGER NOT NULL,
    corpus_chars INTEGER NOT NULL,
    options TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_checks_document ON checks(document_id);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    check_id INTEGER NOT NULL REFERENCES checks(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    claimed_author TEXT,
    claimed_work TEXT,
    cue TEXT,
    segments TEXT NOT NULL,
    insertions TEXT NOT NULL,
    verdict TEXT,
    score REAL,
    note TEXT,
    work_id INTEGER REFERENCES works(id) ON DELETE SET NULL,
    work_title TEXT,
    work_author TEXT,
    location TEXT,
    match_start INTEGER,
    match_end INTEGER,
    original TEXT,
    context TEXT,
    diff TEXT,
    meaning_changes TEXT,
    alternatives TEXT,
    quoted_in TEXT
);
CREATE INDEX IF NOT EXISTS idx_quotes_check ON quotes(check_id, seq);
CREATE INDEX IF NOT EXISTS idx_quotes_verdict ON quotes(verdict);
CREATE INDEX IF NOT EXISTS idx_quotes_work ON quotes(work_id);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject')),
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_reviews_quote ON reviews(quote_id);
CREATE TABLE IF NOT EXISTS characters (
    work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    speeches INTEGER NOT NULL,
    PRIMARY KEY (work_id, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS term_stats (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;
"""


def open_db(path: str | Path | None = None, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create) the database, with foreign keys on."""
    path = Path(path) if path is not None else default_db_path()
    if not create and not path.exists():
        raise QuotecheckError(f"{path}: no such database")
    if path.exists() and path.is_dir():
        raise QuotecheckError(f"{path}: is a directory, not a database")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = -65536")
        db = sqlite_utils.Database(conn)
        if create:
            conn.executescript(_SCHEMA)
            _add_missing_columns(db)
            if get_meta(db, "schema_version") is None:
                set_meta(db, "schema_version", str(SCHEMA_VERSION))
                set_meta(db, "normalizer_version", str(NORMALIZER_VERSION))
    except sqlite3.DatabaseError as exc:
        raise QuotecheckError(f"{path}: not a quotecheck database ({exc})") from exc
    return db


# Columns added after a table first shipped: (table, column, type). Older
# databases gain them on open, so a stored history keeps working.
_ADDED_COLUMNS = [("quotes", "quoted_in", "TEXT")]


def _add_missing_columns(db: sqlite_utils.Database) -> None:
    for table, column, kind in _ADDED_COLUMNS:
        if column not in db[table].columns_dict:
            db[table].add_column(column, kind)


def utc_now() -> str:
    """The time stamp stored with works, checks and reviews (UTC, seconds)."""
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    try:
        return db["meta"].get(key)["value"]
    except NotFoundError:
        return None


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db["meta"].upsert({"key": key, "value": value}, pk="key")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """All-or-nothing: an exception or Ctrl-C inside leaves the database as it was.

    Transactions nest: inside another one this is sqlite-utils' ``atomic()``,
    a savepoint that an error rolls back alone. The outermost one takes the
    write lock at once (``BEGIN IMMEDIATE``; ``atomic()`` begins a deferred
    transaction) so that a second writer waits on the busy timeout at the
    start instead of failing half-way with "database is locked".
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.commit()
    except BaseException:
        db.rollback()  # a no-op if the error already ended the transaction
        raise
