"""The records that pass between the stages, and the closed sets of names they use.

Every record is a frozen dataclass: a stage takes records and returns new
ones, never edits what it was given. The enums are ``StrEnum``s whose values
are the strings of the JSON contract and the database, so
``Verdict.ALTERED == "altered"`` and ``json.dumps`` writes them unchanged.

The flow: a document (:mod:`quotecheck.io`) gives :class:`Quote` records
(:mod:`quotecheck.extract`); each quotation gets a :class:`Match`
(:mod:`quotecheck.matching`); a :class:`QuoteResult` joins the two and is
stored and reported as one record, gathered in a :class:`CheckResult`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "Kind",
    "Verdict",
    "Op",
    "Meaning",
    "Decision",
    "Segment",
    "Insertion",
    "Quote",
    "Edit",
    "Place",
    "Source",
    "Match",
    "Review",
    "QuoteResult",
    "CheckResult",
]


class Kind(StrEnum):
    """What a quoted span is: a quotation to verify, a quoted title, or scare quotes."""

    QUOTATION = "quotation"
    TITLE = "title"
    SCARE = "scare"


class Verdict(StrEnum):
    """How a quotation relates to the corpus (see the README, "How verdicts are decided")."""

    VERBATIM = "verbatim"
    ALTERED = "altered"
    PARAPHRASE = "paraphrase"
    MISATTRIBUTED = "misattributed"
    NOT_FOUND = "not_found"


class Op(StrEnum):
    """One step of a word-level diff, quotation against source."""

    EQUAL = "equal"
    REPLACE = "replace"
    OMIT = "omit"  # source words missing from the quotation
    ADD = "add"  # quotation words not in the source


class Meaning(StrEnum):
    """Why an edit changes what the quotation says."""

    NEGATION = "negation"
    NUMBER = "number"
    NAME = "name"
    QUANTIFIER = "quantifier"
    CONTEXT = "context"  # a faithful excerpt that drops what its meaning depends on


class Decision(StrEnum):
    """A reviewer's decision on a checked quotation."""

    ACCEPT = "accept"
    REJECT = "reject"


# --- extraction -------------------------------------------------------------------


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


@dataclass(frozen=True)
class Quote:
    """One quoted span of a document.

    ``text`` is the quoted text without its quotation marks, ``[start, end)``
    its span in the document's plain text.
    """

    text: str
    start: int
    end: int
    kind: Kind = Kind.QUOTATION
    segments: tuple[Segment, ...] = ()
    insertions: tuple[Insertion, ...] = ()
    claimed_author: str | None = None
    claimed_work: str | None = None
    cue: str | None = None
    #: 0 for a top-level quotation, 1 for a quotation inside another, ...
    depth: int = 0
    #: A block quotation (blockquote, Markdown ``>``, indented block).
    block: bool = False
    #: False when the closing mark was missing and the span was cut at the paragraph end.
    terminated: bool = True
    #: What delimits the span: "marks", "md_blockquote", "html_blockquote", "indented_block",
    #: "colon_block", "signature", "verse_lines", "epigraph", "q_tag" or "tex".
    form: str = "marks"
    #: Who says it in the document's words when that is not its author: a character
    #: ("Shylock asks"), a biblical figure; ``claimed_author`` then holds the author when
    #: the document names one, else the speaker (the matcher resolves a speaker to their work).
    speaker: str | None = None
    #: Where the span starts in the source file (1-based line and column), when known.
    line: int | None = None
    column: int | None = None
    #: The claim is inferred from the discourse (the person a page or paragraph is about), not
    #: stated by a cue: it guides the search but never makes the words ``misattributed``.
    inferred: bool = False

    def to_json(self) -> dict[str, Any]:
        """The extractor's JSON shape (``quotecheck extract --format json``)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "segments": [asdict(s) for s in self.segments],
            "insertions": [asdict(i) for i in self.insertions],
            "claimed_author": self.claimed_author,
            "claimed_work": self.claimed_work,
            "cue": self.cue,
            "form": self.form,
            "speaker": self.speaker,
            "line": self.line,
            "column": self.column,
            "inferred": self.inferred,
        }


# --- matching ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edit:
    """One step of the word-level edit script, in the quotation's and the source's own spelling.

    ``editorial`` marks what the quoter declared: an ``omit`` for a marked
    omission ("...") and an ``add`` for a bracketed insertion; both are
    allowed, not errors. ``moved`` marks an ``add``/``omit`` pair of the same
    words (reordering); ``meaning`` names why an edit changes the meaning.
    """

    op: Op
    quoted: str
    original: str
    moved: bool = False
    meaning: Meaning | None = None
    editorial: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """Another work holding the quotation: another edition, a work quoting it, or the closest passage.

    ``verdict`` says how faithfully that work has the words (``verbatim`` or
    ``altered``); ``quoting`` is true where the work quotes them as someone
    else's, and ``attributed_to`` is whom it credits.
    """

    work_id: int
    title: str
    author: str | None
    year: int | None
    score: float
    start: int
    end: int
    location: str
    verdict: Verdict | None = None
    quoting: bool = False
    attributed_to: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a quotation was found: the work, the span of its text, and the diff against it."""

    work_id: int
    title: str
    author: str | None
    year: int | None
    location: str
    start: int
    end: int
    text: str
    diff: tuple[Edit, ...] = ()


