"""What a quotation states must be in its source: a predicate of the quoter's own after the source's
subject is not the source's line, while a clause added after the source's statement still is; and
old spelling under a plural is faithful quoting (real circulating quotations, bench/data/realquotes)."""

from __future__ import annotations

import pytest

from quotecheck.matching.spelling import respelled


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def test_a_predicate_the_source_lacks_is_not_its_line(checker):
    # rq-350: Donne and Milton have "the Prince of darkness"; "is a gentleman" is King Lear's, not here
    m = checker.match("The Prince of Darkness is a gentleman.")
    assert m.verdict == "not_found"
    assert m.alternatives  # the closest passage is still shown


def test_a_clause_added_after_the_sources_statement_is_still_the_passage_altered(checker):
    # rq-041: Walden's sentence, with a clause of the quoter's own joined by "and"
    m = checker.match(
        "Most men lead lives of quiet desperation and go to the grave with the song still in them.",
        author="Henry D. Thoreau",
    )
    assert m.verdict == "altered"
    assert m.source.author == "Henry David Thoreau"


def test_a_subject_quoted_with_its_own_verb_stays_verbatim(checker):
    m = checker.match("The quality of mercy is not strained", author="Portia")
    assert m.verdict == "verbatim"


def test_old_spelling_under_a_plural_is_faithful(checker):
    # rq-322: The Way to Wealth prints "Beware of little expences"
    m = checker.match("Beware of little expenses; a small leak will sink a great ship.", author="Benjamin Franklin")
    assert m.verdict == "verbatim"
    assert "expenses / expences" in m.note


def test_plural_respelling_needs_the_singulars_to_be_one_word():
    assert respelled("expences", "expenses")
    assert respelled("musicks", "musics")
    assert not respelled("hopes", "hops")  # "hope" is not an old "hop"
    assert not respelled("mades", "mads")


def test_old_spellings_of_ph_iz_and_judgement_are_faithful(checker):
    # The Autobiography prints "surprized", Paradise Lost "judgement"
    franklin = checker.match("I was surprised to find these were not the governor's letters", author="Benjamin Franklin")
    assert franklin.verdict == "verbatim"
    assert "surprised / surprized" in franklin.note
    milton = checker.match("All judgment, whether in Heaven, or Earth, or Hell.", author="John Milton")
    assert milton.verdict == "verbatim"
    assert respelled("phrenzy", "frenzy")
    assert not respelled("phase", "face")  # only ph for f, not any change
