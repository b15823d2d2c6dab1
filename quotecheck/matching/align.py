"""Align a quotation to a stretch of source text, word by word.

Words are mapped to single characters (one code point per distinct word), so
rapidfuzz's C string alignment works on words: ``partial_ratio_alignment``
finds where a segment lies (a local alignment), ``Indel.opcodes`` gives the
edit script over that span (a global one). The span is then trimmed so that
a stray common word far away, or an earlier copy of the first word, cannot
stretch it. Segments (the parts of a quotation between marked omissions) are
aligned in order, each at most ``max_omission_words`` after the one before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..config import MatchConfig
from ..normalize import Token
from ..search.retrieve import Window

__all__ = ["Window", "Alignment", "Step", "align"]


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the raw word edit script: ``tag`` over quotation words ``[q_i, q_j)`` of segment
    ``seg`` and window words ``[w_i, w_j)`` (rapidfuzz's equal / delete / insert)."""

    tag: str
    seg: int
    q_i: int
    q_j: int
    w_i: int
    w_j: int


@dataclass(frozen=True)
class Alignment:
    """The quotation aligned to one window."""

    window: Window
    score: float  # Indel ratio on words of the raw alignment (the diff rescores it)
    matched: int  # quote tokens equal to source tokens
    spans: tuple[tuple[int, int], ...]  # per segment: source token range [i, j) in window.tokens
    steps: tuple[Step, ...]
    longest_run: int

    @property
    def work_id(self) -> int:
        return self.window.work_id

    @property
    def src_start(self) -> int:
        return self.window.start + self.window.tokens[self.spans[0][0]].start

    @property
    def src_end(self) -> int:
        return self.window.start + self.window.tokens[self.spans[-1][1] - 1].end


def _codes(vocab: dict[str, str], tokens: Sequence[Token]) -> str:
    """The tokens as one code point per distinct word, new words numbered in order of first use.

    The loops run in C (a window has thousands of tokens and is coded once per alignment)."""
    norms = [t[0] for t in tokens]  # Token.norm
    for word in dict.fromkeys(norms):
        if word not in vocab:
            vocab[word] = chr(0x10000 + len(vocab))
    return "".join(map(vocab.__getitem__, norms))


def _best_span(blocks: list[tuple[int, int, int]], gap_cost: float) -> tuple[float, tuple[int, int]]:
    """The run of equal blocks ``(q_start, w_start, size)`` worth the most.

    Worth is words matched minus ``gap_cost`` per source word skipped inside
    the span, so a stray common word far away does not stretch the span.
    Linear in the number of blocks (a long quotation has thousands): worth
    splits into a term of the last block and a term of the first, so each
    last block needs only the best first block so far. Ties go to the
    earliest first block, then the earliest last one.
    """
    eps = 1e-9
    best, best_span = -1.0, (0, 0)
    lead_best, lead_i, lead_before = float("-inf"), 0, 0
    before = 0  # words matched in the blocks before block j
    for j, (_, w_start, size) in enumerate(blocks):
        lead = gap_cost * w_start - (1 + gap_cost) * before
        if lead > lead_best + eps:
            lead_best, lead_i, lead_before = lead, j, before
        before += size
        matched = before - lead_before
        width = w_start + size - blocks[lead_i][1]
        worth = matched - gap_cost * (width - matched)
        if worth > best + eps or (worth > best - eps and lead_i < best_span[0]):
            best, best_span = worth, (lead_i, j)
    return best, best_span


