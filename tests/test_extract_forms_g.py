"""Forms of quotation pinned on the dev part of realdocs set g (collected for attribution; these are
its extraction misses): quotation marks typed as two apostrophes, a dash list item quoting someone
that is no credit line, a participle opening a sentence that is nobody. Nothing here is from a
test part."""

from __future__ import annotations

from realdocs_support import realdoc_quotations, starting

from quotecheck.extract import extract_quotes
from quotecheck.records import Kind


def test_two_apostrophes_typed_for_quotation_marks():
    _, quotes = realdoc_quotations("g/docs/g19-marquee-ophelia-monologue.txt")
    said = [q for q in quotes if q.kind == Kind.QUOTATION]
    for words in ("To be or not to be...", "get thee to a nunnery", "O woe is me!", "O, what a noble mind"):
        assert starting(said, words) is not None, words
    # "Left humiliated and alone after Hamlet's outburst, Ophelia reflects ...": nobody named Left
    assert all(q.claimed_author != "Left" for q in quotes)


def test_a_wikis_italic_titles_are_not_quotations():
    text = "— Charles Lamb, ''The Old Benchers of the Inner Temple''\n\n(''Dune'' had some very moving epigraphs too.)\n"
    assert [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION] == []


def test_a_dash_item_quoting_someone_is_no_credit_of_the_heading_above():
    _, quotes = realdoc_quotations("g/docs/g20-biblehub-moses-philippians.txt")
    assert all(not q.text.startswith("• Same") for q in quotes)
    assert starting(quotes, "I will be with you.") is not None
