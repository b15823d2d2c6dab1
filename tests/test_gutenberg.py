"""Gutenberg stripping on real files of every header generation in ../shared/corpus.

Each case pins the first and last line a reader would want kept: the book's
own title page and its last words, never the licence, the "Produced by"
credits or Gutenberg's notes about the etext.
"""

from __future__ import annotations

import pytest

from quotecheck.corpus.gutenberg import looks_like_gutenberg, release_year, strip_gutenberg
from quotecheck.io.document import read_path

# file stem -> (is_gutenberg, first line, last line)
CASES = {
    # "*** START OF THIS PROJECT GUTENBERG EBOOK" / "*** END OF ..." with an "End of" line
    "austen_pride-and-prejudice": (
        True,
        "PRIDE AND PREJUDICE",
        "her into Derbyshire, had been the means of uniting them.",
    ),
    "melville_moby-dick": (True, "MOBY-DICK;", "children, only found another orphan."),
    # "***START OF THE PROJECT GUTENBERG EBOOK" without spaces
    "bronte_jane-eyre": (True, "JANE EYRE", "respond,--'Amen; even so come, Lord Jesus!'\""),
    # ... followed by a "Note: Please see Project Gutenberg's eBook #17405" paragraph
    "suntzu_art-of-war": (True, "SUN TZU ON THE ART OF WAR", '[2]  "Marshal Turenne," p. 311.'),
    # the start marker twice
    "franklin_autobiography": (True, "THE AUTOBIOGRAPHY OF BENJAMIN FRANKLIN", 'would demolish it."'),
    # byte-order mark, ***START without spaces
    "browning_sonnets-from-the-portuguese": (
        True,
        "[Picture: Book cover]",
        "   And tell thy soul, their roots are left in mine.",
    ),
    # 1990s "SMALL PRINT" header, footer "End of Project Gutenberg Etext of ..."
    "shakespeare_henry-iv-part-1": (True, "KING HENRY IV, THE FIRST PART", "[Exeunt.]"),
    # 1970s etext: SMALL PRINT, then PG's history of the etext before the text
    "lincoln_gettysburg-address": (
        True,
        "Lincoln's Gettysburg Address, given November 19, 1863",
        "shall not perish from this earth.",
    ),
    # the first nine etexts in one file, "***End of the Collected Etexts of Project Gutenberg"
    "jefferson_declaration-of-independence": (
        True,
        "THE DECLARATION OF INDEPENDENCE OF THE UNITED STATES OF AMERICA",
        "when again touched, as surely they will be, by the better angels of our nature.",
    ),
    # "This is the Project Gutenberg 1.5 release of" after the start marker
    "federalist_papers": (True, "FEDERALIST. No. 1", 'Sciences."'),
    # "This is the February 1992 Project Gutenberg release of:" and an etext history
    "milton_paradise-lost": (True, "Paradise Lost", "Through Eden took their solitary way."),
    # "Produced by Sue Asscher" and "Note: The Republic by Plato, Jowett, etext #150"
    "plato_republic": (True, "THE REPUBLIC", "been describing."),
    # "This EBook of Marmion ... was scanned, proofed and formatted by ..."
    "scott_marmion": (True, "MARMION:", "ii. p. 456.'"),
    # the transcriber's notes block between the title and the poem
    "butler_hudibras": (True, "HUDIBRAS BY SAMUEL BUTLER", "Yerst: Erst, formerly"),
    "kjv_bible": (
        True,
        "The Old Testament of the King James Version of the Bible",
        "22:21 The grace of our Lord Jesus Christ be with you all. Amen.",
    ),
    # no licence at all, only a transcriber's credit on top
    "engels_condition-of-the-working-class-in-england": (
        False,
        "The Condition of the Working-Class in England in 1844",
        "{296}  And it did.",
    ),
    "marx_communist-manifesto": (
        False,
        "MANIFESTO OF THE COMMUNIST PARTY",
        "           WORKING MEN OF ALL COUNTRIES, UNITE!",
    ),
    "marx_eighteenth-brumaire": (
        False,
        "THE EIGHTEENTH BRUMAIRE OF LOUIS BONAPARTE",
        "first Napoleon in imperial robes.]",
    ),
    # a Marxists Internet Archive text: kept as it is, source note and all
    "lenin_state-and-revolution": (False, "THE STATE AND REVOLUTION", "Petrograd November 30, 1917"),
}


