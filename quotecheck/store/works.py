"""The stored corpus: works, their sections and passages, read and written.

Reads are the queries the matcher, the reports and the CLI need; the writes
are the ones :mod:`quotecheck.corpus` makes when it adds, reindexes or removes
a work (always inside its transaction, see :func:`quotecheck.store.db.transaction`).
The passages' search index is :mod:`quotecheck.store.index`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import sqlite_utils

from ..corpus.structure import Passage, Section, location, paragraphs_before

__all__ = [
    "work_text",
    "locate",
    "cite",
    "work_rows",
    "work_row",
    "all_work_rows",
    "work_ids",
    "work_count",
    "work_id_by_sha256",
    "work_sections",
    "work_passages",
    "corpus_totals",
    "insert_work",
    "set_work_identity",
    "delete_work",
    "passage_count",
    "passage_texts",
    "passage_places",
    "passage_spans",
    "data_state",
    "passage_ranges",
    "passage_rows_around",
]


def work_rows(db: sqlite_utils.Database) -> dict[int, dict]:
    """Every work's ``id, title, author, year`` by id (a few hundred rows at most per thousand books)."""
    return {row["id"]: row for row in db.query("SELECT id, title, author, year, translator FROM works")}


def passage_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM passages").fetchone()[0] or 1


def passage_places(db: sqlite_utils.Database, ids: list[int]) -> dict[int, tuple[int, int]]:
    """``passage_id -> (work_id, seq)`` for a bounded list of ids (hit lists are limited)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {
        pid: (work_id, seq)
        for pid, work_id, seq in db.execute(
            f"SELECT id, work_id, seq FROM passages WHERE id IN ({marks})", ids
        )
    }


def passage_spans(db: sqlite_utils.Database) -> list[tuple[int, int, int, int]] | None:
    """``(first id, last id, work id, first seq)`` of every work's passages, by first id.

    A work's passages have consecutive ids in ``seq`` order (:func:`insert_work`),
    so these place any passage id without a query. ``None`` when a work's
    ends do not bear that out (a database written some other way). Two index
    seeks per work: milliseconds for hundreds of books.
    """
    rows = db.execute(
        "SELECT w.id, f.id, f.seq, l.id, l.seq FROM works w"
        " JOIN passages f ON f.id = (SELECT id FROM passages WHERE work_id = w.id ORDER BY seq LIMIT 1)"
        " JOIN passages l ON l.id = (SELECT id FROM passages WHERE work_id = w.id ORDER BY seq DESC LIMIT 1)"
    ).fetchall()
    spans = sorted((first, last, work_id, first_seq) for work_id, first, first_seq, last, last_seq in rows)
    if any(last - first != last_seq - first_seq for work_id, first, first_seq, last, last_seq in rows):
        return None
    if any(a[1] >= b[0] for a, b in pairwise(spans)):
        return None
    return spans


def data_state(db: sqlite_utils.Database) -> tuple[int, int]:
    """Changes when anyone (another connection, or this one) has written to the database since."""
    return db.conn.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes


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


def passage_rows_around(
    db: sqlite_utils.Database, work_id: int, seq: int, reach: int
) -> list[tuple[int, int, str]]:
    """``(seq, start, text)`` of a work's passages ``seq - reach .. seq + reach``, in order."""
    return db.execute(
        "SELECT seq, start, text FROM passages WHERE work_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
        [work_id, seq - reach, seq + reach],
    ).fetchall()


def work_text(db: sqlite_utils.Database, work_id: int, start: int = 0, end: int | None = None) -> str:
    """The stored text of a work, or of its span ``[start, end)``."""
    end_bound = end if end is not None else 1 << 62
    first = _last_starting_by(db, work_id, start)
    last = _last_starting_by(db, work_id, end_bound - 1) if end is not None else 1 << 62
    if last is None:
        return ""
    rows = db.execute(
        'SELECT start, text FROM passages WHERE work_id = ? AND seq BETWEEN ? AND ? AND "end" > ? AND start < ? '
        "ORDER BY seq",
        [work_id, -(1 << 62) if first is None else first, last, start, end_bound],
    ).fetchall()
    if not rows:
        return ""
    base = rows[0][0]
    joined = "".join(text for _, text in rows)
    return joined[start - base : (end - base) if end is not None else None]


