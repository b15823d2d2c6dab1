"""Write a set's labels.jsonl from its hand-written table (``build_labels.py`` in the set's folder),
kept so the labels can be read and edited as a table; labels.jsonl is what the evaluator reads.

Each row: doc, text or (from, to), kind, form, speaker, author, work, cue, source, note, extra.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable


def _count_before(raw: str, key: str, pos: int) -> int:
    """How many (possibly overlapping) occurrences of key start before pos."""
    n, p = 0, raw.find(key)
    while 0 <= p < pos:
        n, p = n + 1, raw.find(key, p + 1)
    return n


def _nth(raw: str, key: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = raw.find(key, pos + 1)
    return pos


def write_labels(here: str, rows: Iterable[tuple], test_docs: set[str], *, nested: bool = True) -> None:
    """Find each row's span in its document, in document order, and write one label per row.

    ``test_docs`` are document prefixes ("d03"); ``nested`` lets the next row start inside this one (a
    nested quotation follows its outer one), else the next row starts after this one ends.
    """
    cursor: dict[str, int] = {}
    with open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as out:
        for doc, text, kind, form, speaker, author, work, cue, source, note, extra in rows:
            rec = {"doc": doc}
            with open(os.path.join(here, "docs", doc), encoding="utf-8") as f:
                raw = f.read()
            key = text[0] if isinstance(text, tuple) else text
            extra = dict(extra)
            wanted = extra.pop("occurrence", None)  # a row may name which occurrence it labels
            pos = _nth(raw, key, wanted) if wanted else raw.find(key, cursor.get(doc, 0))
            assert pos >= 0, (doc, key)
            end = raw.find(text[1], pos) + len(text[1]) if isinstance(text, tuple) else pos + len(key)
            assert end > pos, (doc, text)
            cursor[doc] = pos + 1 if nested else end
            occurrence = _count_before(raw, key, pos) + 1
            if occurrence > 1:
                extra["occurrence"] = occurrence
            if isinstance(text, tuple):
                rec["from"], rec["to"] = text
            else:
                rec["text"] = text
            rec.update(kind=kind, form=form, speaker=speaker, claimed_author=author, claimed_work=work,
                       cue=cue, source=source, split="test" if doc[:3] in test_docs else "dev", note=note)
            rec.update(extra)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
