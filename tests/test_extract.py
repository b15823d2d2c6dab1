"""The extractor on real text: a blog comment, MIA pages, corpus novels, and every mark convention."""

from __future__ import annotations

from quotecheck.document import load_document
from quotecheck.extract import QUOTATION, SCARE, TITLE, extract_document


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
