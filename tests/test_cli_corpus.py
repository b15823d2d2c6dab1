"""``quotecheck corpus add|list|show|remove|stats`` as a user runs them.

Errors must be one line, ``quotecheck: error: ...``, exit status 2, and never
a traceback.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from quotecheck.cli import main
from quotecheck.corpus import shipped_corpus_dir


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def _assert_one_line_error(result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quotecheck: error: ") and fragment in lines[0], lines[0]
    assert "Traceback" not in result.output


@pytest.fixture()
def book(tmp_path):
    path = tmp_path / "heron.txt"
    path.write_text("heron\n\nThe heron waited in the reeds, patient as a stone.\n", encoding="utf-8")
    return path


def test_list_json_has_every_shipped_work(shipped_db_path):
    result = run("corpus", "list", "--format", "json", "--db", str(shipped_db_path))
    assert result.exit_code == 0
    works = json.loads(result.stdout)
    manifest = [
        json.loads(line)
        for line in (shipped_corpus_dir() / "works.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(works) == len(manifest) == 77
    assert [(w["title"], w["author"], w["year"]) for w in works] == [
        (m["title"], m.get("author"), m.get("year")) for m in manifest
    ]
    assert set(works[0]) == {"id", "title", "author", "year", "language", "source", "chars"}
    assert all(w["chars"] > 1000 and w["language"] == "en" for w in works)


def test_list_text(shipped_db_path):
    result = run("corpus", "list", "--db", str(shipped_db_path))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 77
    assert any("Moby Dick" in line and "Herman Melville" in line for line in lines)


def test_show(shipped_db_path):
    works = json.loads(run("corpus", "list", "--format", "json", "--db", str(shipped_db_path)).stdout)
    hamlet = next(w for w in works if w["title"] == "Hamlet, Prince of Denmark")
    shown = json.loads(
        run("corpus", "show", str(hamlet["id"]), "--format", "json", "--db", str(shipped_db_path)).stdout
    )
    assert shown["author"] == "William Shakespeare"
    assert shown["sections"][0]["heading"] == "ACT I, SCENE I. Elsinore. A platform before the Castle"
    text = run("corpus", "show", str(hamlet["id"]), "--db", str(shipped_db_path)).stdout
    assert "title: Hamlet, Prince of Denmark" in text and "ACT V, SCENE II. A hall in the Castle" in text
    assert "opening: THE TRAGEDY OF HAMLET, PRINCE OF DENMARK" in text
    _assert_one_line_error(
        run("corpus", "show", "99999", "--db", str(shipped_db_path)), "no work with id 99999"
    )


def test_stats(shipped_db_path):
    stats = json.loads(run("corpus", "stats", "--format", "json", "--db", str(shipped_db_path)).stdout)
    assert stats["works"] == 77
    assert stats["chars"] > 30_000_000
    assert 0 < stats["index_bytes"] < stats["database_bytes"]
    text = run("corpus", "stats", "--db", str(shipped_db_path)).stdout
    assert "works: 77" in text and "index_bytes" in text


def test_remove_from_the_shipped_corpus(shipped_db_path, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(shipped_db_path, db)
    works = json.loads(run("corpus", "list", "--format", "json", "--db", str(db)).stdout)
    raven = next(w for w in works if w["title"] == "The Raven")
    result = run("corpus", "remove", str(raven["id"]), "--db", str(db))
    assert result.exit_code == 0 and result.stdout.strip() == f"removed {raven['id']}: The Raven"
    after = json.loads(run("corpus", "list", "--format", "json", "--db", str(db)).stdout)
    assert len(after) == 76 and raven["id"] not in {w["id"] for w in after}
    conn = sqlite3.connect(db)
    hits = conn.execute(
        "SELECT count(*) FROM passage_index WHERE passage_index MATCH ?",
        ['"quoth the raven nevermore"'],
    ).fetchone()[0]
    conn.close()
    assert hits == 0
    _assert_one_line_error(run("corpus", "remove", str(raven["id"]), "--db", str(db)), "no work with id")


def test_add_then_add_again(empty_db_path, book):
    first = run(
        "corpus", "add", str(book), "--author", "A. Birdwatcher", "--year", "1901", "--db", str(empty_db_path)
    )
    assert first.exit_code == 0
    assert first.stdout.startswith("added 1: heron by A. Birdwatcher (")
    again = run("corpus", "add", str(book), "--db", str(empty_db_path))
    assert again.exit_code == 0
    assert "already in the corpus" in again.stdout and "nothing added" in again.stdout
    works = json.loads(run("corpus", "list", "--format", "json", "--db", str(empty_db_path)).stdout)
    assert [(w["title"], w["author"], w["year"]) for w in works] == [("heron", "A. Birdwatcher", 1901)]


def test_add_contents_page(empty_db_path, http_server):
    result = run("corpus", "add", "--contents", f"{http_server}/lenin/index.htm", "--db", str(empty_db_path))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("added 1: The State and Revolution by Vladimir Lenin")
    assert "quotecheck: warning: skipped chapter" in result.stderr and "ch06.htm" in result.stderr


def test_db_option_and_environment(tmp_path, book, monkeypatch):
    from quotecheck.store.db import open_db, set_meta

    for name in ("env.db", "opt.db", "quotes.db"):
        conn = open_db(tmp_path / name)
        set_meta(conn, "shipped_corpus", "not wanted in this test")
        conn.close()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUOTECHECK_DB", raising=False)

    def titles(db_name: str) -> list[str]:
        conn = sqlite3.connect(tmp_path / db_name)
        rows = [r[0] for r in conn.execute("SELECT title FROM works")]
        conn.close()
        return rows

    assert run("corpus", "add", str(book)).exit_code == 0  # default ./quotes.db
    assert titles("quotes.db") == ["heron"]
    assert run("corpus", "add", str(book), "--title", "Env", env={"QUOTECHECK_DB": "env.db"}).exit_code == 0
    assert titles("env.db") == ["Env"]
    # --db wins over the environment
    assert (
        run(
            "corpus", "add", str(book), "--title", "Opt", "--db", "opt.db", env={"QUOTECHECK_DB": "env.db"}
        ).exit_code
        == 0
    )
    assert titles("opt.db") == ["Opt"] and titles("env.db") == ["Env"]


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda d: str(d / "missing.txt"), "no such file"),
        (lambda d: (d / "nothing").mkdir() or str(d / "nothing"), "no .txt, .txt.gz, .md or .html files"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\xff" * 500) and str(d / "bin.txt"), "binary"),
        (lambda d: (d / "empty.txt").write_bytes(b"") or str(d / "empty.txt"), "empty"),
        (lambda d: "http://127.0.0.1:9/dead.txt", "cannot fetch"),
    ],
)
def test_bad_input_is_one_line_and_status_2(empty_db_path, tmp_path, monkeypatch, make, fragment):
    import quotecheck.io.document as document

    monkeypatch.setattr(document, "URL_TIMEOUT", (0.5, 0.5))
    source = make(tmp_path)
    _assert_one_line_error(run("corpus", "add", source, "--db", str(empty_db_path)), fragment)


def test_dead_url_on_the_local_server(empty_db_path, http_server):
    _assert_one_line_error(
        run("corpus", "add", f"{http_server}/gone", "--db", str(empty_db_path)), "HTTP 404"
    )


def test_encodings_through_the_cli(empty_db_path, tmp_path):
    latin = tmp_path / "cafe.txt"
    latin.write_bytes("Le café était fermé.\n".encode("latin-1"))
    windows = tmp_path / "quote.txt"
    windows.write_bytes("It\u2019s \u201cfine\u201d.\n".encode("cp1252"))
    result = run("corpus", "add", str(latin), str(windows), "--db", str(empty_db_path))
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(empty_db_path)
    text = "".join(r[0] for r in conn.execute("SELECT text FROM passages ORDER BY id"))
    conn.close()
    assert "café était fermé" in text and "It\u2019s \u201cfine\u201d." in text


def test_bad_database_paths(tmp_path, book):
    _assert_one_line_error(run("corpus", "list", "--db", str(tmp_path)), "is a directory")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all\n" * 50)
    _assert_one_line_error(run("corpus", "add", str(book), "--db", str(junk)), "not a quotecheck database")


def test_a_directory_add_warns_about_bad_files_and_adds_the_rest(empty_db_path, tmp_path, book):
    (tmp_path / "broken.txt").write_bytes(b"\x00" * 100)
    result = run("corpus", "add", str(tmp_path), "--db", str(empty_db_path))
    assert result.exit_code == 0
    assert "added 1: heron" in result.stdout
    assert result.stderr.startswith("quotecheck: warning: skipped ") and "broken.txt" in result.stderr


def test_interrupted_add_changes_nothing(empty_db_path, book, monkeypatch):
    import quotecheck.corpus.build as build

    def boom(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(build, "index_passages", boom)
    result = run("corpus", "add", str(book), "--db", str(empty_db_path))
    assert result.exit_code == 130
    assert "interrupted; nothing was changed" in result.stderr
    conn = sqlite3.connect(empty_db_path)
    assert conn.execute("SELECT count(*) FROM works").fetchone()[0] == 0
    conn.close()
