"""Paraphrases (issue 12, session 6): rare words kept from the source count as evidence, and a
translator's introduction is never the place a rewording comes from. Real items of the dev part of
``bench/data/paraphrase`` and ``bench/data/fabricated``, against the shipped corpus."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def test_another_translation_keeping_rare_words_is_a_paraphrase(checker):
    # pp-232 (dev), Shorey's Republic 496a-b; Jowett: "Then, Adeimantus, I said, the worthy disciples of
    # philosophy will be but a small remnant". "Remnant" and "Adeimantus" are kept; the order is not.
    m = checker.match(
        "There is a very small remnant, then, Adeimantus, I said, of those who consort worthily with philosophy",
        author="Plato",
        work="Republic",
    )
    assert m.verdict == "paraphrase"
    assert "worthy disciples of philosophy will be but" in " ".join(m.source.text.split())
    assert m.source.location.startswith("BOOK VI")


def test_a_made_up_line_of_common_words_gets_no_source(checker):
    # fb-374 (dev): Emma, which the corpus lacks, credited to Austen; Pride and Prejudice shares
    # its common words ("people ... the more ... the less") but none of them is rare
    m = checker.match(
        "There are people, who the more you do for them, the less they will do for themselves.",
        author="Jane Austen",
    )
    assert m.verdict == "not_found"
    assert m.source is None


def test_the_translators_introduction_is_not_the_source_of_a_rewording(checker):
    # pp-091 (dev): Jowett's "INTRODUCTION AND ANALYSIS" retells Book V in modern words; the source
    # is Plato's text ("if women are to have the same duties as men, they must have the same nurture")
    m = checker.match(
        "If women are expected to do the same work as men, we must teach them the same things.",
        author="Plato",
    )
    assert m.verdict == "paraphrase"
    assert m.source.location.startswith("BOOK V")
    assert all(not p.location.startswith("INTRODUCTION") for p in m.alternatives)
