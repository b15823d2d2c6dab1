"""Reading the stored corpus: works, their text and where an offset lies.

The queries the matcher and the reports need; writing works is
:mod:`quotecheck.corpus`'s job (through :mod:`quotecheck.store.db`).
"""

from __future__ import annotations

import sqlite_utils

from ..corpus.structure import location, paragraphs_before

__all__ = ["work_text", "locate", "work_rows", "passage_count", "passage_texts", "passage_places",
           "passage_ranges", "passage_rows_around"]


def work_rows(db: sqlite_utils.Database) -> dict[int, dict]:
    """Every work's ``id, title, author, year`` by id (a few hundred rows at most per thousand books)."""
    return {row["id"]: row for row in db.query("SELECT id, title, author, year FROM works")}


def passage_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM passages").fetchone()[0] or 1


def passage_places(db: sqlite_utils.Database, ids: list[int]) -> dict[int, tuple[int, int]]:
    """``passage_id -> (work_id, seq)`` for a bounded list of ids (hit lists are limited)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {
        pid: (work_id, seq)
        for pid, work_id, seq in db.execute(f"SELECT id, work_id, seq FROM passages WHERE id IN ({marks})", ids)
    }


def passage_texts(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    """``passage_id -> text`` for a bounded list of ids."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(db.execute(f"SELECT id, text FROM passages WHERE id IN ({marks})", ids).fetchall())


def passage_ranges(db: sqlite_utils.Database, work_ids: list[int]) -> list[tuple[int, int]]:
    """The passage id range ``(first, last)`` of each work (a work's passages have consecutive ids)."""
    if not work_ids:
        return []
    marks = ",".join("?" * len(work_ids))
    return db.execute(
        f"SELECT min(id), max(id) FROM passages WHERE work_id IN ({marks}) GROUP BY work_id", work_ids
    ).fetchall()


def passage_rows_around(db: sqlite_utils.Database, work_id: int, seq: int, reach: int) -> list[tuple[int, int, str]]:
    """``(seq, start, text)`` of a work's passages ``seq - reach .. seq + reach``, in order."""
    return db.execute(
        "SELECT seq, start, text FROM passages WHERE work_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
        [work_id, seq - reach, seq + reach],
    ).fetchall()


def work_text(db: sqlite_utils.Database, work_id: int, start: int = 0, end: int | None = None) -> str:
    """The stored text of a work, or of its span ``[start, end)``."""
    end_bound = end if end is not None else 1 << 62
    rows = db.execute(
        'SELECT start, text FROM passages WHERE work_id = ? AND "end" > ? AND start < ? ORDER BY seq',
        [work_id, start, end_bound],
    ).fetchall()
    if not rows:
        return ""
    base = rows[0][0]
    joined = "".join(text for _, text in rows)
    return joined[start - base : (end - base) if end is not None else None]


def locate(db: sqlite_utils.Database, work_id: int, offset: int) -> str:
    """Where ``offset`` of a stored work lies, as a reader cites it: "CHAPTER 1. Loomings, paragraph 2"."""
    row = db.execute(
        "SELECT p.start, p.paragraph, p.text, s.heading FROM passages p "
        "LEFT JOIN sections s ON s.id = p.section_id "
        "WHERE p.work_id = ? AND p.start <= ? ORDER BY p.seq DESC LIMIT 1",
        [work_id, offset],
    ).fetchone()
    if row is None:
        return ""
    start, paragraph, text, heading = row
    return location(heading, paragraph + paragraphs_before(text, offset - start))




def work_sections(db: sqlite_utils.Database, work_id: int) -> list[dict]:
    """A work's sections in order: ``{heading, start, end}``."""
    return [
        {"heading": h, "start": s, "end": e}
        for h, s, e in db.execute('SELECT heading, start, "end" FROM sections WHERE work_id = ? ORDER BY start', [work_id])
    ]
