"""Extraction speed of this checkout beside an older one, on the same megabytes, in one run.

Usage (from the project root; the old checkout is any commit with ``quotecheck.extract``):

    git worktree add ../old HEAD~10
    python -m bench.extract_speed --old ../old [--rounds 3]

Texts: 1 MB of dense dialogue (The Adventures of Sherlock Holmes repeated,
about 4,800 quoted spans) and 1 MB of polemic with long quotations (Lenin's
The State and Revolution from the shared samples, as plain text, repeated).
Each round runs the old code and this checkout in subprocesses, alternating,
and prints the best seconds per megabyte of each (the best, not the mean: on
a shared machine the slow runs measure the neighbours), wall-clock and CPU time
(the process's own, less disturbed by the neighbours' load). Without ``--old``
only this checkout is timed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from .common import ROOT, SHARED

_RUNNER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from quotecheck.extract import extract_quotes
text = open(sys.argv[2], encoding="utf-8").read()
t, c = time.perf_counter(), time.process_time(); quotes = extract_quotes(text)
seconds, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"seconds": seconds, "cpu": cpu, "spans": len(quotes)}))
"""

TEXTS = {
    "dialogue (Sherlock Holmes)": SHARED / "corpus" / "doyle_adventures-of-sherlock-holmes.txt",
    "polemic (State and Revolution)": SHARED / "samples" / "html" / "lenin-state-and-revolution",
}


def megabyte(source: Path, out: Path) -> Path:
    """The source's plain text repeated to exactly 1,000,000 characters, written to ``out``."""
    if source.is_dir():
        from quotecheck.io.document import load_document

        text = "\n\n".join(load_document(str(p)).text for p in sorted(source.glob("*.htm*")))
    else:
        text = source.read_text(encoding="utf-8")
    out.write_text((text * (1_000_000 // len(text) + 1))[:1_000_000], encoding="utf-8")
    return out


def run(code: Path, text: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(code), str(text)],
        capture_output=True,
        text=True,
        check=True,
        cwd=code,
    )
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", type=Path, help="an older checkout to time beside this one")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    codes = {"this": ROOT} | ({"old": args.old.resolve()} if args.old else {})
    print(f"{'text (1 MB)':34} " + " ".join(f"{name + ' s':>9} {'cpu s':>6} {'spans':>6}" for name in codes))
    for label, source in TEXTS.items():
        text = megabyte(source, out / f"extract-speed-{source.stem}.txt")
        best: dict[str, dict] = {}
        for _ in range(args.rounds):
            for name, code in codes.items():
                got = run(code, text)
                if name not in best:
                    best[name] = got
                best[name] = {
                    "seconds": min(got["seconds"], best[name]["seconds"]),
                    "cpu": min(got.get("cpu", got["seconds"]), best[name].get("cpu", best[name]["seconds"])),
                    "spans": got["spans"],
                }
        print(
            f"{label:34} "
            + " ".join(
                f"{best[n]['seconds']:9.2f} {best[n]['cpu']:6.2f} {best[n]['spans']:6d}" for n in codes
            )
        )


if __name__ == "__main__":
    main()
