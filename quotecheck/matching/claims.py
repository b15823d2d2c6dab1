"""Does a claimed author or work designate a work of the corpus?

Names are compared by surname ("Samuel" does not designate Samuel Taylor
Coleridge; "Coleridge" does), with a few pen names; titles by containment or
token-set similarity. A claimed speaker that is a work's title character
("as Hamlet says") fits that work.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..config import MatchConfig
from ..extract.known import biblical_figure
from ..extract.unmarked import BIBLE_BOOK, BIBLE_BOOKS
from ..normalize import fold
from ..records import Quote
from ..search.retrieve import Corpus, WorkInfo

__all__ = [
    "surnames",
    "author_matches",
    "work_matches",
    "claim_fits",
    "speaks_in",
    "work_fits",
    "speaker_only",
    "speaker_keys",
    "speaker_titles",
    "claimed",
    "claimed_work_ids",
    "claimed_titles",
    "is_corpus_author",
    "same_work",
]

_AUTHOR_ALIASES = {
    "twain": {"clemens"},
    "clemens": {"twain"},
    "carroll": {"dodgson"},
    "dodgson": {"carroll"},
    "lenin": {"ulyanov"},
    "trotsky": {"bronstein"},
}
_NAME_SUFFIXES = frozenset("jr sr ii iii iv esq".split())
#: Where one person's name ends in a byline of several: "Hamilton, Madison and Jay", "William
#: Wordsworth; Alfred Tennyson", "Mark Twain (Samuel Clemens)".
_BYLINE_PARTS = re.compile(r"\s+and\s+|\s*&\s*|[,;]\s*|[()]")


@functools.lru_cache(maxsize=10_000)
def _surname(name: str) -> str | None:
    """The last significant word of a name: "Samuel Taylor Coleridge" -> "coleridge"."""
    words = [w for w in fold(re.sub(r"\(.*?\)", " ", name)).split() if w not in _NAME_SUFFIXES]
    words = [w for w in words if len(w) > 1]
    return words[-1] if words else None


@functools.lru_cache(maxsize=10_000)
def surnames(names: str) -> frozenset[str]:
    """Surnames in a byline: "Alexander Hamilton, John Jay and James Madison",
    "Mark Twain (Samuel Clemens)" (both names), "Thomas Jefferson et al."."""
    names = re.sub(r"\bet al\.?", " ", names)
    found = set()
    for part in _BYLINE_PARTS.split(names):
        surname = _surname(part)
        if surname:
            found.add(surname)
    return frozenset(found)


def author_matches(claimed: str | None, author: str | None) -> bool:
    """Does the claimed name designate this author? Surnames decide; a misspelt one ("Lewis
    Caroll", "Shakspeare") is still the author's."""
    if not claimed or not author:
        return False
    theirs = surnames(author)
    initials = _initials(claimed)
    if initials:
        return initials in _people_initials(author)
    return any(
        s in theirs or _AUTHOR_ALIASES.get(s, set()) & theirs or any(_misspelt(s, t) for t in theirs)
        for s in surnames(claimed)
    )


_INITIALS = re.compile(r"\s*((?:[A-Z]\.\s*){1,3}[A-Z])\.?\s*")


@functools.lru_cache(maxsize=10_000)
def _initials(claimed: str) -> str | None:
    """A name signed with initials only ("H.D.T.", "G. B. S."): its letters, else None."""
    m = _INITIALS.fullmatch(claimed)
    return re.sub(r"[^A-Z]", "", m.group(1)) if m else None


@functools.lru_cache(maxsize=10_000)
def _people_initials(names: str) -> frozenset[str]:
    """Each person's initials in a byline: "Henry David Thoreau" -> HDT, "V. I. Lenin" -> VIL."""
    names = re.sub(r"\bet al\.?|\(.*?\)", " ", names)
    found = set()
    for part in _BYLINE_PARTS.split(names):
        words = [w for w in re.findall(r"[^\W\d_]+", part) if w.casefold() not in _NAME_SUFFIXES]
        if len(words) >= 2:
            found.add("".join(w[0] for w in words).upper())
    return frozenset(found)


@functools.lru_cache(maxsize=10_000)
def _misspelt(a: str, b: str) -> bool:
    """One slip in a long surname: a letter doubled, dropped or swapped (not "Marx" for "Mars")."""
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and Levenshtein.distance(a, b) <= 1


@functools.lru_cache(maxsize=100_000)
def _folded(text: str) -> str:
    return fold(text)


#: Words of a claimed name that name nobody by themselves.
_NAME_STOP = frozenset("the a an of st saint mr mrs miss sir lady lord king queen apostle book gospel epistle".split())


def claim_names(claimed: str) -> list[str]:
    """The capitalised words of a claimed name that name someone ("St. Paul" → ["Paul"], "the
    Queen of Hearts" → ["Hearts"], "the Bible" → ["Bible"])."""
    return [w for w in re.findall(r"[A-Z][a-z’']{2,}", claimed) if w.lower() not in _NAME_STOP]


def work_matches(claimed: str | None, title: str | None, config: MatchConfig) -> bool:
    """Does a claimed work (or one of several, ``;``-separated) name this title?"""
    if not claimed or not title:
        return False
    b = _folded(title)
    words = _word_set(b)
    for one in _claims(claimed):
        a = _folded(one)
        if a and (f" {a} " in f" {b} " or f" {b} " in f" {a} "):
            return True  # whole words: "King Henry V" is not in "King Henry VI" nor "King Henry IV"
        # titles that share no word are never alike enough (and the ratio costs more than the test);
        # a numbered one names only its own number ("King Henry V" is not "King Henry IV")
        if (
            a
            and _word_set(a) & words
            and _numbers(_word_set(a)) <= _numbers(words)
            and fuzz.token_set_ratio(a, b) >= config.claimed_title_similarity
        ):
            return True
    return False


_ROMAN = re.compile(r"^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth".split(), 1)}
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _numbers(words: frozenset[str]) -> frozenset[int]:
    """The numbers a title is numbered by (parts, volumes, kings), whether written 1, I or First."""
    found = set()
    for w in words:
        if w.isdigit():
            found.add(int(w))
        elif w in _ORDINALS:
            found.add(_ORDINALS[w])
        elif w != "i" and _ROMAN.match(w):  # "I" is a pronoun more often than a number
            values = [_ROMAN_VALUES[c] for c in w]
            found.add(sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True)))
    return frozenset(found)


