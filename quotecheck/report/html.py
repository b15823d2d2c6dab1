"""The HTML of a check: the static report (one self-contained file) and the pieces the
review page (:mod:`quotecheck.serve`) shares with it, from the same Jinja templates.

Both show the same things for each quotation: its number, verdict and place in the
file, the quotation and the source side by side as written (punctuation kept) with
their differences marked, the source's context, the other editions, the works quoting
it by year with each one's wording against the origin, the note and the review.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from .view import TextOf, marked_sides, quoting_works, split_context

__all__ = ["environment", "prepare", "render_html", "CSS"]

TEMPLATES = Path(__file__).parent / "templates"
CSS = (TEMPLATES / "style.css").read_text(encoding="utf-8")


def environment(extra: Path | None = None) -> jinja2.Environment:
    """Templates of the report (and of ``extra``, searched first), HTML-escaped."""
    paths = [str(extra)] if extra else []
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([*paths, str(TEMPLATES)]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def prepare(report: dict, text_of: TextOf | None = None) -> dict:
    """The annotated report with what the templates show computed for each quotation."""
    from .render import _claim, _one_line, _score

    quotes = []
    for q in report["quotes"]:
        q = dict(q)
        q["shown_score"] = _score(q) if q["kind"] == "quotation" else ""
        q["claim"] = _claim(q)
        shown = _one_line(q["text"])
        q["short"] = shown if len(shown) <= 120 else shown[:119] + "…"
        if q["match"]:
            q["left"], q["right"] = marked_sides(q["text"], q["match"])
            q["context"] = split_context(q["match"].get("context"))
        q["quoting"] = quoting_works(q, text_of)
        quotes.append(q)
    return {**report, "quotes": quotes}


def render_html(report: dict, text_of: TextOf | None = None) -> str:
    """A self-contained page (inline CSS, no scripts or links to fetch)."""
    from .render import _summary_line

    page = prepare(report, text_of)
    return (
        environment()
        .get_template("report.html")
        .render(
            report=page,
            css=CSS,
            summary_line=_summary_line(report),
            others=[q for q in page["quotes"] if q["kind"] != "quotation"],
        )
    )
