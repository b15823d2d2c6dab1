"""Render a stored check for people and programs: text, json, md, html, csv.

:func:`render` takes a :class:`~quotecheck.records.CheckResult`; every renderer
reads its JSON contract (:meth:`CheckResult.to_json`), so all formats show
the same fields and a report is the same whether it is shown right after
``check`` or later by ``report``. Nothing here matches or queries.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import click

from ..records import CheckResult, Verdict
from .view import PROBLEMS, TextOf, annotate

VERDICTS = tuple(str(v) for v in Verdict)

__all__ = ["render", "FORMATS"]

_VERDICT_COLOURS = {
    "verbatim": "green",
    "altered": "yellow",
    "paraphrase": "cyan",
    "misattributed": "magenta",
    "not_found": "red",
}


def _summary_line(report: dict) -> str:
    counts = report["summary"]
    parts = [f"{counts.get(v, 0)} {v}" for v in VERDICTS]
    others: dict[str, int] = {}
    for q in report["quotes"]:
        if q["kind"] != "quotation":
            others[q["kind"]] = others.get(q["kind"], 0) + 1
    extra = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(others.items()))
    total = sum(counts.values())
    line = f"{total} quotation{'s' if total != 1 else ''} checked: " + ", ".join(parts)
    return line + (f" (also {extra}, not checked)" if extra else "")


def _diff_text(diff: list[dict], style: Callable[..., str]) -> str:
    """wdiff-style: ``[-source words-]{+quoted words+}``; editorial marks shown as such."""
    out = []
    for op in diff:
        kind = op["op"]
        if op.get("editorial"):
            out.append(style(op["quoted"] if kind == "add" else "(...)", dim=True))
        elif kind == "equal":
            out.append(op["quoted"])
        elif kind == "replace":
            out.append(style(f"[-{op['original']}-]", fg="red") + style(f"{{+{op['quoted']}+}}", fg="green"))
        elif kind == "omit":
            out.append(style(f"[-{op['original']}-]", fg="red") + (" (moved)" if op.get("moved") else ""))
        elif kind == "add":
            out.append(style(f"{{+{op['quoted']}+}}", fg="green") + (" (moved)" if op.get("moved") else ""))
    return _one_line(" ".join(out))  # a quotation joined from paragraphs keeps its line breaks


def _claim(q: dict) -> str:
    who = q["claimed_author"] or "nobody named"
    return (
        who
        + (f", {q['claimed_work']}" if q["claimed_work"] else "")
        + (f"  [cue: {q['cue']}]" if q.get("cue") else "")
    )


def _source(m: dict) -> str:
    by = f"{m['author']}, " if m.get("author") else ""
    return f"{by}{m['title']} — {m['location']} (chars {m['start']}-{m['end']})"


def _location(report: dict, q: dict) -> str:
    """``file:line:col`` of a quotation (the offset when no line is known)."""
    source = report["document"]["source"]
    if q.get("line") is not None:
        return f"{source}:{q['line']}:{q['column']}"
    return f"{source}:@{q['start']}"


def _short(text: str, limit: int = 90) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text_quote(report: dict, q: dict, style: Callable[..., str]) -> list[str]:
    """One line for a verbatim quotation; a head line and the details for the others."""
    verdict = q["verdict"] or "not checked"
    head = style(verdict.upper(), fg=_VERDICT_COLOURS.get(verdict), bold=True)
    score = f" {_score(q)}" if _score(q) and verdict != "verbatim" else ""
    number = q.get("number", q["id"])
    m = q["match"]
    first = f"{_location(report, q)}: #{number} {head}{score} “{_short(q['text'])}”"
    review = q.get("review")
    reviewed = (
        f"  [{review['decision']}ed" + (f": {review['note']}" if review["note"] else "") + "]"
        if review
        else ""
    )
    if verdict == "verbatim" and m:
        by = f"{m['author']}, " if m.get("author") else ""
        return [f"{first} — {by}{m['title']}, {m['location']}{reviewed}"]
    lines = [first]
    if len(_one_line(q["text"])) > 90:
        lines.append(f"    quote:   “{_one_line(q['text'])}”")
    lines.append(f"    claimed: {_claim(q)}")
    if m:
        lines.append(f"    source:  {_source(m)}")
        if verdict != "verbatim":
            lines.append(f"    diff:    {_diff_text(m['diff'], style)}")
        if m.get("context") and verdict != "verbatim":
            lines.append(f"    context: …{_one_line(m['context'])}…")
    for alt in q["alternatives"]:
        lines.append(
            f"    also:    {alt['author'] or ''}, {alt['title']} — {alt['location']} (score {alt['score']:.0f})"
        )
    if q.get("quoted_in"):
        lines.append("    quoted:  also in " + "; ".join(_quoted_in_text(o) for o in q["quoted_in"]))
    if q["note"]:
        lines.append(f"    note:    {q['note']}")
    if review:
        lines.append(
            f"    review:  {review['decision']}ed {review['created_at']}"
            + (f": {review['note']}" if review["note"] else "")
        )
    return lines


def render_text(report: dict, color: bool = False, quiet: bool = False) -> str:
    """Compact: one line per verbatim quotation, details for the others, the summary last.
    ``quiet``: only the quotations with problems (:data:`PROBLEMS`), no summary."""

    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if color else text

    if "number" not in next(iter(report["quotes"]), {"number": 1}):
        report = annotate(report)
    lines = []
    for q in report["quotes"]:
        if q["kind"] != "quotation" or (quiet and q["verdict"] not in PROBLEMS):
            continue
        lines += _text_quote(report, q, style)
    if quiet:
        return "".join(line + "\n" for line in lines)
    doc = report["document"]
    stored = f"check {report['check_id']}" if report.get("check_id") is not None else "not stored"
    lines.append(style(doc["source"], bold=True) + f": {stored}, {report['created_at']}: {_summary_line(report)}")
    return "\n".join(lines) + "\n"


def _quoted_in_text(other: dict) -> str:
    how = "faithfully" if other.get("verdict") == "verbatim" else "altered"
    credit = f", credited to {other['attributed_to']}" if other.get("attributed_to") else ""
    return f"{other['title']} ({other.get('author') or 'anonymous'}; {how}{credit})"


def _score(q: dict) -> str:
    """The score as shown: not for a quotation not found, unless a closest passage is shown."""
    if q["score"] is None or (q["verdict"] == "not_found" and not q["alternatives"]):
        return ""
    return f"{q['score']:.0f}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _diff_md(diff: list[dict]) -> str:
    out = []
    for op in diff:
        if op.get("editorial"):
            out.append(f"*{op['quoted'] if op['op'] == 'add' else '(…)'}*")
        elif op["op"] == "equal":
            out.append(_md_escape(op["quoted"]))
        elif op["op"] == "replace":
            out.append(f"~~{_md_escape(op['original'])}~~ **{_md_escape(op['quoted'])}**")
        elif op["op"] == "omit":
            out.append(f"~~{_md_escape(op['original'])}~~")
        else:
            out.append(f"**{_md_escape(op['quoted'])}**")
    return " ".join(out)


def _md_escape(text: str) -> str:
    return _one_line(text).replace("*", "\\*").replace("~", "\\~").replace("|", "\\|")


def _md_review(review: dict | None) -> str:
    if not review:
        return ""
    return review["decision"] + (f": {_md_escape(review['note'])}" if review.get("note") else "")


def _place(alt: dict) -> str:
    by = f"{alt['author']}, " if alt.get("author") else ""
    year = f" ({alt['year']})" if alt.get("year") else ""
    return f"{by}{alt['title']}{year} — {alt['location']} (score {alt['score']:.0f})"


def render_md(report: dict) -> str:
    doc = report["document"]
    out = [
        f"# Quotation check: {doc['source']}",
        "",
        f"Check {report['check_id']} on {report['created_at']}. {_summary_line(report)}.",
        "",
        "| # | verdict | score | claimed | source | review |",
        "|---|---|---|---|---|---|",
    ]
    quotations = [q for q in report["quotes"] if q["kind"] == "quotation"]
    for q in quotations:
        m = q["match"]
        source = (
            (f"{_md_escape(m['author'])}, " if m["author"] else "")
            + f"*{_md_escape(m['title'])}*, {_md_escape(m['location'])}"
            if m
            else "—"
        )
        review = _md_review(q.get("review"))
        out.append(
            f"| {q.get('number', q['id'])} | **{q['verdict'] or 'not checked'}** | {_score(q)} | {_md_escape(_claim(q))}"
            f" | {source} | {review} |"
        )
    for q in quotations:
        where = f" ({report['document']['source']}:{q['line']}:{q['column']})" if q.get("line") else ""
        out += [
            "",
            f"## #{q.get('number', q['id'])}: {q['verdict'] or 'not checked'}{where}",
            "",
            f"> {_md_escape(q['text'])}",
            "",
        ]
        out.append(f"- Claimed: {_md_escape(_claim(q))}")
        m = q["match"]
        if m:
            out.append(f"- Source: {_md_escape(_source(m))}")
            out.append(f"- Original: “{_md_escape(m['text'] or '')}”")
            out.append(f"- Differences: {_diff_md(m['diff'])}")
            if m.get("context"):
                out.append(f"- Context: …{_md_escape(m['context'])}…")
        for alt in q["alternatives"]:
            out.append(f"- Also: {_md_escape(_place(alt))}")
        for other in q.get("quoted_in") or []:
            out.append(f"- Quoted in: {_md_escape(_quoted_in_text(other))}")
        if q["note"]:
            out.append(f"- Note: {_md_escape(q['note'])}")
        if q.get("review"):
            out.append(f"- Review: {_md_review(q['review'])} ({q['review']['created_at']})")
    titles = [q for q in report["quotes"] if q["kind"] != "quotation"]
    if titles:
        out += ["", "## Not checked", ""]
        out += [f"- {q['kind']}: “{_md_escape(q['text'])}”" for q in titles]
    return "\n".join(out) + "\n"


CSV_FIELDS = [
    "check_id", "quote_id", "kind", "verdict", "score", "text", "start", "end", "claimed_author",
    "claimed_work", "source_title", "source_author", "location", "source_start", "source_end",
    "original", "meaning_changes", "note", "review",
    "number", "line", "column", "review_note",
]  # fmt: skip


def render_csv(report: dict) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for q in report["quotes"]:
        m = q["match"] or {}
        writer.writerow(
            {
                "check_id": report["check_id"],
                "quote_id": q["id"],
                "kind": q["kind"],
                "verdict": q["verdict"] or "",
                "score": "" if q["score"] is None else q["score"],
                "text": _one_line(q["text"]),
                "start": q["start"],
                "end": q["end"],
                "claimed_author": q["claimed_author"] or "",
                "claimed_work": q["claimed_work"] or "",
                "source_title": m.get("title") or "",
                "source_author": m.get("author") or "",
                "location": m.get("location") or "",
                "source_start": "" if m.get("start") is None else m["start"],
                "source_end": "" if m.get("end") is None else m["end"],
                "original": _one_line(m.get("text") or ""),
                "meaning_changes": ";".join(q["meaning_changes"]),
                "note": _one_line(q["note"] or ""),
                "review": (q.get("review") or {}).get("decision", ""),
                "number": q.get("number", ""),
                "line": q.get("line", ""),
                "column": q.get("column", ""),
                "review_note": _one_line((q.get("review") or {}).get("note") or ""),
            }
        )
    return buf.getvalue()


FORMATS = ("text", "json", "md", "html", "csv")


def render(
    result: CheckResult | dict,
    fmt: str,
    color: bool = False,
    *,
    quiet: bool = False,
    text_of: TextOf | None = None,
) -> str:
    """Render a check in ``fmt`` (one of :data:`FORMATS`): a result, or its JSON contract
    already annotated (numbers, lines). ``quiet`` (text): problems only;
    ``text_of(work_id, start, end)`` gives the HTML report the quoting works' wording."""
    report = result if isinstance(result, dict) else annotate(result.to_json())
    if fmt == "text":
        return render_text(report, color=color, quiet=quiet)
    if fmt == "html":
        from .html import render_html

        return render_html(report, text_of)
    return {"json": render_json, "md": render_md, "csv": render_csv}[fmt](report)