@functools.lru_cache(maxsize=100_000)
def _word_set(folded: str) -> frozenset[str]:
    return frozenset(folded.split())


@functools.lru_cache(maxsize=10_000)
def _claims(claimed: str) -> tuple[str, ...]:
    return tuple(re.split(r";\s*", claimed))


def work_fits(corpus: Corpus, claimed_work: str, work: WorkInfo, config: MatchConfig) -> bool:
    """Does a claimed work name ``work``: its title, an alias ("Scripture"), or a book or person of it
    ("Proverbs", "the Book of Matthew", "1 Thess. 5:22")?"""
    return work.id in _works_named(corpus, claimed_work, config)


def claim_fits(corpus: Corpus, claimed: str, work: WorkInfo, config: MatchConfig) -> bool:
    """The claimed name wrote the work, is its title character ("as Hamlet says"), names the
    work ("the Bible", "Scripture"), or speaks in it ("Shylock asks", "Jesus said")."""
    return work.id in _works_fitting(corpus, claimed, config)


def _works_named(corpus: Corpus, claimed_work: str, config: MatchConfig) -> frozenset[int]:
    """The works :func:`work_fits` a claimed work, found once per distinct claim."""
    key = ("works named", claimed_work, config)
    if key not in corpus.memo:
        corpus.memo[key] = (
            works_titled(corpus, claimed_work, config)
            | _spoken_in(corpus, claimed_work)
            | (_bibles(corpus) if names_the_bible(claimed_work) else frozenset())
        )
    return corpus.memo[key]


def _works_fitting(corpus: Corpus, claimed: str, config: MatchConfig) -> frozenset[int]:
    """The works :func:`claim_fits` a claimed name, found once per distinct claim through the
    surname and speaker indexes (not by testing every work of a library)."""
    key = ("works fitting", claimed, config)
    if key not in corpus.memo:
        corpus.memo[key] = (
            _by_author(corpus, claimed)
            | works_titled(corpus, claimed, config)
            | _spoken_in(corpus, claimed)
            | (_bibles(corpus) if names_the_bible(claimed) else frozenset())
        )
    return corpus.memo[key]


