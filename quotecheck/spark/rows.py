"""Results as table rows: one row per quoted span, for Parquet, and back into ``quotes.db``.

Columns follow the ``--format json`` contract: a quotation's fields keep
their names, the match's are flattened with a ``match_`` prefix
(``match_work_id``, ``match_title``, ``match_author``, ``match_location``,
``match_start``, ``match_end``, ``match_text``, ``match_context``,
``match_diff``), lists are JSON strings, and each row carries its document
and check (``doc_index``, ``source``, ``sha256``, ...). The document's text
is on its first row only (``seq`` 0), so a load can store it once; a
document without quoted spans is one row with ``seq`` null, so its check is
kept too. The mapping goes through :func:`quotecheck.store.checks.quote_row`
and :func:`~quotecheck.store.checks.quote_from_row`: a loaded check is the
check as it was made. This module needs pyarrow only to read Parquet.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import QuotecheckError
from ..io.model import Document
from ..records import CheckResult
from ..store.checks import quote_from_row, quote_row, save_check

__all__ = ["COLUMNS", "SCHEMA_DDL", "result_rows", "store_rows", "load_parquet"]

#: (name, Spark SQL type) of every column, in order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_index", "bigint"),
    ("source", "string"),
    ("format", "string"),
    ("title", "string"),
    ("sha256", "string"),
    ("chars", "bigint"),
    ("document_text", "string"),
    ("created_at", "string"),
    ("tool_version", "string"),
    ("corpus_works", "bigint"),
    ("corpus_chars", "bigint"),
    ("options", "string"),
    ("seq", "int"),
    ("text", "string"),
    ("start", "bigint"),
    ("end", "bigint"),
    ("kind", "string"),
    ("claimed_author", "string"),
    ("claimed_work", "string"),
    ("cue", "string"),
    ("segments", "string"),
    ("insertions", "string"),
    ("verdict", "string"),
    ("score", "double"),
    ("note", "string"),
    ("meaning_changes", "string"),
    ("match_work_id", "bigint"),
    ("match_title", "string"),
    ("match_author", "string"),
    ("match_location", "string"),
    ("match_start", "bigint"),
    ("match_end", "bigint"),
    ("match_text", "string"),
    ("match_context", "string"),
    ("match_diff", "string"),
    ("alternatives", "string"),
    ("quoted_in", "string"),
    ("form", "string"),
    ("speaker", "string"),
    ("inferred", "int"),
)
SCHEMA_DDL = ", ".join(f"`{name}` {kind}" for name, kind in COLUMNS)
NAMES = tuple(name for name, _ in COLUMNS)

#: ``quotes`` table column → row column, where they differ.
_RENAMED = {
    "work_id": "match_work_id",
    "work_title": "match_title",
    "work_author": "match_author",
    "location": "match_location",
    "original": "match_text",
    "context": "match_context",
    "diff": "match_diff",
}
_QUOTE_COLUMNS = (
    "text", "start", "end", "kind", "claimed_author", "claimed_work", "cue", "segments", "insertions",
    "verdict", "score", "note", "work_id", "work_title", "work_author", "location", "match_start",
    "match_end", "original", "context", "diff", "meaning_changes", "alternatives", "quoted_in",
    "form", "speaker", "inferred",
)  # fmt: skip


def result_rows(doc_index: int, doc: Document, result: CheckResult) -> list[dict[str, Any]]:
    """The rows of one checked document (not stored: ``result`` from ``store=False``)."""
    head = {
        "doc_index": doc_index,
        "source": doc.source,
        "format": doc.format,
        "title": doc.title,
        "sha256": result.document["sha256"],
        "chars": result.document["chars"],
        "created_at": result.created_at,
        "tool_version": result.tool_version,
        "corpus_works": result.corpus.get("works"),
        "corpus_chars": result.corpus.get("chars"),
        "options": json.dumps(result.options),
    }
    rows = []
    for seq, q in enumerate(result.quotes):
        stored = quote_row(q)
        rows.append({**head, "seq": seq, **{_RENAMED.get(k, k): v for k, v in stored.items()}})
    if not rows:
        rows.append({**head, "seq": None})
    rows[0]["document_text"] = doc.text
    return [{name: row.get(name) for name in NAMES} for row in rows]


def store_rows(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]]) -> list[CheckResult]:
    """Store the checks that rows (sorted by ``doc_index``, ``seq``) hold, one transaction each."""
    stored: list[CheckResult] = []
    group: list[dict[str, Any]] = []
    for row in rows:
        if group and row["doc_index"] != group[0]["doc_index"]:
            stored.append(_store_document(db, group))
            group = []
        group.append(row)
    if group:
        stored.append(_store_document(db, group))
    return stored


def _store_document(db: sqlite_utils.Database, group: list[dict[str, Any]]) -> CheckResult:
    first = group[0]
    if first.get("document_text") is None:
        raise QuotecheckError(f"{first['source']}: the results hold no document text (first row missing)")
    results = [
        quote_from_row({"id": None, **{k: row.get(_RENAMED.get(k, k)) for k in _QUOTE_COLUMNS}})
        for row in group
        if row["seq"] is not None
    ]
    return save_check(
        db,
        source=first["source"],
        fmt=first["format"],
        title=first["title"],
        text=first["document_text"],
        results=results,
        tool_version=first["tool_version"],
        options=json.loads(first["options"] or "{}"),
    )


def load_parquet(db: sqlite_utils.Database, path: str | Path) -> list[CheckResult]:
    """Store every check of a Parquet result set (a file or Spark's directory of parts), in input order."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise QuotecheckError("reading Parquet needs pyarrow: pip install 'quotecheck[spark]'") from exc
    try:
        table = pq.read_table(str(path))
    except (OSError, ValueError) as exc:
        raise QuotecheckError(f"{path}: not a Parquet result set ({exc})") from exc
    missing = [name for name in NAMES if name not in table.column_names]
    if missing:
        raise QuotecheckError(f"{path}: not quotecheck results (no column {', '.join(missing[:3])})")
    table = table.sort_by([("doc_index", "ascending"), ("seq", "ascending")])
    return store_rows(db, table.to_pylist())