def _align_segment(q: str, w: str, lo: int, hi: int, config: MatchConfig) -> tuple[int, int, list] | None:
    """Best local alignment of token string ``q`` in ``w[lo:hi]``: (start, end, opcodes)."""
    hay = w[lo:hi]
    if not q or not hay:
        return None
    if len(q) <= min(len(hay), config.local_align_max_words):
        loc = fuzz.partial_ratio_alignment(q, hay)
        if loc is None or loc.score == 0:
            return None
        a, b = loc.dest_start, loc.dest_end
    else:  # a long segment: one global alignment over the window locates it (see local_align_max_words)
        a, b = 0, len(hay)
    # Two regions around the core: a tight one (repeated words nearby cannot
    # pull the alignment astray) and a wide one (silent omissions fit in).
    found = [_span_in(q, hay, a - slack, b + slack, config.gap_cost) for slack in (3, len(q) + 3)]
    best = max((f for f in found if f), default=None)
    if best is None:
        return None
    # An LCS may spend the quotation's last words on a far-off match ("is ...
    # to" instead of "be tested"): realign once around the span, leaving room
    # only for the quotation words still unmatched at either end.
    for _ in range(2):
        worth, s, e, head, tail = best
        if not head and not tail:
            break
        again = _span_in(q, hay, s - 3 - head, e + 3 + tail, config.gap_cost)
        if again is None or again[0] <= worth:
            break
        best = again
    _, s, e, _, _ = best
    s, e = _tighten(q, hay, s, e, config.tighten_reach)
    return lo + s, lo + e, Indel.opcodes(q, hay[s:e])


def _matched(ops) -> int:
    return sum(op.src_end - op.src_start for op in ops if op.tag == "equal")


def _tighten(q: str, hay: str, s: int, e: int, reach: int) -> tuple[int, int]:
    """Drop a copy of the first or last words that lies just outside the quotation.

    An LCS may match a word repeated just before the real start ("it. It
    is ...", "the 1840 disaster. The 219 mile track") or just after the real
    end ("the Word, and the Word"). Every place near either edge where the
    quotation's first (last) word stands is tried; the narrowest span that
    keeps every matched word wins.
    """
    region = hay[s:e]
    n = len(region)
    starts = {i for i in range(min(n, reach)) if region[i] == q[0]} | {0}
    ends = {j for j in range(max(0, n - reach), n) if region[j] == q[-1]} | {n - 1}
    full = _matched(Indel.opcodes(q, region))
    best = (s, e)
    for a in sorted(starts, reverse=True):
        for b in sorted(j + 1 for j in ends):
            if a < b and (b - a) < best[1] - best[0] and _matched(Indel.opcodes(q, region[a:b])) >= full:
                best = (s + a, s + b)
    return best


def _span_in(q: str, hay: str, r0: int, r1: int, gap_cost: float) -> tuple[float, int, int, int, int] | None:
    """Best span for ``q`` in ``hay[r0:r1]``: (worth, start, end, unmatched head, unmatched tail)."""
    r0, r1 = max(0, r0), min(len(hay), r1)
    blocks = [
        (op.src_start, r0 + op.dest_start, op.src_end - op.src_start)
        for op in Indel.opcodes(q, hay[r0:r1])
        if op.tag == "equal"
    ]
    if not blocks:
        return None
    worth, (i, j) = _best_span(blocks, gap_cost)
    head = blocks[i][0]
    tail = len(q) - (blocks[j][0] + blocks[j][2])
    return worth, blocks[i][1], blocks[j][1] + blocks[j][2], head, tail


def align(segments: list[list[Token]], window: Window, config: MatchConfig) -> Alignment | None:
    """Align the quotation's segments, in order, to ``window``; None when nothing matches."""
    vocab: dict[str, str] = {}
    seg_codes = [_codes(vocab, seg) for seg in segments]
    w = _codes(vocab, window.tokens)
    spans: list[tuple[int, int]] = []
    steps: list[Step] = []
    matched = 0
    lo = 0
    for k, q in enumerate(seg_codes):
        hi = len(w) if k == 0 else min(len(w), lo + config.max_omission_words + 2 * len(q))
        found = _align_segment(q, w, lo, hi, config)
        if found is None:
            return None
        s, e, ops = found
        spans.append((s, e))
        for op in ops:
            steps.append(Step(op.tag, k, op.src_start, op.src_end, s + op.dest_start, s + op.dest_end))
            if op.tag == "equal":
                matched += op.src_end - op.src_start
        lo = e
    q_total = sum(len(q) for q in seg_codes)
    s_total = sum(e - s for s, e in spans)
    score = 100.0 * 2 * matched / (q_total + s_total) if q_total + s_total else 0.0
    longest = max((st.q_j - st.q_i for st in steps if st.tag == "equal"), default=0)
    return Alignment(window, score, matched, tuple(spans), tuple(steps), longest)
