"""The passage search index: what goes in, what comes out.

Passages are indexed as their :func:`~quotecheck.normalize.fold`-ed words in a
contentless SQLite FTS5 table (the passage text itself lives once, in
``passages``). Because the words are normalised before FTS5 sees them,
spelling variants, apostrophes and line-break hyphens meet in the index
exactly as they do in the matcher.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from ..normalize import fold

__all__ = [
    "index_passages",
    "clear_index",
    "index_bytes",
    "unindex_passages",
    "refresh_term_stats",
    "term_frequencies",
    "seed_counts",
    "phrase_hits",
]


def index_passages(db: sqlite_utils.Database, rows: Iterable[tuple[int, str]]) -> None:
    """Add ``(passage_id, folded_words)`` rows, the words as :func:`fold` gave them."""
    db.conn.executemany("INSERT INTO passage_index(rowid, words) VALUES (?, ?)", rows)


def unindex_passages(db: sqlite_utils.Database, rows: Iterable[tuple[int, str]]) -> None:
    """Remove passages from the contentless index, which needs the indexed words back."""
    db.conn.executemany(
        "INSERT INTO passage_index(passage_index, rowid, words) VALUES ('delete', ?, ?)",
        ((pid, fold(text)) for pid, text in rows),
    )


def clear_index(db: sqlite_utils.Database) -> None:
    """Empty the index (before rebuilding it from the stored passages)."""
    db.execute("INSERT INTO passage_index(passage_index) VALUES ('delete-all')")


def index_bytes(db: sqlite_utils.Database) -> int:
    """The size of the index on disk (FTS5 keeps it in ``passage_index_data``)."""
    return db.execute("SELECT coalesce(sum(length(block)), 0) FROM passage_index_data").fetchone()[0]


def refresh_term_stats(db: sqlite_utils.Database) -> None:
    """Recount passage frequencies of every term (after the corpus changed).

    fts5vocab counts a term by reading its whole doclist, which for "the" on
    hundreds of books takes tens of milliseconds: too slow per quotation, so
    the counts are kept in ``term_stats``. Terms in a single passage are left
    out (half the vocabulary); a missing term counts as rare.
    """
    db.execute("DELETE FROM term_stats")
    db.execute("INSERT INTO term_stats(term, df) SELECT term, doc FROM passage_vocab WHERE doc >= 2")


def term_frequencies(db: sqlite_utils.Database, terms: Iterable[str]) -> dict[str, int]:
    """How many passages contain each term (1 for a term in at most one passage)."""
    terms = list(dict.fromkeys(terms))
    found = dict.fromkeys(terms, 1)
    for i in range(0, len(terms), 500):
        chunk = terms[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for term, df in db.conn.execute(f"SELECT term, df FROM term_stats WHERE term IN ({marks})", chunk):
            found[term] = df
    return found


def seed_counts(
    db: sqlite_utils.Database,
    weights: dict[str, float],
    limit: int,
    within: list[tuple[int, int]] | None = None,
) -> list[tuple[int, float]]:
    """Passages holding the most weight of the seed terms: ``(passage_id, weight)``, best first.

    The seed step of seed-and-extend (as in BLAST or passim): each term's
    doclist is read once and the summing happens inside SQLite. Weights are
    usually inverse document frequencies, so one rare word outweighs several
    common ones. ``within`` limits the search to ranges of passage ids (the
    works a quotation is claimed from).
    """
    if not weights:
        return []
    if not within:
        found = _seed_counts_pruned(db, weights, limit)
        if found is not None:
            return found
    if within and len(weights) * len(within) <= _MAX_ARMS:
        # one arm per term and range: FTS5 seeks a term's doclist to a single rowid range
        # instead of reading all of it and testing each row against every range
        arm = "SELECT rowid AS id, ? AS w FROM passage_index WHERE passage_index MATCH ? AND rowid BETWEEN ? AND ?"
        arms = [arm] * (len(weights) * len(within))
        params = [p for term, w in weights.items() for a, b in within for p in (w, _phrase(term), a, b)]
    else:
        where, ranges = _within(within)
        arm = f"SELECT rowid AS id, ? AS w FROM passage_index WHERE passage_index MATCH ?{where}"
        arms = [arm] * len(weights)
        params = [p for term, w in weights.items() for p in (w, _phrase(term), *ranges)]
    union = " UNION ALL ".join(arms)
    sql = f"SELECT id, sum(w) AS s FROM ({union}) GROUP BY id ORDER BY s DESC, id LIMIT ?"
    return db.conn.execute(sql, [*params, limit]).fetchall()


#: At most this many arms in one UNION ALL (SQLite allows 500 terms in a compound select).
_MAX_ARMS = 400


def _seed_counts_pruned(db: sqlite_utils.Database, weights: dict[str, float], limit: int) -> list | None:
    """:func:`seed_counts` without the passages that hold only common seeds, when they cannot rank.

    The common seeds (the lightest, together lighter than any other one:
    "the", "and") have the longest doclists, and most of their passages
    hold nothing else; summing and sorting those passages is most of a
    lookup's time. A passage with any other seed outweighs every passage of
    common seeds only, so when at least ``limit`` passages hold another
    seed, the best ``limit`` are among them and their sums are the same
    rows summed as before (MaxScore, as search engines prune top-k).
    FTS5 reads "common AND (others)" by stepping through the shorter
    doclists. ``None`` when there is nothing to prune or too few passages.
    """
    order = sorted(weights, key=weights.__getitem__)
    if weights[order[0]] <= 0:
        return None
    common: set[str] = set()
    total = 0.0
    for term, heavier in zip(order, order[1:], strict=False):
        # a margin far above rounding: a sum of common weights must stay below any other weight
        if total + weights[term] >= weights[heavier] * (1 - 1e-9):
            break
        total += weights[term]
        common.add(term)
    if not common:
        return None
    others = " OR ".join(_phrase(t) for t in weights if t not in common)
    arm = "SELECT rowid AS id, ? AS w FROM passage_index WHERE passage_index MATCH ?"
    union = " UNION ALL ".join([arm] * len(weights))
    params = [
        p
        for t, w in weights.items()
        for p in (w, f"{_phrase(t)} AND ({others})" if t in common else _phrase(t))
    ]
    sql = f"SELECT id, sum(w) AS s FROM ({union}) GROUP BY id ORDER BY s DESC, id LIMIT ?"
    found = db.conn.execute(sql, [*params, limit]).fetchall()
    return found if len(found) >= limit else None


def phrase_hits(
    db: sqlite_utils.Database, words: list[str], limit: int, within: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Passages containing ``words`` as a phrase: ``(passage_id, len(words))``.

    ``within`` limits the search to ranges of passage ids, as in :func:`seed_counts`.
    """
    where, ranges = _within(within)
    rows = db.conn.execute(
        f"SELECT rowid FROM passage_index WHERE passage_index MATCH ?{where} LIMIT ?",
        [_phrase(" ".join(words)), *ranges, limit],
    ).fetchall()
    return [(r[0], len(words)) for r in rows]


def _within(within: list[tuple[int, int]] | None) -> tuple[str, list[int]]:
    """A rowid restriction to ranges of passage ids (a work's passages have consecutive ids)."""
    if not within:
        return "", []
    where = " AND (" + " OR ".join("rowid BETWEEN ? AND ?" for _ in within) + ")"
    return where, [bound for pair in within for bound in pair]


def _phrase(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'
