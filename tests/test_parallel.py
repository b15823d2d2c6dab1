"""check on every core (issue 15): read-only workers, one writer, the same results in input order."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck import Checker
from quotecheck.cli import main
from quotecheck.errors import QuotecheckError
from quotecheck.io.document import load_document
from quotecheck.parallel import (
    ParallelConfig,
    ProgressLine,
    expand_inputs,
    iter_documents,
    open_corpus_readonly,
    run_check,
)

ROOT = Path(__file__).resolve().parents[1]
EFLUX = ROOT / "examples" / "eflux-comment.txt"
REALDOCS = ROOT / "bench" / "data" / "realdocs"
DOCS = [
    EFLUX,
    REALDOCS / "b" / "docs" / "b09-jfk-inaugural-wikisource.html",
    REALDOCS / "b" / "docs" / "b05-portia-monologue-recital.md",
    REALDOCS / "a" / "docs" / "a07-root-of-evil-misquote.txt",
]


@pytest.fixture()
def db_path(shipped_db_path, tmp_path) -> Path:
    path = tmp_path / "quotes.db"
    shutil.copy(shipped_db_path, path)
    return path


def comparable(report: dict) -> dict:
    """A check's JSON without what differs between two runs (ids and times)."""
    drop = {"check_id", "created_at"}
    return {
        **{k: v for k, v in report.items() if k not in drop},
        "quotes": [{k: v for k, v in q.items() if k != "id"} for q in report["quotes"]],
    }


def test_two_workers_give_one_process_results_stored_in_input_order(db_path, tmp_path):
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(
        json.dumps({"source": "hamlet-post", "text": 'As Hamlet says, "To be, or not to be, that is the question."'}) + "\n",
        encoding="utf-8",
    )
    sources = [str(p) for p in DOCS] + [str(jsonl)]
    checker = Checker(db_path)
    warnings: list[str] = []
    # every chunk to a worker, three spans at a time, even for this small set
    config = ParallelConfig(inline_max_quotes=0, chunk_quotes=3)
    stored = run_check(sources, checker, db_path, jobs=2, show_progress=False, warn=warnings.append, config=config)
    assert not warnings
    assert [r.document["source"] for r in stored] == [str(p) for p in DOCS] + ["hamlet-post"]
    ids = [r.check_id for r in stored]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    alone = [checker.check_document(load_document(str(p)), store=False) for p in DOCS]
    for got, expected in zip(stored, alone, strict=False):
        assert comparable(got.to_json()) == comparable(expected.to_json())
        assert comparable(checker.report(got.check_id).to_json()) == comparable(got.to_json())
    hamlet = stored[-1].quotes[0]
    assert hamlet.verdict == "verbatim" and "Hamlet" in hamlet.match.source.title
    assert sum(len(r.quotes) for r in stored) > 3 * 2  # more chunks than workers


def test_cli_jobs_jsonl_progress_and_bad_lines(db_path, tmp_path):
    jsonl = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"source": "post-1", "text": 'Portia says "The quality of mercy is not strained."'}),
        "not json",
        json.dumps({"source": "post-3", "text": EFLUX.read_text(encoding="utf-8")}),
    ]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["check", str(jsonl), "--jobs", "2", "--progress", "--format", "json", "--db", str(db_path)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    assert [r["document"]["source"] for r in reports] == ["post-1", "post-3"]
    assert reports[0]["quotes"][0]["verdict"] == "verbatim"
    assert f'skipped {jsonl}:2: not a JSON object with "source" and "text"' in result.stderr
    assert "quotecheck: checked 2/3 documents, 4 quotations in" in result.stderr
    assert "/s)" in result.stderr
    quiet = CliRunner().invoke(main, [*args[:4], "--db", str(db_path)], catch_exceptions=False)
    assert "checked" not in quiet.stderr  # piped without --progress: nothing


def test_one_bad_document_is_a_one_line_error(db_path, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(bad), "--db", str(db_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f'quotecheck: error: {bad}:1: not a JSON object with "source" and "text"'
    parquet = CliRunner().invoke(main, ["check", str(EFLUX), "-o", str(tmp_path / "r.parquet"), "--db", str(db_path)])
    assert parquet.exit_code == 2 and "needs --engine spark" in parquet.stderr


def test_ctrl_c_between_documents_says_what_was_stored(db_path, tmp_path, monkeypatch):
    """Each document is stored whole as it finishes: Ctrl-C keeps those, and the message says so."""
    saved = Checker.save

    def save_then_interrupt(self, doc, results):
        if doc.source.endswith("second"):
            raise KeyboardInterrupt
        return saved(self, doc, results)

    monkeypatch.setattr(Checker, "save", save_then_interrupt)
    jsonl = tmp_path / "docs.jsonl"
    text = 'Portia says "The quality of mercy is not strained."'
    lines = [json.dumps({"source": name, "text": text}) for name in ("first", "second")]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(jsonl), "--jobs", "1", "--db", str(db_path)])
    assert result.exit_code == 130
    assert result.stderr.strip() == "quotecheck: interrupted; 1 finished document stored, those in progress not"
    conn = sqlite3.connect(db_path)
    sources = conn.execute("SELECT d.source FROM checks c JOIN documents d ON d.id = c.document_id").fetchall()
    assert ("first",) in sources and ("second",) not in sources
    conn.close()


def test_inputs_directory_files_and_jsonl_in_order(tmp_path):
    (tmp_path / "d").mkdir()
    for name in ("b.txt", "a.md", "skip.bin"):
        (tmp_path / "d" / name).write_text('"Words are words," he said.\n')
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text('{"source": "one", "text": "a"}\n\n{"source": "two", "text": "<html><body><p>b</p></body></html>"}\n')
    items = expand_inputs([str(tmp_path / "d"), str(jsonl), str(EFLUX)])
    assert [(Path(i.source).name, i.line) for i in items] == [
        ("a.md", None), ("b.txt", None), ("x.jsonl", 1), ("x.jsonl", 3), ("eflux-comment.txt", None)
    ]  # fmt: skip
    docs = [doc for _, doc in iter_documents(items, warn=pytest.fail)]
    assert [d.source for d in docs[2:4]] == ["one", "two"]
    assert docs[3].format == "html" and docs[3].text.strip() == "b"
    (tmp_path / "empty").mkdir()
    with pytest.raises(QuotecheckError, match="no .txt, .md or .html documents"):
        expand_inputs([str(tmp_path / "empty")])


def test_workers_cannot_write_the_corpus(db_path):
    db = open_corpus_readonly(db_path)
    assert db.execute("SELECT count(*) FROM works").fetchone()[0] == 77
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("DELETE FROM works")


def test_progress_line_has_rate_and_estimate():
    progress = ProgressLine(total_docs=10, quiet=True, started=0.0)
    progress.read(5)
    progress.read(5)  # 2 of 10 documents read, 5 quotations each: about 50 in all
    progress.done(4)
    assert progress.line(2.0) == "checked 0/10 documents, 4 quotations in 2s (2.0/s), about 23s left"
    progress.done(46, document=True)
    assert progress.line(125.0, last=True) == "checked 1/10 documents, 50 quotations in 2m05s (0.4/s)"
