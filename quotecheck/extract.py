"""Find every quotation in a document, with who and what it is attributed to.

(The records below are the contract between the extractor and the matcher;
the extraction itself is being written.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Segment", "Insertion", "Quote", "QUOTATION", "TITLE", "SCARE"]

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
