"""The word-level diff of a quotation against its source, and what its edits mean.

The alignment gives equal, added and omitted runs of words; these functions
turn them into what a reader needs: replacements, moves (the same words
added at one place and omitted at another), substitutions at the edges of a
span, words split or joined ("everywhere" / "every where"), brackets copied
from the source, a similarity score, and the edits that change the meaning
(negation, numbers, names, quantifiers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA, Levenshtein

from ..normalize import fold
from .align import Alignment

__all__ = ["DiffOp", "norm_words", "near_word", "score", "NEAR_WORD_CREDIT", "tidy", "classify_meaning"]

_NEGATIONS = frozenset(
    "not no never nor neither none nothing nobody nowhere cannot "
    "dont doesnt didnt wont cant isnt wasnt arent werent shouldnt wouldnt couldnt".split()
)
_CONTRACTION_HEADS = frozenset(
    "don doesn didn won can isn wasn aren weren shouldn wouldn couldn haven hasn hadn mustn ain".split()
)
_QUANTIFIERS = frozenset(
    "all some every each any many few most always sometimes often seldom rarely only "
    "everything everyone everybody something someone anything nothing none never".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion first second third fourth fifth sixth seventh eighth "
    "ninth tenth half twice thrice score dozen".split()
)


@dataclass
class DiffOp:
    """One step of the word-level edit script, quotation against original.

    ``op`` is ``equal``, ``replace``, ``omit`` (source words missing from the
    quotation) or ``add`` (quotation words not in the source). ``editorial``
    marks what the quoter declared: an ``omit`` for a marked omission ("...")
    and an ``add`` for a bracketed insertion; both are allowed, not errors.
    ``moved`` marks an ``add``/``omit`` pair of the same words (reordering);
    ``meaning`` names why an edit changes the meaning, if it does.
    """

    op: str
    quoted: str
    original: str
    moved: bool = False
    meaning: str | None = None
    editorial: bool = False


#: A replaced word close to its original (an inflection or a typo) still
#: counts this much as found: "protest" for "protests", "recieve" for "receive".
NEAR_WORD_CREDIT = 0.75


def near_word(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 4:
        return False
    if (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 3:
        return True
    return OSA.normalized_similarity(a, b) >= 0.8  # a transposed pair of letters is one edit


def norm_words(text: str) -> list[str]:
    return fold(text).split()


#: Words this alike (normalised Levenshtein) are a substitution, not an addition,
#: at the edge of a span: "Bubble, bubble" for "Double, double".
EDGE_SIMILARITY = 0.5


def _alike(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(
        Levenshtein.normalized_similarity(x, y) >= EDGE_SIMILARITY for x, y in zip(a, b, strict=True)
    )


def _replaced_at_edges(ops: list[DiffOp], al: Alignment, wspan) -> None:
    """Words added at an edge that look like the source words just outside it were replaced.

    The alignment's span starts and ends on equal words, so a changed first
    or last word would otherwise read as an addition.
    """
    tokens = al.window.tokens
    content = [op for op in ops if not op.editorial]
    if not content:
        return
    first, last = content[0], content[-1]
    if first.op == "add" and not first.moved:
        words = norm_words(first.quoted)
        start = al.spans[0][0]
        before = [t.norm for t in tokens[max(0, start - len(words)) : start]]
        if _alike(words, before):
            first.op, first.original = "replace", wspan(start - len(words), start)
            al.spans[0] = (start - len(words), al.spans[0][1])
    if last.op == "add" and not last.moved and last is not first:
        words = norm_words(last.quoted)
        end = al.spans[-1][1]
        after = [t.norm for t in tokens[end : end + len(words)]]
        if _alike(words, after):
            last.op, last.original = "replace", wspan(end, end + len(words))
            al.spans[-1] = (al.spans[-1][0], end + len(words))


def score(ops: list[DiffOp]) -> float:
    """Similarity 0-100 of quotation and source span from the final diff.

    Twice the matched words over the words of both sides (an Indel ratio on
    words), where a moved word counts half; editorial ellipses and brackets
    count on neither side.
    """
    matched = quoted = original = 0.0
    for op in ops:
        if op.editorial:
            continue
        q, o = len(norm_words(op.quoted)), len(norm_words(op.original))
        quoted += q
        original += o
        if op.op == "equal":
            matched += (q + o) / 2  # "everywhere" equals "every where"
        elif op.moved and op.op == "add":
            matched += q / 2
        elif op.moved and op.op == "omit":
            matched += o / 2
    total = quoted + original
    return 100.0 * 2 * matched / total if total else 0.0


def _bracketed_in_source(ops: list[DiffOp]) -> None:
    """Brackets copied from the source ("[December 2006]", "[PDF]") are not editorial.

    The quotation's bracketed words were blanked out for matching, so the
    source's same words show as omitted next to them: the pair is equal.
    """
    i = 0
    while i + 1 < len(ops):
        a, b = ops[i], ops[i + 1]
        pair = (a, b) if a.editorial and a.op == "add" else (b, a)
        inserted, omitted = pair
        if (
            inserted.editorial
            and inserted.op == "add"
            and omitted.op == "omit"
            and not omitted.editorial
            and norm_words(inserted.quoted) == norm_words(omitted.original)
        ):
            ops[i : i + 2] = [DiffOp("equal", inserted.quoted, omitted.original)]
        i += 1


def _merge_compounds(ops: list[DiffOp]) -> None:
    """A replace that only splits or joins words ("everywhere"/"every where") is equal."""
    for op in ops:
        if op.op == "replace" and "".join(norm_words(op.quoted)) == "".join(norm_words(op.original)):
            op.op = "equal"


def _mark_moves(ops: list[DiffOp]) -> None:
    """Mark an added and an omitted run of the same words as a move."""
    adds = [op for op in ops if op.op == "add" and not op.editorial]
    omits = [op for op in ops if op.op == "omit" and not op.editorial]
    for a in adds:
        for o in omits:
            if not o.moved and norm_words(a.quoted) == norm_words(o.original):
                a.moved = o.moved = True
                break


#: Edits longer than this are not classified by meaning (negation, number, ...).
MEANING_MAX_WORDS = 4

#: How far past either end of the aligned span a moved word is looked for.
MOVE_REACH = 4


def _moved_beyond_edges(ops: list[DiffOp], al: Alignment, wspan) -> None:
    """Words added at one end of the quotation that the source has just past the other end.

    "Methinks the lady doth protest too much" against "The lady protests too
    much, methinks": the span ends before "methinks", so without this the
    diff would call it added rather than moved.
    """
    tokens = al.window.tokens
    content = [op for op in ops if not op.editorial]
    if not content:
        return
    first, last = content[0], content[-1]
    start, end = al.spans[0][0], al.spans[-1][1]
    if first.op == "add" and not first.moved:
        words = norm_words(first.quoted)
        after = [t.norm for t in tokens[end : end + MOVE_REACH + len(words)]]
        for k in range(len(after) - len(words) + 1):
            if after[k : k + len(words)] == words:
                first.moved = True
                gap = wspan(end, end + k)
                if gap:
                    ops.insert(ops.index(last) + 1, DiffOp("omit", "", gap))
                ops.insert(
                    ops.index(last) + 1 + bool(gap),
                    DiffOp("omit", "", wspan(end + k, end + k + len(words)), moved=True),
                )
                al.spans[-1] = (al.spans[-1][0], end + k + len(words))
                return
    if last.op == "add" and not last.moved:
        words = norm_words(last.quoted)
        lo = max(0, start - MOVE_REACH - len(words))
        before = [t.norm for t in tokens[lo:start]]
        for k in range(len(before) - len(words), -1, -1):
            if before[k : k + len(words)] == words:
                last.moved = True
                idx = ops.index(first)
                gap = wspan(lo + k + len(words), start)
                ops.insert(idx, DiffOp("omit", "", wspan(lo + k, lo + k + len(words)), moved=True))
                if gap:
                    ops.insert(idx + 1, DiffOp("omit", "", gap))
                al.spans[0] = (lo + k, al.spans[0][1])
                return


def _meaning_of(words_a: list[str], words_b: list[str], quoted: str, original: str) -> str | None:
    a, b = set(words_a), set(words_b)
    changed = a ^ b
    if changed & _NEGATIONS or (changed & _CONTRACTION_HEADS and "t" in changed):
        return "negation"
    if any(w.isdigit() or w in _NUMBER_WORDS for w in changed):
        return "number"
    if changed & _QUANTIFIERS:
        return "quantifier"
    surface = re.findall(r"[^\W\d_]+", quoted + " " + original)
    names = {fold(w) for w in surface if w[:1].isupper() and not w.isupper()}
    if changed & names and words_a and words_b:
        return "name"
    return None


def classify_meaning(ops: list[DiffOp]) -> list[str]:
    found: list[str] = []
    for op in ops:
        if op.op in ("replace", "add", "omit") and not op.moved and not op.editorial:
            if max(len(norm_words(op.quoted)), len(norm_words(op.original))) > MEANING_MAX_WORDS:
                continue  # a dropped sentence is reported as an omission, not as a word change
            kind = _meaning_of(norm_words(op.quoted), norm_words(op.original), op.quoted, op.original)
            if kind:
                op.meaning = kind
                if kind not in found:
                    found.append(kind)
    return found


def tidy(ops: list[DiffOp], al: Alignment, wspan) -> None:
    """Turn the raw edit script into what a reader needs, in place.

    ``wspan(i, j)`` gives the source's own text of window tokens ``[i, j)``;
    the alignment's span grows where a moved or replaced word sits just
    outside it.
    """
    _merge_compounds(ops)
    _bracketed_in_source(ops)
    _mark_moves(ops)
    _moved_beyond_edges(ops, al, wspan)
    _replaced_at_edges(ops, al, wspan)
