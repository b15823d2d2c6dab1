"""Build ``bench/devset.jsonl``: the labelled evaluation set for the matcher.

    python -m bench.generate.devset [--out bench/devset.jsonl] [--check-bench /tmp/gb/gutenberg-bench]

Deterministic: a seeded ``random.Random`` drives every choice and the output
is written in a fixed order, so re-running reproduces the file byte for byte.

Two kinds of items:

* programmatic ones (``verbatim``, ``verbatim_ellipsis_bracket``,
  ``typography``, ``substitution``, ``omission``, ``addition``, ``reorder``,
  ``typo``, ``meaning_change``): a real passage is cut out of the stored text
  of a shipped work and, for the altered categories, changed by a small,
  recorded edit;
* hand-written ones (``famous_misquote``, ``misattributed``, ``paraphrase``,
  ``fabricated``, ``provenance`` and a few extra verbatim and meaning-change
  items) from ``bench/generate/manual_items.py``. Each names its source by an anchor
  phrase that this script finds in the work, so every offset is computed, not
  typed.

Every offset is into the *stored* text of the work,
``prepare_text(read_path(path), path).text``, and every label is checked here
by assertion against that text (see ``check_item``); ``tests/test_devset.py``
checks the written file again independently.

The shared corpus (``../shared/corpus``) is read; the shipped ``corpus/*.txt.gz``
holds the same bytes and is used when the shared copy is missing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from ..common import CATEGORIES, DEVSET
from . import works
from .bench_books import ALSO_IN_FILE, check_bench, update_also_in
from .checks import check_fabricated, check_item
from .manual import build_manual
from .passages import paragraphs
from .programmatic import build_programmatic

SEED = 20240611


def build(also_in: dict[str, list[str]]) -> list[dict]:
    """Every item, checked, in file order (``works.load()`` first)."""
    rng = random.Random(SEED)
    for f, w in works.WORKS.items():
        works.PARAS[f] = paragraphs(w)
    items = build_programmatic(rng)
    try:
        items += build_manual(also_in)
    except AssertionError as exc:
        raise SystemExit(f"hand-written item: {exc}") from None
    items.sort(key=lambda it: (CATEGORIES.index(it["category"]), it["id"]))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    errors = []
    for it in items:
        try:
            check_item(it)
            if it["category"] == "fabricated":
                check_fabricated(it)
        except AssertionError as exc:
            errors.append(f"{it['id']}: {exc}")
    if errors:
        raise SystemExit("label checks failed:\n" + "\n".join(errors))
    return items


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEVSET)
    ap.add_argument("--check-bench", type=Path, help="directory of the extracted bench books: check also_in")
    ap.add_argument(
        "--update-also-in",
        type=Path,
        metavar="BENCH_DIR",
        help=f"recompute {ALSO_IN_FILE.name} from the extracted bench books first",
    )
    args = ap.parse_args(argv)
    works.load()
    if args.update_also_in:
        update_also_in(args.update_also_in)
    also_in = json.loads(ALSO_IN_FILE.read_text(encoding="utf-8"))
    items = build(also_in)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
    counts: dict[str, int] = {}
    for it in items:
        counts[it["category"]] = counts.get(it["category"], 0) + 1
    files = {it["source"]["file"] for it in items if it["source"]}
    print(f"wrote {len(items)} items from {len(files)} works to {args.out}")
    for cat, c in counts.items():
        print(f"  {cat:28s} {c}")
    if args.check_bench:
        return 1 if check_bench(items, args.check_bench) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
