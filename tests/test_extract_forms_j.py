"""Forms of quotation pinned on the dev part of realdocs set j: tweets whose quotation runs over
short lines, hymns under their title with a 'Words:' credit or after a cue ending in a dash,
psalms printed verse by verse, a forum's block quotation credited in BBCode. Nothing here is
from a test part."""

from __future__ import annotations

from realdocs_support import REALDOCS, realdoc_quotations, starting

from quotecheck.extract import extract_document, extract_quotes
from quotecheck.io.document import load_document
from quotecheck.records import Kind


def test_a_quotation_left_open_runs_on_to_a_closing_mark_ending_a_line():
    # a tweet: '14. "Insist on yourself; never imitate.' then a long line, then the line closing it
    _, quotes = realdoc_quotations("j/docs/j11-threadreader-emerson-shakespeare-threads.txt")
    insist = starting(quotes, "Insist on yourself; never imitate.")
    assert insist.text.endswith("none but his Maker can teach him.")
    macbeth = starting(quotes, "...Out, out, brief candle!")
    assert macbeth.text.endswith("Signifying nothing.")


def test_a_hymn_over_its_words_credit_is_one_quotation_and_its_title_no_quotation():
    doc, quotes = realdoc_quotations("j/docs/j02-hymnlyrics-amazing-grace.txt")
    hymn = starting(quotes, "Amazing grace! How sweet the sound")
    assert hymn.form == "verse_lines" and hymn.text.endswith("Than when we’d first begun.")
    assert (hymn.claimed_author, hymn.claimed_work) == ("John Newton", "Amazing Grace")
    # "The story of 'Amazing Grace'": the hymn's title, not a fragment of it quoted again
    every = extract_document(doc)
    title = next(q for q in every if q.text == "Amazing Grace")
    assert title.kind != Kind.QUOTATION


def test_stanzas_after_a_cue_ending_in_a_dash():
    _, quotes = realdoc_quotations("j/docs/j16-burninginthebones-psalm-121.txt")
    hymn = starting(quotes, "Unto the hills around do I lift up")
    assert hymn.text.endswith("Who keepeth Israel in His holy care.")
    assert "I love this old hymn" not in hymn.text


def test_a_forum_block_credited_in_bbcode_and_a_psalm_numbered_verse_by_verse():
    doc = load_document(str(REALDOCS / "j/docs/j13-puritanboard-psalm-121.md"))
    quotes = [q for q in extract_document(doc) if q.kind == Kind.QUOTATION]
    notes = starting(quotes, "Here, (1.) In the firm faith")
    assert notes.text.endswith("all my cares.") and "John Brown" in notes.claimed_author
    psalm = starting(quotes, "1 I to the hills will lift mine eyes,")
    assert psalm.form == "verse_lines" and psalm.text.endswith("God keep for ever will.")
    # the page's heading "Psalm 121" does not make the poster's name and date under it a verse
    assert not [q for q in quotes if q.text.startswith("jaybird0827")]


def test_a_cue_standing_alone_ends_the_verse_above_it():
    # study notes quoting a play: "Cassius corrects him:" between two speeches starts a new one
    _, quotes = realdoc_quotations("g/docs/g05-arwnot-brutus-wrong.txt")
    assert not [q for q in quotes if "Cassius corrects him" in q.text or "Brutus overrules" in q.text]
    decius = starting(quotes, "Decius, well urged.")
    assert decius.text.endswith("A shrewd contriver...")
    # lines cut with "..." end no sentence: the speech is verse, after its cue of its own
    course = starting(quotes, "Our course will seem too bloody, Caius Cassius,")
    assert course.text.endswith("there is no blood.")


def test_a_bible_reference_credits_the_verse_above_or_heads_prose_that_cites_it():
    # "John 6:68" under the verse it credits: the sermon paragraph after it is no verse
    _, quotes = realdoc_quotations("e/docs/e19-mtolive-to-whom-shall-we-go.txt")
    assert not [q for q in quotes if q.text.startswith("Peter and his friends knew")]
    # "Philippians 4:13" heading a sermon whose first paragraph cites it again
    _, quotes = realdoc_quotations("g/docs/g10-tcc-moses-philippians.txt")
    assert not [q for q in quotes if q.text.startswith("Last week we talked")]
    assert starting(quotes, "I can do all things through Him who strengthens me.")


