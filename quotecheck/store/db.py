"""The SQLite database: where it lives, its schema, and its transactions.

One file holds everything (source works, their passages and search index,
checked documents and their results) so that a ``quotes.db`` can be copied,
opened in ``datasette`` or queried with plain SQL. The schema is documented
in the README; :data:`SCHEMA_VERSION` changes when it does.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from ..errors import QuotecheckError
from ..normalize import NORMALIZER_VERSION

__all__ = [
    "utc_now",
    "default_db_path",
    "open_db",
    "transaction",
    "read_snapshot",
    "retry_write",
    "writable",
    "database_error",
    "DbConfig",
    "get_meta",
    "set_meta",
    "SCHEMA_VERSION",
]

SCHEMA_VERSION = 1
DEFAULT_DB = "quotes.db"


@dataclass(frozen=True)
class DbConfig:
    """How long database work waits for another process instead of failing."""

    #: A statement that finds the database locked waits this long (SQLite's
    #: busy timeout) before failing: in WAL mode readers never wait, so only a
    #: writer meeting another writer (a check stored during a review) does.
    busy_timeout_s: float = 30.0
    #: A finished check is stored even when a long ``corpus add`` holds the
    #: write lock: storing is retried for this long (the 659 benchmark books
    #: take 20-60 s to add) so that matching work is never thrown away.
    write_patience_s: float = 900.0


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
    quoted_in TEXT,
    form TEXT,
    speaker TEXT,
    inferred INTEGER
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


def open_db(
    path: str | Path | None = None, *, create: bool = True, config: DbConfig = DbConfig()
) -> sqlite_utils.Database:
    """Open (and if needed create) the database in WAL mode, with foreign keys on.

    WAL lets any number of readers (checks matching, ``history``, ``corpus
    list``) run while one process writes, e.g. a long ``corpus add``. A
    database that cannot be written (a read-only file or folder) is opened
    read-only; :func:`writable` tells, and :func:`transaction` refuses with a
    clear message before any work is done.
    """
    path = Path(path) if path is not None else default_db_path()
    if not create and not path.exists():
        raise QuotecheckError(f"{path}: no such database")
    if path.exists() and path.is_dir():
        raise QuotecheckError(f"{path}: is a directory, not a database")
    if not path.exists() and not path.parent.is_dir():
        raise QuotecheckError(f"{path}: cannot create the database: no such folder {path.parent}")
    try:
        conn = _connect(path, config)
        db = sqlite_utils.Database(conn)
        if writable(db):
            if create:
                _ensure_schema(db)
        elif get_meta(db, "schema_version") is None:
            raise QuotecheckError(f"{path}: not a quotecheck database (read-only and without its tables)")
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    return db


def _connect(path: Path, config: DbConfig) -> sqlite3.Connection:
    """A connection: read-write in WAL mode, or read-only when the file or its folder is."""
    exists = path.exists()
    if exists and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=config.busy_timeout_s)
        conn.execute("PRAGMA journal_mode = WAL")
    elif exists:
        conn = _connect_read_only(path, config)
    else:
        if not os.access(path.parent, os.W_OK):
            raise QuotecheckError(f"{path}: cannot create the database: the folder is read-only")
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=config.busy_timeout_s)
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA journal_size_limit = 67108864")  # the WAL shrinks back after a large add
    return conn


def _connect_read_only(path: Path, config: DbConfig) -> sqlite3.Connection:
    """Read-only; ``immutable`` when not even WAL's shared-memory file can be made (a read-only folder)."""
    uri = path.resolve().as_uri()
    for flags in ("mode=ro", "immutable=1"):
        conn = sqlite3.connect(f"{uri}?{flags}", uri=True, isolation_level=None, timeout=config.busy_timeout_s)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            continue
        conn.execute("PRAGMA query_only = ON")
        return conn
    raise QuotecheckError(f"{path}: cannot read the database (permission denied)")


def _ensure_schema(db: sqlite_utils.Database) -> None:
    """Create what is missing; a current database is only read, so opening takes no write lock."""
    present = {row[0] for row in db.conn.execute("SELECT name FROM sqlite_master")}
    if (
        present >= set(_SCHEMA_NAMES)
        and get_meta(db, "schema_version") is not None
        and all(column in db[table].columns_dict for table, column, _ in _ADDED_COLUMNS)
    ):
        return
    with transaction(db):
        for statement in _statements():
            db.conn.execute(statement)
        _add_missing_columns(db)
        if get_meta(db, "schema_version") is None:
            set_meta(db, "schema_version", str(SCHEMA_VERSION))
            set_meta(db, "normalizer_version", str(NORMALIZER_VERSION))


