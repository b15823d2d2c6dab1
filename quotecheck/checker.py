"""The one entry point: :class:`Checker` runs document → quotes → match → store → report.

    from quotecheck import Checker, Verdict
    checker = Checker("quotes.db")              # builds from the shipped corpus on first use
    result = checker.check("article.html")      # a path, URL or "-"; stores the check
    for q in result.quotes:
        print(q.verdict, q.score, q.source and q.source.title, q.diff)
    m = checker.match("Methinks the lady doth protest too much", author="Shakespeare")  # nothing stored
    assert m.verdict is Verdict.ALTERED

A checker holds the database and the corpus as matching sees it (works and
passage counts, read once); it keeps no state between quotations, so checks
with one checker give the same results in any order.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import sqlite_utils

from . import __version__
from .config import MatchConfig
from .corpus import bring_up_to_date, open_corpus
from .extract import extract_document, make_quote
from .extract.config import DEFAULT_CONFIG as EXTRACT_CONFIG
from .extract.known import DEFAULT_KNOWN, KnownWorks
from .extract.uncredited import UNCREDITED, uncredited_candidates
from .io.document import Document, load_document
from .matching import match_quote, open_corpus_view
from .matching.uncredited import confirm_uncredited
from .normalize import tokenize
from .records import CheckResult, Kind, Match, Quote, QuoteResult, Review
from .store import checks as check_store
from .store.db import read_snapshot, utc_now
from .store.works import work_text

__all__ = ["Checker"]

#: Called once per extracted span while a document is checked.
Progress = Callable[[Quote], None]


class Checker:
    """Check documents and quotations against the corpus in one database.

    ``db`` is a path (built from the shipped corpus on first use; default
    ``$QUOTECHECK_DB`` or ``./quotes.db``) or an open database. ``config``
    holds every threshold of the matcher (see :class:`MatchConfig`).
    ``min_words``: shorter quotations are listed but not matched.
    """

    def __init__(
        self,
        db: str | Path | sqlite_utils.Database | None = None,
        *,
        config: MatchConfig | None = None,
        min_words: int = 3,
        progress_factory: Callable[[int], Callable[[str], None]] | None = None,
    ):
        if isinstance(db, sqlite_utils.Database):
            bring_up_to_date(db)
            self.db = db
        else:
            self.db = open_corpus(db, progress_factory=progress_factory)
        self.config = config or MatchConfig()
        self.min_words = min_words
        self.corpus = open_corpus_view(self.db, self.config)

    # -- matching -----------------------------------------------------------------

    def match(self, text: str, *, author: str | None = None, work: str | None = None) -> Match:
        """Match one quotation (its words; ``...`` and ``[brackets]`` as a quoter marks them). Nothing is stored."""
        return self.match_quote(make_quote(text, claimed_author=author, claimed_work=work))

    def match_quote(self, quote: Quote) -> Match:
        return match_quote(self.corpus, quote, self.config)

    # -- checking -----------------------------------------------------------------

    def check(
        self,
        source: str | Path | None = None,
        *,
        text: str | None = None,
        store: bool = True,
        progress: Callable[[int], Progress] | None = None,
    ) -> CheckResult:
        """Check every quotation of a document: a path, a URL, ``"-"`` (stdin), or ``text=``.

        ``store=False`` checks without writing. ``progress(total)`` may return
        a callback called once per extracted span.
        """
        if (source is None) == (text is None):
            raise TypeError("give a source (path, URL or '-') or text=, not both")
        if text is not None:
            doc = replace(load_document("-", stdin=io.BytesIO(text.encode("utf-8"))), source="<text>")
        else:
            doc = load_document(str(source))
        return self.check_document(doc, store=store, progress=progress)

    def check_document(
        self, doc: Document, *, store: bool = True, progress: Callable[[int], Progress] | None = None
    ) -> CheckResult:
        with read_snapshot(self.db):  # one state of the corpus, whatever a concurrent add commits
            quotes, matched = self._extract_matched(doc)
            tick = progress(len(quotes)) if progress else None
            results = []
            for quote in quotes:
                results.append(self.check_quote(quote, matched.get((quote.start, quote.end))))
                if tick:
                    tick(quote)
        if store:
            return self.save(doc, results)
        return CheckResult(
            document={
                "source": doc.source,
                "sha256": check_store.document_sha256(doc.text),
                "chars": len(doc.text),
            },
            quotes=tuple(results),
            summary=check_store.summarise(results),
            created_at=utc_now(),
            tool_version=__version__,
            corpus=check_store.corpus_size(self.db),
            options={"min_words": self.min_words},
        )

    def save(self, doc: Document, results: Sequence[QuoteResult]) -> CheckResult:
        """Store one document's results as one check (what ``check_document`` does after matching).

        Public so that a driver matching spans elsewhere (worker processes,
        Spark) stores exactly as a plain check does.
        """
        return check_store.save_check(
            self.db,
            source=doc.source,
            fmt=doc.format,
            title=doc.title,
            text=doc.text,
            results=list(results),
            tool_version=__version__,
            options={"min_words": self.min_words},
        )

    def extract(self, doc: Document) -> list[Quote]:
        """The document's quoted spans, read knowing the corpus's works and writers by name, and the
        paragraphs it pastes from the corpus without marks or credit (form ``"uncredited"``)."""
        return self._extract_matched(doc)[0]

    def _extract_matched(self, doc: Document) -> tuple[list[Quote], dict[tuple[int, int], Match]]:
        """The quoted spans, and the matches that confirmed the uncredited ones (by span)."""
        quotes = extract_document(doc, known=self.known_works)
        candidates = uncredited_candidates(doc, quotes, EXTRACT_CONFIG, self.known_works)
        confirmed = confirm_uncredited(self.corpus, doc, candidates, self.config)
        if not confirmed:
            return quotes, {}
        quotes = sorted(quotes + [q for q, _ in confirmed], key=lambda q: (q.start, -q.end))
        return quotes, {(q.start, q.end): m for q, m in confirmed}

    @functools.cached_property
    def known_works(self) -> KnownWorks:
        """The extractor's table of well-known works and writers plus this corpus's own.

        Built once per checker, as the corpus view is: a cue naming any corpus
        title ("in *Walden*") then credits its author.
        """
        return DEFAULT_KNOWN.with_works((w.title, w.author) for w in self.corpus.works.values())

    def check_quote(self, quote: Quote, match: Match | None = None) -> QuoteResult:
        """One extracted span's result: matched when it is a quotation long enough or credited to
        someone (``match``: its match when already made, as for an uncredited paragraph)."""
        if quote.kind != Kind.QUOTATION:
            return QuoteResult(quote)
        words = sum(1 for _ in tokenize(quote.text))
        # a word or two quoted inside another quotation ('"Hope" is the thing with feathers') is
        # checked with it: the credit it carries is its host's, not a claim of its own
        claimed = bool(quote.claimed_author or quote.claimed_work) and quote.depth == 0
        if words < self.min_words and not claimed:
            return QuoteResult(quote, note=f"fewer than {self.min_words} words: not checked")
        match = match or self.match_quote(quote)
        note = match.note
        if quote.form == UNCREDITED:
            note = "; ".join(filter(None, ["no quote marks or credit: found by its words", note]))
        if words < self.min_words:
            # a word or two credited to someone: the claim is what needs checking, but it proves little
            note = "; ".join(filter(None, [f"only {words} word{'s' if words != 1 else ''}: few words prove little", note]))
        return QuoteResult(quote, match, note=note, context=self._context(match))

    def _context(self, match: Match) -> str | None:
        """The source text around a match, with the match itself in the middle."""
        s = match.source
        if s is None:
            return None
        chars = self.config.context_chars
        before = work_text(self.db, s.work_id, max(0, s.start - chars), s.start)
        after = work_text(self.db, s.work_id, s.end, s.end + chars)
        return (
            " ".join(before.split())
            + " ⟦"
            + " ".join((s.text or "").split())
            + "⟧ "
            + " ".join(after.split())
        )

    # -- stored checks ---------------------------------------------------------------

    def report(
        self, check_id: int | None = None, *, verdicts: set[str] | None = None, unreviewed: bool = False
    ):
        """A stored check (the latest when ``check_id`` is None), optionally filtered."""
        if check_id is None:
            check_id = check_store.latest_check_id(self.db)
        return check_store.load_check(self.db, check_id, verdicts=verdicts, unreviewed=unreviewed)

    def history(self, limit: int | None = 20) -> list[dict]:
        """Past checks, newest first, with their verdict counts."""
        return check_store.list_checks(self.db, limit)

    def review(self, quote_id: int, decision: str, note: str | None = None) -> Review:
        """Record a reviewer's decision (``accept`` or ``reject``) on a checked quotation."""
        return check_store.record_review(self.db, quote_id, decision, note)
