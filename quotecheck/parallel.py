"""Check many documents (or one long one) on every core: read-only workers, one writer.

The main process reads the documents in input order and extracts their
quotations (cheap: well under a millisecond each); the matching, about 40 ms a
quotation, runs in worker processes, each with its own read-only connection to
the corpus database and its own :class:`~quotecheck.Checker`. Work is cut into
chunks of a few quotations, not whole documents, so that one 10,000-quotation
book keeps every core busy as well as a directory of short articles. The main
process is the only writer: it stores each document's check with
:meth:`Checker.save` as soon as its last chunk is back,
in input order, so the database and the output are the same as one process
would give (the checker keeps no state between quotations).

Inputs (:func:`expand_inputs`, :func:`iter_documents`): files, directories
(every ``.txt``, ``.md``, ``.html`` in them), URLs, ``-`` and JSON-lines files
(``.jsonl``) of documents, one ``{"source": ..., "text": ...}`` object a line.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO
from urllib.parse import quote as url_quote

import sqlite_utils

from .checker import Checker
from .config import MatchConfig
from .corpus.sources import SUPPORTED_SUFFIXES
from .errors import CheckInterrupted, QuotecheckError
from .io.document import Document, is_url, load_document
from .records import CheckResult, Kind, Quote, QuoteResult

__all__ = [
    "ParallelConfig",
    "InputItem",
    "available_cores",
    "expand_inputs",
    "iter_documents",
    "open_corpus_readonly",
    "check_documents",
    "ProgressLine",
]


@dataclass(frozen=True)
class ParallelConfig:
    """How work is cut and shown; none of it changes a result."""

    #: Quotations sent to a worker at a time: enough that sending them costs
    #: little beside matching them (~40 ms each), few enough that the last
    #: chunks of a long document spread over every worker.
    chunk_quotes: int = 8
    #: Up to this many quotations in all are matched in this process: starting
    #: a worker (importing quotecheck, opening the corpus) costs about a second.
    inline_max_quotes: int = 24
    #: Chunks in flight per worker: keeps each busy while the writer stores,
    #: without reading a whole archive into memory ahead of the workers.
    in_flight_per_job: int = 4
    #: Seconds between progress lines when stderr is not a terminal (--progress).
    progress_every_s: float = 10.0
    #: Seconds between redraws of the progress line on a terminal.
    redraw_every_s: float = 0.2


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- inputs ------------------------------------------------------------------------


@dataclass(frozen=True)
class InputItem:
    """One thing to read: a path, URL or ``-``; or line ``line`` of a JSON-lines file."""

    source: str
    line: int | None = None


def _is_jsonl(source: str) -> bool:
    return source.lower().endswith((".jsonl", ".ndjson")) and Path(source).is_file()


def expand_inputs(sources: Sequence[str]) -> list[InputItem]:
    """Every document the inputs name, in order: directories sorted, JSON-lines files line by line."""
    items: list[InputItem] = []
    for source in sources:
        if source == "-" or is_url(source):
            items.append(InputItem(source))
        elif _is_jsonl(source):
            with open(source, encoding="utf-8", errors="replace") as fh:
                items.extend(InputItem(source, n) for n, line in enumerate(fh, 1) if line.strip())
        elif Path(source).is_dir():
            files = sorted(
                str(f)
                for f in Path(source).rglob("*")
                if f.is_file() and f.name.lower().endswith(SUPPORTED_SUFFIXES)
            )
            if not files:
                raise QuotecheckError(f"{source}: no .txt, .md or .html documents in this directory")
            items.extend(InputItem(f) for f in files)
        else:
            items.append(InputItem(source))
    return items


def document_from_text(source: str, text: str) -> Document:
    """A document given as a string, read as stdin would be (HTML and Markdown recognised)."""
    doc = load_document("-", stdin=io.BytesIO(text.encode("utf-8")))
    return replace(doc, source=source)


def _jsonl_documents(path: str, wanted: set[int]) -> Iterator[tuple[int, Document | QuotecheckError]]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if n not in wanted:
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    raise ValueError
                source = str(obj.get("source") or f"{path}:{n}")
                yield n, document_from_text(source, obj["text"])
            except ValueError:
                yield n, QuotecheckError(f'{path}:{n}: not a JSON object with "source" and "text"')
            except QuotecheckError as exc:
                yield n, exc


def iter_documents(
    items: Sequence[InputItem], warn: Callable[[str], None]
) -> Iterator[tuple[int, Document]]:
    """``(index, document)`` in input order; an unreadable one is skipped with a warning.

    When there is only one item its error is raised instead (as for a plain check).
    """
    by_file: dict[str, Iterator[tuple[int, Document | QuotecheckError]]] = {}
    for index, item in enumerate(items):
        if item.line is None:
            try:
                got: Document | QuotecheckError = load_document(item.source)
            except QuotecheckError as exc:
                got = exc
        else:
            if item.source not in by_file:
                wanted = {i.line for i in items if i.source == item.source and i.line is not None}
                by_file[item.source] = _jsonl_documents(item.source, wanted)
            _, got = next(by_file[item.source])
        if isinstance(got, QuotecheckError):
            if len(items) == 1:
                raise got
            warn(f"skipped {got}")
            continue
        yield index, got


# --- workers -----------------------------------------------------------------------


def open_corpus_readonly(path: str | Path, *, immutable: bool = False) -> sqlite_utils.Database:
    """The corpus database opened read-only (``mode=ro``): a worker can never write it.

    ``immutable`` also skips locking, for a private copy nobody writes (a
    Spark executor's shipped file); never for the live database.
    """
    uri = f"file:{url_quote(str(Path(path).resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cache_size = -65536")
    return sqlite_utils.Database(conn)


#: The worker process's checker, set once by :func:`_init_worker` (process state, not a setting).
_worker_checker: Checker | None = None


def _init_worker(db_path: str, config: MatchConfig, min_words: int) -> None:
    global _worker_checker
    _worker_checker = Checker(open_corpus_readonly(db_path), config=config, min_words=min_words)


def _check_chunk(quotes: list[Quote]) -> list[QuoteResult]:
    assert _worker_checker is not None, "worker not initialised"
    return [_worker_checker.check_quote(q) for q in quotes]


# --- progress ----------------------------------------------------------------------


@dataclass
class ProgressLine:
    """Documents and quotations done, the rate and an estimate of the time left.

    On a terminal one line is redrawn in place; otherwise (``--progress``
    with stderr piped) a plain line is printed every ``progress_every_s``
    seconds and once at the end. ``quiet`` prints nothing.
    """

    total_docs: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    tty: bool = False
    quiet: bool = False
    config: ParallelConfig = field(default_factory=ParallelConfig)
    docs_read: int = 0
    spans_read: int = 0
    docs_done: int = 0
    quotes_done: int = 0
    started: float = field(default_factory=time.perf_counter)
    _shown: float = 0.0

    def read(self, spans: int) -> None:
        self.docs_read += 1
        self.spans_read += spans

    def done(self, spans: int, *, document: bool = False) -> None:
        self.quotes_done += spans
        self.docs_done += document
        now = time.perf_counter()
        every = self.config.redraw_every_s if self.tty else self.config.progress_every_s
        if not self.quiet and now - self._shown >= every:
            self._shown = now
            self._show(now)

    def finish(self) -> None:
        if not self.quiet and self.docs_done:
            self._show(time.perf_counter(), last=True)

    def line(self, now: float, last: bool = False) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.quotes_done / elapsed
        # quotations still to come: those read, plus the unread documents at the mean so far
        per_doc = self.spans_read / self.docs_read if self.docs_read else 0.0
        expected = self.spans_read + per_doc * max(self.total_docs - self.docs_read, 0)
        left = (expected - self.quotes_done) / rate if rate > 0 else None
        eta = "" if left is None or last else f", about {_duration(left)} left"
        return (
            f"checked {self.docs_done:,}/{self.total_docs:,} documents, {self.quotes_done:,} quotations "
            f"in {_duration(elapsed)} ({rate:.1f}/s){eta}"
        )

    def _show(self, now: float, last: bool = False) -> None:
        text = self.line(now, last)
        if self.tty:
            self.stream.write("\r\x1b[K" + text + ("\n" if last else ""))
        else:
            self.stream.write(f"quotecheck: {text}\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds // 60 % 60:02d}m"


# --- the engine --------------------------------------------------------------------


def _quotations(quotes: Iterable[Quote]) -> int:
    return sum(1 for q in quotes if q.kind == Kind.QUOTATION)


def _chunks(quotes: list[Quote], size: int) -> list[list[Quote]]:
    return [quotes[i : i + size] for i in range(0, len(quotes), size)] or [[]]


def check_documents(
    checker: Checker,
    db_path: str | Path,
    documents: Iterable[tuple[int, Document]],
    *,
    jobs: int,
    progress: ProgressLine,
    config: ParallelConfig | None = None,
) -> Iterator[CheckResult]:
    """Check and store every document, yielding the stored checks in input order.

    ``checker`` (read-write) is the writer and matches small inputs itself;
    ``jobs`` worker processes open ``db_path`` read-only with the same settings.
    """
    config = config or ParallelConfig()
    extracted = ((doc, checker.extract(doc)) for _, doc in documents)
    ahead: list[tuple[Document, list[Quote]]] = []
    for doc, quotes in extracted:
        ahead.append((doc, quotes))
        progress.read(_quotations(quotes))
        if jobs > 1 and sum(len(q) for _, q in ahead) > config.inline_max_quotes:
            break
    else:  # everything read and small enough: no workers
        for doc, quotes in ahead:
            results = []
            for q in quotes:
                results.append(checker.check_quote(q))
                progress.done(_quotations([q]))
            stored = checker.save(doc, results)
            progress.done(0, document=True)
            yield stored
        return
    yield from _pooled(checker, db_path, _counted(ahead, extracted, progress), jobs, progress, config)


def _counted(ahead, extracted, progress: ProgressLine) -> Iterator[tuple[Document, list[Quote]]]:
    yield from ahead
    for doc, quotes in extracted:
        progress.read(_quotations(quotes))
        yield doc, quotes


def _pooled(
    checker: Checker,
    db_path: str | Path,
    extracted: Iterator[tuple[Document, list[Quote]]],
    jobs: int,
    progress: ProgressLine,
    config: ParallelConfig,
) -> Iterator[CheckResult]:
    """Chunks go to the workers in order, at most ``jobs * in_flight_per_job`` at a time;
    the writer takes them back in the same order and stores each document when complete."""
    import multiprocessing

    window = jobs * config.in_flight_per_job
    initargs = (str(db_path), checker.config, checker.min_words)
    # fork: a worker starts at once with quotecheck imported (spawn costs ~1 s each);
    # each opens its own connection and never touches the one it inherits
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pending: deque[tuple[Document, bool, Future[list[QuoteResult]]]] = deque()
    results: list[QuoteResult] = []
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=initargs) as pool:
        tasks = (
            (doc, i == len(chunks) - 1, chunk)
            for doc, quotes in extracted
            for chunks in [_chunks(quotes, config.chunk_quotes)]
            for i, chunk in enumerate(chunks)
        )
        for doc, last, chunk in tasks:
            pending.append((doc, last, pool.submit(_check_chunk, chunk)))
            while len(pending) >= window or (pending and pending[0][2].done()):
                stored = _take(checker, pending, results, progress)
                if stored is not None:
                    yield stored
        while pending:
            stored = _take(checker, pending, results, progress)
            if stored is not None:
                yield stored


def _take(checker: Checker, pending: deque, results: list[QuoteResult], progress: ProgressLine):
    """The oldest chunk's results; the stored check when it was its document's last chunk."""
    doc, last, future = pending.popleft()
    chunk = future.result()
    results.extend(chunk)
    progress.done(_quotations(r.quote for r in chunk))
    if not last:
        return None
    stored = checker.save(doc, list(results))
    results.clear()
    progress.done(0, document=True)
    return stored


def count_quotations(results: Iterable[CheckResult]) -> int:
    """Quotations (not titles or scare quotes) in checks: what a rate is counted in."""
    return sum(1 for r in results for q in r.quotes if q.quote.kind == Kind.QUOTATION)


def run_check(
    sources: Sequence[str],
    checker: Checker,
    db_path: str | Path,
    *,
    jobs: int | None,
    show_progress: bool,
    warn: Callable[[str], None],
    config: ParallelConfig | None = None,
) -> list[CheckResult]:
    """``check`` on this machine: every input document, ``jobs`` workers (default: every core).

    Progress goes to stderr on a terminal, and as a periodic line when piped
    with ``show_progress``. Raises :class:`QuotecheckError` when nothing could be checked.
    """
    config = config or ParallelConfig()
    items = expand_inputs(sources)
    tty = sys.stderr.isatty()
    progress = ProgressLine(len(items), tty=tty, quiet=not (tty or show_progress), config=config)
    documents = iter_documents(items, warn)
    results: list[CheckResult] = []
    try:
        for stored in check_documents(
            checker, db_path, documents, jobs=jobs or available_cores(), progress=progress, config=config
        ):
            results.append(stored)
    except KeyboardInterrupt:
        raise CheckInterrupted(len(results)) from None
    progress.finish()
    if not results:
        raise QuotecheckError(f"{', '.join(sources)}: no document could be checked")
    return results
