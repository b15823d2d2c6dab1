"""Recognise Project Gutenberg files: keep the book, drop the licence.

Gutenberg files come in several generations: the 1990s "SMALL PRINT" header,
``*** START OF THIS PROJECT GUTENBERG EBOOK ... ***`` (sometimes wrapped over
two lines, sometimes twice), ``***START OF THE PROJECT GUTENBERG EBOOK``
without spaces, and footers from ``*** END OF ...`` to "End of the Project
Gutenberg EBook of ...". A book quoted in a report must not be located in the
licence, and the licence must not be matched as if it were the author's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..io.document import unix_newlines

__all__ = ["GutenbergText", "strip_gutenberg", "looks_like_gutenberg", "split_books"]

_START = re.compile(
    r"^[ \t]*\*{3}[ \t]*START OF (?:THE|THIS) PROJECT GUTENBERG[^\n]*(?:\n[^\n*]*\*{3})?[^\n]*\n"
    r"|^\*END\*THE SMALL PRINT[^\n]*\n",
    re.IGNORECASE | re.MULTILINE,
)
_END = re.compile(
    r"^[ \t]*\*{3}[ \t]*END OF (?:THE|THIS) PROJECT GUTENBERG"
    r"|^[ \t*]*(?:The )?End of (?:the |this )?Project Gutenberg"
    r"|^[ \t*]*End of the Collected E-?texts of Project Gutenberg"
    r"|^[ \t]*\*{3}START\*\*THE SMALL PRINT",
    re.IGNORECASE | re.MULTILINE,
)
_FIELD = re.compile(
    r"^(Title|Author|Release Date|Language|Translator|Editor|Translated by)[ \t]*:[ \t]*(.+(?:\n[ \t]+\S.*)*)",
    re.MULTILINE,
)
# First line of old headers: "Project Gutenberg Etext of Macbeth by Shakespeare"
# or "The Project Gutenberg EBook of Moby Dick, by Herman Melville".
_OLD_TITLE = re.compile(
    r"^[ \t*]*(?:The |This is the )?Project Gutenberg'?s? (?:E-?text|EBook|E-Book)(?: of)? "
    r"(?P<title>[^\n*]+?)(?:,? by (?P<author>[^\n*]+?))?[ \t.*]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "November, 1998 [Etext #1516]": the release line of 1990s headers.
_OLD_RELEASE = re.compile(
    r"^[ \t]*(\w+,? \d{4})[ \t]+\[E-?(?:text|book) #\d+\]", re.IGNORECASE | re.MULTILINE
)
# Credits paragraphs that some transcribers put right after the start marker.
_CREDITS = re.compile(
    r"\A\s*(?:Produced by|This [Ee]-?text was prepared by|E-?text prepared by|"
    r"Transcribed (?:from|by)|Prepared by|Scanned by|This etext was produced by)"
    r"[^\n]*(?:\n[^\n]+)*\n\s*\n",
)
HEAD_CHARS = 100_000
TAIL_CHARS = 100_000
_YEAR = re.compile(r"\b(1[4-9]\d\d|20\d\d)\b")


@dataclass
class GutenbergText:
    """The book's own text and what the Gutenberg header says about it."""

    text: str
    is_gutenberg: bool
    metadata: dict[str, str] = field(default_factory=dict)


def looks_like_gutenberg(text: str) -> bool:
    """True for a file that carries a Gutenberg start or end marker."""
    return bool(_START.search(text[:HEAD_CHARS]) or _END.search(text, max(0, len(text) - TAIL_CHARS)))


