#!/usr/bin/env python3
"""Check items.jsonl: unique ids, required fields, allowed labels, and that every
source.text / near_miss.text is a byte-exact substring of its corpus file.

Usage: python3 check_items.py [items.jsonl] [--corpus DIR]
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"fabricated", "other_author", "uncollected_work", "in_corpus_elsewhere", "in_corpus_same"}
VERDICTS = {"not_found", "misattributed", "verbatim", "altered", "paraphrase"}
KEYS = ["id", "quote", "claimed_author", "claimed_work", "category", "expected_verdict",
        "true_author", "source", "near_miss", "found_at", "split", "note"]


def main(argv):
    path = os.path.join(HERE, "items.jsonl")
    corpus = os.environ.get("QC_CORPUS", "/work/shared/corpus")
    args = list(argv)
    if "--corpus" in args:
        i = args.index("--corpus")
        corpus = args[i + 1]
        del args[i:i + 2]
    if args:
        path = args[0]
    cache = {}

    def text_of(name):
        if name not in cache:
            with open(os.path.join(corpus, name), "rb") as fh:
                cache[name] = fh.read()
        return cache[name]

    errors = []
    ids = Counter()
    cats = Counter()
    splits = Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {lineno}: bad JSON: {e}")
                continue
            where = f"line {lineno} ({it.get('id')})"
            missing = [k for k in KEYS if k not in it]
            if missing:
                errors.append(f"{where}: missing keys {missing}")
            ids[it.get("id")] += 1
            cat = it.get("category")
            verdict = it.get("expected_verdict")
            cats[(cat, it.get("split"))] += 1
            splits[it.get("split")] += 1
            if cat not in CATS:
                errors.append(f"{where}: bad category {cat!r}")
            if verdict not in VERDICTS:
                errors.append(f"{where}: bad expected_verdict {verdict!r}")
            if it.get("split") not in ("dev", "test"):
                errors.append(f"{where}: bad split {it.get('split')!r}")
            if not (it.get("quote") or "").strip():
                errors.append(f"{where}: empty quote")
            if not it.get("found_at"):
                errors.append(f"{where}: no found_at")
            if cat in ("fabricated", "other_author", "uncollected_work") and verdict != "not_found":
                errors.append(f"{where}: {cat} should expect not_found")
            if cat == "in_corpus_elsewhere" and verdict != "misattributed":
                errors.append(f"{where}: in_corpus_elsewhere should expect misattributed")
            if cat in ("in_corpus_elsewhere", "in_corpus_same") and not it.get("source"):
                errors.append(f"{where}: {cat} needs a source")
            if cat == "other_author" and not it.get("true_author"):
                errors.append(f"{where}: other_author needs true_author")
            for key in ("source", "near_miss"):
                ref = it.get(key)
                if ref is None:
                    continue
                f, t = ref.get("file"), ref.get("text")
                if not f or not t:
                    errors.append(f"{where}: {key} needs file and text")
                    continue
                try:
                    body = text_of(f)
                except OSError as e:
                    errors.append(f"{where}: {key}.file {f}: {e}")
                    continue
                if t.encode("utf-8") not in body:
                    errors.append(f"{where}: {key}.text not a byte-exact substring of {f}: {t[:60]!r}")
    for k, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {k!r} x{c}")
    for e in errors:
        print("ERROR", e)
    print(f"{n} items; splits {dict(splits)}")
    for (c, s), k in sorted(cats.items(), key=lambda x: (str(x[0][0]), str(x[0][1]))):
        print(f"  {c:22s} {s:5s} {k}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
