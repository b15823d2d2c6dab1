"""Measure the extractor against hand-labelled quotation spans.

Usage: python -m bench.extract_eval [--verbose]   (from the project root)

Labels are ``bench/extract/labels.jsonl``, one span per line, in document
order: ``doc``, either ``text`` (the exact quoted text, without its marks) or
``from``/``to`` (its first and last words), ``kind``, ``claimed_author``,
``claimed_work`` and optionally ``block``. See ``bench/extract/README.md`` for
how they were labelled.

A predicted span matches a labelled one when it is identical or the two
overlap by at least 90% of the longer. Reported per document style and
overall: span precision and recall (all kinds), the same for spans of kind
``quotation`` only, kind accuracy on matched spans, and attribution accuracy
on matched quotations (author and work both right).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict

from .common import BENCH as BENCH_DIR
from .common import QUOTATION, extract_spans, read_document, timed

BENCH = BENCH_DIR / "extract"
STYLES = {
    "news.txt": "news (plain text)",
    "essay.txt": "essay, block quotes (plain text)",
    "alice-ch5.txt": "novel dialogue (plain text)",
    "notes.md": "markdown",
    "mia-ch01-s1.htm": "html (MIA)",
    "mia-preface.htm": "html (MIA)",
    "eflux-comment.txt": "blog comment (plain text)",
}
MARKS = "\"'“”‘’«»„‚‹›"


def locate(text: str, label: dict, cursor: int) -> tuple[int, int]:
    """The labelled span's offsets: the next occurrence at or after ``cursor``
    that opens with a quote mark (block quotations need none)."""
    probe = label.get("text", label.get("from"))
    pos = cursor
    while True:
        start = text.find(probe, pos)
        if start < 0:
            raise SystemExit(f"label not found in {label['doc']}: {probe!r}")
        before = text[max(0, start - 2) : start]
        if label.get("block") or before[-1:] in tuple(MARKS) or before in ("« ", "‹ "):
            break
        pos = start + 1
    if "text" in label:
        return start, start + len(label["text"])
    end = text.find(label["to"], start)
    if end < 0:
        raise SystemExit(f"label end not found in {label['doc']}: {label['to']!r}")
    return start, end + len(label["to"])


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(inter, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def _names(value: str | None) -> set[str]:
    if not value:
        return set()
    parts = re.split(r"\s+and\s+|\s*&\s*|\s*;\s*", value)
    return {re.sub(r"[’']s$", "", p.split()[-1]).lower() for p in parts if p.split()}


def author_ok(label: str | None, pred: str | None) -> bool:
    """Same person: both absent, or the predicted surname is one of the labelled ones."""
    if not label or not pred:
        return not label and not pred
    return bool(_names(pred) & _names(label))


def _norm(s: str) -> str:
    s = re.sub(r"^(?:the|a|an)\s+", "", s.lower().replace("’", "'"))
    return re.sub(r"[^\w' ]+", " ", s).split() and " ".join(re.sub(r"[^\w' ]+", " ", s).split())


def work_ok(label: str | None, pred: str | None) -> bool:
    """Same work(s): both absent, or each labelled title contains or is contained in a predicted one."""
    if not label or not pred:
        return not label and not pred
    preds = [_norm(p) for p in pred.split(";") if p.strip()]
    return all(any(lw in pw or pw in lw for pw in preds) for lw in (_norm(x) for x in label.split(";")))


def pair_spans(gold: list[tuple], preds: list) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs overlapping by >= 90%, best overlaps first."""
    pairs = sorted(
        (
            (overlap(g[0], (p.start, p.end)), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(preds)
        ),
        reverse=True,
    )
    used_g, used_p, matches = set(), set(), []
    for ov, gi, pi in pairs:
        if ov < 0.9:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matches.append((gi, pi))
    return matches


def count(s: dict[str, int], gold: list[tuple], preds: list, matches: list[tuple[int, int]]) -> None:
    """Add one document's spans, matches, kinds and attributions to the counts ``s``."""
    s["gold"] += len(gold)
    s["pred"] += len(preds)
    s["match"] += len(matches)
    s["gold_q"] += sum(1 for _, lab in gold if lab["kind"] == QUOTATION)
    s["pred_q"] += sum(1 for p in preds if p.kind == QUOTATION)
    for gi, pi in matches:
        lab, pred = gold[gi][1], preds[pi]
        s["kind_ok"] += lab["kind"] == pred.kind
        if lab["kind"] == QUOTATION and pred.kind == QUOTATION:
            s["match_q"] += 1
        if lab["kind"] == QUOTATION:
            s["attr_n"] += 1
            a_ok = author_ok(lab["claimed_author"], pred.claimed_author)
            w_ok = work_ok(lab["claimed_work"], pred.claimed_work)
            s["author_ok"] += a_ok
            s["attr_ok"] += a_ok and w_ok


def print_misses(
    doc_name: str, text: str, gold: list[tuple], preds: list, matches: list[tuple[int, int]]
) -> None:
    """Every missed, extra, wrongly kinded and wrongly attributed span of one document."""
    used_g, used_p = {gi for gi, _ in matches}, {pi for _, pi in matches}
    for gi, (span, lab) in enumerate(gold):
        if gi not in used_g:
            print(f"MISSED  {doc_name} {span} {lab['kind']}: {text[span[0] : span[1]][:70]!r}")
    for pi, p in enumerate(preds):
        if pi not in used_p:
            print(f"EXTRA   {doc_name} {p.start}-{p.end} {p.kind}: {p.text[:70]!r}")
    for gi, pi in matches:
        lab, p = gold[gi][1], preds[pi]
        if lab["kind"] != p.kind:
            print(f"KIND    {doc_name} {p.text[:50]!r}: labelled {lab['kind']}, got {p.kind}")
        elif lab["kind"] == QUOTATION and not (
            author_ok(lab["claimed_author"], p.claimed_author)
            and work_ok(lab["claimed_work"], p.claimed_work)
        ):
            print(
                f"ATTR    {doc_name} {p.text[:40]!r}: labelled {lab['claimed_author']!r}/{lab['claimed_work']!r},"
                f" got {p.claimed_author!r}/{p.claimed_work!r} ({p.cue!r})"
            )


def evaluate(verbose: bool = False) -> dict:
    labels = [
        json.loads(line) for line in (BENCH / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for label in labels:
        by_doc[label["doc"]].append(label)
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    elapsed = 0.0
    for doc_name, doc_labels in by_doc.items():
        doc = read_document(BENCH / doc_name)
        preds, seconds = timed(extract_spans, doc)
        elapsed += seconds
        gold = []
        cursor = 0
        for label in doc_labels:
            span = locate(doc.text, label, cursor)
            cursor = span[0] + 1
            gold.append((span, label))
        matches = pair_spans(gold, preds)
        for key in (STYLES.get(doc_name, doc_name), "overall"):
            count(stats[key], gold, preds, matches)
        if verbose:
            print_misses(doc_name, doc.text, gold, preds, matches)
    return {"stats": stats, "seconds": elapsed}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss, extra and error")
    args = parser.parse_args()
    result = evaluate(args.verbose)
    stats = result["stats"]
    header = (
        f"{'style':34} {'spans':>5} {'prec':>6} {'recall':>6} {'q-prec':>6} {'q-rec':>6} {'kind':>6} "
        f"{'author':>6} {'attrib':>6}"
    )
    print(header)
    print("-" * len(header))
    for key in [k for k in stats if k != "overall"] + ["overall"]:
        s = stats[key]
        print(
            f"{key:34} {s['gold']:>5} {_ratio(s['match'], s['pred']):>6} {_ratio(s['match'], s['gold']):>6} "
            f"{_ratio(s['match_q'], s['pred_q']):>6} {_ratio(s['match_q'], s['gold_q']):>6} "
            f"{_ratio(s['kind_ok'], s['match']):>6} {_ratio(s['author_ok'], s['attr_n']):>6} "
            f"{_ratio(s['attr_ok'], s['attr_n']):>6}"
        )
    print(f"\nextraction time: {result['seconds'] * 1000:.0f} ms for {len(stats) - 1} styles")


if __name__ == "__main__":
    main()
