"""The reports: the static HTML page, Markdown and CSV, and the pieces they share with the review page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from quotecheck import Checker
from quotecheck.report.render import render
from quotecheck.report.view import annotate, line_col, marked_sides, wording_diff
from quotecheck.serve.data import load_report, text_of

ROOT = Path(__file__).resolve().parents[1]
EFLUX = ROOT / "examples" / "eflux-comment.txt"
LINES = (
    'They say "Money is the root of all evil", and "All that glitters is not gold."\n\n'
    'Lenin wrote: "Only he is a Marxist who extends the recognition of the class struggle to the '
    'recognition of the dictatorship of the proletariat."\n'
)


@pytest.fixture(scope="module")
def checked(shipped_db_path, tmp_path_factory):
    """(checker, report of the e-flux comment, report of some famous lines), with a review noted."""
    path = tmp_path_factory.mktemp("report") / "quotes.db"
    shutil.copy(shipped_db_path, path)
    checker = Checker(path)
    eflux = checker.check(EFLUX)
    lines = checker.check(text=LINES)
    altered = next(q for q in eflux.quotes if q.verdict == "altered")
    checker.review(altered.id, "reject", "the *original* says | should")
    return checker, load_report(checker.db, eflux.check_id), load_report(checker.db, lines.check_id)


def test_html_report_is_self_contained_with_summary_numbers_context_and_notes(checked):
    checker, report, _ = checked
    page = render(report, "html", text_of=text_of(checker.db))
    soup = BeautifulSoup(page, "html.parser")
    assert not soup.find_all("link") and not soup.find_all("script") and not soup.find_all("img")
    rows = soup.select("table.summary-table tr")[1:]
    assert [r.find("a").get_text() for r in rows] == ["1", "2", "3"]
    assert [r["id"] for r in soup.select("section.quote")] == ["q1", "q2", "q3"]
    altered = soup.select_one("section#q3")
    assert "not_found" not in altered["class"] and "altered" in altered["class"]
    assert altered.select_one(".context mark").get_text().startswith("Only he is a Marxist")
    assert (
        "reducing it to something acceptable to the bourgeoisie." in altered.select_one(".context").get_text()
    )
    assert "the *original* says | should" in altered.select_one(".review").get_text()
    assert "eflux-comment.txt:22:104" in altered.select_one(".where").get_text()
    assert "Trotsky" in soup.select_one("section#q1 .note").get_text()


def test_html_lists_editions_and_quoting_works_by_year_with_their_wording(checked):
    checker, _, lines = checked
    soup = BeautifulSoup(render(lines, "html", text_of=text_of(checker.db)), "html.parser")
    money = soup.select_one("section#q1")
    items = money.select("ol.quoting li")
    years = [int(li.find("b").get_text()) for li in items]
    assert len(years) >= 2 and years == sorted(years)
    # each quoting work's wording against the origin's: the words it changed are marked
    assert all(li.select_one(".drift") for li in items)
    assert any(li.select(".drift ins, .drift del") for li in items)


def test_markdown_keeps_titles_italic_and_notes(checked):
    _, report, _ = checked
    md = render(report, "md")
    assert "*The State and Revolution" in md and "\\*The State" not in md
    assert "reject: the \\*original\\* says \\| should" in md
    assert "## #3: altered (" in md and "- Context: …" in md


def test_the_side_by_side_keeps_punctuation():
    match = {
        "text": "The lady doth protest too much, methinks.",
        "diff": [
            {"op": "add", "quoted": "Methinks", "original": "", "moved": True},
            {
                "op": "equal",
                "quoted": "the lady doth protest too much",
                "original": "The lady doth protest too much",
            },
            {"op": "omit", "quoted": "", "original": "methinks", "moved": True},
        ],
    }
    left, right = marked_sides("Methinks the lady doth protest too much.", match)
    assert left == '<ins class="added moved">Methinks</ins> the lady doth protest too much.'
    assert right == 'The lady doth protest too much, <del class="omitted moved">methinks</del>.'


def test_wording_diff_and_locations():
    drift = wording_diff("Money is the root of all evil.", "The love of money is the root of all evil!")
    assert drift.startswith('<ins class="added">The love of</ins> money is the root of all evil!')
    assert line_col("ab\ncd\n", 4) == (2, 2)
    report = {
        "quotes": [
            {"kind": "scare", "text": "x", "start": 0},
            {"kind": "quotation", "text": "cd", "start": 3},
        ]
    }
    quotes = annotate(report, text="ab\ncd\n")["quotes"]
    assert (
        "number" not in quotes[0]
        and quotes[1]["number"] == 1
        and (quotes[1]["line"], quotes[1]["column"]) == (2, 1)
    )
    # Markdown: counted in the original file, where mark-up shifts the text
    quotes = annotate(report, text="ab\ncd\n", raw="**ab**\n> cd\n")["quotes"]
    assert (quotes[1]["line"], quotes[1]["column"]) == (2, 3)
