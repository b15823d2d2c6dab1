"""The labelled set on the shipped corpus and on shipped + 659 benchmark books, side by side.

    python -m bench.scale_bench [--rebuild] [--devset bench/devset.jsonl] [--set NAME=VALUE ...]

Builds (once, or again with --rebuild) bench/out/small.db from the shipped
corpus and bench/out/scale.db from the shipped corpus plus the books of
../shared/bench/gutenberg-bench.tar.gz, timing each build, then runs every
devset item on both and prints: right-source rate (the reported span overlaps
the true source, over items that have one), verdict accuracy, latency
(median/p95/max), database and index size, and build time and speed.
Targets (issue 6) on the large corpus: right source >= 95% with no loss
against the small one, median <= 50 ms, p95 <= 200 ms, max <= 1 s, build
>= 10 MB/s.
"""

from __future__ import annotations

import argparse
import os
import tarfile
import tempfile
from pathlib import Path

from .common import (
    DEVSET,
    OUT,
    SHARED,
    add_settings_option,
    add_to_db,
    config_from_args,
    corpus_stats,
    load_devset,
    open_bench_db,
    timed,
)
from .devset_eval import evaluate, summarize


def build(path: Path, with_bench: bool) -> dict:
    """Build a database; returns build figures (seconds, MB of text added)."""
    if path.exists():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    db, shipped_seconds = timed(open_bench_db, path)
    figures = {"seconds": shipped_seconds, "text_mb": corpus_stats(db, None)["chars"] / 1e6}
    if with_bench:
        with (
            tempfile.TemporaryDirectory() as tmp,
            tarfile.open(SHARED / "bench" / "gutenberg-bench.tar.gz") as tar,
        ):
            tar.extractall(tmp, filter="data")
            text_bytes = sum(f.stat().st_size for f in Path(tmp).rglob("*.txt"))
            _, figures["bench_seconds"] = timed(add_to_db, db, [tmp])
            figures["bench_mb"] = text_bytes / 1e6
        figures["seconds"] += figures["bench_seconds"]
        figures["text_mb"] = corpus_stats(db, None)["chars"] / 1e6
    db.close()
    return figures


def right_source(results: list[dict]) -> tuple[int, int]:
    with_source = [r for r in results if r["location_ok"] is not None and r["category"] != "paraphrase"]
    return sum(r["location_ok"] for r in with_source), len(with_source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--rebuild", action="store_true", help="build both databases again, timed")
    add_settings_option(parser)
    args = parser.parse_args()
    config = config_from_args(parser, args)
    items = load_devset(args.devset)
    columns = {}
    for name, path, with_bench in (
        ("shipped", OUT / "small.db", False),
        ("shipped+bench", OUT / "scale.db", True),
    ):
        built = build(path, with_bench) if args.rebuild or not path.exists() else None
        db = open_bench_db(path)
        stats = corpus_stats(db, path)
        results = evaluate(db, items, progress=False, config=config)
        summary = summarize(results)
        db.close()
        columns[name] = (stats, summary, right_source(results), built, results)

    def row(label: str, fn) -> None:
        print(f"{label:<34}" + "".join(f"{fn(*columns[c]):>18}" for c in columns))

    print(f"{len(items)} devset items\n")
    print(f"{'':<34}" + "".join(f"{c:>18}" for c in columns))
    row("works", lambda st, *_: f"{st['works']}")
    row("text (M characters)", lambda st, *_: f"{st['chars'] / 1e6:.0f}")
    row(
        "database MB (x text)",
        lambda st, *_: f"{st['database_bytes'] / 1e6:.0f} ({st['database_bytes'] / st['chars']:.2f}x)",
    )
    row("index MB", lambda st, *_: f"{st['index_bytes'] / 1e6:.0f}")
    row(
        "build s (MB/s)",
        lambda st, s, rs, b, r: (
            "-" if b is None else f"{b['seconds']:.0f} ({b['text_mb'] / b['seconds']:.1f})"
        ),
    )
    row(
        "  of which bench books (MB/s)",
        lambda st, s, rs, b, r: (
            "-"
            if not b or "bench_seconds" not in b
            else f"{b['bench_seconds']:.0f} ({b['bench_mb'] / b['bench_seconds']:.1f})"
        ),
    )
    row("right source", lambda st, s, rs, b, r: f"{rs[0]}/{rs[1]} {rs[0] / rs[1]:.3f}")
    row(
        "  provenance items",
        lambda st, s, rs, b, r: "{}/{}".format(
            sum(x["location_ok"] for x in r if x["category"] == "provenance"),
            sum(1 for x in r if x["category"] == "provenance"),
        ),
    )
    row("verdict accuracy", lambda st, s, *_: f"{s['verdict_accuracy']:.3f}")
    row(
        "  without paraphrase items",
        lambda st, s, rs, b, r: "{:.3f}".format(
            sum(x["verdict_ok"] for x in r if x["category"] != "paraphrase")
            / sum(1 for x in r if x["category"] != "paraphrase")
        ),
    )
    row("location, verbatim+altered", lambda st, s, *_: f"{s['location_accuracy_verbatim_altered']:.3f}")
    row("latency median ms", lambda st, s, *_: f"{s['latency']['median'] * 1000:.0f}")
    row("latency p95 ms", lambda st, s, *_: f"{s['latency']['p95'] * 1000:.0f}")
    row("latency max ms", lambda st, s, *_: f"{s['latency']['max'] * 1000:.0f}")
    print(
        "\ntargets (shipped+bench): right source >= 0.95 and no loss; median <= 50 ms, p95 <= 200 ms, max <= 1000 ms"
    )
    small, large = (columns[c][4] for c in columns)
    lost = [a["id"] for a, b in zip(small, large, strict=True) if a["location_ok"] and not b["location_ok"]]
    print(f"right source on the small corpus but not the large: {len(lost)} {' '.join(lost[:15])}")
    print(f"peak RSS: {os.popen(f'ps -o rss= -p {os.getpid()}').read().strip()} kB now")


if __name__ == "__main__":
    main()
