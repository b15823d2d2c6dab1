"""Check a document end to end: extract its quotations, match them, store the results.

Python API::

    db = open_corpus("quotes.db")
    check_id = check_document(db, load_document("article.html"))
    report = load_check(db, check_id)      # the JSON contract, as a dict
    record_review(db, quote_id, "accept", note="checked against print edition")

A check is stored whole or not at all (one transaction), and re-checking a
document adds a new check: the history of a document's checks is kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass

import sqlite_utils

from .. import __version__
from ..errors import QuotecheckError
from ..extract.quotes import QUOTATION, Quote, extract_document
from ..io.document import Document
from ..matching.match import VERDICTS, Match, Matcher
from ..normalize import tokenize
from ..store.works import work_text
from .db import transaction, utc_now

__all__ = [
    "CheckOptions",
    "check_document",
    "load_check",
    "list_checks",
    "latest_check_id",
    "record_review",
    "REVIEW_DECISIONS",
]

REVIEW_DECISIONS = ("accept", "reject")
#: Characters of source text shown on each side of a match.
CONTEXT_CHARS = 160


@dataclass
class CheckOptions:
    """What a check was asked to do; stored with it."""

    min_words: int = 3


def _document_id(db: sqlite_utils.Database, doc: Document) -> int:
    sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    row = db.execute("SELECT id FROM documents WHERE source = ? AND sha256 = ?", [doc.source, sha]).fetchone()
    if row:
        return row[0]
    cur = db.conn.execute(
        "INSERT INTO documents(source, sha256, format, title, chars, text) VALUES (?,?,?,?,?,?)",
        [doc.source, sha, doc.format, doc.title, len(doc.text), doc.text],
    )
    return cur.lastrowid


def _context(db: sqlite_utils.Database, match: Match) -> str | None:
    """The source text around a match, with the match itself in the middle."""
    if match.work_id is None or match.start is None:
        return None
    before = work_text(db, match.work_id, max(0, match.start - CONTEXT_CHARS), match.start)
    after = work_text(db, match.work_id, match.end, match.end + CONTEXT_CHARS)
    return (
        " ".join(before.split())
        + " ⟦"
        + " ".join((match.original or "").split())
        + "⟧ "
        + " ".join(after.split())
    )


def check_document(
    db: sqlite_utils.Database,
    doc: Document,
    options: CheckOptions | None = None,
    progress: Callable[[int], Callable[[Quote], None]] | None = None,
) -> int:
    """Extract, match and store; returns the new check's id.

    ``progress(total)`` may return a callback called once per extracted span.
    """
    options = options or CheckOptions()
    quotes = extract_document(doc)
    matcher = Matcher(db)
    results: list[tuple[Quote, Match | None]] = []
    tick = progress(len(quotes)) if progress else None
    for quote in quotes:
        match = None
        if quote.kind == QUOTATION:
            words = sum(1 for _ in tokenize(quote.text))
            if words >= options.min_words:
                match = matcher.match(quote)
        results.append((quote, match))
        if tick:
            tick(quote)
    works, chars = db.execute("SELECT count(*), coalesce(sum(chars), 0) FROM works").fetchone()
    with transaction(db):
        document_id = _document_id(db, doc)
        check_id = db.conn.execute(
            "INSERT INTO checks(document_id, created_at, tool_version, corpus_works, corpus_chars, options)"
            " VALUES (?,?,?,?,?,?)",
            [document_id, utc_now(), __version__, works, chars, json.dumps(asdict(options))],
        ).lastrowid
        for seq, (quote, match) in enumerate(results):
            db.conn.execute(
                'INSERT INTO quotes(check_id, seq, text, start, "end", kind, claimed_author, claimed_work,'
                " cue, segments, insertions, verdict, score, note, work_id, work_title, work_author,"
                " location, match_start, match_end, original, context, diff, meaning_changes, alternatives,"
                " quoted_in) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    check_id,
                    seq,
                    quote.text,
                    quote.start,
                    quote.end,
                    quote.kind,
                    quote.claimed_author,
                    quote.claimed_work,
                    quote.cue,
                    json.dumps([asdict(s) for s in quote.segments], ensure_ascii=False),
                    json.dumps([asdict(i) for i in quote.insertions], ensure_ascii=False),
                    match.verdict if match else None,
                    match.score if match else None,
                    match.note if match else _skip_note(quote, options),
                    match.work_id if match else None,
                    match.title if match else None,
                    match.author if match else None,
                    match.location if match else None,
                    match.start if match else None,
                    match.end if match else None,
                    match.original if match else None,
                    _context(db, match) if match else None,
                    _records(match.diff) if match else None,
                    json.dumps(match.meaning_changes) if match else None,
                    _records(match.alternatives) if match else None,
                    _records(match.quoted_in) if match else None,
                ],
            )
    return check_id


def _records(items: list) -> str:
    """A list of dataclass records as a JSON column."""
    return json.dumps([asdict(item) for item in items], ensure_ascii=False)


def _skip_note(quote: Quote, options: CheckOptions) -> str | None:
    if quote.kind != QUOTATION:
        return None
    return f"fewer than {options.min_words} words: not checked"


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
        row["summary"] = {v: int(counts.get(v, 0)) for v in VERDICTS}
        out.append(row)
    return out


def latest_check_id(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT max(id) FROM checks").fetchone()
    if not row or row[0] is None:
        raise QuotecheckError("no checks yet: run 'quotecheck check FILE' first")
    return row[0]


def _json(value: str | None, default):
    return json.loads(value) if value else default


def load_check(
    db: sqlite_utils.Database,
    check_id: int,
    verdicts: set[str] | None = None,
    unreviewed: bool = False,
) -> dict:
    """A stored check in the shape of the ``--format json`` contract (see README).

    ``verdicts`` and ``unreviewed`` filter the quotations listed; the summary
    always counts the whole check.
    """
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
    reviews: dict[int, dict] = {}
    for r in db.query(
        "SELECT r.quote_id, r.decision, r.note, r.created_at FROM reviews r JOIN quotes q ON q.id = r.quote_id"
        " WHERE q.check_id = ? ORDER BY r.id",
        [check_id],
    ):
        reviews[r.pop("quote_id")] = r  # the latest decision wins
    summary = dict.fromkeys(VERDICTS, 0)
    quotes = []
    for q in db.query("SELECT * FROM quotes WHERE check_id = ? ORDER BY seq", [check_id]):
        if q["verdict"]:
            summary[q["verdict"]] += 1
        if verdicts and q["verdict"] not in verdicts:
            continue
        if unreviewed and (q["id"] in reviews or q["kind"] != QUOTATION):
            continue
        match = None
        if q["work_id"] is not None or q["match_start"] is not None:
            match = {
                "work_id": q["work_id"],
                "title": q["work_title"],
                "author": q["work_author"],
                "location": q["location"],
                "start": q["match_start"],
                "end": q["match_end"],
                "text": q["original"],
                "context": q["context"],
                "diff": _json(q["diff"], []),
            }
        quotes.append(
            {
                "id": q["id"],
                "text": q["text"],
                "start": q["start"],
                "end": q["end"],
                "kind": q["kind"],
                "claimed_author": q["claimed_author"],
                "claimed_work": q["claimed_work"],
                "cue": q["cue"],
                "segments": _json(q["segments"], []),
                "insertions": _json(q["insertions"], []),
                "verdict": q["verdict"],
                "score": q["score"],
                "note": q["note"],
                "meaning_changes": _json(q["meaning_changes"], []),
                "match": match,
                "alternatives": _json(q["alternatives"], []),
                "quoted_in": _json(q["quoted_in"], []),
                "review": reviews.get(q["id"]),
            }
        )
    return {
        "check_id": check["id"],
        "created_at": check["created_at"],
        "tool_version": check["tool_version"],
        "corpus": {"works": check["corpus_works"], "chars": check["corpus_chars"]},
        "options": _json(check["options"], {}),
        "document": {"source": check["source"], "sha256": check["sha256"], "chars": check["chars"]},
        "summary": summary,
        "quotes": quotes,
    }


def record_review(db: sqlite_utils.Database, quote_id: int, decision: str, note: str | None = None) -> dict:
    """Record a reviewer's decision on a checked quotation (the latest one counts)."""
    if decision not in REVIEW_DECISIONS:
        raise QuotecheckError(f"decision must be one of {', '.join(REVIEW_DECISIONS)}, not {decision!r}")
    if db.execute("SELECT 1 FROM quotes WHERE id = ?", [quote_id]).fetchone() is None:
        raise QuotecheckError(f"no checked quotation with id {quote_id}")
    with transaction(db):
        created = utc_now()
        db.conn.execute(
            "INSERT INTO reviews(quote_id, decision, note, created_at) VALUES (?,?,?,?)",
            [quote_id, decision, note, created],
        )
    return {"quote_id": quote_id, "decision": decision, "note": note, "created_at": created}
