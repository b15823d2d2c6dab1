"""Forms fixed on the dev part of ``bench/data/realdocs/c`` (collected after the rules were
fitted to sets a and b): each test reads a real document of that set, nothing of its test part.
"""

from __future__ import annotations

from realdocs_support import REALDOCS, realdoc_quotation

from quotecheck.extract import extract_document
from quotecheck.io.document import load_document
from quotecheck.records import Kind

DOCS = REALDOCS / "c" / "docs"


def quotation(name: str, words: str):
    return realdoc_quotation(f"c/docs/{name}", words)


def test_a_pronoun_after_an_unproven_name_in_its_sentence_reaches_no_further_back():
    # "an abolitionist minister named Theodore Parker gave a sermon in which he said": Lincoln,
    # named sentences before, must not be credited; "a minister named" makes Parker a person
    q = quotation("c04-coyotecrunch-lincolns-vision.txt", "Democracy is direct self-government")
    assert q.claimed_author == "Theodore Parker"


def test_a_pronoun_after_a_possessive_of_a_thing_is_not_the_possessor():
    # "Halley’s Comet was passing when Twain was born, and he predicted that he would ..."
    q = quotation("c26-dizzyswallows-twain-birthday.txt", "go out with it")
    assert q.claimed_author != "Halley" and q.claimed_work != "Comet"


def test_a_name_in_parentheses_is_not_the_antecedent():
    # "A worshipper of the Assistant Home Secretary (Mr. C. F. G. Masterman) has been writing ...
    # he tells us that Karl Marx ... was the author of the following formula :"
    q = quotation("c14-socialist-standard-1911-what-did-marx-say.txt", "All wealth is produced by labour")
    assert q.claimed_author is None or "Masterman" not in q.claimed_author


def test_a_dash_signature_with_a_reference_on_the_same_line():
    q = quotation("c11-bree-hamlet-quote-analysis.txt", "To thine own self be true")
    assert q.claimed_author == "Polonius" and "(ACT 1 SCENE 3)" not in (q.claimed_author or "")


def test_a_cue_verb_before_a_colon_credits_its_subject():
    q = quotation("c01-wyoming-lange-government-of-the-people.txt", "that government of the people")
    assert q.claimed_author and q.claimed_author.endswith("Lincoln")


def test_a_list_of_sayings_about_a_known_writer_credits_him():
    # one saying a paragraph after "... I think of Mark Twain.", no dialogue tags anywhere: a
    # list of sayings, not turns of dialogue; Twain is known as a writer though nothing else
    # in the page shows he is a person
    for words in ("A good lie will have travled", "Always do right."):
        q = quotation("c25-weaversknot-i-think-of-mark-twain.txt", words)
        assert q.claimed_author == "Mark Twain"


def test_expressed_is_a_cue_verb():
    q = quotation("c23-viewfromthisseat-what-does-it-mean.txt", "the nation shall have a new birth")
    assert q.claimed_author == "Lincoln" and "expressed" in q.cue


def test_a_quotation_running_over_paragraphs_with_one_pair_of_marks():
    # Spurgeon quoted over three paragraphs, the mark opened once and closed once; then the
    # psalm the same way: each is one quotation, not its first paragraph
    q = quotation("c17-soulfood-23rd-psalm.txt", "It has charmed more griefs")
    assert q.text.endswith("sung him back to his home again.")
    assert q.claimed_author == "Charles Spurgeon"  # "the ... preacher, Charles Spurgeon, wrote"
    q = quotation("c17-soulfood-23rd-psalm.txt", "The Lord is my shepherd")
    assert q.text.endswith("house of the Lord forever.")


def test_a_transcript_quotation_over_blank_lines():
    q = quotation("c08-chapell-hope-against-hope.txt", "This is the point on which everything turns.")
    assert q.text.endswith("through faith in Jesus.") and q.claimed_author == "Luther"


def test_a_markdown_blockquote_in_marks_with_a_footnote_and_a_list_item_signature():
    doc = load_document(str(DOCS / "c16-specter-of-communism-zettel.md"))
    found = [q for q in extract_document(doc) if q.kind == Kind.QUOTATION]
    assert len(found) == 1  # the block and the marks inside it are one quotation
    (q,) = found
    assert q.text.startswith("A specter is haunting Europe") and q.text.rstrip().endswith("itself.")
    assert q.claimed_author == "Karl Marx"  # "- Karl Marx" under "...itself.”[^1]", not the heading


def test_names_of_known_works_and_named_things_are_no_quotations():
    def kinds(name):
        return {q.text: q.kind for q in extract_document(load_document(str(DOCS / name)))}

    assert kinds("c11-bree-hamlet-quote-analysis.txt")["Hamlet"] == Kind.TITLE  # '"Hamlet" Essay'
    # 'In the first essay, "Economy," Thoreau observes'
    assert kinds("c13-soberadventure-quiet-desperation.txt")["Economy,"] == Kind.TITLE
    assert kinds("c17-soulfood-23rd-psalm.txt")["The Shepherd’s Psalm."] != Kind.QUOTATION  # 'often called'


def test_an_office_is_meant_like_a_pronoun_and_an_unproven_name_stops_the_reach_back():
    # set b, dev: "..., Abraham Lincoln signed the Emancipation Proclamation. When he put pen
    # to paper, the President said, and I quote, '...'": "the President" refers back like "he";
    # Lincoln is a writer a reader knows, so a person (session 4; before, with no other evidence
    # of a person, no claim was made), and never "America" from the sentence before
    doc = load_document(str(DOCS.parent.parent / "b" / "docs" / "b04-biden-inaugural-2021.txt"))
    (q,) = [q for q in extract_document(doc) if q.text.startswith("If my name ever goes down")]
    assert q.claimed_author == "Abraham Lincoln" and "the President" in q.cue


def test_the_subject_of_a_clause_ending_with_the_quote_says_it():
    # "In Act 1, scene 3 of Hamlet, Polonius polishes off his list of advice given to Laertes
    # with the quote "to thine own self be true"": Polonius, the clause's subject, not Laertes
    q = quotation("c11-bree-hamlet-quote-analysis.txt", "to thine own self be true")
    assert q.claimed_author == "Polonius"


def test_a_marked_omission_before_a_comma_inside_the_marks_is_left_out():
    # 'The last lines, “… government of the people …,” are Lincoln’s ... nod'
    q = quotation("c22-columnrule-of-the-people.txt", "government of the people")
    assert q.text == "government of the people"
