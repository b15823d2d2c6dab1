"""The command line's everyday conventions, on the shipped corpus and real documents."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from quotecheck.cli import _use_color, main
from quotecheck.records import Verdict

ROOT = Path(__file__).resolve().parents[1]
EFLUX = ROOT / "examples" / "eflux-comment.txt"
ESSAY = (
    "# Borrowed lines\n\n"
    "Some *emphasis* first, and a [link](https://example.org) to shift the columns.\n\n"
    'As Hamlet says, "To be, or not to be, that is the question."\n\n'
    '  Austen begins: "It is a truth universally acknowledged, that a single man in possession '
    'of a good fortune, must be in want of a wife."\n'
)


def run(*args: str, env: dict | None = None, input: str | None = None):
    return CliRunner().invoke(main, list(args), env=env, input=input)


@pytest.fixture(scope="module")
def db_path(shipped_db_path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "quotes.db"
    shutil.copy(shipped_db_path, path)
    return path


@pytest.fixture(scope="module")
def essay(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("docs") / "essay.md"
    path.write_text(ESSAY, encoding="utf-8")
    return path


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def test_every_command_takes_dash_h_and_shows_an_example():
    assert run("-h").exit_code == 0
    names = list(_commands(main))
    assert {("check",), ("serve",), ("corpus", "add"), ("datasette-metadata",)} <= set(names)
    for name in names:
        result = run(*name, "-h")
        assert result.exit_code == 0, name
        assert "Example:" in result.output, name


def test_verdict_names_are_listed_where_they_are_accepted():
    for command, option in (("check", "--fail-on"), ("report", "--verdict")):
        text = " ".join(run(command, "-h").output.split())
        assert option in text and all(v.value in text for v in Verdict), command


def test_db_before_or_after_the_command_and_from_the_environment(db_path, tmp_path):
    before = run("--db", str(db_path), "history", "--format", "json")
    after = run("history", "--format", "json", "--db", str(db_path))
    env = run("history", "--format", "json", env={"QUOTECHECK_DB": str(db_path)})
    assert before.exit_code == after.exit_code == env.exit_code == 0
    assert before.output == after.output == env.output
    # after the command wins over before it
    missing = tmp_path / "nowhere.db"
    assert run("--db", str(db_path), "history", "--db", str(missing)).exit_code == 2


@pytest.mark.parametrize(
    "args",
    [("history",), ("report", "--latest"), ("review", "1", "accept"), ("corpus", "list"), ("corpus", "stats"),
     ("serve",)],
)  # fmt: skip
def test_commands_that_only_read_never_create_a_database(args, tmp_path):
    missing = tmp_path / "typo" / "quotes.db"
    result = run(*args, "--db", str(missing))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"quotecheck: error: {missing}: no such database (a 'check' or 'corpus add' creates one; or give --db PATH)"
    ]
    assert not missing.exists() and not missing.parent.exists()


def test_several_files_per_check(db_path, essay):
    result = run("check", str(EFLUX), str(essay), "--format", "json", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    reports = json.loads(result.output)
    assert [r["document"]["source"] for r in reports] == [str(EFLUX), str(essay)]
    numbers = [q["number"] for q in reports[1]["quotes"] if q["kind"] == "quotation"]
    assert numbers == [1, 2]


def test_text_output_is_compact_numbered_located_and_summarised_last(db_path, essay):
    result = run("check", str(essay), "--db", str(db_path))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    # a verbatim quotation is one line: file:line:col, number, verdict, quotation, source
    assert lines[0].startswith(f"{essay}:5:18: #1 VERBATIM “To be, or not to be") and "Hamlet" in lines[0]
    assert (
        lines[1].startswith(f"{essay}:7:19: #2 VERBATIM “It is a truth") and "Pride and Prejudice" in lines[1]
    )
    assert len(lines) == 3 and "2 quotations checked: 2 verbatim" in lines[-1]
    raw = essay.read_text(encoding="utf-8").splitlines()
    assert raw[4][17:].startswith("To be, or not to be") and raw[6][18:].startswith("It is a truth")


def test_quiet_prints_only_the_problems(db_path, essay):
    assert run("check", str(essay), "--quiet", "--db", str(db_path)).output == ""
    result = run("check", str(EFLUX), str(essay), "-q", "--fail-on", "not_found", "--db", str(db_path))
    assert result.exit_code == 1
    heads = [line for line in result.output.splitlines() if not line.startswith(" ")]
    assert [h.split(": ", 1)[1].split()[:2] for h in heads] == [
        ["#1", "NOT_FOUND"],
        ["#2", "NOT_FOUND"],
        ["#3", "ALTERED"],
    ]
    assert all(h.startswith(f"{EFLUX}:") for h in heads) and "checked" not in result.output


def test_color_follows_the_option_and_no_color(db_path, monkeypatch):
    always = run("report", "--latest", "--color", "always", "--db", str(db_path))
    assert "\x1b[" in always.output
    assert "\x1b[" not in run("--color", "never", "report", "--latest", "--db", str(db_path)).output
    assert "\x1b[" in run("--color", "always", "report", "--latest", "--db", str(db_path)).output

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdout", Terminal())
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color("auto") is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_color("auto") is False and _use_color("always") is True


def test_review_by_number_carries_its_note_into_every_format(db_path, tmp_path):
    check = run("check", str(EFLUX), "--format", "json", "--db", str(db_path))
    check_id = json.loads(check.output)["check_id"]
    note = "Lenin wrote 'should be tested',\nnot 'is to be'"
    result = run("review", f"{check_id}:3", "accept", "--note", note, "--db", str(db_path))
    assert result.exit_code == 0 and f"quotation {check_id}:3" in result.output

    def report(fmt: str) -> str:
        return run("report", str(check_id), "--format", fmt, "--db", str(db_path)).output

    as_json = json.loads(report("json"))
    [third] = [q for q in as_json["quotes"] if q.get("number") == 3]
    assert third["review"]["note"] == note and third["verdict"] == "altered"
    assert "accepted" in report("text") and "not 'is to be'" in report("text")
    assert "accept: Lenin wrote" in report("md")
    rows = list(csv.DictReader(io.StringIO(report("csv"))))
    row = next(r for r in rows if r["number"] == "3")
    assert row["review"] == "accept" and row["review_note"] == note.replace("\n", " ")
    assert all("\n" not in value for r in rows for value in r.values())
    assert "not &#39;is to be&#39;" in report("html")
    assert run("review", f"{check_id}:9", "accept", "--db", str(db_path)).exit_code == 2

    # the same quotation of the same document checked again keeps its review
    again = json.loads(run("check", str(EFLUX), "--format", "json", "--db", str(db_path)).output)
    [carried] = [q for q in again["quotes"] if q.get("number") == 3]
    assert carried["id"] != third["id"] and carried["review"]["note"] == note
    assert [q["review"] for q in again["quotes"] if q.get("number") in (1, 2)] == [None, None]


def test_datasette_metadata_describes_every_table_and_searches_the_corpus(db_path):
    result = run("datasette-metadata", "--db", str(db_path))
    meta = json.loads(result.output)
    database = meta["databases"]["quotes"]
    conn = sqlite3.connect(db_path)
    for table, spec in database["tables"].items():
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        assert columns, f"{table} is not a table"
        assert set(spec.get("columns", {})) <= columns, table
    described = {t for t, s in database["tables"].items() if "columns" in s}
    assert {"works", "quotes", "checks", "documents", "reviews", "sections", "passages"} <= described
    search = database["queries"]["search_corpus"]["sql"]
    rows = conn.execute(search, {"words": '"truth universally acknowledged"'}).fetchall()
    assert any("Pride and Prejudice" in row[0] and "universally acknowledged" in row[4] for row in rows)
    conn.close()


def test_a_check_not_stored_says_so_in_its_summary_line(db_path, essay):
    result = run("check", str(essay), "--no-store", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"{essay}: not stored, ") and "check None" not in summary


def test_extract_reads_the_corpus_catalogue_when_the_database_exists(shipped_db_path, tmp_path):
    """A title only the corpus knows names its author, as in 'check'; no database is built for it."""
    doc = tmp_path / "note.txt"
    doc.write_text("The line “Beauty is in the eye of the beholder” comes from Molly Bawn.\n", encoding="utf-8")
    with_db = json.loads(run("extract", str(doc), "--format", "json", "--db", str(shipped_db_path)).output)
    assert with_db["quotes"][0]["claimed_author"] == "Margaret Wolfe Hungerford"
    missing = tmp_path / "none.db"
    without = json.loads(run("extract", str(doc), "--format", "json", "--db", str(missing)).output)
    assert without["quotes"][0]["claimed_author"] is None
    assert without["quotes"][0]["claimed_work"] == "Molly Bawn"
    assert not missing.exists()
