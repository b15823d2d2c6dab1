"""Credit lines a quote post or sermon page puts after its quotations, as found on real pages
(kept with their quotations, marks and cues; addresses in the docstrings):

- a character in a play signing a speech ("– Macbeth in Macbeth"),
- a play in parentheses after a phrase in a list ("“All our yesterdays”— (Macbeth)"),
- a tilde signature at the end of the verse's own line ("...with them.  ~John 14:23-24"),
- a person and a quoted title alone under the passage ("Vladimir Lenin, “The State and Revolution”"),
- a field label before a quotation ("**LINE:** “...”", "SOURCE:") is no speaker.
"""

from __future__ import annotations

from quotecheck.extract import extract_quotes
from quotecheck.io import markdown_to_text
from quotecheck.records import Kind

# http://www.thegoodbook.co.uk/blog/news/2016/04/22/seven-shakespeare-lines-to-quote-in-your-sermon-th/
SERMON_LINES = """1. On the hopelessness of the world without God

Life's but a walking shadow, a poor player,
That struts and frets his hour upon the stage,
And then is heard no more.
– Macbeth in Macbeth
Bible refs: Ephesians 2 v 12; Ecclesiastes

5. On the temptation to use power and acclaim

Give me my robe, put on my crown; I have Immortal longings in me.
– Cleopatra in Anthony and Cleopatra
Bible refs: Matthew 20 v 25-27
"""

# http://www.bethanylc.com/posts/wednesday-words/wednesday-words-april-27-2016
WEDNESDAY_WORDS = """Wednesday Words

Those who love me will keep my word, and my Father will love them, and we will come to them and make our home with them.  ~John 14:23-24

Here’s part of a list posted by BBC America of phrases coined by Shakespeare:

  • “All our yesterdays”— (Macbeth)
  • “Neither a borrower nor a lender be” — (Hamlet)
"""

# https://us.politsturm.com/lenin-on-the-socialist-state/
QUOTE_POST = """Lenin on the Socialist State

The proletariat needs state power, a centralized organization of force, an organization of violence, both to crush the resistance of the exploiters and to lead the enormous mass of the population – the peasants, the petty bourgeoisie, and semiproletarians – in the work of organizing a socialist economy.

Vladimir Lenin, “The State and Revolution”

Enjoyed the material?
Support us!
"""


def _quotations(text: str, fmt: str = "text"):
    """The quotations of a text, or of a Markdown text as the reader renders it."""
    if fmt == "markdown":
        doc = markdown_to_text(text)
        return [q for q in extract_quotes(doc.text, doc.spans, fmt) if q.kind == "quotation"]
    return [q for q in extract_quotes(text) if q.kind == "quotation"]


def test_a_character_in_a_play_signs_the_speech_above():
    found = _quotations(SERMON_LINES)
    macbeth = next(q for q in found if q.text.startswith("Life's but a walking shadow"))
    assert (macbeth.speaker, macbeth.claimed_author, macbeth.claimed_work) == ("Macbeth", "William Shakespeare", "Macbeth")
    cleopatra = next(q for q in found if q.text.startswith("Give me my robe"))
    # a play the table does not know: the speaker and the work, the author left unknown, not "Cleopatra"
    assert (cleopatra.speaker, cleopatra.claimed_author, cleopatra.claimed_work) == ("Cleopatra", None, "Anthony and Cleopatra")


def test_a_play_in_parentheses_credits_a_phrase_in_a_list():
    found = {q.text: q for q in _quotations(WEDNESDAY_WORDS)}
    assert found["All our yesterdays"].claimed_work == "Macbeth"
    assert found["Neither a borrower nor a lender be"].claimed_work == "Hamlet"
    assert found["Neither a borrower nor a lender be"].claimed_author == "William Shakespeare"


