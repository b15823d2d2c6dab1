"""Real passages cut out of the stored texts: paragraphs, sentences, verse, multi-paragraph runs."""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import dataclass

from quotecheck.normalize import fold

from .names import RANGES, VERSE_FILES
from .works import PARAS, WORKS, Work, group_of, norm_string

SPEAKER = re.compile(r"^\s*(?:[A-Z][A-Z’'.-]*(?: [A-Z][A-Z’'.-]*)*)\.(?:\s+|\n)")
VERSE_REF = re.compile(r"\b\d{1,3}:\d{1,3}\s*")
BAD_CHARS = set("[]{}<>|*#=_\\/@$%^~+")


@dataclass
class Para:
    file: str
    start: int  # body start in stored text (after any speaker prefix)
    end: int
    verse: bool


def paragraphs(work: Work) -> list[Para]:
    out = []
    text = work.text
    n = len(text)
    lo, hi = 0, n
    if work.file in RANGES:
        first, last = RANGES[work.file]
        lo = work.find_all(norm_string(first))[0][0]
        hi = work.find_all(norm_string(last))[0][1]
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        s, e = m.span()
        block = m.group()
        if s < lo or e > hi:
            continue
        if not (0.03 * n <= s <= 0.97 * n) and n > 20000:
            continue
        if any(c in BAD_CHARS for c in block):
            continue
        body_digits = VERSE_REF.sub("", block) if work.file == "kjv_bible.txt" else block
        if any(c.isdigit() for c in body_digits):
            continue
        sp = SPEAKER.match(block)
        if sp:
            s += sp.end()
            block = text[s:e]
        lead = len(block) - len(block.lstrip())
        s += lead
        block = block.strip()
        words = block.split()
        if len(words) < 12:
            continue
        letters = [c for c in block if c.isalpha()]
        if sum(c.islower() for c in letters) < 0.75 * len(letters):
            continue
        if block.lower().startswith(("footnote", "note", "chapter", "book ", "canto", "act ", "scene")):
            continue
        lines = block.split("\n")
        verse = (
            work.file in VERSE_FILES
            and len(lines) >= 3
            and sum(len(x.strip()) for x in lines) / len(lines) < 58
        )
        out.append(Para(work.file, s, s + len(block), verse))
    return out


def clean_quote(raw: str, verse: bool, slash: bool) -> str:
    """How a writer would type the passage: one line, verse lines joined by " / " or a space."""
    raw = VERSE_REF.sub("", raw)
    if verse:
        lines = [x.strip() for x in raw.split("\n") if x.strip()]
        return (" / " if slash else " ").join(lines)
    return " ".join(raw.split())


SENT_END = re.compile(r"[.!?;:]['\"’”)]*$")


@dataclass
class Passage:
    file: str
    start: int
    end: int
    verse: bool

    @property
    def raw(self) -> str:
        return WORKS[self.file].text[self.start : self.end]


