"""Sections, paragraphs and passages of real works, and how a place in them is cited."""

from __future__ import annotations

import pytest

from quotecheck.corpus.structure import (
    MAX_CHARS,
    find_sections,
    location,
    paragraphs_before,
    split_passages,
)
from quotecheck.store.works import _verse_at, locate, work_text


def _kept(kept_texts, stem: str) -> str:
    return kept_texts[stem]


def _where(text: str, needle: str, after: int = 0) -> str:
    """The location of ``needle`` as the stored passages give it (what the matcher reports)."""
    sections, passages = split_passages(text)
    offset = text.index(needle, after)
    p = [p for p in passages if p.start <= offset][-1]
    heading = sections[p.section].heading if p.section >= 0 else None
    return location(heading, p.paragraph + paragraphs_before(text[p.start : p.end], offset - p.start))


def test_passages_cover_every_shared_text_exactly(kept_texts):
    """The stored text is exactly the concatenation of its passages, for all 77 works."""
    assert len(kept_texts) == 77
    for name, text in kept_texts.items():
        sections, passages = split_passages(text)
        assert "".join(text[p.start : p.end] for p in passages) == text, name
        assert all(a.end == b.start for a, b in zip(passages, passages[1:], strict=False)), name
        # a passage never crosses a section boundary and stays near the size cap
        starts = {s.start for s in sections}
        for p in passages:
            assert not any(p.start < s < p.end for s in starts), name
            assert p.end - p.start <= MAX_CHARS + 1000, name
        assert [s.start for s in sections] == sorted(s.start for s in sections), name


def test_hamlet_acts_and_scenes(kept_texts):
    text = _kept(kept_texts, "shakespeare_hamlet")
    headings = [s.heading for s in find_sections(text)]
    # the contents lines ("ACT V Scene I. A churchyard. Scene II. ...") are not sections
    assert headings[0] == "ACT I, SCENE I. Elsinore. A platform before the Castle"
    assert headings[-1] == "ACT V, SCENE II. A hall in the Castle"
    assert len(headings) == 20
    assert "ACT III, SCENE I. A room in the Castle" in headings
    assert _where(text, "BARNARDO. Who’s there?") == (
        "ACT I, SCENE I. Elsinore. A platform before the Castle, paragraph 2"
    )
    assert _where(text, "HAMLET. To be, or not to be").startswith("ACT III, SCENE I. A room in the Castle, ")


def test_moby_dick_chapters_and_paragraphs(kept_texts):
    text = _kept(kept_texts, "melville_moby-dick")
    headings = [s.heading for s in find_sections(text)]
    assert "CHAPTER 1. Loomings" in headings
    assert "CHAPTER 135. The Chase.—Third Day" in headings
    assert headings[-1] == "Epilogue"
    # the contents list at the top does not become 135 empty sections
    assert headings.count("CHAPTER 1. Loomings") == 1
    assert _where(text, "Call me Ishmael.") == "CHAPTER 1. Loomings, paragraph 1"
    assert _where(text, "There now is your insular city") == "CHAPTER 1. Loomings, paragraph 2"
    assert _where(text, "In bed we concocted our plans").startswith("CHAPTER 16. The Ship, paragraph 1")


def test_federalist_papers(kept_texts):
    text = _kept(kept_texts, "federalist_papers")
    headings = [s.heading for s in find_sections(text)]
    # No. 70 is in the Gutenberg file twice (two versions)
    assert len(headings) == 86 and headings.count("FEDERALIST No. 70") == 2
    assert {int(h.rsplit(" ", 1)[1]) for h in headings} == set(range(1, 86))
    assert headings[0] == "FEDERALIST. No. 1" and headings[-1] == "FEDERALIST No. 85"
    assert _where(text, "AMONG the numerous advantages promised").startswith("FEDERALIST No. 10, paragraph ")


def test_kjv_books(kept_texts):
    text = _kept(kept_texts, "kjv_bible")
    headings = [s.heading for s in find_sections(text)]
    assert headings[0] == "The First Book of Moses: Called Genesis"
    assert headings[-1] == "The Revelation of Saint John the Divine"
    assert len(headings) >= 57
    assert _where(text, "1:1 In the beginning God created").startswith(
        "The First Book of Moses: Called Genesis"
    )
    assert _where(text, "11:35 Jesus wept.").startswith("The Gospel According to Saint John")


