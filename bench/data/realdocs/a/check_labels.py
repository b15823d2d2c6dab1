#!/usr/bin/env python3
"""Verify labels.jsonl: every text/from/to is a byte-exact substring of its document,
labels are in document order, required keys present, source.text found in the corpus file."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("QC_CORPUS", "/work/shared/corpus")
KINDS = {"quotation", "title", "scare"}
FORMS = {"marks", "md_blockquote", "html_blockquote", "q_tag", "indented_block", "colon_block",
         "signature", "epigraph", "verse_lines", "tex"}
KEYS = {"doc", "kind", "form", "speaker", "claimed_author", "claimed_work", "cue", "source", "split", "note"}

def main():
    errs = 0
    docs = {}
    splits = {}
    for line in open(os.path.join(HERE, "sources.tsv"), encoding="utf-8").read().splitlines()[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        splits[cols[0]] = cols[5]
    last_pos = {}
    corpus_cache = {}
    n = 0
    for i, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        rec = json.loads(line)
        def bad(msg):
            nonlocal errs
            errs += 1
            print(f"line {i}: {msg}")
        missing = KEYS - rec.keys()
        if missing:
            bad(f"missing keys {missing}")
        d = rec["doc"]
        if d not in docs:
            p = os.path.join(HERE, "docs", d)
            if not os.path.exists(p):
                bad(f"no doc {d}"); continue
            docs[d] = open(p, encoding="utf-8").read()
        doc = docs[d]
        if rec.get("kind") not in KINDS: bad(f"kind {rec.get('kind')}")
        if rec.get("form") not in FORMS: bad(f"form {rec.get('form')}")
        if d not in splits: bad(f"doc {d} not in sources.tsv")
        elif rec.get("split") != splits[d]: bad(f"split {rec.get('split')} != sources {splits[d]}")
        start = last_pos.get(d, 0)
        if "text" in rec:
            t = rec["text"]
            pos = doc.find(t, start)
            if pos < 0:
                pos2 = doc.find(t)
                bad(f"text not found after previous label ({'found earlier' if pos2>=0 else 'NOT IN DOC'}): {t[:60]!r}")
                pos = pos2 if pos2 >= 0 else start
            last_pos[d] = pos + 1
        elif "from" in rec and "to" in rec:
            a = doc.find(rec["from"], start)
            if a < 0:
                bad(f"from not found: {rec['from']!r}"); continue
            b = doc.find(rec["to"], a)
            if b < 0:
                bad(f"to not found after from: {rec['to']!r}"); continue
            last_pos[d] = a + 1
        else:
            bad("neither text nor from/to")
        if rec.get("cue") is not None and rec["cue"] not in doc:
            bad(f"cue not in doc: {rec['cue']!r}")
        src = rec.get("source")
        if src:
            f = src["file"]
            if f not in corpus_cache:
                fp = os.path.join(CORPUS, f)
                corpus_cache[f] = open(fp, encoding="utf-8").read() if os.path.exists(fp) else None
            if corpus_cache[f] is None: bad(f"no corpus file {f}")
            elif src["text"] not in corpus_cache[f]: bad(f"source text not in {f}: {src['text'][:60]!r}")
    print(f"{n} labels, {len(docs)} docs, {errs} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