def test_a_paragraph_after_a_colon_opening_with_marks_is_its_marked_quotation():
    _, quotes = realdoc_quotations("g/docs/g02-goodreads-carton-not-said.txt")
    narrator = starting(quotes, "If he [Carton] had given an utterance")
    assert narrator.form == "marks" and narrator.text.endswith("they would have been these:")
    assert not [q for q in quotes if "which is no speech at all" in q.text]


def test_an_indented_list_item_is_no_block_quotation():
    _, quotes = realdoc_quotations("g/docs/g16-instalesson-hamlet-ophelia.txt")
    assert not [q for q in quotes if q.form == "indented_block"]
    assert starting(quotes, "Get thee to a nunnery")


#: The opening of a real forum thread as a crawler exported it (ubuntuforums.org, "Noob question",
#: 2008-07-25; a public repository's Markdown export): vBulletin's "Quote:" and poster line.
_FORUM_EXPORT = """### Post by Pendragoon99 on 2008-07-25
i figured i would post this here




Quote:
Originally Posted by iaston View Post
Thanks for the response Aenima. I think you're right about full 64bit support but the main problem \
I had was installing from the repos. I was able to download the svn and make an install no problem \
but I like it when things "just work" so I had a dig around on the XBMC repos site and found this:
"""


def test_a_forum_quote_header_credits_the_poster_not_the_header_line():
    quotes = [q for q in extract_quotes(_FORUM_EXPORT) if q.kind == Kind.QUOTATION]
    post = starting(quotes, "Thanks for the response Aenima.")
    assert post.claimed_author == "iaston"
    assert not [q for q in quotes if "Originally Posted" in q.text]


#: A sermon post quoting Psalm 1 as the ESV lays it out, a line a paragraph, every other line
#: indented (http://lutheranguy.blogspot.com/2022/02/blessed-is-man.html, as the pages corpus holds it).
_PSALM_A_LINE_A_PARAGRAPH = "Sunday, February 13, 2022\n\nBlessed is The Man\n\nThe sermon from February 13, 2022. The text is from Psalm 1:\n\nBlessed is the man\n\n    who walks not in the counsel of the wicked,\n\nnor stands in the way of sinners,\n\n    nor sits in the seat of scoffers;\n\n2 but his delight is in the law of the Lord,\n\n    and on his law he meditates day and night.\n\n3 He is like a tree\n\n    planted by streams of water\n\nthat yields its fruit in its season,\n\n    and its leaf does not wither.\n\nIn all that he does, he prospers.\n\n4 The wicked are not so,\n\n    but are like chaff that the wind drives away.\n\n5 Therefore the wicked will not stand in the judgment,\n\n    nor sinners in the congregation of the righteous;\n\n6 for the Lord knows the way of the righteous,\n\n    but the way of the wicked will perish.\n\n\nNo comments:\n\nPost a Comment\n"


def test_a_psalm_a_line_a_paragraph_after_a_colon_is_one_quotation():
    quotes = [q for q in extract_quotes(_PSALM_A_LINE_A_PARAGRAPH) if q.kind == Kind.QUOTATION]
    assert len(quotes) == 1  # not its indented lines one by one, nor "No comments:" over "Post a Comment"
    psalm = quotes[0]
    assert psalm.text.startswith("Blessed is the man") and psalm.text.endswith(
        "the way of the wicked will perish."
    )
    assert "nor stands in the way of sinners," in psalm.text and "2 but his delight" in psalm.text


def test_a_persons_words_named_before_a_colon_run_in():
    _, quotes = realdoc_quotations("g/docs/g01-dentondickens-tale-two-cities.txt")
    carton = starting(quotes, "It is a far, far better thing that I do")
    assert carton.text.endswith("than I have ever known.")


def test_an_indented_poem_around_its_stanzas_stays_whole(shared):
    # the verse rules find The Raven's stanzas inside the indented block around the whole poem:
    # only indented blocks inside a verse are its layout, not the block that holds it
    text = (shared / "corpus" / "poe_the-raven.txt").read_text(encoding="utf-8")
    blocks = [q for q in extract_quotes(text) if q.form == "indented_block"]
    assert any(
        q.text.startswith("Once upon a midnight dreary") and q.text.endswith("Shall be lifted--nevermore!")
        for q in blocks
    )
