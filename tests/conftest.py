"""Shared fixtures: the read-only data beside the project, and a corpus database built once."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def shipped_db_path(tmp_path_factory) -> Path:
    """A database built from the shipped corpus, once per test session."""
    from quotecheck.corpus import open_corpus

    path = tmp_path_factory.mktemp("db") / "quotes.db"
    open_corpus(path).close()
    return path


@pytest.fixture(scope="module")
def shipped_checker(shipped_db_path):
    """A checker over the shipped corpus, one per test module (its corpus view is read once)."""
    from quotecheck import Checker
    from quotecheck.store.db import open_db

    db = open_db(shipped_db_path)
    yield Checker(db)
    db.close()


@pytest.fixture()
def shipped_db(shipped_db_path):
    from quotecheck.store.db import open_db

    db = open_db(shipped_db_path)
    yield db
    db.close()


@pytest.fixture()
def empty_db_path(tmp_path) -> Path:
    """A database that will not be filled from the shipped corpus (fast for small corpora)."""
    from quotecheck.store.db import open_db, set_meta

    path = tmp_path / "small.db"
    db = open_db(path)
    set_meta(db, "shipped_corpus", "not wanted in this test")
    db.close()
    return path


@pytest.fixture(scope="session")
def http_server(shared):
    """A loopback HTTP server: the MIA sample pages under /lenin/, and misbehaving URLs.

    /slow waits 3 s, /binary is application/octet-stream, /big is 300 kB of
    text, /gone is 404; /book.txt and /essay.html are small good sources.
    """
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    mia = shared / "samples" / "html" / "lenin-state-and-revolution"
    pages = {
        "/book.txt": (
            "text/plain; charset=utf-8",
            "A LOCAL BOOK\n\nThe zephyr quietly crossed the quadrangle at noon.\n",
        ),
        "/essay.html": (
            "text/html",
            "<html><head><title>An Essay on Lamps</title><meta name='author' content='Ada Lamplighter'>"
            "</head><body><nav>Home | About</nav><main><h1>On Lamps</h1>"
            "<p>Every lamp remembers the hand that lit it.</p></main>"
            "<footer>Copyright nobody</footer></body></html>",
        ),
    }

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep the test output clean
            pass

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path == "/slow":
                time.sleep(3)
                self._send(200, "text/plain", b"too late")
            elif path == "/binary":
                self._send(200, "application/octet-stream", bytes(range(256)) * 10)
            elif path == "/big":
                self._send(200, "text/plain", b"many words here\n" * 20000)
            elif path in pages:
                ctype, text = pages[path]
                self._send(200, ctype, text.encode("utf-8"))
            elif path.startswith("/lenin/") and (mia / path.removeprefix("/lenin/")).is_file():
                self._send(200, "text/html; charset=utf-8", (mia / path.removeprefix("/lenin/")).read_bytes())
            else:
                self._send(404, "text/html", b"<html><body>Not Found</body></html>")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def stripped(shared) -> dict:
    """Every shared corpus file as :func:`strip_gutenberg` returns it, by file stem (read once)."""
    from quotecheck.corpus.gutenberg import strip_gutenberg
    from quotecheck.io.document import read_path

    return {p.stem: strip_gutenberg(read_path(p)) for p in sorted((shared / "corpus").glob("*.txt"))}


@pytest.fixture(scope="session")
def kept_texts(stripped) -> dict[str, str]:
    """The kept text of every shared corpus file, by file stem."""
    return {stem: result.text for stem, result in stripped.items()}


@pytest.fixture(scope="session")
def poor_richard(shared) -> list[str]:
    """Three of Poor Richard's sayings, each as Franklin's The Way to Wealth in the shared corpus has it."""
    wealth = " ".join((shared / "corpus" / "franklin_way-to-wealth.txt").read_text(encoding="utf-8").split())
    sayings = [
        "Lost time is never found again.",
        "One to-day is worth two to-morrows.",
        "God helps them that help themselves.",
    ]
    assert all(s.rstrip(".") in wealth for s in sayings)
    return sayings
