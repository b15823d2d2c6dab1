"""Forms of quotation fixed in session 4 (issue 10, extraction recall and precision), each
pinned on a real document of the dev part of ``bench/data/realdocs`` (never the test part)."""

from __future__ import annotations

from realdocs_support import REALDOCS, realdoc_quotation, realdoc_quotations

from quotecheck.extract import extract_document
from quotecheck.io.document import load_document
from quotecheck.records import Kind

REAL = REALDOCS


def quotations(path: str) -> list:
    return realdoc_quotations(path)[1]


starting = realdoc_quotation


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


def test_html_samples_in_a_markdown_page_are_read_as_html():
    # a page on marking up quotations shows them in ```html fences: <q>, <blockquote>, its
    # <cite>, <footer> and <figcaption>; each is found, located at its element in the source
    path = "b/docs/b20-semantic-html-quotes.md"
    doc = load_document(str(REAL / path))
    found = [q for q in extract_document(doc) if q.kind == Kind.QUOTATION]
    assert [q.text for q in found] == ["To be or not to be"] * 7
    raw = (REAL / path).read_text().split("\n")
    for q in found:
        assert raw[q.line - 1][q.column - 1 :].startswith(("<q", "<p>To be"))
    footer = found[5]
    assert (footer.speaker, footer.claimed_author, footer.claimed_work) == (
        "Prince Hamlet",
        "William Shakespeare",
        "Hamlet",
    )


def test_a_fence_of_html_without_quotations_stays_code():
    from quotecheck.io.markdown import markdown_to_text

    doc = markdown_to_text('Intro.\n\n```html\n<p class="x">Say "hello world to everyone" here</p>\n```\n')
    assert "<p class=" in doc.text
    assert not [q for q in extract_document(doc) if q.kind == Kind.QUOTATION]


def test_a_line_standing_alone_that_the_next_paragraph_quotes_is_a_quotation():
    # an article on misquotations heads each section with the misquoted line and quotes the
    # real one below it: the heading is a quotation, credited as the real line is
    path = "b/docs/b22-telegraph-people-doth-misquote.txt"
    bubble = starting(path, "Bubble, bubble, toil and trouble")
    assert bubble.text == "Bubble, bubble, toil and trouble"
    assert bubble.claimed_author == "William Shakespeare" and bubble.claimed_work == "Macbeth"
    hell = starting(path, "Hell hath no fury like a woman scorned")
    assert hell.claimed_author == "William Congreve"
    assert starting(path, "Methinks the lady doth protest too much").claimed_work == "Hamlet"


def test_a_documents_title_echoed_below_is_no_quotation():
    # "Of the People", the title, over a column quoting "of the people"
    assert not [q for q in quotations("c/docs/c05-igregor-of-the-people.txt") if q.text == "Of the People"]


def test_a_saying_as_a_field_of_a_record_takes_the_field_naming_its_source():
    q = starting("c/docs/c13-soberadventure-quiet-desperation.txt", "THE MASS OF MEN")
    assert q.text == "THE MASS OF MEN LEAD LIVES OF QUIET DESPERATION."
    assert q.claimed_author == "Henry David Thoreau"


def test_an_en_dash_after_a_sentence_signs_it():
    q = starting("a/docs/a08-root-of-all-evil-blog.txt", "For the love of money is the root of all evil")
    assert q.text.endswith("many sorrows.") and q.claimed_author == "Bible"


def test_phrases_listed_after_the_phrases_colon_are_named_not_quoted():
    # 'he did not ever use several of the constituent phrases: "struggle for survival" "fittest
    # win out" "expense of their rivals"', each a fragment of the fake quotation above
    path = "c/docs/c19-roughguide-darwin-never-said.txt"
    texts = {q.text for q in quotations(path)}
    assert not texts & {"struggle for survival", "fittest win out", "expense of their rivals"}
    assert any(t.startswith("In the struggle for survival, the fittest") for t in texts)


def test_one_word_after_one_word_colon_is_still_said():
    from quotecheck.extract import extract_quotes

    quotes = extract_quotes('Poe\'s raven says only one word: "Nevermore."\n')
    assert [q.kind for q in quotes] == [Kind.QUOTATION]


def test_words_quoted_as_a_quotation_elsewhere_are_a_quotation_here():
    # 'but the phrase "Elementary, my dear Watson" is not to be found anywhere in Doyle's books',
    # under the heading quoting that line
    path = "b/docs/b22-telegraph-people-doth-misquote.txt"
    assert len([q for q in quotations(path) if q.text == "Elementary, my dear Watson"]) == 2


def test_a_line_the_next_line_sources_is_a_quotation():
    # a page of fake Darwin quotations, each line followed by a note on where it comes from
    path = "a/docs/a11-six-things-darwin-never-said.md"
    q = starting(path, "It is not the strongest of the species that survives")
    assert q.text.endswith("most adaptable to change.") and q.claimed_author == "Charles Darwin"
    dawkins = starting(path, "The universe we observe has precisely")
    assert dawkins.claimed_author == "Richard Dawkins"  # "Not Darwin but Richard Dawkins!"
    assert starting(path, "I was a young man with uninformed ideas.").text.endswith("religion of them.")
    # "Usually shortened to Pride comes before a fall but it’s from the book of Proverbs."
    starting("a/docs/a35-the-proverbial-issue.txt", "Pride goes before destruction")


