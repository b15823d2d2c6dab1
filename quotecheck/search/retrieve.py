"""Retrieve: the quotation's words → candidate windows of source text, best first.

Candidates come from the index, never from a scan: the quotation's rarest
words (by how many passages hold them) are looked up in FTS5 and the
passages holding the most of their weight are candidates (seed-and-extend,
as in BLAST or passim); a line of common words only is looked up as a
phrase. A quick character-level score keeps the few worth aligning, and
each becomes a :class:`Window`: the passage and enough of its neighbours to
hold the whole quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from types import MappingProxyType

import sqlite_utils
from rapidfuzz import fuzz

from ..config import MatchConfig
from ..normalize import Token, fold, tokenize
from ..store.index import phrase_hits, seed_counts, term_frequencies
from ..store.works import (
    all_characters,
    data_state,
    passage_count,
    passage_places,
    passage_ranges,
    passage_rows_around,
    passage_spans,
    passage_texts,
    work_rows,
)

__all__ = [
    "WorkInfo",
    "Corpus",
    "Candidate",
    "Window",
    "open_corpus_view",
    "candidates",
    "triple_candidates",
    "triple_counts",
    "prefilter",
    "window",
    "rank_hits",
    "claimed_ranges",
    "own_authors",
    "passage_frequencies",
]

#: Sorts works of unknown year after every known one.
UNKNOWN_YEAR = 10**9


@dataclass(frozen=True, slots=True)
class WorkInfo:
    """What matching needs to know of a work."""

    id: int
    title: str
    author: str | None
    year: int | None
    translated: bool = False

    @property
    def sort_year(self) -> int:
        return self.year if self.year is not None else UNKNOWN_YEAR


class PassageMemo:
    """What matching reads of passages again and again, kept while the database is unchanged.

    Where a passage id lies (its work and place, from each work's id span
    instead of a query per lookup) and a passage's folded words (the quick
    score folds the same passages for the whole-corpus and the claimed-work
    searches, and for quotations of the same work), and tokenised windows
    (quotations of one work meet the same passages). Forgotten whenever
    anything is written to the database; folded texts and windows are bounded.

    A window is kept as plain tuples of strings and numbers (its text, start, and its tokens'
    words, starts and ends), not as :class:`Window` with its :class:`Token` records: the cycle
    collector stops tracking such tuples after a pass or two, but never a named tuple, and
    hundreds of thousands of remembered tokens would be walked by every collection. A remembered
    window's tokens are made again when it is asked for (tens of microseconds; reading and
    tokenising it costs a millisecond) and freed with the quotation.
    """

    #: Folded passages kept (about a kilobyte each); all are forgotten when it is reached.
    max_folded = 20_000
    #: Tokenised windows kept (tens of kilobytes each: a document quotes one work again and again).
    max_windows = 500

    def __init__(self) -> None:
        self.state: tuple[int, int] | None = None
        self.spans: list[tuple[int, int, int, int]] | None = None
        self.firsts: list[int] = []
        self.folded: dict[int, str] = {}
        self.windows: dict[tuple[int, int, int], _Kept] = {}

    def sync(self, db: sqlite_utils.Database) -> None:
        state = data_state(db)
        if state != self.state:
            self.spans = passage_spans(db)
            self.firsts = [span[0] for span in self.spans or ()]
            self.folded = {}
            self.windows = {}
            self.state = state

    def places(self, db: sqlite_utils.Database, ids: list[int]) -> dict[int, tuple[int, int]]:
        """``passage_id -> (work_id, seq)``, as :func:`~quotecheck.store.works.passage_places` reads them."""
        self.sync(db)
        if self.spans is None:
            return passage_places(db, ids)
        found: dict[int, tuple[int, int]] = {}
        unknown = []
        for pid in ids:
            i = bisect_right(self.firsts, pid) - 1
            if i >= 0 and pid <= self.spans[i][1]:
                first, _, work_id, first_seq = self.spans[i]
                found[pid] = (work_id, first_seq + pid - first)
            else:
                unknown.append(pid)
        if unknown:  # not a stored passage as far as the spans know: ask the table
            found.update(passage_places(db, unknown))
        return found

    def fold(self, db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
        """``passage_id -> fold(text)`` of stored passages."""
        self.sync(db)
        folded = self.folded
        missing = [pid for pid in ids if pid not in folded]
        if len(folded) + len(missing) > self.max_folded:
            folded.clear()
            missing = list(ids)
        if missing:
            for pid, text in passage_texts(db, missing).items():
                folded[pid] = fold(text)
        return {pid: folded[pid] for pid in ids if pid in folded}


@dataclass(frozen=True)
class Corpus:
    """The corpus as matching sees it: the database and its works, read once per checker.

    ``ranges`` and ``memo`` remember answers about the corpus (claims repeat
    across a document's quotations); they hold no per-quotation state.
    """

    db: sqlite_utils.Database
    works: Mapping[int, WorkInfo]
    total_passages: int
    #: Per work, the casefolded names of the people who speak in it (see quotecheck.corpus.characters).
    characters: Mapping[int, frozenset[str]] = field(default_factory=dict)
    ranges: dict[tuple[int, ...], list[tuple[int, int]]] = field(default_factory=dict, compare=False)
    #: Answers about the corpus that every quotation may ask again (is a name an author's?).
    memo: dict = field(default_factory=dict, compare=False)
    passages: PassageMemo = field(default_factory=PassageMemo, compare=False)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A passage worth aligning: its work, its place in the work, its id."""

    work_id: int
    seq: int
    passage_id: int


@dataclass(frozen=True)
class Window:
    """A stretch of one work's stored text, tokenised."""

    work_id: int
    start: int  # offset of text[0] in the work
    text: str
    tokens: tuple[Token, ...]

    def span_text(self, i: int, j: int) -> str:
        """The source's own text of tokens ``[i, j)`` (empty when ``i >= j``)."""
        if i >= j:
            return ""
        return self.text[self.tokens[i].start : self.tokens[j - 1].end]


#: A remembered window: its start, text, and its tokens' words, starts and ends (see :class:`PassageMemo`).
_Kept = tuple[int, str, tuple[str, ...], tuple[int, ...], tuple[int, ...]]
#: A token from its three fields, as :func:`~quotecheck.normalize.tokenize` makes them.
_new_token = partial(tuple.__new__, Token)


def open_corpus_view(db: sqlite_utils.Database, config: MatchConfig | None = None) -> Corpus:
    """The corpus as matching sees it; who speaks in each work is decided by ``config``'s
    ``character_min_share`` (the default settings when none are given)."""
    config = config or MatchConfig()
    works = {
        i: WorkInfo(r["id"], r["title"], own_authors(r["title"], r["author"]), r["year"], _translated(r))
        for i, r in work_rows(db).items()
    }
    return Corpus(
        db=db,
        works=MappingProxyType(works),
        total_passages=passage_count(db),
        characters=MappingProxyType(_speakers(all_characters(db), config.character_min_share)),
    )


#: A title that retells another's work for new readers ("The Shakespeare Story-Book", "Tales from
#: Chaucer", "Stories from Homer", "Told to the Children").
_RETELLING = re.compile(r"\b(?:story[- ]?books?|stories|tales|told|retold)\b", re.I)
_NAMES = re.compile(r",\s*|\s+and\s+")


def own_authors(title: str, author: str | None) -> str | None:
    """The authors of a work's own text: a retelling whose header lists the retold author beside its
    own ("The Shakespeare Story-Book", by "Mary Macleon, William Shakespeare") is its writer's, who
    quotes the retold author: it is not the origin of his lines, nor does a claim for him fit it. The
    retold author is the one the title names; someone of a full name not named there must remain."""
    if not author or not _RETELLING.search(title):
        return author
    names = [n.strip() for n in _NAMES.split(author) if n.strip()]
    words = set(re.findall(r"\w+", title.casefold()))
    own = [n for n in names if n.split()[-1].casefold() not in words]
    if len(names) < 2 or not own or len(own) == len(names) or any(len(n.split()) < 2 for n in own):
        return author
    return ", ".join(own)


def _translated(row: dict) -> bool:
    translator = (row.get("translator") or "").lower()
    return bool(translator) and not translator.startswith("written in english") or " tr. " in f" {row['title']} "


def _speakers(found: dict[int, dict[str, int]], min_share: float) -> dict[int, frozenset[str]]:
    """Per work, the names speaking there at least ``min_share`` as often as where they speak most."""
    most: dict[str, int] = {}
    for names in found.values():
        for name, n in names.items():
            key = name.casefold()
            most[key] = max(most.get(key, 0), n)
    return {
        work_id: frozenset(
            name.casefold() for name, n in names.items() if n >= min_share * most[name.casefold()]
        )
        for work_id, names in found.items()
    }


def passage_frequencies(corpus: Corpus, words: list[str]) -> dict[str, int]:
    return term_frequencies(corpus.db, words)


def claimed_ranges(corpus: Corpus, work_ids: list[int], config: MatchConfig) -> list[tuple[int, int]]:
    """Passage id ranges of the claimed works; none when the claim fits too many works to narrow anything."""
    if not work_ids or len(work_ids) > config.max_claimed_works:
        return []
    key = tuple(work_ids)
    if key not in corpus.ranges:
        corpus.ranges[key] = passage_ranges(corpus.db, list(key))
    return corpus.ranges[key]


def candidates(
    corpus: Corpus,
    words: list[str],
    df: Mapping[str, int],
    idf: Mapping[str, float],
    config: MatchConfig,
    *,
    within: list[tuple[int, int]] | None = None,
    limit: int,
) -> list[Candidate]:
    """Candidate passages for the quotation's ``words``, best first.

    Seeds are the rarest words within a budget of postings; passages are
    ranked by how many seeds they and their neighbours hold.
    """
    distinct = list(dict.fromkeys(words))
    seeds: list[str] = []
    postings = 0
    for term in sorted(distinct, key=lambda t: df[t]):
        if len(seeds) >= config.max_seed_terms or (
            len(seeds) >= 3 and postings + df[term] > config.seed_postings_budget
        ):
            break
        seeds.append(term)
        postings += df[term]
    common = max(50, corpus.total_passages * config.common_term_share)
    rare = [t for t in seeds if df[t] <= common]
    hits: list[tuple[int, float]] = []
    if len(rare) < 2 and len(distinct) > 2 and not within:
        # a line of common words ("to be, or not to be"): the exact phrase
        # first (weighted above any seed count), then the seeds for altered
        # copies and other translations
        bonus = sum(idf[t] for t in seeds) + 1
        found = phrase_hits(corpus.db, words[: config.max_phrase_words], config.max_candidate_passages)
        if not found:
            # its rare word changed ("that is the problem"): the common words around it as phrases
            for run in _common_runs(words, df, common, config):
                found += phrase_hits(corpus.db, run, config.max_candidate_passages)
        hits = list({pid: n + bonus for pid, n in sorted(found, key=lambda h: h[1])}.items())
    seeded = seed_counts(corpus.db, {t: idf[t] for t in seeds}, config.max_candidate_passages, within)
    phrase_ids = {pid for pid, _ in hits}
    hits += [h for h in seeded if h[0] not in phrase_ids]
    return _rank_hits(corpus, hits, limit)


def _common_runs(words: list[str], df: Mapping[str, int], common: float, config: MatchConfig) -> list[list[str]]:
    """The runs of common words between a common-word line's rare ones that are long enough to be
    looked up as phrases: at least ``phrase_run_min_words`` words and ``phrase_run_min_share`` of the
    line ("to be or not to be that is the" of "To be, or not to be, that is the problem")."""
    runs: list[list[str]] = [[]]
    for word in words:
        if df[word] <= common:
            runs.append([])
        else:
            runs[-1].append(word)
    least = max(config.phrase_run_min_words, config.phrase_run_min_share * len(words))
    return [run[: config.max_phrase_words] for run in runs if len(run) >= least and len(run) < len(words)]


def triple_candidates(
    corpus: Corpus, words: list[str], *, within: list[tuple[int, int]] | None, limit: int, config: MatchConfig
) -> list[Candidate]:
    """Passages holding consecutive word triples of a short quotation as phrases, best first.

    With ``within`` (the claimed works) only those are searched; an empty
    ``within`` list means there is nothing to search.
    """
    return _rank_hits(corpus, list(triple_counts(corpus, words, within=within, config=config).items()), limit)


def triple_counts(
    corpus: Corpus, words: list[str], *, within: list[tuple[int, int]] | None, config: MatchConfig
) -> dict[int, float]:
    """``passage_id -> how many of the line's consecutive word triples it holds as phrases`` (see
    :func:`triple_candidates`)."""
    if within is not None and not within:
        return {}
    counts: dict[int, float] = {}
    for i in range(len(words) - 2):
        for pid, _ in phrase_hits(corpus.db, words[i : i + 3], config.max_candidate_passages, within):
            counts[pid] = counts.get(pid, 0) + 1
    return counts


def rank_hits(corpus: Corpus, hits: list[tuple[int, float]], limit: int) -> list[Candidate]:
    """Passages ``(passage_id, weight)`` as ranked, non-overlapping candidates (see :func:`candidates`)."""
    return _rank_hits(corpus, hits, limit)


def _rank_hits(corpus: Corpus, hits: list[tuple[int, float]], limit: int) -> list[Candidate]:
    """Passages ``(passage_id, weight)`` as ranked, non-overlapping candidates."""
    if not hits:
        return []
    counts = dict(hits)
    where = corpus.passages.places(corpus.db, list(counts))

    def neighbour(pid: int, work_id: int) -> float:
        n = counts.get(pid, 0)
        return n if n and where.get(pid, (None,))[0] == work_id else 0

    ranked = []
    for pid, (work_id, seq) in ((pid, where[pid]) for pid in counts):
        # a passage's own seeds first; its neighbours' only break ties (a
        # window takes in enough of each neighbour for a quotation that
        # runs over, and a neighbour must not outrank the passage itself)
        score = (counts[pid], neighbour(pid - 1, work_id) + neighbour(pid + 1, work_id))
        ranked.append((score, work_id, seq, pid))
    ranked.sort(key=lambda r: (-r[0][0], -r[0][1], r[3]))
    picked: list[Candidate] = []
    taken: set[tuple[int, int]] = set()
    for _, work_id, seq, pid in ranked:
        if (work_id, seq) in taken:
            continue
        taken.update((work_id, seq + d) for d in (-1, 0, 1))
        picked.append(Candidate(work_id, seq, pid))
        if len(picked) >= limit:
            break
    return picked


def prefilter(
    corpus: Corpus,
    folded_quote: str,
    found: list[Candidate],
    idf: Mapping[str, float],
    config: MatchConfig,
    *,
    keep: int,
    early: int,
) -> list[Candidate]:
    """Keep the candidates worth aligning, judged by a quick character-level score.

    rapidfuzz's partial_ratio on folded text costs microseconds where a
    word alignment costs a millisecond. Beyond the best few, candidates
    close to the best score from works with the earliest known years are
    kept too: a famous line quoted by hundreds of later books must not
    crowd its origin out.
    """
    if len(found) <= keep:
        return found
    folded = corpus.passages.fold(corpus.db, [c.passage_id for c in found])
    score = _quick_scorer(folded_quote, idf, config)
    scored = sorted(((score(folded[c.passage_id]), c) for c in found), key=lambda x: -x[0])
    top = scored[0][0]
    kept = [c for score, c in scored[:keep] if score >= top - config.quick_drop_margin]
    near = [c for score, c in scored[keep:] if score >= top - config.prefilter_margin]
    near.sort(key=lambda c: corpus.works[c.work_id].sort_year)
    return kept + near[:early]


def _quick_scorer(
    folded_quote: str, idf: Mapping[str, float], config: MatchConfig
) -> Callable[[str], float]:
    """The quick score of a folded passage, 0-100: partial_ratio for short quotations; for long ones the
    weighted share of their words present (the quotation's words and their weight read once, not per
    passage)."""
    if len(folded_quote) <= config.quick_ratio_max_chars:
        return partial(fuzz.partial_ratio, folded_quote)
    quote_words = set(folded_quote.split())
    total = sum(idf.get(w, 1.0) for w in quote_words)

    def share(folded_passage: str) -> float:
        present = quote_words.intersection(folded_passage.split())
        return 100.0 * sum(idf.get(w, 1.0) for w in present) / total if total else 0.0

    return share


def window(corpus: Corpus, candidate: Candidate, quote_len: int, config: MatchConfig) -> Window:
    """The candidate passage and enough of its neighbours to hold the whole quotation."""
    margin = config.window_margin_chars + config.window_chars_per_word * quote_len
    memo = corpus.passages
    memo.sync(corpus.db)
    key = (candidate.work_id, candidate.seq, margin)
    kept = memo.windows.get(key)
    if kept is not None:
        start, text, norms, starts, ends = kept
        return Window(candidate.work_id, start, text, tuple(map(_new_token, zip(norms, starts, ends, strict=True))))
    if len(memo.windows) >= memo.max_windows:
        memo.windows.clear()
    found = _window(corpus, candidate, margin)
    norms, starts, ends = zip(*found.tokens, strict=True) if found.tokens else ((), (), ())  # columns, in C
    memo.windows[key] = (found.start, found.text, norms, starts, ends)
    return found


def _window(corpus: Corpus, candidate: Candidate, margin: int) -> Window:
    reach = 1 + margin // 900
    rows = passage_rows_around(corpus.db, candidate.work_id, candidate.seq, reach)
    center = next(i for i, r in enumerate(rows) if r[0] == candidate.seq)
    before = "".join(r[2] for r in rows[:center])[-margin:]
    after = "".join(r[2] for r in rows[center + 1 :])[:margin]
    text = before + rows[center][2] + after
    start = rows[center][1] - len(before)
    return Window(work_id=candidate.work_id, start=start, text=text, tokens=tuple(tokenize(text)))
