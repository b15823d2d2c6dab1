"""Evaluate the matcher on the labelled devset.

    python -m bench.devset_eval [--db PATH] [--devset bench/devset.jsonl] [--json OUT]
                                [--list-errors] [--category CAT ...]

For every item: ``match_text(matcher, quote, claimed_author, claimed_work)``
(bench/common.py). ``--set NAME=VALUE`` passes a matcher setting (threshold sweeps).
Prints, per category: n, verdict accuracy, location accuracy (the reported
span overlaps the labelled one on the labelled work, or one of the item's
``source_alternatives``: another place in the same work or another edition of
it) and meaning-change flag recall; then the overall verdict accuracy, the
location accuracy on verbatim + altered items, a verdict confusion matrix and
the per-item latency. ``--list-errors`` lists the misjudged items.

The database is built from the shipped corpus on first use (``open_corpus``);
``source.file`` is mapped to a work id through ``corpus/works.jsonl`` (title,
author and year, which tell the two Dorian Gray files apart).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from quotecheck.normalize import fold

from .common import (
    CATEGORIES,
    DEVSET,
    OUT,
    add_settings_option,
    config_from_args,
    file_to_work_id,
    fmt_ratio,
    load_devset,
    location_ok,
    make_matcher,
    match_text,
    open_bench_db,
    percentile,
    print_table,
    ratio,
    strip_marks,
    timed,
    verdict_names,
    work_text,
)

#: The figures the matcher is held to (issue 4), printed beside the results.
TARGET_VERDICT = 0.95
TARGET_LOCATION = 0.99


def stale_items(db, items: list[dict], work_ids: dict[str, int]) -> list[str]:
    """Ids of verbatim items whose words are not the database's text at their offsets."""

    def words(text: str) -> str:
        return " ".join(fold(text).split())

    return [
        it["id"]
        for it in items
        if it["expected_verdict"] in ("verbatim", "misattributed")
        and not it.get("omitted")
        and words(strip_marks(it["quote"]))
        != words(work_text(db, work_ids[it["source"]["file"]], it["source"]["start"], it["source"]["end"]))
    ]


def evaluate(db, items: list[dict], progress: bool = True, config=None) -> list[dict]:
    """Match every item; one result dict per item (what ``--json`` writes)."""
    matcher = make_matcher(db, config)
    work_ids = file_to_work_id(db)
    missing = {it["source"]["file"] for it in items if it["source"]} - set(work_ids)
    if missing:
        raise SystemExit(f"works missing from the database: {sorted(missing)}")
    stale = stale_items(db, items, work_ids)
    if stale:
        raise SystemExit(
            f"{len(stale)} verbatim items do not match the database text at their offsets ({', '.join(stale[:5])}...):"
            " rebuild the database or regenerate the devset (python -m bench.generate.devset)"
        )
    results = []
    for n, item in enumerate(items, 1):
        m, elapsed = timed(match_text, matcher, item["quote"], item["claimed_author"], item["claimed_work"])
        results.append(
            {
                "id": item["id"],
                "category": item["category"],
                "expected": item["expected_verdict"],
                "got": m.verdict,
                "score": m.score,
                "verdict_ok": m.verdict == item["expected_verdict"],
                "location_ok": location_ok(item, m, work_ids),
                "work_id": m.work_id,
                "title": m.title,
                "start": m.start,
                "end": m.end,
                "meaning_change": item["meaning_change"],
                "meaning_change_kind": item.get("meaning_change_kind"),
                "meaning_changes": list(m.meaning_changes),
                "seconds": elapsed,
                "note": item["note"],
                "quote": item["quote"],
            }
        )
        if progress and n % 25 == 0:
            print(f"  {n}/{len(items)}", file=sys.stderr, flush=True)
    return results


def category_summary(rs: list[dict]) -> dict:
    """Verdict, location and meaning-change figures of one category's results."""
    located = [r for r in rs if r["location_ok"] is not None and r["expected"] != "not_found"]
    mc = [r for r in rs if r["meaning_change"]]
    kinds = [r for r in mc if r["meaning_change_kind"]]
    return {
        "n": len(rs),
        "verdict_accuracy": ratio(sum(r["verdict_ok"] for r in rs), len(rs)),
        "location_n": len(located),
        "location_accuracy": ratio(sum(r["location_ok"] for r in located), len(located)),
        "meaning_change_n": len(mc),
        "meaning_change_recall": ratio(sum(bool(r["meaning_changes"]) for r in mc), len(mc)),
        "meaning_change_kind_recall": ratio(
            sum(r["meaning_change_kind"] in r["meaning_changes"] for r in kinds), len(kinds)
        ),
    }