_BIBLE_NAMED = re.compile(r"\b(?:bible|scriptures?|gospels?|epistles?|psalms?|proverbs|(?:old|new) testament)\b", re.I)
_BIBLE_CITED = re.compile(
    rf"\b(?:(?:[123]|I{{1,3}})\s*)?(?:{BIBLE_BOOKS})\.?\s+\d+(?::\d+)?|\b[Bb]ook\s+of\s+(?:{BIBLE_BOOKS})\b"
)


def names_the_bible(claimed: str) -> bool:
    """Does a claim name the Bible: the word, a cited book ("Matthew 7:1", "the Book of Matthew"),
    a figure only the Bible has ("Jesus", "St. Paul"), or a book alone ("Ecclesiastes", "Matthew")?

    A bare "Matthew" or "John" may be anyone, so the Bible is added to the works the claim fits,
    never put in their place: words a Matthew says that are the Gospel's are his quoting it.

    In a library with Anne of Green Gables, Matthew Cuthbert speaks far more often than the
    Gospel's heading names Matthew, so the speaker index alone loses the Bible for such claims.
    """
    claimed = claimed.strip()
    if _BIBLE_NAMED.search(claimed) or _BIBLE_CITED.search(claimed) or biblical_figure(claimed):
        return True
    return BIBLE_BOOK.fullmatch(claimed) is not None


def _bibles(corpus: Corpus) -> frozenset[int]:
    """The corpus's Bibles and Testaments, by title (found once per corpus)."""
    key = ("bibles",)
    if key not in corpus.memo:
        corpus.memo[key] = frozenset(
            w.id for w in corpus.works.values() if re.search(r"\b(?:bible|testament)\b", w.title, re.I)
        )
    return corpus.memo[key]


def works_titled(corpus: Corpus, claimed: str, config: MatchConfig) -> frozenset[int]:
    """The works whose title (or an alias: "Scripture") a claim names; not a speaker's works. Found
    once per distinct claim (every work's title is compared)."""
    key = ("works titled", claimed, config)
    if key not in corpus.memo:
        name = _WORK_ALIASES.get(claimed.casefold(), claimed)
        corpus.memo[key] = frozenset(w.id for w in corpus.works.values() if work_matches(name, w.title, config))
    return corpus.memo[key]


def _index(corpus: Corpus) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """Surname -> works by it, and speaker name -> works it speaks in; built once per corpus."""
    key = ("claim index",)
    if key not in corpus.memo:
        by_surname: dict[str, set[int]] = {}
        for w in corpus.works.values():
            for s in surnames(w.author) if w.author else ():
                by_surname.setdefault(s, set()).add(w.id)
        by_name: dict[str, set[int]] = {}
        for work_id, names in corpus.characters.items():
            for n in names:
                by_name.setdefault(n, set()).add(work_id)
        corpus.memo[key] = (by_surname, by_name)
    return corpus.memo[key]


def _by_author(corpus: Corpus, claimed: str) -> frozenset[int]:
    """The works :func:`author_matches` says ``claimed`` wrote (surname, alias or a misspelt surname)."""
    key = ("by author", claimed)
    if key not in corpus.memo:
        by_surname = _index(corpus)[0]
        found: set[int] = set()
        if _initials(claimed):
            # initials ("H.D.T.") name no surname: test each byline, once per distinct claim
            found = {w.id for w in corpus.works.values() if author_matches(claimed, w.author)}
        for s in surnames(claimed) if not found else ():
            for t in {s} | _AUTHOR_ALIASES.get(s, set()):
                found |= by_surname.get(t, set())
            for t, ids in by_surname.items():
                if _misspelt(s, t):
                    found |= ids
        corpus.memo[key] = frozenset(found)
    return corpus.memo[key]


#: Names for a work that share no word with its title.
_WORK_ALIASES = {
    "scripture": "Bible",
    "the scripture": "Bible",
    "scriptures": "Bible",
    "the scriptures": "Bible",
    "holy writ": "Bible",
    "the good book": "Bible",
    "the word of god": "Bible",
}


def speaks_in(corpus: Corpus, claimed: str, work: WorkInfo) -> bool:
    """Is the claimed name (not an author of the corpus) one of the people who speak in ``work``?

    "Lady Macbeth", "Third Apparition" and "the White Queen" are matched by
    their full name or their last word; "Psalm" meets "Psalms".
    """
    return work.id in _spoken_in(corpus, claimed)


