"""Paraphrase: the passage saying the same thing in other words, when no alignment is the passage.

The quotation's content words (stemmed, weighted by rarity) are looked for
in every candidate window; the densest stretch no longer than about twice
the quotation is the candidate. Whether it *is* a paraphrase is judged in
:mod:`.verdict` from what that stretch holds (see :class:`Paraphrase`):
measured on real rewordings and real made-up quotations (``python -m
bench.paraphrase_eval``), lexical overlap tells them apart only in the
claimed author's own works, so elsewhere the stretch is at most the
closest passage, not a source.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from ..config import MatchConfig
from ..normalize import Token
from ..records import Quote
from ..search.retrieve import Corpus, Window
from .align import align
from .judge import Evidence, weigh
from .words import QuoteWords, WordWeights

__all__ = ["Paraphrase", "find_paraphrase"]

_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being "
    "it its this that these those he she they we you i me him her them us my his their our your "
    "not no so than then there here which who whom what when where why how all any do does did "
    "have has had shall will would should can could may might must into upon unto thee thou thy "
    "ye hath doth s t".split()
)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


@functools.lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """A crude stem, enough to let "learn" meet "learned" and "days" meet "day"."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:6]


@dataclass(frozen=True)
class Paraphrase:
    """The passage sharing most of the quotation's content, and how much of it.

    ``share``: the quotation's content words (stemmed, weighted by rarity)
    found within about twice its length; ``rare``: how many of them are rare
    in the corpus (fabrications in an author's style share common words:
    "a fool thinks himself wise").
    """

    evidence: Evidence
    share: float
    rare: int


@dataclass(frozen=True)
class _Stretch:
    covered: float
    window: Window
    first: int
    last: int  # token indices in the window, inclusive


def find_paraphrase(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    windows: list[Window],
    config: MatchConfig,
) -> Paraphrase | None:
    """The densest stretch of any candidate window in the quotation's content words (None when the
    quotation has too few of them to tell)."""
    stems = _content_stems(words, weights)
    if len(stems) < config.paraphrase_min_words:
        return None
    total = sum(stems.values())
    reach = max(2 * len(words.tokens), 12)
    best: _Stretch | None = None
    for window in windows:
        found = _densest(window, stems, reach)
        if found is not None and (best is None or found.covered > best.covered):
            best = found
    if best is None:
        return None
    window, i, j = best.window, best.first, best.last + 1
    a, b = window.tokens[i].start, window.tokens[j - 1].end
    span = Window(
        work_id=window.work_id,
        start=window.start + a,
        text=window.text[a:b],
        tokens=tuple(Token(t.norm, t.start - a, t.end - a) for t in window.tokens[i:j]),
    )
    alignment = align([list(seg) for seg in words.segments], span, config)
    if alignment is None:
        return None
    matched = [_stem(t.norm) for t in window.tokens[i:j] if _stem(t.norm) in stems]
    rare_weight = math.log((corpus.total_passages + 1) / (config.paraphrase_rare_share * corpus.total_passages + 0.5))
    rare = sum(1 for st in set(matched) if stems[st] >= rare_weight)
    return Paraphrase(weigh(corpus, quote, words, alignment, weights, config), best.covered / total, rare)


def _content_stems(words: QuoteWords, weights: WordWeights) -> dict[str, float]:
    stems: dict[str, float] = {}
    for t in words.tokens:
        if t.norm not in _STOPWORDS:
            stem = _stem(t.norm)
            stems[stem] = max(stems.get(stem, 0.0), weights.of(t.norm))
    return stems


def _densest(window: Window, stems: dict[str, float], reach: int) -> _Stretch | None:
    """The stretch of at most ``reach`` words holding the most content weight (a sliding window)."""
    hits = [(i, st) for i, t in enumerate(window.tokens) if (st := _stem(t.norm)) in stems]
    counts: dict[str, int] = {}
    covered, lo = 0.0, 0
    best: _Stretch | None = None
    for pos, stem in hits:
        counts[stem] = counts.get(stem, 0) + 1
        if counts[stem] == 1:
            covered += stems[stem]
        while pos - hits[lo][0] > reach:
            old = hits[lo][1]
            counts[old] -= 1
            if counts[old] == 0:
                covered -= stems[old]
            lo += 1
        if best is None or covered > best.covered:
            best = _Stretch(covered, window, hits[lo][0], pos)
    return best
