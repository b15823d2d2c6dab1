#!/usr/bin/env python
"""Evaluate the matcher on the labelled devset.

    python bench/devset_eval.py [--db PATH] [--devset bench/devset.jsonl] [--json OUT]
                                [--list-errors] [--category CAT ...]

For every item: ``Matcher(db).match(make_quote(quote, claimed_author, claimed_work))``.
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
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_devset import CATEGORIES, strip_marks  # noqa: E402

from quotecheck.corpus.library import list_works, open_corpus, shipped_corpus_dir  # noqa: E402
from quotecheck.extract.quotes import make_quote  # noqa: E402
from quotecheck.matching.match import VERDICTS  # noqa: E402
from quotecheck.normalize import fold  # noqa: E402
from quotecheck.store.works import work_text  # noqa: E402

TARGET_VERDICT = 0.95
TARGET_LOCATION = 0.99


def load_devset(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def file_to_work_id(db) -> dict[str, int]:
    """``source.file`` -> work id, through the manifest's title, author and year."""
    by_key = {(w.title, w.author, w.year): w.id for w in list_works(db)}
    by_title_author = defaultdict(list)
    for w in list_works(db):
        by_title_author[(w.title, w.author)].append(w.id)
    out = {}
    with (shipped_corpus_dir() / "works.jsonl").open(encoding="utf-8") as fh:
        for entry in map(json.loads, filter(str.strip, fh)):
            key = (entry["title"], entry["author"], entry.get("year"))
            if key in by_key:
                out[entry["file"]] = by_key[key]
            elif len(by_title_author[key[:2]]) == 1:
                out[entry["file"]] = by_title_author[key[:2]][0]
    return out


def location_ok(item: dict, match, work_ids: dict[str, int]) -> bool | None:
    """Does the reported span overlap a labelled one? None when the item has no source."""
    if item["source"] is None:
        return None
    if match.work_id is None or match.start is None or match.end is None:
        return False
    for src in [item["source"], *item.get("source_alternatives", [])]:
        if (
            work_ids.get(src["file"]) == match.work_id
            and match.start < src["end"]
            and match.end > src["start"]
        ):
            return True
    return False


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.3f}"


def evaluate(db, items: list[dict], progress: bool = True) -> list[dict]:
    from quotecheck.matching.match import Matcher

    matcher = Matcher(db)
    work_ids = file_to_work_id(db)
    missing = {it["source"]["file"] for it in items if it["source"]} - set(work_ids)
    if missing:
        raise SystemExit(f"works missing from the database: {sorted(missing)}")
    stale = [
        it["id"]
        for it in items
        if it["expected_verdict"] in ("verbatim", "misattributed")
        and not it.get("omitted")
        and " ".join(fold(strip_marks(it["quote"])).split())
        != " ".join(
            fold(
                work_text(db, work_ids[it["source"]["file"]], it["source"]["start"], it["source"]["end"])
            ).split()
        )
    ]
    if stale:
        raise SystemExit(
            f"{len(stale)} verbatim items do not match the database text at their offsets ({', '.join(stale[:5])}...):"
            " rebuild the database or regenerate the devset (python bench/make_devset.py)"
        )
    results = []
    for n, item in enumerate(items, 1):
        quote = make_quote(item["quote"], item["claimed_author"], item["claimed_work"])
        t0 = time.perf_counter()
        m = matcher.match(quote)
        elapsed = time.perf_counter() - t0
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
                "meaning_changes": list(m.meaning_changes or []),
                "seconds": elapsed,
                "note": item["note"],
                "quote": item["quote"],
            }
        )
        if progress and n % 25 == 0:
            print(f"  {n}/{len(items)}", file=sys.stderr, flush=True)
    return results


def summarize(results: list[dict]) -> dict:
    per_cat = {}
    for cat in CATEGORIES + sorted({r["category"] for r in results} - set(CATEGORIES)):
        rs = [r for r in results if r["category"] == cat]
        if not rs:
            continue
        located = [r for r in rs if r["location_ok"] is not None and r["expected"] != "not_found"]
        mc = [r for r in rs if r["meaning_change"]]
        kinds = [r for r in mc if r["meaning_change_kind"]]
        per_cat[cat] = {
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
            "p95": secs[min(len(secs) - 1, int(0.95 * len(secs)))] if secs else None,
            "max": secs[-1] if secs else None,
            "total": sum(secs),
        },
        "targets": {
            "verdict_accuracy": TARGET_VERDICT,
            "location_accuracy_verbatim_altered": TARGET_LOCATION,
        },
    }


