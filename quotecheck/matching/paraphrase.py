"""Paraphrase: the passage saying the same thing in other words, when no alignment is the passage.

Each of the quotation's content words (weighted by rarity) is met in the
candidate windows by its own word, another form of it, a WordNet synonym or
a word one WordNet hop away (:mod:`quotecheck.lexicon`), each counting less
than the last; the stretch no longer than about twice the quotation that
covers most of the quotation's weight (less a little for running longer than
the quotation; bracketed editorial commentary skipped) is the candidate.
When it is not confirmed, the claimed works' passages found by the words'
synonyms (:mod:`quotecheck.search.paraphrase_candidates`) may give the
closest passage to show, never the source. Whether it *is* a
paraphrase is judged in :mod:`.verdict` from the signals measured on it (see
:class:`Paraphrase`, and ``python -m bench.paraphrase_signals`` for how well
each separates real rewordings from real made-up quotations).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace

from ..config import MatchConfig
from ..lexicon import Lexicon, lexicon
from ..normalize import Token
from ..records import Quote
from ..search.paraphrase_candidates import expanded_terms, paraphrase_windows
from ..search.paraphrase_vectors import closest_in_meaning
from ..search.retrieve import Corpus, Window, claimed_ranges
from ..store.works import section_heading, work_text
from .align import align
from .claims import claimed, claimed_work_ids
from .judge import Evidence, weigh
from .words import QuoteWords, WordWeights

__all__ = ["Paraphrase", "find_paraphrase", "closest_reworded"]

_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being "
    "it its this that these those he she they we you i me him her them us my his their our your "
    "not no so than then there here which who whom what when where why how all any do does did "
    "have has had shall will would should can could may might must into upon unto thee thou thy "
    "ye hath doth s t".split()
)
# words that negate what they govern ("t" is the tokenised n't of "don't", "can't")
_NEGATORS = frozenset("not no never nothing none nor neither nobody nowhere cannot t".split())
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
    """The passage covering most of the quotation's content, and the signals measured on it.

    ``share``: the quotation's content words (stemmed, weighted by rarity)
    found as such within about twice its length; ``soft``: the same with
    synonyms and related words counted at their weight; ``rare``: how many
    of the words found are rare in the corpus (fabrications in an author's
    style share common words: "a fool thinks himself wise"); ``order``: the
    share of the words found that stand in the quotation's order;
    ``negated``: the quotation negates and the passage does not, nor the few
    words around it (it says the reverse: "History never repeats itself"); ``dropped``: the passage
    negates and the quotation does not (often a free rewording turning a
    negation around: "without fighting" for "not ... excellence"); ``opposed``: the
    passage holds a WordNet antonym of one of the quotation's words ("loved"
    for "hated"); ``words``: the quotation's content words; ``ordered``: the soft share counting only
    the words that stand in the quotation's order (a chain of hits, each word once).
    """

    evidence: Evidence
    share: float
    soft: float
    rare: int
    order: float
    negated: bool
    dropped: bool
    opposed: bool
    words: int
    ordered: float = 0.0
    worth: float = 0.0  # what the stretch was chosen by (:func:`_worth`): the same content said tightly and in order
    # other places of the claimed works saying it about as well (within ``closest_paraphrase_tie``): when it
    # is not confirmed they are shown beside it, the choice between them being too close to call
    also: tuple[Evidence, ...] = ()
    # is the stretch the claimed works' closest sentence in meaning to the quotation? (asked only near the bar)
    meaning: Callable[[], bool] | None = field(default=None, compare=False, repr=False)

    def credit(self, config: MatchConfig, short: float) -> float:
        """What takes off the paraphrase bar: the rare words found as written (:meth:`rare_credit`), and
        ``paraphrase_meaning_credit`` more when that leaves the passage ``short`` of the bar by no more than
        it and the passage is the claimed works' closest sentence in meaning to the quotation
        (:mod:`quotecheck.search.paraphrase_vectors`): another translation renders that one place, a
        made-up line in an author's style shares words with many."""
        got = self.rare_credit(config)
        if 0.0 < short - got <= config.paraphrase_meaning_credit and self.meaning is not None and self.meaning():
            got += config.paraphrase_meaning_credit
        return got

    def rare_credit(self, config: MatchConfig) -> float:
        """What the rare words found as written take off the paraphrase bar: another translation keeps a
        few of its source's distinctive words, a made-up line in an author's style only common ones."""
        if self.soft < config.paraphrase_rare_credit_floor:
            return 0.0  # a summary in the author's key terms ("the fittest ... survival") says little else
        return config.paraphrase_rare_credit * min(self.rare, config.paraphrase_rare_credit_words)


