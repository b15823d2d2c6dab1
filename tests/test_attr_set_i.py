"""Attribution on set i's real documents (several people quoted in turn, issue 10, eighth
round): each person's words get their own credit, a work named right before the words outweighs
a speech verb further back, coordinated authors are both credited, a pronoun through "quote
him:" means the person before. Dev documents only."""

from __future__ import annotations

from realdocs_support import realdoc_quotation

from quotecheck.extract import extract_quotes
from quotecheck.records import Kind

I01 = "i/docs/i01-politico-house-divided-2014.txt"


def test_news_report_credits_each_speaker_in_turn():
    assert realdoc_quotation(I01, "If we could first know").claimed_author == "Lincoln"
    assert realdoc_quotation(I01, "Lincoln, as a statesman").claimed_author == "Herndon"
    assert realdoc_quotation(I01, "Nothing could have been").claimed_author == "Swett"


def test_a_named_work_right_before_the_words_outweighs_the_subject_further_back():
    # "Lincoln held that slavery was ... incompatible with the Declaration of Independence as
    # embodied in the phrase '...'": not Lincoln's words
    assert realdoc_quotation(I01, "all men are created equal").claimed_author is None


def test_coordinated_subject_credits_both():
    quote = realdoc_quotation(
        "h/docs/h19-mcqueen-reading-the-unreadable-marx.txt", "Constant revolutionizing"
    )
    assert quote.claimed_author == "Marx and Frederick Engels"


