"""Provenance: of the works holding the passage, which is its origin; the rest are editions or quote it.

Famous lines are quoted, often in their popular altered form, by many later
books, so the best-scoring passage is often a quotation of the source, not
the source. The origin is chosen by evidence, in this order: the claimed
work, then the claimed author's own words (not their quoting of someone
else), then the earliest known year, then own words over quoted ones, then
the closest wording.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..config import MatchConfig
from ..corpus.characters import speaker_before
from ..extract import extract_quotes
from ..extract.patterns import MONTHS
from ..extract.people import clean_name
from ..extract.unmarked import BIBLE_BOOKS
from ..records import Kind, Place, Quote, Verdict
from ..search.retrieve import UNKNOWN_YEAR, Corpus
from ..store.works import locate, work_text
from .claims import (
    author_matches,
    claim_fits,
    claim_names,
    claimed,
    is_corpus_author,
    same_work,
    speaker_keys,
    speaker_only,
    surnames,
    work_matches,
)
from .judge import Evidence, clearly
from .words import QuoteWords, WordWeights

__all__ = [
    "Appended",
    "Quoting",
    "appended_text",
    "best_per_work",
    "cited_reference",
    "cited_verse",
    "in_commentary",
    "named_near",
    "origin",
    "others",
    "place",
    "place_preference",
    "quoted_after_naming",
    "quoting_in_source",
]

#: Does the work quote the words as another's? ``(quoting, credited to)``; memoised per match call.
Quoting = Callable[[Evidence], tuple[bool, str | None]]


@functools.lru_cache(maxsize=256)
def _quotations_in(text: str) -> tuple[Quote, ...]:
    """The extractor's reading of a window's text, once: whether the work quotes the words and
    whom it names around them both ask it of the same windows."""
    return tuple(extract_quotes(text))


def quoting_in_source(corpus: Corpus, ev: Evidence, config: MatchConfig) -> tuple[bool, str | None]:
    """Does the work quote these words as someone else's? ``(quoting, credited to)``.

    The extractor reads the text around the match: words inside quotation
    marks credited to another author of the corpus are a quotation of the
    source, not the source. Dialogue credited to a character ("said Alice")
    is the work's own, and so is an uncredited block: indented verse looks
    like one.
    """
    window = ev.alignment.window
    lo, hi = ev.src_start - window.start, ev.src_end - window.start
    author = corpus.works[window.work_id].author
    for q in _quotations_in(window.text):
        if q.kind != Kind.QUOTATION or min(q.end, hi) - max(q.start, lo) < config.quoting_min_overlap * (
            hi - lo
        ):
            continue
        credited = q.claimed_author
        if credited and author_matches(credited, author):
            return False, None  # the work quoting its own author
        if credited and is_corpus_author(corpus, credited):
            return True, credited
        return False, None
    return False, None


#: An explicit credit just before a quotation: "the remark attributed to Disraeli", "in the words
#: of Pope", "a saying of Franklin's".
_CREDITED = re.compile(
    r"(?:\battributed\s+to|\bin\s+the\s+words\s+of|\b(?:remark|saying|maxim|dictum|motto|aphorism)\s+of)"
    r"\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"
)


def credited_before(corpus: Corpus, ev: Evidence, config: MatchConfig) -> str | None:
    """The person a work explicitly credits with the words just before giving them, when it is not
    the work's own author (Twain's autobiography: "the remark attributed to Disraeli would often
    apply with justice and force: 'There are three kinds of lies ...'")."""
    before = work_text(corpus.db, ev.work_id, max(0, ev.src_start - config.credit_frame_chars), ev.src_start)
    found = next(reversed(list(_CREDITED.finditer(before))), None)  # the nearest credit
    if found is None or re.search(r"[.!?][\"'”’)]*\s", before[found.end() :]):
        return None  # a credit in an earlier sentence is not this quotation's
    who = clean_name(found.group("who"))  # a person: not the "maxim of Bolshevism"
    return None if not who or author_matches(who, corpus.works[ev.work_id].author) else who


