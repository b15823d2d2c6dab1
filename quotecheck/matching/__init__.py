"""Matching: one quotation → its verdict and evidence (a :class:`~quotecheck.records.Match`).

The whole pipeline is :func:`match_quote`; each stage is a module with one job:

    words       quotation → words per segment, and their weights (rarity)
    retrieve    words → candidate windows of source text   (quotecheck.search)
    align       window → word alignment                    (align.py)
    judge       alignment → diff, score, coverage, same passage or not
    provenance  judged alignments → origin, editions, works quoting it
    verdict     origin + claim → verdict and notes         (verdict.py)

Nothing keeps per-quotation state on an object: every stage takes records
and settings (:class:`~quotecheck.config.MatchConfig`) and returns records.
"""

from __future__ import annotations

from ..config import MatchConfig
from ..records import Match, Quote, Verdict
from ..search.retrieve import (
    Candidate,
    Corpus,
    candidates,
    claimed_ranges,
    open_corpus_view,
    passage_frequencies,
    prefilter,
    triple_candidates,
    window,
)
from .align import align
from .claims import claimed_work_ids
from .verdict import decide
from .words import WordWeights, quote_words, word_weights

__all__ = ["match_quote", "open_corpus_view", "Corpus", "MatchConfig"]


def match_quote(corpus: Corpus, quote: Quote, config: MatchConfig) -> Match:
    """Find the source of ``quote`` in ``corpus`` and judge it."""
    words = quote_words(quote)
    terms = words.words
    if not terms:
        return Match(verdict=Verdict.NOT_FOUND, score=0.0, note="the quotation has no words to match")
    weights = word_weights(terms, passage_frequencies(corpus, terms), corpus.total_passages)
    claimed = claimed_ranges(corpus, claimed_work_ids(corpus, quote, config), config)
    found = _retrieve(corpus, terms, weights, claimed, config)
    short = 3 <= len(terms) <= config.short_quote_words
    if short and claimed:
        # the claimed works' own wording of a short line may share none of its rare words
        # ("All that glitters" / "All that glisters is not gold"): their phrases are looked up too
        found += _new(_claimed_triples(corpus, terms, weights, claimed, config), found)
    windows = [window(corpus, c, len(terms), config) for c in found]
    alignments = [a for a in (align(list(words.segments), w, config) for w in windows) if a is not None]
    match = decide(corpus, quote, words, weights, alignments, windows, config)
    if (
        match.verdict in (Verdict.NOT_FOUND, Verdict.MISATTRIBUTED)
        and 3 <= len(terms) <= config.short_quote_words
    ):
        # A short line whose rare word was changed ("All that glitters is not
        # gold") misses its source by the seeds: look for its word triples as
        # phrases ("is not gold") before calling it not found or someone else's.
        more = _new(_triples(corpus, terms, weights, config), found)
        if more:
            extra = [window(corpus, c, len(terms), config) for c in more]
            alignments += [
                a for a in (align(list(words.segments), w, config) for w in extra) if a is not None
            ]
            match = decide(corpus, quote, words, weights, alignments, windows + extra, config)
    return match


def _retrieve(
    corpus: Corpus,
    terms: list[str],
    weights: WordWeights,
    claimed: list[tuple[int, int]],
    config: MatchConfig,
) -> list[Candidate]:
    """The best candidates from the whole corpus, and the claimed works' own best ones."""
    folded = " ".join(terms)
    everywhere = candidates(corpus, terms, weights.df, weights.idf, config, limit=config.max_prefilter)
    found = _best_anywhere(corpus, folded, everywhere, weights, config)
    if claimed:
        # the claimed works are always looked at, however many books share the words
        own = candidates(
            corpus, terms, weights.df, weights.idf, config, within=claimed, limit=config.max_prefilter
        )
        own = prefilter(corpus, folded, own, weights.idf, config, keep=config.max_claimed_windows, early=0)
        found += _new(own, found)
    return found


def _triples(corpus: Corpus, terms: list[str], weights: WordWeights, config: MatchConfig) -> list[Candidate]:
    """Passages anywhere holding the line's word triples as phrases (the claimed works' were
    looked up with the first candidates)."""
    found = triple_candidates(corpus, terms, within=None, limit=config.max_prefilter, config=config)
    return _best_anywhere(corpus, " ".join(terms), found, weights, config)


def _claimed_triples(
    corpus: Corpus, terms: list[str], weights: WordWeights, claimed: list[tuple[int, int]], config: MatchConfig
) -> list[Candidate]:
    """Passages of the claimed works holding the line's word triples as phrases."""
    own = triple_candidates(corpus, terms, within=claimed, limit=config.max_prefilter, config=config)
    return prefilter(
        corpus, " ".join(terms), own, weights.idf, config, keep=config.max_claimed_triple_windows, early=0
    )


def _best_anywhere(
    corpus: Corpus, folded: str, found: list[Candidate], weights: WordWeights, config: MatchConfig
) -> list[Candidate]:
    """The best candidates by the quick score, and near-best ones from the earliest works."""
    return prefilter(
        corpus, folded, found, weights.idf, config, keep=config.max_aligned_windows, early=config.max_early_windows
    )


def _new(more: list[Candidate], seen: list[Candidate]) -> list[Candidate]:
    """Candidates of ``more`` whose passage is not already among ``seen``."""
    places = {(c.work_id, c.seq) for c in seen}
    return [c for c in more if (c.work_id, c.seq) not in places]
