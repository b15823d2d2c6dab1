"""How widely the corpus uses a phrase: a few words many writers share place nothing."""

from __future__ import annotations

import math

from ..store.index import phrase_hits
from .retrieve import Corpus

__all__ = ["is_stock_phrase"]


def is_stock_phrase(corpus: Corpus, words: list[str], *, share: float, min_authors: int) -> bool:
    """Do ``words`` (normalised) stand, as a phrase, in at least ``share`` of the corpus's passages,
    by at least ``min_authors`` authors?

    A famous line is quoted by later books too, but in a few dozen passages of
    a library ("to be or not to be": 18 of 240,000); "for the people" stands in
    hundreds. Reading stops at the share, so a stock phrase costs no scan.
    """
    enough = max(1, math.ceil(share * corpus.total_passages))
    ids = [pid for pid, _ in phrase_hits(corpus.db, words, enough)]
    if len(ids) < enough:
        return False
    marks = ",".join("?" * len(ids))
    rows = corpus.db.execute(f"SELECT DISTINCT work_id FROM passages WHERE id IN ({marks})", ids).fetchall()
    return len({corpus.works[w].author or f"work {w}" for (w,) in rows if w in corpus.works}) >= min_authors
