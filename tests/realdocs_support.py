"""The quotations the extractor finds in the real documents of bench/data/realdocs: one helper
for the tests that pin extraction and attribution forms on them."""

from __future__ import annotations

from pathlib import Path

from quotecheck.extract import extract_document
from quotecheck.extract.known import DEFAULT_KNOWN, KnownWorks
from quotecheck.io.document import Document, load_document
from quotecheck.records import Kind, Quote

REALDOCS = Path(__file__).resolve().parents[1] / "bench" / "data" / "realdocs"


def realdoc_quotations(path: str, known: KnownWorks = DEFAULT_KNOWN) -> tuple[Document, list[Quote]]:
    """A realdocs document (``path`` under bench/data/realdocs) and the quotations found in it."""
    doc = load_document(str(REALDOCS / path))
    return doc, [q for q in extract_document(doc, known=known) if q.kind == Kind.QUOTATION]


def starting(quotes: list[Quote], words: str, where: str = "") -> Quote:
    """The first of ``quotes`` that starts with ``words`` (a failed assertion when none does)."""
    found = [q for q in quotes if q.text.startswith(words)]
    assert found, f"no quotation starting {words!r} {where or f'among {[q.text[:40] for q in quotes]}'}"
    return found[0]


def realdoc_quotation(path: str, words: str, known: KnownWorks = DEFAULT_KNOWN) -> Quote:
    """The quotation starting with ``words`` in a realdocs document."""
    return starting(realdoc_quotations(path, known)[1], words, f"in {path}")
