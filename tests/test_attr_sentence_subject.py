"""Attribution by sentence structure fixed on the dev part of realdocs set g (issue 10, session 6):
the subject of a participle of saying, of a sentence presenting the quotation with a colon, a
pronoun chain, and the words that are never a speaker (quantifiers, a relative clause's verb).
Each test reads a real document of ``bench/data/realdocs``, nothing of a test part."""

from __future__ import annotations

from realdocs_support import realdoc_quotation, realdoc_quotations, starting

G11 = "g/docs/g11-paperzz-burnes-philippians.txt"


def test_a_quantifier_opening_the_clause_is_not_whom_he_means():
    # "Several times he tells the people to “Rejoice in the Lord.”": he is Paul, not "Several"
    q = realdoc_quotation(G11, "Rejoice in the Lord.")
    assert q.claimed_author == "Paul"


def test_a_chain_of_sentences_about_he_keeps_its_person():
    # "Paul said he thanked God ... He challenged ... He told them ... He tells ... Several times he
    # tells ... He tells us and challenges us to “know Christ ...”": five sentences back, still Paul
    _, quotes = realdoc_quotations(G11)
    for words in ("know Christ", "forget what lies behind", "I can do all things"):
        assert starting(quotes, words).claimed_author == "Paul", words


def test_a_participle_of_saying_has_the_clause_subject():
    # "In 1863, Lincoln gave the Gettysburg Address, saying, “Four score and seven years ago, ...”"
    q = realdoc_quotation("g/docs/g13-reference-lincoln-quotes.txt", "Four score and seven years ago")
    assert q.claimed_author == "Lincoln"


def test_a_speech_verb_in_a_relative_clause_of_the_object_is_no_cue():
    # "Dorian Grey, however, takes everything Henry says seriously and acts on it: “That is one of your
    # aphorisms ...”": the words are Dorian's, not Henry's; no claim rather than a wrong one
    q = realdoc_quotation("g/docs/g17-cnbendel-lord-henry-hypocrite.txt", "That is one of your aphorisms")
    assert q.claimed_author != "Henry"


def test_the_subject_of_the_sentence_presenting_a_quotation_with_a_colon():
    # "Basil, who painted the portrait, acts as a conscience for Dorian, as when he sees the painting
    # in its grotesque form: “Dorian, this is horrible! ...”": Basil's words, Dorian addressed
    q = realdoc_quotation("g/docs/g17-cnbendel-lord-henry-hypocrite.txt", "Dorian, this is horrible!")
    assert q.claimed_author == "Basil"
    assert q.inferred  # a reading of the sentence, not a cue: it never makes words misattributed
    # "The Cat responds with a riddle: “That depends a good deal on where you want to get to.”"
    q = realdoc_quotation("g/docs/g14-catscastle-cheshire-cat-say.txt", "That depends a good deal")
    assert q.claimed_author == "Cat"


def test_a_presenting_sentence_whose_subject_is_no_person_claims_nothing():
    # "Anaphora carries the theme of fellowship too:" and "Anyone who knows anything of Ecclesiastes
    # knows this is its theme:": a subject, but no person
    q = realdoc_quotation("b/docs/b11-winthrop-city-upon-a-hill-student.md", "we must be knit together")
    assert q.claimed_author != "Anaphora"
    q = realdoc_quotation("e/docs/e08-pilgrim-covenant-vanity.txt", "Vanity of vanity, all is vanity.")
    assert q.claimed_author != "Anyone"


def test_his_in_the_sentences_between_keeps_the_person_a_later_he_means():
    # "I clutched Holmes's arm ... ¶ "The shadow has moved!" I cried. ¶ It was, indeed, no longer the
    # profile ... ¶ Three years had certainly not smoothed the asperities of his temper ... ¶ "Of course
    # it has moved," said he.": he is Holmes, four sentences back past "his temper"
    q = realdoc_quotation("g/docs/g08-trashedelbow-holmes-truths.txt", "Of course it has moved,")
    assert q.claimed_author == "Holmes"


def test_a_participle_of_saying_after_by_has_the_clause_subject():
    # "He then published The Crisis series pamphlets which began by stating, "These are the times that
    # try men's souls."": he is Paine, the sentence before's subject
    q = realdoc_quotation("e/docs/e07-historyplace-paine.txt", "These are the times that try men's souls.")
    assert q.claimed_author == "Paine"


def test_words_someone_gave_us_are_claimed_as_theirs():
    # "Grant gave us “Fight it out on this line,” “Unconditional surrender,” “I propose to move ...”"
    q = realdoc_quotation("f/docs/f08-bitlit-puzzles-and-oddities.txt", "Fight it out on this line")
    assert q.claimed_author == "Grant"


def test_a_possessive_before_words_that_name_something_of_theirs_is_not_the_sayer():
    # "Shaw, for instance, has lauded Great Expectations as Dickens’ “most compactly perfect book”":
    # Shaw's words about Dickens's book
    q = realdoc_quotation("f/docs/f14-imsa-great-expectations-names.txt", "most compactly perfect book")
    assert q.claimed_author == "Shaw"


def test_the_presenting_subject_yields_to_any_cue_and_praise_needs_a_person():
    from quotecheck.extract import extract_quotes

    cases = [
        ('Smith opens his essay with a line from Thoreau: "Simplify, simplify."', "Thoreau"),
        ('Lincoln admired Jefferson, who wrote: "All men are created equal."', "Jefferson"),
        ('Critics praised the novel as "a masterpiece of the age."', None),
    ]
    for text, author in cases:
        (q,) = extract_quotes(text)
        assert q.claimed_author == author, text
