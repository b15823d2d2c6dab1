"""The real-world labelled sets in ``bench/data/`` and how their labels meet the database.

Every set was collected from public pages (each item keeps where it was
found) and labelled by hand against the corpus texts; a third of each is a
``test`` part that no threshold is tuned on. Labels name their source by
corpus file and the exact words of the file (``source.text``); this module
finds those words in the stored work so that a reported span can be checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quotecheck.normalize import tokenize
from quotecheck.store.works import work_text

from .common import file_to_work_id, fmt_ratio
from .common import ratio as common_ratio

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Span:
    work_id: int
    start: int
    end: int


class SourceFinder:
    """Finds a label's ``source.text`` in the stored text of its work (by words, so line breaks,
    hyphenation and stripped footnote marks do not matter)."""

    def __init__(self, db):
        self.db = db
        self.work_ids = file_to_work_id(db)
        self._tokens: dict[int, list] = {}

    def _work_tokens(self, work_id: int):
        if work_id not in self._tokens:
            text = work_text(self.db, work_id)
            self._tokens[work_id] = tokenize(text)
        return self._tokens[work_id]

    def find(self, file: str, text: str) -> Span | None:
        found = self.find_all(file, text)
        return found[0] if found else None

    def find_all(self, file: str, text: str) -> list[Span]:
        """Every place the words stand in the work: a line said twice ("Beware the ides of March")
        is found at either place."""
        work_id = self.work_ids.get(file)
        if work_id is None:
            return []
        words = [t.norm for t in tokenize(text)]
        if not words:
            return []
        toks = self._work_tokens(work_id)
        norms = [t.norm for t in toks]
        n = len(words)
        first = words[0]
        return [
            Span(work_id, toks[i].start, toks[i + n - 1].end)
            for i, w in enumerate(norms)
            if w == first and norms[i : i + n] == words
        ]

    def spans(self, item: dict) -> list[Span]:
        """Every labelled place of the item's source: its own and the other files it names."""
        out = []
        src = item.get("source")
        if src:
            out += self.find_all(src["file"], src["text"])
        return out


def overlaps(span: Span, work_id: int | None, start: int | None, end: int | None) -> bool:
    return work_id == span.work_id and start is not None and start < span.end and end > span.start


def ratio(num: int, den: int) -> str:
    """A share with its counts, "0.890 (162/182)"."""
    return f"{fmt_ratio(common_ratio(num, den))} ({num}/{den})" if den else fmt_ratio(None)
