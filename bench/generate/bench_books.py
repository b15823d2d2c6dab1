"""The provenance items' ``also_in``: which Gutenberg bench books quote them."""

from __future__ import annotations

import json
from pathlib import Path

from quotecheck.corpus import prepare_text
from quotecheck.io.document import read_path

from ..common import BENCH, strip_marks
from . import manual_items
from .works import norm_string

ALSO_IN_FILE = BENCH / "devset_also_in.json"


def bench_books(bench_dir: Path) -> dict[str, str]:
    books = {}
    for path in sorted(bench_dir.glob("*.txt")):
        raw = read_path(path)
        try:
            text = prepare_text(raw, str(path)).text
        except Exception:  # a few bench books defeat the licence stripper; search them whole
            text = raw
        books[path.name] = norm_string(text)
    return books


def bench_hits(books: dict[str, str], quote: str) -> list[str]:
    phrase = norm_string(strip_marks(quote))
    return sorted(f for f, s in books.items() if phrase in s)


def update_also_in(bench_dir: Path) -> None:
    """Find each provenance quote in the bench books and store the result in ALSO_IN_FILE."""
    books = bench_books(bench_dir)
    data = {
        spec["quote"]: bench_hits(books, spec["quote"])
        for spec in manual_items.ITEMS
        if spec["category"] == "provenance"
    }
    ALSO_IN_FILE.write_text(
        json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )


def check_bench(items, bench_dir: Path) -> int:
    """Recompute ``also_in`` of the provenance items from the bench books; report differences."""
    books = bench_books(bench_dir)
    bad = 0
    for it in items:
        if it["category"] != "provenance":
            continue
        found = bench_hits(books, it["quote"])
        if not found or found != it["also_in"]:
            bad += 1
            print(f"{it['id']}: also_in {it['also_in']} but found {found}  ({it['quote']!r})")
    print(f"checked {sum(it['category'] == 'provenance' for it in items)} provenance items; {bad} differ")
    return bad
