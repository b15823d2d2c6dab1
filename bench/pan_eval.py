"""quotecheck's matcher on the PAN 2013 text-alignment subset: does it locate the source passage?

    python -m bench.pan_eval [QUOTECHECK_BIN] [PAN_DIR] [--limit N] [--json OUT]
                             [--baseline-sample K] [--no-baseline] [--probe-words 8,15]
                             [--set NAME=VALUE ...]

PAN_DIR (default ``../shared/bench/pan13`` beside the project) holds ``src/``,
``susp/`` and ``cases.jsonl`` (see its README.md). The data is research-only:
it is read from there at run time and never copied into the repository.

QUOTECHECK_BIN is accepted for the command line named in the data's README
(``bench/pan_eval.py QUOTECHECK_BIN shared/bench/pan13``; here ``python -m bench.pan_eval``) and ignored; a lone
argument that is a directory holding ``cases.jsonl`` is PAN_DIR. The
evaluation calls the Python API in process (``open_empty_db`` + ``add_to_db`` +
``match_text``, in bench/common.py), which is what the ``quotecheck`` command
runs, so it times the matcher rather than process start-up.

What it does:

1. builds a fresh database of every ``src/`` document in a temporary
   directory (build time is printed) and checks that the stored text of each
   work is the file's text, so that PAN offsets can be mapped onto stored
   offsets (asserted for every case's true span);
2. for each plagiarism case, takes the suspicious span as the quotation and
   records the verdict, whether it is *found* (verbatim/altered) and
   *located* (the reported work is the true source and the reported span
   overlaps the true span), the character precision |R & T| / |R| and
   recall |R & T| / |T| of the reported span R against the true span T, and
   the latency of ``Matcher.match``;
3. for each negative suspicious document, draws a seeded random passage of
   300-800 characters cut at word boundaries and counts any verdict other
   than not_found as a false positive;
4. runs the baseline in the same process: brute-force
   ``rapidfuzz.fuzz.partial_ratio_alignment`` of the passage against every
   source document's whole text; the best-scoring document locates if it is
   the true source and its aligned span overlaps the true span. It takes
   about 5 minutes for all cases, 4 of them on the one 8,622-character case
   (``--baseline-sample K`` runs it on every K-th case only);
5. a probe that is not PAN: N words from the middle of every passage
   (``--probe-words``), located or not found, to see how short a quotation
   may be.

Scores are PAN-like: recall is averaged over all positive cases (0 when
nothing is reported in the true document), precision over the cases where a
span was reported (a span in the wrong document has precision 0). Each case
gets at most one span, so PAN's granularity is 1 and plagdet equals F1.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import re
import statistics
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from .common import (
    SHARED,
    BenchMatch,
    Verdict,
    add_settings_option,
    add_to_db,
    config_from_args,
    list_works,
    make_matcher,
    match_text,
    open_empty_db,
    timed,
    work_text,
)
from .common import percentile as pct

VERBATIM, ALTERED, NOT_FOUND = Verdict.VERBATIM, Verdict.ALTERED, Verdict.NOT_FOUND
DEFAULT_PAN_DIR = SHARED / "bench" / "pan13"
SEED = 2013
NEG_MIN_CHARS, NEG_MAX_CHARS = 300, 800
#: Baseline "found" threshold (partial_ratio score 0-100), used only for its false-positive count.
BASELINE_FOUND_SCORE = 80.0
#: Passage length buckets (characters of the suspicious span).
BUCKETS = ((0, 400, "< 400 chars"), (400, 600, "400-599"), (600, 1000, "600-999"), (1000, 1 << 30, ">= 1000"))


# --- data ----------------------------------------------------------------------------


def load_cases(pan_dir: Path) -> tuple[list[dict], list[dict]]:
    """``(positives, negatives)`` from ``cases.jsonl``, in file order."""
    with (pan_dir / "cases.jsonl").open(encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    return [c for c in cases if c["src"]], [c for c in cases if not c["src"]]


def read_text(path: Path) -> str:
    """A PAN file as the case offsets see it: decoded from UTF-8, line endings untouched."""
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


class OffsetMap:
    """File offsets (PAN's) to offsets into the work's stored text, and back.

    The stored text is the file's text with line endings normalised to
    ``\\n`` and possibly some leading text dropped (``prepare_text``); for the
    PAN files both are no-ops, which :meth:`check` asserts per span.
    """

    def __init__(self, raw: str, stored: str):
        self.raw = raw
        self.stored = stored
        normal = raw.replace("\r\n", "\n").replace("\r", "\n")
        # positions in raw of each "\r" dropped by the normalisation ("\r\n" loses its "\r")
        self._dropped = [m.start() for m in re.finditer(r"\r(?=\n)", raw)]
        self.shift = normal.find(stored[:200]) if stored else 0
        if self.shift < 0 or normal[self.shift : self.shift + len(stored)] != stored:
            raise ValueError("the stored text is not a slice of the file's text")

    def to_stored(self, offset: int) -> int:
        return offset - bisect.bisect_left(self._dropped, offset) - self.shift

    def check(self, start: int, end: int) -> None:
        s, e = self.to_stored(start), self.to_stored(end)
        want = self.raw[start:end].replace("\r\n", "\n")
        assert self.stored[s:e] == want, f"stored[{s}:{e}] differs from file[{start}:{end}]"


@dataclass
class Corpus:
    """The evaluation database and what is needed to map PAN sources onto it."""

    db: object
    work_of: dict[str, int]  # source file name -> work id
    offsets: dict[str, OffsetMap]  # source file name -> offset map
    texts: dict[str, str]  # source file name -> file text (for the baseline)
    build_seconds: float
    chars: int


def build_corpus(pan_dir: Path, db_path: Path, names: list[str] | None = None) -> Corpus:
    """A fresh database of the ``src/`` documents (all, or just ``names``)."""
    src_dir = pan_dir / "src"
    inputs = [str(src_dir / n) for n in names] if names else [str(src_dir)]
    db = open_empty_db(db_path)  # an empty corpus: open_bench_db would add the shipped works
    result, build_seconds = timed(add_to_db, db, inputs)
    if result.skipped:
        raise SystemExit(f"sources skipped: {result.skipped}")
    work_of = {Path(w.source).name: w.id for w in list_works(db)}
    for source, existing in result.duplicates:  # same words as an earlier file: that work stands for it
        work_of[Path(source).name] = existing.id
    offsets, texts = {}, {}
    for name, work_id in work_of.items():
        texts[name] = read_text(src_dir / name)
        offsets[name] = OffsetMap(texts[name], work_text(db, work_id))
    return Corpus(db, work_of, offsets, texts, build_seconds, sum(len(t) for t in texts.values()))


def negative_passage(text: str, key: str, seed: int = SEED) -> tuple[int, int]:
    """A deterministic random span of 300-800 characters of ``text``, cut at word boundaries."""
    rng = random.Random(f"{seed}:{key}")
    length = rng.randint(NEG_MIN_CHARS, NEG_MAX_CHARS)
    start = rng.randint(0, max(0, len(text) - length))
    end = min(len(text), start + length)
    if start > 0 and not text[start - 1].isspace():  # move to the next word's start
        m = re.compile(r"\s+").search(text, start, end)
        start = m.end() if m else start
    while start < end and text[start].isspace():
        start += 1
    if end < len(text) and not text[end].isspace():  # back to the previous word's end
        cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        end = cut if cut > start else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- evaluation ------------------------------------------------------------------------


@dataclass
class Result:
    """One case (positive or negative) as the matcher and the baseline saw it."""

    susp: str
    src: str | None
    chars: int
    verdict: str
    seconds: float
    work: str | None = None  # source file name of the reported work
    start: int | None = None  # reported span, stored offsets
    end: int | None = None
    true_start: int | None = None  # true span, stored offsets
    true_end: int | None = None
    found: bool = False
    located: bool = False
    precision: float | None = None  # None: no span reported
    recall: float = 0.0
    score: float = 0.0
    edits: list = field(default_factory=list)  # the diff's non-equal steps: [op, quoted, original]
    baseline: dict = field(default_factory=dict)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def run_matcher(corpus: Corpus, matcher, passage: str) -> tuple[BenchMatch, float]:
    return timed(match_text, matcher, passage)


def _edits(m: BenchMatch) -> list[list[str]]:
    return [[op, quoted, original] for op, quoted, original in m.diff if op != "equal"][:20]


def eval_positive(corpus: Corpus, matcher, pan_dir: Path, case: dict) -> Result:
    susp_text = read_text(pan_dir / "susp" / case["susp"])
    passage = susp_text[case["susp_start"] : case["susp_end"]]
    omap = corpus.offsets[case["src"]]
    omap.check(case["src_start"], case["src_end"])
    true = (omap.to_stored(case["src_start"]), omap.to_stored(case["src_end"]))
    m, seconds = run_matcher(corpus, matcher, passage)
    names = {wid: name for name, wid in corpus.work_of.items()}
    r = Result(
        susp=case["susp"],
        src=case["src"],
        chars=len(passage),
        verdict=m.verdict,
        seconds=seconds,
        true_start=true[0],
        true_end=true[1],
        score=m.score,
        found=m.verdict in (VERBATIM, ALTERED),
        edits=_edits(m),
    )
    if m.verdict != NOT_FOUND and m.work_id is not None:
        r.work, r.start, r.end = names.get(m.work_id), m.start, m.end
        inter = overlap((m.start, m.end), true) if m.work_id == corpus.work_of[case["src"]] else 0
        r.located = inter > 0
        r.precision = inter / (m.end - m.start) if m.end > m.start else 0.0
        r.recall = inter / (true[1] - true[0])
    return r


def eval_negative(corpus: Corpus, matcher, pan_dir: Path, case: dict) -> Result:
    text = read_text(pan_dir / "susp" / case["susp"])
    s, e = negative_passage(text, case["susp"])
    m, seconds = run_matcher(corpus, matcher, text[s:e])
    names = {wid: name for name, wid in corpus.work_of.items()}
    r = Result(susp=case["susp"], src=None, chars=e - s, verdict=m.verdict, seconds=seconds, score=m.score)
    r.true_start, r.true_end = s, e  # the drawn span of the suspicious document
    if m.verdict != NOT_FOUND and m.work_id is not None:
        r.work, r.start, r.end = names.get(m.work_id), m.start, m.end
    return r


def middle_words(text: str, start: int, end: int, n: int) -> tuple[int, int]:
    """The span of ``n`` whitespace-separated words from the middle of ``text[start:end]``.

    The first and last words are never taken: realigned PAN spans may cut a word.
    """
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])][1:-1]
    if len(words) <= n:
        return (start + words[0][0], start + words[-1][1]) if words else (start, end)
    k = (len(words) - n) // 2
    return start + words[k][0], start + words[k + n - 1][1]


def eval_probe(corpus: Corpus, matcher, pan_dir: Path, case: dict, n: int) -> Result:
    """Not PAN: ``n`` words from the middle of a case's passage (or of a negative's drawn passage)."""
    text = read_text(pan_dir / "susp" / case["susp"])
    if case["src"]:
        s, e = middle_words(text, case["susp_start"], case["susp_end"], n)
    else:
        s, e = middle_words(text, *negative_passage(text, case["susp"]), n)
    m, seconds = run_matcher(corpus, matcher, text[s:e])
    r = Result(
        susp=case["susp"], src=case["src"], chars=e - s, verdict=m.verdict, seconds=seconds, score=m.score
    )
    r.found = m.verdict in (VERBATIM, ALTERED)
    if case["src"] and m.verdict != NOT_FOUND and m.work_id == corpus.work_of[case["src"]]:
        omap = corpus.offsets[case["src"]]
        true = (omap.to_stored(case["src_start"]), omap.to_stored(case["src_end"]))
        r.located = overlap((m.start, m.end), true) > 0
    return r


def best_alignment(corpus: Corpus, passage: str) -> tuple[str | None, object]:
    """The source document whose text best partial_ratio-aligns with ``passage``, and the alignment."""
    best_name, best = None, None
    for name in sorted(corpus.texts):
        cutoff = best.score if best is not None else 0
        a = fuzz.partial_ratio_alignment(passage, corpus.texts[name], score_cutoff=cutoff)
        if a is not None and (best is None or a.score > best.score):
            best_name, best = name, a
    return best_name, best


def baseline(corpus: Corpus, passage: str) -> tuple[str, float, int, int, float]:
    """Brute force: ``(document, score, dest_start, dest_end, seconds)`` of the best partial_ratio alignment."""
    (best_name, best), seconds = timed(best_alignment, corpus, passage)
    if best is None:
        return "", 0.0, 0, 0, seconds
    return best_name, best.score, best.dest_start, best.dest_end, seconds


def eval_baseline(corpus: Corpus, pan_dir: Path, r: Result, case: dict) -> None:
    """The baseline on a case's passage; file offsets (the baseline reads the files)."""
    text = read_text(pan_dir / "susp" / case["susp"])
    span = (case["susp_start"], case["susp_end"]) if case["src"] else (r.true_start, r.true_end)
    passage = text[span[0] : span[1]]
    name, score, s, e, seconds = baseline(corpus, passage)
    located = (
        bool(case["src"])
        and name == case["src"]
        and overlap((s, e), (case["src_start"], case["src_end"])) > 0
    )
    r.baseline = {
        "doc": name,
        "score": round(score, 2),
        "start": s,
        "end": e,
        "located": located,
        "seconds": seconds,
    }


