"""Measure the extractor on real documents read as a fact-checker reads them.

Usage: python -m bench.realdocs_eval [--verbose] [--split dev|test] [--catalogue | --db PATH]   (from the project root)

``--catalogue`` extracts with the shared corpus's catalogue added to the known works (titles
and authors of ``../shared/corpus/works.jsonl``), as ``Checker`` does when checking; by
default the extractor runs alone, with its own table. ``--db PATH`` extracts as ``quotecheck
check`` does, with ``Checker(PATH).extract``: the catalogue of that database's works, and the
paragraphs the document pastes from the corpus without marks or credit (found by matching them).

The documents and labels are ``bench/data/realdocs/{a,b,c,d,e}`` (see their
README.md); c was collected after the rules were fitted to a and b, d (chosen
for the ways prose credits a quotation) after those of c, and e (characters and
biblical figures credited in running prose) after d's, so their figures are
printed apart (then all sets together). Figures are printed for
the dev and the test part side by side;
``--verbose`` lists the errors, of the dev part only unless ``--split test``
is given (nothing is tuned on test: look at dev errors only).

Rules
- Spans: a label's ``text`` (or ``from``/``to``) is a substring of the source
  file (its ``occurrence`` in sets b and c, the next after the previous label
  in set a); it is located in the document's plain text (what the extractor reads) by
  its words in order, so Markdown and HTML markup inside it do not matter,
  choosing the place whose source line and column (``Document.location``) are
  nearest to the label's place in the source (for a label of quote-marked words,
  the nearest place right after a quote mark).
  A predicted span matches a labelled one as in ``bench/extract_eval.py``:
  identical or overlapping by at least 90% of the longer, one to one.
- Quotation recall: labelled quotations (kind ``quotation``, not
  ``"optional": true``) matched by a predicted quotation. Precision: predicted
  quotations matched to a labelled quotation, over predicted quotations less
  those matched to an optional label. Titles and scare quotes are not
  quotations: a predicted quotation on one is a precision error.
- Claimed author right (matched labelled quotations): the surnames agree, or
  both are absent; a "Bible" label (author "Bible", or no author and work
  "Bible") is right with an author or work naming the Bible, Scripture or a
  biblical book, or no author at all. A predicted author that is the labelled
  speaker is right too (the matcher resolves a speaker to the work they
  speak in and its author).
- Wrong author (matched labelled quotations): a claimed author is given and it is not
  right by the rule above: the claims that would come out ``misattributed`` downstream
  (no claim is not counted here).
- Speaker/author right (matched labelled quotations that have a speaker): a
  named speaker (capitalised: "Shylock", "Lady Macbeth") is right when the
  predicted speaker, or the predicted claimed author, names them, or the
  predicted author is the labelled author (or the Bible for a biblical
  figure); a described one ("the witches", "his wife") is right when nobody
  other than the labelled author is credited.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict

from .common import BENCH, SHARED, extract_spans, load_jsonl, read_document
from .extract_eval import _names, pair_spans

ROOT = BENCH / "data" / "realdocs"
SETS = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")
# c was collected after the rules of a and b were written, d (chosen for attribution forms) after c's,
# e (speakers and authors in running prose) and f (forms and titles) in session 5
# g (characters, narrators, biblical figures and founders in reviews, notes, sermons) and h (quotation
# pages, commonplace books, threads) in session 6; i (people quoted in turn, press citations) and j (psalms,
# hymns, threads, split dialogue) in session 7
GROUPS = {"a": "a+b", "b": "a+b", "c": "c", "d": "d", "e": "e", "f": "f", "g": "g", "h": "h", "i": "i", "j": "j"}
SPLITS = ("dev", "test")
_WORD = re.compile(r"\w+")
_MARKS = set("\"'“”‘’«»`")
BIBLE_WORDS = {
    "bible", "scripture", "scriptures", "god", "lord", "jesus", "christ", "psalm", "psalms", "psalmist",
    "proverbs", "genesis", "exodus", "leviticus", "numbers", "deuteronomy", "job", "isaiah", "jeremiah",
    "ecclesiastes", "matthew", "mark", "luke", "john", "acts", "romans", "corinthians", "galatians",
    "ephesians", "hebrews", "timothy", "peter", "james", "revelation", "david", "solomon", "moses", "paul",
    "testament", "gospel", "epistle", "kjv",
}  # fmt: skip


def _plain_words(fragment: str, fmt: str) -> list[str]:
    """The words of a label as they appear in the plain text (markup stripped)."""
    if fmt == "html":
        from quotecheck.io.html import html_to_text

        fragment = html_to_text(f"<p>{fragment}</p>").text
    elif fmt == "markdown":
        fragment = re.sub(r"(?m)^[ \t]*>[ \t]?", "", fragment)
        fragment = re.sub(r"\]\([^)\s]*\)", "]", fragment)
    return _WORD.findall(fragment.replace("_", " "))


def _pattern(fragment: str, fmt: str) -> re.Pattern | None:
    """The label's words in order, anything but words between them."""
    words = _plain_words(fragment, fmt)
    return re.compile(r"[\W_]*".join(re.escape(w) for w in words)) if words else None


