"""Locate a quotation in the corpus, align it word by word, score it, judge it.

The pipeline for one :class:`~quotecheck.extract.Quote`:

1. **Words.** The quotation's segments (between marked omissions) are
   tokenised with editorial insertions blanked out, so ``[or she]`` never
   counts against a match.
2. **Candidates.** The rarest words of the quotation (by passage frequency in
   the index) are looked up in FTS5; passages sharing the most of them are
   candidates. A quotation of common words only ("To be, or not to be") is
   looked up as a phrase. No passage is scanned unless the index named it.
3. **Alignment** (:mod:`.align`). Around each candidate the stored text is
   tokenised and each segment aligned at word level; :mod:`.diff` turns the
   edit script into replaced, silently omitted, added and moved words and
   says which edits change the meaning.
4. **Judgement.** The score and the share of the quotation's information
   found give the verdict; among several works holding the passage the
   origin is chosen by claim, earliest year and own words over quoted ones
   (provenance); the claimed author is checked against the origin.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass, field

import sqlite_utils
from rapidfuzz import fuzz

from ..extract.quotes import QUOTATION, Quote, extract_quotes
from ..normalize import Token, fold, tokenize
from ..store.index import phrase_hits, seed_counts, term_frequencies
from ..store.works import locate
from .align import Alignment, Window, align
from .diff import NEAR_WORD_CREDIT, DiffOp, classify_meaning, near_word, norm_words, score, tidy

__all__ = [
    "DiffOp",
    "Alternative",
    "Match",
    "Matcher",
    "VERBATIM",
    "ALTERED",
    "PARAPHRASE",
    "MISATTRIBUTED",
    "NOT_FOUND",
    "VERDICTS",
]

VERBATIM = "verbatim"
ALTERED = "altered"
PARAPHRASE = "paraphrase"
MISATTRIBUTED = "misattributed"
NOT_FOUND = "not_found"
VERDICTS = (VERBATIM, ALTERED, PARAPHRASE, MISATTRIBUTED, NOT_FOUND)

# --- thresholds (see README, "How verdicts are decided") -------------------
#: An alignment this good is the same passage, whatever was changed.
ALTERED_MIN_SCORE = 50.0
#: ...and when most of the quotation's information (rare words count more)
#: is found in order: "my dear Watson" is not "Elementary, my dear Watson".
ALTERED_MIN_COVERAGE = 0.6
#: The lower bar when the claimed author or work is the one found.
CLAIMED_MIN_SCORE = 55.0
CLAIMED_MIN_COVERAGE = 0.35
#: Content-word overlap that makes a passage a paraphrase of the quotation,
#: for quotations with at least this many content words.
PARAPHRASE_MIN_OVERLAP = 0.7
PARAPHRASE_MIN_WORDS = 6
#: A passage that is not the source is still shown as the closest one when
#: it scores this much and holds this share of the quotation's information.
REPORT_MIN_SCORE = 30.0
CLOSEST_MIN_COVERAGE = 0.5

#: Candidate retrieval budget: rare words looked up, passages aligned.
MAX_SEED_TERMS = 12
SEED_POSTINGS_BUDGET = 40_000
COMMON_TERM_SHARE = 0.02
MAX_PHRASE_WORDS = 12
MAX_CANDIDATE_PASSAGES = 400
MAX_ALIGNED_WINDOWS = 12
#: Candidates scored quickly before the best are aligned; near-best ones from
#: the earliest works are aligned too (provenance).
MAX_PREFILTER = 40
PREFILTER_MARGIN = 12
MAX_EARLY_WINDOWS = 6
QUICK_RATIO_MAX_CHARS = 300
#: Candidates this far below the best quick score are not worth aligning.
QUICK_DROP_MARGIN = 45
#: Windows from the claimed author's or work's own texts, aligned in addition.
MAX_CLAIMED_WINDOWS = 6
MAX_CLAIMED_WORKS = 40
#: A quotation this short that is not found is looked for again by its word triples.
SHORT_QUOTE_WORDS = 10
#: Alignments whose full diff is computed when choosing the source.
MAX_JUDGED = 8
#: Works whose wording is this close to the best compete to be the origin.
PROVENANCE_MARGIN = 40.0
#: ...and only if it clearly has the passage (calibrated on bench/devset.jsonl).
PROVENANCE_MIN_SCORE = 65.0
PROVENANCE_MIN_COVERAGE = 0.7
#: Below this information (sum of rarity weights), a quotation is a line of
#: common words, and only exact copies of it compete to be its origin.
LOW_INFORMATION = 12.0
MAX_ALTERNATIVES = 3
MAX_QUOTED_IN = 10

_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being "
    "it its this that these those he she they we you i me him her them us my his their our your "
    "not no so than then there here which who whom what when where why how all any do does did "
    "have has had shall will would should can could may might must into upon unto thee thou thy "
    "ye hath doth s t".split()
)
_AUTHOR_ALIASES = {
    "twain": {"clemens"},
    "clemens": {"twain"},
    "carroll": {"dodgson"},
    "dodgson": {"carroll"},
    "lenin": {"ulyanov"},
    "trotsky": {"bronstein"},
}


@dataclass
class Alternative:
    """Another place the quotation was found.

    ``verdict`` says how faithfully that work has the words (``verbatim`` or
    ``altered``); ``quoting`` is true where the work quotes them as someone
    else's (inside quotation marks attributed to another author, or a block
    quotation), and ``attributed_to`` is whom it credits.
    """

    work_id: int
    title: str
    author: str | None
    year: int | None
    score: float
    start: int
    end: int
    location: str
    verdict: str | None = None
    quoting: bool = False
    attributed_to: str | None = None


@dataclass
class Match:
    """The verdict on one quotation and the evidence for it."""

    verdict: str
    score: float
    work_id: int | None = None
    title: str | None = None
    author: str | None = None
    year: int | None = None
    location: str | None = None
    start: int | None = None
    end: int | None = None
    original: str | None = None
    diff: list[DiffOp] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    note: str | None = None
    meaning_changes: list[str] = field(default_factory=list)
    quoted_in: list[Alternative] = field(default_factory=list)


# --- quotation side --------------------------------------------------------


@dataclass
class _QuoteWords:
    """The quotation's tokens per segment, with insertions blanked out."""

    text: str  # quote text with insertions replaced by spaces
    segments: list[list[Token]]  # offsets relative to quote.start
    editorial: list[tuple[int, int, str]]  # (start, end, kind) relative offsets, for the diff

    @property
    def tokens(self) -> list[Token]:
        return [t for seg in self.segments for t in seg]


