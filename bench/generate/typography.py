"""Changes that keep the folded words: case, punctuation, quote marks, spelling."""

from __future__ import annotations

import re

from quotecheck.normalize import fold

from .edits import replace_span, words_of
from .passages import Passage
from .wordlists import ISE_STEMS, OUR_STEMS, SPELLING_SWAPS


def typography(rng, q):
    """Changes that keep the folded words: case, punctuation, quote marks, spelling."""
    ops = []
    # spelling: British <-> American forms that fold together
    for m in sorted(words_of(q), key=lambda m: -m.start()):
        alt = spelling_variant(m.group())
        if alt:
            q = replace_span(q, m.start(), m.end(), alt)
            ops.append(f"spelling {m.group()!r}->{alt!r}")
    choices = ["lower", "curly", "straight", "punct", "dash", "upper_first", "caps_word"]
    for op in rng.sample(choices, 3):
        before = q
        if op == "lower" and not ops:
            q = q.lower()
        elif op == "curly":
            q = re.sub(r"(?<=\w)'(?=\w)", "’", q)
            q = re.sub(r'"(?=\w)', "“", q)
            q = re.sub(r'(?<=[\w.,!?])"', "”", q)
        elif op == "straight":
            q = q.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        elif op == "punct":
            q = re.sub(r";", ",", q)
            q = re.sub(r",(?= )", "", q, count=2)
            q = re.sub(r"!$", ".", q)
        elif op == "dash":
            q = q.replace("--", "—").replace(" — ", "—")
        elif op == "upper_first" and not words_of(q)[0].group().isupper():
            q = q[0].lower() + q[1:] if q[0].isupper() else q[0].upper() + q[1:]
        elif op == "caps_word":
            ws = [m for m in words_of(q) if len(m.group()) > 3]
            if ws:
                m = rng.choice(ws)
                q = replace_span(q, m.start(), m.end(), m.group().upper())
        if q != before:
            ops.append(op)
    return q, ops


def spelling_variant(w: str) -> str | None:
    """Another spelling of ``w`` (British/American) that folds to the same word, if any."""
    low = w.lower()
    stem = re.sub(r"(our|or|ours|ors|oured|ored|ourite|orite)$", "", low)
    stem2 = re.sub(r"(ise|ize|ised|ized|ising|izing|isation|ization|ises|izes)$", "", low)
    if stem not in OUR_STEMS and stem2 not in ISE_STEMS:
        return None
    for a, b in SPELLING_SWAPS:
        if len(w) > 5 and w.lower().endswith(a):
            alt = w[: -len(a)] + b
            if fold(alt) == fold(w) and alt.lower() != w.lower():
                return alt
    return None


def has_spelling_variant(p: Passage) -> bool:
    return any(spelling_variant(m.group()) for m in words_of(p.raw))
