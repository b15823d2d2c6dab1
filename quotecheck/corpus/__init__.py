"""The corpus: source texts → works, sections and passages in the database, and their index."""

from .build import (
    AddResult,
    BuildConfig,
    add_paths,
    add_shipped_corpus,
    add_source,
    bring_up_to_date,
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
    "AddResult",
    "shipped_corpus_dir",
    "open_corpus",
    "bring_up_to_date",
    "prepare_text",
    "read_source",
    "read_contents",
    "expand_inputs",
    "contents_links",
    "add_source",
    "add_paths",
    "add_shipped_corpus",
    "list_works",
    "get_work",
    "remove_work",
    "corpus_stats",
    "SUPPORTED_SUFFIXES",
    "BuildConfig",
    "PreparedText",
    "prepare",
    "reindex",
]