def print_report(summary: dict, results: list[dict], list_errors: bool) -> None:
    print(
        f"\n{'category':28s} {'n':>4s} {'verdict':>8s} {'loc n':>6s} {'location':>9s} {'mc n':>5s} {'mc flag':>8s} {'mc kind':>8s}"
    )
    for cat, s in summary["per_category"].items():
        print(
            f"{cat:28s} {s['n']:4d} {fmt(s['verdict_accuracy']):>8s} {s['location_n']:6d} "
            f"{fmt(s['location_accuracy']):>9s} {s['meaning_change_n']:5d} {fmt(s['meaning_change_recall']):>8s} "
            f"{fmt(s['meaning_change_kind_recall']):>8s}"
        )
    va, loc = summary["verdict_accuracy"], summary["location_accuracy_verbatim_altered"]

    def mark(x, target):
        return "" if x is None else ("  ok" if x >= target else "  BELOW TARGET")

    print(
        f"\noverall verdict accuracy           {fmt(va)}  (target >= {TARGET_VERDICT}){mark(va, TARGET_VERDICT)}"
    )
    print(
        f"location accuracy, verbatim+altered {fmt(loc)}  (target >= {TARGET_LOCATION}, "
        f"n={summary['location_n_verbatim_altered']}){mark(loc, TARGET_LOCATION)}"
    )
    print(f"meaning-change flags on items without one: {fmt(summary['meaning_change_false_flag_rate'])}")

    print("\nconfusion (rows: expected, columns: got)")
    counts = Counter((r["expected"], r["got"]) for r in results)
    got_cols = VERDICTS + sorted({r["got"] for r in results} - set(VERDICTS))
    print(f"{'':14s}" + "".join(f"{g[:12]:>13s}" for g in got_cols))
    for e in VERDICTS:
        if any(r["expected"] == e for r in results):
            print(f"{e:14s}" + "".join(f"{counts[(e, g)]:13d}" for g in got_cols))

    lat = summary["latency"]
    print(
        f"\nlatency per item: median {lat['median'] * 1000:.0f} ms, p95 {lat['p95'] * 1000:.0f} ms, "
        f"max {lat['max'] * 1000:.0f} ms, total {lat['total']:.1f} s"
    )

    if list_errors:
        print("\nmisjudged items (verdict or location):")
        for r in results:
            if r["verdict_ok"] and r["location_ok"] is not False:
                continue
            where = (
                "" if r["location_ok"] is not False else f" [location: {r['title']} {r['start']}-{r['end']}]"
            )
            print(
                f"  {r['id']:32s} expected {r['expected']:13s} got {r['got']:13s} score {r['score']:5.1f}"
                f"{where}\n      {r['quote'][:100]!r}\n      note: {r['note'][:140]}"
            )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate the matcher on bench/devset.jsonl.")
    ap.add_argument(
        "--db",
        type=Path,
        default=ROOT / "bench" / "out" / "quotes.db",
        help="corpus database (built from the shipped corpus if new; default bench/out/quotes.db)",
    )
    ap.add_argument("--devset", type=Path, default=ROOT / "bench" / "devset.jsonl")
    ap.add_argument("--json", type=Path, help="write the summary and per-item results here")
    ap.add_argument("--list-errors", action="store_true", help="print the misjudged items")
    ap.add_argument("--category", action="append", help="only these categories (repeatable)")
    args = ap.parse_args(argv)

    try:
        import quotecheck.match  # noqa: F401
    except ImportError as exc:
        print(f"the matcher is not available yet: {exc}", file=sys.stderr)
        return 2

    items = load_devset(args.devset)
    if args.category:
        items = [it for it in items if it["category"] in args.category]
    args.db.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    db = open_corpus(args.db)
    print(
        f"database {args.db} ready in {time.perf_counter() - t0:.1f} s; {len(items)} items", file=sys.stderr
    )
    results = evaluate(db, items)
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
