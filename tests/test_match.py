"""The matcher on real passages of the shipped corpus: verdicts, diffs, locations, provenance."""

from __future__ import annotations

import pytest

from quotecheck import Checker


@pytest.fixture(scope="module")
def matcher(shipped_db_path):
    from quotecheck.store.db import open_db

    db = open_db(shipped_db_path)
    yield Checker(db)
    db.close()


def match(checker, text, author=None, work=None):
    return checker.match(text, author=author, work=work)


def ops(m, *kinds):
    return [(d.op, d.quoted, d.original) for d in m.diff if d.op in kinds]


def test_methinks_is_altered_with_the_reordering_and_the_changed_verb(matcher):
    m = match(matcher, "Methinks the lady doth protest too much")
    assert m.verdict == "altered"
    assert m.source.title.startswith("Hamlet")
    assert m.source.text == "The lady protests too much, methinks"
    moved = [(d.op, d.quoted or d.original) for d in m.diff if d.moved]
    assert ("add", "Methinks") in moved and ("omit", "methinks") in moved
    assert ("replace", "doth protest", "protests") in ops(m, "replace")
    assert m.source.location.startswith("ACT III, SCENE II")


def test_a_verbatim_passage_with_an_ellipsis_and_a_bracketed_insertion(matcher):
    quote = (
        "It is a truth universally acknowledged, that a single man in possession of a good fortune, "
        "must be in want of a wife. However little known the feelings or views of such a man may be . . . "
        "this truth is so well fixed in the minds of the surrounding families, that he [the bachelor] is "
        "considered the rightful property of some one or other of their daughters."
    )
    m = match(matcher, quote, "Jane Austen")
    assert m.verdict == "verbatim" and m.score == 100
    assert m.source.title == "Pride and Prejudice"
    editorial = [(d.op, d.quoted, d.original) for d in m.diff if d.editorial]
    assert editorial[0][0] == "omit"
    assert " ".join(editorial[0][2].split()).startswith("on his first entering a neighbourhood")
    assert ("add", "[the bachelor]", "") in editorial


def test_british_and_american_spelling_and_typography_are_verbatim(matcher):
    m = match(
        matcher,
        "however little known the feelings or views of such a man may be on his first entering a neighborhood",
    )
    assert m.verdict == "verbatim"


def test_a_dropped_not_changes_the_meaning(matcher):
    m = match(
        matcher, "A little learning is a dangerous thing; Drink deep, or taste not the Pierian spring", "Pope"
    )
    assert m.verdict == "verbatim"
    m = match(
        matcher, "A little learning is a dangerous thing; Drink deep, or taste the Pierian spring", "Pope"
    )
    assert m.verdict == "altered"
    assert "negation" in m.meaning_changes
    assert [(d.op, d.original, d.meaning) for d in m.diff if d.op == "omit"] == [("omit", "not", "negation")]


def test_a_changed_number_is_flagged(matcher):
    m = match(
        matcher, "Five score and seven years ago our fathers brought forth on this continent a new nation"
    )
    assert m.verdict == "altered" and "number" in m.meaning_changes


def test_sun_tzu_credited_to_machiavelli_is_misattributed(matcher):
    m = match(matcher, "All warfare is based on deception.", "Niccolò Machiavelli")
    assert m.verdict == "misattributed"
    assert m.source.author == "Sun Tzu"
    assert "claimed for Niccolò Machiavelli" in m.note


def test_not_found_says_what_the_corpus_lacks(matcher):
    m = match(matcher, "Elementary, my dear Watson", "Arthur Conan Doyle")
    assert m.verdict == "not_found"
    m = match(matcher, "The only thing we have to fear is fear itself", "Franklin D. Roosevelt")
    assert m.verdict == "not_found"
    assert "no works by Franklin D. Roosevelt" in m.note


def test_the_claimed_author_lowers_the_bar_for_a_famous_misquote(matcher):
    m = match(matcher, "Bubble, bubble, toil and trouble", "William Shakespeare")
    assert m.verdict == "altered" and m.source.title == "Macbeth"
    assert ("replace", "Bubble, bubble", "Double, double") in ops(m, "replace")


def test_a_line_of_common_words_is_found_as_a_phrase(matcher):
    m = match(matcher, "To be, or not to be, that is the question")
    assert m.verdict == "verbatim" and m.source.title.startswith("Hamlet")


