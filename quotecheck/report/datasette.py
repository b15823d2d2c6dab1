"""Metadata that makes a quotecheck database readable in Datasette.

``quotecheck datasette-metadata > metadata.json`` then
``datasette quotes.db -m metadata.json``: every table and column described,
foreign keys shown by a label (a work's title, a document's source, a
section's heading) instead of a bare id, the index's internal tables hidden,
and canned queries that search the corpus text (the full-text index holds
normalised words only, so a query is matched there and the passages' own text
is shown) and spell out a quotation's JSON columns as rows.
"""

from __future__ import annotations

__all__ = ["metadata", "SEARCH_SQL"]

SEARCH_SQL = """SELECT w.title, w.author, w.year, p.paragraph, p.text, p.work_id, p.start
FROM passage_index JOIN passages p ON p.id = passage_index.rowid JOIN works w ON w.id = p.work_id
WHERE passage_index MATCH :words ORDER BY passage_index.rank LIMIT 50"""

_DIFF_SQL = """SELECT q.id AS quote_id, d.key AS step, json_extract(d.value, '$.op') AS op,
  json_extract(d.value, '$.quoted') AS quoted, json_extract(d.value, '$.original') AS original,
  json_extract(d.value, '$.editorial') AS editorial, json_extract(d.value, '$.meaning') AS meaning
FROM quotes q, json_each(q.diff) d WHERE q.id = :quote_id ORDER BY d.key"""

_QUOTED_IN_SQL = """SELECT q.id AS quote_id, json_extract(o.value, '$.year') AS year,
  json_extract(o.value, '$.title') AS title, json_extract(o.value, '$.author') AS author,
  json_extract(o.value, '$.verdict') AS verdict, json_extract(o.value, '$.attributed_to') AS attributed_to,
  json_extract(o.value, '$.location') AS location
FROM quotes q, json_each(q.quoted_in) o WHERE q.id = :quote_id ORDER BY year"""

_REVIEWED_SQL = """SELECT c.id AS check_id, d.source, q.seq + 1 AS position, q.verdict, q.text, q.work_title,
  r.decision, r.note, r.created_at
FROM reviews r JOIN quotes q ON q.id = r.quote_id JOIN checks c ON c.id = q.check_id
JOIN documents d ON d.id = c.document_id ORDER BY r.created_at DESC"""

