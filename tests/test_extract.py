"""The extractor on real text: a blog comment, MIA pages, corpus novels, and every mark convention."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.cli import main
from quotecheck.extract import extract_document, extract_quotes
from quotecheck.io.document import load_document, markdown_to_text
from quotecheck.records import Kind

QUOTATION, TITLE, SCARE = Kind.QUOTATION, Kind.TITLE, Kind.SCARE


def by_text(quotes, text):
    found = [q for q in quotes if q.text == text]
    assert found, f"no quote {text!r} among {[q.text for q in quotes]}"
    return found[0]


def corpus_passage(shared, name: str, first: str, last: str) -> str:
    """A passage of a shared corpus book, from the line containing ``first`` to the one containing ``last``."""
    text = (shared / "corpus" / name).read_text(encoding="utf-8")
    start = text.index(first)
    start = text.rfind("\n", 0, start) + 1
    end = text.index("\n", text.index(last, start))
    return text[start:end] + "\n"


# --- the e-flux comment: pinned exactly ----------------------------------------------------


def test_eflux_comment_exactly(shared):
    doc = load_document(str(shared / "samples" / "eflux-comment.txt"))
    quotes = extract_document(doc)
    got = [(q.kind, q.text[:40], q.claimed_author, q.claimed_work) for q in quotes]
    assert got == [
        (SCARE, "endorse", None, None),
        (SCARE, "complicated", None, None),
        (
            QUOTATION,
            "more savage than the Nazis",
            "Leon Trotsky",
            "Revolution Betrayed; Stalin - Hitler’s Quartermaster",
        ),
        (TITLE, "Revolution Betrayed", None, None),
        (TITLE, "Stalin - Hitler’s Quartermaster", None, None),
        (SCARE, "complicated", None, None),
        (SCARE, "Make America Great", None, None),
        (QUOTATION, "The best form of solidarity is to fight ", "Lenin", None),
        (QUOTATION, "Only he [or she] is a Marxist who extend", "Lenin", None),
    ]
    first, second = quotes[-2], quotes[-1]
    assert [i.text for i in first.insertions] == ["capitalist"]
    assert [i.text for i in second.insertions] == ["or she"]
    assert first.text.endswith("all [capitalist] countries without exception.")
    assert second.text.endswith("the real understanding and recognition of Marxism is to be tested.")
    assert "summed up by Lenin" in first.cue
    assert "Lenin says" in second.cue
    assert "Leon Trotsky" in quotes[2].cue
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text
        assert doc.text[q.start - 1] in '“"' and doc.text[q.end] in '”"'


# --- marks: apostrophes, nesting, conventions ----------------------------------------------


def texts(quotes, kind=None):
    return [q.text for q in quotes if kind is None or q.kind == kind]


def test_apostrophes_are_not_quotes():
    text = (
        "The workers’ rights campaigners of the ’90s don’t agree, and ’tis said that rock ’n’ roll "
        "fans, Trotsky’s readers and the Joneses’ neighbours won't either. 'Twas ever thus."
    )
    assert extract_quotes(text) == []


def test_alice_single_curly_quotes_with_apostrophes(shared):
    text = corpus_passage(
        shared, "carroll_alices-adventures-in-wonderland.txt", "‘I can’t explain MYSELF", "myself, you see.’"
    )
    quotes = extract_quotes(text)
    assert texts(quotes) == ["I can’t explain MYSELF, I’m afraid, sir", "because I’m not\nmyself, you see."]
    assert all(q.claimed_author == "Alice" and q.kind == QUOTATION for q in quotes)


def test_oliver_twist_straight_single_quotes(shared):
    text = corpus_passage(
        shared, "dickens_oliver-twist.txt", "'What!' said the master", "'I want some more.'"
    )
    quotes = extract_quotes(text)
    assert texts(quotes) == ["What!", "Please, sir,", "I want some more."]
    assert [q.claimed_author for q in quotes] == ["master", "Oliver", "Oliver"] or [
        q.claimed_author for q in quotes
    ][1:] == ["Oliver", "Oliver"]


def test_huckleberry_finn_dialect_apostrophes_inside_double_quotes(shared):
    text = corpus_passage(
        shared, "twain_huckleberry-finn.txt", "“Well,” says I, “I think they are", "old tin lamp.”"
    )
    quotes = extract_quotes(text)
    assert texts(quotes)[0] == "Well,"
    assert texts(quotes)[1].startswith("I think they are a pack") and texts(quotes)[1].endswith(
        "old tin lamp."
    )
    assert len(quotes) == 2  # 'stead and what's are apostrophes


def test_nested_quotation_has_depth_and_its_own_author():
    text = "“Thoreau wrote that ‘the mass of men lead lives of quiet desperation,’” she said."
    outer, inner = extract_quotes(text)
    assert (outer.depth, inner.depth) == (0, 1)
    assert inner.text == "the mass of men lead lives of quiet desperation,"
    assert inner.claimed_author == "Thoreau"


def test_mia_single_right_quotes_as_nested_quotes(shared):
    doc = load_document(str(shared / "samples/html/lenin-state-and-revolution/ch01.htm"))
    quotes = extract_document(doc)
    engels = by_text(quotes, next(q.text for q in quotes if q.text.startswith("The state is, therefore")))
    assert engels.kind == QUOTATION and engels.block and engels.claimed_author == "Engels"
    assert engels.text.endswith("is the state.")  # the page reference "(Pp.177-78 ...)" is outside
    hegel = by_text(quotes, "the reality of the ethical idea")
    assert hegel.depth == 1 and hegel.claimed_author == "Hegel"
    assert by_text(quotes, "withering away").kind == SCARE


def test_guillemets_reversed_guillemets_and_german_quotes():
    text = (
        "Le mot d'ordre: «Prolétaires de tous les pays, unissez-vous !» "
        "Die Schweizer Ausgabe: »Proletarier aller Länder, vereinigt euch!« "
        "Das Original: „Proletarier aller Länder, vereinigt euch!“ Ende."
    )
    assert texts(extract_quotes(text)) == [
        "Prolétaires de tous les pays, unissez-vous !",
        "Proletarier aller Länder, vereinigt euch!",
        "Proletarier aller Länder, vereinigt euch!",
    ]


def test_multi_paragraph_quotation():
    text = (
        "He asked his hearers to proceed:\n\n"
        "“With malice toward none, with charity for all, let us strive on.\n\n"
        "“To bind up the nation’s wounds.”\n\nThat was all."
    )
    (q,) = extract_quotes(text)
    assert q.text.startswith("With malice") and q.text.endswith("nation’s wounds.")
    assert q.terminated


def test_unterminated_quote_stops_at_its_paragraph():
    text = "He wrote, “this never ends and goes on\nover a wrapped line.\n\n" + "Another paragraph. " * 50
    (q,) = extract_quotes(text)
    assert not q.terminated
    assert q.text == "this never ends and goes on\nover a wrapped line."


def test_unterminated_quote_in_one_line_per_paragraph_text():
    line = "Some long paragraph of a blog comment that runs on and on without any line breaks at all, " * 2
    text = f"{line}He said “never closed here.\n{line}\n{line}“A real quote,” she said.\n"
    quotes = extract_quotes(text)
    assert texts(quotes) == ["never closed here.", "A real quote,"]


# --- segments, insertions, kinds ---------------------------------------------------------------


@pytest.mark.parametrize("ellipsis", ["...", ". . .", "…", " [...] "])
def test_ellipses_split_segments(ellipsis):
    text = f"Engels wrote that “the bourgeoisie{ellipsis}were the first to give way.”"
    (q,) = extract_quotes(text)
    assert [s.text.strip() for s in q.segments] == ["the bourgeoisie", "were the first to give way."]
    assert q.insertions == ()


def test_sic_and_editorial_insertions():
    text = "Franklin is quoted as saying “God helps them [that is, us] that help themselves [sic].”"
    (q,) = extract_quotes(text)
    assert [(i.text, i.sic) for i in q.insertions] == [("that is, us", False), ("sic", True)]
    for i in q.insertions:
        assert text[i.start : i.end] == f"[{i.text}]"


def test_titles_scare_quotes_and_quotations():
    text = (
        "Critics call the book “difficult”. In “Self-Reliance” Emerson says: “Insist on yourself; never "
        'imitate.” Read Franklin\'s "The Way to Wealth," and Gray\'s "Elegy Written in a Country Churchyard".'
    )
    quotes = extract_quotes(text)
    kinds = {q.text: q.kind for q in quotes}
    assert kinds == {
        "difficult": SCARE,
        "Self-Reliance": TITLE,
        "Insist on yourself; never imitate.": QUOTATION,
        "The Way to Wealth,": TITLE,
        "Elegy Written in a Country Churchyard": TITLE,
    }
    insist = by_text(quotes, "Insist on yourself; never imitate.")
    assert (insist.claimed_author, insist.claimed_work) == ("Emerson", "Self-Reliance")


# --- block quotations --------------------------------------------------------------------------


def test_indented_block_with_signature_line():
    text = (
        "Misquotation is not new. Twain has his calendar observe:\n\n"
        "    Few things are harder to put up with than the annoyance of a good\n"
        "    example.\n\n"
        "    -- Twain, Pudd'nhead Wilson\n\n"
        "And so on.\n"
    )
    (q,) = extract_quotes(text)
    assert (
        q.block
        and q.text == "Few things are harder to put up with than the annoyance of a good\n    example."
    )
    assert (q.claimed_author, q.claimed_work) == ("Twain", "Pudd'nhead Wilson")


def test_recited_poem_block_contains_nested_speeches(shared):
    text = corpus_passage(
        shared,
        "carroll_alices-adventures-in-wonderland.txt",
        "‘Can’t remember WHAT things?’",
        "‘Not QUITE right",
    )
    quotes = extract_quotes(text)
    block = next(q for q in quotes if q.block)
    assert block.depth == 0 and block.claimed_author == "Alice"
    assert block.text.startswith("‘You are old, Father William,’") and block.text.endswith("down stairs!’")
    inner = [q for q in quotes if block.start <= q.start and q.end <= block.end and q is not block]
    assert len(inner) == 16 and all(q.depth == 1 and q.kind == QUOTATION for q in inner)
    assert by_text(inner, "In my youth,").claimed_author == "Father William"


def test_markdown_block_quotes():
    doc = markdown_to_text(
        "Lenin's famous line from *The State and Revolution*:\n\n"
        '> "The state is a product and a manifestation of the irreconcilability of\n'
        '> class antagonisms."\n\n'
        "Machiavelli's chapter on cruelty:\n\n"
        "> It is much safer to be feared than loved.\n>\n> -- Niccolò Machiavelli, *The Prince*\n"
    )
    lenin, prince = extract_quotes(doc.text, doc.spans, "markdown")
    assert lenin.text.endswith("of\nclass antagonisms.") and lenin.block
    assert (lenin.claimed_author, lenin.claimed_work) == ("Lenin", "The State and Revolution")
    assert prince.text == "It is much safer to be feared than loved."
    assert (prince.claimed_author, prince.claimed_work) == ("Niccolò Machiavelli", "The Prince")


def test_quotes_in_markdown_code_are_ignored():
    doc = markdown_to_text('Type `"quoted text here"` to search; "nothing else".\n')
    assert texts(extract_quotes(doc.text, doc.spans, "markdown")) == ["nothing else"]


# --- attribution cues ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "work"),
    [
        (
            'According to Benjamin Franklin, "Early to bed and early to rise makes a man wise."',
            "Benjamin Franklin",
            None,
        ),
        (
            "In the words of Lincoln, “government of the people, by the people, for the people.”",
            "Lincoln",
            None,
        ),
        ("Lenin’s famous line: “The state is a product of class antagonisms.”", "Lenin", None),
        (
            "“The history of all hitherto existing society is the history of class struggles” (Marx, Capital, 1867).",
            "Marx",
            "Capital",
        ),
        (
            "Marx and Engels answered, in the Communist Manifesto, that “the history of all society is class struggle.”",
            "Marx and Engels",
            "Communist Manifesto",
        ),
        (
            "In The Wealth of Nations, Smith observed: “It is not from the benevolence of the butcher that we dine.”",
            "Smith",
            "The Wealth of Nations",
        ),
        ("“Few things are harder to put up with than a good example.” — Mark Twain", "Mark Twain", None),
        (
            "Lincoln's Gettysburg Address ends with the promise that “government of the people shall not perish.”",
            "Lincoln",
            "Gettysburg Address",
        ),
        (
            "Darwin was careful. He wrote that the phrase was “more accurate, and is sometimes equally convenient.”",
            "Darwin",
            None,
        ),
        (
            "Mill wrote a great deal. “Over himself, over his own body and mind, the individual is sovereign.”",
            None,
            None,
        ),
        (
            "The editors argue that “no revolution is possible without grasping the effects of imperialism.”",
            None,
            None,
        ),
    ],
)
def test_attribution_cues(text, author, work):
    quotes = [q for q in extract_quotes(text) if q.kind == QUOTATION]
    assert len(quotes) == 1
    assert (quotes[0].claimed_author, quotes[0].claimed_work) == (author, work)
    assert (quotes[0].cue is None) == (author is None)


def test_dialogue_attribution_before_after_and_continued(shared):
    text = corpus_passage(
        shared, "carroll_alices-adventures-in-wonderland.txt", "‘What do you mean by that?’", "yourself!’"
    )
    text += "\n" + corpus_passage(
        shared, "carroll_alices-adventures-in-wonderland.txt", "‘I’m afraid I can’t put it", "confusing.’"
    )
    quotes = extract_quotes(text)
    assert [(q.text[:12], q.claimed_author) for q in quotes] == [
        ("What do you ", "Caterpillar"),
        ("Explain\nyour", "Caterpillar"),
        ("I’m afraid I", "Alice"),
        ("for I can’t ", "Alice"),
    ]


# --- robustness and speed -----------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("ab Z.,;:!?\n\n\t  \"'“”‘’«»„‚‹›[]()—-…>") + ["sic", "Lenin said", "Mr. ", "...", "—Twain"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join), st.sampled_from(["text", "markdown", "html"]))
def test_offsets_always_cut_out_the_text(text, fmt):
    for q in extract_quotes(text, None, fmt):
        assert text[q.start : q.end] == q.text and q.text.strip() == q.text
        assert q.kind in (QUOTATION, TITLE, SCARE)
        for part in [*q.segments, *q.insertions]:
            assert q.start <= part.start <= part.end <= q.end
        for s in q.segments:
            assert text[s.start : s.end] == s.text
        for i in q.insertions:
            assert text[i.start : i.end] == f"[{text[i.start + 1 : i.end - 1]}]"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_raises(text):
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text


def test_one_megabyte_of_dialogue_is_read_whole(shared):
    """A megabyte of dense dialogue: every span found with exact offsets (speed: ``python -m bench.extract_speed``)."""
    novel = (shared / "corpus" / "doyle_adventures-of-sherlock-holmes.txt").read_text(encoding="utf-8")
    text = (novel * (1_000_000 // len(novel) + 1))[:1_000_000]
    quotes = extract_quotes(text)
    assert len(quotes) > 3000
    assert all(text[q.start : q.end] == q.text for q in quotes)


# --- the command ----------------------------------------------------------------------------------------


def test_cli_json(shared):
    result = CliRunner().invoke(
        main, ["extract", str(shared / "samples" / "eflux-comment.txt"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["document"]["chars"] == len(load_document(str(shared / "samples" / "eflux-comment.txt")).text)
    lenin = data["quotes"][-2]
    assert set(lenin) == {
        "text",
        "start",
        "end",
        "kind",
        "segments",
        "insertions",
        "claimed_author",
        "claimed_work",
        "cue",
        "form",
        "speaker",
        "line",
        "column",
        "inferred",
    }
    assert lenin["form"] == "marks"
    assert lenin["insertions"] == [
        {
            "text": "capitalist",
            "start": lenin["insertions"][0]["start"],
            "end": lenin["insertions"][0]["end"],
            "sic": False,
        }
    ]
    assert lenin["claimed_author"] == "Lenin" and lenin["segments"][0]["text"] == lenin["text"]


def test_cli_text_and_stdin():
    result = CliRunner().invoke(
        main, ["extract", "-"], input="“It is a capital mistake to theorize,” said Holmes.\n"
    )
    assert result.exit_code == 0, result.output
    assert (
        "quotation" in result.output
        and "author: Holmes" in result.output
        and "cue: said Holmes" in result.output
    )


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: (p / "bin.txt").write_bytes(b"\x00\x01\x02" * 100) and p / "bin.txt", "binary"),
        (lambda p: (p / "empty.txt").write_text("  \n") and p / "empty.txt", "empty"),
    ],
)
def test_cli_errors_are_one_line(tmp_path, setup, message):
    result = CliRunner().invoke(main, ["extract", str(setup(tmp_path))])
    assert result.exit_code == 2
    assert message in result.output and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_cli_dead_url_is_a_clear_error():
    result = CliRunner().invoke(main, ["extract", "http://127.0.0.1:9/nothing.html"])
    assert result.exit_code == 2
    assert "cannot fetch" in result.output and "Traceback" not in result.output


# --- settings and the public API of the stage ---------------------------------------------


def test_config_is_passed_down_not_read_from_globals():
    import dataclasses

    from quotecheck.extract import ExtractConfig
    from quotecheck.records import Kind

    text = "The so-called 'friendly fire' was nothing of the kind."
    (default,) = extract_quotes(text)
    assert default.kind is Kind.SCARE and default.kind == SCARE
    (lower,) = extract_quotes(text, config=ExtractConfig(quotation_min_words=2))
    assert lower.kind is Kind.QUOTATION
    with pytest.raises(dataclasses.FrozenInstanceError):
        ExtractConfig().quotation_min_words = 2  # type: ignore[misc]


def test_attributor_public_api():
    from quotecheck.extract import Attributor

    text = 'Lenin wrote a book. Later he said, "All power to the soviets."'
    open_pos = text.index('"')
    attributor = Attributor(text, [(open_pos + 1, len(text) - 2)], [0])
    assert attributor.sentence_start(open_pos) == text.index("Later")
    assert attributor.persons(0, open_pos) == ["Lenin"]
    attr = attributor.attribute(open_pos, len(text) - 1, 0, 0)
    assert attr.author == "Lenin" and attr.cue == "he said [he = Lenin]"


def test_quote_mark_roles_are_an_enum():
    from quotecheck.extract import Role

    assert {r.name for r in Role} == {"NONE", "OPEN", "CLOSE", "EITHER"}


def test_a_block_signed_with_a_hyphen_under_it_is_credited_to_the_signer():
    """'> passage' then '-Lenin' on its own line, as forum posts quote Lenin; the sentence before
    (another quotation's cue) does not outrank the signature."""
    md = (
        "As the witches in Macbeth say, “Double, double toil and trouble.”\n\n"
        "> Only he is a Marxist who extends the recognition of the class struggle to the recognition"
        " of the dictatorship of the proletariat.\n\n-Lenin\n"
    )
    quotes = [q for q in extract_document(markdown_to_text(md)) if q.kind == QUOTATION]
    assert [q.claimed_author for q in quotes] == ["William Shakespeare", "Lenin"]
    assert quotes[1].cue == "-Lenin"


def test_a_country_after_a_place_preposition_is_not_whom_he_means(shared):
    """State and Revolution, ch. 4: "... but in Germany, he repeated," means Engels: "the
    Lassalleans in Germany called themselves" is no evidence that Germany speaks."""
    doc = load_document(str(shared / "samples/html/lenin-state-and-revolution/ch04.htm"))
    (quote,) = [q for q in extract_document(doc) if q.text.startswith("in Germany, where the government")]
    assert quote.claimed_author == "Engels" and quote.cue == "he repeated [he = Engels]"
