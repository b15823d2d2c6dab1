"""Faults and hostile input: no traceback, no hang, no lost check, no corruption (issue 14).

Bad documents and URLs get one ``quotecheck: error:`` line and exit 2 (or a
warning and a result); a database that is locked, read-only or not a
database says which; a ``corpus add`` killed or interrupted leaves the
database as it was; checks run beside each other and beside an add. The
longer soak with figures is ``bench/soak.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.cli import main
from quotecheck.errors import QuotecheckError
from quotecheck.io import document
from quotecheck.store.db import DbConfig, database_error, open_db, writable

QUOTECHECK = [sys.executable, "-m", "quotecheck"]
EXCERPT = "“Elementary, my dear Watson,” said nobody; but Hamlet said “the rest is silence.”\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def one_line_error(result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quotecheck: error: "), result.stderr
    assert fragment in lines[0], lines[0]


def cli(*args: str, user: int | None = None) -> subprocess.CompletedProcess:
    """quotecheck in its own process (as another user when given: root ignores file modes)."""
    as_user = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] if user is not None else []
    return subprocess.run([*as_user, *QUOTECHECK, *args], capture_output=True, text=True, timeout=300)


def stored_checks(db_path: Path) -> int:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT count(*) FROM checks").fetchone()[0]


@pytest.fixture()
def db_copy(shipped_db_path, tmp_path) -> Path:
    """A private copy of the shipped-corpus database (checks write to it)."""
    path = tmp_path / "quotes.db"
    with contextlib.closing(sqlite3.connect(shipped_db_path)) as src, contextlib.closing(
        sqlite3.connect(path)
    ) as dst:
        src.backup(dst)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM checks")  # other tests may have stored checks in the shared database
        conn.commit()
    return path


# --- bad documents -------------------------------------------------------------


@pytest.mark.parametrize(
    "content, fragment",
    [
        (bytes(range(256)) * 40, "binary"),
        (b"", "empty"),
        (b"   \n\n  \t\n", "empty"),
        (b"\x00\xff" * 500, "binary"),
    ],
    ids=["binary", "empty", "blank", "nul-noise"],
)
def test_bad_documents_are_one_line_errors(db_copy, tmp_path, content, fragment):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    one_line_error(run("check", str(path), "--db", str(db_copy)), fragment)
    assert stored_checks(db_copy) == 0


def test_a_document_over_the_ceiling_is_refused_with_its_size(db_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(document, "MAX_DOCUMENT_CHARS", 1000)
    path = tmp_path / "long.txt"
    path.write_text(EXCERPT * 40, encoding="utf-8")
    one_line_error(run("check", str(path), "--db", str(db_copy)), "more than one check takes (1,000)")


def test_a_few_bad_bytes_keep_utf8_with_a_warning(db_copy, tmp_path):
    data = EXCERPT.encode("utf-8")
    path = tmp_path / "bad-byte.txt"
    path.write_bytes(data[:30] + b"\xff" + data[30:])
    result = run("extract", str(path), "--format", "json")
    assert result.exit_code == 0
    assert "quotecheck: warning:" in result.stderr and "1 byte not valid UTF-8" in result.stderr
    texts = [q["text"] for q in json.loads(result.stdout)["quotes"]]
    assert "the rest is silence." in texts  # curly quotes still read as quotation marks, not mojibake


def test_cp1252_stays_cp1252_and_utf16_without_bom_is_text(tmp_path):
    assert document.decode_bytes(EXCERPT.encode("cp1252")) == EXCERPT  # no valid UTF-8 sequence at all
    for encoding in ("utf-16-le", "utf-16-be"):
        assert document.decode_bytes(EXCERPT.encode(encoding)) == EXCERPT


def test_broken_html_and_unterminated_quotes_are_checked(db_copy, tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text(
        "<html><body><p>Hamlet says <q>the rest is silence<div><table><tr><td>“To be, or not to be"
        "<script>if (a < b) {</script><p unclosed='yes>",
        encoding="utf-8",
    )
    unterminated = tmp_path / "unterminated.txt"
    unterminated.write_text("".join(f"“Line {i} of the quotation goes on\n" for i in range(500)), encoding="utf-8")
    for path in (broken, unterminated):
        result = run("check", str(path), "--db", str(db_copy), "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["check_id"] is not None
    assert stored_checks(db_copy) == 2


def test_deeply_nested_html_is_refused_at_once(tmp_path):
    page = tmp_path / "nested.html"
    page.write_text("<div>" * 50_000 + "“To be, or not to be”", encoding="utf-8")
    one_line_error(run("extract", str(page)), "HTML nested 50,000 elements deep")


def test_a_100k_character_quotation_is_judged(shipped_db_path, shared):
    from quotecheck import Checker

    words = (shared / "corpus" / "melville_moby-dick.txt").read_text(encoding="utf-8").split()[5000:40000]
    words = words[::-1]  # the book's words, not its sentences
    text = " ".join(words)[:100_000]
    match = Checker(shipped_db_path).match(text)
    assert match.verdict is not None
    assert match.score is None or 0 <= match.score <= 100


# --- URLs ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_server():
    """/trickle sends a byte every 0.2 s for ever; /octets is binary behind text/plain."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            with contextlib.suppress(OSError):
                if self.path == "/trickle":
                    for _ in range(300):
                        self.wfile.write(b"a")
                        self.wfile.flush()
                        time.sleep(0.2)
                else:
                    self.wfile.write(bytes(range(256)) * 20)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_trickling_server_meets_the_overall_deadline(bad_server, monkeypatch):
    monkeypatch.setattr(document, "URL_DEADLINE", 1)
    one_line_error(run("extract", f"{bad_server}/trickle"), "no complete answer within 1 s")