def test_a_tilde_signature_ends_the_verse_it_signs():
    john = next(q for q in _quotations(WEDNESDAY_WORDS) if q.text.startswith("Those who love me"))
    assert john.text.endswith("make our home with them.")
    assert (john.claimed_author, john.claimed_work) == ("Bible", "John")


def test_a_person_and_a_quoted_title_under_a_passage_credit_it():
    [lenin] = [q for q in _quotations(QUOTE_POST) if q.text.startswith("The proletariat needs")]
    assert lenin.text.endswith("organizing a socialist economy.")
    assert (lenin.claimed_author, lenin.claimed_work) == ("Vladimir Lenin", "The State and Revolution")


def test_a_field_label_is_no_speaker():
    # bench/data/realdocs/f/docs/f10: "**LINE:** “To be, or not to be, that is the question—”"
    text = "**LINE:** “To be, or not to be, that is the question—”\n\nSOURCE: “Hard Times and the Condition of England,” in The Real Foundations.\n"
    assert all(q.claimed_author is None for q in extract_quotes(text))


def test_a_markdown_line_ended_by_an_html_break_is_a_verse_line():
    # bench/data/realdocs/f/docs/f10: Hamlet's soliloquy pasted as a Markdown blockquote, each line
    # ended by "<br>": one quotation, no "<br>" in its words, no colon block inside it
    from pathlib import Path

    from quotecheck.io import load_document

    path = Path(__file__).parent.parent / "bench/data/realdocs/f/docs/f10-monologues-to-be-or-not-to-be.md"
    doc = load_document(str(path))
    found = [q for q in extract_quotes(doc.text, doc.spans, "markdown") if q.text.startswith("To be, or not to be: that")]
    assert len(found) == 1
    assert "<br" not in found[0].text and found[0].form == "md_blockquote"


def test_a_signature_inside_the_closing_mark_signs_the_words_before_it():
    # https://www.realclearpolitics.com/articles/2012/12/10/fake_twain_quotes_and_other_hazards_of_twitter_116376-full.html
    text = "Friday a week ago, Arianna Huffington tweeted: “Do the thing you fear most and the death of fear is certain. - Mark Twain”\n"
    [q] = _quotations(text)
    assert q.text == "Do the thing you fear most and the death of fear is certain."
    assert q.claimed_author == "Mark Twain"


def test_a_title_inside_the_quoted_words_is_neither_a_quotation_nor_its_source():
    # https://trantor.is/content/4zllebKeKdZBMmjS/Benn_9781595554208_epub_c264_r1.html
    text = "John Adams once remarked, “Without the pen of the author of ‘Common Sense,’ the sword of Washington would have been raised in vain.”\n"
    found = extract_quotes(text)
    adams = next(q for q in found if q.text.startswith("Without the pen"))
    assert adams.claimed_author == "John Adams" and adams.claimed_work is None
    title = next(q for q in found if q.text.startswith("Common Sense"))
    assert title.kind == "title"


def test_an_interrupted_quotation_pointed_out_by_its_author_is_his_on_both_sides():
    # https://www.dsp-rsp.org/doug-lorimer/1998-01-01/introduction-to-karl-marx-and-frederick-engels-the-communist-manifesto-its
    text = (
        "“To make a science of socialism”, Engels pointed out in his 1880 pamphlet Socialism : Utopian and "
        "Scientific, “it had first to be placed on a real basis”.2\n\n"
        "He then points Starbuck to the rest of the crew. “No wondrous feat for Starbuck.”\n"
    )
    found = _quotations(text)
    assert [q.claimed_author for q in found[:2]] == ["Engels", "Engels"]
    assert found[2].claimed_author != "Starbuck"  # "points" someone somewhere is no speech


