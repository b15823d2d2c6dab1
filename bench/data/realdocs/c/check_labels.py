#!/usr/bin/env python3
"""Check labels.jsonl: every text/from/to is a byte-exact substring of its document,
spans appear in document order (a repeated span carries "occurrence", 1-based), source texts are exact substrings of corpus files,
and sources.tsv lists every document."""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("QC_CORPUS", "/work/shared/corpus")
KINDS = {"quotation", "title", "scare"}
FORMS = {"marks", "md_blockquote", "html_blockquote", "q_tag", "indented_block", "colon_block",
         "signature", "epigraph", "verse_lines", "tex", "unmarked"}
def main():
    errors = 0
    docs = {}
    for name in os.listdir(os.path.join(HERE, "docs")):
        with open(os.path.join(HERE, "docs", name), encoding="utf-8") as f:
            docs[name] = f.read()
    corpus_cache = {}
    last_pos = {}
    n = 0
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            try:
                lab = json.loads(line)
            except Exception as e:
                print(f"line {i}: bad json: {e}"); errors += 1; continue
            doc = lab.get("doc")
            if doc not in docs:
                print(f"line {i}: unknown doc {doc}"); errors += 1; continue
            text = docs[doc]
            if lab.get("kind") not in KINDS:
                print(f"line {i}: bad kind {lab.get('kind')}"); errors += 1
            if lab.get("form") not in FORMS:
                print(f"line {i}: bad form {lab.get('form')}"); errors += 1
            if lab.get("split") not in ("dev", "test"):
                print(f"line {i}: bad split"); errors += 1
            if "text" in lab:
                pos = text.find(lab["text"])
                if pos < 0:
                    print(f"line {i}: text not in {doc}: {lab['text'][:60]!r}"); errors += 1; continue
            else:
                a, b = lab.get("from"), lab.get("to")
                if not a or not b:
                    print(f"line {i}: needs text or from/to"); errors += 1; continue
                pos = text.find(a)
                if pos < 0 or text.find(b, pos) < 0:
                    print(f"line {i}: from/to not in {doc}: {a[:40]!r} .. {b[:40]!r}"); errors += 1; continue
            # a repeated span names its occurrence (1-based); spans must come in document order
            key = lab.get("text") or lab.get("from")
            p2 = -1
            for _ in range(lab.get("occurrence", 1)):
                p2 = text.find(key, p2 + 1)
            if p2 < 0:
                print(f"line {i}: occurrence {lab.get('occurrence')} of {key[:50]!r} not in {doc}"); errors += 1
            elif p2 < last_pos.get(doc, -1):
                print(f"line {i}: span out of document order in {doc}: {key[:50]!r}"); errors += 1
            else:
                last_pos[doc] = p2
            src = lab.get("source")
            if src:
                fn = src.get("file")
                if fn not in corpus_cache:
                    try:
                        with open(os.path.join(CORPUS, fn), encoding="utf-8") as cf:
                            corpus_cache[fn] = cf.read()
                    except OSError:
                        print(f"line {i}: no corpus file {fn}"); errors += 1; continue
                if src.get("text", "") not in corpus_cache[fn] or not src.get("text"):
                    print(f"line {i}: source text not in {fn}: {src.get('text','')[:60]!r}"); errors += 1
            if lab.get("cue") and lab["cue"] not in text:
                print(f"line {i}: cue not in doc: {lab['cue']!r}"); errors += 1
    with open(os.path.join(HERE, "sources.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    listed = {r["doc"] for r in rows}
    for d in docs:
        if d not in listed:
            print(f"sources.tsv: missing {d}"); errors += 1
    print(f"{n} labels, {len(docs)} docs, {errors} errors")
    return 1 if errors else 0
if __name__ == "__main__":
    sys.exit(main())