@dataclass(frozen=True)
class _Reworded(Evidence):
    """Evidence whose reported passage is the whole stretch that says it, not only the few words
    the alignment lined up ("in the")."""

    start: int = 0
    end: int = 0

    @property
    def src_start(self) -> int:
        return self.start

    @property
    def src_end(self) -> int:
        return self.end


@dataclass(frozen=True)
class _Hit:
    pos: int  # token index in the window
    word: int  # index of the quotation's content word
    sim: float


@dataclass(frozen=True)
class _Stretch:
    covered: float
    window: Window
    first: int
    last: int  # token indices in the window, inclusive
    hits: tuple[_Hit, ...]
    size: int  # words of the stretch, commentary left out
    ordered: float = 0.0  # the covered weight standing in the quotation's order


class _Meaning:
    """The quotation's content words, indexed by stem, base form and synset, and what each window
    word stands for among them (memoised per word: a window word costs a few look-ups, however long
    the quotation)."""

    def __init__(self, stems: dict[str, float], words: list[str], lex: Lexicon, config: MatchConfig):
        self.lex = lex
        self.keys = list(stems)
        self.weights = [stems[k] for k in self.keys]
        self.words = words  # one surface form per stem
        self.synonym, self.related = config.paraphrase_synonym_weight, config.paraphrase_related_weight
        self.by_stem = {key: k for k, key in enumerate(self.keys)}
        self.by_base: dict[str, list[int]] = {}
        self.by_synset: dict[str, list[int]] = {}
        self.by_hop: dict[str, list[int]] = {}
        self.antonyms: dict[str, list[int]] = {}
        for k, word in enumerate(words):
            own, hop = lex.senses(word)
            for index, keys in ((self.by_base, lex.bases(word)), (self.by_synset, own), (self.by_hop, hop)):
                for key in keys:
                    index.setdefault(key, []).append(k)
            for base in lex.bases(word):
                for opposite in lex.antonyms.get(base, ()):
                    self.antonyms.setdefault(opposite, []).append(k)
        self.seen: dict[str, tuple[tuple[int, float], ...]] = {}  # window word -> what it stands for
        self._keys = frozenset(self.by_synset).union(self.by_hop, self.by_base)

    def of(self, norm: str) -> tuple[tuple[int, float], ...]:
        """(content word, similarity) pairs the window word ``norm`` stands for."""
        if norm not in self.seen:
            found: dict[int, float] = {}
            if norm not in _STOPWORDS:
                # most window words share no key with the quotation: one set test, no look-ups for them
                meets = not self._keys.isdisjoint(self.lex.reach(norm))
                own, hop = self.lex.senses(norm) if meets else ((), ())
                bases = self.lex.bases(norm) if meets else ()
                for keys, sim in (
                    ((s for h in hop for s in self.by_synset.get(h, ())), self.related),
                    ((s for h in own for s in self.by_hop.get(h, ())), self.related),
                    ((s for h in own for s in self.by_synset.get(h, ())), self.synonym),
                    ((s for b in bases for s in self.by_base.get(b, ())), 1.0),
                ) if meets else ():
                    for k in keys:
                        found[k] = max(found.get(k, 0.0), sim)
                k = self.by_stem.get(_stem(norm))
                if k is not None:
                    found[k] = 1.0
            self.seen[norm] = tuple(found.items())
        return self.seen[norm]

    def opposes(self, norm: str) -> list[int]:
        """The content words the window word ``norm`` is a WordNet antonym of."""
        return [k for b in self.lex.bases(norm) for k in self.antonyms.get(b, ())]