def test_a_pronoun_means_the_head_of_a_possessive_phrase_not_its_possessor():
    # "Thoreau's friend Emerson had written ... In the same essay he warns:": Emerson warns; calling
    # it Thoreau's would make Emerson's line a wrong `misattributed`
    text = (
        'Thoreau\'s friend Emerson had written years earlier that "Whoso would be a man, must be a nonconformist." '
        "In the same essay he warns:\n\n"
        "> A foolish consistency is the hobgoblin of little minds, adored by little statesmen and philosophers and divines.\n"
    )
    found = _quotations(text, "markdown")
    warning = next(q for q in found if q.text.startswith("A foolish consistency"))
    assert warning.claimed_author == "Emerson"


def test_the_next_paragraph_does_not_credit_a_quotation_inside_its_own_sentence():
    text = (
        'As the old hymn says, "Amazing grace, how sweet the sound."\n\n'
        'C. S. Lewis wrote that "Pride is spiritual cancer: it eats up the very possibility of love."\n'
    )
    hymn, lewis = _quotations(text)
    assert hymn.claimed_author is None
    assert lewis.claimed_author == "C. S. Lewis"


def test_a_page_citation_names_no_work_and_an_unnamed_critic_is_nobody_the_paragraph_is_about():
    # a student essay's MLA citations: "(Smith 23)" is no work called "Smith 23", and "As one
    # critic notes, she is ..." is the critic's phrase about Madame Defarge, not hers
    text = (
        "Madame Defarge's knitting has been compared to the Fates. As one critic notes, she is "
        '"the most terrifying woman in Victorian fiction" (Smith 23).\n'
    )
    [q] = _quotations(text)
    assert (q.claimed_author, q.claimed_work) == (None, None)


def test_a_forum_reply_quoting_a_poster_credits_the_poster_not_the_thread():
    text = (
        "**Re: Did Lincoln really say this?**\n\n"
        "> **historybuff wrote:**\n"
        "> > You can't believe everything you read on the internet.\n"
        "> > — Abraham Lincoln\n"
        ">\n"
        "> Ha, very funny. But seriously, people post fake Lincoln quotes all the time.\n\n"
        "Exactly.\n\n"
        "> Quote from: oldtimer on March 3\n"
        "> I thought the house divided line was from the Bible?\n"
    )
    found = _quotations(text, "markdown")
    signed = next(q for q in found if q.text == "You can't believe everything you read on the internet.")
    assert signed.claimed_author == "Abraham Lincoln"
    assert not any(q.text.startswith("historybuff wrote") for q in found)
    oldtimer = next(q for q in found if q.text.startswith("I thought the house divided"))
    assert oldtimer.claimed_author == "oldtimer"


def test_a_letter_to_someone_names_its_addressee_not_a_work():
    text = 'Lincoln wrote, in a letter to Horace Greeley, that "My paramount object in this struggle is to save the Union."\n'
    [q] = _quotations(text)
    assert q.claimed_work != "Horace Greeley"


def test_credit_lines_with_the_writers_years_or_a_character_in_a_play_by_its_author():
    # a church's page of reflection quotes (christredeemerchurch.snappages.site, 2013), its layout kept:
    # a tilde line under each quotation, with the writer's years, or the speaker, play and author
    text = (
        "REFLECTION QUOTES\n\n"
        "“Hope in reality is the worst of all evils because it prolongs the torments of man.”\n\n"
        "~Friedrich Nietzsche (1844-1900)\n\n\n"
        "“O, how wretched Is that poor man that hangs on princes’ favours!\n"
        "There is, betwixt that smile we would aspire to,\nThat sweet aspect of princes, and their ruin,\n"
        "More pangs and fears than wars or women have:\nAnd when he falls, he falls like Lucifer,\n"
        "Never to hope again.”\n\n"
        "~ Cardinal Wolsey in Henry VIII, by William Shakespeare\n"
    )
    hope, wolsey = [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert hope.claimed_author == "Friedrich Nietzsche" and hope.claimed_work is None
    assert (wolsey.claimed_author, wolsey.claimed_work, wolsey.speaker) == (
        "William Shakespeare",
        "Henry VIII",
        "Cardinal Wolsey",
    )
