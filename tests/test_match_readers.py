"""Famous lines as readers meet them, checked end to end on the shipped corpus: the cases a
fact-checker would catch at once (a cut that reverses the Psalm, a claimed work held by another
author, a name shared by a character, a verbless phrase after a negation)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


@pytest.mark.parametrize("claim", [{"work": "the Bible"}, {"author": "David"}, {}])
def test_there_is_no_god_is_the_fools_words_not_the_bibles(checker, claim):
    # Psalm 14:1 "The fool hath said in his heart, There is no God." (Deuteronomy's "there is no
    # god with me" is another cut: neither is the Bible saying so)
    m = checker.match("There is no God.", **claim)
    assert m.verdict == "altered", m.note
    assert "context" in m.meaning_changes
    assert "fool" in m.note


def test_the_right_author_with_another_of_his_books_is_said_in_a_note(checker):
    # the words are still Bronte's (the verdict stands); the note names the book that has them
    m = checker.match("Reader, I married him.", author="Charlotte Bronte", work="Pride and Prejudice")
    assert m.verdict == "verbatim", m.note
    assert "claimed from Pride and Prejudice, but found in" in m.note and "Jane Eyre" in m.note


def test_a_claimed_work_the_corpus_lacks_leaves_the_right_author_alone(checker):
    m = checker.match("Reader, I married him.", author="Charlotte Bronte", work="Villette")
    assert m.verdict == "verbatim", m.note


def test_a_surname_shared_with_characters_is_not_their_speech(checker):
    m = checker.match("Give me liberty, or give me death!", author="Patrick Henry")
    assert "speaks" not in (m.note or ""), m.note


def test_a_verbless_phrase_after_a_negation_is_not_out_of_context(checker):
    m = checker.match("self-acting armed organization")
    assert "context" not in m.meaning_changes, m.note
