#!/usr/bin/env python3
"""Check the real-document sets' labels (one checker for every set: a, b, c, ...).

Usage: python3 check_labels.py [SET_DIR ...]   (default: every set beside this file)

For each set: every text/from/to/cue is a byte-exact substring of its document; spans come
in document order (a repeated span carries "occurrence", 1-based, or is the first after the
label before it); kind, form and split are
known values; each label's split is its document's in sources.tsv, which lists every
document; source texts are exact substrings of the corpus files ($QC_CORPUS, default
../../../../shared/corpus)."""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("QC_CORPUS", os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus"))
KINDS = {"quotation", "title", "scare"}
FORMS = {"marks", "md_blockquote", "html_blockquote", "q_tag", "indented_block", "colon_block",
         "signature", "epigraph", "verse_lines", "tex", "unmarked"}


def check_set(folder, corpus_cache):
    """Print each problem of one set; return how many there were."""
    errors = 0

    def bad(where, msg):
        nonlocal errors
        errors += 1
        print(f"{os.path.basename(folder)} {where}: {msg}")

    docs = {}
    for name in os.listdir(os.path.join(folder, "docs")):
        with open(os.path.join(folder, "docs", name), encoding="utf-8") as f:
            docs[name] = f.read()
    with open(os.path.join(folder, "sources.tsv"), encoding="utf-8") as f:
        splits = {r["doc"]: r["split"] for r in csv.DictReader(f, delimiter="\t")}
    for d in docs:
        if d not in splits:
            bad("sources.tsv", f"missing {d}")
    last_pos, n = {}, 0
    with open(os.path.join(folder, "labels.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            where = f"line {i}"
            try:
                lab = json.loads(line)
            except ValueError as e:
                bad(where, f"bad json: {e}")
                continue
            doc = lab.get("doc")
            if doc not in docs:
                bad(where, f"unknown doc {doc}")
                continue
            text = docs[doc]
            if lab.get("kind") not in KINDS:
                bad(where, f"bad kind {lab.get('kind')}")
            if lab.get("form") not in FORMS:
                bad(where, f"bad form {lab.get('form')}")
            if lab.get("split") != splits.get(doc):
                bad(where, f"split {lab.get('split')} is not {doc}'s in sources.tsv ({splits.get(doc)})")
            if "text" in lab:
                if text.find(lab["text"]) < 0:
                    bad(where, f"text not in {doc}: {lab['text'][:60]!r}")
                    continue
            else:
                a, b = lab.get("from"), lab.get("to")
                if not a or not b:
                    bad(where, "needs text or from/to")
                    continue
                pos = text.find(a)
                if pos < 0 or text.find(b, pos) < 0:
                    bad(where, f"from/to not in {doc}: {a[:40]!r} .. {b[:40]!r}")
                    continue
            # a repeated span names its occurrence; without one, the first at or after the last label
            key = lab.get("text") or lab.get("from")
            if "occurrence" in lab:
                pos = -1
                for _ in range(lab["occurrence"]):
                    pos = text.find(key, pos + 1)
            else:
                pos = text.find(key, last_pos.get(doc, 0))
            if pos < 0:
                bad(where, f"occurrence {lab.get('occurrence')} of {key[:50]!r} not in {doc}")
            elif pos < last_pos.get(doc, -1):
                bad(where, f"span out of document order in {doc}: {key[:50]!r}")
            else:
                last_pos[doc] = pos
            src = lab.get("source")
            if src:
                fn = src.get("file")
                if fn not in corpus_cache:
                    try:
                        with open(os.path.join(CORPUS, fn), encoding="utf-8") as cf:
                            corpus_cache[fn] = cf.read()
                    except OSError:
                        corpus_cache[fn] = None
                if corpus_cache[fn] is None:
                    bad(where, f"no corpus file {fn}")
                elif not src.get("text") or src["text"] not in corpus_cache[fn]:
                    bad(where, f"source text not in {fn}: {src.get('text', '')[:60]!r}")
            if lab.get("cue") and lab["cue"] not in text:
                bad(where, f"cue not in doc: {lab['cue']!r}")
    print(f"{os.path.basename(folder)}: {n} labels, {len(docs)} docs, {errors} errors")
    return errors


def main(argv):
    folders = argv or sorted(
        os.path.join(HERE, d) for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "labels.jsonl"))
    )
    corpus_cache = {}
    return 1 if sum(check_set(folder, corpus_cache) for folder in folders) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
