"""Build the shipped synonym table from WordNet 3.0 (``quotecheck/data/wordnet-synonyms.tsv.gz``).

Usage, from the project root, with Debian's ``wordnet-base`` unpacked or installed::

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
    python -m quotecheck.lexicon.build /tmp/wn/usr/share/wordnet

(or ``apt-get install -y wordnet-base`` and the default ``/usr/share/wordnet``).
The product reads only the table this writes; WordNet itself is not needed at
run time. The output is deterministic: rebuilding from the same WordNet gives
the same bytes.

The table holds, for single-word lemmas, what the paraphrase check needs and no
more (one line each, tab-separated):

- ``w  word  ids``: the word's synsets (its first ``MAX_SENSES`` senses per part
  of speech, the most frequent first in WordNet's index: "set" has 45 verb
  senses, and the rare ones would make it a synonym of nearly anything);
- ``h  id  ids``: synsets one hop from a synset (similar-to, verb group,
  derivation, a verb's hypernym: "dread" → "fear");
- ``a  word  words``: WordNet's antonyms ("love" / "hate", "wise" / "foolish");
- ``x  inflected  base``: irregular forms (noun.exc, verb.exc, adj.exc:
  "men" → "man", "taken" → "take").

Synset ids are renumbered densely and written in base 36 to keep the file small.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "wordnet-synonyms.tsv.gz"
POS = ("noun", "verb", "adj", "adv")
MAX_SENSES = 4
# pointer symbols followed one hop: similar to, verb group, derivationally related, also see
HOP = {"&", "$", "+"}
VERB_HOP = {"@"}  # a verb's hypernym ("dread" -> "fear"); a noun's ("enemy" -> "person") is too broad


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def _word(lemma: str) -> str | None:
    """A single lowercase word (adjective markers such as "(a)" stripped), else None."""
    w = lemma.split("(")[0].lower()
    return w if w.isalpha() else None


def build(wordnet: Path) -> dict[str, list[tuple[str, ...]]]:
    ids: dict[str, int] = {}

    def sid(pos: str, offset: str) -> int:
        key = pos[0] + offset
        if key not in ids:
            ids[key] = len(ids)
        return ids[key]

    words: dict[str, list[int]] = defaultdict(list)
    for pos in POS:
        for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            word = _word(f[0])
            if word is None:
                continue
            n_ptr = int(f[3])
            offsets = f[4 + n_ptr + 2 :]
            for off in offsets[:MAX_SENSES]:
                s = sid(pos, off)
                if s not in words[word]:
                    words[word].append(s)
    hops: dict[int, set[int]] = defaultdict(set)
    antonyms: dict[str, set[str]] = defaultdict(set)
    symbol_pos = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
    for pos in POS:
        for line in (wordnet / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            offset, n_words = f[0], int(f[3], 16)
            lemmas = [_word(f[4 + 2 * i]) for i in range(n_words)]
            k = 4 + 2 * n_words
            n_ptr = int(f[k])
            me = sid(pos, offset)
            for p in range(n_ptr):
                symbol, target, tpos, st = f[k + 1 + 4 * p : k + 5 + 4 * p]
                tpos_name = symbol_pos[tpos]
                if symbol == "!":
                    src, dst = int(st[:2], 16), int(st[2:], 16)
                    a = lemmas[src - 1] if src else None
                    b = _target_word(wordnet, tpos_name, target, dst)
                    if a and b:
                        antonyms[a].add(b)
                        antonyms[b].add(a)
                elif symbol in HOP or (pos == "verb" and symbol in VERB_HOP):
                    hops[me].add(sid(tpos_name, target))
    exceptions: dict[str, str] = {}
    for pos in ("noun", "verb", "adj"):
        for line in (wordnet / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            f = line.split()
            if len(f) >= 2 and f[0].isalpha() and f[1].isalpha() and f[0] not in exceptions:
                exceptions[f[0]] = f[1]
    used = {s for ss in words.values() for s in ss}
    return {
        "w": [(w, " ".join(_b36(s) for s in ss)) for w, ss in sorted(words.items())],
        "h": [
            (_b36(s), " ".join(_b36(t) for t in sorted(ts & used)))
            for s, ts in sorted(hops.items())
            if s in used and ts & used
        ],
        "a": [(w, " ".join(sorted(bs))) for w, bs in sorted(antonyms.items())],
        "x": sorted(exceptions.items()),
    }


_DATA_CACHE: dict[str, dict[str, str]] = {}


def _target_word(wordnet: Path, pos: str, offset: str, index: int) -> str | None:
    """The ``index``-th lemma (1-based) of the synset at ``offset`` in ``data.pos``."""
    if pos not in _DATA_CACHE:
        table = {}
        for line in (wordnet / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                table[line[:8]] = line
        _DATA_CACHE[pos] = table
    f = _DATA_CACHE[pos][offset].split()
    return _word(f[4 + 2 * (index - 1)]) if index else None


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0] if args else "/usr/share/wordnet")
    table = build(wordnet)
    lines = [f"{kind}\t{a}\t{b}" for kind, rows in table.items() for a, b in rows]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(lines) + "\n").encode())
    print(f"{OUT}: {sum(map(len, table.values()))} rows, {OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