def _closing(fragment: str, text: str, end: int) -> int:
    """Keep the label's closing punctuation ("... bleed?") inside the span."""
    tail = re.search(r"[^\w\s*_\]>]+$", fragment.rstrip())
    if tail and text.startswith(tail.group(0), end):
        return end + len(tail.group(0))
    return end


def locate(doc, raw: str, label: dict, raw_pos: int) -> tuple[int, int] | None:
    """The labelled span in the plain text: of the places its words occur, the one nearest
    (by source line, then column) to where the label is in the source file (``raw_pos``)."""
    first = label.get("text", label.get("from"))
    pattern = _pattern(first, doc.format)
    if pattern is None:
        return None
    line = raw.count("\n", 0, raw_pos) + 1
    column = raw_pos - (raw.rfind("\n", 0, raw_pos) + 1) + 1
    best = None
    marked = label.get("form") == "marks" and "text" in label
    for m in pattern.finditer(doc.text):
        where = doc.location(m.start()) or (0, 0)
        # a label of quote-marked words is the occurrence in quote marks ("a “sound heart”"), not
        # the same words inside the longer quotation before it
        unmarked = marked and doc.text[max(m.start() - 1, 0) : m.start()] not in _MARKS
        key = (unmarked, abs(where[0] - line), abs(where[1] - column))
        if best is None or key < best[0]:
            best = (key, m)
    if best is None:
        return None
    m = best[1]
    if "text" in label:
        return m.start(), _closing(label["text"], doc.text, m.end())
    to = _pattern(label["to"], doc.format)
    e = to.search(doc.text, m.start()) if to else None
    return (m.start(), _closing(label["to"], doc.text, e.end())) if e else None


def raw_position(raw: str, label: dict, cursor: int, counted: bool) -> int:
    """Where the label is in the source file: its ``occurrence`` (sets b and c, counted from
    the start), or the next occurrence after the previous label's (set a)."""
    probe = label.get("text", label.get("from"))
    if counted:
        pos = -1
        for _ in range(label.get("occurrence", 1)):
            pos = raw.find(probe, pos + 1)
        return max(pos, 0)
    pos = raw.find(probe, cursor)
    return pos if pos >= 0 else max(raw.find(probe), 0)


def _is_bible(value: str | None) -> bool:
    return bool(value) and bool({w.lower() for w in _WORD.findall(value)} & BIBLE_WORDS)


def _bible_label(lab: dict) -> bool:
    return lab["claimed_author"] == "Bible" or (not lab["claimed_author"] and lab["claimed_work"] == "Bible")


def _same_person(a: str | None, b: str | None) -> bool:
    """Surnames agree ("Huck" names "Huckleberry Finn": any name word, or a prefix of one)."""
    if not a or not b:
        return False
    if _names(a) & _names(b):
        return True
    wa = {w.lower() for w in _WORD.findall(re.sub(r"\(.*?\)", "", a)) if w[0].isupper()}
    wb = {w.lower() for w in _WORD.findall(re.sub(r"\(.*?\)", "", b)) if w[0].isupper()}
    wa -= {"the", "lady", "lord", "king", "queen", "prince", "sir", "st", "saint"}
    wb -= {"the", "lady", "lord", "king", "queen", "prince", "sir", "st", "saint"}
    return any(
        x == y or (len(x) > 3 and y.startswith(x)) or (len(y) > 3 and x.startswith(y)) for x in wa for y in wb
    )