def test_dead_missing_slow_and_binary_urls(bad_server, http_server, monkeypatch):
    monkeypatch.setattr(document, "URL_TIMEOUT", (1, 1))
    with contextlib.closing(__import__("socket").socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/"  # bound, never listening: refused
    one_line_error(run("extract", dead), "cannot fetch")
    one_line_error(run("extract", f"{http_server}/gone"), "HTTP 404")
    one_line_error(run("extract", f"{http_server}/slow"), "timed out")
    one_line_error(run("extract", f"{http_server}/binary"), "not a text or HTML page")
    one_line_error(run("extract", f"{bad_server}/octets"), "binary")


# --- the database ------------------------------------------------------------------


def test_each_database_error_has_its_own_message(tmp_path):
    messages = {
        database_error(sqlite3.OperationalError(text)).args[0]
        for text in (
            "database is locked",
            "attempt to write a readonly database",
            "unable to open database file",
            "file is not a database",
            "database disk image is malformed",
            "database or disk is full",
        )
    }
    assert len(messages) == 6
    garbage = tmp_path / "notes.db"
    garbage.write_text("not sqlite at all " * 100)
    one_line_error(run("history", "--db", str(garbage)), "not a quotecheck database")


def test_a_locked_database_is_one_line_not_a_traceback(db_copy):
    holder = sqlite3.connect(db_copy, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        db = open_db(db_copy, config=DbConfig(busy_timeout_s=0.1))
        with pytest.raises(sqlite3.OperationalError) as caught:
            db.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
        assert "locked by another quotecheck process" in str(database_error(caught.value))
        assert db.execute("SELECT count(*) FROM works").fetchone()[0] > 0  # WAL: reads go on
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _other_user() -> int | None:
    """A user the file modes apply to: nobody when the tests run as root."""
    if os.geteuid() != 0:
        return None
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes cannot be tested")
    return 65534


@pytest.fixture()
def read_only_db(db_copy, tmp_path) -> Path:
    """The database in a folder that another user (or this one, when not root) cannot write."""
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"qc-ro-{os.getpid()}-{tmp_path.name}"
    folder.mkdir()
    shutil.copy(db_copy, folder / "quotes.db")
    (folder / "doc.txt").write_text(EXCERPT, encoding="utf-8")
    (folder / "quotes.db").chmod(0o444)
    folder.chmod(0o555)
    yield folder / "quotes.db"
    folder.chmod(0o755)
    shutil.rmtree(folder)


def test_a_read_only_database_checks_without_storing(read_only_db):
    doc = str(read_only_db.parent / "doc.txt")
    user = _other_user()
    done = cli("check", doc, "--db", str(read_only_db), "--format", "json", user=user)
    assert done.returncode == 0, done.stderr
    assert "read-only: checking without storing" in done.stderr and "Traceback" not in done.stderr
    assert json.loads(done.stdout)["check_id"] is None
    review = cli("review", "1", "accept", "--db", str(read_only_db), user=user)
    add = cli("corpus", "add", doc, "--db", str(read_only_db), user=user)
    for done in (review, add):
        assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "read-only" in add.stderr
    new = cli("check", doc, "--db", str(read_only_db.parent / "new.db"), user=user)
    assert new.returncode == 2 and "the folder is read-only" in new.stderr


def test_a_bad_output_path_fails_before_storing(db_copy, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(EXCERPT, encoding="utf-8")
    one_line_error(
        run("check", str(doc), "--db", str(db_copy), "--output", str(tmp_path / "no" / "such" / "out.txt")),
        "no such folder",
    )
    assert run("check", str(doc), "--db", str(db_copy), "--output", str(tmp_path)).exit_code == 2  # click: a folder
    assert stored_checks(db_copy) == 0
    assert run("check", str(doc), "--db", str(db_copy), "--no-store").exit_code == 0
    assert stored_checks(db_copy) == 0


def _integrity(db_path: Path) -> tuple[str, int]:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute(
            "SELECT count(*) FROM works"
        ).fetchone()[0]


@pytest.fixture()
def books(shared, tmp_path) -> Path:
    """The shared corpus books (an add long enough to interrupt, 40 MB: twenty were added within the
    second the tests wait once indexing got faster), linked into a folder."""
    folder = tmp_path / "books"
    folder.mkdir()
    for path in sorted((shared / "corpus").glob("*.txt")):
        (folder / path.name).symlink_to(path)
    return folder


@pytest.fixture()
def new_books(shared, tmp_path) -> Path:
    """Books the shipped corpus lacks (40 MB): the shared ones with each line's words reversed."""
    folder = tmp_path / "new-books"
    folder.mkdir()
    for path in sorted((shared / "corpus").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        (folder / path.name).write_text("\n".join(" ".join(line.split()[::-1]) for line in lines), encoding="utf-8")
    return folder


def _start_add(books: Path, db_path: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [*QUOTECHECK, "corpus", "add", str(books), "--db", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the workers go with it
    )
    _wait_for_write(db_path)
    return proc


def _wait_for_write(db_path: Path) -> None:
    """Until the add holds the write lock (it has begun its transaction), then a second more."""
    for _ in range(600):
        with contextlib.closing(sqlite3.connect(db_path, timeout=0, isolation_level=None)) as conn:
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
            except sqlite3.OperationalError:  # locked: the add is writing
                time.sleep(1)
                return
        time.sleep(0.05)
    raise AssertionError("the add never started writing")


def test_kill_9_during_an_add_changes_nothing(books, empty_db_path):
    proc = _start_add(books, empty_db_path)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert _integrity(empty_db_path) == ("ok", 0)


def test_ctrl_c_during_an_add_is_one_clean_message(books, empty_db_path):
    proc = _start_add(books, empty_db_path)
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole foreground group
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and err.strip() == "quotecheck: interrupted; nothing was changed"
    assert _integrity(empty_db_path) == ("ok", 0)


def test_checks_and_reads_run_during_an_add_and_concurrent_checks_are_all_stored(new_books, db_copy, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(EXCERPT, encoding="utf-8")
    works_before = _integrity(db_copy)[1]
    add = _start_add(new_books, db_copy)
    checks = [
        subprocess.Popen([*QUOTECHECK, "check", str(doc), "--db", str(db_copy)], stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    listed = cli("corpus", "list", "--db", str(db_copy), "--format", "json")
    history = cli("history", "--db", str(db_copy))
    assert add.poll() is None, "the add ended before the reads: nothing was tested"
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == works_before  # nothing half-added
    assert history.returncode == 0
    out, err = add.communicate(timeout=300)
    assert add.returncode == 0, err
    for check in checks:
        _, err = check.communicate(timeout=300)
        assert check.returncode == 0, err
    assert stored_checks(db_copy) == 2
    assert _integrity(db_copy) == ("ok", works_before + out.count("\nadded ") + out.startswith("added "))


def test_a_file_of_several_gutenberg_books_adds_each(shared, tmp_path, empty_db_path):
    names = ["browning_sonnets-from-the-portuguese.txt", "carroll_alices-adventures-in-wonderland.txt"]
    both = tmp_path / "both.txt"
    both.write_text("".join((shared / "corpus" / n).read_text(encoding="utf-8") for n in names), encoding="utf-8")
    result = run("corpus", "add", str(both), "--db", str(empty_db_path))
    assert result.exit_code == 0, result.output
    db = open_db(empty_db_path)
    titles = [row[0] for row in db.execute("SELECT title FROM works ORDER BY id")]
    assert len(titles) == 2 and "Sonnets" in titles[0] and "Alice" in titles[1]
    # the same words as each book added alone: both are duplicates now
    for name in names:
        alone = run("corpus", "add", str(shared / "corpus" / name), "--db", str(empty_db_path))
        assert "already in the corpus" in alone.output


def test_open_db_refuses_a_missing_folder_in_one_line(tmp_path):
    with pytest.raises(QuotecheckError, match="no such folder"):
        open_db(tmp_path / "missing" / "quotes.db")
    assert writable(open_db(tmp_path / "fresh.db"))


# --- fuzz ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    "the rest is silence to be or not love money root of all evil Hamlet said Lenin wrote “ ” ‘ ’ \" ' "
    "... [sic] ( ) — - , . ; : ? ! \n \n\n    > # * _ < > & é ß 中 \t".split(" ")
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_WORDS, max_size=300).map(" ".join) | st.text(max_size=400))
def test_fuzz_the_extractor_and_matcher_never_raise(shipped_db, text):
    from quotecheck import Checker
    from quotecheck.extract import extract_document

    doc = document.Document(source="<fuzz>", text=text, format="text")
    quotes = extract_document(doc)
    checker = Checker(shipped_db)
    for quote in quotes[:3]:
        if quote.text.strip():
            checker.match_quote(quote)
    if text.strip():
        checker.match(text[:2000])
