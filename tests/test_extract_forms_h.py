"""Forms of quotation pinned on the dev part of realdocs set h (and the documents of other sets a
rule must leave alone): quotation pages whose lines end in their source against the dash, names
alone under epigraphs, e-mail quoting in plain text, pages of several HTML articles, poems after
prose or over their credit, credit lines naming a work, sample blocks of a Markdown lesson.
Nothing here is from a test part."""

from __future__ import annotations

from realdocs_support import REALDOCS, realdoc_quotations, starting

from quotecheck.extract import extract_document, extract_quotes
from quotecheck.io.document import load_document
from quotecheck.records import Kind


def test_lines_ending_in_their_source_against_the_dash():
    _, quotes = realdoc_quotations("h/docs/h07-walden-quotations-writing.txt")
    lines = [q for q in quotes if q.form == "verse_lines"]
    assert len(lines) == 9  # one quotation a line, the dash inside "authors—the one" no credit
    burs = starting(lines, "The words of some men")
    assert burs.text.endswith("adhere like burs.")
    # "—Journal, 4 June 1839" names a kind of writing, not a person called Journal
    assert (burs.claimed_author, burs.claimed_work) == (None, "Journal")
    walden = starting(lines, "The works of the great poets")
    assert (walden.claimed_author, walden.claimed_work) == ("Henry David Thoreau", "Walden")
    _, quotes = realdoc_quotations("h/docs/h04-whitman-common-place-book.txt")
    poetry = starting(quotes, "Poetry is the only verity")
    assert poetry.text.endswith("not after the apparent.") and poetry.claimed_author == "Emerson"
    couplet = starting(quotes, "The whole wide ether is the eagle's sway:\nThe whole earth")  # both lines
    assert couplet.claimed_author == "Euripides"


def test_a_dash_inside_verse_is_no_source():
    # "And lose the name of action.—Soft you now!": Hamlet goes on, nobody is credited
    _, quotes = realdoc_quotations("f/docs/f10-monologues-to-be-or-not-to-be.md")
    assert not [q for q in quotes if q.text.startswith(("With this regard", "The fair Ophelia"))]


def test_a_name_alone_with_a_full_stop_credits_the_lines_above():
    _, quotes = realdoc_quotations("h/docs/h19-mcqueen-reading-the-unreadable-marx.txt")
    flaubert = starting(quotes, "Il n’y a pas belles pensées")
    assert flaubert.claimed_author == "Flaubert"
    schopenhauer = starting(quotes, "The first rule, indeed")
    assert schopenhauer.claimed_author == "Schopenhauer"
    # a line of prose wrapped before a title ("knowledge of\nHenry IV.") credits nothing
    _, quotes = realdoc_quotations("b/docs/b08-shakespeare-ranking-essay.md")
    assert not [q for q in quotes if q.claimed_author == "Henry IV"]


def test_plain_text_reply_quoting_is_one_block_a_piece():
    _, quotes = realdoc_quotations("h/docs/h05-bionet-usenet-einstein-reply.txt")
    blocks = [q for q in quotes if q.form == "md_blockquote"]
    assert len(blocks) == 3
    assert blocks[1].text.startswith("[...] The Encyclopedia Britannica says of")  # not "> [...]"
    assert not [
        q for q in quotes if "Brian wrote:" in q.text
    ]  # the poster's line introduces, is no quotation


def test_every_article_of_a_page_is_read():
    doc = load_document(str(REALDOCS / "h/docs/h17-laravel-blog-quotations.html"))
    assert "My first blog" not in doc.text  # the headers' links are furniture
    assert doc.text.count("blockquote and q are used for quotations.") == 2  # the first and the third post
    quotes = [q for q in extract_document(doc) if q.kind == Kind.QUOTATION]
    bob = starting(quotes, "I know as much about quotations")
    assert bob.form == "q_tag" and bob.claimed_author == "Bob"
    assert starting(quotes, "blockquote and q are used").form == "html_blockquote"


