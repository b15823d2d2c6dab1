"""Every label checked against the stored text before the devset is written."""

from __future__ import annotations

from quotecheck.normalize import fold

from ..common import strip_marks
from .works import WORKS, in_any_work, norm_string


def kept_text(item) -> str:
    src = item["source"]
    text = WORKS[src["file"]].text
    pieces, pos = [], src["start"]
    for s, e in sorted(item.get("omitted", [])):
        pieces.append(text[pos:s])
        pos = e
    pieces.append(text[pos : src["end"]])
    return " ".join(pieces)


def similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(" ".join(fold(a).split()), " ".join(fold(b).split()))


def check_item(item) -> None:
    v = item["expected_verdict"]
    q = item["quote"]
    src = item["source"]
    if v == "not_found":
        assert src is None, item["id"]
        assert not in_any_work(strip_marks(q)), f"{item['id']}: 'not_found' quote is in the corpus"
        return
    assert src, item["id"]
    work = WORKS[src["file"]]
    assert 0 <= src["start"] < src["end"] <= len(work.text)
    span = kept_text(item)
    if v in ("verbatim", "misattributed"):
        assert norm_string(strip_marks(q)) == norm_string(span), (item["id"], q, span)
    elif v == "altered" and item.get("meaning_change_kind") == "context":
        # quoted out of context: every word is the source's, the sentence around them is not
        assert norm_string(strip_marks(q)) == norm_string(span), (item["id"], q, span)
    elif v == "altered":
        assert not in_any_work(strip_marks(q)), f"{item['id']}: 'altered' quote is verbatim in the corpus"
        floor = 45 if item["category"] == "famous_misquote" else 70
        assert similarity(q, span) >= floor, (item["id"], similarity(q, span), q, span)
    elif v == "paraphrase":
        assert not in_any_work(q), item["id"]
        assert similarity(q, span) < 80, (item["id"], similarity(q, span))
    if item["category"] == "provenance":
        assert item["also_in"], f"{item['id']}: no bench book quotes it"
    if v == "misattributed":
        claimed = (item["claimed_author"] or "").lower()
        surname = claimed.split()[-1]
        assert surname not in work.author.lower(), item["id"]


def check_fabricated(item) -> None:
    """No run of six folded words of a fabricated quote is in any work."""
    words = fold(item["quote"]).split()
    for i in range(len(words) - 5):
        gram = " " + " ".join(words[i : i + 6]) + " "
        hits = [f for f, w in WORKS.items() if gram in w.normstr]
        assert not hits, (item["id"], gram, hits)
