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
from .known import DEFAULT_KNOWN, KnownWorks
from .marks import LIST_MARK, paragraphs, trim
from .patterns import TRAILING_CITATION
from .people import People, Sentences
from .quotes import make_quote, resolve
from .works import read_citation

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


def uncredited_candidates(
    doc: Document, quotes: list[Quote], config: ExtractConfig, known: KnownWorks = DEFAULT_KNOWN
) -> list[Quote]:
    """Paragraphs (list items included) of at least ``uncredited_min_words`` words that no
    quotation of ``quotes`` overlaps, as quotations of form ``"uncredited"``.

    A paragraph holding a quotation is the writer's own sentence around it (or a block the
    extractor has read already); scare quotes and titles inside a paragraph do not exclude it.
    A citation closing the paragraph ("... must be the truth? (The Sign of the Four)", a list of
    sayings each with its work) is no part of the words: it is the claim (``known`` names the
    works and writers it may cite).
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
        cited = TRAILING_CITATION.search(doc.text, s, e)
        citation = None
        if cited and cited.start() > s:
            inner = re.search(r"\(([^()]*)\)", cited.group(0))
            citation = inner.group(1) if inner else None
            s, e = trim(doc.text, s, cited.start())
        where = doc.location(s) or (None, None)
        quote = replace(make_quote(doc.text[s:e], offset=s), form=UNCREDITED, line=where[0], column=where[1])
        out.append(_cited(doc.text, quote, citation, config, known) if citation else quote)
    return out


def _cited(text: str, quote: Quote, citation: str, config: ExtractConfig, known: KnownWorks) -> Quote:
    """The candidate claimed by the citation after it, read as a quotation's citation is."""
    people = People(Sentences(text, [(quote.start, quote.end)], [quote.start]), config, known)
    author, work = read_citation(citation, people)
    if not (author or work):
        return quote
    return resolve(replace(quote, claimed_author=author, claimed_work=work, cue=f"({citation})"), known=known)