def summarize(results: list[dict]) -> dict:
    per_cat = {}
    for cat in CATEGORIES + sorted({r["category"] for r in results} - set(CATEGORIES)):
        rs = [r for r in results if r["category"] == cat]
        if rs:
            per_cat[cat] = category_summary(rs)
    va = [r for r in results if r["expected"] in ("verbatim", "altered") and r["location_ok"] is not None]
    false_flags = [r for r in results if not r["meaning_change"] and r["expected"] in ("verbatim", "altered")]
    confusion = Counter((r["expected"], r["got"]) for r in results)
    secs = sorted(r["seconds"] for r in results)
    return {
        "n": len(results),
        "verdict_accuracy": ratio(sum(r["verdict_ok"] for r in results), len(results)),
        "location_accuracy_verbatim_altered": ratio(sum(r["location_ok"] for r in va), len(va)),
        "location_n_verbatim_altered": len(va),
        "meaning_change_false_flag_rate": ratio(
            sum(bool(r["meaning_changes"]) for r in false_flags), len(false_flags)
        ),
        "per_category": per_cat,
        "confusion": {f"{e}->{g}": c for (e, g), c in sorted(confusion.items())},
        "latency": {
            "median": statistics.median(secs) if secs else None,
            "p95": percentile(secs, 0.95) if secs else None,
            "max": secs[-1] if secs else None,
            "total": sum(secs),
        },
        "targets": {
            "verdict_accuracy": TARGET_VERDICT,
            "location_accuracy_verbatim_altered": TARGET_LOCATION,
        },
    }


def print_categories(summary: dict) -> None:
    print(
        f"\n{'category':28s} {'n':>4s} {'verdict':>8s} {'loc n':>6s} {'location':>9s} {'mc n':>5s} {'mc flag':>8s} {'mc kind':>8s}"
    )
    for cat, s in summary["per_category"].items():
        print(
            f"{cat:28s} {s['n']:4d} {fmt_ratio(s['verdict_accuracy']):>8s} {s['location_n']:6d} "
            f"{fmt_ratio(s['location_accuracy']):>9s} {s['meaning_change_n']:5d} "
            f"{fmt_ratio(s['meaning_change_recall']):>8s} {fmt_ratio(s['meaning_change_kind_recall']):>8s}"
        )


def print_overall(summary: dict) -> None:
    va, loc = summary["verdict_accuracy"], summary["location_accuracy_verbatim_altered"]

    def mark(x, target):
        return "" if x is None else ("  ok" if x >= target else "  BELOW TARGET")

    print(
        f"\noverall verdict accuracy           {fmt_ratio(va)}  (target >= {TARGET_VERDICT}){mark(va, TARGET_VERDICT)}"
    )
    print(
        f"location accuracy, verbatim+altered {fmt_ratio(loc)}  (target >= {TARGET_LOCATION}, "
        f"n={summary['location_n_verbatim_altered']}){mark(loc, TARGET_LOCATION)}"
    )
    print(
        f"meaning-change flags on items without one: {fmt_ratio(summary['meaning_change_false_flag_rate'])}"
    )


def print_confusion(results: list[dict]) -> None:
    """Expected verdicts (rows) against the verdicts got (columns), quotecheck's order first."""
    print("\nconfusion (rows: expected, columns: got)")
    counts = Counter((r["expected"], r["got"]) for r in results)
    verdicts = list(verdict_names())
    got_cols = verdicts + sorted({r["got"] for r in results} - set(verdicts))
    rows = [
        [e, *(counts[(e, g)] for g in got_cols)] for e in verdicts if any(r["expected"] == e for r in results)
    ]
    print_table(["", *(g[:12] for g in got_cols)], rows, [14] + [13] * len(got_cols))


def print_errors(results: list[dict]) -> None:
    print("\nmisjudged items (verdict or location):")
    for r in results:
        if r["verdict_ok"] and r["location_ok"] is not False:
            continue
        where = "" if r["location_ok"] is not False else f" [location: {r['title']} {r['start']}-{r['end']}]"
        print(
            f"  {r['id']:32s} expected {r['expected']:13s} got {r['got']:13s} score {r['score']:5.1f}"
            f"{where}\n      {r['quote'][:100]!r}\n      note: {r['note'][:140]}"
        )


def print_report(summary: dict, results: list[dict], list_errors: bool) -> None:
    print_categories(summary)
    print_overall(summary)
    print_confusion(results)
    lat = summary["latency"]
    print(
        f"\nlatency per item: median {lat['median'] * 1000:.0f} ms, p95 {lat['p95'] * 1000:.0f} ms, "
        f"max {lat['max'] * 1000:.0f} ms, total {lat['total']:.1f} s"
    )
    if list_errors:
        print_errors(results)


def parse_args(argv=None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Evaluate the matcher on bench/devset.jsonl.")
    ap.add_argument(
        "--db",
        type=Path,
        default=OUT / "quotes.db",
        help="corpus database (built from the shipped corpus if new; default bench/out/quotes.db)",
    )
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--json", type=Path, help="write the summary and per-item results here")
    ap.add_argument("--list-errors", action="store_true", help="print the misjudged items")
    ap.add_argument("--category", action="append", help="only these categories (repeatable)")
    add_settings_option(ap)
    args = ap.parse_args(argv)
    args.config = config_from_args(ap, args)
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    items = load_devset(args.devset)
    if args.category:
        items = [it for it in items if it["category"] in args.category]
    args.db.parent.mkdir(parents=True, exist_ok=True)
    db, seconds = timed(open_bench_db, args.db)
    print(f"database {args.db} ready in {seconds:.1f} s; {len(items)} items", file=sys.stderr)
    results = evaluate(db, items, config=args.config)
    summary = summarize(results)
    print_report(summary, results, args.list_errors)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"summary": summary, "items": results}, indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
