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

import gc
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace

from ..config import MatchConfig
from ..extract.patterns import VERB
from ..records import Match, Op, Quote, Verdict
from ..search.retrieve import (
    Candidate,
    Corpus,
    candidates,
    claimed_ranges,
    open_corpus_view,
    passage_frequencies,
    prefilter,
    rank_hits,
    triple_candidates,
    triple_counts,
    window,
)
from ..store.index import phrase_hits
from ..store.works import work_text
from .align import align
from .claims import claimed_work_ids, surnames
from .diff import norm_words
from .verdict import decide
from .words import QuoteWords, WordWeights, quote_words, word_weights

__all__ = ["match_quote", "open_corpus_view", "Corpus", "MatchConfig"]


def match_quote(corpus: Corpus, quote: Quote, config: MatchConfig) -> Match:
    """Find the source of ``quote`` in ``corpus`` and judge it.

    A quotation as it circulates may carry the quoter's own speech tag after its closing mark
    ("...works backwards,' says the White Queen to Alice") or a credit after a dash ("... \u2015 Sun
    Tzu"): when the source does not have the tag's words, the words before it are judged and the
    tag is named in the note.

    The cycle collector waits until the quotation is judged (see :func:`_collector_paused`).
    """
    with _collector_paused():
        return _match_tagged(corpus, quote, config)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while one quotation is matched, as servers pause it per request.

    Matching one quotation builds tens of thousands of short-lived objects (windows' tokens,
    alignments, diffs). With the collector on, those alive when a young-generation pass runs are
    promoted, and every few dozen quotations the promoted objects set off a full pass over
    everything the process holds (the WordNet table, the caches): 150-300 ms each, a quarter
    of all matching time at library scale and most of the slowest 5 %. Paused, the quotation's
    objects are freed by reference counting when it is done, and the next young pass finds only
    what the caches keep. A no-op when the collector is already off (nested or caller-paused).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _match_tagged(corpus: Corpus, quote: Quote, config: MatchConfig) -> Match:
    """:func:`match_quote`, the quoter's tag tried off when it is not the author's."""
    match = _match(corpus, quote, config)
    cut = _quoter_tag(quote)
    if cut is None or match.verdict == Verdict.VERBATIM or _tag_found(match, quote, cut, config):
        return match
    body = _without_tag(quote, cut)
    untagged = _match(corpus, body, config)
    if untagged.verdict not in (Verdict.VERBATIM, Verdict.ALTERED) or untagged.score <= match.score:
        return match
    tag = quote.text[cut:].strip(" ,;:.\u2014\u2015\u2013-")
    said = f"the quoter's own tag (\u201c{tag}\u201d) is not part of the quotation"
    return replace(untagged, note="; ".join(n for n in (untagged.note, said) if n))


#: The quoter's speech tag after the quotation's closing mark: "...backwards,' says the White Queen to Alice."
_QUOTER_TAG = re.compile(r"[,.!?;:\u2014\u2013-]\s*[\u2019'\"\u201d]\s*,?\s*(?=[^\u2019'\"\u201d\u2018\u201c]{3,80}$)")
#: ...whose first words (up to four: "the old man") lead to a speech verb, the extractor's own list.
_SAYS = re.compile(rf"^(?:\w+[.,]?\s+){{0,4}}?{VERB}\b", re.I)


#: The quoter's credit after a dash: "... a hundred battles. \u2015 Sun Tzu, The Art of War".
_DASH_CREDIT = re.compile(r"\s[\u2014\u2015\u2013-]{1,2}\s*(?=[A-Z][^\u2019'\"\u201d\u2018\u201c\u2014\u2015\u2013]{1,80}$)")


def _quoter_tag(quote: Quote) -> int | None:
    """Where a tag of the quoter's own starts, if there is one: a speech tag after the quotation's
    closing mark, or a credit after a dash that names the claimed author or work."""
    m = _QUOTER_TAG.search(quote.text)
    if m is not None and len(quote.text[: m.start()].split()) >= 3:
        tag = quote.text[m.end() :]
        if len(tag.split()) <= 10 and _SAYS.match(tag):
            return m.end()
    m = _DASH_CREDIT.search(quote.text)
    if m is None or len(quote.text[: m.start()].split()) < 3:
        return None
    credit = {w.casefold() for w in re.findall(r"\w+", quote.text[m.end() :])}
    names = surnames(quote.claimed_author or "") | {
        w.casefold() for w in re.findall(r"\w{3,}", quote.claimed_work or "") if w.casefold() not in ("the", "and")
    }
    return m.end() if len(credit) <= 10 and credit & names else None