@pytest.mark.parametrize("stem", sorted(CASES))
def test_kept_text_starts_and_ends_with_the_book(stripped, stem):
    is_gutenberg, first, last = CASES[stem]
    result = stripped[stem]
    lines = result.text.splitlines()
    assert result.is_gutenberg is is_gutenberg
    assert lines[0] == first
    assert lines[-1] == last
    assert result.text.endswith("\n") and not result.text.endswith("\n\n")


def test_no_licence_or_credits_survive_in_any_shared_file(stripped):
    """Whatever the generation, the licence, the credits and the PG notes are gone."""
    assert len(stripped) == 77
    for name, result in stripped.items():
        text = result.text
        head, tail = text[:3000], text[-3000:]
        assert "START OF THIS PROJECT" not in text.upper(), name
        assert "END OF TH" + "E PROJECT GUTENBERG" not in text.upper(), name
        assert "SMALL PRINT" not in head.upper(), name
        assert "gutenberg.org" not in tail.lower(), name
        assert not head.lstrip().startswith(("Produced by", "Transcribed ", "\ufeff")), name
        # the Project Gutenberg name survives in a few tails (transcribers'
        # notes) and in the corpus's own source notes, never in a PG opening
        if result.is_gutenberg:
            assert "project gutenberg" not in head[:600].lower(), name


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        (
            "melville_moby-dick",
            {
                "title": "Moby Dick; or The Whale",
                "author": "Herman Melville",
                "release_date": "December 25, 2008",
                "language": "English",
            },
        ),
        (
            "federalist_papers",
            {
                "title": "The Federalist Papers",
                "author": "Alexander Hamilton, John Jay, James Madison",
                "release_date": "August, 1991",
            },
        ),
        ("plato_republic", {"title": "The Republic", "author": "Plato", "translator": "B. Jowett"}),
        ("darwin_origin-of-species-1st-ed", {"release_date": "March, 1998"}),
        # old header: "Project Gutenberg Etext of King Henry IV, Part 1, by Shakespeare"
        # and "November, 1998 [Etext #1516]"
        (
            "shakespeare_henry-iv-part-1",
            {"title": "King Henry IV, Part 1", "author": "Shakespeare", "release_date": "November, 1998"},
        ),
        # "**The Project Gutenberg Etext of Lincoln's Gettysburg Address**"
        ("lincoln_gettysburg-address", {"title": "Lincoln's Gettysburg Address"}),
    ],
)
def test_header_metadata(shared, stem, expected):
    meta = strip_gutenberg(read_path(shared / "corpus" / f"{stem}.txt")).metadata
    assert {k: meta.get(k) for k in expected} == expected


def test_release_year():
    assert release_year("December 25, 2008") == 2008
    assert release_year("November, 1998") == 1998
    assert release_year(None) is None
    assert release_year("sometime") is None


def test_text_without_markers_is_unchanged():
    text = "A plain essay.\n\nIt mentions the end of the project in passing.\n"
    result = strip_gutenberg(text)
    assert result.text == text and not result.is_gutenberg and result.metadata == {}
    assert not looks_like_gutenberg(text)


def test_windows_line_endings_and_bom_are_handled():
    body = "CHAPTER I\r\n\r\nIt was a dark and stormy night.\r\n"
    raw = (
        "\ufeffThe Project Gutenberg EBook of Night, by A. Writer\r\n\r\nTitle: Night\r\n\r\n"
        "Author: A. Writer\r\n\r\n*** START OF THIS PROJECT GUTENBERG EBOOK NIGHT ***\r\n\r\n"
        "Produced by Some Volunteer\r\n\r\n"
        + body
        + "\r\n*** END OF THIS PROJECT GUTENBERG EBOOK NIGHT ***\r\n"
        "Licence text.\r\n"
    )
    result = strip_gutenberg(raw)
    assert result.text == "CHAPTER I\n\nIt was a dark and stormy night.\n"
    assert result.metadata["title"] == "Night" and result.metadata["author"] == "A. Writer"


def test_a_long_first_paragraph_is_never_taken_for_a_note():
    """A note is a short paragraph: a book that mentions an ebook early keeps its text."""
    prose = "word " * 600 + "and an ebook appears in it."
    raw = (
        "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\n"
        + prose
        + "\n\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\n"
    )
    assert strip_gutenberg(raw).text.strip() == prose.strip()