def quoted_after_naming(corpus: Corpus, ev: Evidence, claimed: str, config: MatchConfig) -> bool:
    """Does the work hold these words in quotation marks shortly after naming the claimed author
    (or just before naming him: "..., as Hegel maintains")?

    Lenin's *State and Revolution* gives Engels's words in quote marks a
    paragraph after "Engels emphasized ...": the corpus then has the words
    only as Lenin's quotation of Engels, which supports the claim rather
    than contradicting it, even where the extractor cannot bind that cue to
    the quotation.
    """
    names = surnames(claimed)
    if not names:
        return False
    window = ev.alignment.window
    lo, hi = ev.src_start - window.start, ev.src_end - window.start
    inside = min(  # the innermost: Lenin quotes Engels quoting Hegel's 'the image and reality of reason'
        (
            q
            for q in _quotations_in(window.text)
            if q.kind != Kind.TITLE and min(q.end, hi) - max(q.start, lo) >= config.quoting_min_overlap * (hi - lo)
        ),
        key=lambda q: q.end - q.start,
        default=None,
    )
    if inside is None:
        return False
    opens, closes = window.start + inside.start, window.start + inside.end
    around = work_text(corpus.db, ev.work_id, max(0, opens - config.quoting_cue_chars), opens) + work_text(
        corpus.db, ev.work_id, closes, closes + config.quoting_cue_after_chars
    )  # "... 'the image and reality of reason', as Hegel maintains"
    # surnames are folded to lower case; the text names the person with a capital
    return any(re.search(rf"\b{re.escape(name.capitalize())}\b", around) for name in names)


@dataclass(frozen=True)
class Appended:
    """Another text a file carries after its own (a Gutenberg file of "the first nine etexts"
    holds Kennedy's Inaugural Address after the Declaration of Independence)."""

    title: str  # as its embedded header gives it: "Kennedy's Inaugural Address"
    author: str | None  # the person the header names ("by ...", or a possessive), if any


#: An embedded Gutenberg header: each text of a compilation file opens with one.
_EMBEDDED_HEADER = re.compile(
    r"(?im)^[*\s]*(?:the\s+)?project\s+gutenberg\s+(?:etext|e-text|ebook|e-book)\s+of\s+(.+?)[*.\s]*$"
)
_BYLINE = re.compile(r"^(?P<title>.+?),\s+by\s+(?P<author>[A-Z].+)$")
#: A byline under an appended text's title: a line of its own naming a person and a date ("Patrick
#: Henry, March 23, 1775."), or "speech/address/... by" a person in its release note.
_OWN_BYLINE = re.compile(
    rf"(?m)^[ \t]*(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z]+){{1,2}}),[ \t]+(?:{MONTHS})[ \t]+\d{{1,2}},[ \t]+\d{{4}}\.?[ \t]*$"
)
_POSSESSOR = re.compile(r"^(?:[A-Z][\w.]*\s+)*?(?P<name>[A-Z][a-z]+)[’']s\s")


def appended_text(corpus: Corpus, ev: Evidence, config: MatchConfig) -> Appended | None:
    """The appended text the words lie in, or None when they are the work's own.

    Its author is not the work's, and its year is not the work's year: the
    Declaration's file must neither make "Ask not what your country can do for
    you" Jefferson's nor date "government of the people" 1776.
    """
    headers = [h for h in _embedded_headers(corpus).get(ev.work_id, ()) if h[0] <= ev.src_start]
    if not headers:
        return None
    title = headers[-1][1]
    byline = _BYLINE.match(title)
    if byline:
        title = byline.group("title")
    if work_matches(title, corpus.works[ev.work_id].title, config):
        return None  # the work's own text again after a second header
    possessor = _POSSESSOR.match(title)
    author = byline.group("author") if byline else possessor.group("name") if possessor else None
    if author is None:
        start = headers[-1][0]
        found = _OWN_BYLINE.search(work_text(corpus.db, ev.work_id, start, start + config.appended_byline_chars))
        author = found.group("name") if found else None
    return Appended(title, author)


def _embedded_headers(corpus: Corpus) -> dict[int, tuple[tuple[int, str], ...]]:
    """Each work's embedded headers, (offset, title) in order: found once per corpus through the
    word index (a few passages in a whole library), not by reading every work."""
    key = ("embedded headers",)
    if key not in corpus.memo:
        rows = corpus.db.execute(
            "select p.work_id, p.start, p.text from passage_index join passages p on p.id = passage_index.rowid "
            "where passage_index match '\"gutenberg etext\" OR \"gutenberg ebook\" OR \"gutenberg e text\"' "
            "order by p.work_id, p.start"
        ).fetchall()
        found: dict[int, list[tuple[int, str]]] = {}
        for work_id, start, text in rows:
            for m in _EMBEDDED_HEADER.finditer(text):
                found.setdefault(work_id, []).append((start + m.start(), m.group(1).strip()))
        corpus.memo[key] = {w: tuple(h) for w, h in found.items()}
    return corpus.memo[key]