def _tag_found(match: Match, quote: Quote, cut: int, config: MatchConfig) -> bool:
    """The source has the tag's words (then they are the author's, as in "...,” remarked the Colonel")."""
    first = len(norm_words(quote.text[:cut]))
    tag_words = len(norm_words(quote.text[cut:]))
    at = equal = 0
    for edit in match.diff:
        if edit.editorial:
            continue
        n = len(norm_words(edit.quoted))
        if edit.op == Op.EQUAL:
            equal += max(0, min(at + n, first + tag_words) - max(at, first))
        at += n
    return equal >= config.quoter_tag_found_share * tag_words


def _without_tag(quote: Quote, cut: int) -> Quote:
    """The quotation up to its closing mark (or the dash before a credit)."""
    text = quote.text[:cut].rstrip(" ,;:\u2019'\"\u201d\u2014\u2015\u2013-")
    end = quote.start + len(text)
    segments = tuple(
        replace(s, text=s.text[: max(0, end - s.start)], end=min(s.end, end)) for s in quote.segments if s.start < end
    )
    insertions = tuple(i for i in quote.insertions if i.end <= end)
    return replace(quote, text=text, end=end, segments=segments, insertions=insertions)


def _match(corpus: Corpus, quote: Quote, config: MatchConfig) -> Match:
    """Find the source of ``quote`` in ``corpus`` and judge it."""
    words = quote_words(quote)
    terms = words.words
    if not terms:
        return Match(verdict=Verdict.NOT_FOUND, score=0.0, note="the quotation has no words to match")
    weights = _weights(corpus, terms)
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
            match, alignments, windows, config = _judged_with(
                corpus, quote, words, weights, more, alignments, windows, config
            )
            found = found + more
    if match.verdict != Verdict.VERBATIM:
        match, alignments, windows, found, config = _divided_look(
            corpus, quote, words, weights, claimed, match, (alignments, windows, found), config
        )
    if match.verdict == Verdict.NOT_FOUND:
        match = _dated_holders(corpus, quote, words, weights, match, found, alignments, windows, config)
    elif short and _undated_source(corpus, match):
        match = _dated_variants(corpus, quote, words, weights, match, found, alignments, windows, config)
    return match


def _undated_source(corpus: Corpus, match: Match) -> bool:
    """Found (verbatim or altered) in a work of unknown date: it may be a later book quoting the line."""
    return (
        match.verdict in (Verdict.VERBATIM, Verdict.ALTERED)
        and match.source is not None
        and corpus.works[match.source.work_id].year is None
    )


def _dated_variants(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    match: Match,
    found: list[Candidate],
    alignments: list,
    windows: list,
    config: MatchConfig,
) -> Match:
    """A short line found only in books of unknown date, which may be quoting its popular form: the
    earliest dated works holding its word triples are judged too, where the origin may have it altered
    ("A little knowledge is a dangerous thing" is in Zola and Wodehouse, undated; Pope, 1711, wrote
    "A little learning"). The year then decides as it does between any works holding the words."""
    counts = triple_counts(corpus, words.words, within=None, config=config)
    hits = rank_hits(corpus, list(counts.items()), len(counts))
    # the passages holding most of the line's triples, the earliest first among as many
    dated = [c for c in hits if corpus.works[c.work_id].year is not None]
    dated.sort(key=lambda c: (-counts[c.passage_id], corpus.works[c.work_id].sort_year))
    more = _new(dated[: config.max_early_windows], found)
    if not more:
        return match
    return _judged_with(corpus, quote, words, weights, more, alignments, windows, config)[0]


def _divided_look(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    claimed: list[tuple[int, int]],
    match: Match,
    looked: tuple[list, list, list[Candidate]],
    config: MatchConfig,
) -> tuple[Match, list, list, list[Candidate], MatchConfig]:
    """The match again with the passages holding the quotation's words as older print divides them
    (:func:`_divided_terms`), when one aligns closer and the words are then found as written."""
    alignments, windows, found = looked
    unchanged = (match, alignments, windows, found, config)
    divided = _divided_terms(corpus, words.words, weights.df, match, config)
    if not divided:
        return unchanged
    more = _new(_retrieve(corpus, divided, _weights(corpus, divided), claimed, config), found)
    if not more:
        return unchanged
    # the old print's words found as written: no rewording is looked for again
    again, *looked_now, wider = _judged_with(
        corpus, quote, words, weights, more, alignments, windows, config, reworded=False
    )
    if again.verdict not in (Verdict.VERBATIM, Verdict.ALTERED) or again.score <= match.score:
        return unchanged
    return again, *looked_now, found + more, wider


