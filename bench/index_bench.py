"""Index the Gutenberg benchmark books into a fresh database; compare with naive FTS5.

    python -m bench.index_bench [--tarball PATH] [--limit N] [--keep DIR]

Prints, side by side for quotecheck's ``corpus add`` and a baseline (the
straightforward pipeline: raw paragraphs into an FTS5 table that stores its
own content, default tokenizer, no Gutenberg stripping or normalisation):
MB of text, seconds, MB/s, and database size relative to the text.
Targets (issue 2): >= 10 MB/s and a database <= 2.5x the text.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sqlite3
import tarfile
import tempfile
from pathlib import Path

from .common import SHARED, add_to_db, open_empty_db, timed


def extract(tarball: Path, dest: Path, limit: int | None) -> list[Path]:
    with tarfile.open(tarball) as tar:
        # archive order: a gzip stream cannot seek back cheaply
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")]
        if limit:
            members = members[:limit]
        tar.extractall(dest, members=members, filter="data")
    return sorted(dest.rglob("*.txt"))


def run_quotecheck(files: list[Path], db_path: Path) -> float:
    db = open_empty_db(db_path)
    _, elapsed = timed(add_to_db, db, [str(files[0].parent)])
    db.close()
    return elapsed


def load_baseline(conn: sqlite3.Connection, files: list[Path]) -> None:
    """Every raw paragraph of every file into the FTS5 table, in one transaction."""
    with conn:
        for f in files:
            text = f.read_text(encoding="utf-8", errors="replace")
            conn.executemany(
                "INSERT INTO passages(text) VALUES (?)",
                ((p,) for p in re.split(r"\n\s*\n", text) if p.strip()),
            )


def run_baseline(files: list[Path], db_path: Path) -> float:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE VIRTUAL TABLE passages USING fts5(text)")
    _, elapsed = timed(load_baseline, conn, files)
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, default=SHARED / "bench" / "gutenberg-bench.tar.gz")
    parser.add_argument("--limit", type=int, help="only the first N books")
    parser.add_argument("--keep", type=Path, help="write the quotecheck database here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        files = extract(args.tarball, tmp_path / "books", args.limit)
        text_bytes = sum(f.stat().st_size for f in files)
        mb = text_bytes / 1e6
        qc_db = args.keep or tmp_path / "quotecheck.db"
        if qc_db.exists():
            qc_db.unlink()
        qc_seconds = run_quotecheck(files, qc_db)
        base_db = tmp_path / "baseline.db"
        base_seconds = run_baseline(files, base_db)
        rows = [
            ("quotecheck corpus add", qc_seconds, os.path.getsize(qc_db)),
            ("baseline: raw FTS5", base_seconds, os.path.getsize(base_db)),
        ]
        print(f"{len(files)} books, {mb:.1f} MB of text")
        print(f"{'pipeline':<24}{'seconds':>9}{'MB/s':>8}{'db MB':>9}{'db/text':>9}")
        for name, seconds, size in rows:
            print(f"{name:<24}{seconds:>9.1f}{mb / seconds:>8.1f}{size / 1e6:>9.1f}{size / text_bytes:>9.2f}")
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS: main {peak_self:.0f} MB, largest worker {peak_children:.0f} MB")
        print("targets: >= 10 MB/s, db/text <= 2.5")


if __name__ == "__main__":
    main()
