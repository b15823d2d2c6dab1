"""One devset item as a dict: ids, claimed author and work, alternatives."""

from __future__ import annotations

from ..common import CATEGORIES
from .names import AUTHOR_NAMES, WORK_NAMES
from .works import PARAS, WORKS, alternatives


def claim(rng, file, mode=None):
    names = AUTHOR_NAMES.get(file)
    r = rng.random() if mode is None else mode
    if not names or r < 0.4:
        return None, None
    author = rng.choice(names)
    work = WORK_NAMES.get(file, WORKS[file].title) if r > 0.75 else None
    return author, work


def base_item(
    cat,
    idx,
    quote,
    verdict,
    file=None,
    start=None,
    end=None,
    author=None,
    work=None,
    meaning=False,
    note="",
    **extra,
):
    item = {
        "id": f"{cat}-{idx:03d}",
        "category": cat,
        "quote": quote,
        "claimed_author": author,
        "claimed_work": work,
        "expected_verdict": verdict,
        "source": {"file": file, "start": start, "end": end} if file else None,
        "meaning_change": meaning,
        "note": note,
    }
    if file:
        alts, quoted = alternatives(file, start, end)
        if alts:
            item["source_alternatives"] = alts
        if quoted:
            item["quoted_in"] = quoted
    item.update(extra)
    return item


def work_cycle(rng, exclude=()):
    files = sorted(f for f in WORKS if PARAS[f] and f not in exclude)
    while True:
        order = files[:]
        rng.shuffle(order)
        yield from order


PROGRAMMATIC = set(CATEGORIES[: CATEGORIES.index("meaning_change") + 1])