# --- report ------------------------------------------------------------------------------


def scores(rows: list[Result]) -> dict:
    n = len(rows)
    reported = [r.precision for r in rows if r.precision is not None]
    prec = statistics.fmean(reported) if reported else 0.0
    rec = statistics.fmean(r.recall for r in rows) if rows else 0.0
    lat = [r.seconds * 1000 for r in rows]
    out = {
        "cases": n,
        "found": sum(r.found for r in rows) / n if n else 0.0,
        "located": sum(r.located for r in rows) / n if n else 0.0,
        "found_located": sum(r.found and r.located for r in rows) / n if n else 0.0,
        "precision": prec,
        "recall": rec,
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "ms_median": pct(lat, 0.5),
        "ms_p95": pct(lat, 0.95),
        "ms_max": max(lat, default=float("nan")),
    }
    base = [r for r in rows if r.baseline]
    if base:
        blat = [r.baseline["seconds"] * 1000 for r in base]
        out.update(
            base_cases=len(base),
            base_located=sum(r.baseline["located"] for r in base) / len(base),
            base_ms_median=pct(blat, 0.5),
            base_ms_p95=pct(blat, 0.95),
            base_ms_max=max(blat),
        )
    return out


def bucket_of(chars: int) -> str:
    return next(label for lo, hi, label in BUCKETS if lo <= chars < hi)