def find_paraphrase(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    windows: list[Window],
    config: MatchConfig,
) -> Paraphrase | None:
    """The stretch of any candidate window covering most of the quotation's content (None when the
    quotation has too few content words to tell)."""
    stems, surface = _content_stems(words, weights)
    if len(stems) < config.paraphrase_min_words:
        return None
    meaning = _Meaning(stems, [surface[k] for k in stems], lexicon(), config)
    total = sum(stems.values())
    reach = max(2 * len(words.tokens), 12)
    n = len(words.tokens)
    ranked: dict[bool, list[tuple[float, _Stretch]]] = {}  # stretches in the claimed works (True) and elsewhere
    for window in windows:
        found = _densest(window, meaning, reach, config)
        if found is not None:
            mine = claimed(corpus, quote, corpus.works[window.work_id], config)
            ranked.setdefault(mine, []).append((_worth(found, n, total, config), found))
    if not ranked:
        return None
    # the claimed author's works are a prior: their best stretch is the candidate when there is one
    mine = ranked.get(True) or ranked[False]
    mine.sort(key=lambda pair: -pair[0])  # stable: the first window wins a tie, as before
    # a translator's introduction retells the work in today's words: never the place a rewording comes from
    own = next((k for k, (_, found) in enumerate(mine) if not _editorial(corpus, found, config)), None)
    if own is None:
        return None
    mine = mine[own:]
    worth, best = mine[0]
    made = _made(corpus, quote, words, weights, best, config)
    if made is None:
        return None
    stretched, stretch = made
    exact = {meaning.keys[h.word] for h in best.hits if h.sim == 1.0}
    rare_weight = math.log(
        (corpus.total_passages + 1) / (config.paraphrase_rare_share * corpus.total_passages + 0.5)
    )
    return Paraphrase(
        evidence=stretched,
        share=sum(stems[k] for k in exact) / total,
        soft=best.covered / total,
        rare=sum(1 for k in exact if stems[k] >= rare_weight),
        order=_in_order(best.hits),
        negated=_negates(words.words) and not _negates(_around(best, config.paraphrase_negation_reach)),
        dropped=_negates(stretch) and not _negates(words.words),
        opposed=_opposed(meaning, stretch, best.hits),
        words=len(stems),
        ordered=best.ordered / total,
        worth=worth,
        also=_as_close(corpus, quote, words, weights, mine, stretched, config),
        meaning=_meaning_check(corpus, quote, stretched, config),
    )


def _meaning_check(corpus: Corpus, quote: Quote, stretched: Evidence, config: MatchConfig) -> Callable[[], bool]:
    """Asked at most once: is the stretch the claimed works' sentence pair closest in meaning to the
    quotation, at a cosine of at least ``paraphrase_meaning_min_cosine``?"""

    @functools.cache
    def check() -> bool:
        works = sorted(claimed_work_ids(corpus, quote, config))
        found = closest_in_meaning(corpus, quote.text, works, config)
        if found is None or found[3] < config.paraphrase_meaning_min_cosine:
            return False
        work_id, start, end, _ = found
        return work_id == stretched.work_id and start < stretched.src_end and stretched.src_start < end

    return check


def _made(
    corpus: Corpus, quote: Quote, words: QuoteWords, weights: WordWeights, best: _Stretch, config: MatchConfig
) -> tuple[_Reworded, list[str]] | None:
    """The evidence of a stretch (the whole stretch as its passage) and its words."""
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
    ev = weigh(corpus, quote, words, alignment, weights, config)
    stretched = _Reworded(
        **{f.name: getattr(ev, f.name) for f in fields(ev)}, start=span.start, end=span.start + b - a
    )
    return stretched, [t.norm for t in window.tokens[i:j]]


def _as_close(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    ranked: list[tuple[float, _Stretch]],
    chosen: Evidence,
    config: MatchConfig,
) -> tuple[Evidence, ...]:
    """The next best stretch at another place, when it says the quotation about as well as the chosen
    one (within ``closest_paraphrase_tie`` of its worth): on dev, when the chosen stretch is not the
    labelled passage and that passage is the runner-up, it trails by 0.004 to 0.014 six times in eight."""
    for worth, other in ranked[1:]:
        if ranked[0][0] - worth > config.closest_paraphrase_tie:
            break
        if _editorial(corpus, other, config):
            continue
        made = _made(corpus, quote, words, weights, other, config)
        if made is not None and not _same_place(made[0], chosen):
            return (made[0],)
    return ()


def _same_place(one: Evidence, other: Evidence) -> bool:
    return one.work_id == other.work_id and one.src_start < other.src_end and other.src_start < one.src_end


