"""Paragraphs that may be quotations pasted without marks, cue or credit.

Real pages paste a source's paragraph under their own ("As a result of our
desires, nay of our greed:" then Thoreau's words), as a list item, or after
another quotation, with nothing in the layout or the words to say it is
quoted. Layout alone cannot tell such a paragraph from the writer's prose,
so these are only *candidates*: the checker keeps one when the corpus holds
its words (:func:`quotecheck.matching.uncredited.confirm_uncredited`), and
drops it silently otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..io.document import Document
from ..io.model import SpanKind
from ..records import Kind, Quote
from .config import ExtractConfig
from .marks import LIST_MARK, paragraphs
from .quotes import make_quote

__all__ = ["uncredited_candidates", "UNCREDITED"]

#: The form of a quotation found only because the corpus holds a paragraph's words.
UNCREDITED = "uncredited"

_WORD = re.compile(r"\w+")
#: Marked-up spans that are not the writer's prose to look at: headings, code.
_NOT_PROSE = (SpanKind.HEADING, SpanKind.CODE)


def _heading(text: str, s: int, e: int, config: ExtractConfig) -> bool:
    """A short line standing alone without a sentence's final stop: a title ("It was the best of
    times, it was the worst of times" over the article quoting it)."""
    line = text[s:e].strip()
    return (
        "\n" not in line
        and line[-1:] not in ".!?;:\"”’)]…"
        and len(_WORD.findall(line)) <= config.uncredited_heading_max_words
    )


def uncredited_candidates(doc: Document, quotes: list[Quote], config: ExtractConfig) -> list[Quote]:
    """Paragraphs (list items included) of at least ``uncredited_min_words`` words that no
    quotation of ``quotes`` overlaps, as unclaimed quotations of form ``"uncredited"``.

    A paragraph holding a quotation is the writer's own sentence around it (or a block the
    extractor has read already); scare quotes and titles inside a paragraph do not exclude it.
    """
    taken = sorted(
        [(q.start, q.end) for q in quotes if q.kind == Kind.QUOTATION]
        + [(sp.start, sp.end) for sp in doc.spans if sp.kind in _NOT_PROSE]
    )
    out: list[Quote] = []
    i = 0
    for s, e in paragraphs(doc.text, doc.format, config)[: config.uncredited_max_paragraphs]:
        while i < len(taken) and taken[i][1] <= s:
            i += 1
        if i < len(taken) and taken[i][0] < e:
            continue  # a quotation is inside or overlaps it
        mark = LIST_MARK.match(doc.text, s)
        s = mark.end() if mark else s
        while s < e and doc.text[s].isspace():
            s += 1
        if len(_WORD.findall(doc.text, s, e)) < config.uncredited_min_words or _heading(doc.text, s, e, config):
            continue
        where = doc.location(s) or (None, None)
        out.append(
            replace(make_quote(doc.text[s:e], offset=s), form=UNCREDITED, line=where[0], column=where[1])
        )
    return out