@dataclass(frozen=True)
class Match:
    """The verdict on one quotation and the evidence for it."""

    verdict: Verdict
    score: float
    source: Source | None = None
    alternatives: tuple[Place, ...] = ()
    quoted_in: tuple[Place, ...] = ()
    note: str | None = None
    meaning_changes: tuple[Meaning, ...] = ()

    @property
    def diff(self) -> tuple[Edit, ...]:
        return self.source.diff if self.source else ()


# --- results -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Review:
    """The latest reviewer decision on a quotation."""

    decision: Decision
    note: str | None
    created_at: str


@dataclass(frozen=True)
class QuoteResult:
    """One quoted span and what the check found: the record stored, reported and returned.

    ``match`` is None for titles, scare quotes and quotations too short to
    check (then ``note`` says so); ``context`` is the source text around the
    match, the match itself between ``⟦`` and ``⟧``.
    """

    quote: Quote
    match: Match | None = None
    note: str | None = None
    context: str | None = None
    id: int | None = None
    review: Review | None = None

    @property
    def verdict(self) -> Verdict | None:
        return self.match.verdict if self.match else None

    @property
    def score(self) -> float | None:
        return self.match.score if self.match else None

    @property
    def source(self) -> Source | None:
        return self.match.source if self.match else None

    @property
    def diff(self) -> tuple[Edit, ...]:
        return self.match.diff if self.match else ()

    def to_json(self) -> dict[str, Any]:
        """The quotation's object in the ``--format json`` contract (see the README)."""
        q, m = self.quote, self.match
        source = m.source if m else None
        match_json = None
        if source is not None:
            match_json = {
                "work_id": source.work_id,
                "title": source.title,
                "author": source.author,
                "location": source.location,
                "start": source.start,
                "end": source.end,
                "text": source.text,
                "context": self.context,
                "diff": [asdict(e) for e in source.diff],
            }
        return {
            "id": self.id,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "kind": q.kind,
            "claimed_author": q.claimed_author,
            "claimed_work": q.claimed_work,
            "cue": q.cue,
            "speaker": q.speaker,
            "form": q.form,
            "inferred": q.inferred,
            "segments": [asdict(s) for s in q.segments],
            "insertions": [asdict(i) for i in q.insertions],
            "verdict": m.verdict if m else None,
            "score": m.score if m else None,
            "note": self.note,
            "meaning_changes": list(m.meaning_changes) if m else [],
            "match": match_json,
            "alternatives": [asdict(p) for p in m.alternatives] if m else [],
            "quoted_in": [asdict(p) for p in m.quoted_in] if m else [],
            "review": asdict(self.review) if self.review else None,
        }


@dataclass(frozen=True)
class CheckResult:
    """A checked document: its quotations' results and what the check was run against.

    ``summary`` counts the verdicts of the whole check, also when ``quotes``
    was filtered (``report --verdict``). ``check_id`` is None for a check that
    was not stored.
    """

    document: dict[str, Any]  # source, sha256, chars
    quotes: tuple[QuoteResult, ...]
    summary: dict[str, int] = field(default_factory=dict)
    check_id: int | None = None
    created_at: str | None = None
    tool_version: str | None = None
    corpus: dict[str, int] = field(default_factory=dict)  # works, chars
    options: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The ``--format json`` contract (see the README)."""
        return {
            "check_id": self.check_id,
            "created_at": self.created_at,
            "tool_version": self.tool_version,
            "corpus": self.corpus,
            "options": self.options,
            "document": self.document,
            "summary": self.summary,
            "quotes": [q.to_json() for q in self.quotes],
        }
