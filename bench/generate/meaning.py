"""Edits that change what a passage says: negation, numbers, quantifiers, names."""

from __future__ import annotations

import re

from .edits import match_case, replace_span, words_of
from .wordlists import AUXILIARIES, NEGATION_DROP, NUMBERS, QUANTIFIERS


def edit_meaning(rng, q, kind, names=None):
    ws = words_of(q)
    if kind == "negation":
        m = list(NEGATION_DROP.finditer(q))
        if m and rng.random() < 0.6:
            x = rng.choice(m)
            return q[: x.start()] + q[x.end() :], f"dropped {x.group().strip()!r}"
        aux = [w for w in ws[:-1] if w.group().lower() in AUXILIARIES]
        aux = [w for w in aux if not re.match(r"\s+(not|never|n[o’']t)\b", q[w.end() :], re.I)]
        if not aux:
            return None
        w = rng.choice(aux)
        return q[: w.end()] + " not" + q[w.end() :], f"added 'not' after {w.group()!r}"
    if kind == "number":
        cand = [w for w in ws if w.group().lower() in NUMBERS]
        cand += [m for m in re.finditer(r"\b\d+\b", q)]
        if not cand:
            return None
        w = rng.choice(cand)
        old = w.group()
        new = (
            str(int(old) + rng.choice([1, 2, 10])) if old.isdigit() else match_case(NUMBERS[old.lower()], old)
        )
        return replace_span(q, w.start(), w.end(), new), f"number {old!r}->{new!r}"
    if kind == "quantifier":
        cand = [w for w in ws if w.group().lower() in QUANTIFIERS]
        if not cand:
            return None
        w = rng.choice(cand)
        new = match_case(QUANTIFIERS[w.group().lower()], w.group())
        return replace_span(q, w.start(), w.end(), new), f"quantifier {w.group()!r}->{new!r}"
    if kind == "name":
        cand = [w for w in ws[1:] if w.group() in names]
        if not cand:
            return None
        w = rng.choice(cand)
        other = rng.choice(sorted(n for n in names if n != w.group()))
        return replace_span(q, w.start(), w.end(), other), f"name {w.group()!r}->{other!r}"
    raise ValueError(kind)


def trigger(kind, names):
    if kind == "negation":
        return lambda q: bool(
            re.search(r"\b(not|never)\b", q) or re.search(r"\b(" + "|".join(AUXILIARIES) + r")\b", q)
        )
    if kind == "number":
        return lambda q: any(w.group().lower() in NUMBERS and w.group().lower() != "one" for w in words_of(q))
    if kind == "quantifier":
        return lambda q: any(
            w.group().lower() in QUANTIFIERS and w.group().lower() not in ("no", "some") for w in words_of(q)
        )
    return lambda q: any(w.group() in names for w in words_of(q)[1:])
