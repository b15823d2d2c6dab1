"""The word-level diff of a quotation against its source, and what its edits mean.

The alignment gives equal, added and omitted runs of words; these functions
turn them into what a reader needs: replacements, moves (the same words
added at one place and omitted at another), substitutions at the edges of a
span, words split or joined ("everywhere" / "every where"), brackets copied
from the source, a similarity score, and the edits that change the meaning
(negation, numbers, names, quantifiers).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA, Levenshtein

from ..config import MatchConfig
from ..extract.people import NOT_NAMES
from ..normalize import fold
from ..records import Edit, Meaning, Op, Quote
from ..search.retrieve import Window
from .align import Alignment
from .spelling import same_words
from .words import QuoteWords, WordWeights, changes_case

__all__ = ["AUXILIARIES", "Diff", "NEGATIONS", "diff_alignment", "norm_words", "near_word", "score"]

NEGATIONS = frozenset(
    "not no never nor neither none nothing nobody nowhere cannot "
    "dont doesnt didnt wont cant isnt wasnt arent werent shouldnt wouldnt couldnt".split()
)
#: The closed class of English auxiliaries, copulas and modals, the words that open a predicate: a
#: quotation without one is a phrase, not a statement (the judge and the context checks share it).
AUXILIARIES = frozenset(
    "is are was were be been am has have had hath doth does do did will shall can may must would should "
    "could might isn aren wasn weren".split()  # (the words as norm_words splits them: "isn't" is isn, t)
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
class _Draft:
    """An edit while the diff is being tidied (merged, marked moved, classified); frozen into an :class:`Edit`."""

    op: str
    quoted: str
    original: str
    moved: bool = False
    meaning: str | None = None
    editorial: bool = False

    def freeze(self) -> Edit:
        return Edit(
            Op(self.op),
            self.quoted,
            self.original,
            self.moved,
            Meaning(self.meaning) if self.meaning else None,
            self.editorial,
        )


@dataclass(frozen=True)
class Diff:
    """The word-level diff of a quotation against an alignment, and the alignment's final span.

    The span can grow past the raw alignment where a moved or replaced word
    sits just outside it.
    """

    edits: tuple[Edit, ...]
    meaning_changes: tuple[Meaning, ...]
    spans: tuple[tuple[int, int], ...]


def near_word(a: str, b: str, config: MatchConfig) -> bool:
    """An inflection or a typo of the same word ("protest"/"protests", "recieve"/"receive")."""
    if min(len(a), len(b)) < 4:
        return False
    if (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 3:
        return True
    return OSA.normalized_similarity(a, b) >= config.near_word_similarity


def norm_words(text: str) -> list[str]:
    return fold(text).split()


def _widen_respelled(first: _Draft, last: _Draft, tokens, wspan, spans: list[tuple[int, int]]) -> None:
    """A replaced edge word that is the source's word divided across the span's edge: "everything"
    against "every" + "thing" just after the span, "Tomorrow" against "To-" + "morrow"."""
    if first.op == "replace":
        start = spans[0][0]
        if start > 0 and same_words(
            norm_words(first.quoted), [tokens[start - 1].norm, *norm_words(first.original)], elided=True
        ):
            first.original = wspan(start - 1, start + len(norm_words(first.original)))
            first.op = "equal"
            spans[0] = (start - 1, spans[0][1])
    if last.op == "replace" and last is not first:
        end = spans[-1][1]
        if end < len(tokens) and same_words(
            norm_words(last.quoted), [*norm_words(last.original), tokens[end].norm], elided=True
        ):
            last.original = wspan(end - len(norm_words(last.original)), end + 1)
            last.op = "equal"
            spans[-1] = (spans[-1][0], end + 1)


def _edge_widths(n: int) -> list[tuple[int, bool]]:
    """Source widths tried against ``n`` edge words: the same words divided or elided otherwise
    ("everything" / "every thing") first, then words merely alike ("Bubble" / "Double")."""
    return [(w, False) for w in (n, n + 1, n - 1) if w > 0] + [(n, True)]


def _edge_match(words: list[str], source: list[str], text: str, alike: bool, config: MatchConfig) -> bool:
    """The quotation's edge word(s) are the source's just outside the span (``text``: both sides'
    words, for an elision on either: "Heav'n" against "Heaven")."""
    if alike:
        return _alike(words, source, config.edge_similarity)
    return same_words(words, source, elided=_has_elision(text))


def _alike(a: list[str], b: list[str], similarity: float) -> bool:
    return len(a) == len(b) and all(
        Levenshtein.normalized_similarity(x, y) >= similarity for x, y in zip(a, b, strict=True)
    )


def _replaced_at_edges(
    ops: list[_Draft], window: Window, spans: list[tuple[int, int]], config: MatchConfig
) -> None:
    """Words added at an edge that look like the source words just outside it were replaced.

    The alignment's span starts and ends on equal words, so a changed first
    or last word would otherwise read as an addition.
    """
    tokens, wspan = window.tokens, window.span_text
    content = [op for op in ops if not op.editorial]
    if not content:
        return
    first, last = content[0], content[-1]
    _widen_respelled(first, last, tokens, wspan, spans)
    if first.op == "add" and not first.moved:
        words = norm_words(first.quoted)
        start = spans[0][0]
        for n, alike in _edge_widths(len(words)):
            before = [t.norm for t in tokens[max(0, start - n) : start]]
            if len(before) == n and _edge_match(words, before, wspan(start - n, start) + first.quoted, alike, config):
                first.op, first.original = "replace", wspan(start - n, start)
                spans[0] = (start - n, spans[0][1])
                break
    if last.op == "add" and not last.moved and last is not first:
        words = norm_words(last.quoted)
        end = spans[-1][1]
        for n, alike in _edge_widths(len(words)):
            after = [t.norm for t in tokens[end : end + n]]
            if len(after) == n and _edge_match(words, after, wspan(end, end + n) + last.quoted, alike, config):
                last.op, last.original = "replace", wspan(end, end + n)
                spans[-1] = (spans[-1][0], end + n)
                break
        else:
            n = len(words)
            if (
                n <= config.edge_replace_max_words
                and _clause_edge(window, end, end + n)
                and _capitalised(last.quoted) == _capitalised(wspan(end, end + n))
            ):
                last.op, last.original = "replace", wspan(end, end + n)
                spans[-1] = (spans[-1][0], end + n)


#: Marks that close a clause in the source; a comma only separates the words inside one.
_CLAUSE_CLOSE = re.compile(r"[.!?;:)\]\u2014]|--|\n\s*\n")


def _capitalised(text: str) -> tuple[bool, ...]:
    """Which words start with a capital: a word in another's slot is the same kind of word, a name
    for a name ("Antony" for "Caesar"), not "well" for the vocative "Horatio"."""
    return tuple(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", text))


def _clause_edge(window: Window, i: int, j: int) -> bool:
    """Source tokens ``[i, j)`` just after the span close its clause, with nothing closing it
    between them and the span: the slot a quoter's own last word fills ("Then fall, Antony!" for
    "Then fall, Caesar!"; "Beware the Ides of April" for "... of March."). (At the start the
    same reading makes too many stray passages the quoted one: an added first word is left an
    addition.)"""
    tokens, text = window.tokens, window.text
    if i <= 0 or j > len(tokens) or i >= j:
        return False
    inside = text[tokens[i - 1].end : tokens[i].start] + text[tokens[i].start : tokens[j - 1].end]
    beyond = text[tokens[j - 1].end : tokens[j].start] if j < len(tokens) else "."
    return not _CLAUSE_CLOSE.search(inside) and (bool(_CLAUSE_CLOSE.search(beyond)) or "," in beyond)


def score(ops: list[_Draft] | tuple[Edit, ...]) -> float:
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


def _bracketed_in_source(ops: list[_Draft]) -> None:
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
            ops[i : i + 2] = [_Draft("equal", inserted.quoted, omitted.original)]
        i += 1


def _mark_moves(ops: list[_Draft]) -> None:
    """Mark an added and an omitted run of the same words as a move."""
    adds = [op for op in ops if op.op == "add" and not op.editorial]
    omits = [op for op in ops if op.op == "omit" and not op.editorial]
    for a in adds:
        for o in omits:
            if not o.moved and norm_words(a.quoted) == norm_words(o.original):
                a.moved = o.moved = True
                break


def _moved_beyond_edges(ops: list[_Draft], window: Window, spans: list[tuple[int, int]], reach: int) -> None:
    """Words added at one end of the quotation that the source has just past the other end.

    "Methinks the lady doth protest too much" against "The lady protests too
    much, methinks": the span ends before "methinks", so without this the
    diff would call it added rather than moved.
    """
    tokens, wspan = window.tokens, window.span_text
    content = [op for op in ops if not op.editorial]
    if not content:
        return
    first, last = content[0], content[-1]
    start, end = spans[0][0], spans[-1][1]
    if first.op == "add" and not first.moved:
        words = norm_words(first.quoted)
        after = [t.norm for t in tokens[end : end + reach + len(words)]]
        for k in range(len(after) - len(words) + 1):
            if after[k : k + len(words)] == words:
                first.moved = True
                gap = wspan(end, end + k)
                if gap:
                    ops.insert(ops.index(last) + 1, _Draft("omit", "", gap))
                ops.insert(
                    ops.index(last) + 1 + bool(gap),
                    _Draft("omit", "", wspan(end + k, end + k + len(words)), moved=True),
                )
                spans[-1] = (spans[-1][0], end + k + len(words))
                return
    if last.op == "add" and not last.moved:
        words = norm_words(last.quoted)
        lo = max(0, start - reach - len(words))
        before = [t.norm for t in tokens[lo:start]]
        for k in range(len(before) - len(words), -1, -1):
            if before[k : k + len(words)] == words:
                last.moved = True
                idx = ops.index(first)
                gap = wspan(lo + k + len(words), start)
                ops.insert(idx, _Draft("omit", "", wspan(lo + k, lo + k + len(words)), moved=True))
                if gap:
                    ops.insert(idx + 1, _Draft("omit", "", gap))
                spans[0] = (lo + k, spans[0][1])
                return


def _mark_swaps(ops: list[_Draft], rare, reach: int) -> None:
    """Two nearby replacements that trade rare words are a move: "Where your heart is, there's your
    treasure" against "where your treasure is, there will your heart be" moved the words, it did
    not change them (a reversed saying is still the saying, with its order changed)."""
    swaps = [
        (op, norm_words(op.quoted), norm_words(op.original))
        for op in ops
        if op.op == "replace" and not op.editorial
    ]
    for n, (a, qa, oa) in enumerate(swaps):
        for b, qb, ob in swaps[n + 1 : n + 1 + reach]:
            traded = set(qa) <= set(ob) and set(qb) <= set(oa)
            if traded and any(map(rare, qa + qb)) and not set(qa + qb) & NEGATIONS:
                for op in (a, b):
                    k = ops.index(op)
                    ops[k : k + 1] = [_Draft("add", op.quoted, "", moved=True), _Draft("omit", "", op.original, moved=True)]
                return


@dataclass(frozen=True)
class _Piece:
    """Whitespace-separated pieces of an edge addition, with their normalised words."""

    texts: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]

    @staticmethod
    def of(text: str) -> _Piece:
        texts = tuple(text.split())
        return _Piece(texts, tuple(tuple(norm_words(t)) for t in texts))

    def text(self, i: int, j: int) -> str:
        return " ".join(self.texts[i:j])

    def norms(self, i: int, j: int) -> list[str]:
        return [w for ws in self.words[i:j] for w in ws]

    def runs(self, rare):
        """Sub-runs ``(i, j)`` holding a rare word, longest first."""
        n = len(self.texts)
        for size in range(n, 0, -1):
            for i in range(n - size + 1):
                if any(map(rare, self.norms(i, i + size))):
                    yield i, i + size


_SENTENCE_END = re.compile(r"[.!?]['’\"”)]*\s")


def _find_near(tokens, words: list[str], lo: int, hi: int, nearest_first_at_end: bool) -> int | None:
    """Where ``words`` stand in ``tokens[lo:hi]``, the occurrence nearest the span first."""
    lo, hi = max(0, lo), min(len(tokens), hi)
    starts = range(lo, hi - len(words) + 1)
    for k in reversed(starts) if nearest_first_at_end else starts:
        if [t.norm for t in tokens[k : k + len(words)]] == words:
            return k
    return None


def _reach_edges(ops: list[_Draft], window: Window, spans: list[tuple[int, int]], rare, reach: int) -> None:
    """Rare words added at an edge of the span that the source has a few words away, in the same
    sentence: the aligner stopped short of them. Beyond the same edge they were quoted with a
    silent omission ("Gild [refined gold, to paint] the lily"); beyond the other edge they were
    moved ("There's method in my madness" against "Though this be madness, yet there is method")."""
    content = [op for op in ops if not op.editorial]
    if not content:
        return
    first, last = content[0], content[-1]
    if last.op == "add" and not last.moved and last is not first:
        _reach_from(ops, last, window, spans, rare, reach, at_end=True)
    if first.op == "add" and not first.moved:
        _reach_from(ops, first, window, spans, rare, reach, at_end=False)


def _reach_from(ops, edge: _Draft, window: Window, spans, rare, reach: int, at_end: bool) -> None:
    tokens, wspan = window.tokens, window.span_text
    start, end = spans[0][0], spans[-1][1]
    pieces = _Piece.of(edge.quoted)
    n = len(pieces.texts)
    if n > reach:
        return  # a long addition is the quoter's own sentence, not words the aligner stopped short of
    for i, j in pieces.runs(rare):
        words = pieces.norms(i, j)
        # the same side: an extension over a silent omission
        k = (
            _find_near(tokens, words, end, end + reach + len(words), False)
            if at_end
            else _find_near(tokens, words, start - reach - len(words), start, True)
        )
        gap = (wspan(end, k) if at_end else wspan(k + len(words), start)) if k is not None else ""
        if k is not None and not _SENTENCE_END.search(gap + " "):
            inner = pieces.text(0, i) if at_end else pieces.text(j, n)
            outer = pieces.text(j, n) if at_end else pieces.text(0, i)
            bridge = [_Draft("replace" if inner and gap else "add" if inner else "omit", inner, gap)] if inner or gap else []
            hit = [_Draft("equal", pieces.text(i, j), wspan(k, k + len(words)))]
            extra = [_Draft("add", outer, "")] if outer else []
            at = ops.index(edge)
            ops[at : at + 1] = bridge + hit + extra if at_end else extra + hit + bridge
            if at_end:
                spans[-1] = (spans[-1][0], k + len(words))
            else:
                spans[0] = (k, spans[0][1])
            return
        # the other side: a move
        k = (
            _find_near(tokens, words, start - reach - len(words), start, True)
            if at_end
            else _find_near(tokens, words, end, end + reach + len(words), False)
        )
        gap = (wspan(k + len(words), start) if at_end else wspan(end, k)) if k is not None else ""
        if k is not None and not _SENTENCE_END.search(gap + " "):
            at = ops.index(edge)
            split = [
                _Draft("add", t, "", moved=m)
                for t, m in ((pieces.text(0, i), False), (pieces.text(i, j), True), (pieces.text(j, n), False))
                if t
            ]
            ops[at : at + 1] = split
            src = [_Draft("omit", "", wspan(k, k + len(words)), moved=True)]
            bridge = [_Draft("omit", "", gap)] if gap else []
            content = [op for op in ops if not op.editorial]
            if at_end:
                idx = ops.index(content[0])
                ops[idx:idx] = src + bridge
                spans[0] = (k, spans[0][1])
            else:
                idx = ops.index(content[-1]) + 1
                ops[idx:idx] = bridge + src
                spans[-1] = (spans[-1][0], k + len(words))
            return


def _meaning_of(
    words_a: list[str], words_b: list[str], quoted: str, original: str, *, opens: bool = False
) -> str | None:
    a, b = set(words_a), set(words_b)
    changed = a ^ b
    if a & NEGATIONS and b & NEGATIONS:
        # one negation for another ("nothing new" for "no new thing", "never" for "not") keeps the sense
        changed -= NEGATIONS
    if changed & NEGATIONS or (changed & _CONTRACTION_HEADS and "t" in changed):
        return "negation"
    if any(w.isdigit() or w in _NUMBER_WORDS for w in changed):
        return "number"
    if changed & _QUANTIFIERS:
        return "quantifier"
    surface = re.findall(r"[^\W\d_]+", quoted)[opens:] + re.findall(r"[^\W\d_]+", original)[opens:]
    # (a sentence's first word has its capital from the sentence: "Heavy is the head" for "Uneasy
    # lies the head" changes no name)
    names = {fold(w) for w in surface if w[:1].isupper() and not w.isupper() and w not in NOT_NAMES}
    renamed = {w for w in changed & names if not _same_name(w, b if w in a else a)}
    if renamed and words_a and words_b:
        return "name"
    return None


def _same_name(word: str, others: set[str]) -> bool:
    """The other side names the same person or thing: an abbreviation ("Gen" for "General") or a
    slip of one letter in a long name ("Stiliman" for "Stillman")."""
    return any(
        (len(word) >= 2 and (o.startswith(word) or word.startswith(o)) and min(len(o), len(word)) >= 2)
        or (min(len(o), len(word)) >= 6 and Levenshtein.distance(word, o) <= 1)
        for o in others
    )


def _classify_meaning(ops: list[_Draft], max_words: int) -> list[str]:
    found: list[str] = []
    for i, op in enumerate(ops):
        if op.op in ("replace", "add", "omit") and not op.moved and not op.editorial:
            if max(len(norm_words(op.quoted)), len(norm_words(op.original))) > max_words:
                continue  # a dropped sentence is reported as an omission, not as a word change
            before = (ops[i - 1].quoted or ops[i - 1].original).rstrip() if i else ""
            opens = not before or before[-1] in ".!?;:\n"
            kind = _meaning_of(norm_words(op.quoted), norm_words(op.original), op.quoted, op.original, opens=opens)
            if kind:
                op.meaning = kind
                if kind not in found:
                    found.append(kind)
    return found


def _tidy(ops: list[_Draft], window: Window, spans: list[tuple[int, int]], config: MatchConfig, rare) -> None:
    """Turn the raw edit script into what a reader needs (``ops`` and ``spans`` are the caller's working copies)."""
    _respell(ops)
    _bracketed_in_source(ops)
    _speech_tags(ops)
    _commentaries(ops, window, spans, config.paraphrase_commentary_words)
    _mark_moves(ops)
    _moved_beyond_edges(ops, window, spans, config.move_reach)
    _replaced_at_edges(ops, window, spans, config)
    _respell(ops)
    if rare is not None:
        _mark_swaps(ops, rare, config.swap_reach_edits)
        _reach_edges(ops, window, spans, rare, config.edge_reach_words)


def _respell(ops: list[_Draft]) -> None:
    """A replace that only spells or divides the same words otherwise ("every where",
    "shewed", "lov'd") is equal: the quoter modernised the spelling."""
    for i, op in enumerate(ops):
        if op.op == "replace" and (
            same_words(
                norm_words(op.quoted),
                norm_words(op.original),
                elided=_has_elision(op.original) or _has_elision(op.quoted),
            )
            or _than_for_then(ops, i)
        ):
            op.op = "equal"


#: How far back a comparative is looked for before an old "then" (= than): "Better to reign in Hell,
#: then serve in Heav'n" has five words between.
_COMPARATIVE_REACH = 6
_COMPARATIVES = frozenset("more less rather other else worse".split())
_NOT_COMPARATIVES = frozenset("never ever over under after whether either neither ether".split())


def _than_for_then(ops: list[_Draft], i: int) -> bool:
    """Older print spells "than" as "then" ("Better to reign in Hell, then serve in Heav'n"): after a
    comparative the two are the same word, whichever side has the old spelling."""
    if i == 0 or {*norm_words(ops[i].quoted), *norm_words(ops[i].original)} != {"than", "then"}:
        return False
    before = norm_words(ops[i - 1].original)[-_COMPARATIVE_REACH:]
    return any(
        w in _COMPARATIVES or (len(w) >= 5 and w.endswith("er") and w not in _NOT_COMPARATIVES) for w in before
    )


def _has_elision(text: str) -> bool:
    return bool(re.search(r"\w['’]\w|\w['’](?!\w)|(?<!\w)['’]\w", text))


#: A speech tag between two quoted speeches in a novel ('...!” he cried. “...'), which a quoter
#: who joins the speeches leaves out, as they would a line break.
_SPEECH_TAG = re.compile(
    r"^\W*[”\"’']\s*(?:\w+\s+){0,4}?(?:said|says|cried|asked|answered|replied|exclaimed|continued|added|"
    r"returned|observed|remarked|went on)\b[^“\"‘]{0,80}[“\"‘]\W*$",
    re.I,
)


#: The same tag when the marks around it fall between the words kept ("‘Begin at the beginning,’
#: the King said gravely, ‘and go on ...": the omission is "the King said gravely"), known by the
#: quotation mark that opens the words after it.
_BARE_SPEECH_TAG = re.compile(
    r"^(?:\w+\s+){0,4}?(?:said|says|cried|asked|answered|replied|exclaimed|continued|added|"
    r"returned|observed|remarked|went on)\b[^“”\"‘’]{0,80}$",
    re.I,
)


def _speech_tags(ops: list[_Draft]) -> None:
    for i, op in enumerate(ops):
        if op.op != "omit" or op.editorial:
            continue
        text = op.original.strip()
        resumed = i + 1 < len(ops) and ops[i + 1].original.lstrip().startswith(("“", '"', "‘"))
        if _SPEECH_TAG.match(text) or (resumed and _BARE_SPEECH_TAG.match(text)):
            op.editorial = True


def _commentary(text: str, min_words: int) -> bool:
    """A bracketed stretch of the source's editor, as Giles prints the commentators of Sun Tzu
    between the lines: skipped by a quoter like a line break."""
    text = text.strip()
    return text.startswith("[") and text.endswith("]") and len(norm_words(text)) >= min_words


def _commentaries(ops: list[_Draft], window: Window, spans: list[tuple[int, int]], min_words: int) -> None:
    """Commentary omitted inside the quotation is editorial; a quotation's last words that the
    aligner did not reach because commentary stands before them in the source are equal there."""
    for op in ops:
        if op.op == "omit" and not op.editorial and _commentary(op.original, min_words):
            op.editorial = True
    content = [op for op in ops if not op.editorial]
    if len(content) < 2 or content[-1].op != "add" or content[-1].moved:
        return
    tokens, edge = window.tokens, content[-1]
    end = spans[-1][1]
    if end >= len(tokens) or "[" not in window.text[tokens[end - 1].end : tokens[end].start]:
        return
    close = next(
        (k for k in range(end + 1, len(tokens)) if "]" in window.text[tokens[k - 1].end : tokens[k].start]), None
    )
    words = norm_words(edge.quoted)
    if close is None or [t.norm for t in tokens[close : close + len(words)]] != words:
        return
    skipped = window.text[tokens[end - 1].end : tokens[close].start]
    if not _commentary(skipped.strip(" \n.,;:"), min_words):
        return
    at = ops.index(edge)
    ops[at : at + 1] = [
        _Draft("omit", "", skipped.strip(), editorial=True),
        _Draft("equal", edge.quoted, window.span_text(close, close + len(words))),
    ]
    spans[-1] = (spans[-1][0], close + len(words))


def diff_alignment(
    quote: Quote, words: QuoteWords, al: Alignment, config: MatchConfig, weights: WordWeights | None = None
) -> Diff:
    """Word-level diff of ``quote`` against alignment ``al``, in the quotation's and the source's own spelling.

    With the quotation's word ``weights``, rare words added at an edge or traded between two
    places are looked for as omissions and moves (see :func:`_reach_edges`, :func:`_mark_swaps`)."""
    seg_tokens = words.segments
    wspan = al.window.span_text

    def qspan(k: int, i: int, j: int) -> str:
        if i >= j:
            return ""
        toks = seg_tokens[k]
        return quote.text[toks[i].start : toks[j - 1].end]

    ops: list[_Draft] = []
    positions: list[int] = []  # where in the quotation each op starts, to place insertions

    def emit(op: _Draft, k: int, qi: int) -> None:
        toks = seg_tokens[k]
        positions.append(toks[qi].start if qi < len(toks) else toks[-1].end)
        ops.append(op)

    insertion_starts = sorted(ins.start - quote.start for ins in quote.insertions if not changes_case(quote, ins))
    prev_seg = 0
    raw = al.steps
    i = 0
    while i < len(raw):
        st = raw[i]
        k = st.seg
        if k != prev_seg:
            emit(_Draft("omit", "...", wspan(al.spans[prev_seg][1], al.spans[k][0]), editorial=True), k, 0)
            prev_seg = k
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        # adjacent delete/insert pairs of the Indel script are replacements
        if (
            st.tag in ("delete", "insert")
            and nxt
            and nxt.seg == k
            and {st.tag, nxt.tag} == {"delete", "insert"}
        ):
            q_i, q_j = min(st.q_i, nxt.q_i), max(st.q_j, nxt.q_j)
            emit(
                _Draft("replace", qspan(k, q_i, q_j), wspan(min(st.w_i, nxt.w_i), max(st.w_j, nxt.w_j))),
                k,
                q_i,
            )
            i += 2
            continue
        if st.tag == "equal":
            # split where a bracketed insertion falls, so it shows in place
            cuts = [st.q_i]
            for ins_at in insertion_starts:
                cut = next((x for x in range(cuts[-1] + 1, st.q_j) if seg_tokens[k][x].start > ins_at), None)
                if cut is not None and seg_tokens[k][cut - 1].end <= ins_at:
                    cuts.append(cut)
            cuts.append(st.q_j)
            for a, b in zip(cuts, cuts[1:], strict=False):
                emit(_Draft("equal", qspan(k, a, b), wspan(st.w_i + a - st.q_i, st.w_i + b - st.q_i)), k, a)
        elif st.tag == "delete":  # in the quotation, not in the source
            emit(_Draft("add", qspan(k, st.q_i, st.q_j), ""), k, st.q_i)
        elif st.tag == "insert":  # in the source, not in the quotation
            emit(_Draft("omit", "", wspan(st.w_i, st.w_j)), k, st.q_i)
        i += 1
    for ins in quote.insertions:
        if changes_case(quote, ins):
            continue  # "[M]en": part of a word, shown as quoted
        at = bisect.bisect_right(positions, ins.start - quote.start)
        positions.insert(at, ins.start - quote.start)
        ops.insert(at, _Draft("add", f"[{ins.text}]", "", editorial=True))
    spans = list(al.spans)
    rare = None if weights is None else (lambda w: weights.of(w) >= config.edge_reach_min_idf)
    _tidy(ops, al.window, spans, config, rare)
    meaning = _classify_meaning(ops, config.meaning_max_words)
    return Diff(tuple(op.freeze() for op in ops), tuple(Meaning(m) for m in meaning), tuple(spans))