def _quote_words(quote: Quote) -> _QuoteWords:
    base = quote.start
    chars = list(quote.text)
    editorial: list[tuple[int, int, str]] = []
    for ins in quote.insertions:
        s, e = ins.start - base, ins.end - base
        if 0 <= s < e <= len(chars):
            chars[s:e] = " " * (e - s)
            editorial.append((s, e, "insertion"))
    text = "".join(chars)
    segments: list[list[Token]] = []
    spans = [(s.start - base, s.end - base) for s in quote.segments] or [(0, len(text))]
    for i, (s, e) in enumerate(spans):
        toks = [Token(t.norm, t.start + s, t.end + s) for t in tokenize(text[s:e])]
        if toks:
            segments.append(toks)
        if i + 1 < len(spans):
            editorial.append((e, spans[i + 1][0], "ellipsis"))
    return _QuoteWords(text=text, segments=segments, editorial=editorial)


# --- the matcher -------------------------------------------------------------


class Matcher:
    """Match quotations against the corpus in ``db`` (see :func:`quotecheck.corpus.open_corpus`)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.total_passages = db.execute("SELECT count(*) FROM passages").fetchone()[0] or 1
        self._claimed_cache: dict[tuple[str | None, str | None], list[tuple[int, int]]] = {}
        self._works = {row["id"]: row for row in db.query("SELECT id, title, author, year FROM works")}

    # -- retrieval --

    _idf: dict[str, float]

    def _claimed_ranges(self, quote: Quote) -> list[tuple[int, int]]:
        """Passage id ranges of the works the quotation is claimed from (by author or title)."""
        key = (quote.claimed_author, quote.claimed_work)
        if key not in self._claimed_cache:
            self._claimed_cache[key] = self._find_claimed_ranges(quote)
        return self._claimed_cache[key]

    def _find_claimed_ranges(self, quote: Quote) -> list[tuple[int, int]]:
        ids = [w["id"] for w in self._works.values() if self._claimed(quote, w)]
        if not ids or len(ids) > MAX_CLAIMED_WORKS:
            return []
        marks = ",".join("?" * len(ids))
        return self.db.execute(
            f"SELECT min(id), max(id) FROM passages WHERE work_id IN ({marks}) GROUP BY work_id", ids
        ).fetchall()

    def _candidate_windows(
        self, words: list[str], within: list[tuple[int, int]] | None = None, limit: int = MAX_ALIGNED_WINDOWS
    ) -> list[tuple[int, int, int]]:
        """Where to align: ``(work_id, seq, passage_id)`` of candidate passages, best first.

        Seeds are the quotation's rarest words (within a budget of postings);
        passages are ranked by how many seeds they and their neighbours hold.
        """
        distinct = list(dict.fromkeys(words))
        df = term_frequencies(self.db, distinct)
        idf = self._idf = {t: math.log((self.total_passages + 1) / (df[t] + 0.5)) for t in distinct}
        seeds: list[str] = []
        postings = 0
        for term in sorted(distinct, key=lambda t: df[t]):
            if len(seeds) >= MAX_SEED_TERMS or (
                len(seeds) >= 3 and postings + df[term] > SEED_POSTINGS_BUDGET
            ):
                break
            seeds.append(term)
            postings += df[term]
        common = max(50, self.total_passages * COMMON_TERM_SHARE)
        rare = [t for t in seeds if df[t] <= common]
        hits: list[tuple[int, float]] = []
        if len(rare) < 2 and len(distinct) > 2 and not within:
            # a line of common words ("to be, or not to be"): the exact phrase
            # first (weighted above any seed count), then the seeds for altered
            # copies and other translations
            bonus = sum(idf[t] for t in seeds) + 1
            hits = [
                (pid, n + bonus)
                for pid, n in phrase_hits(self.db, words[:MAX_PHRASE_WORDS], MAX_CANDIDATE_PASSAGES)
            ]
        seeded = seed_counts(self.db, {t: idf[t] for t in seeds}, MAX_CANDIDATE_PASSAGES, within)
        phrase_ids = {pid for pid, _ in hits}
        hits += [h for h in seeded if h[0] not in phrase_ids]
        return self._rank_hits(hits, limit)

    def _rank_hits(self, hits: list[tuple[int, float]], limit: int) -> list[tuple[int, int, int]]:
        """Passages ``(passage_id, weight)`` as ranked, non-overlapping windows ``(work_id, seq, passage_id)``."""
        if not hits:
            return []
        counts = dict(hits)
        ids = list(counts)
        marks = ",".join("?" * len(ids))  # a few hundred at most: hit lists are limited
        where = {
            pid: (work_id, seq)
            for pid, work_id, seq in self.db.execute(
                f"SELECT id, work_id, seq FROM passages WHERE id IN ({marks})", ids
            )
        }

        def neighbour(pid: int) -> int:
            n = counts.get(pid, 0)
            return n if n and where.get(pid, (None,))[0] == where[pid_of][0] else 0

        ranked = []
        for pid_of in ids:
            work_id, seq = where[pid_of]
            # a passage's own seeds first; its neighbours' only break ties (a
            # window takes in enough of each neighbour for a quotation that
            # runs over, and a neighbour must not outrank the passage itself)
            score = (counts[pid_of], neighbour(pid_of - 1) + neighbour(pid_of + 1))
            ranked.append((score, work_id, seq, pid_of))
        ranked.sort(key=lambda r: (-r[0][0], -r[0][1], r[3]))
        picked: list[tuple[int, int, int]] = []
        taken: set[tuple[int, int]] = set()
        for _, work_id, seq, pid in ranked:
            if (work_id, seq) in taken:
                continue
            taken.update((work_id, seq + d) for d in (-1, 0, 1))
            picked.append((work_id, seq, pid))
            if len(picked) >= limit:
                break
        return picked

    def _prefilter(
        self,
        folded_quote: str,
        candidates: list[tuple[int, int, int]],
        keep: int = MAX_ALIGNED_WINDOWS,
        early: int = MAX_EARLY_WINDOWS,
    ) -> list[tuple[int, int, int]]:
        """Keep the candidates worth aligning, judged by a quick character-level score.

        rapidfuzz's partial_ratio on folded text costs microseconds where a
        word alignment costs a millisecond. Beyond the best few, candidates
        close to the best score from works with the earliest known years are
        kept too: a famous line quoted by hundreds of later books must not
        crowd its origin out.
        """
        if len(candidates) <= keep:
            return candidates
        ids = [pid for _, _, pid in candidates]
        marks = ",".join("?" * len(ids))
        texts = dict(self.db.execute(f"SELECT id, text FROM passages WHERE id IN ({marks})", ids).fetchall())
        scored = sorted(
            ((self._quick_score(folded_quote, fold(texts[pid])), (w, s, pid)) for w, s, pid in candidates),
            key=lambda x: -x[0],
        )
        top = scored[0][0]
        kept = [c for score, c in scored[:keep] if score >= top - QUICK_DROP_MARGIN]
        near = [c for score, c in scored[keep:] if score >= top - PREFILTER_MARGIN]
        near.sort(key=lambda c: self._works[c[0]]["year"] or 9999)
        return kept + near[:early]

    def _quick_score(self, folded_quote: str, folded_passage: str) -> float:
        """0-100: partial_ratio for short quotations; for long ones (where it
        costs tens of milliseconds) the weighted share of their words present."""
        if len(folded_quote) <= QUICK_RATIO_MAX_CHARS:
            return fuzz.partial_ratio(folded_quote, folded_passage)
        quote_words = set(folded_quote.split())
        present = quote_words.intersection(folded_passage.split())
        total = sum(self._weight(w) for w in quote_words)
        return 100.0 * sum(self._weight(w) for w in present) / total if total else 0.0

    def _window(self, work_id: int, seq: int, quote_len: int) -> Window:
        """The candidate passage and enough of its neighbours to hold the whole quotation."""
        margin = 200 + 8 * quote_len  # characters: a generous word length
        reach = 1 + margin // 900
        rows = self.db.execute(
            "SELECT seq, start, text FROM passages WHERE work_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
            [work_id, seq - reach, seq + reach],
        ).fetchall()
        center = next(i for i, r in enumerate(rows) if r[0] == seq)
        before = "".join(r[2] for r in rows[:center])[-margin:]
        after = "".join(r[2] for r in rows[center + 1 :])[:margin]
        text = before + rows[center][2] + after
        start = rows[center][1] - len(before)
        return Window(work_id=work_id, start=start, text=text, tokens=tokenize(text))

    # -- alignment --

    # -- public API --

    def match(self, quote: Quote) -> Match:
        """Find the source of ``quote`` and judge it."""
        qw = _quote_words(quote)
        words = [t.norm for t in qw.tokens]
        if not words:
            return Match(verdict=NOT_FOUND, score=0.0, note="the quotation has no words to match")
        candidates = self._prefilter(" ".join(words), self._candidate_windows(words, limit=MAX_PREFILTER))
        claimed = self._claimed_ranges(quote)
        if claimed:
            # the claimed works are always looked at, however many books share the words
            seen = {(w, s) for w, s, _ in candidates}
            extra = self._prefilter(
                " ".join(words),
                self._candidate_windows(words, claimed, MAX_PREFILTER),
                MAX_CLAIMED_WINDOWS,
                0,
            )
            candidates += [c for c in extra if (c[0], c[1]) not in seen]
        windows = [self._window(work_id, seq, len(words)) for work_id, seq, _pid in candidates]
        alignments = [a for a in (align(qw.segments, w) for w in windows) if a is not None]
        result = self._judge(quote, qw, alignments, windows)
        if result.verdict in (NOT_FOUND, MISATTRIBUTED) and 3 <= len(words) <= SHORT_QUOTE_WORDS:
            # A short line whose rare word was changed ("All that glitters is
            # not gold") misses its source by the seeds: look for its word
            # triples as phrases ("is not gold") before calling it not found
            # or someone else's.
            seen = {(w, s) for w, s, _ in candidates}
            more = self._triple_windows(words) + self._triple_windows(words, self._claimed_ranges(quote), 4)
            more = [c for c in dict.fromkeys(more) if (c[0], c[1]) not in seen]
            if more:
                extra = [self._window(work_id, seq, len(words)) for work_id, seq, _pid in more]
                alignments += [a for a in (align(qw.segments, w) for w in extra) if a is not None]
                result = self._judge(quote, qw, alignments, windows + extra)
        return result

    def _triple_windows(
        self, words: list[str], within: list[tuple[int, int]] | None = None, keep: int = MAX_ALIGNED_WINDOWS
    ) -> list[tuple[int, int, int]]:
        """Candidate windows holding consecutive word triples of a short quotation as phrases.

        With ``within`` (the claimed works) only those are searched; an empty
        ``within`` list means there is nothing to search.
        """
        if within is not None and not within:
            return []
        counts: dict[int, float] = {}
        for i in range(len(words) - 2):
            for pid, _ in phrase_hits(self.db, words[i : i + 3], MAX_CANDIDATE_PASSAGES, within):
                counts[pid] = counts.get(pid, 0) + 1
        ranked = self._rank_hits(list(counts.items()), MAX_PREFILTER)
        return self._prefilter(" ".join(words), ranked, keep, MAX_EARLY_WINDOWS if within is None else 0)

    # -- judgement --

    def _author_matches(self, claimed: str | None, author: str | None) -> bool:
        """Does the claimed name designate this author? Surnames decide ("Samuel" does not)."""
        if not claimed or not author:
            return False
        surnames = _surnames(author)
        return any(
            surname in surnames or _AUTHOR_ALIASES.get(surname, set()) & surnames
            for surname in _surnames(claimed)
        )

    def _work_matches(self, claimed: str | None, title: str | None) -> bool:
        if not claimed or not title:
            return False
        for one in re.split(r";\s*", claimed):
            a, b = fold(one), fold(title)
            if a and (a in b or b in a or fuzz.token_set_ratio(a, b) >= 85):
                return True
        return False

    def _preference(self, quote: Quote, al: Alignment) -> tuple:
        work = self._works[al.window.work_id]
        return (
            round(al.score),  # a clearly better alignment wins first
            self._work_matches(quote.claimed_work, work["title"]),
            self._author_matches(quote.claimed_author, work["author"]),
            -(work["year"] or 9999),
        )

    def _judge(
        self, quote: Quote, qw: _QuoteWords, alignments: list[Alignment], windows: list[Window]
    ) -> Match:
        claimed = quote.claimed_author
        if not alignments:
            return Match(verdict=NOT_FOUND, score=0.0, note=self._not_found_note(quote))
        # Judge the best few alignments: one that is clearly the passage beats
        # a higher raw score that is not.
        judged: list[tuple[Alignment, bool, bool]] = []
        for al in sorted(alignments, key=lambda a: -a.score)[:MAX_JUDGED]:
            diff, meaning, coverage = self._evidence(quote, qw, al)
            exact = all(op.op == "equal" or op.editorial for op in diff)
            judged.append((al, exact, exact or self._same_passage(quote, al, coverage)))
        found = self._by_work([j for j in judged if j[2]])
        if found:
            best, exact, same_passage = self._origin(quote, qw, found)
        else:
            top = max(j[0].score for j in judged)
            best, exact, same_passage = max(
                (j for j in judged if j[0].score >= top - 3), key=lambda j: self._preference(quote, j[0])
            )
        diff, meaning, coverage = self._evidence(quote, qw, best)
        if exact:
            verdict = VERBATIM
        elif same_passage:
            verdict = ALTERED
        else:
            verdict = NOT_FOUND
            paraphrased = self._paraphrase(quote, qw, windows)
            if paraphrased is not None:
                best, diff, meaning, share = paraphrased
                verdict = PARAPHRASE
        work = self._works[best.window.work_id]
        if verdict == NOT_FOUND:
            shown = best.score >= REPORT_MIN_SCORE and coverage >= CLOSEST_MIN_COVERAGE
            closest = [self._alternative(best)] if shown else []
            note = self._not_found_note(quote)
            if closest:
                note += f"; the closest passage (score {closest[0].score:.0f}) is in {closest[0].title}, {closest[0].location}"
            return Match(verdict=NOT_FOUND, score=round(best.score, 1), alternatives=closest, note=note)
        notes: list[str] = []
        quoting, attributed_to = self._quoting(best) if verdict != PARAPHRASE else (False, None)
        if quoting:
            notes.append(
                f"found only where {work['title']} quotes it"
                + (f" as {attributed_to}'s words" if attributed_to else "")
                + "; the original is not in the corpus"
            )
        if verdict in (VERBATIM, ALTERED) and claimed and not self._claim_fits(claimed, work):
            by_claimed = any(
                self._claim_fits(claimed, self._works[j[0].window.work_id])
                and not self._quoting(j[0])[0]
                and self._clearly(quote, qw, j[0])
                for j in found
            )
            credited = quoting and attributed_to and self._author_matches(claimed, attributed_to)
            if not by_claimed and not credited:
                notes.append(
                    f"claimed for {claimed}, but found in {work['author'] or 'an anonymous work'}'s {work['title']}"
                    + ("" if self._claimed_works(claimed) else f"; the corpus has no works by {claimed}")
                )
                verdict = MISATTRIBUTED
        if verdict == PARAPHRASE:
            notes.append(
                f"shares {share:.0%} of its content (rare words weigh more) with this passage, but not its wording"
            )
        if meaning and verdict == ALTERED:
            notes.append("changes the meaning: " + ", ".join(meaning))
        editions, quoted_in = [], []
        for al, ex, _ in found:
            if al is best:
                continue
            other = self._alternative(al, VERBATIM if ex else ALTERED)
            if self._same_work(work, self._works[al.window.work_id]):
                editions.append(other)
            else:
                other.quoting, other.attributed_to = self._quoting(al)
                quoted_in.append(other)
        return Match(
            verdict=verdict,
            score=round(best.score, 1),
            work_id=work["id"],
            title=work["title"],
            author=work["author"],
            year=work["year"],
            location=self._location(best.window.work_id, best.src_start),
            start=best.src_start,
            end=best.src_end,
            original=best.window.text[best.src_start - best.window.start : best.src_end - best.window.start],
            diff=diff,
            alternatives=editions[:MAX_ALTERNATIVES],
            note="; ".join(notes) or None,
            meaning_changes=meaning,
            quoted_in=quoted_in[:MAX_QUOTED_IN],
        )

    # -- provenance --

    def _clearly(self, quote: Quote, qw: _QuoteWords, al: Alignment) -> bool:
        """Clearly the passage, beyond passing as the same: not a stock phrase an
        early book shares, nor a loose likeness in the claimed author's work."""
        return al.score >= PROVENANCE_MIN_SCORE or self._evidence(quote, qw, al)[2] >= PROVENANCE_MIN_COVERAGE

    def _by_work(self, judged: list[tuple[Alignment, bool, bool]]) -> list[tuple[Alignment, bool, bool]]:
        """The best alignment of each work, best first."""
        best: dict[int, tuple[Alignment, bool, bool]] = {}
        for j in sorted(judged, key=lambda j: -j[0].score):
            best.setdefault(j[0].window.work_id, j)
        return list(best.values())

    def _origin(
        self, quote: Quote, qw: _QuoteWords, found: list[tuple[Alignment, bool, bool]]
    ) -> tuple[Alignment, bool, bool]:
        """Which of the works holding the words is their source.

        Not the best score: a book quoting the popular altered form scores
        higher than the original. The claimed work or author comes first, then
        the earliest known year (works of unknown year last), then a work
        that has the words as its own over one quoting them as another
        author's, then the closer wording.
        """
        top = max(j[0].score for j in found)
        best = max(found, key=lambda j: j[0].score)
        # A line of common words ("All right! Good luck!") turns up, scattered,
        # in many books: then only exact copies compete with the best.
        words = [t.norm for t in qw.tokens]
        common_line = sum(self._weight(w) for w in words) < LOW_INFORMATION

        # Another work competes with the best wording only when it clearly has
        # the passage: the claimed author's ("Water, water, every where" for
        # Coleridge), or an earlier one ("Pride goeth before destruction ...
        # a fall"); not a stock phrase an early book happens to share.
        contenders = [
            j
            for j in found
            if j is best
            or (
                self._clearly(quote, qw, j[0])
                and (
                    self._claimed(quote, self._works[j[0].window.work_id])
                    or (
                        j[0].score >= top - PROVENANCE_MARGIN
                        and (not common_line or j[0].longest_run >= len(words))
                    )
                )
            )
        ]
        if len(contenders) == 1:
            return contenders[0]
        # editions of one work compete as one: the year decides between works,
        # the wording between editions
        groups: list[list[tuple[Alignment, bool, bool]]] = []
        for j in contenders:
            work = self._works[j[0].window.work_id]
            group = next(
                (g for g in groups if self._same_work(self._works[g[0][0].window.work_id], work)), None
            )
            if group is None:
                groups.append([j])
            else:
                group.append(j)

        def key(group: list[tuple[Alignment, bool, bool]]) -> tuple:
            works = [self._works[j[0].window.work_id] for j in group]
            fits_work = bool(quote.claimed_work) and any(
                self._work_matches(quote.claimed_work, w["title"]) for w in works
            )
            # the claimed author's work counts only where it has the words as its
            # own: Lenin quoting Engels does not make them Lenin's
            fits_author = bool(quote.claimed_author) and any(
                self._claim_fits(quote.claimed_author, self._works[j[0].window.work_id])
                and not self._quoting(j[0])[0]
                for j in group
            )
            unquoted = any(not self._quoting(j[0])[0] for j in group)
            earliest = min((w["year"] or 9999) for w in works)
            return (fits_work, fits_author, -earliest, unquoted, max(j[0].score for j in group))

        chosen = max(groups, key=key)
        # Years decide who quoted whom between authors; between works of one
        # author (a line reused in a later play) the closer wording decides.
        author = self._works[chosen[0][0].window.work_id]["author"]
        if author:
            chosen = [
                j
                for g in groups
                if _surnames(author) == _surnames(self._works[g[0][0].window.work_id]["author"] or "")
                for j in g
            ]
        return max(chosen, key=lambda j: (j[0].score, -(self._works[j[0].window.work_id]["year"] or 9999)))

    def _quoting(self, al: Alignment) -> tuple[bool, str | None]:
        """Does the work quote these words as someone else's? ``(quoting, credited to)``.

        The extractor reads the text around the match: words inside quotation
        marks credited to another author of the corpus are a quotation of the source, not the source. Dialogue
        credited to a character ("said Alice") is the work's own, and so is an
        uncredited block: indented verse looks like one.
        """
        if al.quoting is None:
            al.quoting = (False, None)
            window = al.window
            lo, hi = al.src_start - window.start, al.src_end - window.start
            author = self._works[window.work_id]["author"]
            for q in extract_quotes(window.text):
                if q.kind != QUOTATION or min(q.end, hi) - max(q.start, lo) < 0.8 * (hi - lo):
                    continue
                credited = q.claimed_author
                if credited and self._author_matches(credited, author):
                    break  # the work quoting its own author
                if credited and self._is_corpus_author(credited):
                    al.quoting = (True, credited)
                break
        return al.quoting

    def _is_corpus_author(self, name: str) -> bool:
        return any(self._author_matches(name, w["author"]) for w in self._works.values())

    def _same_work(self, a: dict, b: dict) -> bool:
        """Two editions of one work: same author and (nearly) the same title."""
        return (
            bool(a["author"])
            and self._author_matches(a["author"], b["author"])
            and fuzz.token_set_ratio(fold(a["title"]), fold(b["title"])) >= 80
        )

    def _evidence(
        self, quote: Quote, qw: _QuoteWords, al: Alignment
    ) -> tuple[list[DiffOp], list[str], float]:
        """The diff of an alignment, its meaning changes and coverage (once); sets its final score."""
        if al.evidence is None:
            diff, meaning = self._diff(quote, qw, al)
            al.score = score(diff)
            al.adds = any(op.op == "add" and not op.moved and not op.editorial for op in diff)
            al.evidence = (diff, meaning, self._coverage(diff))
        return al.evidence

    def _same_passage(self, quote: Quote, al: Alignment, coverage: float) -> bool:
        """Clearly the passage quoted, however altered.

        A claim that fits the work (the right author or title) lowers the bar:
        "Bubble, bubble, toil and trouble" credited to Shakespeare is his
        "Double, double toil and trouble", though the changed word is rare.
        """
        if al.score >= ALTERED_MIN_SCORE and coverage >= ALTERED_MIN_COVERAGE:
            return True
        work = self._works[al.window.work_id]
        claim_fits = self._claimed(quote, work)
        # ...but only for words changed in place, not for words the source lacks
        # ("Elementary" is nowhere near "my dear Watson" in the canon)
        return (
            bool(claim_fits)
            and not al.adds
            and al.score >= CLAIMED_MIN_SCORE
            and coverage >= CLAIMED_MIN_COVERAGE
        )

    def _claimed(self, quote: Quote, work: dict) -> bool:
        """Is ``work`` by the claimed author (or named by the claimed work)?"""
        return bool(
            (quote.claimed_author and self._claim_fits(quote.claimed_author, work))
            or (quote.claimed_work and self._work_matches(quote.claimed_work, work["title"]))
        )

    def _claim_fits(self, claimed: str, work: dict) -> bool:
        """The claimed speaker wrote the work, or is its title character ("as Hamlet says")."""
        return self._author_matches(claimed, work["author"]) or self._work_matches(claimed, work["title"])

    def _claimed_works(self, claimed_author: str) -> list[str]:
        return [w["title"] for w in self._works.values() if self._author_matches(claimed_author, w["author"])]

    def _not_found_note(self, quote: Quote) -> str:
        """Say what the corpus holds of the claimed author: absence here is not fabrication."""
        claimed = quote.claimed_author
        if not claimed:
            return "nothing close enough in the corpus"
        titles = self._claimed_works(claimed)
        if not titles:
            return f"the corpus has no works by {claimed}: not found locally is not proof of fabrication"
        note = f"not in the corpus's works by {claimed} ({'; '.join(titles[:6])}{'; ...' if len(titles) > 6 else ''})"
        if quote.claimed_work:
            missing = [
                w
                for w in re.split(r";\s*", quote.claimed_work)
                if not any(self._work_matches(w, t) for t in titles)
            ]
            if missing:
                note += f"; the corpus lacks {', '.join(missing)}, so this is not proof of fabrication"
        return note

    def _weight(self, word: str) -> float:
        return self._idf.get(word, 1.0)

    def _coverage(self, diff: list[DiffOp]) -> float:
        """Share of the quotation's information found in order (or moved) in the source.

        Words are weighted by inverse passage frequency: matching "my dear"
        but not "Elementary" is not finding "Elementary, my dear Watson".
        """
        found = total = 0.0
        for op in diff:
            if op.editorial:
                continue
            quoted = norm_words(op.quoted)
            weight = sum(self._weight(w) for w in quoted)
            total += weight
            if op.op == "equal" or op.moved:
                found += weight
            elif op.op == "replace":
                original = norm_words(op.original)
                found += NEAR_WORD_CREDIT * sum(
                    self._weight(w) for w in quoted if any(near_word(w, o) for o in original)
                )
        return found / total if total else 0.0

    def _paraphrase(
        self, quote: Quote, qw: _QuoteWords, windows: list[Window]
    ) -> tuple[Alignment, list[DiffOp], list[str], float] | None:
        """The passage saying the same thing in other words, if one does.

        The quotation's content words (stemmed, weighted by rarity) are looked
        for in every candidate window; the densest stretch no longer than about
        twice the quotation that holds at least PARAPHRASE_MIN_OVERLAP of their
        weight is a paraphrased source.
        """
        stems: dict[str, float] = {}
        for t in qw.tokens:
            if t.norm not in _STOPWORDS:
                stem = _stem(t.norm)
                stems[stem] = max(stems.get(stem, 0.0), self._weight(t.norm))
        if len(stems) < PARAPHRASE_MIN_WORDS:
            return None
        total = sum(stems.values())
        reach = max(2 * len(qw.tokens), 12)
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
        if best is None or best[0] / total < PARAPHRASE_MIN_OVERLAP:
            return None
        _, window, i, j = best
        a, b = window.tokens[i].start, window.tokens[j - 1].end
        span = Window(
            work_id=window.work_id,
            start=window.start + a,
            text=window.text[a:b],
            tokens=[Token(t.norm, t.start - a, t.end - a) for t in window.tokens[i:j]],
        )
        alignment = align(qw.segments, span)
        if alignment is None:
            return None
        diff, meaning = self._diff(quote, qw, alignment)
        alignment.score = score(diff)
        return alignment, diff, meaning, best[0] / total

    def _alternative(self, al: Alignment, verdict: str | None = None) -> Alternative:
        work = self._works[al.window.work_id]
        return Alternative(
            verdict=verdict,
            work_id=work["id"],
            title=work["title"],
            author=work["author"],
            year=work["year"],
            score=round(al.score, 1),
            start=al.src_start,
            end=al.src_end,
            location=self._location(al.window.work_id, al.src_start),
        )

    def _location(self, work_id: int, offset: int) -> str:
        return locate(self.db, work_id, offset)

    def _diff(self, quote: Quote, qw: _QuoteWords, al: Alignment) -> tuple[list[DiffOp], list[str]]:
        """Word-level diff in the quotation's and the source's own spelling."""
        seg_tokens = qw.segments
        wt = al.window.tokens
        wtext = al.window.text

        def qspan(k: int, i: int, j: int) -> str:
            if i >= j:
                return ""
            toks = seg_tokens[k]
            return quote.text[toks[i].start : toks[j - 1].end]

        def wspan(i: int, j: int) -> str:
            if i >= j:
                return ""
            return wtext[wt[i].start : wt[j - 1].end]

        ops: list[DiffOp] = []
        positions: list[int] = []  # where in the quotation each op starts, to place insertions

        def emit(op: DiffOp, k: int, qi: int) -> None:
            toks = seg_tokens[k]
            positions.append(toks[qi].start if qi < len(toks) else toks[-1].end)
            ops.append(op)

        insertion_starts = sorted(ins.start - quote.start for ins in quote.insertions)
        prev_seg = 0
        # merge adjacent delete/insert pairs of the Indel script into replaces
        raw = al.ops
        i = 0
        while i < len(raw):
            tag, k, qi, qj, wi, wj = raw[i]
            if k != prev_seg:
                gap = wspan(al.spans[prev_seg][1], al.spans[k][0])
                emit(DiffOp("omit", "...", gap, editorial=True), k, 0)
                prev_seg = k
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            if tag in ("delete", "insert") and nxt and nxt[1] == k and {tag, nxt[0]} == {"delete", "insert"}:
                q_i = min(qi, nxt[2])
                q_j = max(qj, nxt[3])
                w_i = min(wi, nxt[4])
                w_j = max(wj, nxt[5])
                emit(DiffOp("replace", qspan(k, q_i, q_j), wspan(w_i, w_j)), k, q_i)
                i += 2
                continue
            if tag == "equal":
                # split where a bracketed insertion falls, so it shows in place
                cuts = [qi]
                for ins_at in insertion_starts:
                    cut = next((x for x in range(cuts[-1] + 1, qj) if seg_tokens[k][x].start > ins_at), None)
                    if cut is not None and seg_tokens[k][cut - 1].end <= ins_at:
                        cuts.append(cut)
                cuts.append(qj)
                for a, b in zip(cuts, cuts[1:], strict=False):
                    emit(DiffOp("equal", qspan(k, a, b), wspan(wi + a - qi, wi + b - qi)), k, a)
            elif tag == "delete":  # in the quotation, not in the source
                emit(DiffOp("add", qspan(k, qi, qj), ""), k, qi)
            elif tag == "insert":  # in the source, not in the quotation
                emit(DiffOp("omit", "", wspan(wi, wj)), k, qi)
            i += 1
        base = quote.start
        for ins in quote.insertions:
            at = bisect.bisect_right(positions, ins.start - base)
            positions.insert(at, ins.start - base)
            ops.insert(at, DiffOp("add", f"[{ins.text}]", "", editorial=True))
        tidy(ops, al, wspan)
        meaning = classify_meaning(ops)
        return ops, meaning


_NAME_SUFFIXES = frozenset("jr sr ii iii iv esq".split())


@functools.lru_cache(maxsize=10_000)
def _surname(name: str) -> str | None:
    """The last significant word of a name: "Samuel Taylor Coleridge" -> "coleridge"."""
    words = [w for w in fold(re.sub(r"\(.*?\)", " ", name)).split() if w not in _NAME_SUFFIXES]
    words = [w for w in words if len(w) > 1]
    return words[-1] if words else None


@functools.lru_cache(maxsize=10_000)
def _surnames(names: str) -> frozenset[str]:
    """Surnames in a byline: "Alexander Hamilton, John Jay and James Madison",
    "Mark Twain (Samuel Clemens)" (both names), "Thomas Jefferson et al."."""
    names = re.sub(r"\bet al\.?", " ", names)
    found = set()
    for part in re.split(r"\s+and\s+|\s*&\s*|,\s*|[()]", names):
        surname = _surname(part)
        if surname:
            found.add(surname)
    return frozenset(found)


_SUFFIXES = ("ing", "ed", "es", "s", "ly")


@functools.lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """A crude stem, enough to let "learn" meet "learned" and "days" meet "day"."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:6]
