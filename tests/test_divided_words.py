"""Words older print divides ("to-morrow", "every thing"), quoted as one word today: found as written.

The index holds the source's words as printed, so a quotation's "tomorrow" never meets Macbeth's
"To-morrow" there; the aligner knows them for one word, and the matcher looks again with the
quotation's words divided where the corpus's vocabulary says a word may divide.
"""

from __future__ import annotations

import pytest

from quotecheck.config import MatchConfig
from quotecheck.matching import _divided_terms
from quotecheck.records import Match, Verdict
from quotecheck.search.retrieve import passage_frequencies


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def test_macbeths_tomorrow_in_modern_print_is_verbatim(checker):
    # as a real essay quotes it ("The quote 'Tomorrow and tomorrow and tomorrow' is spoken by Macbeth",
    # quotepoin.blogspot.com, 2023); it was Romeo and Juliet, altered
    match = checker.match("Tomorrow and tomorrow and tomorrow")
    assert match.verdict == Verdict.VERBATIM
    assert match.source.title == "Macbeth"


def test_only_words_the_corpus_divides_are_divided(checker):
    not_found = Match(verdict=Verdict.NOT_FOUND, score=0.0)
    terms = ["tomorrow", "everybody", "darkness", "useful", "another"]
    df = passage_frequencies(checker.corpus, terms)
    divided = _divided_terms(checker.corpus, terms, df, not_found, MatchConfig())
    # "darkness" and "useful" end in suffixes, not words; "another" is too common to be a seed
    assert divided == ["to", "morrow", "every", "body", "darkness", "useful", "another"]
