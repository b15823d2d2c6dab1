"""Find every quotation in a document, with who and what it is attributed to.

(The records below are the contract between the extractor and the matcher;
the extraction itself is being written.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Segment", "Insertion", "Quote", "QUOTATION", "TITLE", "SCARE", "parse_quoted", "make_quote"]

QUOTATION = "quotation"
TITLE = "title"
SCARE = "scare"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of quoted words between marked omissions (ellipses).

    ``text`` is the segment with editorial insertions still in it; offsets are
    into the document's plain text.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Insertion:
    """Bracketed editorial text inside a quotation, e.g. ``[capitalist]``; excluded from matching."""

    text: str
    start: int
    end: int
    sic: bool = False


@dataclass
class Quote:
    """One quoted span of a document.

    ``kind`` is ``"quotation"`` (to verify), ``"title"`` (the quoted title of a
    work) or ``"scare"`` (scare quotes). ``text`` is the quoted text without
    its quotation marks, ``[start, end)`` its span in the document text.
    """

    text: str
    start: int
    end: int
    kind: str = QUOTATION
    segments: list[Segment] = field(default_factory=list)
    insertions: list[Insertion] = field(default_factory=list)
    claimed_author: str | None = None
    claimed_work: str | None = None
    cue: str | None = None


# Marked omissions: "...", ". . .", "…", with or without brackets around them.
_ELLIPSIS = re.compile(r"\s*\[?\s*(?:\.\s?\.\s?\.(?:\s?\.)?|…)\s*\]?\s*")
_BRACKETED = re.compile(r"\[([^\[\]]{1,200})\]")


def parse_quoted(text: str, offset: int = 0) -> tuple[list[Segment], list[Insertion]]:
    """Split quoted text at marked omissions and find its editorial insertions.

    ``offset`` is where ``text`` starts in the document, so that segment and
    insertion offsets point into the document. An ellipsis inside brackets
    ("[...]") is an omission, not an insertion.
    """
    insertions = []
    for m in _BRACKETED.finditer(text):
        inner = m.group(1).strip()
        if _ELLIPSIS.fullmatch(m.group(0)):
            continue
        insertions.append(
            Insertion(inner, offset + m.start(), offset + m.end(), sic=inner.lower().rstrip(".!") == "sic")
        )
    segments = []
    pos = 0
    for m in _ELLIPSIS.finditer(text):
        if text[pos : m.start()].strip():
            segments.append(Segment(text[pos : m.start()], offset + pos, offset + m.start()))
        pos = m.end()
    if text[pos:].strip():
        segments.append(Segment(text[pos:], offset + pos, offset + len(text)))
    return segments, insertions


def make_quote(
    text: str, claimed_author: str | None = None, claimed_work: str | None = None, offset: int = 0
) -> Quote:
    """A quotation record for bare quoted text (no quotation marks), e.g. from a test set."""
    segments, insertions = parse_quoted(text, offset)
    return Quote(
        text=text,
        start=offset,
        end=offset + len(text),
        kind=QUOTATION,
        segments=segments,
        insertions=insertions,
        claimed_author=claimed_author,
        claimed_work=claimed_work,
    )