def summary(pos: list[Result], neg: list[Result], corpus: Corpus, args) -> dict:
    out = {"all": scores(pos)}
    for _, _, label in BUCKETS:
        rows = [r for r in pos if bucket_of(r.chars) == label]
        if rows:
            out[label] = scores(rows)
    fps = [r for r in neg if r.verdict != NOT_FOUND]
    neg_lat = [r.seconds * 1000 for r in neg]
    out["negatives"] = {
        "cases": len(neg),
        "false_positives": len(fps),
        "verdicts": _verdicts(neg),
        "ms_median": pct(neg_lat, 0.5),
        "ms_p95": pct(neg_lat, 0.95),
        "ms_max": max(neg_lat, default=float("nan")),
    }
    base_neg = [r for r in neg if r.baseline]
    if base_neg:
        out["negatives"]["base_cases"] = len(base_neg)
        out["negatives"]["base_false_positives"] = sum(
            r.baseline["score"] >= BASELINE_FOUND_SCORE for r in base_neg
        )
        out["negatives"]["base_max_score"] = max(r.baseline["score"] for r in base_neg)
    base_pos = [r.baseline["score"] for r in pos if r.baseline]
    if base_pos:
        out["base_pos_min_score"] = min(base_pos)
    out["verdicts"] = _verdicts(pos)
    return out