def named_near(corpus: Corpus, ev: Evidence, claimed: str, config: MatchConfig) -> bool:
    """Does the work name the claimed person just around the words (a character speaking, as
    novels name their speakers: "Call me Ishmael", the Queen of Hearts's "Off with her head!")?"""
    names = claim_names(claimed)
    if not names:
        return False
    around = work_text(
        corpus.db,
        ev.work_id,
        max(0, ev.src_start - config.speaker_named_before_chars),
        ev.src_end + config.speaker_named_after_chars,
    )
    full = r"\s+".join(re.escape(w) for w in names)
    return re.search(rf"\b(?:{full}|{re.escape(names[-1])})\b", around) is not None


def best_per_work(
    judged: list[Evidence],
    prefer: Callable[[Evidence], tuple] | None = None,
    aside: Callable[[Evidence], bool] | None = None,
) -> list[Evidence]:
    """The best evidence of each work, best first; of the places a work has the same words (every
    word equal, or the same changes scoring the same), the one ``prefer`` ranks first (see
    :func:`place_preference`), else the first (a phrase the work repeats is quoted from where it
    first says it). A place that lacks half the quotation at one end comes after any other
    (``Evidence.mostly_added``). A place ``aside`` from the author's text (an editor's commentary, see
    :func:`in_commentary`) gives way to any place in it."""
    prefer = prefer or (lambda ev: (-ev.src_start,))
    best: dict[int, Evidence] = {}
    for ev in sorted(judged, key=lambda e: (e.mostly_added, -e.score)):
        kept = best.setdefault(ev.work_id, ev)
        if ev is kept:
            continue
        if aside is not None and aside(kept) != aside(ev):
            switch = aside(kept)
        else:
            switch = _alike(ev, kept) and prefer(ev) > prefer(kept)
        if switch:
            best[ev.work_id] = ev
    return list(best.values())


def _alike(a: Evidence, b: Evidence) -> bool:
    """Two places with the quotation's words alike: both exact, or altered alike, the same words of
    the quotation changed the same way ("the apple of his eye" and "the apple of the eye" for "the
    apple of my eye"; not "lay on, Macduff" and "on earth. MACDUFF" for "Lead on, Macduff")."""
    if a.exact or b.exact:
        return a.exact and b.exact

    def shape(ev: Evidence) -> list[tuple]:
        return [(e.op, e.quoted, bool(e.original)) for e in ev.diff.edits if not e.editorial]

    return round(a.score, 1) == round(b.score, 1) and shape(a) == shape(b)


def in_commentary(corpus: Corpus, config: MatchConfig) -> Callable[[Evidence], bool]:
    """Whether a place is inside a bracketed stretch of at least ``paraphrase_commentary_words``
    words: an editor's commentary printed between the author's lines (Giles's Sun Tzu quotes Chang
    Yu's "war is based on deception" in brackets; Sun Tzu's own line is "All warfare is based on
    deception")."""
    memo: dict[int, bool] = {}

    def aside(ev: Evidence) -> bool:
        if id(ev) not in memo:
            reach = config.commentary_reach_chars
            before = work_text(corpus.db, ev.work_id, max(0, ev.src_start - reach), ev.src_start)
            opened = before.rfind("[")
            inside = opened > before.rfind("]")
            if inside:
                after = work_text(corpus.db, ev.work_id, ev.src_start, ev.src_start + reach)
                closed = after.find("]")
                inside = closed >= 0 and "[" not in after[:closed] and len(
                    (before[opened + 1 :] + after[:closed]).split()
                ) >= config.paraphrase_commentary_words
            memo[id(ev)] = inside
        return memo[id(ev)]

    return aside