def test_stanzas_after_prose_naming_a_poet_are_the_poem():
    _, quotes = realdoc_quotations("h/docs/h13-amandamccabe-poetry-friday.txt")
    poem = starting(quotes, "Wild Nights! Wild Nights!")
    assert (
        poem.text.endswith("To-night in Thee!") and poem.claimed_author == "Emily Dickinson"
    )  # all three stanzas
    _, quotes = realdoc_quotations("h/docs/h14-nofap-forum-dickinson-poetry.txt")
    poem = starting(quotes, "Tell all the Truth but tell it slant --")
    assert poem.text.endswith("Or every man be blind --") and poem.claimed_author == "Emily Dickinson"


def test_a_poem_over_its_credit_laid_out_a_line_a_paragraph():
    _, quotes = realdoc_quotations("h/docs/h22-allaboutromance-poem-a-day.txt")
    poem = starting(quotes, "I will tell you why she rarely ventured from her house.")
    assert poem.text.endswith("and never read such syllables aloud.")  # not the title, not "By Dan Vera"
    assert (poem.claimed_author, poem.claimed_work) == ("Dan Vera", "Emily Dickinson at the Poetry Slam")
    assert len(quotes) == 1  # the blogger's own lines around it are hers


def test_a_quoted_title_closing_a_credit_line_is_a_title():
    doc = load_document(str(REALDOCS / "h/docs/h10-politsturm-lenin-on-imperialism.txt"))
    spans = {q.text: q.kind for q in extract_document(doc)}
    assert spans["The Second Congress Of The Communist International"] == Kind.TITLE
    lenin = next(q for q in extract_document(doc) if q.text.startswith("The characteristic feature"))
    assert lenin.claimed_author == "Vladimir Lenin"


def test_one_closing_mark_for_two_quotations_keeps_the_credit_out():
    _, quotes = realdoc_quotations("h/docs/h01-nutsaboutarts-quotes-on-friends.txt")
    outer = starting(quotes, "My dad said to me growing up:")
    assert outer.text.endswith("you’re a lucky man.") and outer.claimed_author == "Josh Charles"


def test_a_markdown_lessons_sample_blocks_are_no_quotations():
    _, quotes = realdoc_quotations("h/docs/h23-ayvacs-markdown-quotes.md")
    texts = [q.text for q in quotes]
    assert not [t for t in texts if "Lorem ipsum" in t or t.startswith(("Line ", "inside a quote", "- "))]
    # "> **- Michael Scott**" alone under a block is that block's credit
    assert starting(quotes, "You miss 100% of the shots").claimed_author == "Michael Scott"
    assert all(q.claimed_author in ("Michael Scott", "Wayne Gretzky") for q in quotes)


def test_a_table_of_quotations_credits_each_row():
    doc = load_document(str(REALDOCS / "h/docs/h20-f11y-quotations-table.html"))
    quotes = extract_document(doc)
    rows = [q for q in quotes if q.kind == Kind.QUOTATION]
    assert [q.claimed_author for q in rows] == [
        "Aldous Huxley",
        "Mary Shelley",
        "Philip K. Dick",
        "George Orwell",
    ]
    assert rows[0].text.startswith("Words can be like X-rays")  # the quote cell, not the row


def test_sayings_one_a_paragraph_under_a_sentence_announcing_a_list(poor_richard):
    sayings = poor_richard
    text = "Here is a short list of the sayings of Poor Richard in The Way to Wealth.\n\n" + "\n\n".join(
        sayings
    )
    quotes = [q for q in extract_quotes(text + "\n") if q.kind == Kind.QUOTATION]
    assert [(q.text, q.form) for q in quotes] == [(s, "verse_lines") for s in sayings]
    # a full stop that names sayings but announces no list: the short paragraphs after it are prose
    told = text.replace("Here is a short list of the sayings", "Franklin borrowed many of the sayings")
    assert not [q for q in extract_quotes(told + "\n") if q.form == "verse_lines"]