def author_right(lab: dict, pred) -> bool:
    author = pred.claimed_author
    speaker = lab.get("speaker")
    if speaker and author and _same_person(author, speaker):
        return True
    if _bible_label(lab):
        return not author or _is_bible(author) or _is_bible(pred.claimed_work)
    if not lab["claimed_author"] or not author:
        return not lab["claimed_author"] and not author
    return _same_person(lab["claimed_author"], author)


def speaker_right(lab: dict, pred) -> bool:
    speaker = lab["speaker"]
    said = [x for x in (getattr(pred, "speaker", None), pred.claimed_author) if x]
    if any(_same_person(speaker, x) for x in said):
        return True
    author = pred.claimed_author
    if author and lab["claimed_author"] and _same_person(lab["claimed_author"], author):
        return True
    if _bible_label(lab) and (_is_bible(author) or _is_bible(pred.claimed_work)):
        return True
    if not speaker[:1].isupper():
        return not author or bool(lab["claimed_author"] and _same_person(lab["claimed_author"], author))
    return False


def _load() -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for part in SETS:
        for label in load_jsonl(ROOT / part / "labels.jsonl"):
            by_doc[f"{part}/docs/{label['doc']}"].append(label)
    return by_doc


def _gold(doc, raw: str, labels: list[dict], counted: bool) -> list[tuple[tuple[int, int], dict]]:
    gold, cursor = [], 0
    for label in labels:
        pos = raw_position(raw, label, cursor, counted)
        cursor = pos + 1
        span = locate(doc, raw, label, pos)
        if span is None:
            print(f"warning: label not found in {doc.source}: {label.get('text', label.get('from'))[:60]!r}")
            continue
        gold.append((span, label))
    return gold


def _count(
    s: dict[str, int], gold: list, preds: list, matches: list[tuple[int, int]], form: str | None
) -> None:
    """Add one document's figures (only the labels and predictions of ``form`` when given)."""
    by_g = dict(matches)
    by_p = {pi: gi for gi, pi in matches}
    for gi, (_, lab) in enumerate(gold):
        if lab["kind"] != "quotation" or lab.get("optional") or (form and lab["form"] != form):
            continue
        s["gold"] += 1
        pi = by_g.get(gi)
        if pi is None or preds[pi].kind != "quotation":
            continue
        s["found"] += 1
        s["author_ok"] += author_right(lab, preds[pi])
        s["author_wrong"] += bool(preds[pi].claimed_author) and not author_right(lab, preds[pi])
        if lab.get("speaker"):
            s["speaker_n"] += 1
            s["speaker_ok"] += speaker_right(lab, preds[pi])
    for pi, p in enumerate(preds):
        if p.kind != "quotation":
            continue
        gi = by_p.get(pi)
        lab = gold[gi][1] if gi is not None else None
        if form and (lab["form"] if lab else getattr(p, "form", None)) != form:
            continue
        if lab and lab.get("optional"):
            continue
        s["pred"] += 1
        s["pred_ok"] += bool(lab and lab["kind"] == "quotation")


def _errors(name: str, text: str, gold: list, preds: list, matches: list[tuple[int, int]]) -> None:
    by_g = dict(matches)
    by_p = {pi: gi for gi, pi in matches}
    for gi, (span, lab) in enumerate(gold):
        pi = by_g.get(gi)
        q = lab["kind"] == "quotation" and not lab.get("optional")
        if q and (pi is None or preds[pi].kind != "quotation"):
            got = "missed" if pi is None else f"taken for {preds[pi].kind}"
            print(f"MISSED  {name} [{lab['form']}] {got}: {text[span[0] : span[1]][:80]!r}")
        elif q:
            p = preds[pi]
            if not author_right(lab, p) or (lab.get("speaker") and not speaker_right(lab, p)):
                print(
                    f"ATTR    {name} {p.text[:40]!r}: labelled {lab['speaker']!r}/{lab['claimed_author']!r}/"
                    f"{lab['claimed_work']!r}, got {getattr(p, 'speaker', None)!r}/{p.claimed_author!r}/"
                    f"{p.claimed_work!r} (cue {p.cue!r})"
                )
    for pi, p in enumerate(preds):
        gi = by_p.get(pi)
        if p.kind == "quotation" and (gi is None or gold[gi][1]["kind"] != "quotation"):
            what = "unlabelled" if gi is None else f"labelled {gold[gi][1]['kind']}"
            print(f"EXTRA   {name} {p.start}-{p.end} [{getattr(p, 'form', None)}] ({what}): {p.text[:80]!r}")


