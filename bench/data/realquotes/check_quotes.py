#!/usr/bin/env python3
"""Verify quotes.jsonl: unique ids, valid fields, byte-exact source texts."""
import json
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path("/work/shared/corpus")
HERE = Path(__file__).resolve().parent
VERDICTS = {"verbatim", "altered", "misattributed", "not_found"}
CATS = {"famous", "misquotation", "misattribution", "truncation", "spelling", "short", "fabrication"}
CHANGES = {"context", "negation", "number", "name", "quantifier", None}


def main(path=HERE / "quotes.jsonl"):
    errors = []
    ids = Counter()
    cache = {}
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            it = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad json: {e}")
            continue
        items.append(it)
        ids[it.get("id")] += 1
        for key in ("id", "quote", "category", "expected_verdict", "found_at", "split"):
            if not it.get(key):
                errors.append(f"{it.get('id')}: missing {key}")
        if it.get("category") not in CATS:
            errors.append(f"{it['id']}: bad category {it.get('category')}")
        if it.get("expected_verdict") not in VERDICTS:
            errors.append(f"{it['id']}: bad verdict {it.get('expected_verdict')}")
        if it.get("split") not in ("dev", "test"):
            errors.append(f"{it['id']}: bad split")
        if it.get("meaning_change") not in CHANGES:
            errors.append(f"{it['id']}: bad meaning_change")
        src = it.get("source")
        if it.get("expected_verdict") == "not_found":
            if src is not None:
                errors.append(f"{it['id']}: not_found with a source")
        else:
            if not src:
                errors.append(f"{it['id']}: no source")
                continue
            files = [src["file"]] + list(it.get("also_in", []))
            for f in files:
                if f not in cache:
                    p = CORPUS / f
                    if not p.exists():
                        errors.append(f"{it['id']}: no corpus file {f}")
                        cache[f] = None
                        continue
                    cache[f] = p.read_bytes()
            data = cache.get(src["file"])
            if data is not None and src["text"].encode("utf-8") not in data:
                errors.append(f"{it['id']}: source text not in {src['file']}")
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    for e in errors:
        print(e)
    cats = Counter(i["category"] for i in items)
    print(f"{len(items)} items; errors: {len(errors)}")
    print("by category:", dict(cats))
    print("by verdict:", dict(Counter(i["expected_verdict"] for i in items)))
    print("by split:", dict(Counter(i["split"] for i in items)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
