"""Find a work's sections and paragraphs, and cut it into indexable passages.

A match is reported as "Chapter II, paragraph 14" as well as by offsets, so
the stored text carries its headings (book, part, act, chapter, scene, ...) as
:class:`Section` spans. Passages are the unit of the search index: whole
paragraphs grouped to a roughly even size (a few hundred words), never
crossing a section, and covering the text without gaps so that the work's text
is exactly the concatenation of its passages. Even sizes keep bm25 from
favouring tiny passages; the matcher widens a candidate across passage
boundaries when a quotation runs on.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Section", "Passage", "find_sections", "split_passages", "paragraphs_before", "location"]

_ROMAN = r"[IVXLCDM]+"
_NUMBER_WORDS = (
    r"ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|"
    r"FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|LAST"
)
_NUM = rf"(?:{_ROMAN}|\d{{1,4}}|{_NUMBER_WORDS})\b\.?"
# Level 1: large divisions; level 2: chapters, scenes and the like.
_HEADING_PATTERNS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(rf"^(?:BOOK|PART|ACT|VOLUME|CANTO|FIT)\s+(?:THE\s+)?{_NUM}", re.I)),
    (
        2,
        re.compile(
            rf"^(?:CHAPTER|CHAP\.|SCENE|SECTION|STAVE|LETTER|ESSAY|LECTURE|SONNET|"
            rf"ARTICLE|PSALM|STANZA)\s+{_NUM}",
            re.I,
        ),
    ),
    (2, re.compile(r"^(?:FEDERALIST|PAPER)\.?\s+No\.?\s*\d+", re.I)),
    (3, re.compile(r"^\d{1,2}\.\s+[A-Z][A-Za-z'’]+[^\n]{0,80}[^.,;\n]$")),  # "1. The State: ..."
    (2, re.compile(rf"^{_ROMAN}\.?(?:\s+[A-Z][A-Za-z'’]+[^\n]{{0,70}})?$")),  # "II." / "IV. THE ..."
    (1, re.compile(r"^The (?:First |Second |Third |Fourth |Fifth )?Book of [A-Z]", re.I)),
    (
        1,
        re.compile(
            r"^(?:The )?(?:(?:First|Second|Third) )?(?:General )?(?:Gospel|Epistle|Acts|Revelation|"
            r"Lamentations|Song of Solomon|Proverbs|Ecclesiastes)\b[^\n]{0,60}$"
        ),
    ),
    (
        2,
        re.compile(
            r"^(?:PREFACE|INTRODUCTION|POSTSCRIPT|AFTERWORD|EPILOGUE|PROLOGUE|APPENDIX)\b[^\n]{0,60}$", re.I
        ),
    ),
]
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?;:][\"'’”)\]]*\s+")

#: Passage sizes in characters: small paragraphs are grouped up to the target,
#: a long paragraph is cut at a sentence end near the maximum.
TARGET_CHARS = 900
MAX_CHARS = 2400


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the span of text it governs, ``[start, end)``."""

    level: int
    heading: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    """An indexable slice ``text[start:end]`` inside section ``section`` (index or -1)."""

    start: int
    end: int
    section: int
    paragraph: int  # paragraph number within its section where it starts (see split_passages)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as ``[start, end)``: blocks between blank lines."""
    spans = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


_CONTENTS_ENTRY = re.compile(rf"\b(?:ACT|SCENE|CHAPTER|BOOK|PART)\s+{_NUM}", re.I)


def _heading_level(block: str) -> int:
    if len(block) > 90 or "\n" in block.strip():
        return 0
    line = block.strip()
    if not line or line.endswith((",", ";")):
        return 0
    for level, pattern in _HEADING_PATTERNS:
        if pattern.match(line):
            # (asked only of a heading's form: most lines have none, and the search reads the line)
            if len(_CONTENTS_ENTRY.findall(line)) > 1:
                return 0  # a contents line: "ACT V Scene I. A churchyard. Scene II. A hall"
            return level
    return 0