def test_a_quotation_running_over_a_paragraph_break(matcher):
    # the end of chapter 1 and the start of chapter 2's first paragraph of Moby-Dick
    m = match(
        matcher,
        "Call me Ishmael. Some years ago—never mind how long precisely—having little or no money in my purse",
    )
    assert m.verdict == "verbatim"
    assert m.source.location == "CHAPTER 1. Loomings, paragraph 1"


def test_provenance_the_origin_not_the_book_quoting_it(matcher):
    # Lenin's State and Revolution quotes Engels in another translation,
    # "Engels says: ..."; the origin is Engels's Origin of the Family.
    quote = "The state is, therefore, by no means a power forced on society from without"
    m = match(matcher, quote)
    assert m.source.title.startswith("The Origin of the Family") and m.source.author == "Friedrich Engels"
    assert m.verdict == "altered"
    quoting = [q for q in m.quoted_in if q.title.startswith("The State and Revolution")]
    assert quoting and quoting[0].quoting and quoting[0].verdict == "verbatim"
    assert quoting[0].attributed_to == "Engels"
    # credited to the book that only quotes it: judged against the origin
    m = match(matcher, quote, "Lenin")
    assert m.verdict == "misattributed" and m.source.author == "Friedrich Engels"


def test_editions_are_alternatives_and_the_closer_wording_wins(matcher):
    # in the 6th edition only
    m = match(
        matcher,
        "This preservation of favourable individual differences and variations, and the destruction of those which are injurious, I have called Natural Selection, or the Survival of the Fittest.",
    )
    assert m.verdict == "verbatim" and "6th" in m.source.title
    # in the 1st edition; the 6th rewrote it: the 1st is the source, the 6th an alternative
    m = match(
        matcher,
        "This preservation of favourable variations and the rejection of injurious variations, I call Natural Selection",
    )
    assert m.verdict == "verbatim" and "1st" in m.source.title


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A one-file corpus for edge cases found on PAN 2013 documents."""
    from quotecheck.corpus import add_paths
    from quotecheck.store.db import open_db

    folder = tmp_path_factory.mktemp("tiny")
    (folder / "report.txt").write_text(
        "Tornadoes of the past. It was worse than after the 1840 disaster. The 219 mile track left by "
        "the tornado was the longest ever recorded in the state at that time.\n\n"
        "The committee published its findings [December 2006] and the report was widely read.\n",
        encoding="utf-8",
    )
    db = open_db(folder / "q.db")
    add_paths(db, [str(folder / "report.txt")])
    yield Checker(db)
    db.close()


def test_the_span_does_not_start_at_an_earlier_copy_of_the_first_word(tiny):
    m = match(tiny, "The 219 mile track left by the tomado was the longest ever recorded")
    assert m.verdict == "altered"
    assert m.source.text.startswith("The 219 mile")
    assert ops(m, "replace", "omit", "add") == [("replace", "tomado", "tornado")]


def test_brackets_copied_from_the_source_are_not_editorial(tiny):
    m = match(tiny, "The committee published its findings [December 2006] and the report was widely read")
    assert m.verdict == "verbatim"


def test_a_close_rewording_is_a_paraphrase_located_in_its_source(matcher):
    m = match(
        matcher,
        "A single man who possesses a large fortune must want a wife: that truth is acknowledged universally.",
        "Jane Austen",
    )
    assert m.verdict == "paraphrase"
    assert m.source.title == "Pride and Prejudice" and m.source.location.startswith("Chapter 1")
    assert "shares" in m.note


def test_a_fabricated_line_in_an_authors_style_is_not_found(matcher):
    m = match(matcher, "The sea keeps no accounts, and forgives no debts.", "Herman Melville")
    assert m.verdict == "not_found"
    assert "Moby Dick" in m.note  # what the corpus holds of the claimed author


def test_a_word_joined_to_the_one_before_by_a_dash_starts_the_match_itself(matcher):
    """Hamlet's "…on’t—Frailty, thy name is woman!": the span starts at "Frailty", not at "on’t",
    so the line is verbatim and not taken for a cut out of its clause."""
    m = match(matcher, "Frailty, thy name is woman!", "Hamlet")
    assert m.verdict == "verbatim" and m.source.text == "Frailty, thy name is woman"
