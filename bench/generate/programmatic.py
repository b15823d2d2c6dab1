"""The programmatic categories: real passages, verbatim or changed by a small recorded edit."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .edits import edit_addition, edit_omission, edit_reorder, edit_substitution, edit_typo, insert_bracket
from .items import base_item, claim, work_cycle
from .meaning import edit_meaning, trigger
from .names import NAMES
from .passages import (
    VERSE_REF,
    Passage,
    clean_quote,
    multi_paragraph,
    next_verse_passage,
    pick_passage,
    short_line,
)
from .typography import has_spelling_variant, typography
from .works import WORKS, in_any_work, norm_string


@dataclass
class Drawer:
    """The seeded random choices every programmatic category draws from, in one fixed order."""

    rng: random.Random
    cyc: Iterator[str]  # work files, each shuffled round in turn

    def next_passage(
        self,
        nmin: int,
        nmax: int,
        require: Callable[[Passage], bool] | None = None,
        sentence_start: bool = True,
        exclude=(),
    ) -> Passage:
        """A passage of ``nmin..nmax`` words from the next work that has one."""
        for _ in range(200):
            f = next(self.cyc)
            if f in exclude:
                continue
            p = pick_passage(self.rng, f, nmin, nmax, sentence_start=sentence_start, require=require)
            if p:
                return p
        raise RuntimeError("no passage")

    def quote_of(self, p: Passage, slash: bool | None = None) -> str:
        """The passage as a writer types it (verse lines joined by " / " half the time)."""
        return clean_quote(p.raw, p.verse, self.rng.random() < 0.5 if slash is None else slash)


def build_programmatic(rng: random.Random) -> list[dict]:
    """Every programmatic item; the order of the calls is the order of the random draws."""
    d = Drawer(rng, work_cycle(rng))
    return [
        *verbatim_items(d),
        *ellipsis_bracket_items(d),
        *typography_items(d),
        *altered_items(d),
        *meaning_change_items(d),
    ]


def verbatim_items(d: Drawer) -> list[dict]:
    """Verbatim passages: short lines, sentences, verse and runs of paragraphs."""
    rng = d.rng
    cyc = d.cyc
    next_passage = d.next_passage
    quote_of = d.quote_of
    items: list[dict] = []
    cat = "verbatim"
    plan = (
        [("short", 3, 6)] * 8
        + [("medium", 8, 40)] * 14
        + [("long", 150, 400)] * 6
        + [("verse", 12, 40)] * 5
        + [("paragraphs", 40, 120)] * 5
    )
    for n, (kind, lo, hi) in enumerate(plan, 1):
        if kind == "short":
            p = next_passage(lo, hi, require=short_line)
            note = "short line"
        elif kind == "verse":
            p = next_verse_passage(rng, lo, hi)
            note = "crosses verse-line boundaries"
        elif kind in ("long", "paragraphs"):
            p = multi_paragraph(rng, cyc, lo, hi)
            note = f"{len(p.raw.split())} words across {p.raw.count(chr(10) + chr(10)) + 1} paragraphs"
        else:
            p = next_passage(lo, hi)
            note = ""
        if kind in ("long", "paragraphs"):
            q = (
                "\n\n".join(" ".join(x.split()) for x in re.split(r"\n\s*\n", VERSE_REF.sub("", p.raw)))
                if rng.random() < 0.5
                else " ".join(VERSE_REF.sub("", p.raw).split())
            )
        else:
            q = quote_of(p, slash=True if kind == "verse" and rng.random() < 0.6 else None)
        a, w = claim(rng, p.file)
        items.append(
            base_item(cat, n, q, "verbatim", p.file, p.start, p.end, a, w, note=note or "real passage")
        )
    return items


def ellipsis_bracket_items(d: Drawer) -> list[dict]:
    """Verbatim with marked omissions ("...") and bracketed insertions."""
    rng = d.rng
    next_passage = d.next_passage
    items: list[dict] = []
    cat, n = "verbatim_ellipsis_bracket", 0
    styles = ["...", ". . .", "…", "[...]", "...", " . . . "]
    while n < 26:
        p = next_passage(25, 70, require=lambda p: not p.verse)
        work = WORKS[p.file]
        toks = sorted({(t.start, t.end) for t in work.tokens if p.start <= t.start and t.end <= p.end})
        toks = [Passage(p.file, s, e, False) for s, e in toks]  # one entry per word as written
        mode = ["ellipsis", "ellipsis", "bracket", "both", "lead", "both"][n % 6]
        pieces = []  # (start, end) kept spans in stored text
        omitted = []
        if mode in ("ellipsis", "both", "lead"):
            k = rng.choice([1, 1, 2]) if mode != "lead" else 1
            cuts = []
            if mode == "lead":
                cut_len = rng.randint(3, 8)
                cuts.append((0, cut_len))
            else:
                lo = 4
                for _ in range(k):
                    cut_len = rng.randint(3, 10)
                    if lo + cut_len + 4 >= len(toks):
                        break
                    a = rng.randint(lo, min(len(toks) - cut_len - 4, lo + 15))
                    cuts.append((a, a + cut_len))
                    lo = a + cut_len + 3
            pos = 0
            for a, b in cuts:
                if a > pos:
                    pieces.append((toks[pos].start, toks[a - 1].end))
                omitted.append((toks[a].start, toks[b - 1].end))
                pos = b
            pieces.append((toks[pos].start, p.end))
        else:
            pieces = [(p.start, p.end)]
        style = rng.choice(styles)
        texts_ = [" ".join(VERSE_REF.sub("", work.text[s:e]).split()) for s, e in pieces]
        sep = f" {style.strip()} "
        q = sep.join(texts_)
        if mode == "lead":
            q = style.strip() + " " + q
        notes = [f"{len(omitted)} marked omission(s) ({style.strip()})"] if omitted else []
        if mode in ("bracket", "both"):
            q, ins = insert_bracket(rng, q, work.text[max(0, p.start - 800) : p.end])
            notes.append(f"bracketed insertion {ins}")
        a, w = claim(rng, p.file)
        n += 1
        items.append(
            base_item(
                cat,
                n,
                q,
                "verbatim",
                p.file,
                p.start,
                p.end,
                a,
                w,
                note="; ".join(notes),
                omitted=[[s, e] for s, e in omitted],
            )
        )
    return items


def typography_items(d: Drawer) -> list[dict]:
    """Verbatim but for case, punctuation, quote marks and spelling."""
    rng = d.rng
    next_passage = d.next_passage
    quote_of = d.quote_of
    items: list[dict] = []
    cat, n = "typography", 0
    spelled = 0
    while n < 26:
        want_spelling = spelled < 8
        p = next_passage(10, 45, require=has_spelling_variant if want_spelling else None)
        q0 = quote_of(p, slash=False)
        q, ops = typography(rng, q0)
        if not ops or norm_string(q) != norm_string(q0) or q == q0:
            continue
        spelled += any(o.startswith("spelling") for o in ops)
        a, w = claim(rng, p.file)
        n += 1
        items.append(
            base_item(
                cat, n, q, "verbatim", p.file, p.start, p.end, a, w, note="typography only: " + "; ".join(ops)
            )
        )
    return items


def altered_items(d: Drawer) -> list[dict]:
    """Altered by one kind of edit each: substitution, omission, addition, reorder, typo."""
    rng = d.rng
    next_passage = d.next_passage
    quote_of = d.quote_of
    items: list[dict] = []
    plans = [
        ("substitution", edit_substitution, 25),
        ("omission", edit_omission, 23),
        ("addition", edit_addition, 23),
        ("reorder", edit_reorder, 23),
        ("typo", edit_typo, 23),
    ]
    for cat, fn, count in plans:
        n = 0
        while n < count:
            p = next_passage(10, 50)
            q0 = quote_of(p)
            res = fn(rng, q0)
            if not res:
                continue
            q, note = res
            if norm_string(q) == norm_string(q0) or in_any_work(q):
                continue
            a, w = claim(rng, p.file)
            n += 1
            items.append(base_item(cat, n, q, "altered", p.file, p.start, p.end, a, w, note=note))
    return items


def meaning_change_items(d: Drawer) -> list[dict]:
    """Altered so that the meaning changes: negation, number, quantifier, name (hand-written ones are added later)."""
    rng = d.rng
    cyc = d.cyc
    quote_of = d.quote_of
    items: list[dict] = []
    cat, n = "meaning_change", 0
    for kind, count in (("negation", 6), ("number", 5), ("quantifier", 5), ("name", 5)):
        made = 0
        while made < count:
            f = next(cyc)
            names = NAMES.get(f)
            if kind == "name" and not names:
                continue
            trig = trigger(kind, names)
            p = pick_passage(
                rng, f, 10, 40, require=lambda p, trig=trig: trig(clean_quote(p.raw, p.verse, False))
            )
            if not p:
                continue
            q0 = quote_of(p)
            res = edit_meaning(rng, q0, kind, names)
            if not res:
                continue
            q, note = res
            if norm_string(q) == norm_string(q0) or in_any_work(q):
                continue
            a, w = claim(rng, p.file)
            n += 1
            made += 1
            items.append(
                base_item(
                    cat,
                    n,
                    q,
                    "altered",
                    p.file,
                    p.start,
                    p.end,
                    a,
                    w,
                    meaning=True,
                    note=note,
                    meaning_change_kind=kind,
                )
            )
    return items
