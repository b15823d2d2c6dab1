"""Time the matcher on the labelled set, side by side with brute-force baselines.

    python -m bench.match_bench [--db PATH] [--sample N] [--no-ugrep] [--small] [--set NAME=VALUE ...]

On a database of the shipped corpus plus the 659 benchmark books (built once
into bench/out/scale.db, or the shipped corpus only with --small), every item
of bench/devset.jsonl is matched; the first --sample items with a true source
are also located by (a) a brute-force rapidfuzz ``partial_ratio`` scan of every
work's text and (b) ``ugrep --fuzzy`` over the same texts as files. Printed:
milliseconds per quotation (median, p95, max) and how many each locates
correctly, on the same quotations. Targets (issue 4): median <= 50 ms, p95 <=
250 ms, >= 50x faster than both baselines while locating at least as many.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from rapidfuzz import fuzz

from quotecheck.normalize import fold

from .common import (
    DEVSET,
    OUT,
    SHARED,
    add_settings_option,
    add_to_db,
    config_from_args,
    file_to_work_id,
    list_works,
    load_devset,
    location_ok,
    make_matcher,
    match_text,
    open_bench_db,
    overlaps,
    percentile,
    strip_marks,
    timed,
    work_text,
)

#: partial_ratio's cost grows with the needle's length times the haystack's:
#: the brute-force baseline gets the first 200 characters (a 2,000-character
#: quotation would take hours on 292 MB).
BRUTE_FORCE_CHARS = 200


def build_scale_db(path: Path, tarball: Path) -> None:
    """Shipped corpus + the benchmark books, once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_bench_db(path)
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(tarball) as tar:
        tar.extractall(tmp, filter="data")
        add_to_db(db, [tmp])
    db.close()


def bare_quote(item: dict) -> str:
    """The quotation as plain words, for baselines that know nothing of ellipses and brackets."""
    return " ".join(strip_marks(item["quote"]).split())


def brute_force(texts: dict[int, str], quote: str) -> tuple[int, int, int]:
    best = (-1.0, 0, 0, 0)
    for work_id, text in texts.items():
        r = fuzz.partial_ratio_alignment(
            quote, text, processor=str.lower, score_cutoff=best[0] if best[0] > 0 else 0
        )
        if r is not None and r.score > best[0]:
            best = (r.score, work_id, r.dest_start, r.dest_end)
    return best[1], best[2], best[3]


