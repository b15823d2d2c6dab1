"""End to end: check a real document, store it, report it in every format, review it."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from quotecheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EFLUX = ROOT / "examples" / "eflux-comment.txt"


@pytest.fixture(scope="module")
def db_path(shipped_db_path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("check") / "quotes.db"
    shutil.copy(shipped_db_path, path)
    return path


def run(db_path: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(main, [*args, "--db", str(db_path)], input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def eflux_json(db_path) -> dict:
    result = run(db_path, "check", str(EFLUX), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def find(report: dict, start_of_text: str) -> dict:
    [quote] = [q for q in report["quotes"] if q["text"].startswith(start_of_text)]
    return quote


def test_the_marxist_touchstone_is_altered_state_and_revolution(eflux_json):
    q = find(eflux_json, "Only he [or she] is a Marxist")
    assert q["kind"] == "quotation" and q["claimed_author"] == "Lenin"
    assert q["verdict"] == "altered"
    match = q["match"]
    assert "State and Revolution" in match["title"]
    assert match["location"].startswith("Chapter 2")
    ops = match["diff"]
    omitted = [op["original"] for op in ops if op["op"] == "omit" and not op.get("editorial")]
    assert any(o.startswith("That is what constitutes the most profound distinction") for o in omitted)
    assert {"op": "replace", "quoted": "is to", "original": "should"}.items() <= next(
        op for op in ops if op["op"] == "replace"
    ).items()
    editorial = [op for op in ops if op.get("editorial")]
    assert [op["quoted"] for op in editorial] == ["[or she]"]
    assert match["text"].startswith("Only he is a Marxist") and match["text"].endswith("should be tested")


def test_the_solidarity_line_is_no_better_than_paraphrase(eflux_json):
    q = find(eflux_json, "The best form of solidarity")
    assert q["verdict"] in ("paraphrase", "not_found")
    assert q["claimed_author"] == "Lenin"


def test_more_savage_than_the_nazis_is_not_found_and_says_what_the_corpus_lacks(eflux_json):
    q = find(eflux_json, "more savage than the Nazis")
    assert q["verdict"] == "not_found"
    assert "Trotsky" in q["note"] and "Their Morals and Ours" in q["note"]
    assert "Revolution Betrayed" in q["note"]


def test_json_follows_the_documented_contract(eflux_json):
    report = eflux_json
    assert isinstance(report["check_id"], int)
    assert set(report["document"]) == {"source", "sha256", "chars"}
    assert set(report["summary"]) == {"verbatim", "altered", "paraphrase", "misattributed", "not_found"}
    required = {
        "id",
        "text",
        "start",
        "end",
        "kind",
        "claimed_author",
        "claimed_work",
        "verdict",
        "score",
        "note",
        "match",
        "alternatives",
    }
    text = EFLUX.read_text(encoding="utf-8")
    for q in report["quotes"]:
        assert required <= set(q)
        assert text[q["start"] : q["end"]] == q["text"]
        if q["kind"] != "quotation":
            assert q["verdict"] is None and q["match"] is None
        if q["match"] is not None:
            assert {"work_id", "title", "author", "location", "start", "end", "text", "diff"} <= set(
                q["match"]
            )
            for op in q["match"]["diff"]:
                assert op["op"] in ("equal", "replace", "omit", "add")
                assert {"quoted", "original"} <= set(op)
    kinds = {q["kind"] for q in report["quotes"]}
    assert {"quotation", "title", "scare"} <= kinds
    assert sum(report["summary"].values()) == sum(1 for q in report["quotes"] if q["verdict"])


def test_html_report_is_self_contained_and_side_by_side(db_path, eflux_json):
    result = run(db_path, "report", str(eflux_json["check_id"]), "--format", "html")
    soup = BeautifulSoup(result.output, "html.parser")
    assert not soup.find_all("link") and not soup.find_all("script", src=True)
    altered = soup.select("section.quote .verdict.altered")
    assert altered
    section = altered[0].find_parent("section")
    quoted, original = section.select_one(".sides .quoted"), section.select_one(".sides .original")
    assert "is to" in quoted.find("ins").get_text()
    deleted = [d.get_text() for d in original.find_all("del")]
    assert "should" in deleted and any(d.startswith("That is what constitutes") for d in deleted)


def test_csv_has_one_row_per_quotation(db_path, eflux_json):
    result = run(db_path, "report", str(eflux_json["check_id"]), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == len(eflux_json["quotes"])
    touchstone = next(r for r in rows if r["text"].startswith("Only he"))
    assert touchstone["verdict"] == "altered" and "State and Revolution" in touchstone["source_title"]


def test_markdown_report_tabulates_verdicts(db_path, eflux_json):
    result = run(db_path, "report", str(eflux_json["check_id"]), "--format", "md")
    assert result.output.startswith("# Quotation check:")
    assert "| **altered** |" in result.output
    assert "~~should~~ **is to**" in result.output


def test_text_report_is_plain_when_piped(db_path, eflux_json):
    result = run(db_path, "report", "--latest")
    assert "\x1b[" not in result.output
    assert "ALTERED" in result.output and "[-should-]{+is to+}" in result.output


def test_history_report_and_review(db_path, eflux_json):
    history = json.loads(run(db_path, "history", "--format", "json").output)
    assert history[0]["id"] >= eflux_json["check_id"]
    q = find(eflux_json, "Only he [or she]")
    assert run(db_path, "review", str(q["id"]), "accept", "--note", "checked").exit_code == 0
    report = json.loads(run(db_path, "report", str(eflux_json["check_id"]), "--format", "json").output)
    assert find(report, "Only he [or she]")["review"]["decision"] == "accept"
    unreviewed = json.loads(
        run(db_path, "report", str(eflux_json["check_id"]), "--format", "json", "--unreviewed").output
    )
    assert all(not x["text"].startswith("Only he") for x in unreviewed["quotes"])
    only_altered = json.loads(
        run(db_path, "report", str(eflux_json["check_id"]), "--format", "json", "--verdict", "altered").output
    )
    assert {x["verdict"] for x in only_altered["quotes"]} == {"altered"}


def test_rechecking_keeps_history(db_path, eflux_json):
    again = json.loads(run(db_path, "check", str(EFLUX), "--format", "json").output)
    assert again["check_id"] > eflux_json["check_id"]
    assert again["document"]["sha256"] == eflux_json["document"]["sha256"]


def test_exit_statuses(db_path, tmp_path):
    assert run(db_path, "check", str(EFLUX), "--fail-on", "altered,misattributed").exit_code == 1
    assert run(db_path, "check", str(EFLUX), "--fail-on", "verbatim").exit_code == 0
    assert run(db_path, "check", str(tmp_path / "missing.txt")).exit_code == 2
    assert run(db_path, "check", str(EFLUX), "--fail-on", "wrong").exit_code == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(db_path, "check", str(empty))
    assert result.exit_code == 2 and "empty" in result.output


def test_stdin_and_directory(db_path, tmp_path):
    piped = run(db_path, "check", "-", "--format", "json", input=EFLUX.read_text(encoding="utf-8"))
    assert piped.exit_code == 0
    assert json.loads(piped.output)["document"]["source"] == "-"
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text('As Hamlet says, "To be, or not to be, that is the question."\n')
    (folder / "b.md").write_text(
        "> It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.\n>\n> — Jane Austen\n"
    )
    result = run(db_path, "check", str(folder), "--format", "json")
    reports = json.loads(result.output)
    assert len(reports) == 2
    verdicts = [q["verdict"] for r in reports for q in r["quotes"] if q["kind"] == "quotation"]
    assert verdicts == ["verbatim", "verbatim"]
