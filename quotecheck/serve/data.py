"""Stored checks as the review page, the reports and the command line show them.

One place turns a stored check into the annotated report dict (numbers 1…N,
``file:line:col``) and finds a quotation by ``CHECK:N``, so the review page,
``report`` and ``review`` agree on what "quotation 3 of check 12" is.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from ..errors import QuotecheckError
from ..io.document import is_url, read_path
from ..report.view import TextOf, annotate
from ..store import checks as check_store
from ..store.works import work_text

__all__ = ["document_text", "load_report", "original_text", "quote_id_of", "text_of"]


def document_text(db: sqlite_utils.Database, check_id: int) -> tuple[str, str, str]:
    """``(source, format, text)`` of a check's document as it was checked."""
    return check_store.check_document(db, check_id)


def original_text(source: str, fmt: str) -> str | None:
    """The original file of a Markdown or HTML document, when it is still there: lines and
    columns are counted in it, not in the extracted text."""
    if fmt not in ("markdown", "html") or source == "-" or is_url(source) or not Path(source).is_file():
        return None
    try:
        return read_path(source)
    except QuotecheckError:
        return None


def load_report(db: sqlite_utils.Database, check_id: int | None = None) -> dict:
    """A stored check's JSON contract, every quotation numbered and located."""
    if check_id is None:
        check_id = check_store.latest_check_id(db)
    result = check_store.load_check(db, check_id)
    source, fmt, text = document_text(db, check_id)
    return annotate(result.to_json(), text=text, raw=original_text(source, fmt))


def quote_id_of(db: sqlite_utils.Database, ref: str) -> int:
    """The database id of a quotation given as ``ID`` or ``CHECK:N`` (its number in the check)."""
    if ":" not in ref:
        try:
            return int(ref)
        except ValueError:
            raise QuotecheckError(f"{ref!r}: give a quotation id or CHECK:N (e.g. 12:3)") from None
    check, _, number = ref.partition(":")
    try:
        check_id, n = int(check), int(number)
    except ValueError:
        raise QuotecheckError(f"{ref!r}: give a quotation id or CHECK:N (e.g. 12:3)") from None
    for q in load_report(db, check_id)["quotes"]:
        if q.get("number") == n:
            return q["id"]
    raise QuotecheckError(f"check {check_id} has no quotation {n}")


def text_of(db: sqlite_utils.Database) -> TextOf:
    """``(work_id, start, end) -> text`` over the corpus (for the quoting works' wording)."""
    return lambda work_id, start, end: work_text(db, work_id, start, end)
