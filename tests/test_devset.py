"""The labelled evaluation set ``bench/devset.jsonl`` checked against the corpus text.

No matcher is needed: these tests check that every label is true of the stored
text of the shipped works (``prepare_text(read_path(file)).text``, the text
the database keeps and all offsets refer to), independently of the generator.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from quotecheck.corpus import prepare_text, shipped_corpus_dir
from quotecheck.io.document import read_path
from quotecheck.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "bench" / "devset.jsonl"

VERDICTS = {"verbatim", "altered", "paraphrase", "misattributed", "not_found"}
CATEGORY_VERDICT = {
    "verbatim": {"verbatim"},
    "verbatim_ellipsis_bracket": {"verbatim"},
    "typography": {"verbatim"},
    "substitution": {"altered"},
    "omission": {"altered"},
    "addition": {"altered"},
    "reorder": {"altered"},
    "typo": {"altered"},
    "meaning_change": {"altered"},
    "famous_misquote": VERDICTS,
    "misattributed": {"misattributed"},
    "paraphrase": {"paraphrase"},
    "fabricated": {"not_found"},
    "provenance": {"verbatim"},
}
MINIMUM = {cat: 20 for cat in CATEGORY_VERDICT} | {"provenance": 40}
EDITION_GROUPS = [
    {"darwin_origin-of-species-1st-ed.txt", "darwin_origin-of-species-6th-ed.txt"},
    {"wilde_dorian-gray.txt", "wilde_picture-of-dorian-gray.txt"},
    {"emerson_essays-first-series.txt", "emerson_essays-selected.txt"},
    {"tennyson_maud-and-other-poems.txt", "tennyson_selections-wordsworth-tennyson.txt"},
    {"lincoln_gettysburg-address.txt", "lincoln_papers-and-writings.txt"},
]

EMBEDDED_COPIES = {"lincoln_gettysburg-address.txt": {"jefferson_declaration-of-independence.txt"}}

ELLIPSIS = re.compile(r"\[\s*(?:\.\s?){3,4}\s*\]|(?:\.\s?){2}\.(?:\s?\.)?|…")
BRACKETED = re.compile(r"\[[^\[\]]*\]")


def norm(text: str) -> str:
    """Folded words between single spaces, padded so that ``in`` matches whole words."""
    return " " + " ".join(fold(text).split()) + " "


def strip_marks(quote: str) -> str:
    """The quotation without its marked omissions and bracketed editorial insertions."""
    return BRACKETED.sub(" ", ELLIPSIS.sub(" ", quote))


@pytest.fixture(scope="session")
def items() -> list[dict]:
    with DEVSET.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def manifest() -> dict[str, dict]:
    corpus = shipped_corpus_dir()
    with (corpus / "works.jsonl").open(encoding="utf-8") as fh:
        return {e["file"]: e for e in map(json.loads, filter(str.strip, fh))}


@pytest.fixture(scope="session")
def texts(manifest) -> dict[str, str]:
    """Stored text of every shipped work, read once per session."""
    corpus = shipped_corpus_dir()
    out = {}
    for file in manifest:
        path = corpus / file
        if not path.exists():
            path = corpus / (file + ".gz")
        out[file] = prepare_text(read_path(path), file).text
    return out


@pytest.fixture(scope="session")
def folded(texts) -> dict[str, str]:
    return {f: norm(t) for f, t in texts.items()}


@pytest.fixture(scope="session")
def all_folded(folded) -> str:
    return "\n".join(folded.values())


def span_text(item: dict, texts: dict[str, str]) -> str:
    """The source span with the parts a marked omission stands for removed."""
    src = item["source"]
    text = texts[src["file"]]
    pieces, pos = [], src["start"]
    for s, e in sorted(item.get("omitted", [])):
        assert src["start"] <= pos <= s < e <= src["end"], item["id"]
        pieces.append(text[pos:s])
        pos = e
    pieces.append(text[pos : src["end"]])
    return " ".join(pieces)


def test_size_ids_and_fields(items):
    assert len(items) >= 300
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    for it in items:
        assert isinstance(it["quote"], str) and it["quote"].strip(), it["id"]
        assert it["claimed_author"] is None or isinstance(it["claimed_author"], str)
        assert it["claimed_work"] is None or isinstance(it["claimed_work"], str)
        assert isinstance(it["meaning_change"], bool)
        assert isinstance(it["note"], str)
        assert it["expected_verdict"] in CATEGORY_VERDICT[it["category"]], it["id"]
        assert (it["source"] is None) == (it["expected_verdict"] == "not_found"), it["id"]


def test_category_counts(items):
    counts = Counter(it["category"] for it in items)
    assert set(counts) == set(CATEGORY_VERDICT)
    for cat, minimum in MINIMUM.items():
        assert counts[cat] >= minimum, (cat, counts[cat])


def test_many_works(items, manifest):
    files = Counter(it["source"]["file"] for it in items if it["source"])
    assert set(files) <= set(manifest)
    assert len(files) >= 70
    assert max(files.values()) <= 0.15 * len(items)


def test_spans_are_in_the_stored_text(items, texts):
    for it in items:
        for src in [it["source"], *it.get("source_alternatives", [])]:
            if src is None:
                continue
            assert 0 <= src["start"] < src["end"] <= len(texts[src["file"]]), it["id"]
            # spans start and end on word characters or closing punctuation, never inside a word
            text, s, e = texts[src["file"]], src["start"], src["end"]
            assert not (text[s - 1 : s].isalnum() and text[s].isalnum()), it["id"]
            assert not (text[e - 1].isalnum() and text[e : e + 1].isalnum()), it["id"]


def test_alternatives_hold_the_same_words_in_the_same_work(items, texts):
    for it in items:
        alts = it.get("source_alternatives", [])
        if not alts:
            continue
        src = it["source"]
        words = norm(texts[src["file"]][src["start"] : src["end"]])
        group = next((g for g in EDITION_GROUPS if src["file"] in g), {src["file"]})
        group = group | EMBEDDED_COPIES.get(src["file"], set())
        for alt in alts:
            assert alt["file"] in group, it["id"]
            overlaps = alt["file"] == src["file"] and alt["start"] < src["end"] and alt["end"] > src["start"]
            assert not overlaps, it["id"]
            assert norm(texts[alt["file"]][alt["start"] : alt["end"]]) == words, it["id"]


def test_verbatim_items_are_verbatim(items, texts):
    """Quote minus ellipses and [insertions] folds to the span minus the omitted parts."""
    checked = 0
    for it in items:
        if it["expected_verdict"] in ("verbatim", "misattributed"):
            assert norm(strip_marks(it["quote"])) == norm(span_text(it, texts)), it["id"]
            checked += 1
    assert checked >= 150


def test_typography_items_differ_only_in_typography(items, texts):
    for it in (it for it in items if it["category"] == "typography"):
        src = it["source"]
        raw = " ".join(texts[src["file"]][src["start"] : src["end"]].split())
        assert it["quote"] != raw, it["id"]


def test_ellipsis_items_mark_something(items):
    for it in (it for it in items if it["category"] == "verbatim_ellipsis_bracket"):
        assert ELLIPSIS.search(it["quote"]) or BRACKETED.search(it["quote"]), it["id"]
        assert bool(it.get("omitted")) == bool(ELLIPSIS.search(it["quote"])), it["id"]


def test_altered_items_are_close_but_not_verbatim(items, texts, all_folded):
    from rapidfuzz import fuzz

    for it in (it for it in items if it["expected_verdict"] == "altered"):
        quote = norm(strip_marks(it["quote"]))
        span = norm(span_text(it, texts))
        if it.get("meaning_change_kind") == "context":
            assert quote == span, it["id"]  # out of context: the words are the source's, the sentence is not
            continue
        assert quote != span, it["id"]
        assert quote not in all_folded, f"{it['id']}: the altered quote is verbatim in some work"
        floor = 45 if it["category"] == "famous_misquote" else 70
        assert fuzz.ratio(quote, span) >= floor, it["id"]


def test_meaning_change_items(items):
    mc = [it for it in items if it["category"] == "meaning_change"]
    assert all(it["meaning_change"] for it in mc)
    kinds = Counter(it["meaning_change_kind"] for it in mc)
    assert {"negation", "number", "name", "quantifier"} <= set(kinds)
    others = [it for it in items if it["meaning_change"] and it["category"] != "meaning_change"]
    assert all(it["category"] == "famous_misquote" for it in others)


def test_paraphrases_are_reworded(items, texts, all_folded):
    from rapidfuzz import fuzz

    for it in (it for it in items if it["expected_verdict"] == "paraphrase"):
        quote = norm(it["quote"])
        assert quote not in all_folded, it["id"]
        assert fuzz.ratio(quote, norm(span_text(it, texts))) < 80, it["id"]


def test_not_found_items_are_absent(items, all_folded):
    for it in (it for it in items if it["expected_verdict"] == "not_found"):
        assert norm(strip_marks(it["quote"])) not in all_folded, it["id"]


def test_fabricated_items_share_no_six_words(items, all_folded):
    for it in (it for it in items if it["category"] == "fabricated"):
        words = fold(it["quote"]).split()
        for i in range(len(words) - 5):
            gram = " " + " ".join(words[i : i + 6]) + " "
            assert gram not in all_folded, (it["id"], gram)


def test_misattributions_claim_someone_else(items, manifest):
    for it in (it for it in items if it["expected_verdict"] == "misattributed"):
        claimed = it["claimed_author"]
        assert claimed, it["id"]
        surname = claimed.split()[-1].lower()
        assert surname not in manifest[it["source"]["file"]]["author"].lower(), it["id"]


def test_claimed_authors_are_right_elsewhere(items, manifest):
    """Outside misattribution items, a claimed author is the work's author (by surname)."""
    aliases = {"brontë": "bronte", "niccolò": "niccolo"}
    for it in items:
        if it["expected_verdict"] in ("misattributed", "not_found") or not it["claimed_author"]:
            continue
        author = manifest[it["source"]["file"]]["author"].lower()
        surname = it["claimed_author"].split()[-1].lower()
        surname = aliases.get(surname, surname)
        assert surname in author or it["claimed_author"] == "Marx and Engels", it["id"]