def test_kjv_books_named_only_by_its_contents(kept_texts):
    # the contents list "The Book of Daniel", "Hosea", "Joel", "Amos" ... and the books are headed
    # so: the twelve minor prophets and Ezra were cited as Daniel and Second Chronicles
    text = _kept(kept_texts, "kjv_bible")
    headings = [s.heading for s in find_sections(text)]
    minor = ["Hosea", "Joel", "Amos", "Obadiah", "Jonah", "Micah", "Nahum", "Habakkuk", "Zephaniah"]
    assert all(headings.count(book) == 1 for book in [*minor, "Haggai", "Zechariah", "Malachi", "Ezra"])
    assert headings.index("Hosea") == headings.index("The Book of Daniel") + 1
    assert _where(text, "5:24 But let judgment run down as waters").startswith("Amos, paragraph ")
    assert _where(text, "hath shewed thee, O man, what is good").startswith("Micah, paragraph ")
    assert _where(text, "1:1 Now in the first year of Cyrus king of Persia").startswith("Ezra")


def test_lenin_chapters_and_numbered_sections(kept_texts):
    text = _kept(kept_texts, "lenin_state-and-revolution")
    headings = [s.heading for s in find_sections(text)]
    assert "Chapter 2: The Experience of 1848-51, 1. The Eve of Revolution" in headings
    assert "Chapter 4: Supplementary Explanations by Engels" in headings
    assert (
        "Chapter 5: The Economic Basis of the Withering Away of the State, 4. The Higher Phase of Communist Society"
        in headings
    )
    assert _where(text, "The first works of mature Marxism") == (
        "Chapter 2: The Experience of 1848-51, 1. The Eve of Revolution, paragraph 1"
    )


def test_text_without_headings_is_numbered_by_paragraph():
    text = "First paragraph.\n\nSecond one\nwrapped.\n\nThird.\n"
    sections, passages = split_passages(text)
    assert sections == []
    assert _where(text, "Third.") == "paragraph 3"
    assert "".join(text[p.start : p.end] for p in passages) == text


def test_a_long_paragraph_is_cut_at_sentence_ends():
    sentence = "This sentence is one of many in a very long paragraph. "
    text = "CHAPTER I\n\n" + sentence * 200 + "\n\nCHAPTER II\n\nShort.\n"
    sections, passages = split_passages(text)
    assert [s.heading for s in sections] == ["CHAPTER I", "CHAPTER II"]
    assert "".join(text[p.start : p.end] for p in passages) == text
    inside = [p for p in passages if p.section == 0]
    assert len(inside) >= 3
    assert all(text[p.start : p.end].endswith(". ") for p in inside[:-1])
    # every piece of the long paragraph is still "paragraph 1" of the chapter
    assert {p.paragraph for p in inside[1:]} == {1}
    assert _where(text, "Short.") == "CHAPTER II, paragraph 1"


def test_location_inside_a_heading_is_the_heading():
    assert location("CHAPTER 1. Loomings", 0) == "CHAPTER 1. Loomings"
    assert location("CHAPTER 1. Loomings", 2) == "CHAPTER 1. Loomings, paragraph 2"
    assert location(None, 4) == "paragraph 4"


def test_locate_in_the_database(shipped_db):
    """The stored sections and paragraph numbers give the citation for any offset."""
    work_id = shipped_db.execute("SELECT id FROM works WHERE title LIKE 'Moby Dick%'").fetchone()[0]
    text = work_text(shipped_db, work_id)
    assert locate(shipped_db, work_id, text.index("Call me Ishmael.")) == "CHAPTER 1. Loomings, paragraph 1"
    assert locate(shipped_db, work_id, text.index("There now is your insular")) == (
        "CHAPTER 1. Loomings, paragraph 2"
    )


def test_the_bible_is_cited_by_chapter_and_verse(shipped_db):
    # verses open paragraphs ("11:35 Jesus wept.") or follow one another inside one ("... of my
    # soul?  6:8 He hath shewed thee"); prose with a time in it is cited by paragraph
    work_id = shipped_db.execute("SELECT id FROM works WHERE title LIKE '%King James%'").fetchone()[0]
    text = work_text(shipped_db, work_id)
    assert locate(shipped_db, work_id, text.index("Jesus wept.")) == "The Gospel According to Saint John, 11:35"
    assert locate(shipped_db, work_id, text.index("He\nhath shewed thee, O man")) == "Micah, 6:8"
    assert locate(shipped_db, work_id, text.index("let judgment run down as waters")) == "Amos, 5:24"
    prose = "He left the house.\n\nHe left at 3:30 The train was late."
    assert _verse_at(prose, prose.index("The train")) is None


@pytest.mark.parametrize(
    ("line", "is_heading"),
    [
        ("CHAPTER XII.", True),
        ("BOOK THE FIRST", True),
        ("ACT III", True),
        ("SCENE II. A room in the Castle.", True),
        ("FEDERALIST No. 10", True),
        ("IV. THE RED-HEADED LEAGUE", True),
        ("ACT I Scene I. Elsinore. Scene II. A room of state", False),
        ("Chapter the first, in which,", False),
        ("It was the best of times.", False),
    ],
)
def test_heading_lines(line, is_heading):
    text = f"Some words before.\n\n{line}\n\nSome words after the heading line.\n"
    assert bool(find_sections(text)) is is_heading
