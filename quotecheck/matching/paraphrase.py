"""Paraphrase: the passage saying the same thing in other words, when no alignment is the passage.

The quotation's content words (stemmed, weighted by rarity) are looked for
in every candidate window; the densest stretch no longer than about twice
the quotation that holds at least ``paraphrase_min_overlap`` of their weight
is a paraphrased source.
"""

from __future__ import annotations

import functools
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
    """The paraphrased passage's evidence and the share of the quotation's content it holds."""

    evidence: Evidence
    share: float


def find_paraphrase(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    windows: list[Window],
    config: MatchConfig,
) -> Paraphrase | None:
    stems: dict[str, float] = {}
    for t in words.tokens:
        if t.norm not in _STOPWORDS:
            stem = _stem(t.norm)
            stems[stem] = max(stems.get(stem, 0.0), weights.of(t.norm))
    if len(stems) < config.paraphrase_min_words:
        return None
    total = sum(stems.values())
    reach = max(2 * len(words.tokens), 12)
    best: tuple[float, Window, int, int] | None = None
    for window in windows:
        hits = [(i, st) for i, t in enumerate(window.tokens) if (st := _stem(t.norm)) in stems]
        counts: dict[str, int] = {}
        covered, lo = 0.0, 0
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
            if best is None or covered > best[0]:
                best = (covered, window, hits[lo][0], pos + 1)
    if best is None or best[0] / total < config.paraphrase_min_overlap:
        return None
    covered, window, i, j = best
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
    return Paraphrase(weigh(corpus, quote, words, alignment, weights, config), covered / total)