def catalogue_known():
    """The extractor's table of known works plus the shared corpus's catalogue (its
    ``works.jsonl``: titles and authors), as ``Checker`` passes it when checking."""
    import json

    from quotecheck.extract.known import DEFAULT_KNOWN

    with open(SHARED / "corpus" / "works.jsonl", encoding="utf-8") as f:
        works = [json.loads(line) for line in f if line.strip()]
    return DEFAULT_KNOWN.with_works((w.get("title"), w.get("author")) for w in works)


def evaluate(verbose_split: str | None = None, known=None, extract=None) -> dict:
    """Figures per (group, split, form): group "a+b", "c", "d" or "all"; form ``None`` is all forms.
    ``known``: the table of known works to extract with (default: the extractor's own);
    ``extract``: a function from a document to its quotations instead (``Checker.extract``)."""
    from quotecheck.extract.quotes import extract_document

    stats: dict[tuple[str, str, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rel, labels in _load().items():
        doc = read_document(ROOT / rel)
        if extract is not None:
            preds = extract(doc)
        else:
            preds = extract_document(doc, known=known) if known is not None else extract_spans(doc)
        raw = (ROOT / rel).read_text(encoding="utf-8")
        gold = _gold(doc, raw, labels, counted=not rel.startswith("a/"))
        matches = pair_spans(gold, preds)
        split = labels[0]["split"]
        forms = {lab["form"] for lab in labels} | {getattr(p, "form", None) for p in preds}
        for form in [None, *sorted(f for f in forms if f)]:
            for group in (GROUPS[rel[0]], "all"):
                _count(stats[(group, split, form)], gold, preds, matches, form)
        if verbose_split == split:
            _errors(rel, doc.text, gold, preds, matches)
    return stats


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def _row(s: dict[str, int]) -> str:
    return (
        f"{s['gold']:>4} {_ratio(s['found'], s['gold']):>6} {_ratio(s['pred_ok'], s['pred']):>6} "
        f"{_ratio(s['author_ok'], s['found']):>6} {_ratio(s['author_wrong'], s['found']):>6} "
        f"{_ratio(s['speaker_ok'], s['speaker_n']):>6}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list the errors of one split")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="which split --verbose lists")
    parser.add_argument(
        "--catalogue",
        action="store_true",
        help="extract with the shared corpus's catalogue of works added to the known works, as Checker does",
    )
    parser.add_argument(
        "--db",
        help="extract as 'quotecheck check' does, with this database's Checker (its catalogue, and "
        "paragraphs pasted from the corpus without marks)",
    )
    args = parser.parse_args()
    extract = None
    if args.db:
        from quotecheck import Checker

        extract = Checker(args.db).extract
    known = catalogue_known() if args.catalogue else None
    stats = evaluate(args.split if args.verbose else None, known, extract)
    cols = f"{'n':>4} {'recall':>6} {'prec':>6} {'author':>6} {'wrong':>6} {'spkr':>6}"
    for group in (*dict.fromkeys(GROUPS.values()), "all"):
        print(f"\nset {group}")
        print(f"{'form':16} | {'dev':^39} | {'test':^39}")
        print(f"{'':16} | {cols} | {cols}")
        print("-" * 102)
        forms = sorted({f for g, _, f in stats if f and g == group})
        for form in [*forms, None]:
            name = form or "ALL"
            print(f"{name:16} | {_row(stats[(group, 'dev', form)])} | {_row(stats[(group, 'test', form)])}")


if __name__ == "__main__":
    main()
