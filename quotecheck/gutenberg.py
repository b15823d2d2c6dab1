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

__all__ = ["GutenbergText", "strip_gutenberg", "looks_like_gutenberg"]

_START = re.compile(
    r"^[ \t]*\*{3}[ \t]*START OF (?:THE|THIS) PROJECT GUTENBERG[^\n]*(?:\n[^\n*]*\*{3})?[^\n]*\n"
    r"|^\*END\*THE SMALL PRINT[^\n]*\n",
    re.IGNORECASE | re.MULTILINE,
)
_END = re.compile(
    r"^[ \t]*\*{3}[ \t]*END OF (?:THE|THIS) PROJECT GUTENBERG"
    r"|^[ \t]*(?:The )?End of (?:the )?Project Gutenberg"
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
    r"Project Gutenberg'?s? (?:E-?text|EBook|E-Book)(?: of)? (.+?),? by ([^\n]+)",
    re.IGNORECASE,
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
        value = " ".join(m.group(2).split())
        if key == "release_date":
            value = re.sub(r"\s*\[e-?(?:book|text) #\d+\]", "", value, flags=re.I)
            value = re.sub(r"^Release Date:\s*", "", value)
        meta.setdefault(key, value)
    if "title" not in meta:
        m = _OLD_TITLE.search(header[:2000])
        if m:
            meta["title"] = m.group(1).strip()
            meta["author"] = m.group(2).strip().rstrip(".")
    return meta


def strip_gutenberg(text: str) -> GutenbergText:
    """Return the book between the Gutenberg header and footer.

    Text without Gutenberg markers is returned unchanged. When a file repeats
    the start marker (a header inside the header), the last one before the
    book wins.
    """
    text = text.lstrip("\ufeff")
    # Markers sit in the first and last few dozen kilobytes; searching only
    # there keeps the cost independent of the book's length.
    head = text[:HEAD_CHARS]
    starts = list(_START.finditer(head))
    tail_from = max(0, len(text) - TAIL_CHARS)
    if not starts and not _END.search(text, tail_from):
        return GutenbergText(text=text, is_gutenberg=False)
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
    body = body.strip("\n\r\t ") + "\n"
    return GutenbergText(text=body, is_gutenberg=True, metadata=meta)


def release_year(release_date: str | None) -> int | None:
    if not release_date:
        return None
    m = _YEAR.search(release_date)
    return int(m.group(1)) if m else None
