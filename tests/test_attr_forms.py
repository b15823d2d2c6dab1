"""Attribution forms fixed on the dev parts of the real-document sets (issue 10, session 4):
each test reads a real document of ``bench/data/realdocs`` (set d was collected for its
attribution forms), nothing of a test part."""

from __future__ import annotations

import pytest
from realdocs_support import realdoc_quotation

from quotecheck.extract import extract_quotes
from quotecheck.records import Kind

quotation = realdoc_quotation


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


def test_an_apposition_holding_a_numbered_title_does_not_end_the_sentence():
    # "Fredrich Engels, Marx’s famous No. 2 man, wrote to Karl as follows (edited by Beecher):" and
    # Engels's letter below: "No. 2" ends no sentence, and Marx (the addressee) is not the author
    q = quotation("d/docs/d01-avanneman-karl-marx-plagiarist.txt", "Can one imagine anything funnier")
    assert q.claimed_author.endswith("Engels")


def test_a_possessive_noun_of_saying_names_the_sayer():
    # "take Marx’s dismissal of French liberal’s excuses for Napoleon III’s success: “It is not enough ...”"
    q = quotation("d/docs/d02-madamepickwick-marx-second-as-farce.txt", "It is not enough to say")
    assert q.claimed_author == "Marx"


def test_words_called_biblical_are_the_bibles():
    # "I guess that lines up with another famous biblical saying: Don’t throw your pearls before swine."
    q = quotation("a/docs/a35-the-proverbial-issue.txt", "Don’t throw your pearls")
    assert q.claimed_author == "Bible"


def test_a_sentence_adverb_opening_a_clause_is_nobody_a_pronoun_means():
    # "Anyway, I thought his famous line, “The mass of men ...”": "his" is not "Anyway"; the
    # antecedent is unsure (a "Ralph Waldo" named just before), so no claim is made
    q = quotation("c/docs/c28-donkuhl-transcendentalists-yuck.txt", "The mass of men")
    assert q.claimed_author != "Anyway" and "his famous line" in (q.cue or "")


def test_a_known_writer_is_a_person_a_pronoun_or_office_may_mean():
    # "Abraham Lincoln signed the Emancipation Proclamation. When he put pen to paper, the
    # President said, and I quote, '...'" (Biden's inaugural): the President is Lincoln
    q = quotation("b/docs/b04-biden-inaugural-2021.txt", "If my name ever goes down")
    assert q.claimed_author == "Abraham Lincoln"
    # "Halley’s Comet was passing when Twain was born, and he predicted that he would “go out with it”"
    q = quotation("c/docs/c26-dizzyswallows-twain-birthday.txt", "go out with it")
    assert q.claimed_author == "Twain"


def test_a_quotation_supposedly_from_a_quoted_citation():
    # 'a quotation supposedly from "Charles Darwin, from On the Origin of Species":' -- the claim checked
    q = quotation("c/docs/c19-roughguide-darwin-never-said.txt", "In the struggle for survival")
    assert (q.claimed_author, q.claimed_work) == ("Charles Darwin", "On the Origin of Species")


def test_a_name_in_parentheses_proceeds_thus():
    # "The writer in the “Barnet Press” (Mr. Wooton) proceeds thus:"
    q = quotation("c/docs/c14-socialist-standard-1911-what-did-marx-say.txt", "Moreover, the doctrine")
    assert q.claimed_author.endswith("Wooton")


def test_a_run_of_block_quotations_continues_the_credit_of_the_first():
    # "Winthrop plays polysyndeton off against asyndeton. ¶ > For this end, ... ¶ > We must delight
    # in each other; ...": the first block is claimed for the one writer the sentence before names,
    # the next block right after it continues that credit; both as the discourse's claims
    first = quotation("b/docs/b11-winthrop-city-upon-a-hill-student.md", "For this end, we must be knit")
    blocks = "b/docs/b11-winthrop-city-upon-a-hill-student.md"
    second = quotation(
        blocks,
        "We must delight in each other; make others’ conditions our own; rejoice together, mourn together, labor and suffer together, always",
    )
    assert first.claimed_author == second.claimed_author == "John Winthrop"
    assert first.inferred and second.inferred and second.cue.startswith("list")


@pytest.mark.parametrize(
    ("sentence", "author", "work"),
    [
        # the corpus's own lines, credited the ways running prose credits them
        (
            "“Man makes his own history, but he does not make it out of the whole cloth.” So wrote Marx in 1852.",
            "Marx",
            None,
        ),
        (
            "“Four score and seven years ago, our fathers brought forth upon this continent a new nation.” — so said Lincoln.",
            "Lincoln",
            None,
        ),
        (
            "In Marmion we read: “O, what a tangled web we weave, When first we practise to deceive!”",
            "Walter Scott",
            "Marmion",
        ),
        ("“A foolish consistency is the hobgoblin of little minds,” according to Emerson.", "Emerson", None),
        (
            "The Gettysburg Address ends: “shall not perish from the earth.”",
            "Abraham Lincoln",
            "Gettysburg Address",
        ),
        (
            "“The mass of men lead lives of quiet desperation.” These words of Thoreau are often misquoted.",
            "Thoreau",
            None,
        ),
        (
            "“A little learning is a dangerous thing.” Pope’s line is older than most who use it.",
            "Pope",
            None,
        ),
        ("“Call me Ishmael.” So begins Moby-Dick.", "Herman Melville", "Moby-Dick"),
        # the name after a verb that has its subject is the listener, not the speaker (it was "Laertes")
        ("As Polonius advises Laertes, “Neither a borrower nor a lender be.”", "Polonius", None),
        # "Critics of Lincoln ... he wrote": the pronoun means Lincoln (it was "Critics of Lincoln")
        (
            "Critics of Lincoln often forget that he wrote, “With malice toward none, with charity for all.”",
            "Lincoln",
            None,
        ),
        # a citation after a quotation ending its sentence; dates or an aside between subject and verb;
        # an imperative before the name
        ("“Our life is frittered away by detail. Simplify, simplify.” (Thoreau)", "Thoreau", None),
        (
            "Henry David Thoreau (1817–1862) wrote, “Our life is frittered away by detail.”",
            "Henry David Thoreau",
            None,
        ),
        ("Consider Thoreau: “Our life is frittered away by detail. Simplify, simplify.”", "Thoreau", None),
        # the one quoted, not the one quoting (it was Obama, Lenin)
        ("Quoting Lincoln, Obama said “With malice toward none, with charity for all.”", "Lincoln", None),
        ("Lenin, quoting Engels, writes: “The state is not ‘abolished’. It withers away.”", "Engels", None),
        ("The phrase is Lincoln’s: “With malice toward none, with charity for all.”", "Lincoln", None),
        ("Here’s Thoreau: “Our life is frittered away by detail. Simplify, simplify.”", "Thoreau", None),
        ("Enter Polonius: “Neither a borrower nor a lender be.”", "Polonius", None),
        # a thing with an article that is no known work says nothing (it was "Manifesto")
        (
            "The Manifesto opens with the famous line: “A spectre is haunting Europe--the spectre of Communism.”",
            None,
            None,
        ),
    ],
)
def test_credits_after_the_quotation_and_works_read(sentence, author, work):
    (q,) = [q for q in extract_quotes(sentence) if q.kind == Kind.QUOTATION]
    assert (q.claimed_author, q.claimed_work) == (author, work)
