"""Matching latency of this checkout beside an older one, on the same quotations, in one run.

Usage (from the project root; the old checkout is any commit, e.g. the one before issue 9):

    git worktree add ../old 5b01a94
    python -m bench.latency_compare --old ../old --db bench/out/scale.db [--rounds 2]

Runs the devset and the real circulating quotations through the old code
(``quotecheck.match.Matcher`` or, for newer commits, ``quotecheck.Checker``)
in a subprocess and through this checkout, alternating, and prints median
and p95 milliseconds per quotation for each. On a shared machine alternate
rounds, and compare within a round.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from .common import ROOT, percentile

_RUNNER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
items = [json.loads(l) for p in sys.argv[3:] for l in open(p, encoding="utf-8") if l.strip()]
try:
    from quotecheck import Checker
    from quotecheck.store.db import open_db
    checker = Checker(open_db(sys.argv[2]))
    match = lambda it: checker.match(it["quote"], author=it.get("claimed_author"), work=it.get("claimed_work"))
except ImportError:
    from quotecheck.match import Matcher
    from quotecheck.extract import make_quote
    from quotecheck.store import open_db
    matcher = Matcher(open_db(sys.argv[2]))
    match = lambda it: matcher.match(make_quote(it["quote"], it.get("claimed_author"), it.get("claimed_work")))
times, cpu = [], []
for it in items:
    t, c = time.perf_counter(), time.process_time()
    match(it)
    times.append((time.perf_counter() - t) * 1000); cpu.append((time.process_time() - c) * 1000)
print(json.dumps([times, cpu]))
"""

SETS = [ROOT / "bench" / "devset.jsonl", ROOT / "bench" / "data" / "realquotes" / "quotes.jsonl"]


def run(code: Path, db: Path) -> list[list[float]]:
    """Wall and CPU milliseconds per quotation (CPU time is less disturbed by other people's jobs)."""
    out = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(code), str(db), *map(str, SETS)],
        capture_output=True,
        text=True,
        check=True,
        cwd=code,
    )
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="an older checkout of quotecheck")
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "scale.db")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    print(
        f"{'round':<6}{'code':<8}{'n':>6}{'median ms':>12}{'p95 ms':>10}{'total s':>10}"
        f"{'cpu median':>12}{'cpu p95':>10}{'cpu s':>8}"
    )
    for n in range(1, args.rounds + 1):
        for label, code in (("old", args.old.resolve()), ("new", ROOT)):
            times, cpu = run(code, args.db.resolve())
            print(
                f"{n:<6}{label:<8}{len(times):>6}{percentile(times, 0.5):>12.1f}"
                f"{percentile(times, 0.95):>10.1f}{sum(times) / 1000:>10.1f}"
                f"{percentile(cpu, 0.5):>12.1f}{percentile(cpu, 0.95):>10.1f}{sum(cpu) / 1000:>8.1f}"
            )


if __name__ == "__main__":
    main()
