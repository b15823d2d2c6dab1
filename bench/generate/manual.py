"""The hand-written items of ``manual_items``, with offsets computed from their anchors."""

from __future__ import annotations

from . import manual_items
from .items import PROGRAMMATIC, base_item
from .works import locate


def build_manual(also_in: dict[str, list[str]]) -> list[dict]:
    """The hand-written items; ``also_in`` names the bench books quoting each provenance quote."""
    items = []
    counters: dict[str, int] = {}

    def nid(cat):
        counters[cat] = counters.get(cat, 0) + 1
        return counters[cat]

    for spec in manual_items.ITEMS:
        cat = spec["category"]
        verdict = spec["verdict"]
        file = spec.get("file")
        start = end = None
        if file:
            start, end = locate(file, spec.get("anchor") or spec["quote"], spec.get("occurrence"))
        extra = {}
        if spec.get("meaning_change_kind"):
            extra["meaning_change_kind"] = spec["meaning_change_kind"]
        if cat == "provenance":
            extra["also_in"] = also_in.get(spec["quote"], [])
        if spec.get("omitted"):
            extra["omitted"] = [list(locate(file, o)) for o in spec["omitted"]]
        item = base_item(
            cat,
            nid(cat),
            spec["quote"],
            verdict,
            file,
            start,
            end,
            spec.get("author"),
            spec.get("work"),
            meaning=spec.get("meaning_change", False),
            note=spec.get("note", ""),
            **extra,
        )
        item["id"] = f"{cat}-{'m' if cat in PROGRAMMATIC else ''}{counters[cat]:03d}"
        items.append(item)
    return items
