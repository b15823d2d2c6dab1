"""Time the matcher on the labelled set, side by side with brute-force baselines.

    python bench/match_bench.py [--db PATH] [--sample N] [--no-ugrep] [--small]

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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from devset_eval import file_to_work_id, load_devset, location_ok  # noqa: E402
from make_devset import strip_marks  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from quotecheck.corpus.library import add_paths, list_works, open_corpus  # noqa: E402
from quotecheck.extract.quotes import make_quote  # noqa: E402
from quotecheck.matching.match import Matcher  # noqa: E402
from quotecheck.normalize import fold  # noqa: E402
from quotecheck.store.works import work_text  # noqa: E402

SHARED = ROOT.parent / "shared"
#: partial_ratio's cost grows with the needle's length times the haystack's:
#: the brute-force baseline gets the first 200 characters (a 2,000-character
#: quotation would take hours on 292 MB).
BRUTE_FORCE_CHARS = 200
OUT = ROOT / "bench" / "out"


def build_scale_db(path: Path, tarball: Path) -> None:
    """Shipped corpus + the benchmark books, once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_corpus(path)
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(tarball) as tar:
        tar.extractall(tmp, filter="data")
        add_paths(db, [tmp])
    db.close()


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=OUT / "scale.db")
    parser.add_argument("--devset", type=Path, default=ROOT / "bench" / "devset.jsonl")
    parser.add_argument("--sample", type=int, default=30, help="items also run through the baselines")
    parser.add_argument("--small", action="store_true", help="shipped corpus only (bench/out/small.db)")
    parser.add_argument("--no-ugrep", action="store_true")
    args = parser.parse_args()
    db_path = OUT / "small.db" if args.small else args.db
    if not db_path.exists():
        print(f"building {db_path} ...", file=sys.stderr)
        if args.small:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            open_corpus(db_path).close()
        else:
            build_scale_db(db_path, SHARED / "bench" / "gutenberg-bench.tar.gz")
    db = open_corpus(db_path)
    items = load_devset(args.devset)
    ids = file_to_work_id(db)
    matcher = Matcher(db)

    ours_ms, ours_located, ours_n = [], 0, 0
    results = {}
    for item in items:
        quote = make_quote(item["quote"], item.get("claimed_author"), item.get("claimed_work"))
        t0 = time.perf_counter()
        m = matcher.match(quote)
        ours_ms.append((time.perf_counter() - t0) * 1000)
        results[item["id"]] = m
        if item.get("source") and item["expected_verdict"] in ("verbatim", "altered"):
            ours_n += 1
            ours_located += bool(location_ok(item, m, ids))

    # the same quotations for every method: spread over the whole set
    eligible = [i for i in items if i.get("source") and i["expected_verdict"] in ("verbatim", "altered")]
    sample = eligible[:: max(1, len(eligible) // args.sample)][: args.sample]
    print(
        f"database: {db_path} ({db.execute('SELECT count(*), sum(chars) FROM works').fetchone()[0]} works, "
        f"{db.execute('SELECT sum(chars) FROM works').fetchone()[0] / 1e6:.0f} M characters)"
    )
    print(
        f"devset: {len(items)} quotations; baselines on {len(sample)} verbatim/altered items spread over the set\n"
    )

    texts = {w.id: work_text(db, w.id) for w in list_works(db)}
    rows = []
    # ours on the sample
    s_ms = []
    s_loc = 0
    for item in sample:
        quote = make_quote(item["quote"], item.get("claimed_author"), item.get("claimed_work"))
        t0 = time.perf_counter()
        m = matcher.match(quote)
        s_ms.append((time.perf_counter() - t0) * 1000)
        s_loc += bool(location_ok(item, m, ids))
    rows.append(("quotecheck (index + alignment)", s_ms, s_loc))

    bf_ms, bf_loc = [], 0
    for item in sample:
        t0 = time.perf_counter()
        work_id, start, end = brute_force(texts, bare_quote(item)[:BRUTE_FORCE_CHARS])
        bf_ms.append((time.perf_counter() - t0) * 1000)
        bf_loc += any(
            work_id == ids.get(src["file"]) and overlaps(start, end, src["start"], src["end"])
            for src in [item["source"], *item.get("source_alternatives", [])]
        )
    rows.append(("brute force partial_ratio (200 ch)", bf_ms, bf_loc))

    if not args.no_ugrep and shutil.which("ugrep"):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            files = {}
            for work_id, text in texts.items():
                files[work_id] = folder / f"{work_id}.txt"
                files[work_id].write_text(text, encoding="utf-8")
            ug_ms, ug_loc = [], 0
            for item in sample:
                t0 = time.perf_counter()
                work_id, matched = ugrep_locate(folder, files, bare_quote(item))
                ug_ms.append((time.perf_counter() - t0) * 1000)
                ug_loc += bool(matched) and any(
                    work_id == ids.get(src["file"])
                    and fold(matched) in fold(texts[work_id][max(0, src["start"] - 200) : src["end"] + 200])
                    for src in [item["source"], *item.get("source_alternatives", [])]
                )
            rows.append(("ugrep -Z2 (first 50 chars)", ug_ms, ug_loc))

    ours_median = statistics.median(rows[0][1])
    print(f"{'method':<34}{'located':>9}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}{'x slower':>10}")
    for name, ms, located in rows:
        med = statistics.median(ms)
        print(
            f"{name:<34}{located:>4}/{len(ms):<4}{med:>11.1f}{percentile(ms, 95):>9.1f}{max(ms):>9.1f}{med / ours_median:>10.0f}"
        )
    print(
        f"\nquotecheck on all {len(items)} items: median {statistics.median(ours_ms):.1f} ms, "
        f"p95 {percentile(ours_ms, 95):.1f} ms, max {max(ours_ms):.1f} ms; "
        f"located {ours_located}/{ours_n} verbatim/altered items"
    )
    print(
        "targets: median <= 50 ms, p95 <= 250 ms, >= 50x faster than each baseline, locating at least as many"
    )


if __name__ == "__main__":
    main()
