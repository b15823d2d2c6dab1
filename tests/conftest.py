"""Shared fixtures: the read-only data beside the project, and a corpus database built once."""

from __future__ import annotations

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


@pytest.fixture()
def shipped_db(shipped_db_path):
    from quotecheck.store import open_db

    db = open_db(shipped_db_path)
    yield db
    db.close()