def closest_reworded(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    windows: list[Window],
    found: Paraphrase | None,
    config: MatchConfig,
) -> Paraphrase | None:
    """The passage to show as closest when no paraphrase was confirmed: ``found`` (the best stretch
    of the first candidates), or the best stretch of the claimed works' passages looked up by the
    quotation's content words' forms and synonyms, whichever says more of it in the claimed works."""
    more = _reworded_windows(corpus, quote, words, windows, config)
    recalled = find_paraphrase(corpus, quote, words, weights, more, config) if more else None
    if recalled is None or recalled.soft < config.closest_paraphrase_share:
        return found  # too little of it to show: the first candidates' stretch stands
    if found is None or not claimed(corpus, quote, corpus.works[found.evidence.work_id], config):
        return recalled
    # chosen as the stretches were: more of the content said as tightly and in order, not more words met
    best, other = (recalled, found) if recalled.worth > found.worth else (found, recalled)
    if best.also or best.worth - other.worth > config.closest_paraphrase_tie or other.soft < config.closest_paraphrase_share:
        return best
    return best if _same_place(best.evidence, other.evidence) else replace(best, also=(other.evidence,))


def _reworded_windows(
    corpus: Corpus, quote: Quote, words: QuoteWords, seen: list[Window], config: MatchConfig
) -> list[Window]:
    """More candidate windows in the claimed works, found by the quotation's content words' forms and
    synonyms rather than its own rare words (:mod:`quotecheck.search.paraphrase_candidates`)."""
    if not config.paraphrase_recall_windows:
        return []
    within = claimed_ranges(corpus, claimed_work_ids(corpus, quote, config), config)
    content = list(dict.fromkeys(t.norm for t in words.tokens if t.norm not in _STOPWORDS and len(t.norm) > 2))
    if not within or len(content) < config.paraphrase_min_words:
        return []
    terms = expanded_terms(corpus, content, config)
    return paraphrase_windows(corpus, terms, within, len(words.words), seen, config)


def _worth(found: _Stretch, n: int, total: float, config: MatchConfig) -> float:
    """A stretch's soft share, less ``paraphrase_spread_penalty`` for each quotation's length it runs
    beyond the quotation's own: the same content said as tightly as the quotation beats the same
    words strewn over a commentary twice as long."""
    spread = max(0.0, found.size / n - 1.0)
    return _choice(found, config) / total - config.paraphrase_spread_penalty * spread


#: A heading naming an editor's or translator's apparatus rather than the work's own text.
_APPARATUS = re.compile(
    r"(?:INTRODUCTION|INTRODUCTORY|PREFACE|FOREWORD|TRANSLATOR|EDITOR|NOTES?|FOOTNOTES|ENDNOTES|GLOSSARY|INDEX)\b"
)
#: A heading of the work's own divisions ("THE SECOND BOOK", "CHAPTER XXII -- ...", "I.  LAYING PLANS").
_DIVISION = re.compile(r"\b(?:BOOK|CHAPTER|PART|CANTO|ACT|SCENE|DEDICATION)\b|^[IVXLC]+\.\s")
#: A line of capitals standing alone: a heading the text gives itself.
_HEADING_LINE = re.compile(r"^[ \t]*([A-Z][A-Z0-9 ,.'\u2019:;-]{3,}?)[ \t.]*$", re.M)


def _editorial(corpus: Corpus, found: _Stretch, config: MatchConfig) -> bool:
    """The stretch lies in a translated work's apparatus: its stored section's heading names an
    introduction, preface, notes, glossary or index (or it has none), and no heading of the work's
    own divisions ("THE SECOND BOOK", "CHAPTER I") stands nearer before it than such a heading,
    within ``paraphrase_heading_reach_chars``. Jowett's "INTRODUCTION AND ANALYSIS" retells the
    Republic in modern words and outscores Plato's own text for a rewording. The nearer headings
    count, not only the section: a Gutenberg text's section can run on past the introduction over the
    first books ("INTRODUCTION" ... "THE FIRST BOOK" in Casaubon's Meditations). An untranslated
    work's introduction is its author's own (Engels's), and stays."""
    work_id = found.window.work_id
    if not corpus.works[work_id].translated:
        return False
    at = found.window.start + found.window.tokens[found.first].start
    heading = (section_heading(corpus.db, work_id, at) or "").upper()
    if heading and not _APPARATUS.match(heading):
        return False  # in one of the work's own sections (most stretches: no text read)
    before = work_text(corpus.db, work_id, max(0, at - config.paraphrase_heading_reach_chars), at)
    for line in reversed(_HEADING_LINE.findall(before)):
        if _APPARATUS.match(line):
            return True
        if _DIVISION.search(line):
            return False
    return bool(heading)