def ugrep_locate(folder: Path, files: dict[int, Path], quote: str) -> tuple[int | None, str]:
    """ugrep's best fuzzy match of the first 50 characters: (work_id, matched text).

    Two errors at most: ugrep's fuzzy search grows steeply with the errors
    allowed (one quotation took over five minutes on 292 MB with -Zbest6).
    """
    pattern = quote[:50]
    proc = subprocess.run(
        ["ugrep", "-Z2", "-i", "-o", "-F", "--with-filename", "--sort=best", pattern, str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    for line in proc.stdout.splitlines():
        name, _, matched = line.partition(":")
        for work_id, path in files.items():
            if str(path) == name:
                return work_id, matched
    return None, ""


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=OUT / "scale.db")
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--sample", type=int, default=30, help="items also run through the baselines")
    parser.add_argument("--small", action="store_true", help="shipped corpus only (bench/out/small.db)")
    parser.add_argument("--no-ugrep", action="store_true")
    add_settings_option(parser)
    args = parser.parse_args()
    args.config = config_from_args(parser, args)
    args.db_path = OUT / "small.db" if args.small else args.db
    return args


def open_or_build(db_path: Path, small: bool):
    if not db_path.exists():
        print(f"building {db_path} ...", file=sys.stderr)
        if small:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            open_bench_db(db_path).close()
        else:
            build_scale_db(db_path, SHARED / "bench" / "gutenberg-bench.tar.gz")
    return open_bench_db(db_path)


def run_ours(matcher, items: list[dict]) -> tuple[list[float], list]:
    """Milliseconds per item and its match (quotecheck)."""
    ms, matches = [], []
    for item in items:
        m, seconds = timed(
            match_text, matcher, item["quote"], item.get("claimed_author"), item.get("claimed_work")
        )
        ms.append(seconds * 1000)
        matches.append(m)
    return ms, matches


def run_brute_force(
    texts: dict[int, str], sample: list[dict], ids: dict[str, int]
) -> tuple[list[float], int]:
    ms, located = [], 0
    for item in sample:
        (work_id, start, end), seconds = timed(brute_force, texts, bare_quote(item)[:BRUTE_FORCE_CHARS])
        ms.append(seconds * 1000)
        located += any(
            work_id == ids.get(src["file"]) and overlaps(start, end, src["start"], src["end"])
            for src in [item["source"], *item.get("source_alternatives", [])]
        )
    return ms, located


def run_ugrep(texts: dict[int, str], sample: list[dict], ids: dict[str, int]) -> tuple[list[float], int]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {}
        for work_id, text in texts.items():
            files[work_id] = folder / f"{work_id}.txt"
            files[work_id].write_text(text, encoding="utf-8")
        ms, located = [], 0
        for item in sample:
            (work_id, matched), seconds = timed(ugrep_locate, folder, files, bare_quote(item))
            ms.append(seconds * 1000)
            located += bool(matched) and any(
                work_id == ids.get(src["file"])
                and fold(matched) in fold(texts[work_id][max(0, src["start"] - 200) : src["end"] + 200])
                for src in [item["source"], *item.get("source_alternatives", [])]
            )
    return ms, located


def print_rows(rows: list[tuple[str, list[float], int]]) -> None:
    ours_median = statistics.median(rows[0][1])
    print(f"{'method':<34}{'located':>9}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}{'x slower':>10}")
    for name, ms, located in rows:
        med = statistics.median(ms)
        print(
            f"{name:<34}{located:>4}/{len(ms):<4}{med:>11.1f}{percentile(ms, 0.95):>9.1f}{max(ms):>9.1f}{med / ours_median:>10.0f}"
        )


def main() -> None:
    args = parse_args()
    db = open_or_build(args.db_path, args.small)
    items = load_devset(args.devset)
    ids = file_to_work_id(db)
    matcher = make_matcher(db, args.config)
    ours_ms, matches = run_ours(matcher, items)
    # the same quotations for every method: spread over the whole set
    eligible = [i for i in items if i.get("source") and i["expected_verdict"] in ("verbatim", "altered")]
    ours_located = sum(
        bool(location_ok(i, m, ids))
        for i, m in zip(items, matches, strict=True)
        if i.get("source") and i["expected_verdict"] in ("verbatim", "altered")
    )
    sample = eligible[:: max(1, len(eligible) // args.sample)][: args.sample]
    print(
        f"database: {args.db_path} ({db.execute('SELECT count(*), sum(chars) FROM works').fetchone()[0]} works, "
        f"{db.execute('SELECT sum(chars) FROM works').fetchone()[0] / 1e6:.0f} M characters)"
    )
    print(
        f"devset: {len(items)} quotations; baselines on {len(sample)} verbatim/altered items spread over the set\n"
    )
    texts = {w.id: work_text(db, w.id) for w in list_works(db)}
    s_ms, s_matches = run_ours(matcher, sample)
    rows = [
        (
            "quotecheck (index + alignment)",
            s_ms,
            sum(bool(location_ok(i, m, ids)) for i, m in zip(sample, s_matches, strict=True)),
        )
    ]
    rows.append(("brute force partial_ratio (200 ch)", *run_brute_force(texts, sample, ids)))
    if not args.no_ugrep and shutil.which("ugrep"):
        rows.append(("ugrep -Z2 (first 50 chars)", *run_ugrep(texts, sample, ids)))
    print_rows(rows)
    print(
        f"\nquotecheck on all {len(items)} items: median {statistics.median(ours_ms):.1f} ms, "
        f"p95 {percentile(ours_ms, 0.95):.1f} ms, max {max(ours_ms):.1f} ms; "
        f"located {ours_located}/{len(eligible)} verbatim/altered items"
    )
    print(
        "targets: median <= 50 ms, p95 <= 250 ms, >= 50x faster than each baseline, locating at least as many"
    )


if __name__ == "__main__":
    main()
