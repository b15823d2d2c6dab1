"""Real circulating quotations collected in session 6 (bench/data/realquotes, dev items only):
a page that lost the spaces at line ends, a word divided at a line end with a changed word
beside it, a definition reworded, and a line credited to the wrong philosopher."""

from __future__ import annotations

import pytest

from bench.common import load_jsonl
from bench.realquotes_eval import SET

ITEMS = {item["id"]: item for item in load_jsonl(SET)}


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def _match(checker, rq: str):
    item = ITEMS[rq]
    assert item["split"] == "dev"
    return checker.match(item["quote"], author=item.get("claimed_author"), work=item.get("claimed_work")), item


@pytest.mark.parametrize("rq", ["rq-412", "rq-405", "rq-459", "rq-436", "rq-439"])
def test_session6_dev_items_get_their_labelled_verdict(checker, rq):
    m, item = _match(checker, rq)
    assert str(m.verdict) == item["expected_verdict"], item["note"]


def test_words_run_together_at_line_ends_are_the_same_words(checker):
    # rq-412: a quote page printed Endymion with "neverPass", "keepA", "sleepFull"
    m, _ = _match(checker, "rq-412")
    assert m.verdict == "verbatim" and m.source.title.startswith("Endymion")


def test_a_changed_word_beside_a_line_end_division_is_still_shown(checker):
    # rq-459: "Deep into the darkness peering, ... won-/dering" for Poe's "that darkness"
    m, _ = _match(checker, "rq-459")
    assert m.verdict == "altered"
    assert any(e.op.value == "replace" and e.quoted == "the" and e.original == "that" for e in m.source.diff)