def _content_stems(words: QuoteWords, weights: WordWeights) -> tuple[dict[str, float], dict[str, str]]:
    """The quotation's content stems with their weight (rarity), and one word of each."""
    stems: dict[str, float] = {}
    surface: dict[str, str] = {}
    for t in words.tokens:
        if t.norm not in _STOPWORDS:
            stem = _stem(t.norm)
            stems[stem] = max(stems.get(stem, 0.0), weights.of(t.norm))
            surface.setdefault(stem, t.norm)
    return stems, surface


def _densest(window: Window, meaning: _Meaning, reach: int, config: MatchConfig) -> _Stretch | None:
    """The stretch of at most ``reach`` words that best says the quotation: the few stretches covering
    the most content weight (each content word counted once at its best similarity; one pass, the
    stretch sliding over the window's hits) are weighed again by how much of that weight stands in the
    quotation's order (:func:`_ordered`), ``paraphrase_order_choice`` of the choice. Another translation
    keeps its source's order of thought, words strewn by chance do not ("a penalty for refusing ... to
    rule" before the Republic's "the punishment ... refuses to rule ... ruled by one who is worse").
    Editorial commentary (:func:`_main_text`) is skipped: its words neither count nor use up reach."""
    kept_at = _main_text(window, config.paraphrase_commentary_words)
    tokens, seen = window.tokens, meaning.seen
    # (each distinct word looked up once, then the memo read inline: this runs for every word of every
    # candidate window, and most stand for nothing, an empty tuple)
    norms = [tokens[i].norm for i in kept_at]
    for norm in set(norms).difference(seen):
        meaning.of(norm)
    hits = [_Hit(p, k, s) for p, norm in enumerate(norms) for k, s in seen[norm]]
    if not hits:
        return None
    # stretches ending at each hit and stretches starting at each one: a passage's best stretch may
    # begin where the one covering the most ends
    ending = _slide(hits, meaning.weights, reach, range(len(hits)))
    starting = _slide(hits, meaning.weights, reach, range(len(hits) - 1, -1, -1))
    spans = _separate(ending, config.paraphrase_choice_stretches)
    spans += [s for s in _separate(starting, config.paraphrase_choice_stretches) if s not in spans]
    best: _Stretch | None = None
    for got, lo, hi in spans:
        found = _stretch(window, meaning, hits[lo : hi + 1], kept_at, got)
        if best is None or _choice(found, config) > _choice(best, config) + 1e-9:
            best = found
    return best


def _slide(hits: list[_Hit], weights: list[float], reach: int, order: range) -> list[tuple[float, int, int]]:
    """(covered weight, first hit, last hit) of the stretch of at most ``reach`` words from each hit
    back (``order`` ascending) or forward (descending), each content word counted once at its best
    similarity (one pass: the stretch slides over the hits)."""
    inside: dict[int, Counter[float]] = {}
    covered, spans = 0.0, []
    tail = iter(order)
    far = next(iter(order))

    def change(hit: _Hit, delta: int) -> float:
        sims = inside.setdefault(hit.word, Counter())
        before = max(sims, default=0.0)
        sims[hit.sim] += delta
        if not sims[hit.sim]:
            del sims[hit.sim]
        return weights[hit.word] * (max(sims, default=0.0) - before)

    next(tail)
    for at in order:
        covered += change(hits[at], 1)
        while abs(hits[at].pos - hits[far].pos) > reach:
            covered += change(hits[far], -1)
            far = next(tail)
        spans.append((covered, min(at, far), max(at, far)))
    return spans


def _separate(spans: list[tuple[float, int, int]], most: int) -> list[tuple[float, int, int]]:
    """The ``most`` best-covering stretches that do not overlap one another, best first."""
    chosen: list[tuple[float, int, int]] = []
    for got, lo, hi in sorted(spans, key=lambda s: (-s[0], s[2])):
        if len(chosen) >= most:
            break
        if all(hi < a or lo > b for _, a, b in chosen):
            chosen.append((got, lo, hi))
    return chosen


