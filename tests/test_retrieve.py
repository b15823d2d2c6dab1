"""Retrieval's shortcuts read exactly what the plain queries read (issue 11: latency, same results).

Placing passages by each work's id span, the memo of folded passages and the
claimed-work seed lookup split by range are checked against the table and
the one-query reading on the shipped corpus, and after the corpus changes.
"""

from __future__ import annotations

import math

import quotecheck.corpus as corpus
from quotecheck.config import MatchConfig
from quotecheck.normalize import fold
from quotecheck.search.retrieve import Candidate, PassageMemo, _window, open_corpus_view, window
from quotecheck.store.db import open_db
from quotecheck.store.index import _phrase, _seed_counts_pruned, seed_counts, term_frequencies
from quotecheck.store.works import passage_places, passage_ranges, passage_spans, passage_texts


def _all_ids(db) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM passages ORDER BY id")]


def test_passages_are_placed_as_the_table_places_them(shipped_db):
    ids = _all_ids(shipped_db)
    assert passage_spans(shipped_db) is not None
    memo = PassageMemo()
    sample = ids[::37] + [ids[-1] + 1, ids[-1] + 1000]  # and two ids no passage has
    assert memo.places(shipped_db, sample) == passage_places(shipped_db, sample)
    assert len(memo.places(shipped_db, sample)) == len(sample) - 2


def test_folded_passages_are_the_passages_folded_and_bounded(shipped_db):
    ids = _all_ids(shipped_db)[100:400]
    memo = PassageMemo()
    memo.max_folded = 120
    texts = passage_texts(shipped_db, ids)
    for batch in (ids[:50], ids[25:100], ids[90:200], ids[:50]):
        got = memo.fold(shipped_db, batch)
        assert got == {pid: fold(texts[pid]) for pid in batch}
        assert len(memo.folded) <= memo.max_folded + len(batch)


def test_the_memo_follows_the_corpus_when_it_changes(empty_db_path, shared, tmp_path):
    def piece(name: str, chars: int) -> str:
        path = tmp_path / name
        path.write_text((shared / "corpus" / name).read_text(encoding="utf-8-sig")[20_000 : 20_000 + chars])
        return str(path)

    db = open_db(empty_db_path)
    corpus.add_paths(db, [piece("shakespeare_hamlet.txt", 8_000), piece("milton_paradise-lost.txt", 30_000)])
    view = open_corpus_view(db)
    ids = _all_ids(db)
    assert view.passages.places(db, ids) == passage_places(db, ids)
    milton = max(r[0] for r in db.execute("SELECT id FROM works"))
    corpus.remove_work(db, milton)
    # a shorter work takes Milton's first ids and the next one the rest: a stale memo would misplace it
    corpus.add_paths(db, [piece("melville_moby-dick.txt", 5_000)])
    corpus.add_paths(db, [piece("austen_pride-and-prejudice.txt", 12_000)])
    ids = _all_ids(db)
    assert view.passages.places(db, ids) == passage_places(db, ids)
    assert view.passages.fold(db, ids[-5:]) == {p: fold(t) for p, t in passage_texts(db, ids[-5:]).items()}
    db.close()


def _seed_counts_one_query(db, weights, limit, within):
    """The claimed-work seed lookup as first written: every doclist read whole, rows tested against the ranges."""
    where = " AND (" + " OR ".join("rowid BETWEEN ? AND ?" for _ in within) + ")"
    union = " UNION ALL ".join(
        f"SELECT rowid AS id, ? AS w FROM passage_index WHERE passage_index MATCH ?{where}" for _ in weights
    )
    params = [p for term, w in weights.items() for p in (w, _phrase(term), *[b for r in within for b in r])]
    sql = f"SELECT id, sum(w) AS s FROM ({union}) GROUP BY id ORDER BY s DESC, id LIMIT ?"
    return db.conn.execute(sql, [*params, limit]).fetchall()


def test_claimed_work_seeds_split_by_range_read_the_same(shipped_db):
    works = [r[0] for r in shipped_db.execute("SELECT id FROM works ORDER BY id")]
    lines = [
        "the fool hath said in his heart there is no god",
        "it is a truth universally acknowledged that a single man in possession of a good fortune",
        "the history of all hitherto existing society is the history of class struggles",
    ]
    for claimed in (works[:1], works[::9], works[:40]):
        within = passage_ranges(shipped_db, claimed)
        for line in lines:
            df = term_frequencies(shipped_db, line.split())
            weights = {t: 1.0 + 1.0 / df[t] for t in dict.fromkeys(line.split())}
            got = seed_counts(shipped_db, weights, 400, within)
            assert got == _seed_counts_one_query(shipped_db, weights, 400, within)
    assert got  # the lookups found passages to compare


def test_seeds_without_the_common_only_passages_rank_the_same(shipped_db):
    total = shipped_db.execute("SELECT count(*) FROM passages").fetchone()[0]
    lines = [
        "the fool hath said in his heart there is no god",
        "it is a truth universally acknowledged that a single man in possession of a good fortune",
        "whether tis nobler in the mind to suffer the slings and arrows of outrageous fortune",
    ]
    pruned = 0
    for line in lines:
        df = term_frequencies(shipped_db, line.split())
        weights = {t: math.log((total + 1) / (df[t] + 0.5)) for t in sorted(set(line.split()), key=df.get)}
        for limit in (5, 50, 400):
            plain = _seed_counts_one_query(shipped_db, weights, limit, [(0, 1 << 62)])
            assert seed_counts(shipped_db, weights, limit) == plain
            pruned += _seed_counts_pruned(shipped_db, weights, limit) is not None
    assert pruned  # the shortcut was taken (and gave the plain answer)


def test_remembered_windows_are_the_windows_read_afresh(shipped_db):
    view = open_corpus_view(shipped_db)
    view.passages.max_windows = 7
    config = MatchConfig()
    rows = shipped_db.execute(
        "SELECT id, work_id, seq FROM passages ORDER BY id LIMIT 12 OFFSET 5000"
    ).fetchall()
    candidates = [Candidate(work_id, seq, pid) for pid, work_id, seq in rows]
    for quote_len in (4, 40, 4):
        for c in candidates + candidates[:3]:
            margin = config.window_margin_chars + config.window_chars_per_word * quote_len
            assert window(view, c, quote_len, config) == _window(view, c, margin)
            assert len(view.passages.windows) <= view.passages.max_windows
