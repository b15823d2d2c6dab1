"""Paragraphs pasted from a source with no quote marks, cue or credit, on real pages: reported
when the corpus holds their words, joined when they follow one another in the source, and never
for the writer's own prose, a title, or a document that is the work itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.io.document import load_document

REALDOCS = Path(__file__).resolve().parent.parent / "bench" / "data" / "realdocs"


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def _uncredited(checker, path: Path) -> list:
    return [q for q in checker.extract(load_document(str(path))) if q.form == "uncredited"]


def test_paragraphs_pasted_under_a_bloggers_own_lines_are_quotations(checker, tmp_path):
    # the layout of a real blog post on Walden ("Lives of Quiet, and Not So Quiet, Desperation",
    # lorenwebster.net, 2002): the writer's lines end in a colon, with no verb of saying, and
    # Thoreau's paragraphs follow with no marks
    page = tmp_path / "walden-blog.txt"
    page.write_text(
        "Thoreau asks whether we can own things without being owned by them.\n\n"
        "Even those who inherit wealth get little from it:\n\n"
        "I see young men, my townsmen, whose misfortune it is to have inherited farms, houses, barns, "
        "cattle, and farming tools; for these are more easily acquired than got rid of.\n\n"
        "As a result of our desires, nay of our greed:\n\n"
        "The mass of men lead lives of quiet desperation. What is called resignation is confirmed "
        "desperation .\n\n"
        "And most of us do not even know that we are the ones driving ourselves so hard.\n",
        encoding="utf-8",
    )
    found = _uncredited(checker, page)
    assert [q.text[:22] for q in found] == ["I see young men, my to", "The mass of men lead l"]
    result = checker.check(page, store=False)
    checked = [r for r in result.quotes if r.quote.form == "uncredited"]
    assert all(r.match.verdict == "verbatim" and "Walden" in r.match.source.title for r in checked)
    assert all("no quote marks or credit" in r.note for r in checked)


def test_paragraphs_of_one_speech_in_a_row_are_one_quotation(checker):
    # d14: three paragraphs of the House Divided speech, one sentence each; the speech is quoted
    # again in the debates, so each alone is found elsewhere in the papers
    found = _uncredited(checker, REALDOCS / "d" / "docs" / "d14-newmexiken-a-house-divided.txt")
    assert len(found) == 1
    assert found[0].text.startswith("I believe this government cannot endure")
    assert found[0].text.endswith("all one thing or all the other.")


def test_a_pasted_paragraph_of_a_novel_is_found(checker):
    found = _uncredited(checker, REALDOCS / "a" / "docs" / "a25-ill-go-to-hell-blog.txt")
    assert any(q.text.startswith("I felt good and all washed clean of sin") for q in found)


def test_the_writers_own_prose_and_titles_are_not(checker):
    # d19 opens with Dickens's line as its title, then comments in its own words
    assert _uncredited(checker, REALDOCS / "d" / "docs" / "d19-cdapress-best-of-times.txt") == []


def test_a_speech_transcript_is_the_work_not_a_page_quoting_it(checker):
    # b01 is Lincoln's Second Inaugural itself (its Bible quotations in marks break its paragraphs
    # into runs): none of its paragraphs is an uncredited quotation
    assert _uncredited(checker, REALDOCS / "b" / "docs" / "b01-lincoln-second-inaugural.txt") == []


def test_verse_pasted_with_lines_left_out_is_still_the_source(checker, tmp_path):
    # a real blog post's layout (donkhuth.com, 2006): Polonius's precepts as a schoolboy learned
    # them, four lines silently left out and a few words changed, after a prose paragraph with no
    # colon; the score falls with the lines left out, but the lines quoted are Hamlet's as written
    page = tmp_path / "precepts.txt"
    page.write_text(
        "I lend a lot of my things to other people but I never seem to get them back. It reminds me "
        "of a speech my English teacher made us learn by heart for marks.\n\n"
        "Give thy thoughts no tongue,\nNor any unproportioned thought his act.\n"
        "Be thou familiar, but by no means vulgar.\nThose friends thou hast, and their adoption tried,\n"
        "Grapple them to thy soul with hoops of steel;\nBut do not dull thy palm with entertainment\n"
        "Of each new-hatch’d, unfledged comrade. Beware\nOf entrance to a quarrel, but being in,\n"
        "Bear’t that the opposed may beware of thee.\nGive every man thy ear, but few thy voice;\n"
        "Take each man’s censure, but reserve thy judgment.\nNeither a borrower nor a lender be;\n"
        "For loan oft loses both itself and friend,\nAnd borrowing dulls the edge of husbandry.\n\n"
        "It is the advice a father gives his son before the son leaves for university.\n",
        encoding="utf-8",
    )
    (found,) = _uncredited(checker, page)
    assert found.text.startswith("Give thy thoughts no tongue") and found.text.endswith("husbandry.")
    match = checker.match_quote(found)
    assert match.verdict == "altered" and "Hamlet" in match.source.title


def test_a_list_of_sayings_each_closed_by_its_work_is_checked_against_that_work(checker, tmp_path):
    # the layout of a real post listing Holmes's maxim (thebookden.blogspot.com, 2008): list items
    # with no marks, each closed by the story it comes from in parentheses
    page = tmp_path / "holmes-maxim.txt"
    page.write_text(
        "The detective says it in more than one story, by Watson's count:\n\n"
        "* Eliminate all other factors, and the one which remains must be the truth. (The Sign of the Four)\n"
        "* How often have I said to you that when you have eliminated the impossible, whatever remains, "
        "however improbable, must be the truth? (The Sign of the Four)\n"
        "* When you have eliminated all which is impossible, then whatever remains, however improbable, "
        'must be the truth. ("The Blanched Soldier")\n',
        encoding="utf-8",
    )
    found = _uncredited(checker, page)
    assert [(q.text[-10:], q.claimed_work, q.claimed_author) for q in found] == [
        ("the truth.", "The Sign of the Four", "Arthur Conan Doyle"),
        ("the truth?", "The Sign of the Four", "Arthur Conan Doyle"),
    ]  # the third is another story's wording, not the corpus's: no quotation is claimed for it
    result = checker.check(page, store=False)
    assert [(r.match.verdict, r.match.source.title) for r in result.quotes if r.match] == [
        ("verbatim", "The Sign of the Four")
    ] * 2


def test_a_chapter_in_a_citation_is_a_place_not_a_writer(checker, tmp_path):
    # a real numbered list of Holmes's sayings (bookreadfree.com): "(Chapter III, A Study in Scarlet)"
    # once made "III" the claimed author
    page = tmp_path / "holmes-list.txt"
    page.write_text(
        "[187] Holmes: 'It is a capital mistake to theorize before you have all the evidence. It biases "
        "the judgment' (Chapter III, A Study in Scarlet).\n",
        encoding="utf-8",
    )
    (quote,) = checker.extract(load_document(str(page)))
    assert (quote.claimed_author, quote.claimed_work) == ("Arthur Conan Doyle", "A Study in Scarlet")