def _stretch(window: Window, meaning: _Meaning, hits: list[_Hit], kept_at: list[int], covered: float) -> _Stretch:
    """The stretch from the first to the last of ``hits``, each content word at its best hit."""
    got: dict[int, _Hit] = {}
    for hit in hits:
        if hit.word not in got or hit.sim > got[hit.word].sim:
            got[hit.word] = hit
    kept = tuple(sorted(got.values(), key=lambda h: h.word))
    lo_pos, hi_pos = hits[0].pos, hits[-1].pos
    ordered = _ordered(hits, meaning.weights)
    return _Stretch(covered, window, kept_at[lo_pos], kept_at[hi_pos], kept, hi_pos - lo_pos + 1, ordered)


def _choice(found: _Stretch, config: MatchConfig) -> float:
    """What a stretch is chosen by: its covered weight, ``paraphrase_order_choice`` of it counted
    only as far as it stands in the quotation's order."""
    share = config.paraphrase_order_choice
    return (1.0 - share) * found.covered + share * found.ordered


def _ordered(hits: list[_Hit], weights: list[float]) -> float:
    """The most content weight a chain of ``hits`` can hold in both the passage's and the quotation's
    order, each content word once (a weighted longest increasing run: hits in passage order, a
    running best per content word index)."""
    best = [0.0] * len(weights)  # best chain ending at a word of at most this index
    at = 0
    while at < len(hits):
        same = at
        while same < len(hits) and hits[same].pos == hits[at].pos:
            same += 1
        # the words of one passage word are taken together: one passage word renders one quotation word
        gains = [(h.word, (best[h.word - 1] if h.word else 0.0) + weights[h.word] * h.sim) for h in hits[at:same]]
        for word, gain in gains:
            for k in range(word, len(best)):
                if best[k] >= gain:
                    break
                best[k] = gain
        at = same
    return best[-1] if best else 0.0


_BRACKET = re.compile(r"[\[\]]")


def _main_text(window: Window, least: int) -> list[int]:
    """Indices of the window's tokens outside editorial commentary: a bracketed stretch of at least
    ``least`` words (the commentators' notes between the lines of Giles's Sun Tzu, which repeat the
    text's words; a short "[Exit]" stays). A bracket the window cuts off runs to its edge."""
    text = window.text
    starts = [t.start for t in window.tokens]
    out_of: list[tuple[int, int]] = []
    depth_start: int | None = None
    for m in _BRACKET.finditer(text):
        pos, ch = m.start(), m.group()
        if ch == "[" and depth_start is None:
            depth_start = pos
        elif ch == "]":
            out_of.append((depth_start if depth_start is not None else 0, pos))
            depth_start = None
    if depth_start is not None:
        out_of.append((depth_start, len(text)))
    skip: set[int] = set()
    for a, b in out_of:
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        if hi - lo >= least:
            skip.update(range(lo, hi))
    return [i for i in range(len(starts)) if i not in skip]


def _in_order(hits: tuple[_Hit, ...]) -> float:
    """The share of the words found whose places in the passage keep the quotation's order
    (the longest increasing run of positions, taken in the quotation's order)."""
    if not hits:
        return 0.0
    tails: list[int] = []
    for pos in (h.pos for h in sorted(hits, key=lambda h: h.word)):
        k = bisect.bisect_left(tails, pos)
        tails[k : k + 1] = [pos]
    return len(tails) / len(hits)


def _around(found: _Stretch, reach: int) -> list[str]:
    """The stretch's words with up to ``reach`` words of its window either side: a negation governing
    what the stretch says often stands just outside it ("There is no instance of ...")."""
    tokens = found.window.tokens
    return [t.norm for t in tokens[max(0, found.first - reach) : found.last + 1 + reach]]


def _negates(words: list[str]) -> bool:
    return any(w in _NEGATORS for w in words)


def _opposed(meaning: _Meaning, stretch: list[str], hits: tuple[_Hit, ...]) -> bool:
    """The passage holds an antonym of a content word it does not also hold as such."""
    exact = {h.word for h in hits if h.sim == 1.0}
    return any(k not in exact for norm in set(stretch) - _STOPWORDS for k in meaning.opposes(norm))
