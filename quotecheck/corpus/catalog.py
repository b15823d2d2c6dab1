"""The works in the corpus: list them, look one up, remove one, count them."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

import sqlite_utils

from ..errors import QuotecheckError
from ..store import works as stored
from ..store.db import transaction
from ..store.index import index_bytes, refresh_term_stats, unindex_passages

__all__ = ["Work", "list_works", "get_work", "remove_work", "corpus_stats"]


@dataclass(frozen=True)
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


_WORK_FIELDS = tuple(f.name for f in fields(Work))


def _row_to_work(row: dict) -> Work:
    return Work(**{k: row[k] for k in _WORK_FIELDS})


def list_works(db: sqlite_utils.Database) -> list[Work]:
    return [_row_to_work(r) for r in stored.all_work_rows(db)]


def get_work(db: sqlite_utils.Database, work_id: int) -> Work:
    row = stored.work_row(db, work_id)
    if row is None:
        raise QuotecheckError(f"no work with id {work_id}")
    return _row_to_work(row)


def remove_work(db: sqlite_utils.Database, work_id: int) -> Work:
    """Delete a work, its passages and their index entries, atomically."""
    work = get_work(db, work_id)
    with transaction(db):
        unindex_passages(db, stored.work_passages(db, work_id))
        stored.delete_work(db, work_id)
        refresh_term_stats(db)
    return work


def corpus_stats(db: sqlite_utils.Database, db_path: str | Path | None = None) -> dict:
    """Works, characters, words, passages and the on-disk size of text and index."""
    stats: dict = {**stored.corpus_totals(db), "index_bytes": index_bytes(db)}
    if db_path is not None and os.path.exists(db_path):
        stats["database_bytes"] = os.path.getsize(db_path)
    return stats
