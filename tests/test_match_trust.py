"""Claims a fact-checker meets in real documents that must not come out ``misattributed``: texts a
Gutenberg file appends after its own, a narrator others address by name, a byline of initials, and
an allusion in another book to a line from a work the corpus lacks (cases from the real documents
of bench/data/realdocs and famous speeches)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck import Checker
from quotecheck.corpus.characters import find_characters
from quotecheck.matching.claims import author_matches

ASK_NOT = "Ask not what your country can do for you; ask what you can do for your country."


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def test_a_speech_the_declarations_file_appends_is_kennedys_not_jeffersons(checker):
    kennedy = checker.match(ASK_NOT, author="John F. Kennedy")
    assert kennedy.verdict == "verbatim"
    assert "Kennedy's Inaugural Address" in kennedy.note and "appended" in kennedy.note
    jefferson = checker.match(ASK_NOT, author="Thomas Jefferson")
    assert jefferson.verdict == "misattributed"
    assert "claimed for Thomas Jefferson, but found in" in jefferson.note and "Kennedy" in jefferson.note


def test_an_appended_text_naming_nobody_neither_confirms_nor_refutes_a_claim(checker):
    compact = "In the name of God, Amen. We, whose names are underwritten, the Loyal Subjects of our dread Sovereigne Lord"
    bradford = checker.match(compact, author="William Bradford")
    assert bradford.verdict == "not_found"
    assert bradford.alternatives and bradford.alternatives[0].score == 100  # shown as the closest
    unclaimed = checker.match(compact)
    assert unclaimed.verdict == "verbatim"
    assert "does not name its author" in unclaimed.note


def test_an_appended_text_signed_under_its_title_is_its_signers(checker):
    # the Declaration's file appends "Give Me Liberty Or Give Me Death" with "Patrick Henry, March
    # 23, 1775." under its title
    henry = checker.match("Give me liberty, or give me death!", author="Patrick Henry")
    assert henry.verdict == "verbatim"
    assert "Patrick Henry's" in henry.note and "appended" in henry.note
    jefferson = checker.match("Give me liberty, or give me death!", author="Thomas Jefferson")
    assert jefferson.verdict == "misattributed"


def test_an_appended_text_does_not_take_its_files_year(checker):
    # the Declaration's file (1776) also holds the Gettysburg Address: Lincoln's works are the origin
    m = checker.match("government of the people, by the people, for the people, shall not perish from the earth")
    assert m.verdict == "verbatim"
    assert m.source.author == "Abraham Lincoln"


def test_an_allusion_in_another_book_to_a_line_of_a_work_the_corpus_lacks_is_no_misattribution(checker):
    # realdocs a05; Walden has "neither did the course of their true love run smooth"
    m = checker.match(
        "The course of true love never did run smooth.",
        author="William Shakespeare",
        work="A Midsummer Night's Dream",
    )
    assert m.verdict == "not_found"
    assert "the corpus lacks A Midsummer Night's Dream" in m.note


def test_initials_name_their_author():
    assert author_matches("H.D.T", "Henry David Thoreau")
    assert author_matches("H. D. T.", "Henry David Thoreau")
    assert not author_matches("H.D.T.", "Thomas Jefferson et al.")


def test_a_line_signed_with_initials_is_the_authors(checker):
    # realdocs a23: a Walden passage signed "H.D.T."
    m = checker.match("Time is but the stream I go a-fishing in.", author="H.D.T")
    assert m.verdict == "verbatim"
    assert m.source.title.startswith("Walden")


@pytest.mark.parametrize(
    ("file", "narrator"),
    [("twain_huckleberry-finn.txt", "Huck"), ("doyle_adventures-of-sherlock-holmes.txt", "Watson")],
)
def test_a_first_person_narrator_is_found_by_being_addressed(shared: Path, file: str, narrator: str):
    text = (shared / "corpus" / file).read_text(encoding="utf-8")
    found = find_characters(text)
    assert narrator in found
    assert not {"Yes", "Well", "Why"} & set(found)  # interjections after a comma are nobody


def test_words_credited_to_a_narrator_are_spoken_in_the_book(checker):
    # realdocs a26: "Huck rushes to Jim and says, ..."
    m = checker.match("Git up and hump yourself, Jim! There ain't a minute to lose. They're after us!", author="Huck")
    assert m.verdict == "verbatim"
    assert "spoken by Huck" in m.note


def test_a_stock_phrase_credited_to_nobody_is_placed_nowhere(checker):
    # realdocs c01, c23: "for the people" was verbatim in Leviticus
    m = checker.match("for the people")
    assert m.verdict == "not_found"
    assert "common phrase" in m.note
    # a famous line later books quote stays placed
    assert checker.match("To be or not to be").source.title.startswith("Hamlet")
    assert checker.match("pound of flesh").source.title == "The Merchant of Venice"


def test_a_few_words_credited_to_nobody_and_changed_are_too_few_to_place(checker):
    # realdocs c14: "astonished the natives" met a line of Molly Bawn with a word changed
    m = checker.match("astonished the natives")
    assert m.verdict == "not_found"
    assert "too few to place" in m.note
    assert m.alternatives  # the closest passage is still shown
    claimed = checker.match("Bubble bubble, toil and trouble.", author="Shakespeare")
    assert claimed.verdict == "altered"  # a claim anchors a short misquotation


def test_a_narrator_named_around_the_words_speaks_them(checker):
    # Ishmael narrates Moby-Dick: nobody writes "said Ishmael", but the book names him right there
    m = checker.match("Call me Ishmael.", author="Ishmael")
    assert m.verdict == "verbatim"
    assert "Ishmael is named around the words" in m.note
    # a person the book never names there is still not its speaker
    assert checker.match("Off with her head!", author="Albert Einstein").verdict == "misattributed"


def test_the_vocative_o_printed_then_is_oh_today(checker):
    m = checker.match("Oh, what a tangled web we weave when first we practise to deceive!", author="Walter Scott")
    assert m.verdict == "verbatim"
    assert "Oh / O" in m.note


@pytest.fixture(scope="module")
def with_an_undated_novel(shipped_db_path, shared, tmp_path_factory):
    """The shipped corpus plus Piccadilly Jim from the bench books, added with no year, as a library's
    undated Gutenberg files are."""
    import shutil
    import tarfile

    from click.testing import CliRunner

    from quotecheck.cli import main

    root = tmp_path_factory.mktemp("undated")
    db = root / "quotes.db"
    shutil.copy(shipped_db_path, db)
    with tarfile.open(shared / "bench" / "gutenberg-bench.tar.gz") as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("pg2005.txt"))
        book = root / "piccadilly-jim.txt"
        book.write_bytes(tar.extractfile(member).read())
    added = CliRunner().invoke(
        main, ["corpus", "add", str(book), "--title", "Piccadilly Jim", "--author", "P. G. Wodehouse", "--db", str(db)]
    )
    assert added.exit_code == 0, added.output
    return Checker(str(db))


def test_a_book_of_unknown_date_may_quote_a_writer_the_corpus_holds(with_an_undated_novel):
    # Paine wrote it (The American Crisis, not in the corpus); Wodehouse's Jimmy Crocker says it
    paine = with_an_undated_novel.match("These are the times that try men's souls.", author="Thomas Paine")
    assert paine.verdict == "not_found"
    assert "unknown date" in paine.note and "Piccadilly Jim" in paine.note
    # whoever the claim names, who quoted whom is unknown beside an undated book
    other = with_an_undated_novel.match("These are the times that try men's souls.", author="Albert Einstein")
    assert other.verdict == "not_found"
    assert other.alternatives[0].title == "Piccadilly Jim"


def test_a_work_named_as_the_author_is_not_said_to_be_missing(checker):
    # realdocs a35: "Iron sharpens iron." credited to the Bible ("Proverbs"): the corpus has it
    m = checker.match("Iron sharpens iron.", author="Bible", work="Proverbs")
    assert m.verdict == "not_found"
    assert "The King James Bible" in m.note and "has no works by" not in m.note
