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
from ..records import Insertion, Quote

__all__ = ["QuoteWords", "WordWeights", "quote_words", "word_weights", "changes_case"]


def changes_case(quote: Quote, ins: Insertion) -> bool:
    """An editorial capital: "[M]en", "[t]he" — the quoter changed a letter's case, the standard
    way of starting a quotation mid-sentence. The letter is part of the word, not an insertion."""
    at = ins.end - quote.start
    return (
        1 <= len(ins.text) <= 2
        and ins.text.isalpha()
        and at < len(quote.text)
        and quote.text[at].isalpha()
        and not quote.text[at - len(ins.text) - 2 : at - len(ins.text) - 1].isalpha()
    )


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

    @property
    def count(self) -> int:
        """How many words the quotation has (a possessive's s is no word)."""
        return sum(len(w) > 1 for w in self.words)


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
        if 0 <= s < e <= len(chars) and not changes_case(quote, ins):
            chars[s:e] = " " * (e - s)
    text = "".join(chars)
    segments: list[tuple[Token, ...]] = []
    spans = [(s.start - base, s.end - base) for s in quote.segments] or [(0, len(text))]
    capitals = {ins.start - base: ins.end - base for ins in quote.insertions if changes_case(quote, ins)}
    for s, e in spans:
        toks = [Token(t.norm, t.start + s, t.end + s) for t in tokenize(text[s:e])]
        toks = _join_capitals(toks, capitals)
        if toks:
            segments.append(tuple(toks))
    return QuoteWords(text=text, segments=tuple(segments))


def _join_capitals(tokens: list[Token], capitals: dict[int, int]) -> list[Token]:
    """"[M]en" tokenises as "m", "en": one word, "men", spanning the brackets."""
    if not capitals:
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        end = capitals.get(t.start - 1)
        if end is not None and t.end == end - 1 and i + 1 < len(tokens) and tokens[i + 1].start == end:
            nxt = tokens[i + 1]
            out.append(Token(t.norm + nxt.norm, t.start - 1, nxt.end))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def word_weights(words: list[str], df: Mapping[str, int], total_passages: int) -> WordWeights:
    """Weights from passage frequencies (see :func:`quotecheck.store.index.term_frequencies`)."""
    idf = {t: math.log((total_passages + 1) / (df[t] + 0.5)) for t in dict.fromkeys(words)}
    return WordWeights(df=MappingProxyType(dict(df)), idf=MappingProxyType(idf))
