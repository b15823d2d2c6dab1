"""The origin at library scale: later books sharing a few words must not crowd the source out.

A database of the shipped corpus plus four bench books stands in for the 659-book library: two
holding "fault in our" (with fewer alignments judged than usual: there, eight such books outscored
Julius Caesar) and two of unknown date repeating Macbeth's "sound and fury".
"""

from __future__ import annotations

import shutil
import tarfile
from dataclasses import replace

import pytest

from quotecheck import Checker, MatchConfig
from quotecheck.corpus.build import add_paths
from quotecheck.store.db import open_db

# Sea Warfare, Poor Folk ("fault in our"); The Antichrist, Piccadilly Jim ("sound and fury", no year)
BOOKS = ("pg17689.txt", "pg2302.txt", "pg19322.txt", "pg2005.txt")


@pytest.fixture(scope="module")
def wider_db(shared, shipped_db_path, tmp_path_factory):
    archive = shared / "bench" / "gutenberg-bench.tar.gz"
    if not archive.is_file():
        pytest.skip("the bench books are not beside the project")
    where = tmp_path_factory.mktemp("scale")
    with tarfile.open(archive) as tar:
        for name in BOOKS:
            member = tar.getmember(f"gutenberg-bench/{name}")
            (where / name).write_bytes(tar.extractfile(member).read())
    path = where / "wider.db"
    shutil.copy(shipped_db_path, path)
    db = open_db(path)
    add_paths(db, [str(where / name) for name in BOOKS])
    yield db
    db.close()


def test_three_shared_words_do_not_crowd_out_the_altered_source(wider_db):
    """'The Fault In Our Stars', a novel's title credited to its novelist, is Cassius's "The fault,
    dear Brutus, is not in our stars": the second look by word triples finds "fault in our" in
    later books, scoring above the altered line, and judges them beside it, not instead of it."""
    config = replace(MatchConfig(), max_judged=2)
    match = Checker(wider_db, config=config).match(
        "The Fault In Our Stars", author="John Green", work="The Fault In Our Stars"
    )
    assert str(match.verdict) == "misattributed"
    assert match.source is not None and match.source.title == "Julius Caesar"
    assert "dear Brutus" in match.source.text


def test_the_earliest_dated_of_works_holding_the_words_alike_is_the_origin(wider_db):
    """'The Sound and the Fury', a novel's title credited to its novelist: Macbeth (1623), Nietzsche
    and Wodehouse (no year here) all have "sound and fury"; the dated play is the origin, not
    whichever later book came first, so the words are not left unplaced as perhaps quoted."""
    match = Checker(wider_db).match("The Sound and the Fury", author="William Falkner", work="The Sound and the Fury")
    assert str(match.verdict) == "misattributed"
    assert match.source is not None and match.source.title == "Macbeth"
    assert "Falkner" in (match.note or "")
