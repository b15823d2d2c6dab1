"""Extraction: a document's plain text → its quoted spans (:class:`~quotecheck.records.Quote`).

:mod:`.quotes` is the entry (:func:`extract_quotes`, :func:`extract_document`);
:mod:`.marks` pairs quote marks, :mod:`.blocks` finds block quotations,
:mod:`.kinds` tells quotations from titles and scare quotes, and
:mod:`.attribution` (with :mod:`.people`, :mod:`.cues`, :mod:`.works`) reads
who and what each is attributed to. The tunable numbers are an
:class:`ExtractConfig`.
"""

from .attribution import Attribution, Attributor
from .config import DEFAULT_CONFIG, ExtractConfig
from .kinds import looks_like_title
from .marks import Role
from .quotes import extract_document, extract_quotes, make_quote, parse_quoted

__all__ = [
    "ExtractConfig",
    "DEFAULT_CONFIG",
    "extract_document",
    "extract_quotes",
    "make_quote",
    "parse_quoted",
    "Attribution",
    "Attributor",
    "Role",
    "looks_like_title",
]