def _last_starting_by(db: sqlite_utils.Database, work_id: int, offset: int) -> int | None:
    """The ``seq`` of the work's last passage starting at or before ``offset``, if any.

    Passages start in ``seq`` order, so this is a binary search of index seeks on ``(work_id,
    seq)``: asked of SQLite as "start <= ? ORDER BY seq DESC", it reads every later passage of the
    work (milliseconds near the start of a long book, on every place reported or read around).
    """
    lo, hi = db.execute("SELECT min(seq), max(seq) FROM passages WHERE work_id = ?", [work_id]).fetchone()
    found = None
    while lo is not None and lo <= hi:
        mid = (lo + hi) // 2
        row = db.execute(
            "SELECT seq, start FROM passages WHERE work_id = ? AND seq >= ? ORDER BY seq LIMIT 1", [work_id, mid]
        ).fetchone()
        if row is not None and row[0] <= hi and row[1] <= offset:
            found, lo = row[0], row[0] + 1
        else:
            hi = mid - 1
    return found


def locate(db: sqlite_utils.Database, work_id: int, offset: int) -> str:
    """Where ``offset`` of a stored work lies, as a reader cites it: "CHAPTER 1. Loomings, paragraph 2"."""
    row = _passage_at(db, work_id, offset)
    if row is None:
        return ""
    start, paragraph, text, heading = row
    return cite(heading, paragraph, text, offset - start)


def cite(heading: str | None, paragraph: int, text: str, at: int) -> str:
    """How a reader cites ``text[at]`` of a passage (``paragraph``: its first paragraph's number
    in section ``heading``): "CHAPTER 1. Loomings, paragraph 2", or "Micah, 6:8" where the text
    numbers its verses."""
    verse = _verse_at(text, at)
    if verse:
        return f"{heading}, {verse}" if heading else verse
    return location(heading, paragraph + paragraphs_before(text, at))


#: A verse's number, "6:8 He hath shewed thee, O man": at a paragraph's start, or after the
#: verse before it ("... for the sin of my soul?  6:8 He hath ...", the King James Bible).
_VERSE = re.compile(r"(?<![\w:,])(\d{1,3}:\d{1,3})[ \t\n]+(?=[A-Z])")


def _verse_at(text: str, at: int) -> str | None:
    """The chapter and verse ``text[at]`` lies in, when its paragraph opens with a verse number
    (so that "at 3:30 The train left" in prose is no verse)."""
    paragraph = text.rfind("\n\n", 0, at) + 1  # the blank line's second newline, or 0
    if not _VERSE.match(text, _FIRST_CHARACTER.match(text, paragraph).end()):
        return None
    marks = list(_VERSE.finditer(text, paragraph, at + 1))
    return marks[-1].group(1) if marks else None


_FIRST_CHARACTER = re.compile(r"\s*")


def section_heading(db: sqlite_utils.Database, work_id: int, offset: int) -> str | None:
    """The heading of the section ``offset`` of a stored work lies in ("The First Epistle of Paul
    the Apostle to Timothy"), if it has one."""
    row = _passage_at(db, work_id, offset)
    return row[3] if row is not None else None


def _passage_at(db: sqlite_utils.Database, work_id: int, offset: int) -> tuple | None:
    """(start, paragraph, text, section heading) of the passage holding ``offset``."""
    seq = _last_starting_by(db, work_id, offset)
    if seq is None:
        return None
    return db.execute(
        "SELECT p.start, p.paragraph, p.text, s.heading FROM passages p "
        "LEFT JOIN sections s ON s.id = p.section_id WHERE p.work_id = ? AND p.seq = ?",
        [work_id, seq],
    ).fetchone()


def work_row(db: sqlite_utils.Database, work_id: int) -> dict | None:
    """Every column of one work, or ``None`` if there is no such work.

    Read with the plain connection: ``db.query`` and ``Table.get`` wrap the
    read in a savepoint, and every savepoint makes FTS5 flush the index rows
    it holds in memory, which halves the speed of a large add.
    """
    cur = db.conn.execute("SELECT * FROM works WHERE id = ?", [work_id])
    row = cur.fetchone()
    return None if row is None else dict(zip((d[0] for d in cur.description), row, strict=True))


def all_work_rows(db: sqlite_utils.Database) -> list[dict]:
    """Every column of every work, in the order they were added."""
    return list(db["works"].rows_where(order_by="id"))


