"""Wrong claims found by reading the extractor's output on real prose (issue 10, fifth round):
a title is no person, initials are a catalogue author's. Real documents of the dev parts of
``bench/data/realdocs`` and lines of the shared corpus; nothing of a test part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from realdocs_support import realdoc_quotation

from quotecheck.extract import extract_document, extract_quotes
from quotecheck.extract.known import DEFAULT_KNOWN
from quotecheck.io.document import load_document
from quotecheck.records import Kind

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def catalogue():
    """The known works with the shared corpus's catalogue, as ``Checker.extract`` passes them."""
    _need_shared()
    with open(SHARED / "corpus" / "works.jsonl", encoding="utf-8") as f:
        works = [json.loads(line) for line in f if line.strip()]
    return DEFAULT_KNOWN.with_works((w.get("title"), w.get("author")) for w in works)


def quotations(text: str, known=DEFAULT_KNOWN):
    return [q for q in extract_quotes(text, known=known) if q.kind == Kind.QUOTATION]


in_document = realdoc_quotation


def _need_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")


def corpus_line(file: str, start: str) -> str:
    """A line of a corpus text, as it is printed there."""
    _need_shared()
    text = (SHARED / "corpus" / file).read_text(encoding="utf-8")
    return next(line.strip() for line in text.splitlines() if line.strip().startswith(start))


def test_a_title_read_in_is_no_person_the_poet_of_it_is_its_author():
    line = corpus_line("lovelace_lucasta.txt", "Stone walls").rstrip(",")
    known = catalogue()
    [q] = quotations(f"In Lucasta the poet writes, “{line}.”", known)
    assert (q.claimed_author, q.claimed_work) == ("Richard Lovelace", "Lucasta")
    # without the catalogue nobody is named: never "Lucasta" the author
    [q] = quotations(f"In Lucasta the poet writes, “{line}.”")
    assert q.claimed_author is None


def test_a_title_in_emphasis_opening_the_sentence_names_the_work_and_its_author():
    line = corpus_line("hungerford_molly-bawn.txt", "Her eyes, large, dark, and blue")
    [q] = quotations(f"In *Molly Bawn*, the narrator says, “{line}”", catalogue())
    assert (q.claimed_author, q.claimed_work) == ("Margaret Wolfe Hungerford", "Molly Bawn")


def test_a_title_run_into_its_writers_name_is_not_part_of_the_name():
    # "In his essay Self-Reliance Emerson never spells out ... He tells us ..., “To be great ...”"
    q = in_document("d/docs/d07-susantspringer-emersons-hobgoblins.txt", "To be great is to be misunderstood")
    assert q.claimed_author == "Emerson"


def test_a_signature_in_initials_is_the_one_catalogue_writer_with_them():
    # "... Time is but the stream I go a-fishing in. ... ¶ -H.D.T."
    q = in_document("a/docs/a23-sporadic-soapbox-thoreau.txt", "Time is but the stream", catalogue())
    assert q.claimed_author == "Henry David Thoreau"
    assert q.cue == "H.D.T."  # the document's words are kept as the cue
    # initials nobody known has stay as written (never a guess)
    [q] = quotations(f"“{corpus_line('lovelace_lucasta.txt', 'Stone walls').rstrip(',')}.”\n— Q.X.Z.")
    assert q.claimed_author == "Q.X.Z"


def test_the_writers_own_words_in_the_first_person_are_not_the_pages_subjects():
    # "... I caught myself rolling my eyes: “why can’t we just let a good story be a story?”"
    name = "a/docs/a37-400-years-of-shakespeare.txt"
    q = in_document(name, "why can’t we just let a good story be a story")
    assert q.claimed_author is None
    # "... but I still remember the “Alas poor Yorick..” passage": still the page's writer
    q = in_document(name, "Alas poor Yorick")
    assert q.claimed_author == "William Shakespeare" and q.inferred