TABLES: dict[str, dict] = {
    "works": {
        "description": "The source works quotations are checked against.",
        "label_column": "title",
        "columns": {
            "title": "Title, from the Gutenberg header, the page or --title",
            "author": "Author",
            "year": "Year of first publication: the earliest work is preferred as a line's origin",
            "translator": "Translator, when the header names one",
            "language": "ISO 639-1 code",
            "source": "File, URL, gutenberg:N or Wikisource address it was added from",
            "license_note": "What was removed (Gutenberg licence header and footer)",
            "release_date": "Gutenberg release date",
            "sha256": "Of the normalised words: a second copy of the same text is refused",
            "chars": "Characters of kept text",
            "words": "Normalised words",
            "added_at": "When it was added (UTC)",
        },
    },
    "sections": {
        "description": "Headings found in a work (chapters, acts, books).",
        "label_column": "heading",
        "columns": {"work_id": "The work", "level": "Nesting level", "heading": "Heading as written",
                    "start": "Character offset in the work's text", "end": "End offset"},
    },  # fmt: skip
    "passages": {
        "description": "A work's text in consecutive slices of a few hundred words; search them with "
        "the canned query search_corpus.",
        "columns": {"work_id": "The work", "seq": "Order within the work", "start": "Offset in the work's text",
                    "end": "End offset", "section_id": "The section it falls in", "paragraph": "Paragraph number",
                    "text": "The text as written"},
    },  # fmt: skip
    "documents": {
        "description": "A checked document: its text as extracted (offsets of quotes refer to it).",
        "label_column": "source",
        "columns": {"source": "Path, URL or - (stdin)", "sha256": "Of the text", "format": "text, markdown or html",
                    "title": "Title, when the document has one", "chars": "Characters", "text": "The extracted text"},
    },  # fmt: skip
    "checks": {
        "description": "One run of quotecheck check.",
        "label_column": "created_at",
        "columns": {"document_id": "The document checked", "created_at": "When (UTC)",
                    "tool_version": "quotecheck version", "corpus_works": "Works in the corpus then",
                    "corpus_chars": "Characters in the corpus then", "options": "Options (JSON)"},
    },  # fmt: skip
    "quotes": {
        "description": "Every quoted span of a check and its result (JSON columns as in the report; "
        "see the canned queries quote_diff and quote_quoted_in).",
        "label_column": "text",
        "columns": {
            "check_id": "The check", "seq": "Order in the document (position = seq + 1 among all spans)",
            "text": "The quotation as written", "start": "Offset in the document's text", "end": "End offset",
            "kind": "quotation, title or scare", "claimed_author": "Who the document credits",
            "claimed_work": "Which work the document names", "cue": "The words that credit it",
            "segments": "Parts between marked omissions (JSON)", "insertions": "[Bracketed] insertions (JSON)",
            "verdict": "verbatim, altered, paraphrase, misattributed or not_found",
            "score": "0-100: matched words over the words of both sides", "note": "Why, in words",
            "work_id": "The source work (the origin)", "work_title": "Its title", "work_author": "Its author",
            "location": "Chapter and paragraph", "match_start": "Offset in the work's text", "match_end": "End offset",
            "original": "The source's words", "context": "Source text around the match, the match between ⟦ ⟧",
            "diff": "Word-level differences (JSON list of {op, quoted, original, moved, meaning, editorial})",
            "meaning_changes": "Edits that change the meaning (JSON)", "alternatives": "Other editions (JSON)",
            "quoted_in": "Other works having the words, with year and wording (JSON)",
            "form": "What delimits the span: marks, md_blockquote, signature, verse_lines, ...",
            "speaker": "Who says the words in the document when not their author (a character)",
            "inferred": "1 when the claim is the discourse's (the person a page is about), not a cue's",
        },
    },  # fmt: skip
    "reviews": {
        "description": "A reviewer's decisions; the latest one for a quotation counts, and it is carried "
        "over when the same document is checked again.",
        "columns": {"quote_id": "The quotation", "decision": "accept or reject", "note": "Why",
                    "created_at": "When (UTC)"},
    },  # fmt: skip
    "characters": {
        "description": "People who speak in each work (speech prefixes, names beside verbs of speech).",
        "columns": {"work_id": "The work", "name": "Name", "speeches": "How often they speak"},
    },
    "meta": {"description": "Schema and normaliser versions.", "hidden": True},
    "term_stats": {"description": "How many passages hold each normalised word.", "hidden": True},
    "passage_index": {"description": "Full-text index of the passages' normalised words (contentless).",
                      "hidden": True},
    "passage_vocab": {"description": "The index's vocabulary.", "hidden": True},
}  # fmt: skip

_SHADOW = ("passage_index_data", "passage_index_idx", "passage_index_docsize", "passage_index_config")


def metadata(database: str = "quotes") -> dict:
    """Datasette metadata for a database file named ``database`` (its name without ``.db``)."""
    tables = {name: dict(spec) for name, spec in TABLES.items()}
    for name in _SHADOW:
        tables[name] = {"hidden": True}
    return {
        "title": "quotecheck",
        "description": "Quotations checked against a local corpus of public-domain works.",
        "databases": {
            database: {
                "tables": tables,
                "queries": {
                    "search_corpus": {
                        "title": "Search the corpus text",
                        "description": "Words of a passage (matched as normalised words; "
                        '"quoted phrase", AND, OR, NEAR work as in SQLite FTS5).',
                        "sql": SEARCH_SQL,
                    },
                    "quote_diff": {"title": "A quotation's differences, one edit per row", "sql": _DIFF_SQL},
                    "quote_quoted_in": {
                        "title": "Works quoting a quotation's source, by year",
                        "sql": _QUOTED_IN_SQL,
                    },
                    "reviewed": {"title": "Reviews, newest first, with their notes", "sql": _REVIEWED_SQL},
                },
            }
        },
        "plugins": {},
    }