def place_preference(corpus: Corpus, quote: Quote, config: MatchConfig) -> Callable[[Evidence], tuple]:
    """How to choose among the places one work has the words: the verse the claim cites ("Psalm
    14:1" among the Bible's nine "there is no God"), the claimed speaker's own lines ("pound of
    flesh" credited to Shylock, which Antonio says first), running text over a heading in capitals
    (Darwin's chapter title "NATURAL SELECTION; OR THE SURVIVAL OF THE FITTEST"), the place whose
    capitals are the quotation's (Psalm 14:1's "There is no God." for "There is no God.", not
    Deuteronomy's "and there is no god with me"), then the first."""
    cited = cited_verse(corpus, quote)
    speaker = quote.speaker or quote.claimed_author
    quoted_words = _CASED_WORD.findall(quote.text)
    memo: dict[int, tuple] = {}

    def spoken(ev: Evidence) -> bool:
        work = corpus.works[ev.work_id]
        if not speaker or not speaker_only(corpus, speaker, work, config):
            return False
        before = work_text(corpus.db, ev.work_id, max(0, ev.src_start - config.speaker_lookback_chars), ev.src_start)
        name = speaker_before(before)
        return bool(name) and name.casefold() in speaker_keys(speaker)

    def key(ev: Evidence) -> tuple:
        if id(ev) not in memo:
            letters = [c for c in ev.original if c.isalpha()]
            heading = len(letters) > 1 and all(c.isupper() for c in letters)
            cased = _CASED_WORD.findall(ev.original) == quoted_words
            memo[id(ev)] = (bool(cited and cited(ev)), spoken(ev), cased, not heading, -ev.src_start)
        return memo[id(ev)]

    return key


_CASED_WORD = re.compile(r"[^\W\d_]+")
_VERSE_CITED = re.compile(rf"(?P<book>(?:[123]\s*)?(?:{BIBLE_BOOKS}))\.?\s+(?P<verse>\d+:\d+)\b")


def cited_reference(quote: Quote) -> str | None:
    """The verse the claim cites, as written ("Luke 7:22"), or None."""
    m = _VERSE_CITED.search(f"{quote.claimed_work or ''} {quote.claimed_author or ''}")
    return m.group(0) if m else None


def cited_verse(corpus: Corpus, quote: Quote) -> Callable[[Evidence], bool] | None:
    """Whether a place is the verse the claim cites ("Psalm 14:1": the Book of Psalms, verse 14:1
    by the verse number before it), or None when the claim cites no verse."""
    m = _VERSE_CITED.search(f"{quote.claimed_work or ''} {quote.claimed_author or ''}")
    if m is None:
        return None
    book = re.sub(r"^[123]\s*", "", m.group("book")).lower().rstrip("s")

    def cites(ev: Evidence) -> bool:
        # the place as the store cites it: "The Book of Psalms, 14:1"
        where = locate(corpus.db, ev.work_id, ev.src_start)
        return book in where.lower() and where.endswith(f", {m.group('verse')}")

    return functools.lru_cache(maxsize=None)(cites)


def origin(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    found: list[Evidence],
    quoting: Quoting,
    config: MatchConfig,
) -> Evidence:
    """Which of the works holding the words is their source (see the module docstring)."""
    contenders = _contenders(corpus, quote, words, weights, found, config)
    if len(contenders) == 1:
        return contenders[0]
    # editions of one work compete as one: the year decides between works,
    # the wording between editions
    groups: list[list[Evidence]] = []
    for ev in contenders:
        work = corpus.works[ev.work_id]
        group = next((g for g in groups if same_work(corpus.works[g[0].work_id], work, config)), None)
        if group is None:
            groups.append([ev])
        else:
            group.append(ev)

    def claim_and_year(group: list[Evidence]) -> tuple:
        works = [corpus.works[ev.work_id] for ev in group]
        fits_work = bool(quote.claimed_work) and any(
            work_matches(quote.claimed_work, w.title, config) for w in works
        )
        # the claimed author's work counts only where it has the words as its
        # own: Lenin quoting Engels does not make them Lenin's
        fits_author = bool(quote.claimed_author) and any(
            claim_fits(corpus, quote.claimed_author, corpus.works[ev.work_id], config) and not quoting(ev)[0]
            for ev in group
        )
        # an appended text ("Lincoln's Gettysburg Address" after the Declaration) has no date of its own here
        earliest = min(
            UNKNOWN_YEAR if appended_text(corpus, ev, config) else corpus.works[ev.work_id].sort_year for ev in group
        )
        return (fits_work, fits_author, -earliest)

    # whether a work quotes the words runs the extractor over its window: asked only of the groups
    # the claim and the year leave tied
    first = {id(g): claim_and_year(g) for g in groups}
    top = max(first.values())
    chosen = max(
        (g for g in groups if first[id(g)] == top),
        key=lambda g: (any(not quoting(ev)[0] for ev in g), max(ev.score for ev in g)),
    )
    # Years decide who quoted whom between authors; between works of one
    # author (a line reused in a later play) the closer wording decides...
    author = corpus.works[chosen[0].work_id].author
    if author:
        chosen = [
            ev
            for g in groups
            if surnames(author) == surnames(corpus.works[g[0].work_id].author or "")
            for ev in g
        ]
    # ...unless the claim names one of them ("Love is blind", credited to Jessica); at a wording as
    # close, the work the claim names by title (the Gettysburg Address, not the collected papers
    # that reprint it)
    return max(
        chosen,
        key=lambda ev: (
            claimed(corpus, quote, corpus.works[ev.work_id], config),
            round(ev.score),
            bool(quote.claimed_work) and work_matches(quote.claimed_work, corpus.works[ev.work_id].title, config),
            ev.score,
            -corpus.works[ev.work_id].sort_year,
        ),
    )


