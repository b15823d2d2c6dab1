"""Extraction: a document's plain text → its quoted spans (:class:`~quotecheck.records.Quote`)."""

from .quotes import extract_document, extract_quotes, make_quote, parse_quoted

__all__ = ["extract_document", "extract_quotes", "make_quote", "parse_quoted"]
