"""Famous lines as readers meet them, checked end to end on the shipped corpus: the cases a
fact-checker would catch at once (a cut that reverses the Psalm, a claimed work held by another
author, a name shared by a character, a verbless phrase after a negation)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


@pytest.mark.parametrize("claim", [{"work": "the Bible"}, {"author": "David"}, {}])
def test_there_is_no_god_is_the_fools_words_not_the_bibles(checker, claim):
    # Psalm 14:1 "The fool hath said in his heart, There is no God." (Deuteronomy's "there is no
    # god with me" is another cut: neither is the Bible saying so)
    m = checker.match("There is no God.", **claim)
    assert m.verdict == "altered", m.note
    assert "context" in m.meaning_changes
    assert "fool" in m.note


def test_the_right_author_with_another_of_his_books_is_said_in_a_note(checker):
    # the words are still Bronte's (the verdict stands); the note names the book that has them
    m = checker.match("Reader, I married him.", author="Charlotte Bronte", work="Pride and Prejudice")
    assert m.verdict == "verbatim", m.note
    assert "claimed from Pride and Prejudice, but found in" in m.note and "Jane Eyre" in m.note


def test_a_claimed_work_the_corpus_lacks_leaves_the_right_author_alone(checker):
    m = checker.match("Reader, I married him.", author="Charlotte Bronte", work="Villette")
    assert m.verdict == "verbatim", m.note


def test_a_surname_shared_with_characters_is_not_their_speech(checker):
    m = checker.match("Give me liberty, or give me death!", author="Patrick Henry")
    assert "speaks" not in (m.note or ""), m.note


def test_a_verbless_phrase_after_a_negation_is_not_out_of_context(checker):
    m = checker.match("self-acting armed organization")
    assert "context" not in m.meaning_changes, m.note


def test_the_heading_of_an_epistle_names_its_writer_not_its_addressee(checker):
    # in a library where a novel's Paul speaks far more often than the Bible's, the speaker index
    # loses the Bible for "Paul": the section heading still says whose letter the words are in
    from types import SimpleNamespace

    from quotecheck.matching.verdict import _heading_naming

    m = checker.match("The love of money is the root of all evil", author="Paul")
    assert m.verdict == "verbatim"
    place = SimpleNamespace(work_id=m.source.work_id, src_start=m.source.start)
    assert "Epistle of Paul" in _heading_naming(checker.corpus, place, "Paul")
    assert _heading_naming(checker.corpus, place, "St. Paul")
    assert _heading_naming(checker.corpus, place, "Timothy") is None


def test_a_fragment_credited_to_someone_the_corpus_lacks_is_not_placed_in_a_random_book(checker):
    # a quiz's "A penny for your ___" (John Heywood) is three words; Jane Eyre's "a penny for your
    # thoughts" proves nothing about Heywood's proverb
    m = checker.match("A penny for your", author="John Heywood")
    assert m.verdict == "not_found", m.note
    assert "not in the corpus" in m.note and "too few to place" in m.note


def test_a_line_from_a_play_the_corpus_lacks_is_not_another_plays_loose_likeness(checker):
    # As You Like It is not in the corpus: The Merchant of Venice's "the world ... A stage where
    # every man must play a part" (score 53) is not where "All the world's a stage" comes from
    m = checker.match("All the world's a stage.", author="William Shakespeare", work="As You Like It")
    assert m.verdict == "not_found", m.note
    assert "the corpus lacks As You Like It" in m.note
    # a poem inside a collection is not lacking: its heading names it
    mouse = checker.match("The best laid schemes o mice an men gang aft agley", author="Robert Burns", work="To a Mouse")
    assert mouse.verdict in ("verbatim", "altered")


def test_a_byline_of_two_poets_credits_each(checker):
    # "William Wordsworth; Alfred Tennyson": the selection is Wordsworth's too, not a book quoting him
    m = checker.match("Surprised by joy--impatient as the Wind", author="William Wordsworth")
    assert m.verdict == "verbatim"
    assert "quotes" not in (m.note or ""), m.note
    absent = checker.match("The child is father of the man", author="William Wordsworth")
    assert "has no works by William Wordsworth" not in absent.note


def test_a_sentences_first_capital_is_no_name(checker):
    # "Uneasy lies the head" misquoted as "Heavy is the head": a changed word, not a changed name
    m = checker.match("Heavy is the head that wears the crown", author="William Shakespeare")
    assert "name" not in m.meaning_changes
    lead_on = checker.match("Lead on, Macduff", author="William Shakespeare")
    assert "name" not in lead_on.meaning_changes  # Macbeth's "lay on, Macduff": the name is kept


def test_an_abbreviated_or_misspelt_name_and_a_pronoun_are_no_changed_names(checker):
    # bench/data/realdocs/f/docs/f13 (Lincoln in Congress): "Gen." for the Papers' "General"; e19:
    # a modern Bible's "You have" for "thou hast"
    lincoln = checker.match(
        "By the way, Mr. Speaker, did you know I am a military hero? Yes sir; in the days of the Black Hawk war, I fought, bled, and came away.",
        author="Abraham Lincoln",
    )
    assert "name" not in lincoln.meaning_changes
    peter = checker.match("Lord, to whom shall we go? You have the words of eternal life", author="Simon Peter")
    assert "name" not in peter.meaning_changes
    brutus = checker.match("The fault, dear Cassius, is not in our stars", author="William Shakespeare")
    assert "name" in brutus.meaning_changes  # another person is still another name


def test_a_book_crediting_the_words_to_another_says_so(checker):
    # Twain's autobiography: "the remark attributed to Disraeli would often apply with justice and
    # force: 'There are three kinds of lies: lies, damned lies, and statistics.'"
    for claim in ("Mark Twain", None):
        m = checker.match("There are three kinds of lies: lies, damned lies, and statistics.", author=claim)
        assert "quotes it as Disraeli's words" in m.note


def test_a_surname_is_matched_as_written_not_as_a_plural(checker):
    # "John Adams once remarked" is no claim that Paradise Lost's Adam said it
    m = checker.match(
        "Without the pen of the author of Common Sense, the sword of Washington would have been raised in vain.",
        author="John Adams",
    )
    assert "Paradise Lost" not in (m.note or "")


def test_a_maxim_of_a_movement_is_no_person_credited(checker):
    # Trotsky: "the so-called Jesuitical maxim of Bolshevism: 'The end justifies the means.'"
    m = checker.match("The end justifies the means", author="Leon Trotsky")
    assert "Bolshevism" not in (m.note or "")


def test_a_cited_verse_that_does_not_hold_the_words_is_said(checker):
    # a sermon page's reflection quote (christredeemerchurch.snappages.site, 2013), a modern
    # translation credited "~Jesus of Nazareth, Gospel of Luke 7:22-23": the King James words it
    # matches best are Matthew 11:4's, which the reader should know is not the verse cited
    m = checker.match(
        "Go and tell John what you have seen and heard: the blind receive their sight, the lame walk, "
        "lepers are cleansed, and the deaf hear, the dead are raised up, the poor have good news preached "
        "to them. And blessed is the one who is not offended by me.",
        author="Jesus of Nazareth",
        work="Gospel of Luke 7:22-23",
    )
    assert m.source.location == "The Gospel According to Saint Matthew, 11:4"
    assert "the claim cites Luke 7:22; the words are at The Gospel According to Saint Matthew, 11:4" in m.note
    right = checker.match("Jesus wept.", work="John 11:35")
    assert right.source.location == "The Gospel According to Saint John, 11:35" and not right.note


def test_a_clause_of_the_quoters_own_with_a_negation_is_not_the_source(checker):
    # a line of Psalm 1 in a modern version, as a sermon blog lays it out (lutheranguy.blogspot.com,
    # 2022): "the counsel of the wicked" is Job 10:3's, but "who walks not in" is not, and its
    # negation makes it another statement
    m = checker.match("who walks not in the counsel of the wicked,")
    assert not (m.source and "Job" in m.source.location), (m.verdict, m.source and m.source.location)
