"""Word, PDF and EPUB documents, Project Gutenberg numbers and Wikisource pages.

The files are made here with the same structure real ones have (python-docx
writes the Word file; the PDF and EPUB are assembled by hand); the books and
pages are served by a local server standing in for the configurable mirror.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck import Checker
from quotecheck.cli import main
from quotecheck.corpus.remote import remote_url
from quotecheck.io.document import load_document

AUSTEN = (
    "It is a truth universally acknowledged, that a single man in possession of a good fortune, "
    "must be in want of a wife."
)
LAMPS = (
    "Every lamp of the harbour remembers the hand that lit it, and the keeper who walked the long "
    "mole at dusk with his ladder and his tin of oil."
)


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Openings"
    document.core_properties.author = "A. Reviewer"
    document.add_heading("Famous openings", level=1)
    document.add_paragraph("Austen's novel opens with an irony that has become a proverb:")
    document.add_paragraph(AUSTEN, style="Quote")
    document.add_paragraph("Jane Austen, Pride and Prejudice.")
    document.save(str(path))
    return path


def make_pdf(path: Path, lines: list[str], title: str = "Openings") -> Path:
    """A one-page PDF with Helvetica text, a line per string, and Title metadata."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 50 750 Td 14 TL " + " ".join(f"({esc(t)}) Tj T*" for t in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({esc(title)}) /Author (A. Reviewer) >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def make_epub(path: Path, chapters: list[str], title: str, author: str) -> Path:
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        items = "".join(
            f'<item id="c{i}" href="text/c{i}.xhtml" media-type="application/xhtml+xml"/>'
            for i in range(len(chapters))
        )
        # the spine's order, not the manifest's, is the reading order
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        book.writestr(
            "OEBPS/content.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
            f"<dc:creator>{author}</dc:creator></metadata><manifest>{items}</manifest>"
            f"<spine>{spine}</spine></package>",
        )
        for i, body in enumerate(chapters):
            book.writestr(
                f"OEBPS/text/c{i}.xhtml",
                f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>c{i}</title></head>'
                f"<body>{body}</body></html>",
            )
    return path


@pytest.fixture(scope="module")
def db_path(shipped_db_path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("inputs") / "quotes.db"
    shutil.copy(shipped_db_path, path)
    return path


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_a_word_document_keeps_its_block_quotation_and_metadata(tmp_path):
    doc = load_document(str(make_docx(tmp_path / "openings.docx")))
    assert doc.format == "html" and doc.title == "Openings" and doc.author == "A. Reviewer"
    assert AUSTEN in doc.text
    [block] = [s for s in doc.spans if s.kind == "blockquote"]
    assert doc.text[block.start : block.end].strip() == AUSTEN


@pytest.mark.parametrize("kind", ["docx", "pdf", "epub"])
def test_check_reads_word_pdf_and_epub(kind, db_path, tmp_path):
    path = tmp_path / f"openings.{kind}"
    if kind == "docx":
        make_docx(path)
    elif kind == "pdf":  # a PDF breaks the quotation across lines
        make_pdf(path, ["As Jane Austen wrote, \"It is a truth universally acknowledged, that a single",
                        "man in possession of a good fortune, must be in want of a wife.\""])  # fmt: skip
    else:
        make_epub(path, ["<h1>One</h1><p>Nothing quoted here.</p>", f"<p>As Jane Austen wrote, “{AUSTEN}”</p>"],
                  "Openings", "A. Reviewer")  # fmt: skip
    result = run("check", str(path), "--format", "json", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    [quote] = [q for q in json.loads(result.output)["quotes"] if q["kind"] == "quotation"]
    assert quote["verdict"] == "verbatim"
    assert "Pride and Prejudice" in quote["match"]["title"]


def test_a_damaged_file_is_one_line_error(db_path, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    result = run("check", str(broken), "--db", str(db_path))
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"quotecheck: error: {broken}: not a readable docx file (")


def test_corpus_add_takes_an_epub_and_a_pdf(empty_db_path, tmp_path):
    epub = make_epub(
        tmp_path / "harbour.epub",
        ["<h1>The Harbour</h1>", f"<p>{LAMPS}</p>"],
        "The Harbour",
        "Ada Lamplighter",
    )
    pdf = make_pdf(
        tmp_path / "mole.pdf",
        ["The mole runs out a mile into the grey sea, and the gulls", "keep its stones."],
        title="The Mole",
    )
    result = run("corpus", "add", str(epub), str(pdf), "--db", str(empty_db_path))
    assert result.exit_code == 0, result.output
    assert "The Harbour by Ada Lamplighter" in result.output
    m = Checker(empty_db_path).match(
        "Every lamp of the harbour remembers the hand that lit it", author="Lamplighter"
    )
    assert m.verdict == "verbatim" and m.source.title == "The Harbour"


# -- sources by address, from a local mirror -----------------------------------------------------


@pytest.fixture(scope="module")
def mirror(shared):
    gettysburg = (shared / "corpus" / "lincoln_gettysburg-address.txt").read_bytes()
    page = (
        '<div class="mw-parser-output"><div id="headertemplate"><span id="header_title_text">The Raven</span>'
        '<span id="header_author_text"><a href="/wiki/Author:Edgar_Allan_Poe">Edgar Allan Poe</a></span>'
        '<a href="/wiki/Previous">← previous</a></div>'
        '<div class="poem"><p>Once upon a midnight dreary, while I pondered, weak and weary,<br>'
        "Over many a quaint and curious volume of forgotten lore—<br>"
        "While I nodded, nearly napping, suddenly there came a tapping,<br>"
        'As of some one gently rapping, rapping at my chamber door.<sup class="reference">[1]</sup></p></div>'
        '<span class="mw-editsection">[edit]</span><ol class="references"><li>A footnote.</li></ol></div>'
    )
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            seen.append(self.path)
            if self.path == "/pg/4/pg4.txt":
                body, ctype = gettysburg, "text/plain; charset=utf-8"
            elif self.path == "/ws/en/wiki/The_Raven_(Poe)?action=render":
                body, ctype = page.encode("utf-8"), "text/html; charset=utf-8"
            else:
                body, ctype = b"not here", "text/plain"
                self.send_response(404)
            if body != b"not here":
                self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError):
                self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}"
    yield {
        "QUOTECHECK_GUTENBERG_MIRROR": root + "/pg/{n}/pg{n}.txt",
        "QUOTECHECK_WIKISOURCE_MIRROR": root + "/ws/{lang}",
        "seen": seen,
    }
    server.shutdown()
    server.server_close()


def test_addresses_resolve_to_the_mirror(monkeypatch):
    monkeypatch.delenv("QUOTECHECK_GUTENBERG_MIRROR", raising=False)
    monkeypatch.delenv("QUOTECHECK_WIKISOURCE_MIRROR", raising=False)
    assert remote_url("gutenberg:1342") == "https://www.gutenberg.org/cache/epub/1342/pg1342.txt"
    assert (
        remote_url("https://fr.wikisource.org/wiki/Les_Fleurs_du_mal/L%E2%80%99Albatros")
        == "https://fr.wikisource.org/wiki/Les_Fleurs_du_mal/L%E2%80%99Albatros?action=render"
    )
    assert remote_url("https://example.org/wiki/X") is None and remote_url("gutenberg.txt") is None


def test_corpus_add_a_gutenberg_number_and_a_wikisource_page(mirror, empty_db_path):
    env = {k: v for k, v in mirror.items() if k.startswith("QUOTECHECK")}
    result = run("corpus", "add", "gutenberg:4", "--db", str(empty_db_path), env=env)
    assert result.exit_code == 0, result.output
    assert "Gettysburg" in result.output and "Lincoln" in result.output
    result = run(
        "corpus", "add", "https://en.wikisource.org/wiki/The_Raven_(Poe)", "--db", str(empty_db_path), env=env
    )
    assert result.exit_code == 0, result.output
    assert "added 2: The Raven (Poe) by Edgar Allan Poe" in result.output
    listed = json.loads(run("corpus", "list", "--format", "json", "--db", str(empty_db_path)).output)
    assert [w["source"] for w in listed] == ["gutenberg:4", "https://en.wikisource.org/wiki/The_Raven_(Poe)"]
    checker = Checker(empty_db_path)
    assert (
        checker.match("government of the people, by the people, for the people", author="Lincoln").verdict
        == "verbatim"
    )
    raven = checker.match("Once upon a midnight dreary, while I pondered, weak and weary", author="Poe")
    assert raven.verdict == "verbatim" and raven.source.author == "Edgar Allan Poe"
    stored = checker.db.execute("SELECT group_concat(text, '') FROM passages WHERE work_id = 2").fetchone()[0]
    assert "previous" not in stored and "[edit]" not in stored and "A footnote" not in stored
    missing = run("corpus", "add", "gutenberg:999", "--db", str(empty_db_path), env=env)
    assert missing.exit_code == 2 and "HTTP 404" in missing.output
