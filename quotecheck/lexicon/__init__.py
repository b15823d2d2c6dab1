"""Word meaning for the paraphrase check: base forms, WordNet synonyms and antonyms.

Reads ``quotecheck/data/wordnet-synonyms.tsv.gz``, a compact table built from
WordNet 3.0 by :mod:`quotecheck.lexicon.build` (the WordNet licence is beside
it, ``wordnet-LICENSE``). Nothing is downloaded or needed at run time.

Two words are related at one of three levels (:meth:`Lexicon.relation`):
the same base form ("learned"/"learn", "maketh"/"make", "men"/"man"), a
shared synset among their most frequent senses ("foe"/"enemy",
"dreaded"/"feared"), or one hop between synsets ("make"/"set" through a verb
hypernym, "liberty"/"free" through derivation). Static word vectors were
measured first and rejected: they score antonyms above synonyms.
"""

from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass
from importlib import resources

__all__ = ["Lexicon", "lexicon", "SAME", "SYNONYM", "RELATED", "NONE"]

SAME, SYNONYM, RELATED, NONE = 3, 2, 1, 0

# WordNet's morphological rules (morphy), and the -eth/-est of the older Bibles and poets
_RULES = (
    ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
    ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
    ("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("eth", ""), ("eth", "e"), ("th", ""),
    ("iest", "y"), ("ier", "y"), ("ly", ""), ("ily", "y"),
)  # fmt: skip


@dataclass(frozen=True, eq=False)  # hashed by identity: its methods are memoised
class Lexicon:
    """The table, loaded: word → synsets, synset → synsets one hop away, antonyms, irregular forms.

    Held as tuples of strings, not sets: the collector stops tracking such a tuple the first time it
    sees one, so the 400,000 entries are not walked by every full collection (sets always are), and
    they take a third of the memory. The answers (:meth:`bases`, :meth:`senses`, :meth:`reach`) are
    sets, memoised up to a bound.
    """

    synsets: dict[str, tuple[str, ...]]
    hops: dict[str, tuple[str, ...]]
    antonyms: dict[str, tuple[str, ...]]
    irregular: dict[str, str]

    @functools.lru_cache(maxsize=200_000)  # noqa: B019 - one Lexicon per process, kept for its life
    def bases(self, word: str) -> frozenset[str]:
        """The word's base forms that WordNet knows (the word itself when it knows none)."""
        found = {word} if word in self.synsets else set()
        if word in self.irregular:
            found.add(self.irregular[word])
        for suffix, ending in _RULES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                base = word[: len(word) - len(suffix)] + ending
                if base in self.synsets:
                    found.add(base)
        return frozenset(found or {word})

    @functools.lru_cache(maxsize=200_000)  # noqa: B019
    def senses(self, word: str) -> tuple[frozenset[str], frozenset[str]]:
        """The synsets of the word's base forms, and those one hop from them."""
        own = frozenset(s for b in self.bases(word) for s in self.synsets.get(b, ()))
        return own, frozenset(t for s in own for t in self.hops.get(s, ()))

    @functools.lru_cache(maxsize=200_000)  # noqa: B019
    def reach(self, word: str) -> frozenset[str]:
        """Every key the word can meet another by: its base forms, its synsets and those one hop away
        (one set test tells a word that shares none of them with a quotation from one that may)."""
        own, hop = self.senses(word)
        return own | hop | self.bases(word)

    def members(self, synset: str) -> tuple[str, ...]:
        """The single words of a synset, each once (read from the table once, on first use)."""
        return self._members().get(synset, ())

    @functools.lru_cache(maxsize=1)  # noqa: B019
    def _members(self) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for word, synsets in self.synsets.items():  # each word once: the table's keys are distinct
            if word.isalpha():
                for synset in synsets:
                    found.setdefault(synset, []).append(word)
        return {synset: tuple(words) for synset, words in found.items()}

    def relation(self, a: str, b: str) -> int:
        """How close two words are: SAME, SYNONYM, RELATED or NONE."""
        if a == b or self.bases(a) & self.bases(b):
            return SAME
        own_a, hop_a = self.senses(a)
        own_b, hop_b = self.senses(b)
        if own_a & own_b:
            return SYNONYM
        if own_a & hop_b or own_b & hop_a:
            return RELATED
        return NONE

    def opposed(self, a: str, b: str) -> bool:
        """WordNet calls one word's base an antonym of the other's ("love" / "hated")."""
        return any(y in self.antonyms.get(x, ()) for x in self.bases(a) for y in self.bases(b))


@functools.cache
def lexicon() -> Lexicon:
    """The shipped table, read once per process (about 1 MB compressed)."""
    synsets: dict[str, tuple[str, ...]] = {}
    hops: dict[str, tuple[str, ...]] = {}
    antonyms: dict[str, tuple[str, ...]] = {}
    irregular: dict[str, str] = {}
    data = resources.files("quotecheck") / "data" / "wordnet-synonyms.tsv.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            kind, key, value = line.rstrip("\n").split("\t")
            if kind == "w":
                synsets[key] = tuple(dict.fromkeys(value.split()))
            elif kind == "h":
                hops[key] = tuple(dict.fromkeys(value.split()))
            elif kind == "a":
                antonyms[key] = tuple(dict.fromkeys(value.split()))
            else:
                irregular[key] = value
    return Lexicon(synsets, hops, antonyms, irregular)
