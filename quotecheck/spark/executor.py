"""What runs on a Spark executor: the existing stages over a partition of documents.

Imported by name on the executors (never pickled by value), so the job's
code is the installed quotecheck. Each Python worker opens the shipped copy
of the corpus database (``SparkFiles``) read-only once and keeps one
:class:`~quotecheck.Checker` for every batch it is given.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..checker import Checker
from ..config import MatchConfig
from ..io.model import Document, MarkedSpan, SpanKind
from ..parallel import document_from_text, open_corpus_readonly
from .rows import COLUMNS, NAMES, result_rows

__all__ = ["DOCUMENT_DDL", "document_row", "check_batches"]

#: The input rows: a document as read by the driver, or ``format`` null for raw
#: text (a JSON-lines record read on the executors), read there as stdin would be.
DOCUMENT_DDL = "doc_index bigint, source string, format string, title string, text string, spans string"


def document_row(doc_index: int, doc: Document) -> dict[str, Any]:
    return {
        "doc_index": doc_index,
        "source": doc.source,
        "format": doc.format,
        "title": doc.title,
        "text": doc.text,
        "spans": json.dumps([[str(s.kind), s.start, s.end] for s in doc.spans]),
    }


def _document(row: dict[str, Any]) -> Document:
    if row["format"] is None:
        return document_from_text(row["source"], row["text"])
    spans = [MarkedSpan(SpanKind(k), s, e) for k, s, e in json.loads(row["spans"] or "[]")]
    return Document(source=row["source"], text=row["text"], format=row["format"], title=row["title"], spans=spans)


@lru_cache(maxsize=2)
def _checker(db_file: str, config_json: str, min_words: int) -> Checker:
    from pyspark import SparkFiles

    db = open_corpus_readonly(SparkFiles.get(db_file), immutable=True)
    return Checker(db, config=MatchConfig(**json.loads(config_json)), min_words=min_words)


def check_batches(batches: Iterator[Any], db_file: str, config_json: str, min_words: int) -> Iterator[Any]:
    """``mapInPandas``: document rows in, one row per quoted span out (see :mod:`.rows`)."""
    import pandas as pd

    checker = _checker(db_file, config_json, min_words)
    integers = {name: "Int64" for name, kind in COLUMNS if kind in ("bigint", "int")}
    for batch in batches:
        rows: list[dict[str, Any]] = []
        for record in batch.to_dict("records"):
            record = {k: (None if isinstance(v, float) and v != v else v) for k, v in record.items()}
            doc = _document(record)
            result = checker.check_document(doc, store=False)
            rows.extend(result_rows(int(record["doc_index"]), doc, result))
        yield pd.DataFrame(rows, columns=list(NAMES)).astype(integers)
