"""Attribution forms fixed on the dev parts of the real-document sets (issue 10, session 4):
each test reads a real document of ``bench/data/realdocs`` (set d was collected for its
attribution forms), nothing of a test part."""

from __future__ import annotations

from pathlib import Path

from quotecheck.extract import extract_document
from quotecheck.io.document import load_document
from quotecheck.records import Kind

REALDOCS = Path(__file__).resolve().parents[1] / "bench" / "data" / "realdocs"


def quotation(name: str, words: str):
    doc = load_document(str(REALDOCS / name))
    found = [q for q in extract_document(doc) if q.kind == Kind.QUOTATION and q.text.startswith(words)]
    assert found, f"no quotation starting {words!r} in {name}"
    return found[0]


def test_the_author_named_in_the_sentence_after_a_quotation_that_opens_the_page():
    # "“A little Learning ...” ¶ This admonition from Alexander Pope (1688-1744), from his Essay on Criticism, ..."
    q = quotation("d/docs/d05-herald-pope-essay-on-criticism.txt", "A little Learning is a dang’rous Thing;/")
    assert (q.claimed_author, q.claimed_work) == ("Alexander Pope", "Essay on Criticism")
    # "“Water, water, every where, ...” ¶ The verse is extracted from Samuel Taylor Coleridge’s 7-part epic poem"
    q = quotation("d/docs/d10-teepee12-water-water-every-where.txt", "Water, water, every where,")
    assert q.claimed_author == "Samuel Taylor Coleridge"


def test_a_known_writer_at_work_in_the_sentence_after_a_quotation_standing_alone():
    # "“It was the best of times, ...” ¶ In his preamble of A Tale of Two Cities, the immortal Charles Dickens delivered"
    q = quotation("d/docs/d17-jimblasingame-best-of-times.txt", "It was the best of times")
    assert (q.claimed_author, q.claimed_work) == ("Charles Dickens", "A Tale of Two Cities")


def test_the_person_a_quotation_is_attributed_to_in_the_active_voice():
    # "a reader attributed the quote 'What a tangled web we weave, ...' to Shakespeare": the claim checked
    q = quotation("d/docs/d04-caller-not-shakespeare.txt", "What a tangled web")
    assert q.claimed_author == "Shakespeare"


def test_the_author_of_the_following_formula():
    # "he tells us that Karl Marx, the German Socialist, was the author of the following formula :"
    # the formula's claimed author is Marx, not the letter writer the pronoun means
    q = quotation(
        "c/docs/c14-socialist-standard-1911-what-did-marx-say.txt", "All wealth is produced by labour"
    )
    assert q.claimed_author == "Karl Marx"


def test_a_displayed_quotation_after_a_sentence_naming_one_known_writer_is_claimed_as_inferred():
    # "Abraham Lincoln delivered his House Divided Speech at Springfield, ... ¶ “A house divided against
    # itself cannot stand.”": the discourse's claim, which guides the matcher but never makes
    # words misattributed
    q = quotation("d/docs/d14-newmexiken-a-house-divided.txt", "A house divided against itself")
    assert q.claimed_author == "Abraham Lincoln" and q.inferred
    # a known work named in the sentence before: "... comes from the closing paragraph of the Gettysburg Address."
    q = quotation("c/docs/c04-coyotecrunch-lincolns-vision.txt", "we here highly resolve")
    assert (q.claimed_author, q.claimed_work, q.inferred) == ("Abraham Lincoln", "Gettysburg Address", True)
