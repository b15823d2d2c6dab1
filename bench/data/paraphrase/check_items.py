#!/usr/bin/env python3
"""Check items.jsonl: source.text is a byte-exact substring of its corpus file,
ids are unique, fields are well-formed, and splits follow the every-third rule."""
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

CORPUS = Path("/work/shared/corpus")
HERE = Path(__file__).resolve().parent
CATS = {"paraphrase": "paraphrase", "translation": "paraphrase", "near_verbatim": "altered"}


def main() -> int:
    errors = []
    ids = set()
    cache = {}
    per_cat = defaultdict(int)
    counts = Counter()
    lines = (HERE / "items.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            it = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        iid = it.get("id")
        if iid in ids:
            errors.append(f"line {n}: duplicate id {iid}")
        ids.add(iid)
        cat = it.get("category")
        if cat not in CATS:
            errors.append(f"{iid}: bad category {cat!r}")
            continue
        if it.get("expected_verdict") != CATS[cat]:
            errors.append(f"{iid}: expected_verdict {it.get('expected_verdict')!r} != {CATS[cat]!r}")
        for k in ("quote", "found_at", "split"):
            if not it.get(k):
                errors.append(f"{iid}: missing {k}")
        per_cat[cat] += 1
        want = "test" if per_cat[cat] % 3 == 0 else "dev"
        if it.get("split") != want:
            errors.append(f"{iid}: split {it.get('split')!r}, every-third rule says {want!r}")
        src = it.get("source") or {}
        f, t = src.get("file"), src.get("text")
        if not f or not t:
            errors.append(f"{iid}: missing source.file/text")
            continue
        if f not in cache:
            p = CORPUS / f
            if not p.exists():
                errors.append(f"{iid}: no corpus file {f}")
                continue
            cache[f] = p.read_bytes()
        c = cache[f].count(t.encode("utf-8"))
        if c == 0:
            errors.append(f"{iid}: source.text not found in {f}")
        counts[(cat, it.get("split"))] += 1
    for e in errors:
        print("ERROR", e)
    print(f"{len(ids)} items;", ", ".join(f"{c}/{s}: {k}" for (c, s), k in sorted(counts.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
