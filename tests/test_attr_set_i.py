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
    quote = realdoc_quotation("h/docs/h19-mcqueen-reading-the-unreadable-marx.txt", "Constant revolutionizing")
    assert quote.claimed_author == "Marx and Frederick Engels"


def test_quote_him_through_a_colon_means_the_person_before(shared):
    line = "The mass of men lead lives of quiet desperation."
    assert line in (shared / "corpus" / "thoreau_walden.txt").read_text(encoding="utf-8")
    text = f"Thoreau is everywhere these days. It's all the rage to quote him: “{line}”"
    (quote,) = [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert quote.claimed_author == "Thoreau" and "he = Thoreau" in quote.cue
