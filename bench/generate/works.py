"""The shipped works' stored texts, and where phrases occur in them.

``WORKS`` and ``PARAS`` are filled once per run by :func:`load`; every
generator module reads them.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field

from quotecheck.corpus import prepare_text
from quotecheck.io.document import read_path
from quotecheck.normalize import fold, tokenize

from ..common import ROOT, SHARED

SHARED_CORPUS = SHARED / "corpus"
SHIPPED_CORPUS = ROOT / "corpus"


# Files holding the same text in another edition or selection: a match on any
# of them counts (the item lists the other spans as ``source_alternatives``).
EDITION_GROUPS = [
    {"darwin_origin-of-species-1st-ed.txt", "darwin_origin-of-species-6th-ed.txt"},
    {"wilde_dorian-gray.txt", "wilde_picture-of-dorian-gray.txt"},
    {"emerson_essays-first-series.txt", "emerson_essays-selected.txt"},
    {"tennyson_maud-and-other-poems.txt", "tennyson_selections-wordsworth-tennyson.txt"},
    {"lincoln_gettysburg-address.txt", "lincoln_papers-and-writings.txt"},
]
# Files that carry a copy of another work's text: the Declaration file is a
# compilation that also holds the Gettysburg Address (and the Constitution,
# inaugural addresses...), so a match on that copy is a match on the address.
EMBEDDED_COPIES = {"lincoln_gettysburg-address.txt": {"jefferson_declaration-of-independence.txt"}}


def norm_string(text: str) -> str:
    """The folded words of ``text`` between single spaces, padded: ``" a b c "``."""
    return " " + " ".join(fold(text).split()) + " "


@dataclass
class Work:
    file: str
    title: str
    author: str
    text: str
    normstr: str
    _tokens: list | None = None
    _word_pos: list[int] = field(default_factory=list)

    @property
    def tokens(self):
        if self._tokens is None:
            self._tokens = tokenize(self.text)
            assert [t.norm for t in self._tokens] == self.normstr.split()
            pos, starts = 0, []
            for tok in self._tokens:
                starts.append(pos)
                pos += len(tok.norm) + 1
            self._word_pos = starts  # position of word i in normstr[1:]
        return self._tokens

    def word_index(self, normpos: int) -> int:
        """Index of the word starting right after ``normstr[normpos]`` (a space)."""
        self.tokens  # noqa: B018 - builds _word_pos
        i = bisect.bisect_left(self._word_pos, normpos)
        assert self._word_pos[i] == normpos, (self.file, normpos)
        return i

    def find_all(self, phrase_norm: str) -> list[tuple[int, int]]:
        """Character spans of every occurrence of a folded phrase (``" a b "``)."""
        spans, pos = [], self.normstr.find(phrase_norm)
        nwords = len(phrase_norm.split())
        while pos >= 0:
            i = self.word_index(pos)
            toks = self.tokens
            spans.append((toks[i].start, toks[i + nwords - 1].end))
            pos = self.normstr.find(phrase_norm, pos + 1)
        return spans


def load_corpus() -> dict[str, Work]:
    base = SHARED_CORPUS if (SHARED_CORPUS / "works.jsonl").exists() else SHIPPED_CORPUS
    works = {}
    with (base / "works.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            entry = json.loads(line)
            path = base / entry["file"]
            if not path.exists():
                path = base / (entry["file"] + ".gz")
            text = prepare_text(read_path(path), entry["file"]).text
            works[entry["file"]] = Work(
                entry["file"], entry["title"], entry["author"], text, norm_string(text)
            )
    return works


#: The shipped works by file name, filled by :func:`load`.
WORKS: dict[str, Work] = {}

#: Each work's paragraphs fit to quote from (``passages.Para``), filled by ``devset.build``.
PARAS: dict[str, list] = {}


def load() -> None:
    """Read the shipped works into ``WORKS`` (once per run)."""
    WORKS.update(load_corpus())


def group_of(file: str) -> set[str]:
    for group in EDITION_GROUPS:
        if file in group:
            return group
    return {file}


def occurrences(phrase_norm: str) -> dict[str, int]:
    return {f: w.normstr.count(phrase_norm) for f, w in WORKS.items() if phrase_norm in w.normstr}


def in_any_work(text: str) -> bool:
    n = norm_string(text)
    return n.strip() != "" and any(n in w.normstr for w in WORKS.values())


def locate(file: str, anchor: str, occurrence: int | None = None) -> tuple[int, int]:
    """The span of ``anchor`` (compared folded) in ``file``; unique unless ``occurrence`` is given."""
    spans = WORKS[file].find_all(norm_string(anchor))
    if occurrence is None:
        assert len(spans) == 1, f"{file}: anchor {anchor!r} found {len(spans)} times"
        return spans[0]
    return spans[occurrence]


def alternatives(file: str, start: int, end: int) -> tuple[list[dict], list[str]]:
    """Other spans with the same words: in the same work or another edition of it
    (``source_alternatives``), and other works quoting them (``quoted_in``)."""
    phrase = norm_string(WORKS[file].text[start:end])
    alts, quoted = [], []
    group = group_of(file) | EMBEDDED_COPIES.get(file, set())
    for f, work in WORKS.items():
        if phrase not in work.normstr:
            continue
        if f in group:
            alts.extend(
                {"file": f, "start": s, "end": e}
                for s, e in work.find_all(phrase)
                if not (f == file and s < end and e > start)  # not the source span itself
            )
        else:
            quoted.append(f)
    return alts, quoted