#: Every table and index of the schema (an older database may lack one added since).
_SCHEMA_NAMES = re.findall(r"CREATE (?:VIRTUAL )?(?:TABLE|INDEX) IF NOT EXISTS (\w+)", _SCHEMA)


def _statements() -> list[str]:
    """The schema's statements one by one (``executescript`` would commit the open transaction)."""
    return [s.strip() for s in _SCHEMA.split(";\n") if s.strip()]


def writable(db: sqlite_utils.Database) -> bool:
    """Whether the database can be written (it was not opened read-only)."""
    return not db.conn.execute("PRAGMA query_only").fetchone()[0]


def database_error(exc: sqlite3.Error, path: str | Path | None = None) -> QuotecheckError:
    """One clear line for an SQLite error: locked, read-only, permission, full, damaged, not a database."""
    where = f"{path}: " if path is not None else ""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        why = "the database is locked by another quotecheck process (a corpus add?); try again when it finishes"
    elif "readonly" in text or "read-only" in text:
        why = "the database is read-only (a read-only file or folder): nothing can be stored"
    elif "unable to open" in text or "permission" in text or "access" in text:
        why = "cannot open the database (permission denied, or the folder is missing or read-only)"
    elif "full" in text:
        why = "the disk is full; nothing was stored"
    elif "malformed" in text or "corrupt" in text:
        why = "the database is damaged (malformed); restore it from a copy"
    elif "not a database" in text or "encrypted" in text:
        why = "not a quotecheck database (not an SQLite file)"
    else:
        why = f"database error ({exc})"
    return QuotecheckError(where + why)


# Columns added after a table first shipped: (table, column, type). Older
# databases gain them on open, so a stored history keeps working.
_ADDED_COLUMNS = [
    ("quotes", "quoted_in", "TEXT"),
    ("quotes", "form", "TEXT"),
    ("quotes", "speaker", "TEXT"),
    ("quotes", "inferred", "INTEGER"),
]


def _add_missing_columns(db: sqlite_utils.Database) -> None:
    for table, column, kind in _ADDED_COLUMNS:
        if column not in db[table].columns_dict:
            db[table].add_column(column, kind)


def utc_now() -> str:
    """The time stamp stored with works, checks and reviews (UTC, seconds)."""
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    """A ``meta`` value; None when unset or when the database has no tables yet."""
    try:
        row = db.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return row[0] if row else None


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db["meta"].upsert({"key": key, "value": value}, pk="key")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """All-or-nothing: an exception or Ctrl-C inside leaves the database as it was.

    Transactions nest: inside another one this is sqlite-utils' ``atomic()``,
    a savepoint that an error rolls back alone. The outermost one takes the
    write lock at once (``BEGIN IMMEDIATE``; ``atomic()`` begins a deferred
    transaction) so that a second writer waits on the busy timeout at the
    start instead of failing half-way with "database is locked". A read-only
    database is refused here, before any work.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    if not writable(db):
        raise QuotecheckError("the database is read-only (a read-only file or folder): nothing can be changed")
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.commit()
    except BaseException:
        db.rollback()  # a no-op if the error already ended the transaction
        raise


@contextmanager
def read_snapshot(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Reads inside see one state of the database, whatever other processes commit meanwhile.

    A check matches inside one: works added by a ``corpus add`` that commits
    half-way through are not seen by some quotations and not others (and
    never found in the index but missing from the works read at the start).
    Inside another transaction this is that transaction.
    """
    if db.conn.in_transaction:
        yield db
        return
    db.conn.execute("BEGIN")
    try:
        yield db
    finally:
        if db.conn.in_transaction:
            db.conn.execute("COMMIT")  # nothing was written: this only ends the snapshot


T = TypeVar("T")


def retry_write(write: Callable[[], T], config: DbConfig = DbConfig()) -> T:
    """Run ``write`` (one transaction), retrying while another process holds the write lock.

    Each attempt already waits the busy timeout; a ``corpus add`` can hold
    the lock longer, so attempts go on for ``write_patience_s``.
    """
    deadline = time.monotonic() + config.write_patience_s
    while True:
        try:
            return write()
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if not ("locked" in text or "busy" in text) or time.monotonic() >= deadline:
                raise
            time.sleep(0.5)
