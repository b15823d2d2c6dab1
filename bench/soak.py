"""Soak quotecheck with hostile input, faults and concurrency (issue 14); print the figures.

    python -m bench.soak [--fuzz N] [--kills N] [--skip-url-deadline]

Every case runs the real command line in its own process with a time limit
and counts tracebacks (``Traceback`` on stderr), hangs (the limit hit),
lost checks (a check that exited 0 but is not in ``history``) and
corruptions (``PRAGMA integrity_check`` not ``ok``, or a half-added corpus).
The concurrency and kill -9 cases add the 659 books of
``../shared/bench/gutenberg-bench.tar.gz`` (unpacked under ``bench/out/soak``).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tarfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.common import OUT, ROOT, SHARED

WORK = OUT / "soak"
QUOTECHECK = [sys.executable, "-m", "quotecheck"]
LIMIT_S = 300  # a case still running after this is a hang


class Tally:
    """What the soak saw: every case with its time, and the failures by kind."""

    def __init__(self) -> None:
        self.cases: list[tuple[str, float, int]] = []
        self.tracebacks: list[str] = []
        self.hangs: list[str] = []
        self.lost: list[str] = []
        self.corrupt: list[str] = []

    def run(self, name: str, args: list[str], expect: tuple[int, ...] = (0, 2)) -> subprocess.CompletedProcess | None:
        start = time.monotonic()
        try:
            done = subprocess.run([*QUOTECHECK, *args], capture_output=True, text=True, timeout=LIMIT_S)
        except subprocess.TimeoutExpired:
            self.hangs.append(name)
            self.cases.append((name, time.monotonic() - start, -1))
            return None
        self.cases.append((name, time.monotonic() - start, done.returncode))
        if "Traceback" in done.stderr or done.returncode not in expect:
            self.tracebacks.append(f"{name}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
        return done


def integrity(db: Path) -> tuple[str, int, int]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        works = conn.execute("SELECT count(*) FROM works").fetchone()[0]
        checks = conn.execute("SELECT count(*) FROM checks").fetchone()[0]
    return ok, works, checks


def copy_db(src: Path, dst: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(src)) as a, contextlib.closing(sqlite3.connect(dst)) as b:
        a.backup(b)
    return dst


# --- hostile documents ------------------------------------------------------------


def hostile_documents(folder: Path) -> dict[str, Path]:
    """Files a new user might feed quotecheck, good faith or not."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(14)
    with gzip.open(ROOT / "corpus" / "melville_moby-dick.txt.gz", "rt", encoding="utf-8") as fh:
        moby = fh.read()
    words = moby[50_000:2_000_000].split()
    shuffled = words[:]
    rng.shuffle(shuffled)
    excerpt = "He wrote “Call me Ishmael” and “the rest is silence” — as Hamlet said.\n"
    docs: dict[str, bytes] = {
        "binary.bin": bytes(rng.randrange(256) for _ in range(200_000)),
        "empty.txt": b"",
        "nul-noise.txt": b"\x00\xff" * 5000,
        "bad-utf8.txt": excerpt.encode()[:20] + b"\xff\xfe" + excerpt.encode()[20:],
        "utf16-nobom.txt": (excerpt * 50).encode("utf-16-le"),
        "cp1252.txt": (excerpt * 50).encode("cp1252"),
        "broken.html": b"<html><body><p>Hamlet: <q>the rest" + b"<div><table><td>" * 20000 + b"<script>if(a<b){",
        "nested.html": b"<div>" * 50000 + "“To be, or not to be”".encode() + b"</div>" * 10,
        "unterminated-500.txt": "".join(f"“Line {i} opens a quotation that never ends\n" for i in range(500)).encode(),
        "quote-marks-100k.txt": ("“" * 50_000 + "”" * 50_000).encode(),
        "one-long-line.txt": (" ".join(words[:30_000])).encode(),
        "indented-blocks-50MB.txt": ("    " + " ".join(words[:400]) + "\n\n").encode() * 20_000,
    }
    for chars in (5_000, 20_000, 40_000, 100_000):
        docs[f"quotation-{chars // 1000}k.txt"] = f"Melville wrote “{' '.join(shuffled)[:chars]}”.\n".encode()
    for name, data in docs.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in docs}


