"""Forms of quotation fixed in session 4 (issue 10, extraction recall and precision), each
pinned on a real document of the dev part of ``bench/data/realdocs`` (never the test part)."""

from __future__ import annotations

from pathlib import Path

from quotecheck.extract import extract_document
from quotecheck.io.document import load_document
from quotecheck.records import Kind

REAL = Path(__file__).resolve().parents[1] / "bench" / "data" / "realdocs"


def quotations(path: str) -> list:
    return [q for q in extract_document(load_document(str(REAL / path))) if q.kind == Kind.QUOTATION]


def starting(path: str, words: str):
    found = [q for q in quotations(path) if q.text.startswith(words)]
    assert found, f"no quotation starting {words!r} in {path}"
    return found[0]


def test_a_quotation_reopened_on_each_paragraph_and_never_closed_is_one_a_paragraph():
    # Lenin's pamphlet excerpted a paragraph at a time, each opening with “ and none closing:
    # where the quotation ends is unknown, so each paragraph is its own quotation
    path = "a/docs/a17-from-the-classics-kautsky.txt"
    first = starting(path, "Nearly nine-tenths of Kautsky")
    assert first.text.endswith("particularly evident.")
    second = starting(path, "Kautsky assures his reader")
    assert second.text.endswith("(pp. 20-21).")


def test_a_doubled_opening_mark_opens_once():
    q = starting("c/docs/c25-weaversknot-i-think-of-mark-twain.txt", "The human race has one")
    assert q.text.rstrip("”") == "The human race has one really effective weapon, and that is laughter."


def test_straight_quotes_around_a_quiz_gap():
    # '" is the root of all evil." (1st Timothy 6:10)', '"A penny for your " (John Heywood)'
    path = "b/docs/b25-fayette-citizen-alas-poor-yorick.txt"
    texts = [q.text.strip() for q in quotations(path)]
    for words in ("is the root of all evil.", "A penny for your", "Till death part.", "will have his day."):
        assert words in texts, words