def _spoken_in(corpus: Corpus, claimed: str) -> frozenset[int]:
    """The works :func:`speaks_in` says the claimed name speaks in, found through the speaker index."""
    key = ("spoken in", claimed)
    if key not in corpus.memo:
        found: set[int] = set()
        if not is_corpus_author(corpus, claimed):
            by_name = _index(corpus)[1]
            for k in speaker_keys(claimed):
                found |= by_name.get(k, set())
            abbreviations = _abbreviations(claimed)  # an abbreviated book or name: "1 Thess. 5:22"
            if abbreviations:
                for name, ids in by_name.items():
                    if name.startswith(abbreviations):
                        found |= ids
        corpus.memo[key] = frozenset(found)
    return corpus.memo[key]


@functools.lru_cache(maxsize=10_000)
def _abbreviations(claimed: str) -> tuple[str, ...]:
    return tuple(m.casefold() for m in re.findall(r"\b([A-Za-z]{4,})\.", claimed))


@functools.lru_cache(maxsize=10_000)
def speaker_keys(claimed: str) -> frozenset[str]:
    """The names a claimed speaker is known by, folded: "the White Queen" → "white queen", "queen"."""
    words = re.findall(r"[A-Za-z’']+", claimed)
    words = [w for w in words if w.lower() not in ("the", "a", "an", "st", "saint")]
    if not words:
        return frozenset()
    full = " ".join(words).casefold()
    keys = {full, full + "s"} | ({full[:-1]} if full.endswith("s") else set())
    if all(w[0].isupper() for w in words):
        # a name's last word ("Lady Macbeth", "the White Queen"); not a title's ("The Civil War
        # in France" is no claim that the King of France, a speaker of Henry V, said it), and as
        # written: "John Adams" is not Paradise Lost's Adam ("Psalm" meets "Psalms" in full)
        keys.add(words[-1].casefold())
    return frozenset(keys)


def claimed(corpus: Corpus, quote: Quote, work: WorkInfo, config: MatchConfig) -> bool:
    """Is ``work`` by the claimed author (or spoken in by the claimed speaker), or named by the claimed work?"""
    return work.id in _claimed_ids(corpus, quote, config)


def _claimed_ids(corpus: Corpus, quote: Quote, config: MatchConfig) -> frozenset[int]:
    found = frozenset()
    if quote.claimed_author:
        found |= _works_fitting(corpus, quote.claimed_author, config)
    if quote.claimed_work:
        found |= _works_named(corpus, quote.claimed_work, config)
    return found


def claimed_work_ids(corpus: Corpus, quote: Quote, config: MatchConfig) -> list[int]:
    """The works the claim designates, in the corpus's order."""
    if not (quote.claimed_author or quote.claimed_work):
        return []
    ids = _claimed_ids(corpus, quote, config)
    return [w for w in corpus.works if w in ids]


def speaker_titles(corpus: Corpus, name: str) -> list[str]:
    """Titles of the works ``name`` speaks in (none when it is an author's name)."""
    ids = _spoken_in(corpus, name)
    return [w.title for w in corpus.works.values() if w.id in ids]


def speaker_only(corpus: Corpus, claimed_name: str, work: WorkInfo, config: MatchConfig) -> bool:
    """The claim fits ``work`` only as someone speaking in it, not as its author or title."""
    return speaks_in(corpus, claimed_name, work) and not (
        author_matches(claimed_name, work.author) or work_matches(claimed_name, work.title, config)
    )


def claimed_titles(corpus: Corpus, author: str) -> list[str]:
    """Titles of the corpus's works by ``author``."""
    ids = _by_author(corpus, author)
    return [w.title for w in corpus.works.values() if w.id in ids]


def is_corpus_author(corpus: Corpus, name: str) -> bool:
    key = ("author", name)
    if key not in corpus.memo:
        corpus.memo[key] = bool(_by_author(corpus, name))
    return corpus.memo[key]


def same_work(a: WorkInfo, b: WorkInfo, config: MatchConfig) -> bool:
    """Two editions of one work: same author and (nearly) the same title."""
    return (
        bool(a.author)
        and author_matches(a.author, b.author)
        and fuzz.token_set_ratio(_folded(a.title), _folded(b.title)) >= config.same_title_similarity
    )
