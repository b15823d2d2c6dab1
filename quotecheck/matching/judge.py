"""Judge: alignments → evidence (diff, score, coverage) and whether each is clearly the passage.

The score alone cannot decide: "my dear Watson" in a Holmes story scores
well against "Elementary, my dear Watson" but is not its source. So each
alignment's diff is weighed by how much of the quotation's *information*
(rare words count more) it finds in order, and a claim that fits the work
lowers the bar for words changed in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from ..config import MatchConfig
from ..records import Edit, Meaning, Op, Quote
from ..search.retrieve import Corpus
from .align import Alignment
from .claims import claimed, claimed_titles, claimed_work_ids, speaker_titles, work_matches
from .diff import AUXILIARIES, NEGATIONS, Diff, diff_alignment, near_word, norm_words, score
from .words import QuoteWords, WordWeights

__all__ = ["Evidence", "weigh", "coverage", "clearly", "not_found_note"]


@dataclass(frozen=True)
class Evidence:
    """An alignment with its final diff and what the diff says."""

    alignment: Alignment
    diff: Diff
    score: float  # 0-100 from the final diff (see :func:`quotecheck.matching.diff.score`)
    coverage: float  # share of the quotation's information found in order
    exact: bool  # every word equal (editorial marks allowed)
    same_passage: bool  # exact, or clearly the passage however altered
    adds: bool  # the quotation has words the source lacks (not moved, not editorial)
    mostly_added: bool = False  # half the quotation or more is missing at one end (see _mostly_added)

    @property
    def work_id(self) -> int:
        return self.alignment.window.work_id

    @property
    def src_start(self) -> int:
        window = self.alignment.window
        return window.start + window.tokens[self.diff.spans[0][0]].start

    @property
    def src_end(self) -> int:
        window = self.alignment.window
        return window.start + window.tokens[self.diff.spans[-1][1] - 1].end

    @property
    def original(self) -> str:
        window = self.alignment.window
        return window.text[self.src_start - window.start : self.src_end - window.start]


def weigh(
    corpus: Corpus, quote: Quote, words: QuoteWords, al: Alignment, weights: WordWeights, config: MatchConfig
) -> Evidence:
    """The evidence of one alignment: its diff, score, coverage and whether it is the passage."""
    diff = diff_alignment(quote, words, al, config, weights)
    edits = diff.edits
    found = coverage(diff, weights, config)
    exact = all(e.op == Op.EQUAL or e.editorial for e in edits)
    adds = any(e.op == Op.ADD and not e.moved and not e.editorial for e in edits)
    final_score = score(edits)
    in_place = not adds and all(_alike_in_place(e, config) for e in edits if e.op == Op.REPLACE)
    mostly_added = _mostly_added(diff, words)
    same = exact or (
        _long_enough(diff, words, config)
        and not _own_predicate(diff)
        and not _negated_by_added_clause(diff)
        and (
            _same_passage(corpus, quote, al.window.work_id, final_score, found, in_place, config)
            or _with_added_clause(diff, weights, config)
            or _one_word_changed(diff, words, config)
        )
    )
    return Evidence(al, diff, final_score, found, exact, same, adds, mostly_added)


def _long_enough(diff: Diff, words: QuoteWords, config: MatchConfig) -> bool:
    """Could a changed short quotation come from this source stretch? Its words must mostly be
    there as written: one or two common words ("money" of "Time is money", "shall pass" of "This
    too shall pass") are where any sentence can land, and a short line that gains or loses a
    negation is another statement."""
    if len(words.words) >= config.altered_short_words:
        return True
    found = sum(len(norm_words(e.quoted)) for e in diff.edits if (e.op == Op.EQUAL or e.moved) and not e.editorial)
    return 2 * found > len(words.words) and Meaning.NEGATION not in diff.meaning_changes


def _one_word_changed(diff: Diff, words: QuoteWords, config: MatchConfig) -> bool:
    """Every word as written but one, changed in place, in a line of ``one_word_changed_min_words`` or
    more: "To be, or not to be, that is the problem" is Hamlet's line misquoted, though the one rare word
    is the changed one and the rest are words every book has."""
    changed = [e for e in diff.edits if e.op != Op.EQUAL and not e.editorial]
    return (
        len(words.words) >= config.one_word_changed_min_words
        and len(changed) == 1
        and changed[0].op == Op.REPLACE
        and len(norm_words(changed[0].quoted)) == len(norm_words(changed[0].original)) == 1
    )


def _own_predicate(diff: Diff) -> bool:
    """Does the quotation end with a predicate of its own the source lacks ("The Prince of Darkness"
    in Donne and Milton, then "is a gentleman")? The source has only the subject; the statement,
    which is what is quoted, is not there. (An added clause opening with "and" or "but" is judged
    as an addition: :func:`_with_added_clause`.)"""
    content = [e for e in diff.edits if not e.editorial and not (e.op == Op.OMIT and not e.moved)]
    if len(content) < 2 or content[-1].op != Op.ADD or content[-1].moved:
        return False
    added = norm_words(content[-1].quoted)
    if len(added) < 2:
        return False
    before = norm_words(content[-2].quoted) if content[-2].op == Op.EQUAL else []
    # the verb itself the quoter's, or met elsewhere in the source ("so is the Constable") with the
    # quotation's complement nowhere
    return added[0] in AUXILIARIES or (bool(before) and before[-1] in AUXILIARIES)


def _edge_clause(diff: Diff) -> Edit | None:
    """The words of three or more the quotation has and the source lacks at its start or end, if any."""
    content = [e for e in diff.edits if not e.editorial]
    if len(content) < 2:
        return None
    return next(
        (e for e in (content[0], content[-1]) if e.op == Op.ADD and not e.moved and len(norm_words(e.quoted)) >= 3),
        None,
    )


def _negated_by_added_clause(diff: Diff) -> bool:
    """A clause of the quoter's own at one end holding a negation: the statement is the quoter's
    ("who walks not in the counsel of the wicked" is not Job's "shine upon the counsel of the
    wicked", though the tail is his words)."""
    edge = _edge_clause(diff)
    return edge is not None and bool(set(norm_words(edge.quoted)) & NEGATIONS)


def _mostly_added(diff: Diff, words: QuoteWords) -> bool:
    """Half the quotation or more is words the source lacks at one end: "Heavy is the head" before
    "[He] that wears the crown" is a weaker place than "Uneasy lies the head that wears a crown",
    however the rest scores."""
    edge = _edge_clause(diff)
    return edge is not None and 2 * len(norm_words(edge.quoted)) >= len(words.words)


def _with_added_clause(diff: Diff, weights: WordWeights, config: MatchConfig) -> bool:
    """The passage with a clause of the quoter's own added at its start or end: "Most men lead lives
    of quiet desperation and go to the grave with the song still in them". Without the added
    clause the rest must pass the altered bar on its own and quote a run of the source's words
    ("my dear Watson" followed by a made-up maxim is not Doyle's), and hold the larger part of the
    quotation's information (a stock "in the proper sense of the word" after "The Commune was no
    longer a state" is not Santayana's line with a clause added)."""
    edge = _edge_clause(diff)
    if edge is None:
        return False
    rest = tuple(e for e in diff.edits if e is not edge)
    longest_run = max((len(norm_words(e.quoted)) for e in rest if e.op == Op.EQUAL), default=0)
    core = Diff(rest, diff.meaning_changes, diff.spans)
    return (
        longest_run >= config.added_clause_min_words
        and coverage(diff, weights, config) >= config.added_clause_min_share
        and score(rest) >= config.altered_min_score
        and coverage(core, weights, config) >= config.altered_min_coverage
    )


def _alike_in_place(edit, config: MatchConfig) -> bool:
    """A word changed in place into one that looks like it ("Bubble" for "Double"), not another word."""
    quoted, original = norm_words(edit.quoted), norm_words(edit.original)
    return len(quoted) == len(original) and all(
        Levenshtein.normalized_similarity(a, b) >= config.edge_similarity for a, b in zip(quoted, original, strict=True)
    )


def _same_passage(
    corpus: Corpus, quote: Quote, work_id: int, score_: float, found: float, in_place: bool, config: MatchConfig
) -> bool:
    """Clearly the passage quoted, however altered.

    A claim that fits the work (the right author or title) lowers the bar:
    "Bubble, bubble, toil and trouble" credited to Shakespeare is his
    "Double, double toil and trouble", though the changed word is rare...
    """
    if score_ >= config.altered_min_score and found >= config.altered_min_coverage:
        return True
    # ...but only for words changed in place into look-alikes, not for words the source lacks
    # ("Elementary" is nowhere near "my dear Watson" in the canon) or other words ("The Lord
    # works in mysterious ways" is not the Bible's)
    return (
        claimed(corpus, quote, corpus.works[work_id], config)
        and in_place
        and score_ >= config.claimed_min_score
        and found >= config.claimed_min_coverage
    )


def coverage(diff: Diff, weights: WordWeights, config: MatchConfig) -> float:
    """Share of the quotation's information found in order (or moved) in the source.

    Words are weighted by inverse passage frequency: matching "my dear"
    but not "Elementary" is not finding "Elementary, my dear Watson".
    """
    found = total = 0.0
    for edit in diff.edits:
        if edit.editorial:
            continue
        quoted = norm_words(edit.quoted)
        weight = sum(weights.of(w) for w in quoted)
        total += weight
        if edit.op == Op.EQUAL or edit.moved:
            found += weight
        elif edit.op == Op.REPLACE:
            original = norm_words(edit.original)
            found += config.near_word_credit * sum(
                weights.of(w) for w in quoted if any(near_word(w, o, config) for o in original)
            )
    return found / total if total else 0.0


def clearly(ev: Evidence, config: MatchConfig) -> bool:
    """Clearly the passage, beyond passing as the same: not a stock phrase an
    early book shares, nor a loose likeness in the claimed author's work."""
    return ev.score >= config.provenance_min_score or ev.coverage >= config.provenance_min_coverage


def not_found_note(corpus: Corpus, quote: Quote, config: MatchConfig) -> str:
    """Say what the corpus holds of the claimed author: absence here is not fabrication."""
    who = quote.claimed_author
    named = "; ".join(corpus.works[i].title for i in claimed_work_ids(corpus, quote, config)[:6])
    if not who:
        return f"not found in {named}, which the claim names" if named else "nothing close enough in the corpus"
    titles = claimed_titles(corpus, who)
    if not titles:
        spoken = speaker_titles(corpus, who)
        if spoken:
            return f"not found in {'; '.join(spoken[:6])}, where {who} speaks"
        if named:  # "the Bible" as the author: the corpus has it, and it is not there
            return f"not found in {named}, which the claim names"
        return f"the corpus has no works by {who}: not found locally is not proof of fabrication"
    note = f"not in the corpus's works by {who} ({'; '.join(titles[:6])}{'; ...' if len(titles) > 6 else ''})"
    if quote.claimed_work:
        missing = [
            w
            for w in re.split(r";\s*", quote.claimed_work)
            if not any(work_matches(w, t, config) for t in titles)
        ]
        if missing:
            note += f"; the corpus lacks {', '.join(missing)}, so this is not proof of fabrication"
    return note
