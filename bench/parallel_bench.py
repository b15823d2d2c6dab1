"""One set of documents checked three ways: one process, --jobs 2, Spark local[2] (issue 15).

    python -m bench.parallel_bench [--docs 340] [--jobs 2] [--master local[2]] [--only one,jobs,spark]

The documents: ``--docs`` made-up articles (seeded), each quoting six
sentences of the benchmark books (../shared/bench/gutenberg-bench.tar.gz)
with an attribution in one of several styles, a quarter of them with a word
dropped and one in ten credited to the wrong author, written to
bench/out/parallel_docs.jsonl; plus every real document of
bench/data/realdocs/*/docs. The corpus: bench/out/scale.db (shipped + the
659 books, built by ``python -m bench.scale_bench``), copied to
bench/out/parallel.db so that the stored checks land there.

Each way is the real command (``quotecheck check ... --format json``) timed
by the wall clock, start-up included (Spark's JVM too). Prints quotations
per second for each, the speed-up over one process (target: --jobs 2 at
least 1.7x on 2 cores) and whether all three give identical verdicts and
sources (work, start and end of the match) for every quotation. The load
average before and after is printed: other users of the cores slow any way.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from .common import OUT, ROOT, SHARED

BENCH_BOOKS = SHARED / "bench" / "gutenberg-bench.tar.gz"
REALDOCS = sorted((ROOT / "bench" / "data" / "realdocs").glob("*/docs"))
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
STYLES = [
    "As {author} wrote in {title}, “{q}”",
    "“{q}” ({author}, {title})",
    "{author} put it this way: “{q}”",
    "In {title}, {author} reminds us that “{q}”",
    "“{q},” wrote {author}.",
]
FILLER = [
    "The council met again on Tuesday to discuss the budget.",
    "Readers wrote in with many questions about the new schedule.",
    "Our correspondent spent the week among the archives.",
    "The exhibition opens next month and runs until the spring.",
]


def _sentences(text: str, rng: random.Random, n: int) -> list[str]:
    """``n`` plain sentences of 10-30 words from the middle of a book (past its front matter)."""
    middle = text[len(text) // 5 : len(text) * 4 // 5]
    paragraphs = [" ".join(p.split()) for p in middle.split("\n\n")]
    found = [
        s
        for p in paragraphs
        for s in SENTENCE.split(p)
        if 10 <= len(s.split()) <= 30 and not re.search(r"[\"“”‘’_\[\]*]|'\s|\s'", s)
    ]
    return rng.sample(found, min(n, len(found)))


def _quotation(sentence: str, rng: random.Random) -> str:
    words = sentence.rstrip(".!?").split()
    if rng.random() < 0.25:  # a word dropped: altered
        del words[rng.randrange(2, len(words) - 2)]
    return " ".join(words)


def make_documents(path: Path, docs: int, seed: int = 15) -> None:
    """Write ``docs`` articles of six quotations each as JSON lines (the same file for a seed)."""
    rng = random.Random(seed)
    with tarfile.open(BENCH_BOOKS) as tar:
        lines = (SHARED / "bench" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
        books = {r[0]: (r[1], r[2]) for r in (line.split("\t") for line in lines) if len(r) >= 3}
        members = sorted((m for m in tar.getmembers() if Path(m.name).name in books), key=lambda m: m.name)
        chosen = {m.name for m in rng.sample(members, min(len(members), max(1, docs * 6 // 15)))}
        texts = {}
        for member in tar:  # one pass through the gzip stream, in archive order
            if member.name in chosen:
                texts[member.name] = tar.extractfile(member).read().decode("utf-8", "replace")
    pool = []
    for name in sorted(chosen):
        title, author = books[Path(name).name]
        pool += [(s, title, author) for s in _sentences(texts[name], rng, 15)]
    rng.shuffle(pool)
    authors = sorted({a for _, _, a in pool})
    with path.open("w", encoding="utf-8") as out:
        for d in range(docs):
            parts = []
            for sentence, title, author in pool[d * 6 : d * 6 + 6]:
                claimed = rng.choice(authors) if rng.random() < 0.1 else author
                style = rng.choice(STYLES)
                parts.append(style.format(author=claimed, title=title, q=_quotation(sentence, rng)))
                parts.append(rng.choice(FILLER))
            out.write(json.dumps({"source": f"article-{d:04d}", "text": "\n\n".join(parts)}) + "\n")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_way(name: str, extra: list[str], inputs: list[str], db: Path) -> tuple[list[dict], float, float]:
    """The reports, wall seconds and CPU seconds (the command and every process it waited for)."""
    cmd = [sys.executable, "-m", "quotecheck", "check", *inputs, "--format", "json", "--db", str(db), *extra]
    t0, cpu0 = time.perf_counter(), _child_cpu()
    done = subprocess.run(cmd, capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - t0, _child_cpu() - cpu0
    if done.returncode != 0:
        sys.exit(f"{name}: exit {done.returncode}\n{done.stderr[-2000:]}")
    return json.loads(done.stdout), seconds, cpu


def verdicts(reports: list[dict]) -> list[tuple]:
    """Per quotation: document, offsets, verdict and source (work, start, end)."""
    return [
        (
            r["document"]["source"],
            q["start"],
            q["verdict"],
            q["score"],
            *((q["match"]["work_id"], q["match"]["start"], q["match"]["end"]) if q["match"] else (None,) * 3),
        )
        for r in reports
        for q in r["quotes"]
        if q["kind"] == "quotation"
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=340, help="made-up articles (six quotations each)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--only", default="one,jobs,spark", help="ways to run (comma-separated)")
    args = parser.parse_args()
    scale = OUT / "scale.db"
    if not scale.exists():
        sys.exit(f"{scale} is missing: build it with python -m bench.scale_bench")
    db = OUT / "parallel.db"
    shutil.copy(scale, db)
    docs = OUT / "parallel_docs.jsonl"
    make_documents(docs, args.docs)
    inputs = [str(docs), *map(str, REALDOCS)]
    ways = {
        "one": ("one process (--jobs 1)", ["--jobs", "1"]),
        "jobs": (f"--jobs {args.jobs}", ["--jobs", str(args.jobs)]),
        "spark": (f"Spark {args.master}", ["--engine", "spark", "--master", args.master]),
    }
    print(f"load average before: {_load()}  ({os.cpu_count()} cores)")
    results = {}
    for key in args.only.split(","):
        label, extra = ways[key]
        reports, seconds, cpu = run_way(label, extra, inputs, db)
        results[key] = (label, verdicts(reports), seconds, len(reports), cpu)
        print(f"  {label}: {seconds:.1f} s (load now {_load()})", flush=True)
    print(f"load average after: {_load()}\n")
    first = next(iter(results.values()))
    print(f"{first[3]} documents, {len(first[1])} quotations (corpus: {scale.name})\n")
    # CPU s: what the way cost in all (its JVM and workers included); unlike the wall
    # clock it does not depend on who else uses the cores
    print(f"{'way':<28}{'seconds':>9}{'quot/s':>9}{'speed-up':>10}{'CPU s':>9}{'CPU ms/quot':>13}")
    base = results["one"][2] if "one" in results else None
    for label, rows, seconds, _, cpu in results.values():
        speed = f"{base / seconds:.2f}x" if base else "-"
        # Spark's JVM and Python workers are not this process's children: their CPU is not counted
        shown = f"{cpu:>9.1f}{cpu / len(rows) * 1000:>13.1f}" if not label.startswith("Spark") else f"{'-':>9}{'-':>13}"
        print(f"{label:<28}{seconds:>9.1f}{len(rows) / seconds:>9.1f}{speed:>10}{shown}")
    same = all(rows == first[1] for _, rows, _, _, _ in results.values())
    print(f"\nidentical verdicts, scores and sources in all {len(results)} ways: {same}")
    counts = {v: sum(1 for r in first[1] if str(r[2]) == v) for v in sorted({str(r[2]) for r in first[1]})}
    print("verdicts:", ", ".join(f"{v} {n}" for v, n in counts.items()))
    if base and "jobs" in results:
        print(f"target: --jobs {args.jobs} >= 1.7x one process: {base / results['jobs'][2]:.2f}x")


if __name__ == "__main__":
    main()
