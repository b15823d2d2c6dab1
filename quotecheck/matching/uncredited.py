"""Which uncredited paragraph candidates are quotations: those whose words the corpus holds.

A candidate (:mod:`quotecheck.extract.uncredited`) costs a few phrase lookups
in the word index before any alignment: a run of its words
(``uncredited_probe_words`` long) at its start, middle and end is looked up
as a phrase, and only a paragraph with one found is matched in full. The
writer's own prose almost never shares such a run with a book, so a page of
fifty paragraphs costs about a tenth of a second.

Paragraphs pasted one after another from one stretch of a work are one
quotation; a document that is mostly that work's words is that work (a
speech's transcript, an edition's chapter), not a page quoting it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..config import MatchConfig
from ..extract.config import DEFAULT_CONFIG as EXTRACT_CONFIG
from ..extract.marks import LIST_MARK, paragraphs
from ..extract.quotes import make_quote
from ..io.document import Document
from ..records import Match, Op, Quote, Verdict
from ..search.paraphrase_candidates import passage_rows
from ..search.retrieve import Corpus, claimed_ranges
from ..store.index import phrase_hits
from . import match_quote
from .diff import norm_words

__all__ = ["confirm_uncredited"]

_BETWEEN = re.compile(rf"\s*(?:{LIST_MARK.pattern})?")  # blank lines and a list item's mark


def confirm_uncredited(
    corpus: Corpus, doc: Document, candidates: list[Quote], config: MatchConfig
) -> list[tuple[Quote, Match]]:
    """The candidates of ``doc`` the corpus holds, each with its match (see :func:`_holds`), from
    ``uncredited_alone_min_words`` words. A candidate right after a
    confirmed one (nothing but blank lines or a list mark between) joins it when the corpus holds
    the two together: paragraphs pasted one after another from one stretch are one quotation."""
    text = doc.text
    probed = {
        q.start: _probe(corpus, words, config)
        for q in candidates
        if len(words := norm_words(q.text)) >= config.uncredited_alone_min_words
    }
    firsts = [hits[0] for hits in probed.values() if hits]
    if not firsts:
        return []
    works = Counter(row[0] for row in passage_rows(corpus.db, firsts).values())
    if _is_copy(corpus, doc, works.most_common(1)[0][0], config):
        return []  # checked before any alignment: a whole book checked against itself costs seconds
    runs: list[tuple[Quote, Match]] = []
    for quote in candidates:
        if runs and (gap := _BETWEEN.match(text, runs[-1][0].end)) and gap.end() == quote.start:
            joined = _joined(text, runs[-1][0], quote)
            match = match_quote(corpus, joined, config)
            if _holds(match, config):
                runs[-1] = (joined, match)
                continue
        if not probed.get(quote.start):
            continue
        unclaimed = replace(quote, claimed_author=None, claimed_work=None, speaker=None)
        match = match_quote(corpus, unclaimed, config)
        if _holds(match, config):
            # held as the corpus's words whoever is cited; then judged against its citation
            claimed = quote.claimed_author or quote.claimed_work
            runs.append((quote, match_quote(corpus, quote, config) if claimed else match))
    return runs


def _joined(text: str, first: Quote, last: Quote) -> Quote:
    words = make_quote(text[first.start : last.end], offset=first.start)
    return replace(first, text=words.text, end=words.end, segments=words.segments, insertions=words.insertions)


def _is_copy(corpus: Corpus, doc: Document, work_id: int, config: MatchConfig) -> bool:
    """Whether the document is the work most of its pasted paragraphs come from (a speech's transcript with
    its own quotations in marks, an edition's chapter), not a page quoting it: at least
    ``uncredited_copy_share`` of its words in paragraphs holding a phrase of that work, and those
    phrases one stretch of it, no longer than ``uncredited_copy_spread`` times those paragraphs (a
    page quoting two chapters of a pamphlet is mostly its words too, but from far apart)."""
    within = claimed_ranges(corpus, [work_id], config)
    total = held_words = held_chars = 0
    hits: list[list[int]] = []
    for s, e in paragraphs(doc.text, doc.format, EXTRACT_CONFIG):
        words = norm_words(doc.text[s:e])
        total += len(words)
        if len(words) >= config.uncredited_probe_words and (found := _probe(corpus, words, config, within)):
            held_words += len(words)
            held_chars += e - s
            hits.append(found)
    if held_words < config.uncredited_copy_share * max(total, 1):
        return False
    # each paragraph's place nearest the first's (a speech quoted again later in the same papers)
    anchor = hits[0][0]
    rows = passage_rows(corpus.db, [min(h, key=lambda p: abs(p - anchor)) for h in hits]).values()
    spread = max(r[3] for r in rows) - min(r[2] for r in rows)
    return spread <= config.uncredited_copy_spread * held_chars


def _holds(match: Match, config: MatchConfig) -> bool:
    """Verbatim, or altered with at least ``uncredited_min_share`` of the paragraph's words standing in
    the source as written: a pasted passage with lines left out is still the source's words (the
    score falls with every word the source has more), prose sharing a phrase with a book is not."""
    if match.verdict is Verdict.VERBATIM:
        return True
    if match.verdict is not Verdict.ALTERED or match.source is None:
        return False
    held = sum(len(e.quoted.split()) for e in match.source.diff if e.op is Op.EQUAL)
    quoted = sum(len(e.quoted.split()) for e in match.source.diff if not e.editorial)
    return held >= config.uncredited_min_share * max(quoted, 1)


def _probe(
    corpus: Corpus, words: list[str], config: MatchConfig, within: list[tuple[int, int]] | None = None
) -> list[int]:
    """The passages holding a run of the paragraph's words at its start, middle or end as a phrase
    (of the passages ``within``, when given; the first run found)."""
    k = config.uncredited_probe_words
    if len(words) < k:
        return []
    for i in dict.fromkeys((0, (len(words) - k) // 2, len(words) - k)):
        if hits := phrase_hits(corpus.db, words[i : i + k], config.max_candidate_passages, within):
            return [pid for pid, _ in hits]
    return []
