"""A word the quoter put at a quotation's very end in place of the source's last word of the clause
is a replacement, not an addition, so a changed name there is flagged (issue 11, on the shipped corpus)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def _changes(m) -> list[tuple[str, str, str]]:
    return [(e.op.value, e.quoted, e.original) for e in m.source.diff if e.op.value != "equal"]


def test_a_name_put_in_the_last_slot_is_a_changed_name(checker):
    # Julius Caesar III.1: "Et tu, Brute? Then fall, Caesar!"
    m = checker.match("Et tu, Brute? Then fall, Antony!", author="William Shakespeare")
    assert m.verdict == "altered"
    assert ("replace", "Antony", "Caesar") in _changes(m)
    assert "name" in m.meaning_changes


def test_a_last_word_changed_before_the_clause_ends_is_a_replacement(checker):
    # Jane Eyre: "I am a free human being with an independent will, which I now exert to leave you."
    m = checker.match(
        "I am no bird; and no net ensnares me; I am a free human being with an independent mind",
        author="Charlotte Brontë",
    )
    assert m.verdict == "altered"
    assert ("replace", "mind", "will") in _changes(m)


def test_a_word_added_for_a_dropped_vocative_stays_an_addition(checker):
    # Hamlet: "Alas, poor Yorick! I knew him, Horatio"; "well" is not another name for Horatio
    m = checker.match("Alas, poor Yorick! I knew him well", author="William Shakespeare")
    assert m.verdict == "altered"
    assert ("add", "well", "") in _changes(m)
    assert "name" not in m.meaning_changes