def _find_headings(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(level, start, heading)`` of every paragraph that is a heading: by its form, or named by the
    work's table of contents (see :func:`_contents_entries`)."""
    found: list[tuple[int, int, str]] = []
    listed = _contents_entries(text, paragraphs)
    for start, end in paragraphs:
        block = text[start:end]
        level = _heading_level(block) or listed.get(block.strip(), 0)
        if level:
            found.append((level, start, " ".join(block.split()).rstrip(".")))
    return found


#: A table of contents: a block of at least this many lines, one entry each ...
_CONTENTS_MIN_LINES = 5
#: ... of which at least this share are headings by their form.
_CONTENTS_MIN_SHARE = 0.5


def _contents_entries(text: str, paragraphs: list[tuple[int, int]]) -> dict[str, int]:
    """Entries of a table of contents that have no heading's form, with the level of the entry
    before them: the King James Bible lists "The Book of Daniel", "Hosea", "Joel", "Amos" ... and
    heads its books so, and without this the minor prophets were all "The Book of Daniel". A line
    standing alone later in the text that is such an entry is a heading."""
    entries: dict[str, int] = {}
    for start, end in paragraphs:
        lines = [line.strip() for line in text[start:end].split("\n") if line.strip()]
        if len(lines) < _CONTENTS_MIN_LINES or any(len(line) > 90 for line in lines):
            continue
        levels = _levels_if_contents(lines)
        if levels is None:
            continue
        before = 0
        for line, level in zip(lines, levels, strict=True):
            if level:
                before = level
            elif before and line[:1].isupper() and not line.endswith((".", ",", ";", ":")):
                entries.setdefault(line, before)
    return entries


def _levels_if_contents(lines: list[str]) -> list[int] | None:
    """Each line's heading level when at least ``_CONTENTS_MIN_SHARE`` of the lines are headings, else
    None, given up as soon as too few lines are left to reach the share (a paragraph of prose, the
    usual case, after half its lines)."""
    needed = _CONTENTS_MIN_SHARE * len(lines)
    levels: list[int] = []
    found = 0
    for i, line in enumerate(lines):
        if found + len(lines) - i < needed:
            return None
        level = _heading_level(line)
        found += level > 0
        levels.append(level)
    return levels if found >= needed else None


def _sections_from(text: str, found: list[tuple[int, int, str]]) -> list[Section]:
    # A heading followed at once by another of the same or an outer level
    # heads nothing: it is an entry of a table of contents ("CHAPTER 1.
    # Loomings", "CHAPTER 2. The Carpet-Bag", ... at the top of Moby-Dick).
    found = [
        f
        for i, f in enumerate(found)
        if i + 1 == len(found)
        or found[i + 1][0] > f[0]
        or len(text[f[1] : found[i + 1][1]].strip()) > 90 + len(f[2])
        or text[f[1] : found[i + 1][1]].count("\n\n") > 1
    ]
    sections: list[Section] = []
    open_headings: dict[int, str] = {}  # the heading in force at each level
    for i, (level, start, heading) in enumerate(found):
        open_headings = {lv: h for lv, h in open_headings.items() if lv < level}
        open_headings[level] = heading
        label = ", ".join(open_headings[lv] for lv in sorted(open_headings))
        end = found[i + 1][1] if i + 1 < len(found) else len(text)
        if sections and sections[-1].level < level and len(text[sections[-1].start : start].strip()) <= 90:
            start = sections.pop().start  # the outer heading governs only this one
        sections.append(Section(level=level, heading=label, start=start, end=end))
    return sections


def find_sections(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Section]:
    """Headings found in ``text``; each section runs to the next heading of any level.

    Labels nest: a scene inside an act is "ACT I, SCENE I", a numbered section
    inside a chapter "Chapter 2: ..., 3. The Presentation ...". A heading
    directly followed by an inner one governs no text of its own and merges.
    """
    paragraphs = paragraphs if paragraphs is not None else _paragraph_spans(text)
    return _sections_from(text, _find_headings(text, paragraphs))


def split_passages(text: str) -> tuple[list[Section], list[Passage]]:
    """Sections and gap-free passages of ``text``.

    Paragraphs are numbered within their section from its first paragraph
    after the heading lines, as a reader counts them ("CHAPTER 1. Loomings,
    paragraph 1" is "Call me Ishmael."). A passage that begins with its
    section's heading lines carries the number ``1 - (heading lines)``, so
    that ``paragraph + paragraphs_before(...)`` is right for any offset in
    it and is below 1 only inside the headings.
    """
    paragraphs = _paragraph_spans(text)
    found = _find_headings(text, paragraphs)
    sections = _sections_from(text, found)
    section_starts = [s.start for s in sections]
    heading_starts = sorted(start for _, start, _ in found)

    def section_of(offset: int) -> int:
        return bisect.bisect_right(section_starts, offset) - 1

    def heading_lines(sec: int) -> int:
        if sec < 0:
            return 0
        s = sections[sec]
        return bisect.bisect_left(heading_starts, s.end) - bisect.bisect_left(heading_starts, s.start)

    passages: list[Passage] = []
    chunk_start = 0
    chunk_section = section_of(0)
    para_in_section = -heading_lines(chunk_section)
    chunk_paragraph = para_in_section + 1
    last_section = chunk_section
    for start, continued in _pieces(text, paragraphs):
        sec = section_of(start)
        if sec != last_section:
            para_in_section = -heading_lines(sec)
            last_section = sec
        if not continued:
            para_in_section += 1
        if sec != chunk_section or start - chunk_start >= TARGET_CHARS:
            if start > chunk_start:
                passages.append(Passage(chunk_start, start, chunk_section, chunk_paragraph))
            chunk_start, chunk_section, chunk_paragraph = start, sec, para_in_section
    if len(text) > chunk_start:
        passages.append(Passage(chunk_start, len(text), chunk_section, chunk_paragraph))
    if passages and passages[0].start > 0:
        first = passages[0]
        passages[0] = Passage(0, first.end, first.section, first.paragraph)
    return sections, passages


def location(heading: str | None, paragraph: int) -> str:
    """How a reader cites a place: "CHAPTER 1. Loomings, paragraph 2" (or just the heading)."""
    if paragraph < 1:
        return heading or "paragraph 1"
    return f"{heading}, paragraph {paragraph}" if heading else f"paragraph {paragraph}"


def _pieces(text: str, paragraphs: list[tuple[int, int]]) -> Iterator[tuple[int, bool]]:
    """Start offsets of paragraphs, and of pieces of over-long paragraphs.

    ``continued`` is true for a piece that carries on the paragraph before it,
    cut at a sentence end so that a passage stays near MAX_CHARS.
    """
    for start, end in paragraphs:
        yield start, False
        piece_start = start
        while end - piece_start > MAX_CHARS:
            lo, hi = piece_start + TARGET_CHARS, piece_start + MAX_CHARS
            m = _SENTENCE_END.search(text, lo, hi)
            if m:
                cut = m.end()
            else:
                space = text.rfind(" ", lo, hi)
                cut = space + 1 if space > 0 else hi
            yield cut, True
            piece_start = cut


def paragraphs_before(passage_text: str, offset: int) -> int:
    """How many paragraph breaks lie in ``passage_text[:offset]``."""
    return len(_PARA_BREAK.findall(passage_text, 0, offset))
