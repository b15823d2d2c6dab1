"""The quotation's side of matching: its words per segment, and how much each word tells.

Editorial insertions (``[or she]``) are blanked out before tokenising, so
they never count against a match; marked omissions split the quotation into
segments that are aligned in order.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..normalize import Token, tokenize
from ..records import Quote

__all__ = ["QuoteWords", "WordWeights", "quote_words", "word_weights"]


@dataclass(frozen=True)
class QuoteWords:
    """The quotation's tokens per segment (offsets relative to the quotation's text)."""

    text: str  # the quotation's text with insertions replaced by spaces
    segments: tuple[tuple[Token, ...], ...]

    @property
    def tokens(self) -> list[Token]:
        return [t for seg in self.segments for t in seg]

    @property
    def words(self) -> list[str]:
        return [t.norm for t in self.tokens]


@dataclass(frozen=True)
class WordWeights:
    """Inverse passage frequency of the quotation's words: a rare word tells more than a common one.

    ``df`` is the number of passages holding each word (1 for a word in at
    most one); words not looked up weigh 1.
    """

    df: Mapping[str, int]
    idf: Mapping[str, float]

    def of(self, word: str) -> float:
        return self.idf.get(word, 1.0)


def quote_words(quote: Quote) -> QuoteWords:
    base = quote.start
    chars = list(quote.text)
    for ins in quote.insertions:
        s, e = ins.start - base, ins.end - base
        if 0 <= s < e <= len(chars):
            chars[s:e] = " " * (e - s)
    text = "".join(chars)
    segments: list[tuple[Token, ...]] = []
    spans = [(s.start - base, s.end - base) for s in quote.segments] or [(0, len(text))]
    for s, e in spans:
        toks = tuple(Token(t.norm, t.start + s, t.end + s) for t in tokenize(text[s:e]))
        if toks:
            segments.append(toks)
    return QuoteWords(text=text, segments=tuple(segments))


def word_weights(words: list[str], df: Mapping[str, int], total_passages: int) -> WordWeights:
    """Weights from passage frequencies (see :func:`quotecheck.store.index.term_frequencies`)."""
    idf = {t: math.log((total_passages + 1) / (df[t] + 0.5)) for t in dict.fromkeys(words)}
    return WordWeights(df=MappingProxyType(dict(df)), idf=MappingProxyType(idf))
