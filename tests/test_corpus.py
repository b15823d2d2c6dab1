"""The corpus API: adding files, directories, globs and URLs; duplicates, removal, atomicity.

Small corpora are made in tmp dirs (an empty database is not filled from the
shipped corpus); URLs are served by the loopback server in conftest.py.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil

import pytest

import quotecheck.corpus as corpus
import quotecheck.corpus.build as build
import quotecheck.io.document as document
from quotecheck.errors import QuotecheckError
from quotecheck.normalize import fold
from quotecheck.store.db import open_db
from quotecheck.store.index import phrase_hits, seed_counts, term_frequencies
from quotecheck.store.works import work_text

GUTENBERG = """The Project Gutenberg EBook of The Lamp, by Ada Lamplighter

This eBook is for the use of anyone anywhere at no cost.

Title: The Lamp

Author: Ada Lamplighter

Release Date: May 5, 2010 [EBook #99999]

Language: English

*** START OF THIS PROJECT GUTENBERG EBOOK THE LAMP ***

Produced by A Volunteer

CHAPTER I. The Wick

The lamplighter walked the quiet streets of Ravensholm every evening.

CHAPTER II. The Flame

She carried a ladder of ash-wood and a tin of paraffin.

*** END OF THIS PROJECT GUTENBERG EBOOK THE LAMP ***

This file should be named 99999.txt. Licence text follows, long and legal.
"""


def _snapshot(db) -> tuple:
    """Everything an add could change: works, passages, sections, index blocks, term counts."""
    blocks = hashlib.sha256()
    for (block,) in db.execute("SELECT block FROM passage_index_data ORDER BY id"):
        blocks.update(block if isinstance(block, bytes) else str(block).encode())
    return (
        [tuple(r) for r in db.execute("SELECT id, title, sha256 FROM works ORDER BY id")],
        db.execute("SELECT count(*), coalesce(sum(length(text)), 0) FROM passages").fetchone(),
        db.execute("SELECT count(*) FROM sections").fetchone()[0],
        blocks.hexdigest(),
        [tuple(r) for r in db.execute("SELECT term, df FROM term_stats ORDER BY term")],
    )


@pytest.fixture()
def db(empty_db_path):
    conn = open_db(empty_db_path)
    yield conn
    conn.close()


@pytest.fixture()
def texts(tmp_path):
    """A directory of small sources in every supported format."""
    d = tmp_path / "texts"
    d.mkdir()
    (d / "lamp.txt").write_text(GUTENBERG, encoding="utf-8")
    (d / "orchard.txt.gz").write_bytes(
        gzip.compress(b"THE ORCHARD\n\nApples ripened slowly beside the cold northern wall.\n")
    )
    (d / "notes.md").write_text("# Field Notes\n\nThe heron waited, patient as a stone.\n", encoding="utf-8")
    (d / "page.html").write_text(
        "<html><head><title>Harbour Songs</title><meta name='author' content='Jo Tide'></head>"
        "<body><p>The gulls quarrelled over the herring boats.</p></body></html>",
        encoding="utf-8",
    )
    (d / "ignored.bin").write_bytes(b"%PDF-1.4 not a text")  # .pdf is read since issue 13
    return d


def _words_found(db, phrase: str) -> bool:
    return bool(phrase_hits(db, fold(phrase).split(), 10))


def test_add_every_format_from_a_directory(db, texts):
    result = corpus.add_paths(db, [str(texts)])
    assert sorted(w.title for w in result.added) == ["Field Notes", "Harbour Songs", "The Lamp", "orchard"]
    assert not result.skipped and not result.duplicates
    lamp = next(w for w in result.added if w.title == "The Lamp")
    assert lamp.author == "Ada Lamplighter" and lamp.language == "en" and lamp.release_date == "May 5, 2010"
    assert lamp.license_note and "Gutenberg" in lamp.license_note
    page = next(w for w in result.added if w.title == "Harbour Songs")
    assert page.author == "Jo Tide"
    text = work_text(db, lamp.id)
    assert text.startswith("CHAPTER I. The Wick\n") and text.endswith("tin of paraffin.\n")
    assert "Licence" not in text and "Produced by" not in text
    for phrase in ("walked the quiet streets of Ravensholm", "ripened slowly beside", "patient as a stone"):
        assert _words_found(db, phrase), phrase
    assert not _words_found(db, "licence text follows")
    sections = [r[0] for r in db.execute("SELECT heading FROM sections WHERE work_id = ?", [lamp.id])]
    assert sections == ["CHAPTER I. The Wick", "CHAPTER II. The Flame"]


def test_globs_and_overrides(db, texts):
    result = corpus.add_paths(
        db, [str(texts / "*.txt")], title="A Lamp Retitled", author="Someone Else", year=1850
    )
    assert [(w.title, w.author, w.year) for w in result.added] == [("A Lamp Retitled", "Someone Else", 1850)]
    with pytest.raises(QuotecheckError, match="no files match"):
        corpus.add_paths(db, [str(texts / "*.docx")])


def test_same_text_twice_is_a_no_op(db, texts, tmp_path):
    first = corpus.add_paths(db, [str(texts / "lamp.txt")])
    before = _snapshot(db)
    # the same words, re-wrapped with Windows line endings and curly apostrophes nowhere: same work
    rewrapped = tmp_path / "lamp-copy.txt"
    rewrapped.write_bytes(
        GUTENBERG.replace("quiet streets of", "quiet\nstreets of").replace("\n", "\r\n").encode()
    )
    again = corpus.add_paths(db, [str(texts / "lamp.txt"), str(rewrapped)])
    assert again.added == []
    assert [(src, w.id) for src, w in again.duplicates] == [
        (str(texts / "lamp.txt"), first.added[0].id),
        (str(rewrapped), first.added[0].id),
    ]
    assert _snapshot(db) == before


def test_remove_really_removes(db, texts):
    added = corpus.add_paths(db, [str(texts)]).added
    lamp = next(w for w in added if w.title == "The Lamp")
    assert _words_found(db, "Ravensholm every evening")
    df_before = term_frequencies(db, ["the", "ravensholm"])
    corpus.remove_work(db, lamp.id)
    assert not _words_found(db, "Ravensholm every evening")
    assert _words_found(db, "patient as a stone")  # the others stay
    assert db.execute("SELECT count(*) FROM passages WHERE work_id = ?", [lamp.id]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sections WHERE work_id = ?", [lamp.id]).fetchone()[0] == 0
    assert term_frequencies(db, ["the"])["the"] < df_before["the"]
    assert db.execute("SELECT count(*) FROM term_stats WHERE term = 'ravensholm'").fetchone()[0] == 0
    with pytest.raises(QuotecheckError, match="no work with id"):
        corpus.remove_work(db, lamp.id)
    # and it can be added again afterwards
    assert corpus.add_paths(db, [str(texts / "lamp.txt")]).added


def test_an_error_half_way_leaves_the_database_as_it_was(db, texts, tmp_path):
    corpus.add_paths(db, [str(texts / "notes.md")])
    before = _snapshot(db)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary" * 100)
    with pytest.raises(QuotecheckError, match="binary"):
        corpus.add_paths(db, [str(texts / "lamp.txt"), str(texts / "page.html"), str(bad)])
    assert _snapshot(db) == before
    # the database is still usable: the good files add fine afterwards
    assert len(corpus.add_paths(db, [str(texts / "lamp.txt"), str(texts / "page.html")]).added) == 2


def test_ctrl_c_half_way_leaves_the_database_as_it_was(db, texts, monkeypatch):
    corpus.add_paths(db, [str(texts / "notes.md")])
    before = _snapshot(db)
    real = build.index_passages
    calls = []

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(build, "index_passages", interrupted)
    with pytest.raises(KeyboardInterrupt):
        corpus.add_paths(
            db, [str(texts / "lamp.txt"), str(texts / "page.html"), str(texts / "orchard.txt.gz")]
        )
    assert len(calls) == 2
    assert _snapshot(db) == before


def test_hard_wrapped_and_hyphenated_phrases_are_found_in_the_index(db, tmp_path):
    src = tmp_path / "wrapped.txt"
    src.write_text(
        "The committee's inter-\nnational delegates argued until the candles\n"
        "guttered and the dawn came grey over the harbour.\n",
        encoding="utf-8",
    )
    corpus.add_paths(db, [str(src)])
    for phrase in ("international delegates argued", "until the candles guttered and the dawn"):
        words = fold(phrase).split()
        hits = phrase_hits(db, words, 10)
        assert len(hits) == 1, phrase
        assert seed_counts(db, dict.fromkeys(words, 1.0), 5)[0][0] == hits[0][0]
    # British spelling in the text meets American spelling in a quotation
    assert _words_found(db, "grey over the harbor")


def test_latin1_and_cp1252_files_are_decoded(db, tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le café était fermé à minuit.\n".encode("latin-1"))
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes("It\u2019s the \u201cend\u201d \u2014 na\u00efve.\n".encode("cp1252"))
    added = corpus.add_paths(db, [str(latin1), str(cp1252)]).added
    assert "café était fermé" in work_text(db, added[0].id)
    assert "It\u2019s the \u201cend\u201d \u2014 na\u00efve." in work_text(db, added[1].id)
    assert _words_found(db, "cafe etait ferme")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: str(d / "nowhere.txt"), "no such file"),
        (lambda d: (d / "empty").mkdir() or str(d / "empty"), "no .txt"),
        (lambda d: (d / "b.txt").write_bytes(bytes(range(256)) * 4) and str(d / "b.txt"), "binary"),
        (lambda d: (d / "e.txt").write_bytes(b"") or str(d / "e.txt"), "empty"),
        (lambda d: (d / "w.txt").write_bytes(b"  \n\n \t\n") and str(d / "w.txt"), "empty"),
        (lambda d: (d / "x.txt.gz").write_bytes(b"not gzip") and str(d / "x.txt.gz"), "cannot read"),
    ],
)
def test_bad_input_is_a_one_line_error(db, tmp_path, make, message):
    before = _snapshot(db)
    source = make(tmp_path)
    with pytest.raises(QuotecheckError, match=message) as info:
        corpus.add_paths(db, [source])
    assert "\n" not in str(info.value)
    assert _snapshot(db) == before


def test_bad_files_inside_a_directory_are_skipped_with_a_warning(db, texts):
    (texts / "broken.txt").write_bytes(b"\x00\x00\x00" * 50)
    (texts / "blank.md").write_text("\n\n", encoding="utf-8")
    warnings: list[str] = []
    result = corpus.add_paths(db, [str(texts)], warn=warnings.append)
    assert len(result.added) == 4
    assert sorted(s for s, _ in result.skipped) == [str(texts / "blank.md"), str(texts / "broken.txt")]
    assert len(warnings) == 2 and all(w.startswith("skipped ") for w in warnings)


def test_database_path_problems(tmp_path):
    with pytest.raises(QuotecheckError, match="is a directory"):
        open_db(tmp_path)
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("just some notes, not a database\n" * 20)
    with pytest.raises(QuotecheckError, match="not a quotecheck database"):
        corpus.open_corpus(not_sqlite)


# --- URLs (loopback server) ---------------------------------------------------------------


def test_add_urls(db, http_server):
    result = corpus.add_paths(db, [f"{http_server}/book.txt", f"{http_server}/essay.html"])
    book, essay = result.added
    assert book.title == "book" and book.source == f"{http_server}/book.txt"
    assert (essay.title, essay.author) == ("An Essay on Lamps", "Ada Lamplighter")
    essay_text = work_text(db, essay.id)
    assert "Every lamp remembers the hand that lit it." in essay_text
    assert "Home | About" not in essay_text and "Copyright nobody" not in essay_text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gone", "HTTP 404"),
        ("/slow", "timed out"),
        ("/binary", "not a text or HTML page"),
        ("/big", "larger than"),
    ],
)
def test_bad_urls(db, http_server, monkeypatch, path, message):
    monkeypatch.setattr(document, "URL_TIMEOUT", (0.5, 0.5))
    monkeypatch.setattr(document, "MAX_BYTES", 100_000)
    before = _snapshot(db)
    with pytest.raises(QuotecheckError, match=message) as info:
        corpus.add_paths(db, [f"{http_server}/book.txt", f"{http_server}{path}"])
    assert str(info.value).startswith(f"{http_server}{path}: ")
    assert _snapshot(db) == before


def test_dead_host(db, monkeypatch):
    monkeypatch.setattr(document, "URL_TIMEOUT", (0.5, 0.5))
    with pytest.raises(QuotecheckError, match="cannot fetch"):
        corpus.add_paths(db, ["http://127.0.0.1:9/nothing.txt"])


# --- a contents page and its chapters as one work ---------------------------------------


def _check_state_and_revolution(db, work) -> None:
    assert (work.title, work.author) == ("The State and Revolution", "Vladimir Lenin")
    text = work_text(db, work.id)
    # a phrase from every chapter page, each once
    for phrase in (
        "The question of the state is now acquiring particular importance",  # preface
        "What is now happening to Marx’s theory has",  # ch01
        "The first works of mature Marxism",  # ch02
        "It is well known that in the autumn of 1870",  # ch03
        "Marx gave the fundamentals concerning the significance",  # ch04
        "Marx explains this question most thoroughly",  # ch05
        "This pamphlet was written in August and September 1917",  # postscript
    ):
        assert text.count(phrase) >= 1, phrase
    assert text.count("What is now happening to Marx’s theory has") == 1  # ch01.htm#s1 did not add it again
    headings = [
        r[0] for r in db.execute("SELECT heading FROM sections WHERE work_id = ? ORDER BY start", [work.id])
    ]
    for chapter in ("Chapter I: Class Society and the State", "Chapter II: The Experience of 1848-51"):
        assert any(h.startswith(chapter) for h in headings), chapter
    assert "Chapter IV: Supplementary Explanations by Engels" in headings
    assert any(h.startswith("Preface") for h in headings) and headings[-1].startswith("PostScript")
    # in contents order
    order = [
        text.index(p) for p in ("Preface to the First Edition", "Chapter I:", "Chapter III:", "Chapter V:")
    ]
    assert order == sorted(order)


def test_contents_page_over_http_is_one_work(db, http_server):
    warnings: list[str] = []
    result = corpus.add_paths(db, [f"{http_server}/lenin/index.htm"], contents=True, warn=warnings.append)
    assert len(result.added) == 1
    _check_state_and_revolution(db, result.added[0])
    # ch06.htm is linked but not in the sample set: skipped with a warning, the rest kept
    assert len(warnings) == 1 and "ch06.htm" in warnings[0] and "404" in warnings[0]


def test_contents_page_on_disk(db, shared, tmp_path):
    copy = tmp_path / "staterev"
    shutil.copytree(shared / "samples" / "html" / "lenin-state-and-revolution", copy)
    result = corpus.add_paths(db, [str(copy / "index.htm")], contents=True, warn=lambda _m: None)
    _check_state_and_revolution(db, result.added[0])


def test_contents_links_are_same_directory_in_order_once(shared):
    raw = (shared / "samples" / "html" / "lenin-state-and-revolution" / "index.htm").read_text(
        encoding="utf-8"
    )
    doc = document.html_to_text(raw)
    links = corpus.contents_links(doc, "http://example.org/works/1917/staterev/index.htm")
    names = [u.rsplit("/", 1)[1] for u in links]
    assert names == [
        "preface.htm",
        "ch01.htm",
        "ch02.htm",
        "ch03.htm",
        "ch04.htm",
        "ch05.htm",
        "ch06.htm",
        "postscpt.htm",
    ]


def test_a_contents_page_without_chapters_is_an_error(db, http_server):
    with pytest.raises(QuotecheckError, match="no chapter pages"):
        corpus.add_paths(db, [f"{http_server}/essay.html"], contents=True)


def test_a_changed_normaliser_rebuilds_the_index_on_open(shipped_db_path, tmp_path):
    """An index written by another normaliser version is rebuilt, not trusted."""
    import shutil

    from quotecheck.corpus import open_corpus
    from quotecheck.normalize import NORMALIZER_VERSION, fold
    from quotecheck.store.db import get_meta, open_db, set_meta
    from quotecheck.store.index import phrase_hits

    path = tmp_path / "old.db"
    shutil.copy(shipped_db_path, path)
    db = open_db(path)
    set_meta(db, "normalizer_version", "0")
    db.execute("INSERT INTO passage_index(passage_index) VALUES ('delete-all')")
    assert phrase_hits(db, fold("Call me Ishmael").split(), 5) == []
    db.close()
    db = open_corpus(path)
    assert get_meta(db, "normalizer_version") == str(NORMALIZER_VERSION)
    assert phrase_hits(db, fold("Call me Ishmael").split(), 5)
    db.close()


def test_transactions_nest_and_an_inner_failure_undoes_only_itself(db, texts):
    from quotecheck.store.db import transaction

    before = _snapshot(db)
    with transaction(db):
        corpus.add_paths(db, [str(texts / "notes.md")])  # add_paths opens its own, nested
        with pytest.raises(KeyboardInterrupt), transaction(db):
            corpus.add_paths(db, [str(texts / "lamp.txt")])
            raise KeyboardInterrupt
        assert [w.title for w in corpus.list_works(db)] == ["Field Notes"]
    assert not db.conn.in_transaction
    after = _snapshot(db)
    assert after != before and [w[1] for w in after[0]] == ["Field Notes"]
    with pytest.raises(KeyboardInterrupt), transaction(db):
        corpus.add_paths(db, [str(texts / "page.html")])
        raise KeyboardInterrupt
    assert _snapshot(db) == after


def test_work_sections_are_the_headings_in_text_order(db, texts):
    from quotecheck.store.works import work_sections

    lamp = corpus.add_paths(db, [str(texts / "lamp.txt")]).added[0]
    sections = work_sections(db, lamp.id)
    assert [s["heading"] for s in sections] == ["CHAPTER I. The Wick", "CHAPTER II. The Flame"]
    assert all(s["start"] < s["end"] for s in sections) and sections[0]["end"] <= sections[1]["start"]
    assert work_sections(db, lamp.id + 1) == []


def test_an_old_database_gains_the_columns_added_since(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE quotes DROP COLUMN quoted_in")
    conn.commit()
    conn.close()
    db = open_db(path)
    assert db["quotes"].columns_dict["quoted_in"] is str
    db.close()


def test_an_older_database_is_upgraded_once_and_says_so(shipped_db_path, tmp_path):
    """A database whose characters were found by an older version finds them again on open, once,
    telling the caller (the CLI prints it on a terminal: it can take a minute at library scale)."""
    from quotecheck.store.db import open_db, set_meta

    path = tmp_path / "old.db"
    shutil.copy(shipped_db_path, path)
    db = open_db(path)
    set_meta(db, "characters", "0")
    db.close()
    heard: list[str] = []
    corpus.open_corpus(path, notify=heard.append).close()
    assert len(heard) == 1 and "characters" in heard[0]
    heard.clear()
    corpus.open_corpus(path, notify=heard.append).close()
    assert heard == []
