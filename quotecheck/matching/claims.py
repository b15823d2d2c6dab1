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
    for part in re.split(r"\s+and\s+|\s*&\s*|,\s*|[()]", names):
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
    return any(
        s in theirs or _AUTHOR_ALIASES.get(s, set()) & theirs or any(_misspelt(s, t) for t in theirs)
        for s in surnames(claimed)
    )


@functools.lru_cache(maxsize=10_000)
def _misspelt(a: str, b: str) -> bool:
    """One slip in a long surname: a letter doubled, dropped or swapped (not "Marx" for "Mars")."""
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and Levenshtein.distance(a, b) <= 1


@functools.lru_cache(maxsize=100_000)
def _folded(text: str) -> str:
    return fold(text)


def work_matches(claimed: str | None, title: str | None, config: MatchConfig) -> bool:
    """Does a claimed work (or one of several, ``;``-separated) name this title?"""
    if not claimed or not title:
        return False
    b = _folded(title)
    words = _word_set(b)
    for one in _claims(claimed):
        a = _folded(one)
        if a and (a in b or b in a):
            return True
        # titles that share no word are never alike enough (and the ratio costs more than the test)
        if a and _word_set(a) & words and fuzz.token_set_ratio(a, b) >= config.claimed_title_similarity:
            return True
    return False


@functools.lru_cache(maxsize=100_000)
def _word_set(folded: str) -> frozenset[str]:
    return frozenset(folded.split())


@functools.lru_cache(maxsize=10_000)
def _claims(claimed: str) -> tuple[str, ...]:
    return tuple(re.split(r";\s*", claimed))


def work_fits(corpus: Corpus, claimed_work: str, work: WorkInfo, config: MatchConfig) -> bool:
    """Does a claimed work name ``work``: its title, an alias ("Scripture"), or a book or person of it
    ("Proverbs", "the Book of Matthew", "1 Thess. 5:22")?"""
    return work_matches(_WORK_ALIASES.get(claimed_work.casefold(), claimed_work), work.title, config) or speaks_in(
        corpus, claimed_work, work
    )


def claim_fits(corpus: Corpus, claimed: str, work: WorkInfo, config: MatchConfig) -> bool:
    """The claimed name wrote the work, is its title character ("as Hamlet says"), names the
    work ("the Bible", "Scripture"), or speaks in it ("Shylock asks", "Jesus said")."""
    return (
        author_matches(claimed, work.author)
        or work_matches(_WORK_ALIASES.get(claimed.casefold(), claimed), work.title, config)
        or speaks_in(corpus, claimed, work)
    )


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
    names = corpus.characters.get(work.id)
    if not names or is_corpus_author(corpus, claimed):
        return False
    if _speaker_keys(claimed) & names:
        return True
    # an abbreviated book or name: "1 Thess. 5:22", "Matt. 6:21"
    return any(name.startswith(a) for a in _abbreviations(claimed) for name in names)


@functools.lru_cache(maxsize=10_000)
def _abbreviations(claimed: str) -> tuple[str, ...]:
    return tuple(m.casefold() for m in re.findall(r"\b([A-Za-z]{4,})\.", claimed))


@functools.lru_cache(maxsize=10_000)
def _speaker_keys(claimed: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z’']+", claimed)
    words = [w for w in words if w.lower() not in ("the", "a", "an", "st", "saint")]
    if not words:
        return frozenset()
    keys = {" ".join(words).casefold(), words[-1].casefold()}
    keys |= {k + "s" for k in keys} | {k[:-1] for k in keys if k.endswith("s")}
    return frozenset(keys)


def claimed(corpus: Corpus, quote: Quote, work: WorkInfo, config: MatchConfig) -> bool:
    """Is ``work`` by the claimed author (or spoken in by the claimed speaker), or named by the claimed work?"""
    key = ("claimed", quote.claimed_author, quote.claimed_work, work.id, config)
    if key not in corpus.memo:
        corpus.memo[key] = _claimed(corpus, quote, work, config)
    return corpus.memo[key]


def _claimed(corpus: Corpus, quote: Quote, work: WorkInfo, config: MatchConfig) -> bool:
    return bool(
        (quote.claimed_author and claim_fits(corpus, quote.claimed_author, work, config))
        or (quote.claimed_work and work_fits(corpus, quote.claimed_work, work, config))
    )


def claimed_work_ids(corpus: Corpus, quote: Quote, config: MatchConfig) -> list[int]:
    if not (quote.claimed_author or quote.claimed_work):
        return []
    key = ("claimed ids", quote.claimed_author, quote.claimed_work, config)
    if key not in corpus.memo:
        corpus.memo[key] = [w.id for w in corpus.works.values() if claimed(corpus, quote, w, config)]
    return corpus.memo[key]


def speaker_titles(corpus: Corpus, name: str) -> list[str]:
    """Titles of the works ``name`` speaks in (none when it is an author's name)."""
    return [w.title for w in corpus.works.values() if speaks_in(corpus, name, w)]


def speaker_only(corpus: Corpus, claimed_name: str, work: WorkInfo, config: MatchConfig) -> bool:
    """The claim fits ``work`` only as someone speaking in it, not as its author or title."""
    return speaks_in(corpus, claimed_name, work) and not (
        author_matches(claimed_name, work.author) or work_matches(claimed_name, work.title, config)
    )


def claimed_titles(corpus: Corpus, author: str) -> list[str]:
    """Titles of the corpus's works by ``author``."""
    return [w.title for w in corpus.works.values() if author_matches(author, w.author)]


def is_corpus_author(corpus: Corpus, name: str) -> bool:
    key = ("author", name)
    if key not in corpus.memo:
        corpus.memo[key] = any(author_matches(name, w.author) for w in corpus.works.values())
    return corpus.memo[key]


def same_work(a: WorkInfo, b: WorkInfo, config: MatchConfig) -> bool:
    """Two editions of one work: same author and (nearly) the same title."""
    return (
        bool(a.author)
        and author_matches(a.author, b.author)
        and fuzz.token_set_ratio(_folded(a.title), _folded(b.title)) >= config.same_title_similarity
    )
