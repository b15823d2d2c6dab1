"""Properties of the extractor's new forms (session 4), on generated text built from real
quotations: offsets stay exact whatever surrounds them, and the forms' rules hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.extract import extract_quotes
from quotecheck.io.markdown import markdown_to_text
from quotecheck.records import Kind

LINES = [
    "To be or not to be",
    "The quality of mercy is not strained",
    "Double, double, toil and trouble",
    "The lady doth protest too much, methinks",
]
PROSE = st.sampled_from(["Some prose here.", "He thought about it.", "Nothing more.", "A note on style."])


@settings(max_examples=40, deadline=None)
@given(st.lists(PROSE, max_size=3), st.sampled_from(LINES), st.lists(PROSE, max_size=3), st.booleans())
def test_an_html_fence_quotation_is_found_and_located(before, line, after, as_q):
    sample = (
        f"<p>Like Hamlet says, <q>{line}</q></p>" if as_q else f"<blockquote>\n  <p>{line}</p>\n</blockquote>"
    )
    md = "\n\n".join([*before, f"```html\n{sample}\n```", *after]) + "\n"
    doc = markdown_to_text(md)
    found = [q for q in extract_quotes(doc.text, doc.spans, "markdown") if q.text == line]
    assert len(found) == 1
    where = doc.location(found[0].start)
    source_line = md.split("\n")[where[0] - 1]
    assert line in source_line  # the element holding the words, on its own source line


@settings(max_examples=40, deadline=None)
@given(st.lists(PROSE, max_size=4), st.sampled_from(LINES), st.integers(0, 3))
def test_a_quotation_reopened_on_each_paragraph_and_never_closed_splits_there(before, line, n):
    paras = [f"“{line}, part {i} of the passage, read here." for i in range(n + 2)]
    text = "\n\n".join([*before, *paras]) + "\n"
    quotes = [q for q in extract_quotes(text) if q.kind == Kind.QUOTATION]
    assert len(quotes) == n + 2
    for q in quotes:
        assert text[q.start : q.end] == q.text and "\n\n" not in q.text


@settings(max_examples=40, deadline=None)
@given(st.lists(PROSE, min_size=1, max_size=3), st.sampled_from(LINES))
def test_offsets_of_every_span_are_exact(prose, line):
    text = " ".join(prose) + f'\n\n" {line} " (Hamlet)\n\n{line}\n\nThe real line is "{line}."\n'
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
