"""Verdict: judged alignments and the claim → the :class:`~quotecheck.records.Match` reported.

``verbatim`` when the origin's words are all equal, ``altered`` when it is
clearly the passage, ``paraphrase`` when only its content is there, else
``not_found`` (with the closest passage when one is worth showing);
``misattributed`` when the origin's author is not the claimed one and no
work of the claimed author has the words as its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..config import MatchConfig
from ..normalize import fold
from ..records import Edit, Match, Meaning, Op, Quote, Source, Verdict
from ..search.phrases import is_stock_phrase
from ..search.retrieve import Corpus, Window, WorkInfo
from ..store.works import locate, section_heading
from .align import Alignment
from .claims import (
    author_matches,
    claim_fits,
    claim_names,
    claimed,
    claimed_titles,
    claimed_work_ids,
    is_corpus_author,
    speaker_only,
    speaker_titles,
    work_fits,
    work_matches,
    works_titled,
)
from .context import ContextDrop, dropped_context
from .diff import norm_words, score
from .judge import Evidence, clearly, not_found_note, weigh
from .paraphrase import Paraphrase, closest_reworded, find_paraphrase
from .provenance import (
    Appended,
    Quoting,
    appended_text,
    best_per_work,
    cited_reference,
    cited_verse,
    credited_before,
    in_commentary,
    named_near,
    origin,
    others,
    place,
    place_preference,
    quoted_after_naming,
    quoting_in_source,
)
from .words import QuoteWords, WordWeights

__all__ = ["decide"]


def decide(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    alignments: list[Alignment],
    windows: list[Window],
    config: MatchConfig,
) -> Match:
    """Judge the best few alignments and report the origin: one that is clearly the
    passage beats a higher raw score that is not."""
    if not alignments:
        return Match(verdict=Verdict.NOT_FOUND, score=0.0, note=not_found_note(corpus, quote, config))
    found, best, quoting = _best_evidence(corpus, quote, words, weights, alignments, config)
    if best.exact:
        verdict = Verdict.VERBATIM
    elif best.same_passage:
        verdict = Verdict.ALTERED
    else:
        paraphrased = find_paraphrase(corpus, quote, words, weights, windows, config)
        if paraphrased is None or not _is_paraphrase(corpus, quote, paraphrased, config):
            # a passage found only by its words' synonyms is at most shown as the closest, never the source
            shown = closest_reworded(corpus, quote, words, weights, windows, paraphrased, config)
            return _not_found(corpus, quote, best, config, shown)
        best, verdict = paraphrased.evidence, Verdict.PARAPHRASE
    unplaced = None if verdict == Verdict.PARAPHRASE else _too_short_to_place(corpus, quote, words, best, config)
    if unplaced is not None:
        return _not_found(corpus, quote, best, config, why=unplaced)
    notes: list[str] = []
    quoted_there = False
    if verdict != Verdict.PARAPHRASE:
        case = _ClaimCase(corpus, quote, words, best, tuple(found), verdict, quoting, config)
        weighed = _weigh_claim(case, notes)
        if weighed.verdict is None:
            return _not_found(corpus, quote, best, config, why=weighed.why)
        verdict, quoted_there = weighed.verdict, weighed.quoted
        if verdict == Verdict.ALTERED and best.score < config.absent_work_min_score and _elsewhere_than_named(corpus, quote, best, config):
            # "All the world's a stage", credited to As You Like It, which the corpus lacks, is not The
            # Merchant of Venice's "the world ... A stage where every man must play a part"
            return _not_found(corpus, quote, best, config)
    else:
        notes.append(
            f"shares {paraphrased.soft:.0%} of its content (rare words weigh more, synonyms counted) with this "
            "passage in the claimed author's work, but not its wording"
            + ("; the work is a translation: the quotation may follow another" if corpus.works[best.work_id].translated else "")
        )
    meaning = best.diff.meaning_changes
    edits, score_ = best.diff.edits, best.score
    if verdict in (Verdict.VERBATIM, Verdict.ALTERED) and not quoted_there:
        # (words a work quotes have its author's frame around them, not their own sentence)
        drop = _context(quote, words, best, config)
        if drop is not None:
            cut = Edit(Op.OMIT, "", drop.text, meaning=Meaning.CONTEXT)
            edits = (cut, *edits) if drop.side == "before" else (*edits, cut)
            meaning, score_ = (*meaning, Meaning.CONTEXT), score(edits)
            verdict = Verdict.ALTERED if verdict == Verdict.VERBATIM else verdict
            notes.append(f"quoted out of context: the sentence {drop.side} it has {drop.reason} (“{drop.text}”)")
    if meaning and verdict == Verdict.ALTERED:
        notes.append("changes the meaning: " + ", ".join(meaning))
    cites = cited_verse(corpus, quote)
    if cites is not None and not cites(best):
        # "~Jesus of Nazareth, Gospel of Luke 7:22-23" over Matthew 11:4's words: the reference is wrong
        notes.append(f"the claim cites {cited_reference(quote)}; the words are at {locate(corpus.db, best.work_id, best.src_start)}")
    respelled = _respelled(edits)
    if respelled and verdict != Verdict.PARAPHRASE:
        notes.append("spelled as today, not as in the source: " + ", ".join(respelled))
    editions, quoted_in = others(corpus, best, found, quoting, config)
    return Match(
        verdict=verdict,
        score=round(score_, 1),
        source=replace(_source(corpus, best), diff=edits),
        alternatives=editions,
        quoted_in=quoted_in,
        note="; ".join(notes) or None,
        meaning_changes=meaning,
    )


def _best_evidence(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    alignments: list[Alignment],
    config: MatchConfig,
) -> tuple[list[Evidence], Evidence, Quoting]:
    """The works clearly holding the passage (best place of each), the origin among them or else the
    closest likeness, and the memoised question whether a work quotes the words."""
    ranked = sorted(alignments, key=lambda a: -a.score)
    # the best few, and the claimed works' own however many later books copy the words exactly
    ranked = ranked[: config.max_judged] + [
        a for a in ranked[config.max_judged :] if claimed(corpus, quote, corpus.works[a.work_id], config)
    ][: config.max_claimed_windows]
    judged = [weigh(corpus, quote, words, al, weights, config) for al in ranked]
    found = best_per_work(
        [ev for ev in judged if ev.same_passage], place_preference(corpus, quote, config), in_commentary(corpus, config)
    )
    quoting = _memo(corpus, config)
    if found:
        return found, origin(corpus, quote, words, weights, found, quoting, config), quoting
    top = max(ev.score for ev in judged)
    close = [ev for ev in judged if ev.score >= top - config.judged_tie_margin]
    return found, max(close, key=lambda ev: _preference(corpus, quote, ev, config)), quoting


def _surely_elsewhere(best: Evidence, words: QuoteWords, config: MatchConfig) -> bool:
    """Close enough to call the words someone else's: a high score, or every word the quotation
    adds a replacement in place and nearly all its information found ("God helps those who help
    themselves" is Franklin's "God helps them that help themselves": only the small words differ)."""
    if best.coverage < config.provenance_min_coverage:
        return False
    count = words.count
    if count < config.misattributed_min_words:
        return False  # "workmen's wages" credited to Marx is in Lenin's book too: two words prove nothing
    if count < config.misattributed_altered_min_words and not best.exact:
        return False  # "ready-made state machinery" is not Lincoln's for his "ready-made machinery"
    return best.score >= config.misattributed_min_score or (
        not best.adds and not best.diff.meaning_changes and best.coverage >= config.misattributed_min_coverage
    )


def _context(quote: Quote, words: QuoteWords, best: Evidence, config: MatchConfig) -> ContextDrop | None:
    """Dropped context, unless the quoter marked the cut with an ellipsis at that end."""
    drop = dropped_context(
        best.alignment.window, best.src_start, best.src_end, best.original, quote.claimed_author, config
    )
    if drop is None:
        return None
    text = quote.text.strip()
    marked = text.startswith(_ELLIPSES) if drop.side == "before" else text.endswith(_ELLIPSES)
    return None if marked else drop


_ELLIPSES = ("...", "…", ". . .", "[...]", "[…]")


def _memo(corpus: Corpus, config: MatchConfig) -> Quoting:
    """:func:`quoting_in_source`, computed once per evidence during one match (it runs the extractor)."""
    seen: dict[int, tuple[bool, str | None]] = {}

    def quoting(ev: Evidence) -> tuple[bool, str | None]:
        if id(ev) not in seen:
            seen[id(ev)] = quoting_in_source(corpus, ev, config)
        return seen[id(ev)]

    return quoting


def _preference(corpus: Corpus, quote: Quote, ev: Evidence, config: MatchConfig) -> tuple:
    """Among near-equal alignments none of which is the passage: the claim, then the year."""
    work = corpus.works[ev.work_id]
    return (
        round(ev.score),  # a clearly better alignment wins first
        work_matches(quote.claimed_work, work.title, config),
        author_matches(quote.claimed_author, work.author),
        -work.sort_year,
    )


def _is_paraphrase(corpus: Corpus, quote: Quote, found: Paraphrase, config: MatchConfig) -> bool:
    """A rewording of a passage of the claimed author's (or work's) own text covering enough of the
    quotation's content, synonyms counted, with a bar that rises for short quotations. Found anywhere
    else, the same overlap is no better evidence than a made-up line's in an author's style
    (``python -m bench.paraphrase_signals``)."""
    bar = config.paraphrase_min_overlap + config.paraphrase_short_bar / found.words
    penalty = config.paraphrase_negation_penalty if found.dropped else 0.0
    penalty += config.paraphrase_order_penalty * max(0.0, config.paraphrase_min_order - found.order)
    return (
        claimed(corpus, quote, corpus.works[found.evidence.work_id], config)
        and not found.negated  # it says the reverse of the passage
        and found.soft - penalty + found.credit(config, bar + penalty - found.soft) >= bar
    )


def _too_short_to_place(
    corpus: Corpus, quote: Quote, words: QuoteWords, best: Evidence, config: MatchConfig
) -> str | None:
    """Why a few words credited to nobody cannot be placed, or None: with no claim to test, a short
    phrase is placed only by words found as written, and not when many writers use them. A claim
    naming nothing the corpus holds ("A penny for your", credited to John Heywood) tests nothing either."""
    named = quote.claimed_author or quote.claimed_work
    if named and claimed_work_ids(corpus, quote, config):
        return None
    count = words.count
    whose = f"credited to {named} (not in the corpus)" if named else "credited to nobody"
    if not best.exact:
        if count >= config.unclaimed_altered_min_words:
            return None
        return f"{count} word{'s' if count != 1 else ''} {whose} and not found as written: too few to place"
    if count > config.common_phrase_max_words:
        return None
    if is_stock_phrase(corpus, words.words, share=config.common_phrase_share, min_authors=config.common_phrase_min_authors):
        return "a common phrase, found as written in many works by many authors: too common to place"
    return None


def _not_found(
    corpus: Corpus,
    quote: Quote,
    best: Evidence,
    config: MatchConfig,
    reworded: Paraphrase | None = None,
    why: str | None = None,
) -> Match:
    """Not found, with the closest passage when one is plausible ("closest, not confirmed")."""
    note = why or not_found_note(corpus, quote, config)
    closest: tuple = ()
    if best.score >= config.report_min_score and best.coverage >= config.closest_min_coverage:
        closest = (place(corpus, best),)
        note += f"; the closest passage (score {closest[0].score:.0f}) is in {closest[0].title}, {closest[0].location}"
    elif reworded is not None and reworded.soft >= config.closest_paraphrase_share:
        closest = tuple(place(corpus, ev) for ev in (reworded.evidence, *reworded.also))
        note += (
            f"; closest, not confirmed: {closest[0].title}, {closest[0].location} shares {reworded.soft:.0%} of "
            "its content words (synonyms counted)"
        ) + "".join(f"; as close, not confirmed: {p.title}, {p.location}" for p in closest[1:])
    return Match(verdict=Verdict.NOT_FOUND, score=round(best.score, 1), alternatives=closest, note=note)


@dataclass(frozen=True)
class _Weighed:
    """The verdict once the claim is weighed, and whether the work has the words only as its
    quotation of someone (then the sentence around them is its author's frame, not their context)."""

    verdict: Verdict | None  # None: a likeness too loose to take the claim away
    quoted: bool
    why: str | None = None  # with no verdict, what the not_found note says first


@dataclass(frozen=True)
class _ClaimCase:
    """What weighing a claim looks at: the quotation, its best evidence among all found, the verdict
    the words alone earn, and how to tell whether a work has them only as its quotation of someone."""

    corpus: Corpus
    quote: Quote
    words: QuoteWords
    best: Evidence
    found: tuple[Evidence, ...]
    verdict: Verdict
    quoting: Quoting
    config: MatchConfig


def _weigh_claim(case: _ClaimCase, notes: list[str]) -> _Weighed:
    """The verdict once the claim is weighed; its verdict is None when the words found elsewhere are
    too loose a likeness to take the claim away (then the passage is only the closest of a ``not_found``).
    Notes are appended to ``notes``."""
    corpus, quote, words, best, verdict, config = case.corpus, case.quote, case.words, case.best, case.verdict, case.config
    weighed, quoted = _check_claim(case, notes)
    if weighed != Verdict.MISATTRIBUTED:
        return _Weighed(weighed, quoted)
    if best.diff.meaning_changes and (_lacks_claimed_work(corpus, quote, config) or _alludes(corpus, quote, best, config)):
        # the claimed work is not here to compare with (or the other book is later than the claimed
        # author's), and the other work's words mean something else: Thoreau's "neither did the
        # course of their true love run smooth" alludes to A Midsummer Night's Dream; it is only the
        # closest passage, not where the line comes from
        return _Weighed(None, quoted)
    if not _surely_elsewhere(best, words, config):
        # Calling a quotation someone else's is a strong claim: a loose likeness in another
        # author's book ("had strange bedfellows") is only the closest passage.
        return _Weighed(None, quoted)
    work = corpus.works[best.work_id]
    if work.year is None:
        # who quoted whom is unknown beside a work of unknown date: a later book repeating a saying
        # is not its origin (Piccadilly Jim's "These are the times that try men's souls" is Paine's,
        # in The American Crisis, not in the corpus; Chesterton's "Cleanliness is next to godliness")
        return _Weighed(
            None,
            quoted,
            f"{not_found_note(corpus, quote, config)}; found only in {_work_name(work)}, a book of unknown "
            "date that may be quoting it",
        )
    later = _later_use(corpus, quote, words, best, config)
    if later is not None:
        return _Weighed(None, quoted, later)
    if quote.inferred:
        # the page is about someone; that does not make every uncredited line theirs
        notes[-1] = (
            f"the document seems to credit {quote.claimed_author or quote.claimed_work} ({quote.cue}), "
            f"but the words are in {_work_name(corpus.works[best.work_id])}"
        )
        return _Weighed(verdict, quoted)
    return _Weighed(weighed, quoted)


def _alludes(corpus: Corpus, quote: Quote, best: Evidence, config: MatchConfig) -> bool:
    """Is the other work later than every dated work of the claimed author here, with a negation
    changed against the quotation (so its words may turn a line of theirs the corpus lacks, as
    Thoreau's "neither did the course of their true love run smooth" turns Shakespeare's)? A
    reordered "That government is best which governs least" is Thoreau's own, against Jefferson."""
    author = quote.claimed_author
    if not author or quote.inferred or Meaning.NEGATION not in best.diff.meaning_changes:
        return False
    return bool(claimed_titles(corpus, author)) and not _predates_claim(corpus, quote, corpus.works[best.work_id], config)


def _later_use(corpus: Corpus, quote: Quote, words: QuoteWords, best: Evidence, config: MatchConfig) -> str | None:
    """Why words found in a book no older than the claimed author's or work's cannot be called that
    book's (the not_found note), or None. A saying of three or four words in a later book is the book
    using it: Engels's "where time is money" does not take the line from Franklin, nor Lincoln's "And
    this too shall pass away" make it his; in a translation they are the translator's. (Longer
    reworded lines stay misattributed: "the best
    government is that which governs least" is Thoreau's against Jefferson.)"""
    work = corpus.works[best.work_id]
    if len(words.words) >= config.altered_short_words:
        return None
    prefix = not_found_note(corpus, quote, config) if quote.claimed_author else f"not in {quote.claimed_work}"
    if work.translated:
        # a translator's English: "lay down their arms" in Marriott's Prince is no line of Machiavelli's
        return f"{prefix}; found in {_work_name(work)}, but so few words in a translation are the translator's wording"
    if _predates_claim(corpus, quote, work, config) or _whole_sentence(best):
        return None  # (a sentence of its own, "Reader, I married him.", is the later book's line)
    return f"{prefix}; found in {_work_name(work)}, but so few words in a later book may be a saying it uses, not its own"


def _whole_sentence(best: Evidence) -> bool:
    """Do the words stand as a sentence of their own in the source (not inside one, nor in marks)?"""
    window = best.alignment.window
    before = window.text[: best.src_start - window.start].rstrip(" \t")
    after = window.text[best.src_end - window.start :].lstrip(" \t")
    return (not before or before.endswith(("\n\n", ".", "!", "?"))) and after[:1] in (".", "!", "?")


def _predates_claim(corpus: Corpus, quote: Quote, work: WorkInfo, config: MatchConfig) -> bool:
    """Is ``work`` older than every dated work the claim fits (then its words cannot be the claimed
    author's coinage)? True when the claim fits no dated work: there is nothing to weigh against."""
    years = [w.year for w in corpus.works.values() if w.year is not None and claimed(corpus, quote, w, config)]
    return not years or (work.year is not None and work.year < min(years))


def _lacks_claimed_work(corpus: Corpus, quote: Quote, config: MatchConfig) -> bool:
    """The quotation names a work by an author the corpus holds, and the corpus lacks that work."""
    named, author = quote.claimed_work, quote.claimed_author
    if not named or not author or quote.inferred or not claimed_titles(corpus, author):
        return False
    if author_matches(named, author):
        return False  # "Shakespeare's" read as a title names no work
    return not any(work_fits(corpus, named, w, config) for w in corpus.works.values())


def _elsewhere_than_named(corpus: Corpus, quote: Quote, best: Evidence, config: MatchConfig) -> bool:
    """The claimed work is not in the corpus by its title, nor is the passage under a heading naming it
    (a poem inside a collection: "To a Mouse" in Burns's Poems and Songs)."""
    if not _lacks_claimed_work(corpus, quote, config):
        return False
    heading = section_heading(corpus.db, best.work_id, best.src_start)
    return not (heading and work_matches(quote.claimed_work, heading, config))


def _check_claim(case: _ClaimCase, notes: list[str]) -> tuple[Verdict | None, bool]:
    """The verdict once the claim is weighed (``misattributed``, as it was, or None when it cannot be
    weighed), and whether the work has the words only as its quotation of someone; notes appended."""
    corpus, quote, best, found, verdict = case.corpus, case.quote, case.best, case.found, case.verdict
    quoting, config = case.quoting, case.config
    work = corpus.works[best.work_id]
    appended = appended_text(corpus, best, config)
    if appended is not None:
        return _check_appended(quote, work, appended, verdict, notes), False
    quoted, credited_to = quoting(best)
    if not quoted and (other := credited_before(corpus, best, config)):
        quoted, credited_to = True, other  # "the remark attributed to Disraeli ...: '...'"
    first_note = len(notes)
    if quoted:
        notes.append(
            f"found only where {work.title} quotes it"
            + (f" as {credited_to}'s words" if credited_to else "")
            + "; the original is not in the corpus"
        )
    claimed = quote.claimed_author
    if not claimed:
        return _check_work_claim(case, work, notes), quoted
    if claim_fits(corpus, claimed, work, config):
        speaker = quote.speaker or (claimed if speaker_only(corpus, claimed, work, config) else None)
        if speaker:
            notes.append(f"spoken by {speaker} in {_work_name(work)}")
        _note_other_work(corpus, quote, work, found, notes, config)
        return verdict, quoted
    by_claimed = any(
        claim_fits(corpus, claimed, corpus.works[ev.work_id], config) and not quoting(ev)[0] and clearly(ev, config)
        for ev in found
    )
    credited = quoted and credited_to and author_matches(claimed, credited_to)
    if by_claimed or credited:
        return verdict, quoted
    if quoted_after_naming(corpus, best, claimed, config):
        del notes[first_note:]  # the nearer credit says it
        notes.append(f"found only where {_work_name(work)} quotes {claimed}; the original is not in the corpus")
        return verdict, True
    if not is_corpus_author(corpus, claimed) and named_near(corpus, best, claimed, config):
        notes.append(f"{claimed} is named around the words in {_work_name(work)}: spoken there")
        return verdict, quoted
    heading = _heading_naming(corpus, best, claimed)
    if heading and not is_corpus_author(corpus, claimed):
        notes.append(f"in {_work_name(work)}, under “{heading}”")
        return verdict, quoted
    speaks = speaker_titles(corpus, claimed)
    if speaks:
        whose = f"; {claimed} speaks in {'; '.join(speaks[:3])}, not there"
    else:
        whose = "" if claimed_titles(corpus, claimed) else f"; the corpus has no works by {claimed}"
    notes.append(f"claimed for {claimed}, but found in {work.author or 'an anonymous work'}'s {work.title}{whose}")
    return Verdict.MISATTRIBUTED, quoted


def _heading_naming(corpus: Corpus, best: Evidence, claimed: str) -> str | None:
    """The heading of the words' section when it names the claimed person as its writer or subject
    ("The First Epistle of Paul the Apostle to Timothy" for Paul, not for Timothy, whom it addresses):
    in a library where a novel's Paul speaks far more often, the Bible's Paul is still found here."""
    heading = section_heading(corpus.db, best.work_id, best.src_start)
    names = claim_names(claimed)
    if not names or not heading:
        return None
    own = re.split(r"\bto\b", heading, maxsplit=1)[0]  # the addressee after "to" is not the writer
    return heading if re.search(rf"\b{re.escape(names[-1])}\b", own) else None



def _note_other_work(
    corpus: Corpus, quote: Quote, work: WorkInfo, found: list[Evidence], notes: list[str], config: MatchConfig
) -> None:
    """The right author, another book: "six impossible things before breakfast" credited to Carroll's
    Alice in Wonderland is in Through the Looking-Glass. The words are still the author's (the verdict
    stands); the note says which book, when the corpus holds the named one by its title and it lacks them."""
    named = quote.claimed_work
    if not named or quote.inferred or work_fits(corpus, named, work, config):
        return
    held = works_titled(corpus, named, config)
    if not held or any(ev.work_id in held and clearly(ev, config) for ev in found):
        return
    notes.append(f"claimed from {named}, but found in {_work_name(work)}; {corpus.works[min(held)].title} does not have it")


def _check_appended(quote: Quote, work: WorkInfo, appended: Appended, verdict: Verdict, notes: list[str]) -> Verdict | None:
    """The claim weighed against a text the file appends: its own header names its author, if anyone.
    Words in an appended text nobody is named for can neither confirm a claim nor refute it."""
    where = f"“{appended.title}”, a text appended to {work.title}"
    claimed = quote.claimed_author
    if appended.author is None:
        notes.append(f"found in {where}; the file does not name its author")
        return None if claimed else verdict
    whose = "" if appended.title.startswith(appended.author) else f"{appended.author}'s "
    if not claimed or author_matches(claimed, appended.author):
        notes.append(f"found in {whose}{where}")
        return verdict
    notes.append(f"claimed for {claimed}, but found in {whose}{where}")
    return Verdict.MISATTRIBUTED


def _check_work_claim(case: _ClaimCase, work: WorkInfo, notes: list[str]) -> Verdict:
    """A quotation credited to a work only ("the Bible says"): misattributed when the corpus holds
    that work, the words are not in it, and another work has them ("Spare the rod, spoil the child"
    is Butler's Hudibras, not the Bible). A claimed work the corpus lacks proves nothing."""
    corpus, quote, found, verdict, config = case.corpus, case.quote, case.found, case.verdict, case.config
    named = quote.claimed_work
    if not named or work_fits(corpus, named, work, config):
        return verdict
    held = [w for w in corpus.works.values() if work_fits(corpus, named, w, config)]
    if not held:
        return verdict
    if any(work_fits(corpus, named, corpus.works[ev.work_id], config) and clearly(ev, config) for ev in found):
        return verdict
    notes.append(f"claimed from {named}, but found in {_work_name(work)}; {held[0].title} does not have it")
    return Verdict.MISATTRIBUTED


def _respelled(edits) -> list[str]:
    """Words quoted in another spelling or word division than the source's ("showed" / "shewed")."""
    out = []
    for e in edits:
        if e.op != Op.EQUAL or e.editorial:
            continue
        q, o = norm_words(e.quoted), norm_words(e.original)
        if q != o and not _recapitalised(e.quoted, e.original):
            out += [f"{a} / {b}" for a, b in _pairs(e.quoted, e.original)]
    return list(dict.fromkeys(out))[:8]


def _recapitalised(quoted: str, original: str) -> bool:
    """Only letters the quoter recapitalised in brackets differ ("[t]he" for "The"): an editorial
    mark, not a spelling."""
    if "[" not in quoted:
        return False
    return norm_words(re.sub(r"\[(\w)\]", r"\1", quoted)) == norm_words(original)


def _pairs(quoted: str, original: str) -> list[tuple[str, str]]:
    """The differing words of two spellings of the same words, in their own spelling."""
    qs, os_ = quoted.split(), original.split()
    if len(qs) == len(os_):
        return [(a.strip(",.;:!?"), b.strip(",.;:!?")) for a, b in zip(qs, os_, strict=True) if fold(a) != fold(b)]
    return [(" ".join(qs), " ".join(os_))]


def _work_name(work) -> str:
    """ "William Shakespeare's The Merchant of Venice"; a work of many hands by its title alone."""
    if not work.author or work.author.lower().startswith("various"):
        return work.title
    return f"{work.author}'s {work.title}"


def _source(corpus: Corpus, best: Evidence) -> Source:
    work = corpus.works[best.work_id]
    return Source(
        work_id=work.id,
        title=work.title,
        author=work.author,
        year=work.year,
        location=locate(corpus.db, best.work_id, best.src_start),
        start=best.src_start,
        end=best.src_end,
        text=best.original,
        diff=best.diff.edits,
    )
