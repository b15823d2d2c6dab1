"""Older spellings met in session 7's real quotations (issue 11, on the shipped corpus): a long vowel
written as a digraph ("extreams", "cloaths"), y for i ("stil'd"), the verb ending -eth; and a
truncation that drops whom a statement holds for ("to them that love God")."""

from __future__ import annotations

import pytest

from quotecheck.matching.spelling import respelled, same_words


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


@pytest.mark.parametrize(
    ("today", "old"),
    [("extremes", "extreams"), ("clothes", "cloaths"), ("complete", "compleat"), ("style", "stile"),
     ("tiger", "tyger"), ("sharpens", "sharpeneth"), ("loves", "loveth")],
)
def test_old_spellings_of_the_same_word(today, old):
    assert respelled(today, old)


@pytest.mark.parametrize(("a", "b"), [("road", "rode"), ("meat", "mete"), ("die", "dye"), ("teeth", "tees")])
def test_short_pairs_that_are_two_words_stay_apart(a, b):
    assert not respelled(a, b)


def test_elision_with_y_for_i():
    assert same_words(["styled"], ["stild"], elided=True)  # Hudibras: "by poets stil'd"


def test_franklins_extreams_and_cloaths_quoted_in_todays_spelling_are_verbatim(checker):
    # The Autobiography's thirteen virtues: "Avoid extreams; ..." and "... body, cloaths, or habitation."
    for quote, word in [
        ("Avoid extremes; forbear resenting injuries so much as you think they deserve", "extremes"),
        ("Tolerate no uncleanliness in body, clothes, or habitation", "clothes"),
    ]:
        m = checker.match(quote, author="Benjamin Franklin")
        assert m.verdict == "verbatim", quote
        assert "Autobiography" in m.source.title
        assert word in (m.note or "")


def test_hudibras_modernised_is_verbatim(checker):
    m = checker.match(
        "What medicine else can cure the fits\nOf lovers when they lose their wits?\n"
        "Love is a boy by poets styled\nThen spare the rod and spoil the child.",
        author="Samuel Butler",
    )
    assert m.verdict == "verbatim"
    assert "styled" in (m.note or "")


def test_all_things_work_together_for_good_drops_whom_it_is_promised_to(checker):
    # Romans 8:28: "all things work together for good to them that love God"
    m = checker.match("All things work together for good.", work="the Bible")
    assert m.verdict == "altered"
    assert "context" in m.meaning_changes
    assert "to them that love God" in (m.note or "")


def test_the_whole_clause_with_its_restriction_stays_verbatim(checker):
    m = checker.match("all things work together for good to them that love God", work="the Bible")
    assert m.verdict == "verbatim"
    assert not m.meaning_changes


def test_miltons_old_print_then_and_heavn_against_the_modern_edition_are_verbatim(checker):
    # Paradise Lost I.263 in the 1674 spelling; the corpus edition prints "than serve in Heaven"
    m = checker.match(
        "Here we may reign secure, and in my choice\nTo reign is worth ambition though in Hell:\n"
        "Better to reign in Hell, then serve in Heav'n.",
        author="Milton",
    )
    assert m.verdict == "verbatim"
    assert "Heav'n" in (m.note or "")


def test_then_for_than_without_a_comparative_is_another_word(checker):
    # Julius Caesar III.1: "Et tu, Brute? Then fall, Caesar!" -- no comparative before "Then"
    m = checker.match("Et tu, Brute? Than fall, Caesar!", author="William Shakespeare")
    assert m.verdict == "altered"
    assert any(e.op.value == "replace" and e.original.endswith("Then") for e in m.source.diff)
