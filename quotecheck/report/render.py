"""Render a stored check for people and programs: text, json, md, html, csv.

:func:`render` takes a :class:`~quotecheck.records.CheckResult`; every renderer
reads its JSON contract (:meth:`CheckResult.to_json`), so all formats show
the same fields and a report is the same whether it is shown right after
``check`` or later by ``report``. Nothing here matches or queries.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable

import click

from ..records import CheckResult, Verdict

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
    return " ".join(out)


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


def render_text(report: dict, color: bool = False) -> str:
    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if color else text

    doc = report["document"]
    lines = [
        style(f"{doc['source']}", bold=True) + f"  (check {report['check_id']}, {report['created_at']})",
        _summary_line(report),
    ]
    for q in report["quotes"]:
        lines.append("")
        if q["kind"] != "quotation":
            lines.append(style(f"#{q['id']} {q['kind']}", dim=True) + f"  “{q['text']}”")
            continue
        verdict = q["verdict"] or "not checked"
        head = style(verdict.upper(), fg=_VERDICT_COLOURS.get(verdict), bold=True)
        score = f"  score {_score(q)}" if _score(q) else ""
        lines.append(f"#{q['id']} {head}{score}  (document chars {q['start']}-{q['end']})")
        lines.append(f"  quote:   “{_one_line(q['text'])}”")
        lines.append(f"  claimed: {_claim(q)}")
        m = q["match"]
        if m:
            lines.append(f"  source:  {_source(m)}")
            lines.append(f"  diff:    {_diff_text(m['diff'], style)}")
            if m.get("context"):
                lines.append(f"  context: …{_one_line(m['context'])}…")
        for alt in q["alternatives"]:
            lines.append(
                f"  also:    {alt['author'] or ''}, {alt['title']} — {alt['location']} (score {alt['score']:.0f})"
            )
        quoted_in = q.get("quoted_in") or []
        if quoted_in:
            lines.append("  quoted:  also in " + "; ".join(_quoted_in_text(o) for o in quoted_in))
        if q["note"]:
            lines.append(f"  note:    {q['note']}")
        if q.get("review"):
            r = q["review"]
            lines.append(
                f"  review:  {r['decision']}ed {r['created_at']}" + (f": {r['note']}" if r["note"] else "")
            )
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


def render_md(report: dict) -> str:
    doc = report["document"]
    out = [
        f"# Quotation check: {doc['source']}",
        "",
        f"Check {report['check_id']} on {report['created_at']}. {_summary_line(report)}.",
        "",
        "| # | verdict | score | claimed | source |",
        "|---|---|---|---|---|",
    ]
    quotations = [q for q in report["quotes"] if q["kind"] == "quotation"]
    for q in quotations:
        m = q["match"]
        source = f"{m['author'] or ''}, *{m['title']}*, {m['location']}" if m else "—"
        score = _score(q)
        out.append(
            f"| {q['id']} | **{q['verdict'] or 'not checked'}** | {score} | {_md_escape(_claim(q))} | {_md_escape(source)} |"
        )
    for q in quotations:
        out += ["", f"## #{q['id']}: {q['verdict'] or 'not checked'}", "", f"> {_md_escape(q['text'])}", ""]
        out.append(f"- Claimed: {_md_escape(_claim(q))}")
        m = q["match"]
        if m:
            out.append(f"- Source: {_md_escape(_source(m))}")
            out.append(f"- Original: “{_md_escape(m['text'] or '')}”")
            out.append(f"- Differences: {_diff_md(m['diff'])}")
        if q["note"]:
            out.append(f"- Note: {_md_escape(q['note'])}")
        if q.get("review"):
            out.append(f"- Review: {q['review']['decision']} ({q['review']['created_at']})")
    titles = [q for q in report["quotes"] if q["kind"] != "quotation"]
    if titles:
        out += ["", "## Not checked", ""]
        out += [f"- {q['kind']}: “{_md_escape(q['text'])}”" for q in titles]
    return "\n".join(out) + "\n"


_CSS = """
body{font:15px/1.5 Georgia,serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.4em} .summary{color:#555}
.quote{border-top:1px solid #ccc;padding:1em 0}
.verdict{font:bold 0.8em sans-serif;text-transform:uppercase;padding:.15em .5em;border-radius:3px;color:#fff}
.verbatim{background:#2e7d32}.altered{background:#b26a00}.paraphrase{background:#00838f}
.misattributed{background:#8e24aa}.not_found{background:#c62828}.unchecked{background:#777}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1.5em;margin-top:.5em}
.sides h3{font:bold .75em sans-serif;text-transform:uppercase;color:#666;margin:0}
ins{background:#c8f7c5;text-decoration:none} del{background:#ffd0d0}
.editorial{color:#777;font-style:italic} .moved{outline:1px dashed #999}
.meta{font-size:.9em;color:#444} .meaning{color:#c62828;font-weight:bold}
"""


def _side_by_side(diff: list[dict]) -> tuple[str, str]:
    """The quotation with its additions marked, and the original with its omissions marked."""
    left, right = [], []
    for op in diff:
        q, o = html.escape(_one_line(op["quoted"])), html.escape(_one_line(op["original"]))
        moved = " moved" if op.get("moved") else ""
        if op.get("editorial"):
            if op["op"] == "add":
                left.append(f'<span class="editorial">{q}</span>')
            else:
                left.append('<span class="editorial">…</span>')
                right.append(f'<span class="editorial">{o}</span>')
        elif op["op"] == "equal":
            left.append(q)
            right.append(o)
        elif op["op"] == "replace":
            left.append(f"<ins>{q}</ins>")
            right.append(f"<del>{o}</del>")
        elif op["op"] == "omit":
            right.append(f'<del class="{moved.strip()}">{o}</del>')
        else:
            left.append(f'<ins class="{moved.strip()}">{q}</ins>')
    return " ".join(left), " ".join(right)


def render_html(report: dict) -> str:
    doc = report["document"]
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Quotation check: {e(doc['source'])}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Quotation check: {e(doc['source'])}</h1>",
        f'<p class="summary">Check {report["check_id"]} on {e(report["created_at"])}. {e(_summary_line(report))}.</p>',
    ]
    for q in report["quotes"]:
        if q["kind"] != "quotation":
            continue
        verdict = q["verdict"] or "unchecked"
        score = f" score {_score(q)}" if _score(q) else ""
        parts.append(f'<section class="quote" id="q{q["id"]}">')
        parts.append(f'<span class="verdict {e(verdict)}">{e(verdict.replace("_", " "))}</span>{e(score)}')
        parts.append(f'<p class="meta">Claimed: {e(_claim(q))}</p>')
        m = q["match"]
        if m:
            left, right = _side_by_side(m["diff"])
            parts.append(f'<p class="meta">Source: {e(_source(m))}</p>')
            parts.append(
                '<div class="sides">'
                f'<div class="quoted"><h3>Quotation</h3><p>{left}</p></div>'
                f'<div class="original"><h3>Original</h3><p>{right}</p></div></div>'
            )
        else:
            parts.append(f"<blockquote>{e(q['text'])}</blockquote>")
        if q["meaning_changes"]:
            parts.append(f'<p class="meaning">Changes the meaning: {e(", ".join(q["meaning_changes"]))}</p>')
        if q["note"]:
            parts.append(f'<p class="meta">Note: {e(q["note"])}</p>')
        if q.get("review"):
            parts.append(f'<p class="meta">Review: {e(q["review"]["decision"])}</p>')
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


CSV_FIELDS = [
    "check_id", "quote_id", "kind", "verdict", "score", "text", "start", "end", "claimed_author",
    "claimed_work", "source_title", "source_author", "location", "source_start", "source_end",
    "original", "meaning_changes", "note", "review",
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
                "text": q["text"],
                "start": q["start"],
                "end": q["end"],
                "claimed_author": q["claimed_author"] or "",
                "claimed_work": q["claimed_work"] or "",
                "source_title": m.get("title") or "",
                "source_author": m.get("author") or "",
                "location": m.get("location") or "",
                "source_start": "" if m.get("start") is None else m["start"],
                "source_end": "" if m.get("end") is None else m["end"],
                "original": m.get("text") or "",
                "meaning_changes": ";".join(q["meaning_changes"]),
                "note": q["note"] or "",
                "review": (q.get("review") or {}).get("decision", ""),
            }
        )
    return buf.getvalue()


FORMATS = ("text", "json", "md", "html", "csv")


def render(result: CheckResult, fmt: str, color: bool = False) -> str:
    """Render a check in ``fmt`` (one of :data:`FORMATS`)."""
    report = result.to_json()
    if fmt == "text":
        return render_text(report, color=color)
    return {"json": render_json, "md": render_md, "html": render_html, "csv": render_csv}[fmt](report)