def test_a_signed_passage_alternating_quotations_and_narration_is_one_quotation():
    # a fortune file's entry: 'Behold, the fool saith, "Put not all thine eggs in the one basket"
    # --which is\nbut a manner of saying, "..." but the wise\nman saith, "..."' over "-- Mark Twain";
    # the sayings inside are Twain's too, not the entry's above the "%"
    path = "b/docs/b10-fortune-literature-excerpt.txt"
    whole = starting(path, "Behold, the fool saith")
    assert whole.text.endswith('WATCH THAT BASKET."') and whole.claimed_author == "Mark Twain"
    inner = starting(path, "Put not all thine eggs")
    assert inner.depth == 1 and inner.claimed_author == "Mark Twain"


def test_lines_of_a_signed_page_each_under_its_own_signature_stay_apart():
    # a blog's favourite lines, one a line, each signed "― Hamlet" with no blank lines between:
    # the text above the first is not one passage with them
    path = "a/docs/a05-remembering-shakespeare-blog.txt"
    assert not [q for q in quotations(path) if q.text.startswith("He was born on the 26th")]
    assert starting(path, "Doubt thou the stars are fire;").claimed_work == "Hamlet"


def test_quote_marks_of_a_signed_passage_read_as_a_writers_own():
    # Twain, signed in a fortune file: 'as men who "didn't know what fear was,"' is his quoting,
    # with the threshold of quotations in running text, not of nested scare quotes
    q = starting("b/docs/b10-fortune-literature-excerpt.txt", "didn't know what fear was")
    assert q.depth == 1


def test_words_sourced_right_after_their_marks_are_quoted():
    q = starting("c/docs/c23-viewfromthisseat-what-does-it-mean.txt", "general Welfare")
    assert q.kind == Kind.QUOTATION


def test_indented_epigraphs_each_end_with_their_signature():
    # two indented epigraphs on a wiki talk page, each over "— Name, ''Work'' (in ...)", then an
    # indented aside in parentheses, which is no quotation
    path = "b/docs/b13-rosettacode-talk-epigraphs.txt"
    milton = starting(path, "Did I request thee, Maker")
    assert milton.text.endswith("promote me?") and milton.claimed_author == "John Milton"
    lamb = starting(path, "Lawyers, I suppose, were children once.")
    assert lamb.text == "Lawyers, I suppose, were children once." and lamb.claimed_author == "Charles Lamb"
    assert not [q for q in quotations(path) if "Dune" in q.text]


def test_a_closing_mark_first_in_its_paragraph_closes_a_quotation_from_its_start():
    # an excerpt whose opening mark was lost: 'All the World’s a stage, ... merely players…” As You
    # Like It Act II Scene 7– William Shakespeare.'
    q = starting("a/docs/a37-400-years-of-shakespeare.txt", "All the World’s a stage")
    assert q.text == "All the World’s a stage, all the men, and women merely players…"


def test_a_heading_whose_next_paragraph_gives_its_credit_is_a_quotation():
    # "I disapprove of what you say, ..." over "Voltaire usually gets the credit, but ..."
    q = starting("b/docs/b22-telegraph-people-doth-misquote.txt", "I disapprove of what you say")
    assert q.text.endswith("your right to say it") and q.claimed_author == "Voltaire"


def test_a_word_quoted_inside_reported_speech_is_no_quotation():
    # 'Huck tells Jim that they are after "us."': the writer's emphasis, not Huck's words
    path = "a/docs/a26-hell-rather-than-heaven-essay.txt"
    assert not [q for q in quotations(path) if q.text == "us."]
    assert starting(path, "Git up and hump yourself, Jim!")


def test_a_colon_after_a_sentence_naming_a_work_introduces_its_words():
    # "One of my favourite images in Proverbs is of the sluggard:" then the verse
    q = starting("a/docs/a35-the-proverbial-issue.txt", "The sluggard buries his hand in the dish")
    assert q.claimed_author == "Bible" and q.claimed_work == "Proverbs"


def test_phrases_nested_in_a_quoted_sentence_reporting_a_named_person_are_quotations():
    # Lenin quoting Kautsky: 'Kautsky assures his reader-in a ... “learned” tone-that what Marx
    # meant by “revolutionary dictatorship of the proletariat” was not a “form of governing”'
    path = "a/docs/a17-from-the-classics-kautsky.txt"
    texts = {q.text for q in quotations(path)}
    assert {"revolutionary dictatorship of the proletariat", "form of governing", "a state of rule"} <= texts
    assert "learned" not in texts and "democracy" not in texts  # Lenin's own scare quotes


def test_a_marked_omission_inside_short_quoted_words_makes_them_a_quotation():
    # 'Calling either of those jokers (uncle or nephew) "great...personages" is the ultimate farce.'
    q = starting("a/docs/a28-metafilter-brumaire.txt", "great...personages")
    assert q.kind == Kind.QUOTATION
