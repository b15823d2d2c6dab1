"""The passage search index: what goes in, what comes out.

Passages are indexed as their :func:`~quotecheck.normalize.fold`-ed words in a
contentless SQLite FTS5 table (the passage text itself lives once, in
``passages``). Because the words are normalised before FTS5 sees them,
spelling variants, apostrophes and line-break hyphens meet in the index
exactly as they do in the matcher.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from .normalize import fold

__all__ = ["index_passages", "unindex_passages", "term_frequencies"]


def index_passages(db: sqlite_utils.Database, rows: Iterable[tuple[int, str]]) -> None:
    """Add ``(passage_id, passage_text)`` rows to the index."""
    db.conn.executemany(
        "INSERT INTO passage_index(rowid, words) VALUES (?, ?)",
        ((pid, fold(text)) for pid, text in rows),
    )


def unindex_passages(db: sqlite_utils.Database, rows: Iterable[tuple[int, str]]) -> None:
    """Remove passages from the contentless index, which needs the indexed words back."""
    db.conn.executemany(
        "INSERT INTO passage_index(passage_index, rowid, words) VALUES ('delete', ?, ?)",
        ((pid, fold(text)) for pid, text in rows),
    )


def term_frequencies(db: sqlite_utils.Database, terms: Iterable[str]) -> dict[str, int]:
    """How many passages contain each term (0 for a term never seen)."""
    terms = list(dict.fromkeys(terms))
    found = {t: 0 for t in terms}
    for i in range(0, len(terms), 500):
        chunk = terms[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for term, doc in db.conn.execute(
            f"SELECT term, doc FROM passage_vocab WHERE term IN ({marks})", chunk
        ):
            found[term] = doc
    return found