def test_quote_him_through_a_colon_means_the_person_before(shared):
    line = "The mass of men lead lives of quiet desperation."
    assert line in (shared / "corpus" / "thoreau_walden.txt").read_text(encoding="utf-8")
    text = f"Thoreau is everywhere these days. It's all the rage to quote him: “{line}”"
    (quote,) = [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert quote.claimed_author == "Thoreau" and "he = Thoreau" in quote.cue


H11 = "h/docs/h11-jimhull-einstein-said-it.txt"


def test_quotations_after_a_sentence_naming_whom_people_quote():
    # "Back in the day, people loved to quote Mark Twain. “...” … “...”"
    assert realdoc_quotation(H11, "Everybody talks about the weather").claimed_author == "Mark Twain"
    assert realdoc_quotation(H11, "It is better to keep your mouth shut").claimed_author == "Mark Twain"


def test_a_list_of_quotations_under_a_colon_header_shares_its_credit():
    # "It’s all the rage to quote him:" then one quotation a paragraph
    assert realdoc_quotation(H11, "Everything Should Be Made").claimed_author == "Albert Einstein"
    assert realdoc_quotation(H11, "The greatest power in the universe").claimed_author == "Albert Einstein"
    assert realdoc_quotation(H11, "Evil is the absence of God").claimed_author == "Albert Einstein"


def test_dialogue_lines_alone_in_their_paragraphs_are_no_list():
    # Holmes and Watson in turn, no tags, under a story title: no credit runs on
    lines = ["Chapter the second, no doubt.", "Hardly that, Watson.", "Brilliant, Watson."]
    for words in lines:
        quote = realdoc_quotation("g/docs/g08-trashedelbow-holmes-truths.txt", words)
        assert not (quote.cue or "").startswith("list")


def test_presenting_subject_after_a_fronted_phrase():
    # "To get a sense of this, Milton leads the reader through almost 40 lines describing this Hell
    # to which Satan has fallen: A Dungeon horrible, ..."
    quote = realdoc_quotation("d/docs/d13-scottamartin-satanic-predicament.txt", "A Dungeon horrible")
    assert quote.claimed_author == "Milton"


def test_a_name_after_an_article_is_no_antecedent_for_he():
    # "... men and women sold in the New Orleans slave market. ... He wrote years later ..."
    quote = realdoc_quotation("i/docs/i13-stmuscholars-house-divided-essay.txt", "And I see something")
    assert quote.claimed_author == "Lincoln"


def test_a_reference_book_is_the_work_not_an_author():
    quote = realdoc_quotation("h/docs/h05-bionet-usenet-einstein-reply.txt", "showed little scholastic")
    assert quote.claimed_author is None and "Britannica" in quote.claimed_work


def test_the_next_sentence_names_the_speaker_past_an_appositive():
    # "“...?” Daniel Day-Lewis, playing Abraham Lincoln in Steven Spielberg’s movie “Lincoln,” asked
    # this question.": the actor's line in the film, not Lincoln's
    quote = realdoc_quotation(
        "i/docs/i07-greatamericanhistory-lincoln-say-that.txt", "Do you think we choose"
    )
    assert quote.claimed_author == "Daniel Day-Lewis"


def test_presenting_subject_after_but():
    # "I’m waiting for the transcript ..., but Palin seems to be speaking Christianese: “Her reward is
    # in heaven,”"
    quote = realdoc_quotation(
        "i/docs/i25-christianitytoday-vp-debate-liveblog.txt", "Her reward is in heaven,"
    )
    assert quote.claimed_author == "Palin"


I26 = "i/docs/i26-weeklyworker-lenin-misreading.txt"


def test_a_saying_whose_content_is_the_that_clause_credits_each_quotation_in_it():
    # "Nick Rogers claims that Lenin’s "The state and revolution" ... His contention is that this
    # established a “framework” that ... was abused to “justify Stalinist practice”.": Rogers's words,
    # not Lenin's (whose title came before)
    assert realdoc_quotation(I26, "justify Stalinist practice").claimed_author == "Nick Rogers"


def test_a_possessive_with_a_noun_of_saying_before_the_words():
    # "It popularised concepts such as Engels’ discussion of the post-revolutionary “withering away of
    # the state”."
    assert realdoc_quotation(I26, "withering away of the state").claimed_author == "Engels"


def test_a_name_introduced_as_a_person_named_so_is_whom_he_means():
    # "a minister named Theodore Parker gave a sermon in which he said"
    quote = realdoc_quotation(
        "c/docs/c04-coyotecrunch-lincolns-vision.txt", "Democracy is direct self-government"
    )
    assert quote.claimed_author == "Theodore Parker"


def test_a_second_quotation_with_its_own_cue_does_not_inherit_the_first(shared):
    # 'Lincoln said "A" — a line often confused with Franklin's "B"': each his own
    lincoln, franklin = "A house divided against itself cannot stand", "Lost time is never found again"
    assert lincoln in (shared / "corpus" / "lincoln_papers-and-writings.txt").read_text(encoding="utf-8")
    assert franklin in (shared / "corpus" / "franklin_way-to-wealth.txt").read_text(encoding="utf-8")
    text = f"In 1858 Lincoln said “{lincoln}” — a line often confused with Franklin's “{franklin}.”"
    said = [q.claimed_author for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert said == ["Lincoln", "Franklin"]


def test_both_halves_of_a_split_quotation_take_the_tag_between(shared):
    opening = (shared / "corpus" / "dickens_tale-of-two-cities.txt").read_text(encoding="utf-8")
    assert "It was the best of times" in opening and "it was the worst of times" in opening
    text = "“It was the best of times,” Dickens wrote, “it was the worst of times.”"
    said = [q.claimed_author for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert said == ["Dickens", "Dickens"]


def test_a_news_heading_x_to_y_before_the_words():
    quote = realdoc_quotation(
        "i/docs/i25-christianitytoday-vp-debate-liveblog.txt", "I know education you are passionate"
    )
    assert quote.claimed_author == "Palin"  # "Update: Palin to Biden “...”"
    (nobody,) = extract_quotes(
        "From Marx to Lenin: “The history of all hitherto existing society is the history of class struggles.”"
    )
    assert nobody.claimed_author is None  # a span of time, no heading