def pick_passage(
    rng: random.Random,
    file: str,
    nmin: int,
    nmax: int,
    sentence_start: bool = True,
    require=None,
    tries: int = 400,
) -> Passage | None:
    """A passage of ``nmin..nmax`` words inside one paragraph, unique in the corpus
    (other than in another edition of the same work)."""
    work = WORKS[file]
    paras = PARAS[file]
    if not paras:
        return None
    toks = work.tokens
    starts = [t.start for t in toks]
    for _ in range(tries):
        para = rng.choice(paras)
        i0 = bisect.bisect_left(starts, para.start)
        i1 = bisect.bisect_left(starts, para.end)
        if i1 - i0 < nmin:
            continue
        length = rng.randint(nmin, min(nmax, i1 - i0))
        cands = list(range(i0, i1 - length + 1))
        if sentence_start:
            good = [
                i
                for i in cands
                if (i == i0 or SENT_END.search(work.text[toks[i - 1].end : toks[i].start].strip() or "x"))
                and work.text[toks[i].start].isupper()
            ]
            cands = good or cands
        i = rng.choice(cands)
        j = i + length  # exclusive
        # end where a writer would stop quoting: after punctuation, if there is some near
        ends = [
            k
            for k in range(max(i + nmin, j - 6), min(i1, j + 6) + 1)
            if k - i <= nmax
            and re.match(r"['’”\"]?[.!?;:,]", work.text[toks[k - 1].end : toks[k - 1].end + 2])
        ]
        if ends:
            full = [
                k
                for k in ends
                if re.match(r"['’”\"]?[.!?]", work.text[toks[k - 1].end : toks[k - 1].end + 2])
            ]
            j = rng.choice(full or ends)
        start, end = toks[i].start, toks[j - 1].end
        # keep sentence-final punctuation
        m = re.match(r"['’”\"]?[.!?]+(?!['’”\"])", work.text[end : end + 4])
        if m:
            end += m.end()
        if (
            toks[j - 1].end != toks[j - 1].start
            and work.text[toks[j - 1].start : toks[j - 1].end].count("-") > 1
        ):
            continue
        p = Passage(file, start, end, para.verse)
        if require and not require(p):
            continue
        if not unique_enough(p):
            continue
        return p
    return None


def unique_enough(p: Passage) -> bool:
    phrase = norm_string(p.raw)
    group = group_of(p.file)
    for f, w in WORKS.items():
        c = w.normstr.count(phrase)
        if f == p.file and c < 1:
            return False
        if f != p.file and c and f not in group:
            return False
    return True


def short_line(p: Passage) -> bool:
    """A whole short sentence or verse line (3-6 words), not a fragment."""
    work = WORKS[p.file]
    before = work.text[max(0, p.start - 3) : p.start]
    after = work.text[p.end : p.end + 2]
    starts_clean = before.strip() == "" or re.search(r"[.!?;:]['\"’”]?\s*$", before) or "\n" in before
    ends_clean = p.raw[-1] in ".!?" or (p.verse and after[:1] in ("\n", ";", ":", ",", "!", "?", "."))
    return bool(starts_clean and ends_clean and len(set(fold(p.raw).split())) >= 3 and "etc" not in p.raw)


def next_verse_passage(rng, lo, hi):
    files = sorted(f for f in WORKS if sum(p.verse for p in PARAS[f]) > 5)
    for _ in range(200):
        f = rng.choice(files)
        p = pick_passage(rng, f, lo, hi, require=lambda p: p.verse and p.raw.count("\n") >= 2)
        if p:
            return p
    raise RuntimeError("no verse passage")


def multi_paragraph(rng, cyc, lo, hi):
    """A prose passage of lo..hi words starting at a paragraph and crossing into the next ones."""
    for _ in range(500):
        f = next(cyc)
        paras = [p for p in PARAS[f] if not p.verse]
        if len(paras) < 10 or f in ("kjv_bible.txt",) or f.startswith("shakespeare"):
            continue
        k = rng.randrange(len(paras) - 6)
        first = paras[k]
        work = WORKS[f]
        target = rng.randint(lo, hi)
        toks = work.tokens
        starts = [t.start for t in toks]
        i = bisect.bisect_left(starts, first.start)
        j = i + target
        if j >= len(toks):
            continue
        end = toks[j - 1].end
        # cut at the end of a sentence near the target
        m = re.search(r"[.!?]", work.text[end : end + 300])
        if not m:
            continue
        end = end + m.end()
        raw = work.text[first.start : end]
        if "\n\n" not in raw.strip() or any(c in BAD_CHARS for c in raw) or any(c.isdigit() for c in raw):
            continue
        # all the paragraphs on the way must be good prose paragraphs
        inner = [p for p in paras if first.start <= p.start < end]
        blocks = [b for b in re.split(r"\n\s*\n", raw) if b.strip()]
        if len(inner) < len(blocks):
            continue
        p = Passage(f, first.start, end, False)
        if unique_enough(p):
            return p
    raise RuntimeError("no multi-paragraph passage")
