"""What the bench scripts share: paths, the devset, strip_marks, percentiles, timing,
and the only calls into quotecheck.

Every call into quotecheck's matcher and database goes through the few
functions here (:func:`open_bench_db`, :func:`open_empty_db`, :func:`add_to_db`,
:func:`make_matcher`, :func:`match_text`, ...), so that when the matcher's API
changes (issue 9: ``quotecheck.Checker(...).match(text, author=..., work=...)``
returning a ``quotecheck.records.Match``) only this module is adapted. The
evaluators read a :class:`BenchMatch`, not quotecheck's own record.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from quotecheck import Checker, MatchConfig
from quotecheck.config import parse_setting
from quotecheck.records import Kind, Verdict

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BENCH = ROOT / "bench"
OUT = BENCH / "out"
DEVSET = BENCH / "devset.jsonl"

T = TypeVar("T")

#: Categories of the labelled set, in file order.
CATEGORIES = [
    "verbatim",
    "verbatim_ellipsis_bracket",
    "typography",
    "substitution",
    "omission",
    "addition",
    "reorder",
    "typo",
    "meaning_change",
    "famous_misquote",
    "misattributed",
    "paraphrase",
    "fabricated",
    "provenance",
]

#: The extractor's kind for a quotation proper (as against a scare quote or a title).
QUOTATION = Kind.QUOTATION

#: Marked omissions: "...", ". . .", "…" and "[...]".
ELLIPSIS = re.compile(r"\[\s*(?:\.\s?){3,4}\s*\]|(?:\.\s?){2}\.(?:\s?\.)?|…")
#: Bracketed editorial insertions: "[sic]", "[Darcy]".
BRACKETED = re.compile(r"\[[^\[\]]*\]")


def strip_marks(q: str) -> str:
    """The quotation without marked omissions and bracketed insertions."""
    return BRACKETED.sub(" ", ELLIPSIS.sub(" ", q))


# --- devset -------------------------------------------------------------------------


def load_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file, in file order (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_devset(path: Path = DEVSET) -> list[dict]:
    """The labelled items of ``bench/devset.jsonl``, in file order."""
    return load_jsonl(path)


def file_to_work_id(db) -> dict[str, int]:
    """``source.file`` -> work id, through the manifest's title, author and year."""
    from quotecheck.corpus import shipped_corpus_dir

    works = list_works(db)
    by_key = {(w.title, w.author, w.year): w.id for w in works}
    by_title_author = defaultdict(list)
    for w in works:
        by_title_author[(w.title, w.author)].append(w.id)
    out = {}
    with (shipped_corpus_dir() / "works.jsonl").open(encoding="utf-8") as fh:
        for entry in map(json.loads, filter(str.strip, fh)):
            key = (entry["title"], entry["author"], entry.get("year"))
            if key in by_key:
                out[entry["file"]] = by_key[key]
            elif len(by_title_author[key[:2]]) == 1:
                out[entry["file"]] = by_title_author[key[:2]][0]
    return out


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Do the half-open spans ``[a0, a1)`` and ``[b0, b1)`` share a character?"""
    return a0 < b1 and b0 < a1


def location_ok(item: dict, match: BenchMatch, work_ids: dict[str, int]) -> bool | None:
    """Does the reported span overlap a labelled one? None when the item has no source."""
    if item["source"] is None:
        return None
    if match.work_id is None or match.start is None or match.end is None:
        return False
    return any(
        work_ids.get(src["file"]) == match.work_id
        and overlaps(match.start, match.end, src["start"], src["end"])
        for src in [item["source"], *item.get("source_alternatives", [])]
    )


# --- figures ------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank ``q`` quantile (0..1) of ``values``; nan when there are none."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def ratio(num: int, den: int) -> float | None:
    """``num / den``, or None for an empty denominator (printed as "-")."""
    return num / den if den else None


def fmt_ratio(x: float | None) -> str:
    return "   -" if x is None else f"{x:.3f}"


def timed(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, float]:
    """``(fn(*args, **kwargs), seconds)`` by the wall clock."""
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - t0


def print_table(head: Sequence[str], rows: Iterable[Sequence[object]], widths: Sequence[int]) -> None:
    """A plain table: the first column left-aligned to its width, the others right-aligned."""
    for cells in [head, *rows]:
        first, *rest = cells
        print(
            f"{first!s:{widths[0]}s}" + "".join(f"{c!s:>{w}s}" for c, w in zip(rest, widths[1:], strict=True))
        )


# --- settings (--set name=value) --------------------------------------------------


def default_config() -> MatchConfig:
    return MatchConfig()


def apply_settings(config: MatchConfig, settings: Iterable[str]) -> MatchConfig:
    """``config`` with each ``name=value`` of ``settings`` applied (see ``quotecheck settings``)."""
    for setting in settings:
        config = parse_setting(config, setting)
    return config


def add_settings_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change a matcher setting (see 'quotecheck settings'), e.g. --set altered_min_score=55",
    )


def config_from_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Any:
    """The matcher settings named by ``--set`` (a usage error for a bad one)."""
    try:
        return apply_settings(default_config(), args.settings)
    except (ValueError, TypeError) as exc:
        parser.error(str(exc))


# --- quotecheck: the only calls into it --------------------------------------------


@dataclass(frozen=True)
class BenchMatch:
    """What the evaluators read of a match (quotecheck's own record is changing under issue 9)."""

    verdict: str
    score: float
    work_id: int | None
    title: str | None
    start: int | None
    end: int | None
    #: The diff's steps as ``(op, quoted, original)``, equal steps included.
    diff: tuple[tuple[str, str, str], ...]
    meaning_changes: tuple[str, ...]


def open_bench_db(path: Path):
    """The database at ``path``, built from the shipped corpus on first use."""
    from quotecheck.corpus import open_corpus

    return open_corpus(path)


def open_empty_db(path: Path):
    """A database at ``path`` without the shipped corpus (for foreign sources such as PAN)."""
    from quotecheck.store.db import open_db

    return open_db(path)


def add_to_db(db, inputs: list[str]):
    """Add files or folders to the corpus; quotecheck's result (``.skipped``, ``.duplicates``)."""
    from quotecheck.corpus import add_paths

    return add_paths(db, inputs)


def list_works(db) -> list:
    """The works of the database (``.id``, ``.title``, ``.author``, ``.year``, ``.source``)."""
    from quotecheck.corpus import list_works as _list_works

    return _list_works(db)


def corpus_stats(db, path: Path | None) -> dict:
    """Works, characters and the on-disk size of text and index (sizes need ``path``)."""
    from quotecheck.corpus import corpus_stats as _corpus_stats

    return _corpus_stats(db, path)


def work_text(db, work_id: int, start: int = 0, end: int | None = None) -> str:
    """The stored text of a work, or of its span ``[start, end)``."""
    from quotecheck.store.works import work_text as _work_text

    return _work_text(db, work_id, start, end)


def make_matcher(db, config: MatchConfig | None = None) -> Checker:
    """The checker every evaluator matches with (``config`` from ``--set``)."""
    return Checker(db, config=config)


def match_text(checker: Checker, text: str, author: str | None = None, work: str | None = None) -> BenchMatch:
    """Match one quotation as a writer gave it (marks, claimed author and work)."""
    m = checker.match(text, author=author, work=work)
    s = m.source
    return BenchMatch(
        verdict=str(m.verdict),
        score=m.score,
        work_id=s.work_id if s else None,
        title=s.title if s else None,
        start=s.start if s else None,
        end=s.end if s else None,
        diff=tuple((str(d.op), d.quoted, d.original) for d in m.diff),
        meaning_changes=tuple(str(x) for x in m.meaning_changes),
    )


def read_document(path: Path):
    """A document as quotecheck reads it (``.text`` and what the extractor needs)."""
    from quotecheck.io.document import load_document

    return load_document(str(path))


def extract_spans(doc) -> list:
    """The extractor's spans of ``doc`` (``.start``, ``.end``, ``.kind``, ``.text``, ``.claimed_author``,
    ``.claimed_work``, ``.cue``)."""
    from quotecheck.extract.quotes import extract_document

    return extract_document(doc)


def verdict_names() -> tuple[str, ...]:
    """quotecheck's verdicts in its own order (verbatim, altered, ..., not_found)."""
    return tuple(v.value for v in Verdict)
