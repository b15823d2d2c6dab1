"""Checks in the database: documents, checks, their quotations' results and reviews.

One mapping each way between a :class:`~quotecheck.records.QuoteResult` and
a row of ``quotes`` (:func:`quote_row`, :func:`quote_from_row`). A check is
stored whole or not at all (one transaction); checking a document again adds
a new check, so its history is kept.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, replace
from typing import Any

import sqlite_utils

from ..errors import QuotecheckError
from ..records import (
    CheckResult,
    Decision,
    Edit,
    Insertion,
    Kind,
    Match,
    Meaning,
    Op,
    Place,
    Quote,
    QuoteResult,
    Review,
    Segment,
    Source,
    Verdict,
)
from .db import DbConfig, retry_write, transaction, utc_now

__all__ = [
    "document_sha256",
    "save_check",
    "load_check",
    "list_checks",
    "latest_check_id",
    "record_review",
    "carry_reviews",
    "quote_row",
    "quote_from_row",
    "corpus_size",
    "check_document",
    "reviewed_counts",
    "check_of_quote",
]


def document_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def corpus_size(db: sqlite_utils.Database) -> dict[str, int]:
    """``{"works", "chars"}``: what a check was run against."""
    works, chars = db.execute("SELECT count(*), coalesce(sum(chars), 0) FROM works").fetchone()
    return {"works": works, "chars": chars}


def _document_id(db: sqlite_utils.Database, source: str, fmt: str, title: str | None, text: str) -> int:
    sha = document_sha256(text)
    row = db.execute("SELECT id FROM documents WHERE source = ? AND sha256 = ?", [source, sha]).fetchone()
    if row:
        return row[0]
    return db.conn.execute(
        "INSERT INTO documents(source, sha256, format, title, chars, text) VALUES (?,?,?,?,?,?)",
        [source, sha, fmt, title, len(text), text],
    ).lastrowid


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def quote_row(result: QuoteResult) -> dict[str, Any]:
    """The ``quotes`` row of a result (without ``check_id`` and ``seq``)."""
    q, m = result.quote, result.match
    s = m.source if m else None
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": str(q.kind),
        "claimed_author": q.claimed_author,
        "claimed_work": q.claimed_work,
        "cue": q.cue,
        "segments": _dumps([asdict(x) for x in q.segments]),
        "insertions": _dumps([asdict(x) for x in q.insertions]),
        "verdict": str(m.verdict) if m else None,
        "score": m.score if m else None,
        "note": result.note,
        "work_id": s.work_id if s else None,
        "work_title": s.title if s else None,
        "work_author": s.author if s else None,
        "location": s.location if s else None,
        "match_start": s.start if s else None,
        "match_end": s.end if s else None,
        "original": s.text if s else None,
        "context": result.context,
        "diff": _dumps([asdict(e) for e in s.diff]) if s else (_dumps([]) if m else None),
        "meaning_changes": _dumps(list(m.meaning_changes)) if m else None,
        "alternatives": _dumps([asdict(p) for p in m.alternatives]) if m else None,
        "quoted_in": _dumps([asdict(p) for p in m.quoted_in]) if m else None,
        "form": q.form,
        "speaker": q.speaker,
        "inferred": int(q.inferred),
    }


def _loads(value: str | None) -> list:
    return json.loads(value) if value else []


def _place(d: dict) -> Place:
    return Place(**{**d, "verdict": Verdict(d["verdict"]) if d.get("verdict") else None})


def _edit(d: dict) -> Edit:
    return Edit(
        op=Op(d["op"]),
        quoted=d["quoted"],
        original=d["original"],
        moved=d.get("moved", False),
        meaning=Meaning(d["meaning"]) if d.get("meaning") else None,
        editorial=d.get("editorial", False),
    )


def quote_from_row(row: dict[str, Any], review: Review | None = None) -> QuoteResult:
    """The result record of a ``quotes`` row (the inverse of :func:`quote_row`)."""
    quote = Quote(
        text=row["text"],
        start=row["start"],
        end=row["end"],
        kind=Kind(row["kind"]),
        segments=tuple(Segment(**s) for s in _loads(row["segments"])),
        insertions=tuple(Insertion(**i) for i in _loads(row["insertions"])),
        claimed_author=row["claimed_author"],
        claimed_work=row["claimed_work"],
        cue=row["cue"],
        form=row.get("form") or "marks",  # checks stored before the column: read as quote-marked
        speaker=row.get("speaker"),
        inferred=bool(row.get("inferred")),
    )
    match = None
    if row["verdict"]:
        source = None
        if row["work_id"] is not None or row["match_start"] is not None:
            source = Source(
                work_id=row["work_id"],
                title=row["work_title"],
                author=row["work_author"],
                year=None,
                location=row["location"],
                start=row["match_start"],
                end=row["match_end"],
                text=row["original"],
                diff=tuple(_edit(d) for d in _loads(row["diff"])),
            )
        match = Match(
            verdict=Verdict(row["verdict"]),
            score=row["score"],
            source=source,
            alternatives=tuple(_place(d) for d in _loads(row["alternatives"])),
            quoted_in=tuple(_place(d) for d in _loads(row["quoted_in"])),
            note=row["note"],
            meaning_changes=tuple(Meaning(x) for x in _loads(row["meaning_changes"])),
        )
    return QuoteResult(
        quote=quote, match=match, note=row["note"], context=row["context"], id=row["id"], review=review
    )


def save_check(
    db: sqlite_utils.Database,
    *,
    source: str,
    fmt: str,
    title: str | None,
    text: str,
    results: list[QuoteResult],
    tool_version: str,
    options: dict[str, Any],
    db_config: DbConfig | None = None,
) -> CheckResult:
    """Store a check whole (one transaction) and return it as stored, with ids.

    The matching is done by now and must not be lost: while another process
    holds the write lock (a long ``corpus add``) storing is retried (see
    :func:`~quotecheck.store.db.retry_write`).
    """
    corpus = corpus_size(db)
    created = utc_now()

    def write() -> tuple[int, list[QuoteResult]]:
        with transaction(db):
            document_id = _document_id(db, source, fmt, title, text)
            check_id = db.conn.execute(
                "INSERT INTO checks(document_id, created_at, tool_version, corpus_works, corpus_chars, options)"
                " VALUES (?,?,?,?,?,?)",
                [document_id, created, tool_version, corpus["works"], corpus["chars"], json.dumps(options)],
            ).lastrowid
            stored = []
            for seq, result in enumerate(results):
                row = {"check_id": check_id, "seq": seq, **quote_row(result)}
                columns = ", ".join(f'"{c}"' for c in row)
                quote_id = db.conn.execute(
                    f"INSERT INTO quotes({columns}) VALUES ({','.join('?' * len(row))})", list(row.values())
                ).lastrowid
                stored.append(replace(result, id=quote_id))
            carried = carry_reviews(db, check_id, document_id)
        return check_id, [replace(r, review=carried.get(r.id, r.review)) for r in stored]

    check_id, stored = retry_write(write, db_config or DbConfig())
    return CheckResult(
        document={"source": source, "sha256": document_sha256(text), "chars": len(text)},
        quotes=tuple(stored),
        summary=summarise(stored),
        check_id=check_id,
        created_at=created,
        tool_version=tool_version,
        corpus=corpus,
        options=options,
    )


def carry_reviews(db: sqlite_utils.Database, check_id: int, document_id: int) -> dict[int, Review]:
    """Copy the latest review of each quotation checked before in the same document (by
    source) to the same quotation (same text and kind) of this check: a reviewer's work
    is not lost when a document is checked again. Returns the carried reviews by quote id."""
    rows = db.execute(
        "SELECT q.id, r.decision, r.note, r.created_at FROM quotes q"
        " JOIN quotes p ON p.text = q.text AND p.kind = q.kind AND p.check_id < q.check_id"
        " JOIN checks pc ON pc.id = p.check_id"
        " JOIN documents pd ON pd.id = pc.document_id"
        " JOIN reviews r ON r.quote_id = p.id"
        " WHERE q.check_id = ? AND pd.source = (SELECT source FROM documents WHERE id = ?)"
        " ORDER BY r.created_at, r.id",
        [check_id, document_id],
    ).fetchall()
    carried: dict[int, Review] = {}
    for quote_id, decision, note, created_at in rows:  # the latest wins
        carried[quote_id] = Review(Decision(decision), note, created_at)
    for quote_id, review in carried.items():
        db.conn.execute(
            "INSERT INTO reviews(quote_id, decision, note, created_at) VALUES (?,?,?,?)",
            [quote_id, str(review.decision), review.note, review.created_at],
        )
    return carried


def summarise(results: list[QuoteResult] | tuple[QuoteResult, ...]) -> dict[str, int]:
    """Verdict counts, every verdict present (zero when none)."""
    summary = dict.fromkeys((str(v) for v in Verdict), 0)
    for r in results:
        if r.verdict:
            summary[str(r.verdict)] += 1
    return summary


def list_checks(db: sqlite_utils.Database, limit: int | None = None) -> list[dict]:
    """Past checks, newest first, with their verdict counts."""
    sql = (
        "SELECT c.id, c.created_at, d.source, d.chars, c.corpus_works,"
        " (SELECT count(*) FROM quotes q WHERE q.check_id = c.id AND q.kind = 'quotation') AS quotations,"
        " (SELECT group_concat(verdict || ':' || n) FROM (SELECT verdict, count(*) AS n FROM quotes q"
        "   WHERE q.check_id = c.id AND verdict IS NOT NULL GROUP BY verdict)) AS verdicts"
        " FROM checks c JOIN documents d ON d.id = c.document_id ORDER BY c.id DESC"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for row in db.query(sql):
        counts = dict(item.split(":") for item in (row.pop("verdicts") or "").split(",") if item)
        row["summary"] = {str(v): int(counts.get(str(v), 0)) for v in Verdict}
        out.append(row)
    return out


def latest_check_id(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT max(id) FROM checks").fetchone()
    if not row or row[0] is None:
        raise QuotecheckError("no checks yet: run 'quotecheck check FILE' first")
    return row[0]


def load_check(
    db: sqlite_utils.Database,
    check_id: int,
    verdicts: set[str] | None = None,
    unreviewed: bool = False,
) -> CheckResult:
    """A stored check. ``verdicts`` and ``unreviewed`` filter the quotations listed; the
    summary always counts the whole check."""
    rows = list(
        db.query(
            "SELECT c.*, d.source, d.sha256, d.chars FROM checks c"
            " JOIN documents d ON d.id = c.document_id WHERE c.id = ?",
            [check_id],
        )
    )
    if not rows:
        raise QuotecheckError(f"no check with id {check_id}")
    check = rows[0]
    reviews: dict[int, Review] = {}
    for r in db.query(
        "SELECT r.quote_id, r.decision, r.note, r.created_at FROM reviews r JOIN quotes q ON q.id = r.quote_id"
        " WHERE q.check_id = ? ORDER BY r.id",
        [check_id],
    ):
        reviews[r["quote_id"]] = Review(
            Decision(r["decision"]), r["note"], r["created_at"]
        )  # the latest wins
    every = [
        quote_from_row(q, reviews.get(q["id"]))
        for q in db.query("SELECT * FROM quotes WHERE check_id = ? ORDER BY seq", [check_id])
    ]
    shown = [
        r
        for r in every
        if (not verdicts or r.verdict in verdicts)
        and not (unreviewed and (r.review or r.quote.kind != Kind.QUOTATION))
    ]
    return CheckResult(
        document={"source": check["source"], "sha256": check["sha256"], "chars": check["chars"]},
        quotes=tuple(shown),
        summary=summarise(every),
        check_id=check["id"],
        created_at=check["created_at"],
        tool_version=check["tool_version"],
        corpus={"works": check["corpus_works"], "chars": check["corpus_chars"]},
        options=json.loads(check["options"]) if check["options"] else {},
    )


def record_review(db: sqlite_utils.Database, quote_id: int, decision: str, note: str | None = None) -> Review:
    """Record a reviewer's decision on a checked quotation (the latest one counts)."""
    try:
        decided = Decision(decision)
    except ValueError:
        choices = ", ".join(d.value for d in Decision)
        raise QuotecheckError(f"decision must be one of {choices}, not {decision!r}") from None
    if db.execute("SELECT 1 FROM quotes WHERE id = ?", [quote_id]).fetchone() is None:
        raise QuotecheckError(f"no checked quotation with id {quote_id}")
    review = Review(decided, note, utc_now())
    with transaction(db):
        db.conn.execute(
            "INSERT INTO reviews(quote_id, decision, note, created_at) VALUES (?,?,?,?)",
            [quote_id, str(decided), note, review.created_at],
        )
    return review


def check_document(db: sqlite_utils.Database, check_id: int) -> tuple[str, str, str]:
    """``(source, format, text)`` of a check's document as it was checked."""
    row = db.execute(
        "SELECT d.source, d.format, d.text FROM checks c JOIN documents d ON d.id = c.document_id WHERE c.id = ?",
        [check_id],
    ).fetchone()
    if row is None:
        raise QuotecheckError(f"no check with id {check_id}")
    return row[0], row[1], row[2]


def reviewed_counts(db: sqlite_utils.Database) -> dict[int, int]:
    """``check_id -> quotations reviewed`` for every check with a review."""
    return dict(
        db.execute(
            "SELECT q.check_id, count(DISTINCT q.id) FROM quotes q JOIN reviews r ON r.quote_id = q.id"
            " GROUP BY q.check_id"
        ).fetchall()
    )


def check_of_quote(db: sqlite_utils.Database, quote_id: int) -> int:
    row = db.execute("SELECT check_id FROM quotes WHERE id = ?", [quote_id]).fetchone()
    if row is None:
        raise QuotecheckError(f"no checked quotation with id {quote_id}")
    return row[0]