def work_ids(db: sqlite_utils.Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM works ORDER BY id").fetchall()]


def work_count(db: sqlite_utils.Database) -> int:
    return db["works"].count


def work_id_by_sha256(db: sqlite_utils.Database, digest: str) -> int | None:
    """The work whose normalised words hash to ``digest`` (the duplicate test), if any."""
    row = db.execute("SELECT id FROM works WHERE sha256 = ?", [digest]).fetchone()
    return row[0] if row else None


def work_sections(db: sqlite_utils.Database, work_id: int) -> list[dict]:
    """A work's sections as ``{"heading", "start", "end"}``, in text order."""
    return [
        {"heading": heading, "start": start, "end": end}
        for heading, start, end in db.execute(
            'SELECT heading, start, "end" FROM sections WHERE work_id = ? ORDER BY start', [work_id]
        )
    ]


def work_passages(db: sqlite_utils.Database, work_id: int) -> list[tuple[int, str]]:
    """``(passage_id, text)`` of a work's passages in order (to reindex or unindex them)."""
    return db.execute("SELECT id, text FROM passages WHERE work_id = ? ORDER BY seq", [work_id]).fetchall()


def corpus_totals(db: sqlite_utils.Database) -> dict[str, int]:
    """``works``, ``chars``, ``words`` and ``passages`` in the whole corpus."""
    works, chars, words = db.execute(
        "SELECT count(*), coalesce(sum(chars), 0), coalesce(sum(words), 0) FROM works"
    ).fetchone()
    passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
    return {"works": works, "chars": chars, "words": words, "passages": passages}


def insert_work(
    db: sqlite_utils.Database, work: dict, sections: Sequence[Section], passages: Sequence[Passage], text: str
) -> tuple[int, range]:
    """Write a work (its ``works`` columns but ``id``), its sections and passages; ``(work id, passage ids)``.

    A work's passages get consecutive ids, so that a range of ids stands for
    a work (see :func:`passage_ranges`) and the index can be written with the
    ids without reading them back.

    Plain ``executemany`` rather than sqlite-utils' ``insert``/``insert_all``,
    on purpose: those open a savepoint per call, and a savepoint makes FTS5
    flush its pending index rows to disk; one per work made indexing the
    benchmark books 20% slower. ``insert_all`` also builds its rows in Python
    and is slower on the hundreds of thousands of passages of a large add.
    """
    columns = ", ".join(f'"{c}"' for c in work)
    cur = db.conn.execute(
        f"INSERT INTO works({columns}) VALUES ({','.join('?' * len(work))})", list(work.values())
    )
    work_id = cur.lastrowid
    first_section = _next_id(db, "sections")
    db.conn.executemany(
        'INSERT INTO sections(id, work_id, level, heading, start, "end") VALUES (?,?,?,?,?,?)',
        ((first_section + i, work_id, s.level, s.heading, s.start, s.end) for i, s in enumerate(sections)),
    )
    first = _next_id(db, "passages")
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
                first_section + p.section if p.section >= 0 else None,
                p.paragraph,
                text[p.start : p.end],
            )
            for seq, p in enumerate(passages)
        ),
    )
    return work_id, range(first, first + len(passages))


def _next_id(db: sqlite_utils.Database, table: str) -> int:
    """The id SQLite would give the next row of ``table`` (max + 1), to assign a block of ids."""
    return db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def set_work_identity(db: sqlite_utils.Database, work_id: int, digest: str, words: int) -> None:
    """Store a work's duplicate hash and word count (they change with the normaliser).

    Plain SQL, not ``Table.update``: its savepoint would flush FTS5's pending
    rows once per work of a reindex (see :func:`insert_work`).
    """
    db.execute("UPDATE works SET sha256 = ?, words = ? WHERE id = ?", [digest, words, work_id])


def insert_characters(db: sqlite_utils.Database, work_id: int, characters: dict[str, int]) -> None:
    """The people who speak in a work (see :mod:`quotecheck.corpus.characters`)."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO characters(work_id, name, speeches) VALUES (?,?,?)",
        ((work_id, name, n) for name, n in characters.items()),
    )


def clear_characters(db: sqlite_utils.Database) -> None:
    db.execute("DELETE FROM characters")


def all_characters(db: sqlite_utils.Database) -> dict[int, dict[str, int]]:
    """``work_id -> {name: speeches}`` for every work."""
    out: dict[int, dict[str, int]] = {}
    for work_id, name, n in db.execute("SELECT work_id, name, speeches FROM characters"):
        out.setdefault(work_id, {})[name] = n
    return out


def works_without_characters(db: sqlite_utils.Database) -> list[int]:
    return [
        r[0]
        for r in db.execute("SELECT id FROM works WHERE id NOT IN (SELECT DISTINCT work_id FROM characters) ORDER BY id")
    ]


def delete_work(db: sqlite_utils.Database, work_id: int) -> None:
    """Delete a work with its passages and sections (unindex the passages first)."""
    for table, column in (
        ("characters", "work_id"),
        ("passages", "work_id"),
        ("sections", "work_id"),
        ("works", "id"),
    ):
        db[table].delete_where(f"{column} = ?", [work_id])