def _verdicts(rows: list[Result]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def print_summary(s: dict, corpus: Corpus, baseline_note: str) -> None:
    print(
        f"database: {len(corpus.work_of)} source documents, {corpus.chars / 1e6:.2f} MB, "
        f"built in {corpus.build_seconds:.2f} s"
    )
    print()
    head = (
        f"{'passages':<14}{'cases':>6}{'found':>7}{'located':>8}{'prec':>7}{'rec':>7}{'F1':>7}"
        f"{'med ms':>8}{'p95 ms':>8}{'max ms':>8}  |{'base loc':>9}{'b med ms':>9}{'b p95 ms':>9}"
    )
    print("quotecheck (left) and brute-force partial_ratio baseline (right), positive cases")
    print(head)
    print("-" * len(head))
    for label, row in s.items():
        if label in ("negatives", "verdicts", "base_pos_min_score"):
            continue
        line = (
            f"{label:<14}{row['cases']:>6}{row['found']:>7.3f}{row['located']:>8.3f}{row['precision']:>7.3f}"
            f"{row['recall']:>7.3f}{row['f1']:>7.3f}{row['ms_median']:>8.0f}{row['ms_p95']:>8.0f}{row['ms_max']:>8.0f}  |"
        )
        if "base_cases" in row:
            n = "" if row["base_cases"] == row["cases"] else f" (n={row['base_cases']})"
            line += f"{row['base_located']:>9.3f}{row['base_ms_median']:>9.0f}{row['base_ms_p95']:>9.0f}{n}"
        print(line)
    print()
    print("verdicts on positives: " + ", ".join(f"{k} {v}" for k, v in s["verdicts"].items()))
    neg = s["negatives"]
    print(
        f"negatives: {neg['false_positives']}/{neg['cases']} false positives (verdict other than not_found); "
        f"verdicts: " + ", ".join(f"{k} {v}" for k, v in neg["verdicts"].items())
    )
    print(
        f"negatives latency: median {neg['ms_median']:.0f} ms, p95 {neg['ms_p95']:.0f} ms, max {neg['ms_max']:.0f} ms"
    )
    if "base_cases" in neg:
        print(
            f"baseline on negatives: {neg['base_false_positives']}/{neg['base_cases']} with score >= "
            f"{BASELINE_FOUND_SCORE:.0f} (max {neg['base_max_score']:.1f}); lowest baseline score on a "
            f"positive: {s.get('base_pos_min_score', float('nan')):.1f}"
        )
    print(f"baseline: {baseline_note}")
    print(
        "found = verdict verbatim/altered; located = reported work is the true source and the spans overlap;"
    )
    print("prec/rec = character overlap of reported vs true span (PAN-style, granularity 1 so plagdet = F1).")


def print_probes(probes: dict[int, tuple[list[Result], list[Result]]]) -> dict:
    """The short-quotation probe: N middle words of each passage (quotecheck only)."""
    print()
    print("probe, not PAN: N words from the middle of each passage (quotecheck only)")
    head = f"{'words':<7}{'cases':>6}{'found':>7}{'located':>8}{'med ms':>8}{'max ms':>8}  {'negatives: FP':>14}  verdicts (pos)"
    print(head)
    print("-" * len(head))
    out = {}
    for n, (pos, neg) in probes.items():
        lat = [r.seconds * 1000 for r in pos + neg]
        row = {
            "cases": len(pos),
            "found": sum(r.found for r in pos) / len(pos) if pos else 0.0,
            "located": sum(r.located for r in pos) / len(pos) if pos else 0.0,
            "ms_median": pct(lat, 0.5),
            "ms_max": max(lat, default=float("nan")),
            "negatives": len(neg),
            "false_positives": sum(r.verdict != NOT_FOUND for r in neg),
            "verdicts": _verdicts(pos),
            "neg_verdicts": _verdicts(neg),
        }
        out[n] = row
        verdicts = ", ".join(f"{k} {v}" for k, v in row["verdicts"].items())
        print(
            f"{n:<7}{row['cases']:>6}{row['found']:>7.3f}{row['located']:>8.3f}{row['ms_median']:>8.0f}"
            f"{row['ms_max']:>8.0f}  {row['false_positives']:>7}/{row['negatives']:<6}  {verdicts}"
        )
    return out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "paths",
        nargs="*",
        help="[QUOTECHECK_BIN] [PAN_DIR]; QUOTECHECK_BIN is ignored (the Python API runs in process)",
    )
    p.add_argument("--limit", type=int, default=0, help="only the first N positive and N negative cases")
    p.add_argument("--json", type=Path, help="write per-case results and the summary to this file")
    p.add_argument(
        "--baseline-sample", type=int, default=0, help="run the baseline on every k-th case only (0: all)"
    )
    p.add_argument("--no-baseline", action="store_true")
    p.add_argument(
        "--probe-words",
        default="8,15",
        help="also match N middle words of every passage, for each N of this comma list ('' for none); not PAN",
    )
    add_settings_option(p)
    args = p.parse_args(argv)
    args.config = config_from_args(p, args)
    paths = list(args.paths)
    if len(paths) > 2:
        p.error("at most two positional arguments: [QUOTECHECK_BIN] [PAN_DIR]")
    if len(paths) == 2 or (paths and not (Path(paths[0]) / "cases.jsonl").exists()):
        paths.pop(0)  # QUOTECHECK_BIN: the evaluation runs the Python API in process
    args.pan_dir = Path(paths[0]) if paths else DEFAULT_PAN_DIR
    if not (args.pan_dir / "cases.jsonl").exists():
        p.error(f"{args.pan_dir}: no cases.jsonl (the PAN 2013 subset is expected in ../shared/bench/pan13)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    positives, negatives = load_cases(args.pan_dir)
    if args.limit:
        positives, negatives = positives[: args.limit], negatives[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build_corpus(args.pan_dir, Path(tmp) / "pan.db")
        matcher = make_matcher(corpus.db, args.config)
        match_text(matcher, "a warm-up quotation that is not timed, to load the index pages")
        pos = [eval_positive(corpus, matcher, args.pan_dir, c) for c in positives]
        neg = [eval_negative(corpus, matcher, args.pan_dir, c) for c in negatives]
        step = args.baseline_sample or 1
        if args.no_baseline:
            note = "not run (--no-baseline)"
        else:
            for i, (r, c) in enumerate(zip(pos + neg, positives + negatives, strict=True)):
                if i % step == 0:
                    eval_baseline(corpus, args.pan_dir, r, c)
            note = (
                "partial_ratio_alignment against every whole source document, "
                + ("on all cases" if step == 1 else f"on every {step}th case")
                + ", best score wins (score_cutoff = best so far)"
            )
        s = summary(pos, neg, corpus, args)
        print_summary(s, corpus, note)
        probes = {}
        for n in [int(x) for x in args.probe_words.split(",") if x.strip()]:
            probes[n] = (
                [eval_probe(corpus, matcher, args.pan_dir, c, n) for c in positives],
                [eval_probe(corpus, matcher, args.pan_dir, c, n) for c in negatives],
            )
        if probes:
            s["probes"] = print_probes(probes)
        corpus.db.close()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        data = {"summary": s, "positives": [asdict(r) for r in pos], "negatives": [asdict(r) for r in neg]}
        args.json.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"per-case results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
