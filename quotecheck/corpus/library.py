"""Compatibility: the corpus API's old home, split into :mod:`.sources`, :mod:`.build`,
:mod:`.catalog` and :mod:`.contents`. Import from :mod:`quotecheck.corpus` instead.
"""

from __future__ import annotations

from .build import (
    AddResult,
    add_paths,
    add_shipped_corpus,
    add_source,
    open_corpus,
    reindex,
    shipped_corpus_dir,
)
from .catalog import Work, corpus_stats, get_work, list_works, remove_work
from .contents import contents_links, read_contents
from .sources import (
    SUPPORTED_SUFFIXES,
    PreparedText,
    SourceText,
    expand_inputs,
    prepare,
    prepare_text,
    read_source,
)

__all__ = [
    "Work",
    "SourceText",
    "PreparedText",
    "AddResult",
    "shipped_corpus_dir",
    "open_corpus",
    "prepare_text",
    "prepare",
    "read_source",
    "read_contents",
    "expand_inputs",
    "contents_links",
    "add_source",
    "add_paths",
    "add_shipped_corpus",
    "reindex",
    "list_works",
    "get_work",
    "remove_work",
    "corpus_stats",
    "SUPPORTED_SUFFIXES",
]