def _header_fields(header: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for m in _FIELD.finditer(header):
        key = m.group(1).lower().replace(" ", "_")
        if key == "translated_by":
            key = "translator"
        lines = [" ".join(line.split()) for line in m.group(2).splitlines()]
        # Several authors stand one per line: "Alexander Hamilton\n        John Jay"
        value = (", " if key in ("author", "translator", "editor") else " ").join(lines)
        if key == "release_date":
            # "December 25, 2008 [EBook #2701] Last Updated: ..." -> "December 25, 2008"
            value = re.sub(r"^Release Date:\s*", "", value, flags=re.I)
            value = re.split(r"\s*\[|\s+(?:Last Updated|Posting Date)\b", value, maxsplit=1, flags=re.I)[0]
        meta.setdefault(key, value)
    if "title" not in meta:
        m = _OLD_TITLE.search(header[:6000])
        if m:
            meta["title"] = m.group("title").strip()
            if m.group("author") and "author" not in meta:
                meta["author"] = m.group("author").strip().rstrip(".")
    if "release_date" not in meta:
        m = _OLD_RELEASE.search(header)
        if m:
            meta["release_date"] = m.group(1)
    return meta


# Notes Project Gutenberg put between the start marker and the book ("This
# is the Project Gutenberg 1.5 release of", "Note: ... etext #150", the
# 1970s etexts' history): a paragraph that names the etext or the project.
_PG_NOTE = re.compile(
    r"project gutenberg|\be-?texts?\b|\be-?books?\b|small print|this file should be named|transcriber",
    re.IGNORECASE,
)
_NOTE_WINDOW = 4000  # characters at the top of the body where such notes are looked for
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
_CREDIT_LINE = re.compile(
    r"\A\s*(?:Produced by|Transcribed (?:from|by)|E-?text prepared by)[^\n]*(?:\n[^\n]+)*\n\s*\n"
)
_STARS_HEAD = re.compile(r"(?:[ \t]*\*[ \t*]*\n|[ \t]*\n)+")
_STARS_TAIL = re.compile(r"(?:\n[ \t]*\*[ \t*]*)+\s*\Z")


def _drop_notes(body: str) -> str:
    """Remove Gutenberg's own notes from the top of the body.

    Paragraphs mentioning the project or the etext go, and so do up to two
    paragraphs between two of them (the history of the 1971 etexts, the
    "Introduction (one page)" of the 1992 Paradise Lost); a title page
    before or between distant notes stays.
    """
    # only the top matters: a paragraph starting in the window and running
    # past this limit is too long to be a note anyway
    top = body[: _NOTE_WINDOW * 3]
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(top)]
    window = [(a, b) for a, b in paragraphs if a < _NOTE_WINDOW]
    noted = [i for i, (a, b) in enumerate(window) if b - a < 2000 and _PG_NOTE.search(body, a, b)]
    if not noted:
        return body
    drop = set(noted)
    for before, after in zip(noted, noted[1:], strict=False):
        if after - before <= 3:  # at most two paragraphs between two notes
            drop.update(range(before, after))
    for i in sorted(drop):  # a bracketed note runs to its closing bracket
        a, b = window[i]
        note = body[a:b].lstrip()
        closing = {"[": "]", "{": "}"}.get(note[:1])
        if closing and closing not in note:
            for j in range(i + 1, min(i + 12, len(window))):
                drop.add(j)
                if closing in body[window[j][0] : window[j][1]]:
                    break
    kept, pos = [], 0
    for i, (a, b) in enumerate(window):
        if i in drop:
            kept.append(body[pos:a])
            pos = b
    kept.append(body[pos:])
    return "".join(kept)


def _start_groups(text: str) -> list[re.Match]:
    """The first start marker of each header (markers close together are one header)."""
    groups: list[re.Match] = []
    last_end = -(10**9)
    for m in _START.finditer(text):
        if m.start() - last_end >= 5000:
            groups.append(m)
        last_end = m.end()
    return groups


def split_books(text: str) -> list[str]:
    """The books of a file that concatenates several Gutenberg files, each with its header and licence.

    A file is cut just before each book's end marker, so every part keeps
    its own header (title, author) and loses the next book; one book (or no
    Gutenberg markers) comes back whole.
    """
    groups = _start_groups(text)
    if len(groups) < 2:
        return [text]
    cuts = [0]
    for before, after in zip(groups, groups[1:], strict=False):
        end = _END.search(text, before.end(), after.start())
        cuts.append(end.start() if end else after.start())
    cuts.append(len(text))
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def strip_gutenberg(text: str) -> GutenbergText:
    """Return the book between the Gutenberg header and footer.

    Text without Gutenberg markers is returned unchanged but for a leading
    transcriber's credit ("Produced by ...", "Transcribed from ..."), which
    files taken from Gutenberg keep after the licence was cut off. When a
    file repeats the start marker (a header inside the header), the last one
    before the book wins.
    """
    text = unix_newlines(text).lstrip("\ufeff")
    # Markers sit in the first and last few dozen kilobytes; searching only
    # there keeps the cost independent of the book's length.
    head = text[:HEAD_CHARS]
    starts = list(_START.finditer(head))
    tail_from = max(0, len(text) - TAIL_CHARS)
    if not starts and not _END.search(text, tail_from):
        credits = _CREDIT_LINE.match(text)
        return GutenbergText(text=text[credits.end() :] if credits else text, is_gutenberg=False)
    body_start = 0
    if starts:
        # Markers close together form one header (some files repeat it).
        body_start = starts[0].end()
        for m in starts[1:]:
            if m.start() - body_start < 5000:
                body_start = m.end()
    header = text[:body_start]
    end = _END.search(text, max(body_start, tail_from)) or _END.search(text, body_start)
    body_end = end.start() if end else len(text)
    body = text[body_start:body_end]
    meta = _header_fields(header if header else text[:5000])
    credits = _CREDITS.match(body)
    if credits:
        body = body[credits.end() :]
    body = _drop_notes(body)
    # rows of stars left at either edge; each regex looks at its own edge only
    head = _STARS_HEAD.match(body)
    if head:
        body = body[head.end() :]
    tail = _STARS_TAIL.search(body, max(0, len(body) - 2000))
    if tail:
        body = body[: tail.start()]
    body = body.strip("\n\r\t ") + "\n"
    return GutenbergText(text=body, is_gutenberg=True, metadata=meta)


def release_year(release_date: str | None) -> int | None:
    if not release_date:
        return None
    m = _YEAR.search(release_date)
    return int(m.group(1)) if m else None
