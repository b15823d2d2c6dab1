"""Real documents read as a fact-checker reads them: each form of quotation, and who it is credited to.

The documents are the dev part of ``bench/data/realdocs`` (real pages, see its
README) and short passages quoted from them; nothing here is from the test part.
"""

from __future__ import annotations

import pytest
from realdocs_support import REALDOCS, realdoc_quotations, starting

from quotecheck.extract import extract_document, extract_quotes
from quotecheck.io.html import html_to_text
from quotecheck.io.markdown import markdown_to_text
from quotecheck.records import Kind

DOCS = REALDOCS


quotations = realdoc_quotations


def test_every_set_s_labels_are_exact_and_in_order(shared):
    """The one label checker of the real-document sets (bench/data/realdocs/check_labels.py)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QC_CORPUS": str(shared / "corpus")}
    done = subprocess.run([sys.executable, str(DOCS / "check_labels.py")], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout
    sets = sorted(p.name for p in DOCS.iterdir() if (p / "labels.jsonl").is_file())
    assert [line.split(":")[0] for line in done.stdout.splitlines()] == sets
    assert {"a", "b", "c", "d", "e", "f"} <= set(sets)
    assert all(line.endswith(" 0 errors") for line in done.stdout.splitlines())


# --- quotations without quote marks --------------------------------------------------------


def test_signed_paragraphs_of_a_fortune_file():
    _, quotes = quotations("b/docs/b10-fortune-literature-excerpt.txt")
    banker = starting(quotes, "A banker is a fellow who lends you his umbrella")
    assert banker.form == "signature" and banker.claimed_author == "Mark Twain"
    assert banker.claimed_work is None  # the next entry's title is not this one's
    assert banker.text.endswith("the minute it begins to rain.")
    horse = starting(quotes, "A horse!  A horse!")
    assert (horse.claimed_author, horse.claimed_work) == ("William Shakespeare", "Richard III")
    keats = starting(quotes, "At once it struck me what quality")
    assert keats.claimed_author == "John Keats"  # "-- I mean negative capability" inside it is no signature
    assert keats.text.endswith("after fact and reason.")


def test_signature_lines_in_markdown_notes():
    _, quotes = quotations("a/docs/a01-marxist-quotes-notes.md")
    fanon = starting(quotes, "What is fascism but colonialism")
    assert fanon.form == "signature"
    assert fanon.claimed_author == "Frantz Fanon" and fanon.claimed_work == "Wretched of the Earth"
    roy = starting(quotes, "The European working class will only succeed")
    assert roy.claimed_author == "M. N. Roy"
    assert roy.claimed_work == "Supplementary Theses On The National And Colonial Question"


def test_a_reference_line_or_a_bible_reference_credits_the_paragraph():
    _, quotes = quotations("a/docs/a04-shakespeare-top20-blog.txt")
    line = starting(quotes, "To be or not to be, that is the question.")
    assert line.form == "verse_lines"
    assert (line.claimed_author, line.claimed_work) == ("William Shakespeare", "Hamlet")
    _, quotes = quotations("a/docs/a07-root-of-evil-misquote.txt")
    timothy = starting(quotes, "For the love of money is the root of all evil:")
    assert (timothy.claimed_author, timothy.claimed_work) == ("Bible", "1 Timothy")


def test_a_paragraph_introduced_by_a_colon_after_a_cue():
    _, quotes = quotations("a/docs/a07-root-of-evil-misquote.txt")
    assert starting(quotes, "the love of money is the root of all evil.").form == "colon_block"
    text = 'Okay, you got me there. I should have left well alone:\n\nThe original:\n\n"Hegel remarks somewhere that all great world-historic facts and personages appear twice."\n'
    quotes = [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert [q.form for q in quotes] == ["marks"]  # "The original:" itself is no quotation


def test_tex_quotes():
    text = "As the referee put it, ``the model is not even wrong'' and we agree.\n"
    (q,) = extract_quotes(text)
    assert q.text == "the model is not even wrong" and q.form == "tex" and q.kind == Kind.QUOTATION


# --- markup ----------------------------------------------------------------------------------


def test_each_markdown_blockquote_on_its_own():
    md = (
        "## Speaking of wisdom\n\n"
        "> What a man thinks of himself, that it is which determines, or rather indicates, his fate.\n\n"
        "> It is a characteristic of wisdom not to do desperate things.\n"
    )
    doc = markdown_to_text(md)
    quotes = extract_document(doc)
    assert [q.text for q in quotes] == [
        "What a man thinks of himself, that it is which determines, or rather indicates, his fate.",
        "It is a characteristic of wisdom not to do desperate things.",
    ]
    assert [q.form for q in quotes] == ["md_blockquote", "md_blockquote"]
    assert [(q.line, q.column) for q in quotes] == [(3, 3), (5, 3)]


def test_front_matter_is_no_quotation_and_names_the_work():
    md = '---\ntitle: "Walden"\ndate: 2021-05-15\n---\n\n> As if you could kill time without injuring eternity.\n'
    doc = markdown_to_text(md)
    assert doc.title == "Walden"
    (q,) = extract_document(doc)
    assert (q.claimed_author, q.claimed_work) == ("Henry David Thoreau", "Walden")


def test_blockquote_footer_in_markdown_html():
    _, quotes = quotations("a/docs/a19-jekyll-tufte-post.md")
    orwell = starting(quotes, "The English language . . . becomes ugly")
    assert orwell.block and orwell.claimed_author == "George Orwell"
    assert orwell.claimed_work == "Politics and the English Language"
    assert "Orwell" not in orwell.text


def test_figcaption_and_cite_credit_the_blockquote():
    html = (
        "<figure><blockquote><p>To be or not to be</p></blockquote>"
        "<figcaption><cite>Prince Hamlet</cite> in <cite>Hamlet</cite>, by <cite>William Shakespeare</cite>"
        "</figcaption></figure>"
    )
    (q,) = extract_document(html_to_text(html))
    assert q.text == "To be or not to be"
    assert (q.claimed_author, q.claimed_work, q.speaker) == ("William Shakespeare", "Hamlet", "Prince Hamlet")
    html = "<p>Like Hamlet says, <q>To be or not to be</q></p>"
    (q,) = [q for q in extract_document(html_to_text(html)) if q.kind == Kind.QUOTATION]
    assert q.form == "q_tag" and q.text == "To be or not to be"


def test_a_name_closing_an_epigraph_blockquote_credits_it():
    doc, quotes = quotations("b/docs/b16-sun-also-rises-epigraph.html")
    stein = starting(quotes, "You are all a lost generation.")
    assert stein.claimed_author == "Gertrude Stein" and "Stein" not in stein.text
    preacher = starting(quotes, "One generation passeth away")
    assert (preacher.claimed_author, preacher.claimed_work) == ("Bible", "Ecclesiastes")
    assert stein.line is not None and preacher.line > stein.line


def test_code_in_html_is_no_quotation():
    html = '<p>Run <code>printf("Hello, world!")</code> and see what it prints.</p>'
    assert not [q for q in extract_document(html_to_text(html)) if q.kind == Kind.QUOTATION]


# --- speakers, authors and cue scope ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "author", "work", "speaker"),
    [
        ('The witches in Macbeth say "Double, double, toil and trouble."', "William Shakespeare", "Macbeth", "The witches"),
        (
            'The real line, spoken by Queen Gertrude in Hamlet, is "The lady doth protest too much, methinks."',
            "William Shakespeare",
            "Hamlet",
            "Queen Gertrude",
        ),
        ('In his Cooper Union Address Lincoln said, "Let us have faith that right makes might."', "Lincoln", "Cooper Union Address", None),
    ],
)  # fmt: skip
def test_speakers_and_works_from_the_cue(sentence, author, work, speaker):
    (q,) = extract_quotes(sentence)
    assert (q.claimed_author, q.claimed_work, q.speaker) == (author, work, speaker)


def test_an_ambiguous_pronoun_gives_no_claim_and_says_so():
    text = (
        'Marx and Engels met in Paris in 1844. He wrote: "The philosophers have only interpreted the world."'
    )
    (q,) = extract_quotes(text)
    assert q.claimed_author is None and "ambiguous, Marx or Engels" in q.cue


def test_a_byline_is_never_the_speaker():
    text = 'By Drew Wolfe\n\nHe wrote: "The end may justify the means as long as there is something."\n'
    (q,) = extract_quotes(text)
    assert q.claimed_author is None


def test_signature_lines_credit_each_quotation_of_a_list():
    _, quotes = quotations("a/docs/a05-remembering-shakespeare-blog.txt")
    dream = starting(quotes, "The course of true love never did run smooth.")
    assert (dream.claimed_author, dream.claimed_work) == ("William Shakespeare", "A Midsummer Night's Dream")
    assert dream.form == "signature"  # not "continued" from the quotation before


def test_a_bible_reference_heading_introduces_the_verse_under_it():
    _, quotes = quotations("b/docs/b07-donkey-psalm-22-recital.md")
    psalm = starting(quotes, "My God, my God, why have you abandoned me?")
    # introduced by the reference, laid out as verse (hard breaks): the layout names the form
    assert psalm.form == "verse_lines" and (psalm.claimed_author, psalm.claimed_work) == ("Bible", "Psalm")
    assert "\\" not in psalm.text.split("\n")[0]  # the hard line break is not text
    inner = starting(quotes, "He relied on the")
    assert inner.depth == 1 and inner.claimed_author == "Bible"  # quoted inside the psalm


def test_from_a_title_introduces_the_lines_under_it():
    _, quotes = quotations("a/docs/a32-fun-lenin-quotes.txt")
    q = starting(quotes, "We are in favor of a democratic republic")
    assert q.claimed_work == "State and Revolution" and q.claimed_author == "V. I. Lenin"


# --- the discourse: headings, the writer a text is about, pages of sayings ----------------


def test_a_heading_naming_a_play_credits_the_quotations_under_it():
    _, quotes = quotations("b/docs/b08-shakespeare-ranking-essay.md")
    pie = starting(quotes, "No man's pie is freed")  # under "### (26) Henry VIII", no cue
    assert (pie.claimed_author, pie.claimed_work) == ("William Shakespeare", "Henry VIII")
    assert pie.cue == "heading [Henry VIII]"
    horse = starting(quotes, "My kingdom for a horse")  # "This play is the source of the famous ..."
    assert horse.claimed_work == "Richard III"


def test_an_essay_about_one_writer_credits_him_with_its_uncued_quotations():
    _, quotes = quotations("b/docs/b11-winthrop-city-upon-a-hill-student.md")
    # "Winthrop wants the settlers to accept his idea of fellowship, "We must delight ...""
    delight = starting(quotes, "We must delight in each other")
    assert delight.claimed_author == "John Winthrop" and delight.cue.startswith("topic")
    # "Anaphora carries the theme of fellowship too: ..." names nobody: Anaphora is no person
    assert starting(quotes, "We must entertain").claimed_author == "John Winthrop"
    # "he says", a heading after "Anaphora carries ...": the essay's writer, not "Anaphora"
    lord = [
        q
        for q in quotes
        if q.text.startswith("The Lord will be our God,") and q.cue == "topic [= John Winthrop]"
    ]
    assert lord and all(q.claimed_author != "Anaphora" for q in quotes)


def test_a_column_about_a_collector_of_misquotations_credits_him_with_none():
    _, quotes = quotations("b/docs/b25-fayette-citizen-alas-poor-yorick.txt")
    # Richard Lederer is named five times, but as the collector: he is no known writer
    # and no cue credits him with a quotation
    assert not any(q.claimed_author == "Richard Lederer" for q in quotes)


def test_a_page_of_sayings_under_a_writers_name():
    _, quotes = quotations("a/docs/a31-trotsky-quote-of-the-day.txt")
    sayings = [q for q in quotes if q.form == "verse_lines"]
    assert [q.text for q in sayings[:2]] == [
        "The end may justify the means as long as there is something that justifies the end.",
        "Everything is relative in this world, where change alone endures.",
    ]
    assert len(sayings) == 10 and all(q.claimed_author == "Leon Trotsky" for q in sayings)
    assert not any(q.text.startswith("Drew Wolfe") for q in quotes)  # the byline above is no saying


def test_a_title_about_a_writer_is_no_name_over_sayings():
    _, quotes = quotations("a/docs/a05-remembering-shakespeare-blog.txt")
    # "Remembering William Shakespeare", then the blogger's own short paragraphs
    assert not any(q.text.startswith("He was born on the 26th of April") for q in quotes)


def test_sayings_ending_in_their_source_or_named_before_a_colon():
    _, quotes = quotations("a/docs/a35-the-proverbial-issue.txt")
    friend = starting(quotes, "A friend loves at all times.")
    assert friend.text == "A friend loves at all times."  # "From the book of Proverbs." is its source
    assert (friend.claimed_author, friend.claimed_work) == ("Bible", "Proverbs")
    assert starting(quotes, "Iron sharpens iron.").claimed_work == "Proverbs"
    # "another famous biblical saying: Don't throw your pearls before swine."
    assert starting(quotes, "Don’t throw your pearls before swine.").form == "colon_block"


# --- short quoted words that are quotations, not scare quotes -----------------------------


def test_a_word_said_by_a_named_speaker_is_a_quotation():
    _, quotes = quotations("b/docs/b22-telegraph-people-doth-misquote.txt")
    # 'Sherlock Holmes says "Elementary" again and again': said, however short
    said = [q for q in quotes if q.text == "Elementary"]
    assert said and (said[0].speaker, said[0].claimed_author) == ("Sherlock Holmes", "Sir Arthur Conan Doyle")


def test_a_fragment_of_a_quotation_quoted_again_is_its_words():
    _, quotes = quotations("a/docs/a26-hell-rather-than-heaven-essay.txt")
    # Twain: "... a sound heart and a deformed conscience come into collision ..."; then
    # 'Huck has both a "sound heart" and a "deformed conscience,"'
    heart = [q for q in quotes if q.text == "sound heart"]
    assert heart and heart[0].claimed_author == "Mark Twain" and heart[0].cue.startswith("fragment of")


def test_two_wordings_set_against_each_other_are_both_quoted():
    _, quotes = quotations("b/docs/b25-fayette-citizen-alas-poor-yorick.txt")
    # 'The third is "tall oaks," not "great oaks."'
    assert {"tall oaks,", "great oaks."} <= {q.text for q in quotes}


def test_a_dash_and_a_name_against_the_closing_mark_in_running_text():
    _, quotes = quotations("a/docs/a13-macbeth-ambition-essay.txt")
    # '“Living is easy with eyes closed”- John Lennon. That line fits ...', under a title
    # line ending "... By William Shakespeare's Macbeth"
    lennon = starting(quotes, "Living is easy with eyes closed")
    assert (lennon.claimed_author, lennon.claimed_work) == ("John Lennon", None)


def test_a_wiki_talk_page_posters_signature_and_front_matter_are_no_quotations():
    _, quotes = quotations("b/docs/b13-rosettacode-talk-epigraphs.txt")
    texts = [q.text for q in quotes]
    assert "Talk:Chowla numbers" not in texts  # 'title = "Talk:Chowla numbers"'
    # a heading signed "--[[User:Nigel Galloway|Nigel Galloway]] ([[User talk:...]]) ... (UTC)"
    assert not any("What does the quote by Gauss" in t for t in texts)


def test_a_url_in_quote_marks_is_no_quotation():
    _, quotes = quotations("a/docs/a19-jekyll-tufte-post.md")
    assert not any(q.text.startswith("http://www.edwardtufte.com") for q in quotes)


def test_put_is_a_verb_of_saying_only_in_put_it():
    _, quotes = quotations("b/docs/b04-biden-inaugural-2021.txt")
    # "When he put pen to paper, the President said, and I quote, "If my name ever goes ...""
    lincoln = starting(quotes, "If my name ever goes down into history")
    assert lincoln.claimed_author is None or "Lincoln" in lincoln.claimed_author


def test_the_sentences_before_a_quotation_about_one_person_credit_her():
    doc, quotes = quotations("a/docs/a13-macbeth-ambition-essay.txt")
    # the citation after the quotation's sentence says whose it is: '”
    # (William Shakespeare, The Tragedy of Macbeth.)' (session 4: before, the sentence end
    # before the parenthesis kept it from the quotation)
    cited = starting(quotes, "That wouldst thou holily")
    assert cited.claimed_author == "William Shakespeare" and "Macbeth" in cited.claimed_work
    # without it: "She was blinded ... Lady Macbeth instead acted on hers ... “That wouldst thou holily ...”"

    text = doc.text.replace("(William Shakespeare, The Tragedy of Macbeth.)", "")
    lady = starting([q for q in extract_quotes(text) if q.kind == Kind.QUOTATION], "That wouldst thou holily")
    assert lady.claimed_author == "Lady Macbeth" and lady.cue == "paragraph about [Lady Macbeth]"


def test_a_speaker_doing_something_to_a_named_person_and_saying():
    _, quotes = quotations("a/docs/a26-hell-rather-than-heaven-essay.txt")
    # "Huck rushes to Jim and says, “Git up and hump yourself, Jim! ...”"
    assert starting(quotes, "Git up and hump yourself").claimed_author == "Huck"


def test_words_the_writer_mentions_are_no_quotation_and_a_topic_is_a_writers_name():
    _, quotes = quotations("b/docs/b08-shakespeare-ranking-essay.md")
    assert not any(q.text == "the BBC production" for q in quotes)  # 'When I mention "the BBC production"'
    assert not any(q.claimed_author == "BBC Television Shakespeare" for q in quotes)


def test_a_poem_under_its_title_and_byline_is_one_quotation():
    _, quotes = quotations("b/docs/b07-donkey-psalm-22-recital.md")
    poem = starting(quotes, "When forests walked and fishes flew")
    assert poem.form == "verse_lines" and poem.text.rstrip().endswith("And palms about my feet.")
    assert (poem.claimed_author, poem.claimed_work) == ("G.K. Chesterton", "The Donkey")


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        # the attribution a fact-checker checks, reported rather than made
        (
            'Einstein is often credited with saying "insanity is doing the same thing over and over."',
            "Einstein",
        ),
        ('"Be the change you wish to see in the world" is often attributed to Gandhi.', "Gandhi"),
        ('It was Franklin who said that "an investment in knowledge pays the best interest."', "Franklin"),
        (
            'For Marx, "the history of all hitherto existing society is the history of class struggles."',
            "Marx",
        ),
        (
            'In the words of Martin Luther King Jr., "the arc of the moral universe is long."',
            "Martin Luther King",
        ),
        ('The Communist Manifesto begins: "A spectre is haunting Europe."', "Karl Marx"),
    ],
)
def test_cue_forms_of_running_prose(sentence, author):
    (quote,) = [q for q in extract_quotes(sentence) if q.kind == Kind.QUOTATION]
    assert quote.claimed_author == author


@pytest.mark.parametrize(
    ("sentence", "author", "work"),
    [
        # sermons name the verse, or the speaker by role
        ('In Romans 8:28 we read, "And we know that all things work together for good."', "Bible", "Romans"),
        ('"God is love." (1 John 4:8)', "Bible", "1 John"),
        ('The psalmist writes, "The Lord is my shepherd; I shall not want."', "Bible", None),
        # a book's name that is a person's, speaking, is that person
        ('John told reporters, "We will win this election."', "John", None),
        ('"We will win," said James.', "James", None),
    ],
)
def test_bible_verses_and_speakers(sentence, author, work):
    (quote,) = [q for q in extract_quotes(sentence) if q.kind == Kind.QUOTATION]
    assert (quote.claimed_author, quote.claimed_work) == (author, work)


def test_a_closing_mark_typed_after_a_space_and_omissions_at_the_edges():
    _, quotes = quotations("b/docs/b25-fayette-citizen-alas-poor-yorick.txt")
    texts = {q.text for q in quotes}
    assert "Alas, poor Yorick" in texts  # 'What words follow "Alas, poor Yorick "?'
    _, quotes = quotations("b/docs/b10-fortune-literature-excerpt.txt")
    # '"... all the modern inconveniences ..."' signed "-- Mark Twain"
    assert any(q.text == "all the modern inconveniences" and q.claimed_author == "Mark Twain" for q in quotes)


def test_replies_in_a_blogs_comment_thread_are_no_quotations():
    _, quotes = quotations("a/docs/a08-root-of-all-evil-blog.txt")
    # "  1. Laslow says:" then the indented reply
    assert not any(q.text.startswith("Totally agree.") for q in quotes)
    assert not any(q.text.startswith("Think of the parable of the talents") for q in quotes)


@pytest.mark.parametrize(
    ("sentence", "author", "work"),
    [
        (
            'There\'s a great quote by Oscar Wilde: "Be yourself; everyone else is already taken."',
            "Oscar Wilde",
            None,
        ),
        (
            'I love this line from Hamlet: "There is nothing either good or bad, but thinking makes it so."',
            "William Shakespeare",
            "Hamlet",
        ),
        (
            'Quoting Trotsky: "The end may justify the means as long as there is something that justifies it."',
            "Trotsky",
            None,
        ),
        ('"There are decades where nothing happens" (Lenin).', "Lenin", None),
        ('"All animals are equal" is from Orwell\'s Animal Farm.', "Orwell", "Animal Farm"),
    ],
)
def test_cue_forms_of_blogs_and_forums(sentence, author, work):
    (quote,) = [q for q in extract_quotes(sentence) if q.kind == Kind.QUOTATION]
    assert (quote.claimed_author, quote.claimed_work) == (author, work)


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        # polemics cite page by page and quote the quoted
        ('Kautsky writes (p. 21): "The dictatorship of the proletariat is a condition."', "Kautsky"),
        ('Kautsky, on p. 21, says: "The dictatorship of the proletariat is a condition."', "Kautsky"),
        (
            'Lenin quotes Engels: "The state is a product of society at a certain stage of development."',
            "Engels",
        ),
        (
            'Remember the words of the prophet Isaiah: "They shall beat their swords into plowshares."',
            "Bible",
        ),
    ],
)
def test_cue_forms_of_polemics_and_sermons(sentence, author):
    (quote,) = [q for q in extract_quotes(sentence) if q.kind == Kind.QUOTATION]
    assert quote.claimed_author == author


@pytest.mark.parametrize(
    ("sentence", "speaker", "work"),
    [
        ('Jesus said, "Blessed are the meek."', "Jesus", None),
        ('In Matthew 5:9 Jesus says, "Blessed are the peacemakers."', "Jesus", "Matthew"),
        ('Moses told Pharaoh, "Let my people go."', "Moses", None),
    ],
)
def test_biblical_figures_speak_in_the_bible(sentence, speaker, work):
    (quote,) = [q for q in extract_quotes(sentence) if q.kind == Kind.QUOTATION]
    assert (quote.speaker, quote.claimed_author, quote.claimed_work) == (speaker, "Bible", work)


def test_a_bare_name_shared_with_an_apostle_is_anyone():
    (quote,) = extract_quotes('Paul said, "I will be late tonight, so start without me."')
    assert (quote.claimed_author, quote.speaker) == ("Paul", None)


def test_the_corpus_catalogue_makes_its_writers_known():
    # a page of sayings under a writer the default table does not hold, whose works the corpus has
    # (the catalogue's title and author, as bench/out/small.db stores them)
    from quotecheck.extract.known import DEFAULT_KNOWN

    text = (
        "Robert Burns\n\n"
        "O my Luve is like a red, red rose, that's newly sprung in June.\n\n"
        "The best laid schemes o' mice an' men gang aft agley.\n\n"
        "Then let us pray that come it may, as come it will for a' that.\n"
    )
    assert not [q for q in extract_quotes(text) if q.form == "verse_lines"]
    known = DEFAULT_KNOWN.with_works([("Poems and Songs of Robert Burns", "Robert Burns")])
    sayings = [q for q in extract_quotes(text, known=known) if q.form == "verse_lines"]
    assert len(sayings) == 3 and all(q.claimed_author == "Robert Burns" for q in sayings)
    assert DEFAULT_KNOWN.author_of("Sonnets from the Portuguese") is None
    browning = DEFAULT_KNOWN.with_works(
        [("Sonnets from the Portuguese (1st edition)", "Elizabeth Barrett Browning")]
    )
    assert (
        browning.author_of("Sonnets from the Portuguese") == "Elizabeth Barrett Browning"
    )  # edition note dropped


def test_a_reference_line_signs_the_stanza_laid_out_a_line_a_paragraph():
    _, quotes = quotations("a/docs/a04-shakespeare-top20-blog.txt")
    # "If you prick us, do we not bleed? / If you tickle us, ...? / If you poison us, ...?"
    # each its own paragraph, then "(The Merchant of Venice)"
    shylock = starting(quotes, "If you prick us, do we not bleed?")
    assert shylock.text.rstrip().endswith("If you poison us, do we not die?")
    assert (shylock.claimed_author, shylock.claimed_work) == ("William Shakespeare", "The Merchant of Venice")


def test_verse_laid_out_with_hard_breaks_under_a_title_naming_its_play():
    doc, quotes = quotations("b/docs/b05-portia-monologue-recital.md")
    assert doc.title == "Portia's Monologue (The Merchant of Venice)"
    mercy = starting(quotes, "The quality of mercy is not strained.")
    assert mercy.form == "verse_lines" and mercy.text.endswith("'gainst the merchant\nthere.")
    assert (mercy.speaker, mercy.claimed_author, mercy.claimed_work) == (
        "Portia",
        "William Shakespeare",
        "The Merchant of Venice",
    )


def test_hard_breaks_in_markdown_mark_verse_runs():
    doc = markdown_to_text("Not verse.\n\nOne line\\\nTwo lines  \nThree\n\nProse again.\n")
    verse = [doc.text[sp.start : sp.end] for sp in doc.spans if sp.kind == "verse"]
    assert verse == ["One line\nTwo lines  \nThree"] or verse == ["One line\nTwo lines\nThree"]


def test_tex_quotes_are_quote_marks_classified_like_any_other():
    text = (
        "This ``simple'' approach fails. As Knuth wrote, ``premature optimization is the root of all evil.''"
    )
    kinds = {q.text: (q.kind, q.claimed_author) for q in extract_quotes(text)}
    assert kinds["simple"] == (Kind.SCARE, None)
    assert kinds["premature optimization is the root of all evil."] == (Kind.QUOTATION, "Knuth")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ('Lenin was furious. "The state is an organ of class rule." He wrote these words in 1917.', "Lenin"),
        (
            '"Four score and seven years ago our fathers brought forth." Lincoln delivered those words.',
            "Lincoln",
        ),
        ('"It is a truth universally acknowledged." She said that to me yesterday.', None),  # nobody to mean
    ],
)
def test_the_sentence_after_pointing_back_to_the_quotation(text, author):
    (quote,) = [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert quote.claimed_author == author
