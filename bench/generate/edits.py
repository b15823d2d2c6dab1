"""Word-level edits a misquoting writer makes: substitution, omission, addition, reorder, typos, brackets."""

from __future__ import annotations

import re

from .wordlists import PRONOUNS, PROTECTED, SYNONYMS, WORD


def words_of(q: str) -> list[re.Match]:
    return list(WORD.finditer(q))


def match_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[0].isupper():
        return new[0].upper() + new[1:]
    return new


def replace_span(q: str, s: int, e: int, new: str) -> str:
    return q[:s] + new + q[e:]


def edit_substitution(rng, q):
    ws = [m for m in words_of(q)[1:-1] if m.group().lower() in SYNONYMS]
    if not ws:
        return None
    chosen = sorted(rng.sample(ws, min(len(ws), rng.choice([1, 1, 2]))), key=lambda m: -m.start())
    notes = []
    for m in chosen:
        new = match_case(SYNONYMS[m.group().lower()], m.group())
        q = replace_span(q, m.start(), m.end(), new)
        notes.append(f"{m.group()!r}->{new!r}")
    return q, "substituted " + ", ".join(reversed(notes))


def edit_omission(rng, q):
    ws = words_of(q)
    if len(ws) < 10:
        return None
    for _ in range(50):
        n = rng.choice([1, 2, 2, 3, 4])
        i = rng.randint(2, len(ws) - n - 2)
        span = ws[i : i + n]
        if any(m.group().lower() in PROTECTED for m in span):
            continue
        s, e = span[0].start(), ws[i + n].start()
        gone = q[s:e]
        if any(c in gone for c in '"“”'):
            continue
        return q[:s] + q[e:], f"silently omitted {gone.strip()!r}"
    return None


ADJECTIVE = re.compile(r"[a-z]+(ful|ous|ive|able|ible|less|ent|ant|ish|ic|ing|est|er)$")


def edit_addition(rng, q):
    """Add a word where a writer might: an intensifier before an adjective-looking word,
    a sentence adverb after a comma, or 'also'/'still' after an auxiliary."""
    ws = words_of(q)
    if len(ws) < 6:
        return None
    options = []
    for m in ws[1:-1]:
        w = m.group()
        if ADJECTIVE.fullmatch(w) and len(w) > 5:
            options.append((m.start(), rng.choice(["very", "truly", "most", "quite"]), w))
        if w.lower() in ("is", "was", "are", "were", "had", "have", "has", "will", "would"):
            options.append((m.end(), rng.choice(["also", "still", "surely", "indeed"]), w))
    for m in re.finditer(r", (?=[a-z])", q):
        options.append((m.end(), rng.choice(["indeed,", "of course,", "in fact,", "surely,"]), "comma"))
    if not options:
        return None
    pos, add, where = rng.choice(options)
    if q[pos - 1 : pos] == " " or pos == 0:
        new = q[:pos] + add + " " + q[pos:]
    else:
        new = q[:pos] + " " + add + q[pos:]
    return new, f"added {add.rstrip(',')!r} ({'after a comma' if where == 'comma' else 'at ' + repr(where)})"


def edit_reorder(rng, q):
    # 1. "X and Y" / "X or Y" with single words: swap them
    pairs = [
        m
        for m in re.finditer(
            r"\b([A-Za-z]{3,}) (and|or) ([A-Za-z]{3,})\b(?=[,.;:!?]| (?:the|of|to|in|that|which|for|with|as|is|was|are|were|by|on|at)\b)",
            q,
        )
        if m.group(1).lower() != m.group(3).lower()
        and m.group(1).lower() not in PROTECTED
        and m.group(1).lower() not in ("and", "the", "for", "but", "nor")
        and m.group(3).lower() not in ("the", "his", "her", "their", "its", "all", "that", "then", "this")
    ]
    if pairs:
        m = rng.choice(pairs)
        a, c = m.group(1), m.group(3)
        new = (
            f"{match_case(c, a) if a[0].isupper() else c.lower() if not c.isupper() else c} {m.group(2)} "
            f"{a.lower() if a[0].isupper() and not a.isupper() else a}"
        )
        return replace_span(q, m.start(), m.end(), new), f"swapped {a!r} and {c!r}"
    # 2. two clauses separated by ", " inside a sentence: swap neighbours
    parts = re.split(r"(, )", q.rstrip(".!?;:"))
    clauses = parts[::2]
    if len(clauses) >= 3:
        k = rng.randint(1, len(clauses) - 2)
        if 3 <= len(clauses[k].split()) <= 8 and 3 <= len(clauses[k + 1].split()) <= 8:
            clauses[k], clauses[k + 1] = clauses[k + 1], clauses[k]
            tail = q[len(q.rstrip(".!?;:")) :]
            return ", ".join(clauses) + tail, "swapped two comma-separated phrases"
    # 3. swap two adjacent words
    ws = words_of(q)
    for _ in range(30):
        i = rng.randint(1, len(ws) - 3)
        a, b = ws[i], ws[i + 1]
        if q[a.end() : b.start()] != " " or a.group().lower() == b.group().lower():
            continue
        new = b.group() + " " + a.group()
        return replace_span(q, a.start(), b.end(), new), f"swapped adjacent words {a.group()!r} {b.group()!r}"
    return None


KEYS = "qwertyuiopasdfghjklzxcvbnm"


def edit_typo(rng, q):
    ws = [m for m in words_of(q) if len(m.group()) >= 5 and m.group().isalpha()]
    if not ws:
        return None
    chosen = sorted(rng.sample(ws, min(len(ws), rng.choice([1, 1, 2, 3]))), key=lambda m: -m.start())
    notes = []
    for m in chosen:
        w = m.group()
        k = rng.randint(1, len(w) - 2)
        kind = rng.choice(["swap", "drop", "double", "wrong"])
        if kind == "swap" and w[k] != w[k + 1]:
            new = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
        elif kind == "drop":
            new = w[:k] + w[k + 1 :]
        elif kind == "double":
            new = w[:k] + w[k] + w[k:]
        else:
            c = rng.choice([x for x in KEYS if x != w[k].lower()])
            new = w[:k] + c + w[k + 1 :]
        q = replace_span(q, m.start(), m.end(), new)
        notes.append(f"{w!r}->{new!r}")
    return q, "typos " + ", ".join(reversed(notes))


def insert_bracket(rng, q, context):
    """An editorial insertion: a gloss after a pronoun naming someone from the context,
    ``[sic]`` after a word, or ``[emphasis added]`` at the end."""
    ws = words_of(q)
    names = [m.group() for m in re.finditer(r"(?<=[a-z,] )[A-Z][a-z]{3,}", context)]
    pron = [m for m in ws[1:-1] if m.group().lower() in PRONOUNS]
    kind = rng.choice(["gloss", "gloss", "sic", "emphasis"])
    if kind == "gloss" and names and pron:
        m = rng.choice(pron)
        ins = f"[{rng.choice(sorted(set(names)))}]"
    elif kind == "emphasis":
        return q + " [emphasis added]", "[emphasis added]"
    else:
        m = rng.choice(ws[2:-1])
        ins = "[sic]"
    return q[: m.end()] + " " + ins + q[m.end() :], ins