def test_provenance_items_name_bench_books(items):
    prov = [it for it in items if it["category"] == "provenance"]
    for it in prov:
        assert it["also_in"] and all(re.fullmatch(r"pg\d+\.txt", f) for f in it["also_in"]), it["id"]


BENCH_DIR = Path(os.environ.get("QUOTECHECK_BENCH_DIR", "/tmp/gb/gutenberg-bench"))


@pytest.mark.skipif(not BENCH_DIR.is_dir(), reason="the extracted Gutenberg bench is not available")
def test_provenance_quotes_are_in_the_bench_books(items):
    prov = [it for it in items if it["category"] == "provenance"]
    books: dict[str, str] = {}
    for it in prov:
        for name in it["also_in"]:
            if name not in books:
                books[name] = norm(read_path(BENCH_DIR / name))
            assert norm(strip_marks(it["quote"])) in books[name], (it["id"], name)


def test_bench_settings_are_parsed_by_field_type():
    """``--set NAME=VALUE`` on the evaluators: typed by MatchConfig's fields, unknown names refused."""
    from bench.common import apply_settings
    from quotecheck import MatchConfig

    got = apply_settings(MatchConfig(), ["altered_min_score=55", "max_judged=3"])
    assert got == MatchConfig(altered_min_score=55.0, max_judged=3)
    with pytest.raises(ValueError):
        apply_settings(MatchConfig(), ["no_such=1"])
    with pytest.raises(ValueError):
        apply_settings(MatchConfig(), ["max_judged"])
