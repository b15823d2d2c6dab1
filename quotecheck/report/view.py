"""What the reports and the review page show beyond the JSON contract, computed once.

The text, HTML and review-page renderers all read a report dict (the JSON
contract of :meth:`CheckResult.to_json`); :func:`annotate` adds to it what a
reader needs to find and compare a quotation: its number within the check
(1…N, what ``review CHECK:N`` takes), its line and column in the original
file, and, for each quoting work, its wording against the origin's. Nothing
here matches; the wordings of quoting works come from a ``text_of`` callable
so this module never opens the database itself.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable

from ..normalize import fold, tokenize

__all__ = [
    "annotate",
    "select",
    "line_col",
    "marked_sides",
    "wording_diff",
    "quoting_works",
    "PROBLEMS",
    "split_context",
]

#: Verdicts a reviewer has to look at (``--quiet`` prints only these).
PROBLEMS = ("altered", "paraphrase", "misattributed", "not_found")

TextOf = Callable[[int, int, int], str]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _find_in_original(raw: str, quote: str, start: int) -> int | None:
    """Where a quotation of the extracted text stands in the original file (Markdown, HTML):
    the occurrence of its opening words nearest its offset in the extracted text."""
    if raw[start : start + len(quote)] == quote:
        return start
    words = quote.split()[:4]
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    hits = [m.start() for m in pattern.finditer(raw)]
    return min(hits, key=lambda h: abs(h - start)) if hits else None


def annotate(report: dict, *, text: str | None = None, raw: str | None = None) -> dict:
    """Add ``number`` (1…N over the quotations), ``line`` and ``column`` (in the original file:
    ``raw`` when given, else the document ``text``) to each quote. Fields that the extractor
    already set (``line``/``column``) are kept. Returns a new dict."""
    quotes, n = [], 0
    for q in report["quotes"]:
        q = dict(q)
        if q["kind"] == "quotation":
            n += 1
            q["number"] = n
        if q.get("line") is None and (text is not None or raw is not None):
            offset = None
            if raw is not None:
                offset = _find_in_original(raw, q["text"], q["start"])
            if offset is not None:
                q["line"], q["column"] = line_col(raw, offset)
            elif text is not None:
                q["line"], q["column"] = line_col(text, q["start"])
        quotes.append(q)
    return {**report, "quotes": quotes}


def select(report: dict, verdicts: set[str] | None = None, unreviewed: bool = False) -> dict:
    """Only the quotations with these verdicts, or not yet reviewed (numbers and summary kept)."""
    shown = [
        q
        for q in report["quotes"]
        if (not verdicts or q["verdict"] in verdicts)
        and not (unreviewed and (q.get("review") or q["kind"] != "quotation"))
    ]
    return {**report, "quotes": shown}


def _spans(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in tokenize(text)]


def _mark(text: str, ops: list[tuple[str, str]], cls_of: dict[str, str]) -> str | None:
    """HTML of ``text`` (punctuation kept) with each op's words wrapped as its class says;
    None when the ops' words do not line up with the text's."""
    spans = _spans(text)
    out, pos, i = [], 0, 0
    for kind, words in ops:
        count = len(tokenize(words))
        if count == 0:
            continue
        if i + count > len(spans):
            return None
        a, b = spans[i][0], spans[i + count - 1][1]
        out.append(html.escape(text[pos:a]))
        tag = cls_of.get(kind)
        chunk = html.escape(text[a:b])
        out.append(f'<{tag[0]} class="{tag[1]}">{chunk}</{tag[0]}>' if tag else chunk)
        pos, i = b, i + count
    if i != len(spans):
        return None
    out.append(html.escape(text[pos:]))
    return "".join(out)


_QUOTE_SIDE = {
    "replace": ("ins", "changed"),
    "add": ("ins", "added"),
    "add-moved": ("ins", "added moved"),
    "editorial": ("span", "editorial"),
}
_ORIGINAL_SIDE = {
    "replace": ("del", "changed"),
    "omit": ("del", "omitted"),
    "omit-moved": ("del", "omitted moved"),
    "editorial": ("span", "editorial"),
}


def marked_sides(quote_text: str, match: dict) -> tuple[str, str]:
    """The quotation and the original as written (punctuation kept), their differences marked:
    ``<ins>`` for the quoter's words, ``<del>`` for the source's. Falls back to the diff's words
    when the texts cannot be lined up with it."""
    left_ops, right_ops = [], []
    for op in match.get("diff") or []:
        kind = "editorial" if op.get("editorial") else op["op"]
        if kind in ("add", "omit") and op.get("moved"):
            kind += "-moved"
        if op["quoted"]:
            left_ops.append((kind, op["quoted"]))
        if op["original"]:
            right_ops.append((kind, op["original"]))
    left = _mark(quote_text, left_ops, _QUOTE_SIDE)
    right = _mark(match.get("text") or "", right_ops, _ORIGINAL_SIDE)
    if left is None:
        left = " ".join(
            f'<ins class="changed">{html.escape(w)}</ins>' if k != "equal" else html.escape(w)
            for k, w in left_ops
        )
    if right is None:
        right = " ".join(
            f'<del class="changed">{html.escape(w)}</del>' if k != "equal" else html.escape(w)
            for k, w in right_ops
        )
    return left, right


def split_context(context: str | None) -> tuple[str, str, str] | None:
    """``(before, match, after)`` of a stored context (the match between ⟦ and ⟧)."""
    if not context or "⟦" not in context or "⟧" not in context:
        return None
    before, rest = context.split("⟦", 1)
    middle, after = rest.split("⟧", 1)
    return before.strip(), middle.strip(), after.strip()


def wording_diff(origin: str, other: str) -> str:
    """HTML of ``other``'s wording against ``origin``'s, word by word (compared folded,
    shown as written): how a line drifted as it was quoted."""
    a, b = origin.split(), other.split()
    fa, fb = [fold(w) for w in a], [fold(w) for w in b]
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, fa, fb, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(html.escape(" ".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append(f'<del class="omitted">{html.escape(" ".join(a[i1:i2]))}</del>')
        if j2 > j1:
            out.append(f'<ins class="added">{html.escape(" ".join(b[j1:j2]))}</ins>')
    return " ".join(out)


def quoting_works(q: dict, text_of: TextOf | None) -> list[dict]:
    """The works quoting the passage, earliest first, each with its wording against the origin's."""
    m = q.get("match") or {}
    origin = m.get("text") or ""
    out = []
    for place in sorted(q.get("quoted_in") or [], key=lambda p: (p.get("year") is None, p.get("year") or 0)):
        item = dict(place)
        if text_of is not None and origin:
            try:
                wording = text_of(place["work_id"], place["start"], place["end"])
            except Exception:  # a work removed since the check: show it without its wording
                wording = ""
            if wording:
                item["wording"] = " ".join(wording.split())
                item["drift"] = wording_diff(origin, item["wording"])
        out.append(item)
    return out
