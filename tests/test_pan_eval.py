"""``bench.pan_eval`` on a few PAN 2013 cases, so that the evaluator cannot silently rot.

The data is research-only and lives beside the project (``../shared/bench/pan13``);
without it these tests are skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAN = ROOT.parent / "shared" / "bench" / "pan13"

pytestmark = pytest.mark.skipif(not (PAN / "cases.jsonl").exists(), reason="../shared/bench/pan13 is absent")


@pytest.fixture(scope="module")
def pan():
    from bench import pan_eval

    return pan_eval


@pytest.fixture(scope="module")
def corpus(pan, tmp_path_factory):
    c = pan.build_corpus(PAN, tmp_path_factory.mktemp("pan") / "pan.db")
    yield c
    c.db.close()


def test_cases_and_offsets(pan, corpus):
    positives, negatives = pan.load_cases(PAN)
    assert len(positives) == 190 and len(negatives) == 50
    assert len(corpus.work_of) == 147
    for case in positives:  # every true span maps onto the stored text
        corpus.offsets[case["src"]].check(case["src_start"], case["src_end"])


def test_positives_are_located(pan, corpus):
    positives, _ = pan.load_cases(PAN)
    matcher = pan.make_matcher(corpus.db)
    for case in positives[:3]:
        r = pan.eval_positive(corpus, matcher, PAN, case)
        assert r.found and r.located, (case, r)
        assert r.work == case["src"]
        assert r.precision > 0.95 and r.recall > 0.95
    short = min(positives[:3], key=lambda c: c["susp_end"] - c["susp_start"])
    r = pan.eval_positive(corpus, matcher, PAN, short)
    pan.eval_baseline(corpus, PAN, r, short)
    assert r.baseline["located"] and r.baseline["doc"] == short["src"]
    probe = pan.eval_probe(corpus, matcher, PAN, short, 15)
    assert probe.located


def test_negatives_are_not_found(pan, corpus):
    _, negatives = pan.load_cases(PAN)
    matcher = pan.make_matcher(corpus.db)
    for case in negatives[:2]:
        text = pan.read_text(PAN / "susp" / case["susp"])
        s, e = pan.negative_passage(text, case["susp"])
        assert (s, e) == pan.negative_passage(text, case["susp"])  # seeded
        assert 200 <= e - s <= pan.NEG_MAX_CHARS
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert s == 0 or text[s - 1].isspace()
        assert e == len(text) or text[e].isspace()
        r = pan.eval_negative(corpus, matcher, PAN, case)
        assert r.verdict == "not_found", r


def test_summary_and_arguments(pan, corpus, tmp_path):
    r = pan.Result(susp="s", src="x", chars=500, verdict="verbatim", seconds=0.01, found=True, located=True)
    r.precision, r.recall = 1.0, 0.5
    miss = pan.Result(susp="s", src="x", chars=300, verdict="not_found", seconds=0.02)
    s = pan.scores([r, miss])
    assert s["located"] == 0.5 and s["precision"] == 1.0 and s["recall"] == 0.25
    args = pan.parse_args(["/usr/bin/quotecheck", str(PAN), "--limit", "2"])
    assert args.pan_dir == PAN and args.limit == 2
    assert pan.parse_args(["quotecheck"]).pan_dir == pan.DEFAULT_PAN_DIR
    assert pan.parse_args([str(PAN)]).pan_dir == PAN
    with pytest.raises(SystemExit):
        pan.parse_args([str(PAN), "--set", "no_such_setting=1"])