def _contenders(
    corpus: Corpus,
    quote: Quote,
    words: QuoteWords,
    weights: WordWeights,
    found: list[Evidence],
    config: MatchConfig,
) -> list[Evidence]:
    """The works that compete to be the origin.

    Another work competes with the best wording when it is the claimed one
    ("Water, water, every where" for Coleridge), or when it clearly has the
    passage and is close to the best ("Pride goeth before destruction ... a
    fall"); not a stock phrase an early book happens to share. A line of
    common words ("All right! Good luck!") turns up, scattered, in many
    books: then only exact copies compete with the best.
    """
    top = max(ev.score for ev in found)
    # of works holding the words alike, the earliest dated stands for them (Macbeth's "sound and
    # fury", not a later book of unknown date that repeats it)
    best = max(found, key=lambda ev: (ev.score, -corpus.works[ev.work_id].sort_year))
    quoted_words = words.words
    common_line = sum(weights.of(w) for w in quoted_words) < config.low_information
    return [
        ev
        for ev in found
        if ev is best
        # the claimed work or author holding the passage competes however altered: a later book
        # quoting the popular form ("Avoid the appearance of evil") must not beat the Bible's own
        or claimed(corpus, quote, corpus.works[ev.work_id], config)
        or (
            clearly(ev, config)
            and ev.score >= top - config.provenance_margin
            and (not common_line or ev.alignment.longest_run >= len(quoted_words))
        )
    ]


def place(
    corpus: Corpus, ev: Evidence, verdict: Verdict | None = None, quoting: Quoting | None = None
) -> Place:
    """Another place the words are found, as reported."""
    work = corpus.works[ev.work_id]
    quoted, credited = quoting(ev) if quoting else (False, None)
    return Place(
        work_id=work.id,
        title=work.title,
        author=work.author,
        year=work.year,
        score=round(ev.score, 1),
        start=ev.src_start,
        end=ev.src_end,
        location=locate(corpus.db, ev.work_id, ev.src_start),
        verdict=verdict,
        quoting=quoted,
        attributed_to=credited,
    )


def others(
    corpus: Corpus, best: Evidence, found: list[Evidence], quoting: Quoting, config: MatchConfig
) -> tuple[tuple[Place, ...], tuple[Place, ...]]:
    """The other works holding the words: ``(editions of the origin, works quoting it)``."""
    work = corpus.works[best.work_id]
    editions: list[Place] = []
    quoted_in: list[Place] = []
    for ev in found:
        if ev is best:
            continue
        verdict = Verdict.VERBATIM if ev.exact else Verdict.ALTERED
        # (a place is located and read for quoting only while there is room to show it)
        if same_work(work, corpus.works[ev.work_id], config):
            if len(editions) < config.max_alternatives:
                editions.append(place(corpus, ev, verdict))
        elif len(quoted_in) < config.max_quoted_in:
            quoted_in.append(place(corpus, ev, verdict, quoting))
    return tuple(editions), tuple(quoted_in)
