"""Each paraphrase signal's separation, side by side in one run (issue 12).

Usage (from the project root):

    python -m bench.paraphrase_signals --db bench/out/small.db [--split dev|test] [--set NAME=VALUE ...]

Every quotation of ``bench/data/paraphrase`` (positives) and every
not-in-corpus one of ``bench/data/fabricated`` (negatives) is matched; where
the matcher looks for a paraphrase, the passage it finds and the signals
measured on it (:class:`quotecheck.matching.paraphrase.Paraphrase`) are
recorded. For each rule the table gives the positives it would call a
paraphrase at their labelled passage and the negatives it would give a
source, with the rule's threshold set as low as keeps the negatives given a
source at most 3% (``--max-false``). Tune on dev only; the test part is
printed for the record.

With ``wordllama`` (a dependency since session 7: its static token vectors
ship in its wheel, nothing is downloaded), the cosine of
the quotation and its candidate stretch is measured too, computed at query
time, and given its rows beside the others; so is whether the stretch is the
claimed works' sentence closest in meaning to the quotation (the session-7
rule, :mod:`quotecheck.search.paraphrase_vectors`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

import quotecheck.matching.verdict as verdict_module
from quotecheck import Checker
from quotecheck.matching.claims import claimed
from quotecheck.matching.paraphrase import Paraphrase
from quotecheck.records import Quote
from quotecheck.store.db import open_db
from quotecheck.store.works import work_text

from .common import add_settings_option, config_from_args, load_jsonl
from .paraphrase_eval import NEGATIVES, POSITIVES
from .realdata import SourceFinder, overlaps


@dataclass(frozen=True)
class Seen:
    """One quotation's paraphrase candidate (None when none was looked for or found)."""

    positive: bool
    found: Paraphrase | None
    located: bool  # the candidate is the labelled passage
    claimed: bool  # the candidate is in the claimed author's or work's text
    verdict: str  # what the matcher answered
    at_source: bool  # ...with the labelled passage as its source
    item: dict
    cosine: float = 0.0  # wordllama cosine of the quotation and the candidate stretch (0 without wordllama)
    nearest: bool = False  # the stretch is the claimed works' sentence closest in meaning (Paraphrase.meaning)


def embedder():
    """wordllama's model loaded from its own wheel (no download), or None when it is not installed."""
    try:
        import wordllama
    except ImportError:
        return None
    from pathlib import Path

    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def collect(checker: Checker, items: list[dict], positive: bool, model=None) -> list[Seen]:
    """Match every item, recording the last paraphrase candidate the matcher looked at."""
    finder = SourceFinder(checker.db)
    last: list[tuple[Quote, Paraphrase | None]] = []
    original = verdict_module.find_paraphrase

    def spy(corpus, quote, *args):
        found = original(corpus, quote, *args)
        last.append((quote, found))
        return found

    verdict_module.find_paraphrase = spy
    out = []
    try:
        for item in items:
            last.clear()
            m = checker.match(item["quote"], author=item.get("claimed_author"), work=item.get("claimed_work"))
            quote, found = last[-1] if last else (None, None)
            ev = found.evidence if found else None
            spans = finder.spans(item) if positive else []
            located = ev is not None and any(
                overlaps(sp, ev.work_id, ev.src_start, ev.src_end) for sp in spans
            )
            mine = ev is not None and claimed(
                checker.corpus, quote, checker.corpus.works[ev.work_id], checker.config
            )
            src = m.source
            at_source = src is not None and any(overlaps(sp, src.work_id, src.start, src.end) for sp in spans)
            cosine = 0.0
            if model is not None and ev is not None:
                stretch = work_text(checker.db, ev.work_id, ev.src_start, ev.src_end)
                vectors = model.embed([item["quote"], stretch], norm=True)
                cosine = float(vectors[0] @ vectors[1])
            nearest = bool(mine and found.meaning is not None and found.meaning())
            out.append(Seen(positive, found, located, mine, str(m.verdict), at_source, item, cosine, nearest))
    finally:
        verdict_module.find_paraphrase = original
    return out


Rule = tuple[str, Callable[[Seen], bool], Callable[[Seen], float]]


def _bar(p: Paraphrase, base: float, per_word: float) -> float:
    """How far the soft share is above a bar that rises for short quotations."""
    return p.soft - base - per_word / p.words


def _kept(s: Seen) -> float:
    """The rule quotecheck uses (:func:`quotecheck.matching.verdict._is_paraphrase`), its bar moved."""
    f = s.found
    return -1.0 if f.negated else _bar(f, 0, 2) - 0.1 * f.dropped - 0.3 * max(0.0, 0.7 - f.order)


def _rare_credit(s: Seen) -> float:
    """The session-6 credit for rare words kept as written (``Paraphrase.rare_credit`` at its defaults)."""
    return 0.05 * min(s.found.rare, 2) if s.found.soft >= 0.5 else 0.0