def test_a_headline_before_the_page_names_anyone_is_nobodys_yet():
    # "Can 'government by the people' avoid perishing?" heads an editorial on Lincoln's address
    name = "c/docs/c02-delaware-editorial-government-by-the-people.txt"
    q = in_document(name, "government by the people")
    assert q.claimed_author is None


def test_she_is_not_whom_the_text_just_called_he():
    # "In her view, Mark Twain put it best when he said, “...” That line, she conceded, is “probably apocryphal.”"
    doc = load_document(str(ROOT / "bench" / "extract" / "news.txt"))
    [q] = [q for q in extract_document(doc) if q.text.startswith("probably apocryphal")]
    assert q.claimed_author == "Ruth Okafor"  # "Local historian Ruth Okafor welcomed the plan ..."
    [q] = [q for q in extract_document(doc) if q.text.startswith("It is better to keep your mouth")]
    assert q.claimed_author == "Mark Twain"
    # nor does the paragraph's one person become hers
    line = corpus_line("thoreau_walden.txt", "I went to the woods because")
    [q] = quotations(f"Thoreau lived by a pond. He wrote books. She said, “{line}”")
    assert q.claimed_author is None
    [q] = quotations(f"Thoreau lived by a pond. He wrote books. He said, “{line}”")
    assert q.claimed_author == "Thoreau"


def test_a_possessive_before_a_title_is_its_author_not_the_title():
    # "One of the most influential lines in Shakespeare’s play Hamlet, is Polonius’ advice ..."
    q = in_document("c/docs/c10-majortests-ap-lit-hamlet.txt", "This above all")
    assert q.claimed_work == "Hamlet"
    # "William Congreve's 1697 poem": no title named, none made of the name
    q = in_document("b/docs/b22-telegraph-people-doth-misquote.txt", "Heaven has no rage")
    assert (q.claimed_author, q.claimed_work) == ("William Congreve", None)


def test_a_name_introduced_by_an_imperative_or_a_preposition_is_not_the_speaker():
    # notes.md: "Compare Sun Tzu, who advises: “All warfare is based on deception.”"
    doc = load_document(str(ROOT / "bench" / "extract" / "notes.md"))
    [q] = [q for q in extract_document(doc) if q.text.startswith("All warfare")]
    assert q.claimed_author == "Sun Tzu"
    line = corpus_line("thoreau_walden.txt", "I went to the woods because")
    # the pronoun means the clause's subject, not the name after "Like"
    [q] = quotations(f"Like Thoreau, Annie Dillard went to the woods. She wrote, “{line}”")
    assert q.claimed_author == "Annie Dillard"
    # people unnamed "of" a writer are not the writer
    [q] = quotations(f"Critics of Thoreau said, “{line}”")
    assert q.claimed_author is None


def test_a_signature_naming_nobody_or_someone_else_instead():
    line = corpus_line("thoreau_walden.txt", "I went to the woods because")
    for credit in (
        "– Anonymous",
        "— Unknown",
        "\n— Posted by Jim Smith, June 3",
        "— Often attributed to Thoreau",
    ):
        [q] = quotations(f"“{line}”{credit}")
        assert (q.claimed_author, q.claimed_work) == (None, None), credit
    # a11: "Not Darwin but Richard Dawkins!" under the quotation
    [q] = quotations(f"“{line}” — Not Thoreau, but Emerson")
    assert q.claimed_author == "Emerson"
    q = in_document("a/docs/a11-six-things-darwin-never-said.md", "The universe we observe")
    assert q.claimed_author == "Richard Dawkins"


def test_someone_of_a_writers_is_not_the_writer():
    line = corpus_line("thoreau_walden.txt", "I went to the woods because")
    for cue in ("Thoreau’s biographer wrote,", "Thoreau's friends said,", "Thoreau’s sister recalled,"):
        [q] = quotations(f"{cue} “{line}”")
        assert q.claimed_author is None, cue
    [q] = quotations(f"Thoreau’s famous line reads, “{line}”")
    assert q.claimed_author == "Thoreau"
