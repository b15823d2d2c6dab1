"""Forms of quotation pinned on the dev part of realdocs set f (and set d) and on real text:
lists of sayings, verse set off after a colon or under a "from <Title>" heading, a poem in an
HTML figure, LaTeX quotation environments, Bible references by abbreviation, and titles in a
citation that are not quotations. Nothing here is from a test part."""

from __future__ import annotations

from realdocs_support import REALDOCS, realdoc_quotations, starting

from quotecheck.extract import extract_document, extract_quotes
from quotecheck.io.document import load_document
from quotecheck.records import Kind


def test_a_list_of_sayings_under_a_colon_cue_is_one_quotation_an_item():
    _, quotes = realdoc_quotations("f/docs/f01-ronnfcc-franklin-sayings.txt")
    items = [q for q in quotes if q.form == "verse_lines"]
    assert len(items) == 15
    assert items[0].text == "Remember that time is money."
    assert items[-1].text == "Well done is better than well said."  # not the prose line under the list
    _, quotes = realdoc_quotations("f/docs/f16-plannedob-poor-richard-maxims.txt")
    eat = starting(quotes, "Eat to live")
    # "... offered by none other than Ben Franklin:"
    assert eat.form == "verse_lines" and eat.claimed_author == "Ben Franklin"
    steps = (
        "To install it, the steps are as follows:\n\n"
        "- Open the terminal window.\n- Type the install command.\n- Restart the computer now.\n"
    )
    assert not extract_quotes(steps)  # a list whose cue names no sayings


def test_verse_after_a_prose_line_ending_in_a_colon():
    _, quotes = realdoc_quotations("f/docs/f02-0685-quoting-poems.txt")
    poem = starting(quotes, "Because I could not stop for Death,\nHe kindly")
    assert poem.form == "colon_block" and poem.text.endswith(
        "And Immortality."
    )  # not the line numbers, not the prose after
    _, quotes = realdoc_quotations("f/docs/f05-vizpoem-white-space.txt")
    stevens = starting(quotes, "The President ordains the bee to be")
    assert stevens.text.endswith("To drone the green phrases of its juvenal?")  # a line a paragraph


def test_a_stanza_ending_in_a_colon_introduces_nothing():
    _, quotes = realdoc_quotations("d/docs/d05-herald-pope-essay-on-criticism.txt")
    assert not [q for q in quotes if q.text.startswith("There shallow Draughts")]


def test_verse_under_a_from_title_heading_is_that_work():
    _, quotes = realdoc_quotations("d/docs/d05-herald-pope-essay-on-criticism.txt")
    stanza = starting(quotes, "A little Learning is a dang’rous Thing;\nDrink deep")
    assert stanza.form == "verse_lines" and stanza.claimed_work == "An Essay On Criticism"


def test_a_poem_in_an_html_figure_is_quoted_with_its_caption_as_credit():
    _, quotes = realdoc_quotations("f/docs/f11-zeusplatform-html-figure.html")
    sonnet = starting(
        quotes, "Bid me discourse, I will enchant thine ear,\nOr like a fairy"
    )  # white-space:pre keeps the lines
    assert (sonnet.claimed_author, sonnet.claimed_work) == ("William Shakespeare", "Venus and Adonis")
    dijkstra = starting(quotes, "If debugging is the process")
    assert dijkstra.claimed_author == "Edsger Dijkstra"
    _, quotes = realdoc_quotations("f/docs/f17-chemset-figure-poem.html")
    jabberwocky = starting(quotes, "Twas brillig, and the slithy toves\nDid gyre")
    # the caption "Jabberwocky (first verse). Lewis Carroll, 1832-98": the work, then its author
    assert (jabberwocky.claimed_author, jabberwocky.claimed_work) == ("Lewis Carroll", "Jabberwocky")


def test_latex_quotation_environments(shared):
    hamlet = (shared / "corpus" / "shakespeare_hamlet.txt").read_text(encoding="utf-8")
    line = "To be, or not to be, that is the question:"
    assert line in hamlet
    text = (
        "In his third soliloquy Hamlet asks,\n\\begin{quote} % the famous question\n    "
        + line
        + "\n\\end{quote}\nThe essay returns to it later.\n"
    )
    quotes = [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert [(q.text, q.form) for q in quotes] == [(line, "tex")]  # the comment after \begin is no part of it


def test_epigraphs_in_tex_quotes_are_quotations():
    doc = load_document(str(REALDOCS / "f/docs/f19-grok-speed-of-light-efe.tex"))
    quotes = [q for q in extract_document(doc) if q.kind == Kind.QUOTATION]
    assert starting(quotes, "The theory of relativity makes the greatest demands").form == "tex"


def test_a_verse_under_an_abbreviated_bible_reference():
    _, quotes = realdoc_quotations("d/docs/d20-backsideofthepulpit-life-is-unpredictable.txt")
    verse = starting(quotes, "I returned, and saw under the sun")  # without its verse number "11"
    assert verse.claimed_author == "Bible"
    assert starting(quotes, "Wherefore seeing we also are compassed about").claimed_author == "Bible"


def test_a_title_case_title_in_a_citation_is_no_quotation():
    doc = load_document(str(REALDOCS / "f/docs/f07-bookrags-hard-times-title.txt"))
    kinds = {q.text: q.kind for q in extract_document(doc)}
    assert kinds["Hard Times and the Condition of England,"] == Kind.TITLE  # '"...," in The Real Foundations'
    assert kinds["Hard Times"] != Kind.QUOTATION  # a possible title in a list, not a fragment of that one


def test_verse_run_in_as_prose_after_a_colon():
    _, quotes = realdoc_quotations("d/docs/d13-scottamartin-satanic-predicament.txt")
    hell = starting(quotes, "A Dungeon horrible, on all sides round As one great Furnace")
    assert hell.text.endswith("Whirlwinds of tempestuous fire")  # the writer resumes after the ellipsis
    assert hell.claimed_author != "Satan"  # the narrator's lines; a cue paragraphs above is not theirs


def test_title_case_before_a_possessive_is_a_title():
    kinds = {
        q.text: q.kind
        for q in extract_quotes("Every reader of “Mending Wall”’s opening line doubts the wall.\n")
    }
    assert kinds == {"Mending Wall": Kind.TITLE}


def test_sayings_one_a_line_without_list_marks_under_a_cue(poor_richard):
    sayings = poor_richard
    text = (
        "Franklin filled The Way to Wealth with the sayings of Poor Richard; here are three:\n\n"
        + "\n".join(sayings)
        + "\n\nHe took most of them from older collections.\n"
    )
    quotes = [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert [(q.text, q.form) for q in quotes] == [(s, "verse_lines") for s in sayings]
    prose = text.replace("\n".join(sayings), "Lost time is never found again, he wrote,\nand he meant it.")
    assert [q.form for q in extract_quotes(prose)] == ["colon_block"]  # prose lines: one block, no list


def test_a_picture_s_caption_paragraph_in_a_figure_is_no_quotation():
    from quotecheck.io.html import html_to_text

    page = (
        "<figure><img src='harbour.jpg'><p>The harbour at dawn, seen from the old lighthouse above"
        " the town.</p><figcaption>Photo by Jane Doe</figcaption></figure>"
    )
    assert not extract_document(html_to_text(page))
