"""document.py changes for the extractor: Markdown to plain text, quote-classed paragraphs, stdin."""

from __future__ import annotations

import io

from quotecheck.io.document import html_to_text, load_document, markdown_to_text

MD = """# Reading notes

Samuel Moore's *English* translation, see [the text](https://example.org/manifesto):

> A spectre is haunting Europe -- the spectre of communism. All the powers
> of old Europe have entered into a holy alliance.
>
> -- Marx and Engels

Type `"not a quote"` and **bold _words_** with snake_case_names intact.
"""


def spans_of(doc, kind):
    return [doc.text[s.start : s.end] for s in doc.spans if s.kind == kind]


def test_markdown_block_quote_becomes_one_clean_span():
    doc = markdown_to_text(MD)
    (quote,) = spans_of(doc, "blockquote")
    assert quote.startswith("A spectre is haunting") and quote.endswith("-- Marx and Engels")
    assert ">" not in quote
    assert "holy alliance.\n\n-- Marx" in quote


def test_markdown_inline_markup_is_removed_and_marked():
    doc = markdown_to_text(MD)
    assert doc.title == "Reading notes" and spans_of(doc, "heading") == ["Reading notes"]
    assert "Samuel Moore's English translation, see the text:" in doc.text
    assert spans_of(doc, "emphasis") == ["English", "bold words", "words"]
    assert spans_of(doc, "code") == ['"not a quote"']
    assert "snake_case_names" in doc.text and doc.links == ["https://example.org/manifesto"]
    assert "*" not in doc.text and "`" not in doc.text


def test_markdown_file_and_stdin_are_rendered(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(MD, encoding="utf-8")
    doc = load_document(str(path))
    assert doc.format == "markdown" and spans_of(doc, "blockquote")
    piped = load_document("-", stdin=io.BytesIO(MD.encode("utf-8")))
    assert piped.format == "markdown" and piped.text == doc.text
    plain = load_document("-", stdin=io.BytesIO(b'He said "hello" > 3 times.\n'))
    assert plain.format == "text"


def test_mia_quote_paragraphs_are_block_quotations(shared):
    doc = load_document(str(shared / "samples/html/lenin-state-and-revolution/ch01.htm"))
    quotes = spans_of(doc, "blockquote")
    assert len(quotes) == 10
    assert quotes[0].startswith("“The state is, therefore, by no means a power forced on society")
    assert "Vladimir Lenin" not in doc.text[:50]


def test_html_emphasis_and_quote_class():
    doc = html_to_text(
        '<p>Read <em>Capital</em>.</p><div class="quotation">Words of <i>someone</i>.</div><blockquote>Q</blockquote>'
    )
    assert spans_of(doc, "emphasis") == ["Capital", "someone"]
    assert spans_of(doc, "blockquote") == ["Words of someone.", "Q"]


def test_io_package_exports_and_span_kinds():
    import quotecheck.io as qio
    from quotecheck.io import SpanKind

    for name in ("Document", "MarkedSpan", "load_document", "read_path", "is_url"):
        assert hasattr(qio, name)
    assert qio.decode_bytes("café".encode("cp1252")) == "café"
    doc = qio.html_to_text("<p>He said <q>never</q>.</p><blockquote>Long ago.</blockquote>")
    assert [sp.kind for sp in doc.spans] == [SpanKind.Q, SpanKind.BLOCKQUOTE]
    assert doc.spans[0].kind == "q"  # the values are the strings used before the enum


def test_windows_and_old_mac_line_breaks_read_as_unix_ones(shared, tmp_path):
    # a document saved on Windows ("\r\n") has the same paragraphs, quotations and file:line:col
    # as on Unix; before, no blank line was found and one "quotation" ran to the end of the file
    from quotecheck.extract.quotes import extract_document

    sample = (shared / "samples" / "eflux-comment.txt").read_text(encoding="utf-8")
    unix = tmp_path / "unix.txt"
    unix.write_bytes(sample.encode("utf-8"))
    expected = [(q.text, q.line, q.column, q.claimed_author) for q in extract_document(load_document(str(unix)))]
    assert expected
    for newline in ("\r\n", "\r"):
        other = tmp_path / "other.txt"
        other.write_bytes(sample.replace("\n", newline).encode("utf-8"))
        doc = load_document(str(other))
        assert "\r" not in doc.text
        got = [(q.text, q.line, q.column, q.claimed_author) for q in extract_document(doc)]
        assert got == expected