def _judged_with(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    more: list[Candidate],
    alignments: list,
    windows: list,
    config: MatchConfig,
    *,
    reworded: bool = True,
) -> tuple[Match, list, list, MatchConfig]:
    """The quotation judged again with the passages ``more`` aligned too, and what was looked at.

    Judged in addition to the first look's best, not instead of them: a phrase of three words many
    books share ("fault in our") scores above a passage altered at one word ("The fault, dear Brutus,
    is not in our stars") and would crowd it out of the judged few. Without ``reworded`` no window is
    searched for a rewording (a look for the words as written)."""
    extra = [window(corpus, c, len(words.words), config) for c in more]
    added = [a for a in (align(list(words.segments), w, config) for w in extra) if a is not None]
    wider = replace(config, max_judged=config.max_judged + len(added))
    match = decide(corpus, quote, words, weights, alignments + added, windows + extra if reworded else [], wider)
    return match, alignments + added, windows + extra, wider


def _weights(corpus: Corpus, terms: list[str]) -> WordWeights:
    return word_weights(terms, passage_frequencies(corpus, terms), corpus.total_passages)


def _divided_terms(
    corpus: Corpus, terms: list[str], df: Mapping[str, int], match: Match, config: MatchConfig
) -> list[str] | None:
    """The quotation's words as older print divides them, when that may be why it was missed.

    "Tomorrow and tomorrow and tomorrow" never meets Macbeth's "To-morrow, and to-morrow" in the
    index, which holds "to" and "morrow"; the aligner knows the two for one word, the seeds do not.
    A word rare enough to be a seed divides where its first part is a word of many passages
    (``divided_first_share``: "to", "every", "any", "my") and the rest a word of the corpus, not a
    suffix (``divided_rest_share``: "morrow", "thing", "self"). Tried when the quotation is not found
    or someone else's, or when such a word is among its differences. ``df``: the terms' passage
    frequencies, as the first look read them.
    """
    common = corpus.total_passages * config.common_term_share
    # a common word ("another", "without") is no seed either way: dividing it finds nothing new
    splits = {
        w: [(w[:i], w[i:]) for i in range(2, len(w) - 2)] for w in dict.fromkeys(terms) if len(w) >= 5 and df[w] < common
    }
    halves = [h for parts in splits.values() for pair in parts for h in pair]
    if not halves:
        return None
    part_df = passage_frequencies(corpus, halves)
    first, rest = corpus.total_passages * config.divided_first_share, corpus.total_passages * config.divided_rest_share
    divided = {
        w: pair for w, parts in splits.items() for pair in parts if part_df[pair[0]] >= first and part_df[pair[1]] >= rest
    }
    if match.verdict not in (Verdict.NOT_FOUND, Verdict.MISATTRIBUTED):
        differing = {
            t for e in (match.source.diff if match.source else ()) if e.op != Op.EQUAL for t in norm_words(e.quoted)
        }
        divided = {w: pair for w, pair in divided.items() if w in differing}
    if not divided:
        return None
    return [part for t in terms for part in divided.get(t, (t,))]


def _dated_holders(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    match: Match,
    found: list[Candidate],
    alignments: list,
    windows: list,
    config: MatchConfig,
) -> Match:
    """Not found because the closest passage is in a book of unknown date (it may be quoting the
    words): the earliest dated works holding that passage's words as a phrase are judged too. At
    library scale the origin of "sound and fury" (Macbeth) is outscored by the later books repeating
    it before the words are aligned."""
    closest = match.alternatives[0] if match.alternatives else None
    if closest is None or corpus.works[closest.work_id].year is not None:
        return match
    phrase = norm_words(work_text(corpus.db, closest.work_id, closest.start, closest.end))
    if not 2 <= len(phrase) <= config.max_phrase_words:
        return match
    hits = phrase_hits(corpus.db, phrase, config.max_candidate_passages)
    dated = [c for c in rank_hits(corpus, hits, len(hits)) if corpus.works[c.work_id].year is not None]
    dated.sort(key=lambda c: corpus.works[c.work_id].sort_year)
    more = _new(dated[: config.max_early_windows], found)
    if not more:
        return match
    return _judged_with(corpus, quote, words, weights, more, alignments, windows, config)[0]


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