def soak_documents(tally: Tally, db: Path) -> None:
    for name, path in hostile_documents(WORK / "docs").items():
        tally.run(f"check {name}", ["check", str(path), "--db", str(db), "--no-store", "--format", "json"])


# --- URLs -----------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/gone":
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        kind = {"/binary": "application/octet-stream", "/page": "text/html"}.get(self.path, "text/plain")
        self.send_header("Content-Type", kind)
        self.end_headers()
        with contextlib.suppress(OSError):
            if self.path == "/trickle":  # one byte every 10 s, for ever
                while True:
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(10)
            elif self.path == "/silent":
                time.sleep(120)
            elif self.path == "/page":
                self.wfile.write("<p>Hamlet said “the rest is silence”</p>".encode())
            else:
                self.wfile.write(bytes(range(256)) * 100)


def soak_urls(tally: Tally, db: Path, deadline: bool) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with contextlib.closing(__import__("socket").socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    paths = ["/page", "/gone", "/binary", "/octets", "/silent"] + (["/trickle"] if deadline else [])
    for url in [dead] + [base + p for p in paths]:
        tally.run(f"check {url.removeprefix(base)}", ["check", url, "--db", str(db), "--no-store"])
    server.shutdown()


# --- fuzz -------------------------------------------------------------------------------


def soak_fuzz(tally: Tally, db: Path, cases: int) -> None:
    """Random text through the extractor and the matcher, in this process (no store)."""
    from quotecheck import Checker
    from quotecheck.extract import extract_document
    from quotecheck.io.document import Document

    checker = Checker(db)
    rng = random.Random(1414)
    vocab = "the rest is silence to be or not love money root evil Hamlet said Lenin “ ” ‘ ’ \" ' ... [sic] ( ) — , . ; \n \n\n    > #".split(" ")
    for n in range(cases):
        if n % 2:
            text = " ".join(rng.choice(vocab) for _ in range(rng.randrange(1, 3000)))
        else:
            text = "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x2010, 0x2030), rng.randrange(0x80, 0x3000)])) for _ in range(rng.randrange(1, 5000)))
        start = time.monotonic()
        try:
            for quote in extract_document(Document(source="<fuzz>", text=text, format="text"))[:5]:
                checker.match_quote(quote)
            if text.strip():
                checker.match(text[:20_000])
        except Exception as exc:  # noqa: BLE001 - counting them is the point
            tally.tracebacks.append(f"fuzz {n}: {type(exc).__name__}: {exc}")
        tally.cases.append((f"fuzz {n}", time.monotonic() - start, 0))


# --- the 659-book add -------------------------------------------------------------------


def bench_books() -> Path:
    folder = WORK / "gutenberg-bench"
    if not folder.is_dir():
        with tarfile.open(SHARED / "bench" / "gutenberg-bench.tar.gz") as tar:
            tar.extractall(WORK, filter="data")
    return folder


def start_add(db: Path, books: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*QUOTECHECK, "corpus", "add", str(books), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def wait_for_lock(db: Path, timeout: float = 120) -> float:
    """Seconds until another process holds the write lock."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        with contextlib.closing(sqlite3.connect(db, timeout=0, isolation_level=None)) as conn:
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
            except sqlite3.OperationalError:
                return time.monotonic() - start
        time.sleep(0.1)
    raise RuntimeError("the add never took the write lock")


def soak_add_with_checks(tally: Tally, base: Path, books: Path) -> dict:
    """Checks, history and corpus list started while the 659 books are being added."""
    db = copy_db(base, WORK / "during-add.db")
    _, works_before, _ = integrity(db)
    doc = ROOT / "examples" / "eflux-comment.txt"
    add_start = time.monotonic()
    add = start_add(db, books)
    wait_for_lock(db)
    time.sleep(2)
    check_start = time.monotonic()
    checks = [subprocess.Popen([*QUOTECHECK, "check", str(doc), "--db", str(db), "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    listed = tally.run("corpus list during the add", ["corpus", "list", "--db", str(db), "--format", "json"])
    tally.run("history during the add", ["history", "--db", str(db)])
    seen = len(json.loads(listed.stdout)) if listed and listed.returncode == 0 else -1
    finished = []
    for n, check in enumerate(checks):
        out, err = check.communicate(timeout=3600)
        finished.append(time.monotonic() - check_start)
        tally.cases.append((f"check {n} during the add", finished[-1], check.returncode))
        if "Traceback" in err or check.returncode != 0:
            tally.tracebacks.append(f"check {n} during the add: {err.strip()[-300:]}")
    out, err = add.communicate(timeout=3600)
    add_s = time.monotonic() - add_start
    tally.cases.append(("add 659 books", add_s, add.returncode))
    if add.returncode != 0 or "Traceback" in err:
        tally.tracebacks.append(f"add: exit {add.returncode}: {err.strip()[-300:]}")
    ok, works_after, stored = integrity(db)
    if stored != sum(c.returncode == 0 for c in checks):
        tally.lost.append(f"{stored} of {len(checks)} checks stored")
    if ok != "ok" or seen not in (works_before, -1):
        tally.corrupt.append(f"during add: integrity {ok}, corpus list saw {seen} works (before: {works_before})")
    return {"add_s": add_s, "works": (works_before, works_after), "listed": seen, "checks_done_s": finished}


def soak_kills(tally: Tally, base: Path, books: Path, moments: list[float]) -> None:
    """kill -9 of a 659-book add (with its workers) at several moments: nothing half-added."""
    for moment in moments:
        db = copy_db(base, WORK / "killed.db")
        _, works_before, _ = integrity(db)
        add = start_add(db, books)
        wait_for_lock(db)
        time.sleep(moment)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(add.pid, signal.SIGKILL)
        add.communicate()
        ok, works, _ = integrity(db)
        tally.cases.append((f"kill -9 at {moment:g} s into the add", moment, -9))
        if ok != "ok" or works != works_before:
            tally.corrupt.append(f"kill at {moment} s: integrity {ok}, works {works} (before {works_before})")


def report(tally: Tally, extra: dict) -> None:
    slowest = sorted((c for c in tally.cases if not c[0].startswith(("add ", "kill", "check 0", "check 1", "check 2"))), key=lambda c: -c[1])[:8]
    print(f"cases tried: {len(tally.cases)}")
    print("slowest hostile inputs (s):")
    for name, secs, rc in slowest:
        print(f"  {secs:8.2f}  exit {rc:>3}  {name}")
    if extra:
        print(f"659-book add: {extra['add_s']:.1f} s, works {extra['works'][0]} -> {extra['works'][1]}; "
              f"corpus list during it saw {extra['listed']} works; checks started during it finished after "
              + ", ".join(f"{s:.1f}" for s in extra["checks_done_s"]) + " s")
    for label, items in (("tracebacks", tally.tracebacks), ("hangs", tally.hangs), ("lost checks", tally.lost),
                         ("corruptions", tally.corrupt)):
        print(f"{label}: {len(items)}")
        for item in items[:10]:
            print(f"  {item}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=300, help="random texts through extractor and matcher")
    parser.add_argument("--kills", type=str, default="0,3,10,30", help="seconds into the add to kill -9 it")
    parser.add_argument("--skip-url-deadline", action="store_true", help="skip the 60 s trickling-server case")
    parser.add_argument("--skip-add", action="store_true", help="skip the 659-book add cases")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    base = WORK / "base.db"
    if not base.exists():
        subprocess.run([*QUOTECHECK, "corpus", "stats", "--db", str(base)], check=True, capture_output=True)
    tally = Tally()
    soak_documents(tally, base)
    soak_urls(tally, base, deadline=not args.skip_url_deadline)
    soak_fuzz(tally, base, args.fuzz)
    extra = {}
    if not args.skip_add:
        books = bench_books()
        extra = soak_add_with_checks(tally, base, books)
        soak_kills(tally, base, books, [float(x) for x in args.kills.split(",") if x])
    report(tally, extra)
    shutil.rmtree(WORK / "docs", ignore_errors=True)


if __name__ == "__main__":
    main()
