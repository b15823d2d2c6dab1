"""What the readers produce: a document's plain text and the spans its markup gave a role.

Kept apart from the readers so that the HTML and Markdown converters and the
loader can all build a :class:`Document` without importing each other.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Document", "MarkedSpan", "SpanKind"]


class SpanKind(StrEnum):
    """The roles markup gives a span; the values are the strings used before the enum."""

    BLOCKQUOTE = "blockquote"
    Q = "q"
    CITE = "cite"
    EMPHASIS = "emphasis"
    HEADING = "heading"
    CODE = "code"
    #: Who a block quotation is by, as the markup says: ``<footer>`` or a trailing ``<cite>``
    #: inside ``<blockquote>``, ``<figcaption>`` of the ``<figure>`` holding it.
    CREDIT = "credit"
    #: Lines the markup breaks one by one (Markdown's hard breaks, a trailing "\\" or two
    #: spaces): verse laid out as verse ("The quality of mercy is not strained.\\").
    VERSE = "verse"


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A span of the plain text that the markup gave a role (blockquote, q, cite, heading)."""

    kind: SpanKind
    start: int
    end: int


@dataclass
class Document:
    """A document as plain text; every offset elsewhere refers to ``text``."""

    source: str
    text: str
    format: str  # "text", "markdown" or "html"
    title: str | None = None
    author: str | None = None
    spans: list[MarkedSpan] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    #: Where runs of ``text`` come from in the source file: sorted ``(offset, line, column)``
    #: (1-based line and column), one where each run of unchanged characters begins; for
    #: HTML, the start tag of the element holding each text. Empty for plain text, whose
    #: text is its source.
    anchors: list[tuple[int, int, int]] = field(default_factory=list)

    def location(self, offset: int) -> tuple[int, int] | None:
        """The source file's line and column (1-based) of ``text[offset]``, or None if unknown."""
        if self.format == "text":
            line = self.text.count("\n", 0, offset) + 1
            return line, offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        i = bisect.bisect_right(self.anchors, (offset, float("inf"), 0)) - 1
        if i < 0:
            return None
        start, line, column = self.anchors[i]
        if self.format == "html":
            return line, column  # the start tag of the element holding the text
        return line, column + (offset - start)
