"""Issue 11, session 4, on real text: a quoter's own speech tag after the closing mark, the
commentary an annotated edition prints between the author's sentences, and words found only in
a work of unknown date (which cannot make them someone else's)."""

from __future__ import annotations

import pytest

from quotecheck import Checker


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def test_a_quoters_own_speech_tag_is_not_part_of_the_quotation(checker):
    # Through the Looking-Glass: "'It's a poor sort of memory that only works backwards,' the Queen remarked."
    m = checker.match(
        "It's a poor sort of memory that only works backwards,' says the White Queen to Alice.",
        author="Lewis Carroll",
    )
    assert m.verdict == "verbatim"
    assert m.source.title == "Through the Looking-Glass"
    assert m.source.text.endswith("only works backwards")
    assert "quoter's own tag" in m.note and "says the White Queen to Alice" in m.note


def test_a_credit_after_a_dash_naming_the_claim_is_the_quoters(checker):
    line = "If you know the enemy and know yourself, you need not fear the result of a hundred battles."
    m = checker.match(line + " \u2015 Sun Tzu, The Art of War", author="Sun Tzu")
    assert m.verdict == "verbatim"
    assert "Sun Tzu, The Art of War" in m.note
    # a name after a dash that is not the claim's may be the line's own words: judged as quoted
    m = checker.match(line + " - Napoleon", author="Sun Tzu")
    assert m.verdict == "altered"


def test_a_tag_the_source_has_is_the_authors_and_its_changes_count(checker):
    # Silver Blaze: "...assurance," said the Colonel; the quoter changed the tag's verb
    m = checker.match(
        "I have his assurance,\u201d remarked the Colonel, with a shrug of his shoulders.", author="Conan Doyle"
    )
    assert m.verdict == "altered"
    assert [(d.op, d.quoted, d.original) for d in m.diff if d.op != "equal"] == [("replace", "remarked", "said")]


def test_commentary_between_the_authors_sentences_is_skipped(checker):
    # Giles prints Li Ch`uan's commentary between the second and third sentence of III.18
    quote = (
        "If you know the enemy and know yourself, you need not fear the result of a hundred battles. "
        "If you know yourself but not the enemy, for every victory gained you will also suffer a defeat. "
        "If you know neither the enemy nor yourself, you will succumb in every battle."
    )
    m = checker.match(quote, author="Sun Tzu")
    assert m.verdict == "verbatim"
    assert m.source.text.endswith("succumb in\nevery battle")
    skipped = [d for d in m.diff if d.op == "omit"]
    assert len(skipped) == 1 and skipped[0].editorial and "[Li Ch`uan cites" in skipped[0].original


def test_words_of_an_undated_work_are_not_made_someone_elses(shared, tmp_path):
    # the same Pope text, once with its year and once without: only a dated work can be the origin
    from quotecheck.corpus import add_paths
    from quotecheck.store.db import open_db, set_meta

    pope = str(shared / "corpus" / "pope_essay-on-criticism.txt")
    verdicts = {}
    for year in (1711, None):
        db = open_db(tmp_path / f"pope-{year}.db")
        set_meta(db, "shipped_corpus", "not wanted in this test")
        add_paths(db, [pope], author="Alexander Pope", year=year)
        m = Checker(db).match("To err is human, to forgive, divine.", author="Mark Twain")
        verdicts[year] = m
        db.close()
    assert verdicts[1711].verdict == "misattributed"
    undated = verdicts[None]
    assert undated.verdict == "not_found"
    assert undated.alternatives and "Essay on Criticism" in undated.alternatives[0].title


def test_a_line_a_play_repeats_is_reported_where_the_claimed_speaker_says_it(checker):
    # Antonio says "a pound of flesh" first (III.iii); Shylock's own is IV.i, "The pound of flesh which I demand of him"
    m = checker.match("pound of flesh", author="Shylock", work="The Merchant of Venice")
    assert m.verdict == "verbatim"
    assert m.source.location.startswith("ACT 4, SCENE I.")


def test_running_text_is_the_place_reported_not_a_heading_in_capitals(checker):
    # Origin of Species, 6th ed.: the chapter title "NATURAL SELECTION; OR THE SURVIVAL OF THE FITTEST"
    # comes after Chapter III's "the expression often used by Mr. Herbert Spencer of the Survival of the Fittest"
    m = checker.match("Survival of the Fittest", author="Charles Darwin")
    assert m.verdict == "verbatim"
    assert m.source.text.replace("\n", " ") == "Survival of the Fittest"


def test_of_places_altered_alike_the_first_is_reported(checker):
    # Deuteronomy 32:10 "the apple of his eye" comes before Psalm 17:8 "the apple of the eye"
    m = checker.match("The apple of my eye.", work="the Bible")
    assert m.verdict == "altered"
    assert "Deuteronomy" in m.source.location
    # ...but a place changed otherwise is not alike: "lay on, Macduff", not "on earth. MACDUFF"
    m = checker.match("Lead on, Macduff", author="William Shakespeare", work="Macbeth")
    assert m.source.text == "lay on, Macduff"


def test_the_claimed_work_wins_over_the_authors_papers_reprinting_it(checker):
    # Lincoln's collected papers reprint the address; the claim names the Gettysburg Address
    m = checker.match(
        "Four score and seven years ago our fathers brought forth upon this continent a new nation",
        author="Abraham Lincoln",
        work="The Gettysburg Address",
    )
    assert m.source.title == "Gettysburg Address"


def test_the_authors_line_wins_over_a_commentators_words_in_brackets(checker):
    # Chang Yu's bracketed "war is based on deception" (XI) is closer in words than Sun Tzu's own
    # "All warfare is based on deception" (I.18), but it is not Sun Tzu's
    m = checker.match("All war is deception.", author="Sun Tzu")
    assert m.verdict == "altered"
    assert m.source.text == "All warfare is based on deception"
    assert m.source.location.startswith("I. LAYING PLANS")


def test_an_appended_text_takes_no_date_from_the_file(checker):
    # unclaimed, the Gettysburg Address is Lincoln's (1863), not the Declaration's file's (1776)
    m = checker.match(
        "Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived "
        "in Liberty, and dedicated to the proposition that all men are created equal."
    )
    assert m.source.author == "Abraham Lincoln"