RULES: list[Rule] = [
    ("exact stem share, anywhere", lambda s: True, lambda s: s.found.share),
    ("exact share, claimed works only", lambda s: s.claimed, lambda s: s.found.share),
    (
        "exact share + >= 1 rare word, claimed (before)",
        lambda s: s.claimed and s.found.rare >= 1,
        lambda s: s.found.share,
    ),
    ("rare words found, claimed", lambda s: s.claimed, lambda s: s.found.rare),
    ("order share, claimed", lambda s: s.claimed, lambda s: s.found.order),
    ("soft share (synonyms), anywhere", lambda s: True, lambda s: s.found.soft),
    ("soft share, claimed works only", lambda s: s.claimed, lambda s: s.found.soft),
    ("soft, claimed, >= 1 rare word", lambda s: s.claimed and s.found.rare >= 1, lambda s: s.found.soft),
    ("soft, claimed, order >= 0.5", lambda s: s.claimed and s.found.order >= 0.5, lambda s: s.found.soft),
    (
        "soft, claimed, no negation clash (gate)",
        lambda s: s.claimed and not (s.found.negated or s.found.dropped),
        lambda s: s.found.soft,
    ),
    (
        "soft, claimed, quotation not negating the passage (gate)",
        lambda s: s.claimed and not s.found.negated,
        lambda s: s.found.soft,
    ),
    ("soft, claimed, no antonym (gate)", lambda s: s.claimed and not s.found.opposed, lambda s: s.found.soft),
    ("soft - 1/words, claimed", lambda s: s.claimed, lambda s: _bar(s.found, 0, 1)),
    ("soft - 2/words, claimed", lambda s: s.claimed, lambda s: _bar(s.found, 0, 2)),
    (
        "soft - 2/words - 0.1 dropped negation, not negating, claimed",
        lambda s: s.claimed,
        lambda s: -1.0 if s.found.negated else _bar(s.found, 0, 2) - 0.1 * s.found.dropped,
    ),
    ("... - 0.3 x (0.7 - order), claimed (kept until session 5)", lambda s: s.claimed, _kept),
    (
        "kept + 0.05 per rare word found as written (at most 2, soft >= 0.5), claimed (kept since session 6)",
        lambda s: s.claimed,
        lambda s: _kept(s) + _rare_credit(s),
    ),
    ("in-order soft share, claimed", lambda s: s.claimed, lambda s: s.found.ordered),
    ("in-order soft - 2/words, claimed", lambda s: s.claimed, lambda s: s.found.ordered - 2 / s.found.words),
    (
        "kept + in-order soft share, claimed",
        lambda s: s.claimed,
        lambda s: -1.0 if s.found.negated else _kept(s) + s.found.ordered,
    ),
]
#: Rows measured only with wordllama installed (the cosine is computed at query time).
EMBEDDING_RULES: list[Rule] = [
    ("embedding cosine (wordllama), claimed", lambda s: s.claimed, lambda s: s.cosine),
    ("kept + 0.5 x cosine, claimed", lambda s: s.claimed, lambda s: -1.0 if s.found.negated else _kept(s) + 0.5 * s.cosine),
    (
        "kept + rare credit + 0.3 x cosine, claimed",
        lambda s: s.claimed,
        lambda s: -1.0 if s.found.negated else _kept(s) + _rare_credit(s) + 0.3 * s.cosine,
    ),
    (
        "kept, cosine >= 0.5 (gate), claimed",
        lambda s: s.claimed and s.cosine >= 0.5,
        _kept,
    ),
    (
        "kept + rare credit, the claimed works' nearest sentence in meaning (gate), claimed",
        lambda s: s.claimed and s.nearest,
        lambda s: _kept(s) + _rare_credit(s),
    ),
    (
        "kept + rare credit + 0.15 when the nearest sentence in meaning, claimed (kept since session 7)",
        lambda s: s.claimed,
        lambda s: _kept(s) + _rare_credit(s) + 0.15 * s.nearest,
    ),
]


def separation(seen: list[Seen], rule: Rule, max_false: float) -> tuple[float | None, int, int, int, int]:
    """The lowest threshold giving a source to at most ``max_false`` of the negatives, and the
    positives recognised / negatives given a source at it."""
    _, gate, value = rule
    pos = [s for s in seen if s.positive]
    neg = [s for s in seen if not s.positive]
    ok = lambda s: s.found is not None and gate(s)  # noqa: E731
    candidates = sorted({value(s) for s in seen if ok(s)})
    for threshold in candidates:
        false = sum(1 for s in neg if ok(s) and value(s) >= threshold)
        if false <= max_false * len(neg):
            hits = sum(1 for s in pos if ok(s) and s.located and value(s) >= threshold)
            return threshold, hits, len(pos), false, len(neg)
    return None, 0, len(pos), 0, len(neg)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="bench/out/small.db")
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--max-false", type=float, default=0.03)
    add_settings_option(parser)
    args = parser.parse_args(argv)
    checker = Checker(open_db(args.db), config=config_from_args(parser, args))
    pos = [
        i for i in load_jsonl(POSITIVES) if i["split"] == args.split and i["expected_verdict"] == "paraphrase"
    ]
    neg = [
        i for i in load_jsonl(NEGATIVES) if i["split"] == args.split and i["expected_verdict"] == "not_found"
    ]
    model = embedder()
    seen = collect(checker, pos, True, model) + collect(checker, neg, False, model)
    located = sum(1 for s in seen if s.positive and s.located)
    print(
        f"{args.split}: {len(pos)} paraphrases (candidate at the labelled passage for {located}), {len(neg)} negatives"
    )
    print(
        f"\n| rule ({args.split}, negatives given a source <= {args.max_false:.0%}) | threshold | paraphrases recognised | negatives given a source |"
    )
    print("| --- | --- | --- | --- |")
    for rule in RULES + (EMBEDDING_RULES if model is not None else []):
        threshold, hits, n_pos, false, n_neg = separation(seen, rule, args.max_false)
        shown = "-" if threshold is None else f"{threshold:.2f}"
        print(f"| {rule[0]} | {shown} | {hits}/{n_pos} ({hits / n_pos:.2f}) | {false}/{n_neg} |")


if __name__ == "__main__":
    main()
