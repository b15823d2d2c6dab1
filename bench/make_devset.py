#!/usr/bin/env python
"""Build ``bench/devset.jsonl``: the labelled evaluation set for the matcher.

    python bench/make_devset.py [--out bench/devset.jsonl] [--check-bench /tmp/gb/gutenberg-bench]

Deterministic: a seeded ``random.Random`` drives every choice and the output
is written in a fixed order, so re-running reproduces the file byte for byte.

Two kinds of items:

* programmatic ones (``verbatim``, ``verbatim_ellipsis_bracket``,
  ``typography``, ``substitution``, ``omission``, ``addition``, ``reorder``,
  ``typo``, ``meaning_change``): a real passage is cut out of the stored text
  of a shipped work and, for the altered categories, changed by a small,
  recorded edit;
* hand-written ones (``famous_misquote``, ``misattributed``, ``paraphrase``,
  ``fabricated``, ``provenance`` and a few extra verbatim and meaning-change
  items) from ``bench/devset_manual.py``. Each names its source by an anchor
  phrase that this script finds in the work, so every offset is computed, not
  typed.

Every offset is into the *stored* text of the work,
``prepare_text(read_path(path), path).text``, and every label is checked here
by assertion against that text (see ``check_item``); ``tests/test_devset.py``
checks the written file again independently.

The shared corpus (``../shared/corpus``) is read; the shipped ``corpus/*.txt.gz``
holds the same bytes and is used when the shared copy is missing.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import devset_manual as manual  # noqa: E402

from quotecheck.corpus.library import prepare_text  # noqa: E402
from quotecheck.io.document import read_path  # noqa: E402
from quotecheck.normalize import fold, tokenize  # noqa: E402

SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
SHIPPED_CORPUS = ROOT / "corpus"
OUT = ROOT / "bench" / "devset.jsonl"
ALSO_IN_FILE = ROOT / "bench" / "devset_also_in.json"
ALSO_IN: dict[str, list[str]] = {}
SEED = 20240611

# Files holding the same text in another edition or selection: a match on any
# of them counts (the item lists the other spans as ``source_alternatives``).
EDITION_GROUPS = [
    {"darwin_origin-of-species-1st-ed.txt", "darwin_origin-of-species-6th-ed.txt"},
    {"wilde_dorian-gray.txt", "wilde_picture-of-dorian-gray.txt"},
    {"emerson_essays-first-series.txt", "emerson_essays-selected.txt"},
    {"tennyson_maud-and-other-poems.txt", "tennyson_selections-wordsworth-tennyson.txt"},
    {"lincoln_gettysburg-address.txt", "lincoln_papers-and-writings.txt"},
]
# Files that carry a copy of another work's text: the Declaration file is a
# compilation that also holds the Gettysburg Address (and the Constitution,
# inaugural addresses...), so a match on that copy is a match on the address.
EMBEDDED_COPIES = {"lincoln_gettysburg-address.txt": {"jefferson_declaration-of-independence.txt"}}

# How a writer would name the author of each work (None: no single author to claim).
AUTHOR_NAMES = {
    "aurelius_meditations.txt": ["Marcus Aurelius"],
    "austen_pride-and-prejudice.txt": ["Jane Austen", "Austen"],
    "bronte_jane-eyre.txt": ["Charlotte Brontë", "Charlotte Bronte"],
    "browning_sonnets-from-the-portuguese.txt": ["Elizabeth Barrett Browning"],
    "burns_poems-and-songs.txt": ["Robert Burns", "Burns"],
    "butler_hudibras.txt": ["Samuel Butler"],
    "carroll_alices-adventures-in-wonderland.txt": ["Lewis Carroll"],
    "carroll_through-the-looking-glass.txt": ["Lewis Carroll"],
    "coleridge_rime-of-the-ancient-mariner.txt": ["Samuel Taylor Coleridge", "Coleridge"],
    "darwin_origin-of-species-1st-ed.txt": ["Charles Darwin", "Darwin"],
    "darwin_origin-of-species-6th-ed.txt": ["Charles Darwin", "Darwin"],
    "dickens_oliver-twist.txt": ["Charles Dickens", "Dickens"],
    "dickens_tale-of-two-cities.txt": ["Charles Dickens", "Dickens"],
    "dickinson_poems.txt": ["Emily Dickinson"],
    "donne_devotions.txt": ["John Donne"],
    "doyle_adventures-of-sherlock-holmes.txt": ["Arthur Conan Doyle", "Conan Doyle"],
    "doyle_memoirs-of-sherlock-holmes.txt": ["Arthur Conan Doyle", "Conan Doyle"],
    "doyle_return-of-sherlock-holmes.txt": ["Arthur Conan Doyle", "Conan Doyle"],
    "doyle_sign-of-the-four.txt": ["Arthur Conan Doyle", "Conan Doyle"],
    "emerson_essays-first-series.txt": ["Ralph Waldo Emerson", "Emerson"],
    "emerson_essays-selected.txt": ["Ralph Waldo Emerson", "Emerson"],
    "engels_condition-of-the-working-class-in-england.txt": ["Friedrich Engels", "Engels"],
    "engels_origin-of-the-family.txt": ["Friedrich Engels", "Engels"],
    "engels_revolution-and-counter-revolution-in-germany.txt": ["Friedrich Engels"],
    "federalist_papers.txt": None,
    "franklin_autobiography.txt": ["Benjamin Franklin", "Franklin"],
    "franklin_way-to-wealth.txt": ["Benjamin Franklin", "Franklin"],
    "frost_mountain-interval.txt": ["Robert Frost"],
    "gray_select-poems.txt": ["Thomas Gray"],
    "hobbes_leviathan.txt": ["Thomas Hobbes", "Hobbes"],
    "hungerford_molly-bawn.txt": ["Margaret Wolfe Hungerford", "Mrs. Hungerford"],
    "jefferson_declaration-of-independence.txt": ["Thomas Jefferson"],
    "keats_endymion.txt": ["John Keats", "Keats"],
    "kjv_bible.txt": None,
    "lenin_letter-to-american-workingmen.txt": ["V. I. Lenin", "Lenin"],
    "lenin_proletarian-revolution-and-renegade-kautsky.txt": ["V. I. Lenin", "Lenin"],
    "lenin_state-and-revolution.txt": ["V. I. Lenin", "Lenin"],
    "lincoln_gettysburg-address.txt": ["Abraham Lincoln", "Lincoln"],
    "lincoln_papers-and-writings.txt": ["Abraham Lincoln", "Lincoln"],
    "lovelace_lucasta.txt": ["Richard Lovelace"],
    "machiavelli_the-prince.txt": ["Niccolò Machiavelli", "Machiavelli"],
    "marx_communist-manifesto.txt": ["Karl Marx", "Marx and Engels"],
    "marx_critique-of-political-economy.txt": ["Karl Marx", "Marx"],
    "marx_eighteenth-brumaire.txt": ["Karl Marx", "Marx"],
    "melville_moby-dick.txt": ["Herman Melville", "Melville"],
    "mill_on-liberty.txt": ["John Stuart Mill", "J. S. Mill"],
    "milton_paradise-lost.txt": ["John Milton", "Milton"],
    "paine_common-sense.txt": ["Thomas Paine", "Tom Paine"],
    "plato_republic.txt": ["Plato"],
    "poe_the-raven.txt": ["Edgar Allan Poe", "Poe"],
    "pope_essay-on-criticism.txt": ["Alexander Pope", "Pope"],
    "rousseau_confessions-vol06.txt": ["Jean-Jacques Rousseau", "Rousseau"],
    "santayana_life-of-reason.txt": ["George Santayana", "Santayana"],
    "scott_marmion.txt": ["Walter Scott", "Sir Walter Scott"],
    "shakespeare_hamlet.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_henry-iv-part-1.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_henry-iv-part-2.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_henry-v.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_julius-caesar.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_king-john.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_macbeth.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_merchant-of-venice.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_romeo-and-juliet.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_sonnets.txt": ["William Shakespeare", "Shakespeare"],
    "shakespeare_tempest.txt": ["William Shakespeare", "Shakespeare"],
    "smith_wealth-of-nations.txt": ["Adam Smith"],
    "suntzu_art-of-war.txt": ["Sun Tzu"],
    "tennyson_maud-and-other-poems.txt": ["Alfred Tennyson", "Tennyson"],
    "tennyson_selections-wordsworth-tennyson.txt": None,
    "thoreau_walden.txt": ["Henry David Thoreau", "Thoreau"],
    "trotsky_their-morals-and-ours.txt": ["Leon Trotsky", "Trotsky"],
    "twain_chapters-from-my-autobiography.txt": ["Mark Twain"],
    "twain_huckleberry-finn.txt": ["Mark Twain"],
    "twain_puddnhead-wilson.txt": ["Mark Twain"],
    "wilde_dorian-gray.txt": ["Oscar Wilde"],
    "wilde_lady-windermeres-fan.txt": ["Oscar Wilde"],
    "wilde_picture-of-dorian-gray.txt": ["Oscar Wilde"],
}

# Short work names a writer would give as claimed_work.
WORK_NAMES = {
    "kjv_bible.txt": "the King James Bible",
    "federalist_papers.txt": "The Federalist",
    "darwin_origin-of-species-1st-ed.txt": "On the Origin of Species",
    "darwin_origin-of-species-6th-ed.txt": "The Origin of Species",
    "tennyson_selections-wordsworth-tennyson.txt": None,
    "lincoln_papers-and-writings.txt": None,
    "emerson_essays-selected.txt": None,
    "engels_condition-of-the-working-class-in-england.txt": "The Condition of the Working Class in England",
    "lenin_state-and-revolution.txt": "The State and Revolution",
    "lenin_proletarian-revolution-and-renegade-kautsky.txt": "The Proletarian Revolution and the Renegade Kautsky",
    "marx_communist-manifesto.txt": "The Communist Manifesto",
    "marx_critique-of-political-economy.txt": "A Contribution to the Critique of Political Economy",
    "engels_revolution-and-counter-revolution-in-germany.txt": "Revolution and Counter-Revolution in Germany",
    "twain_chapters-from-my-autobiography.txt": "Chapters from My Autobiography",
    "burns_poems-and-songs.txt": None,
    "gray_select-poems.txt": None,
    "dickinson_poems.txt": None,
    "tennyson_maud-and-other-poems.txt": None,
    "suntzu_art-of-war.txt": "The Art of War",
    "plato_republic.txt": "The Republic",
    "machiavelli_the-prince.txt": "The Prince",
    "santayana_life-of-reason.txt": "The Life of Reason",
    "rousseau_confessions-vol06.txt": "Confessions",
    "jefferson_declaration-of-independence.txt": "the Declaration of Independence",
    "franklin_way-to-wealth.txt": "The Way to Wealth",
}

# --------------------------------------------------------------------------- corpus


def norm_string(text: str) -> str:
    """The folded words of ``text`` between single spaces, padded: ``" a b c "``."""
    return " " + " ".join(fold(text).split()) + " "


@dataclass
class Work:
    file: str
    title: str
    author: str
    text: str
    normstr: str
    _tokens: list | None = None
    _word_pos: list[int] = field(default_factory=list)

    @property
    def tokens(self):
        if self._tokens is None:
            self._tokens = tokenize(self.text)
            assert [t.norm for t in self._tokens] == self.normstr.split()
            pos, starts = 0, []
            for tok in self._tokens:
                starts.append(pos)
                pos += len(tok.norm) + 1
            self._word_pos = starts  # position of word i in normstr[1:]
        return self._tokens

    def word_index(self, normpos: int) -> int:
        """Index of the word starting right after ``normstr[normpos]`` (a space)."""
        self.tokens  # noqa: B018 - builds _word_pos
        i = bisect.bisect_left(self._word_pos, normpos)
        assert self._word_pos[i] == normpos, (self.file, normpos)
        return i

    def find_all(self, phrase_norm: str) -> list[tuple[int, int]]:
        """Character spans of every occurrence of a folded phrase (``" a b "``)."""
        spans, pos = [], self.normstr.find(phrase_norm)
        nwords = len(phrase_norm.split())
        while pos >= 0:
            i = self.word_index(pos)
            toks = self.tokens
            spans.append((toks[i].start, toks[i + nwords - 1].end))
            pos = self.normstr.find(phrase_norm, pos + 1)
        return spans


def load_corpus() -> dict[str, Work]:
    base = SHARED_CORPUS if (SHARED_CORPUS / "works.jsonl").exists() else SHIPPED_CORPUS
    works = {}
    with (base / "works.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            entry = json.loads(line)
            path = base / entry["file"]
            if not path.exists():
                path = base / (entry["file"] + ".gz")
            text = prepare_text(read_path(path), entry["file"]).text
            works[entry["file"]] = Work(
                entry["file"], entry["title"], entry["author"], text, norm_string(text)
            )
    return works


WORKS: dict[str, Work] = {}


def group_of(file: str) -> set[str]:
    for group in EDITION_GROUPS:
        if file in group:
            return group
    return {file}


def occurrences(phrase_norm: str) -> dict[str, int]:
    return {f: w.normstr.count(phrase_norm) for f, w in WORKS.items() if phrase_norm in w.normstr}


def in_any_work(text: str) -> bool:
    n = norm_string(text)
    return n.strip() != "" and any(n in w.normstr for w in WORKS.values())


def locate(file: str, anchor: str, occurrence: int | None = None) -> tuple[int, int]:
    """The span of ``anchor`` (compared folded) in ``file``; unique unless ``occurrence`` is given."""
    spans = WORKS[file].find_all(norm_string(anchor))
    if occurrence is None:
        assert len(spans) == 1, f"{file}: anchor {anchor!r} found {len(spans)} times"
        return spans[0]
    return spans[occurrence]


def alternatives(file: str, start: int, end: int) -> tuple[list[dict], list[str]]:
    """Other spans with the same words: in the same work or another edition of it
    (``source_alternatives``), and other works quoting them (``quoted_in``)."""
    phrase = norm_string(WORKS[file].text[start:end])
    alts, quoted = [], []
    group = group_of(file) | EMBEDDED_COPIES.get(file, set())
    for f, work in WORKS.items():
        if phrase not in work.normstr:
            continue
        if f in group:
            alts.extend(
                {"file": f, "start": s, "end": e}
                for s, e in work.find_all(phrase)
                if not (f == file and s < end and e > start)  # not the source span itself
            )
        else:
            quoted.append(f)
    return alts, quoted


# --------------------------------------------------------------------------- passages

SPEAKER = re.compile(r"^\s*(?:[A-Z][A-Z’'.-]*(?: [A-Z][A-Z’'.-]*)*)\.(?:\s+|\n)")
VERSE_REF = re.compile(r"\b\d{1,3}:\d{1,3}\s*")
BAD_CHARS = set("[]{}<>|*#=_\\/@$%^~+")


# Parts of a file to draw programmatic passages from, as (first words, last words):
# the Declaration file also holds the Constitution and inaugural addresses of
# other presidents, the Gettysburg file a transcriber's preface.
RANGES = {
    "jefferson_declaration-of-independence.txt": (
        "When in the Course of human events",
        "and our sacred Honor",
    ),
    "lincoln_gettysburg-address.txt": ("Four score and seven years ago", "shall not perish from this earth"),
}
# Works set as verse lines (Hamlet's verse is run together as prose in this edition).
VERSE_FILES = {
    "browning_sonnets-from-the-portuguese.txt",
    "burns_poems-and-songs.txt",
    "butler_hudibras.txt",
    "coleridge_rime-of-the-ancient-mariner.txt",
    "dickinson_poems.txt",
    "frost_mountain-interval.txt",
    "gray_select-poems.txt",
    "keats_endymion.txt",
    "lovelace_lucasta.txt",
    "milton_paradise-lost.txt",
    "poe_the-raven.txt",
    "pope_essay-on-criticism.txt",
    "scott_marmion.txt",
    "shakespeare_sonnets.txt",
    "tennyson_maud-and-other-poems.txt",
    "tennyson_selections-wordsworth-tennyson.txt",
    "shakespeare_henry-iv-part-1.txt",
    "shakespeare_henry-iv-part-2.txt",
    "shakespeare_henry-v.txt",
    "shakespeare_julius-caesar.txt",
    "shakespeare_king-john.txt",
    "shakespeare_macbeth.txt",
    "shakespeare_merchant-of-venice.txt",
    "shakespeare_romeo-and-juliet.txt",
    "shakespeare_tempest.txt",
}


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


# --------------------------------------------------------------------------- edits

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")

SYNONYMS = {
    "great": "large",
    "large": "great",
    "small": "little",
    "little": "small",
    "big": "large",
    "begin": "start",
    "quickly": "swiftly",
    "often": "frequently",
    "perhaps": "maybe",
    "shall": "will",
    "will": "shall",
    "upon": "on",
    "whilst": "while",
    "among": "amongst",
    "toward": "towards",
    "towards": "toward",
    "answered": "replied",
    "replied": "answered",
    "house": "home",
    "world": "earth",
    "earth": "world",
    "heart": "soul",
    "soul": "spirit",
    "spoke": "talked",
    "looked": "gazed",
    "saw": "beheld",
    "fear": "dread",
    "strong": "powerful",
    "country": "nation",
    "nation": "country",
    "people": "folk",
    "woman": "lady",
    "lady": "woman",
    "happy": "glad",
    "glad": "happy",
    "sad": "sorrowful",
    "beautiful": "lovely",
    "lovely": "beautiful",
    "road": "path",
    "path": "way",
    "light": "glow",
    "dark": "gloomy",
    "quiet": "silent",
    "silent": "quiet",
    "shut": "closed",
    "close": "near",
    "near": "close",
    "wish": "desire",
    "desire": "wish",
    "seek": "search",
    "find": "discover",
    "found": "discovered",
    "take": "seize",
    "took": "seized",
    "said": "remarked",
    "says": "remarks",
    "think": "believe",
    "thought": "believed",
    "power": "strength",
    "strength": "power",
    "labour": "work",
    "labor": "work",
    "work": "labour",
    "wealth": "riches",
    "riches": "wealth",
    "state": "government",
    "government": "state",
    "law": "rule",
    "laws": "rules",
    "friend": "companion",
    "friends": "companions",
    "ancient": "old",
    "old": "ancient",
    "young": "youthful",
    "children": "offspring",
    "father": "parent",
    "mind": "intellect",
    "reason": "cause",
    "truth": "verity",
    "end": "close",
    "means": "methods",
    "cried": "shouted",
    "answer": "reply",
    "fair": "lovely",
    "sweet": "gentle",
    "gentle": "mild",
    "kind": "sort",
    "sort": "kind",
    "way": "manner",
    "sea": "ocean",
    "ocean": "sea",
    "king": "monarch",
    "fellow": "man",
    "wife": "spouse",
    "sword": "blade",
    "blood": "gore",
    "death": "demise",
    "die": "perish",
    "war": "battle",
    "began": "commenced",
    "rich": "wealthy",
    "wealthy": "rich",
    "city": "town",
    "town": "city",
    "indeed": "truly",
    "therefore": "thus",
    "thus": "so",
    "whole": "entire",
    "entire": "whole",
    "certain": "sure",
    "sure": "certain",
    "chief": "main",
    "principal": "chief",
    "nature": "creation",
    "manner": "fashion",
    "face": "countenance",
    "voice": "tone",
    "room": "chamber",
    "door": "gate",
    "words": "speech",
    "heaven": "paradise",
    "night": "evening",
    "morning": "dawn",
}
NEGATION_DROP = re.compile(r"\b(not|never)\s+", re.I)
AUXILIARIES = "is was are were can will shall should would could may must do does did".split()
NUMBERS = {
    "two": "three",
    "three": "four",
    "four": "five",
    "five": "six",
    "six": "seven",
    "seven": "eight",
    "eight": "nine",
    "nine": "ten",
    "ten": "twelve",
    "twelve": "twenty",
    "twenty": "thirty",
    "thirty": "forty",
    "forty": "fifty",
    "fifty": "sixty",
    "hundred": "thousand",
    "thousand": "hundred",
    "first": "second",
    "second": "third",
    "third": "fourth",
    "half": "quarter",
    "once": "twice",
    "twice": "thrice",
    "one": "two",
}
QUANTIFIERS = {
    "all": "some",
    "every": "no",
    "always": "never",
    "never": "always",
    "many": "few",
    "few": "many",
    "everything": "nothing",
    "nothing": "everything",
    "more": "less",
    "most": "least",
    "everybody": "nobody",
    "nobody": "everybody",
    "none": "all",
    "some": "all",
    "no": "every",
}
ADDITIONS = [
    "very",
    "truly",
    "indeed",
    "really",
    "still",
    "quite",
    "surely",
    "just",
    "certainly",
    "in fact",
    "of course",
    "even",
    "simply",
    "perhaps",
]
PROTECTED = set(NUMBERS) | set(QUANTIFIERS) | {"not", "never", "no", "nor", "neither", "n't"}


def words_of(q: str) -> list[re.Match]:
    return list(WORD.finditer(q))


def match_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[0].isupper():
        return new[0].upper() + new[1:]
    return new


def replace_span(q: str, s: int, e: int, new: str) -> str:
    return q[:s] + new + q[e:]


def edit_substitution(rng, q):
    ws = [m for m in words_of(q)[1:-1] if m.group().lower() in SYNONYMS]
    if not ws:
        return None
    chosen = sorted(rng.sample(ws, min(len(ws), rng.choice([1, 1, 2]))), key=lambda m: -m.start())
    notes = []
    for m in chosen:
        new = match_case(SYNONYMS[m.group().lower()], m.group())
        q = replace_span(q, m.start(), m.end(), new)
        notes.append(f"{m.group()!r}->{new!r}")
    return q, "substituted " + ", ".join(reversed(notes))


def edit_omission(rng, q):
    ws = words_of(q)
    if len(ws) < 10:
        return None
    for _ in range(50):
        n = rng.choice([1, 2, 2, 3, 4])
        i = rng.randint(2, len(ws) - n - 2)
        span = ws[i : i + n]
        if any(m.group().lower() in PROTECTED for m in span):
            continue
        s, e = span[0].start(), ws[i + n].start()
        gone = q[s:e]
        if any(c in gone for c in '"“”'):
            continue
        return q[:s] + q[e:], f"silently omitted {gone.strip()!r}"
    return None


ADJECTIVE = re.compile(r"[a-z]+(ful|ous|ive|able|ible|less|ent|ant|ish|ic|ing|est|er)$")


def edit_addition(rng, q):
    """Add a word where a writer might: an intensifier before an adjective-looking word,
    a sentence adverb after a comma, or 'also'/'still' after an auxiliary."""
    ws = words_of(q)
    if len(ws) < 6:
        return None
    options = []
    for m in ws[1:-1]:
        w = m.group()
        if ADJECTIVE.fullmatch(w) and len(w) > 5:
            options.append((m.start(), rng.choice(["very", "truly", "most", "quite"]), w))
        if w.lower() in ("is", "was", "are", "were", "had", "have", "has", "will", "would"):
            options.append((m.end(), rng.choice(["also", "still", "surely", "indeed"]), w))
    for m in re.finditer(r", (?=[a-z])", q):
        options.append((m.end(), rng.choice(["indeed,", "of course,", "in fact,", "surely,"]), "comma"))
    if not options:
        return None
    pos, add, where = rng.choice(options)
    if q[pos - 1 : pos] == " " or pos == 0:
        new = q[:pos] + add + " " + q[pos:]
    else:
        new = q[:pos] + " " + add + q[pos:]
    return new, f"added {add.rstrip(',')!r} ({'after a comma' if where == 'comma' else 'at ' + repr(where)})"


def edit_reorder(rng, q):
    # 1. "X and Y" / "X or Y" with single words: swap them
    pairs = [
        m
        for m in re.finditer(
            r"\b([A-Za-z]{3,}) (and|or) ([A-Za-z]{3,})\b(?=[,.;:!?]| (?:the|of|to|in|that|which|for|with|as|is|was|are|were|by|on|at)\b)",
            q,
        )
        if m.group(1).lower() != m.group(3).lower()
        and m.group(1).lower() not in PROTECTED
        and m.group(1).lower() not in ("and", "the", "for", "but", "nor")
        and m.group(3).lower() not in ("the", "his", "her", "their", "its", "all", "that", "then", "this")
    ]
    if pairs:
        m = rng.choice(pairs)
        a, c = m.group(1), m.group(3)
        new = (
            f"{match_case(c, a) if a[0].isupper() else c.lower() if not c.isupper() else c} {m.group(2)} "
            f"{a.lower() if a[0].isupper() and not a.isupper() else a}"
        )
        return replace_span(q, m.start(), m.end(), new), f"swapped {a!r} and {c!r}"
    # 2. two clauses separated by ", " inside a sentence: swap neighbours
    parts = re.split(r"(, )", q.rstrip(".!?;:"))
    clauses = parts[::2]
    if len(clauses) >= 3:
        k = rng.randint(1, len(clauses) - 2)
        if 3 <= len(clauses[k].split()) <= 8 and 3 <= len(clauses[k + 1].split()) <= 8:
            clauses[k], clauses[k + 1] = clauses[k + 1], clauses[k]
            tail = q[len(q.rstrip(".!?;:")) :]
            return ", ".join(clauses) + tail, "swapped two comma-separated phrases"
    # 3. swap two adjacent words
    ws = words_of(q)
    for _ in range(30):
        i = rng.randint(1, len(ws) - 3)
        a, b = ws[i], ws[i + 1]
        if q[a.end() : b.start()] != " " or a.group().lower() == b.group().lower():
            continue
        new = b.group() + " " + a.group()
        return replace_span(q, a.start(), b.end(), new), f"swapped adjacent words {a.group()!r} {b.group()!r}"
    return None


KEYS = "qwertyuiopasdfghjklzxcvbnm"


def edit_typo(rng, q):
    ws = [m for m in words_of(q) if len(m.group()) >= 5 and m.group().isalpha()]
    if not ws:
        return None
    chosen = sorted(rng.sample(ws, min(len(ws), rng.choice([1, 1, 2, 3]))), key=lambda m: -m.start())
    notes = []
    for m in chosen:
        w = m.group()
        k = rng.randint(1, len(w) - 2)
        kind = rng.choice(["swap", "drop", "double", "wrong"])
        if kind == "swap" and w[k] != w[k + 1]:
            new = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
        elif kind == "drop":
            new = w[:k] + w[k + 1 :]
        elif kind == "double":
            new = w[:k] + w[k] + w[k:]
        else:
            c = rng.choice([x for x in KEYS if x != w[k].lower()])
            new = w[:k] + c + w[k + 1 :]
        q = replace_span(q, m.start(), m.end(), new)
        notes.append(f"{w!r}->{new!r}")
    return q, "typos " + ", ".join(reversed(notes))


def edit_meaning(rng, q, kind, names=None):
    ws = words_of(q)
    if kind == "negation":
        m = list(NEGATION_DROP.finditer(q))
        if m and rng.random() < 0.6:
            x = rng.choice(m)
            return q[: x.start()] + q[x.end() :], f"dropped {x.group().strip()!r}"
        aux = [w for w in ws[:-1] if w.group().lower() in AUXILIARIES]
        aux = [w for w in aux if not re.match(r"\s+(not|never|n[o’']t)\b", q[w.end() :], re.I)]
        if not aux:
            return None
        w = rng.choice(aux)
        return q[: w.end()] + " not" + q[w.end() :], f"added 'not' after {w.group()!r}"
    if kind == "number":
        cand = [w for w in ws if w.group().lower() in NUMBERS]
        cand += [m for m in re.finditer(r"\b\d+\b", q)]
        if not cand:
            return None
        w = rng.choice(cand)
        old = w.group()
        new = (
            str(int(old) + rng.choice([1, 2, 10])) if old.isdigit() else match_case(NUMBERS[old.lower()], old)
        )
        return replace_span(q, w.start(), w.end(), new), f"number {old!r}->{new!r}"
    if kind == "quantifier":
        cand = [w for w in ws if w.group().lower() in QUANTIFIERS]
        if not cand:
            return None
        w = rng.choice(cand)
        new = match_case(QUANTIFIERS[w.group().lower()], w.group())
        return replace_span(q, w.start(), w.end(), new), f"quantifier {w.group()!r}->{new!r}"
    if kind == "name":
        cand = [w for w in ws[1:] if w.group() in names]
        if not cand:
            return None
        w = rng.choice(cand)
        other = rng.choice(sorted(n for n in names if n != w.group()))
        return replace_span(q, w.start(), w.end(), other), f"name {w.group()!r}->{other!r}"
    raise ValueError(kind)


def typography(rng, q):
    """Changes that keep the folded words: case, punctuation, quote marks, spelling."""
    ops = []
    # spelling: British <-> American forms that fold together
    for m in sorted(words_of(q), key=lambda m: -m.start()):
        alt = spelling_variant(m.group())
        if alt:
            q = replace_span(q, m.start(), m.end(), alt)
            ops.append(f"spelling {m.group()!r}->{alt!r}")
    choices = ["lower", "curly", "straight", "punct", "dash", "upper_first", "caps_word"]
    for op in rng.sample(choices, 3):
        before = q
        if op == "lower" and not ops:
            q = q.lower()
        elif op == "curly":
            q = re.sub(r"(?<=\w)'(?=\w)", "’", q)
            q = re.sub(r'"(?=\w)', "“", q)
            q = re.sub(r'(?<=[\w.,!?])"', "”", q)
        elif op == "straight":
            q = q.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        elif op == "punct":
            q = re.sub(r";", ",", q)
            q = re.sub(r",(?= )", "", q, count=2)
            q = re.sub(r"!$", ".", q)
        elif op == "dash":
            q = q.replace("--", "—").replace(" — ", "—")
        elif op == "upper_first" and not words_of(q)[0].group().isupper():
            q = q[0].lower() + q[1:] if q[0].isupper() else q[0].upper() + q[1:]
        elif op == "caps_word":
            ws = [m for m in words_of(q) if len(m.group()) > 3]
            if ws:
                m = rng.choice(ws)
                q = replace_span(q, m.start(), m.end(), m.group().upper())
        if q != before:
            ops.append(op)
    return q, ops


# --------------------------------------------------------------------------- items


def claim(rng, file, mode=None):
    names = AUTHOR_NAMES.get(file)
    r = rng.random() if mode is None else mode
    if not names or r < 0.4:
        return None, None
    author = rng.choice(names)
    work = WORK_NAMES.get(file, WORKS[file].title) if r > 0.75 else None
    return author, work


def base_item(
    cat,
    idx,
    quote,
    verdict,
    file=None,
    start=None,
    end=None,
    author=None,
    work=None,
    meaning=False,
    note="",
    **extra,
):
    item = {
        "id": f"{cat}-{idx:03d}",
        "category": cat,
        "quote": quote,
        "claimed_author": author,
        "claimed_work": work,
        "expected_verdict": verdict,
        "source": {"file": file, "start": start, "end": end} if file else None,
        "meaning_change": meaning,
        "note": note,
    }
    if file:
        alts, quoted = alternatives(file, start, end)
        if alts:
            item["source_alternatives"] = alts
        if quoted:
            item["quoted_in"] = quoted
    item.update(extra)
    return item


def work_cycle(rng, exclude=()):
    files = sorted(f for f in WORKS if PARAS[f] and f not in exclude)
    while True:
        order = files[:]
        rng.shuffle(order)
        yield from order


PARAS: dict[str, list[Para]] = {}


def build_programmatic(rng) -> list[dict]:
    items: list[dict] = []
    cyc = work_cycle(rng)

    def next_passage(nmin, nmax, require=None, sentence_start=True, exclude=()):
        for _ in range(200):
            f = next(cyc)
            if f in exclude:
                continue
            p = pick_passage(rng, f, nmin, nmax, sentence_start=sentence_start, require=require)
            if p:
                return p
        raise RuntimeError("no passage")

    def quote_of(p, slash=None):
        return clean_quote(p.raw, p.verse, rng.random() < 0.5 if slash is None else slash)

    # ---- verbatim
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

    # ---- ellipsis / bracket
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

    # ---- typography
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

    # ---- altered categories
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

    # ---- meaning changes (programmatic part; hand-written ones are added later)
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


PRONOUNS = {"he", "him", "she", "her", "they", "them", "it", "this", "who", "his"}


def insert_bracket(rng, q, context):
    """An editorial insertion: a gloss after a pronoun naming someone from the context,
    ``[sic]`` after a word, or ``[emphasis added]`` at the end."""
    ws = words_of(q)
    names = [m.group() for m in re.finditer(r"(?<=[a-z,] )[A-Z][a-z]{3,}", context)]
    pron = [m for m in ws[1:-1] if m.group().lower() in PRONOUNS]
    kind = rng.choice(["gloss", "gloss", "sic", "emphasis"])
    if kind == "gloss" and names and pron:
        m = rng.choice(pron)
        ins = f"[{rng.choice(sorted(set(names)))}]"
    elif kind == "emphasis":
        return q + " [emphasis added]", "[emphasis added]"
    else:
        m = rng.choice(ws[2:-1])
        ins = "[sic]"
    return q[: m.end()] + " " + ins + q[m.end() :], ins


def trigger(kind, names):
    if kind == "negation":
        return lambda q: bool(
            re.search(r"\b(not|never)\b", q) or re.search(r"\b(" + "|".join(AUXILIARIES) + r")\b", q)
        )
    if kind == "number":
        return lambda q: any(w.group().lower() in NUMBERS and w.group().lower() != "one" for w in words_of(q))
    if kind == "quantifier":
        return lambda q: any(
            w.group().lower() in QUANTIFIERS and w.group().lower() not in ("no", "some") for w in words_of(q)
        )
    return lambda q: any(w.group() in names for w in words_of(q)[1:])


# Character names to swap, per work (all verified to be names in these works).
NAMES = {
    "austen_pride-and-prejudice.txt": {
        "Elizabeth",
        "Jane",
        "Darcy",
        "Bingley",
        "Lydia",
        "Wickham",
        "Collins",
    },
    "bronte_jane-eyre.txt": {"Rochester", "Adele", "Helen", "Diana", "Mary", "Bessie", "Rivers"},
    "doyle_adventures-of-sherlock-holmes.txt": {"Holmes", "Watson", "Lestrade"},
    "doyle_memoirs-of-sherlock-holmes.txt": {"Holmes", "Watson", "Mycroft"},
    "doyle_return-of-sherlock-holmes.txt": {"Holmes", "Watson", "Lestrade", "Hopkins"},
    "doyle_sign-of-the-four.txt": {"Holmes", "Watson", "Morstan", "Sholto", "Athelney", "Jones"},
    "dickens_oliver-twist.txt": {"Oliver", "Fagin", "Nancy", "Sikes", "Bumble", "Noah", "Monks"},
    "dickens_tale-of-two-cities.txt": {"Lorry", "Darnay", "Carton", "Lucie", "Defarge", "Manette"},
    "melville_moby-dick.txt": {"Ahab", "Starbuck", "Stubb", "Queequeg", "Flask", "Ishmael"},
    "twain_huckleberry-finn.txt": {"Jim", "Tom", "Huck", "Sally", "Polly", "Mary"},
    "twain_puddnhead-wilson.txt": {"Roxy", "Tom", "Chambers", "Wilson", "Driscoll"},
    "carroll_alices-adventures-in-wonderland.txt": {"Alice", "Hatter", "Duchess", "Queen", "King"},
    "carroll_through-the-looking-glass.txt": {"Alice", "Kitty", "Humpty", "Tweedledum", "Tweedledee"},
    "hungerford_molly-bawn.txt": {"Molly", "Luttrell", "Marcia", "Letty", "Philip", "Tedcastle"},
    "wilde_picture-of-dorian-gray.txt": {"Dorian", "Basil", "Harry", "Sibyl"},
    "shakespeare_hamlet.txt": {"Hamlet", "Horatio", "Laertes", "Ophelia", "Polonius"},
    "shakespeare_julius-caesar.txt": {"Caesar", "Brutus", "Cassius", "Antony"},
    "plato_republic.txt": {"Socrates", "Glaucon", "Thrasymachus", "Adeimantus"},
}


def short_line(p: Passage) -> bool:
    """A whole short sentence or verse line (3-6 words), not a fragment."""
    work = WORKS[p.file]
    before = work.text[max(0, p.start - 3) : p.start]
    after = work.text[p.end : p.end + 2]
    starts_clean = before.strip() == "" or re.search(r"[.!?;:]['\"’”]?\s*$", before) or "\n" in before
    ends_clean = p.raw[-1] in ".!?" or (p.verse and after[:1] in ("\n", ";", ":", ",", "!", "?", "."))
    return bool(starts_clean and ends_clean and len(set(fold(p.raw).split())) >= 3 and "etc" not in p.raw)


SPELLING_SWAPS = (
    ("our", "or"),
    ("or", "our"),
    ("ours", "ors"),
    ("ise", "ize"),
    ("ize", "ise"),
    ("ised", "ized"),
    ("ized", "ised"),
    ("ising", "izing"),
    ("izing", "ising"),
    ("isation", "ization"),
    ("yse", "yze"),
)


OUR_STEMS = set(
    """hon col fav lab neighb behavi harb hum rum vap val vig rig ard cand clam od sav
    splend endeav parl arm arb ferv savi tum flav""".split()
)
ISE_STEMS = set(
    """real recogn organ civil apolog critic sympath author character emphas patron bapt moral
    idol scrutin colon harmon natural util special general human visual symbol tyrann agon""".split()
)


def spelling_variant(w: str) -> str | None:
    """Another spelling of ``w`` (British/American) that folds to the same word, if any."""
    low = w.lower()
    stem = re.sub(r"(our|or|ours|ors|oured|ored|ourite|orite)$", "", low)
    stem2 = re.sub(r"(ise|ize|ised|ized|ising|izing|isation|ization|ises|izes)$", "", low)
    if stem not in OUR_STEMS and stem2 not in ISE_STEMS:
        return None
    for a, b in SPELLING_SWAPS:
        if len(w) > 5 and w.lower().endswith(a):
            alt = w[: -len(a)] + b
            if fold(alt) == fold(w) and alt.lower() != w.lower():
                return alt
    return None


def has_spelling_variant(p: Passage) -> bool:
    return any(spelling_variant(m.group()) for m in words_of(p.raw))


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


# --------------------------------------------------------------------------- hand-written


def build_manual() -> list[dict]:
    items = []
    counters: dict[str, int] = {}

    def nid(cat):
        counters[cat] = counters.get(cat, 0) + 1
        return counters[cat]

    for spec in manual.ITEMS:
        cat = spec["category"]
        verdict = spec["verdict"]
        file = spec.get("file")
        start = end = None
        if file:
            start, end = locate(file, spec.get("anchor") or spec["quote"], spec.get("occurrence"))
        extra = {}
        if spec.get("meaning_change_kind"):
            extra["meaning_change_kind"] = spec["meaning_change_kind"]
        if cat == "provenance":
            extra["also_in"] = ALSO_IN.get(spec["quote"], [])
        if spec.get("omitted"):
            extra["omitted"] = [list(locate(file, o)) for o in spec["omitted"]]
        item = base_item(
            cat,
            nid(cat),
            spec["quote"],
            verdict,
            file,
            start,
            end,
            spec.get("author"),
            spec.get("work"),
            meaning=spec.get("meaning_change", False),
            note=spec.get("note", ""),
            **extra,
        )
        item["id"] = f"{cat}-{'m' if cat in PROGRAMMATIC else ''}{counters[cat]:03d}"
        items.append(item)
    return items


PROGRAMMATIC = {
    "verbatim",
    "verbatim_ellipsis_bracket",
    "typography",
    "substitution",
    "omission",
    "addition",
    "reorder",
    "typo",
    "meaning_change",
}

# --------------------------------------------------------------------------- checks

#: Categories of the labelled set, in file order.
CATEGORIES = [
    "verbatim",
    "verbatim_ellipsis_bracket",
    "typography",
    "substitution",
    "omission",
    "addition",
    "reorder",
    "typo",
    "meaning_change",
    "famous_misquote",
    "misattributed",
    "paraphrase",
    "fabricated",
    "provenance",
]

ELLIPSIS = re.compile(r"\[\s*(?:\.\s?){3,4}\s*\]|(?:\.\s?){2}\.(?:\s?\.)?|…")
BRACKETED = re.compile(r"\[[^\[\]]*\]")


def strip_marks(q: str) -> str:
    """The quotation without marked omissions and bracketed insertions."""
    return BRACKETED.sub(" ", ELLIPSIS.sub(" ", q))


def kept_text(item) -> str:
    src = item["source"]
    text = WORKS[src["file"]].text
    pieces, pos = [], src["start"]
    for s, e in sorted(item.get("omitted", [])):
        pieces.append(text[pos:s])
        pos = e
    pieces.append(text[pos : src["end"]])
    return " ".join(pieces)


def similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(" ".join(fold(a).split()), " ".join(fold(b).split()))


def check_item(item) -> None:
    v = item["expected_verdict"]
    q = item["quote"]
    src = item["source"]
    if v == "not_found":
        assert src is None, item["id"]
        assert not in_any_work(strip_marks(q)), f"{item['id']}: 'not_found' quote is in the corpus"
        return
    assert src, item["id"]
    work = WORKS[src["file"]]
    assert 0 <= src["start"] < src["end"] <= len(work.text)
    span = kept_text(item)
    if v in ("verbatim", "misattributed"):
        assert norm_string(strip_marks(q)) == norm_string(span), (item["id"], q, span)
    elif v == "altered":
        assert not in_any_work(strip_marks(q)), f"{item['id']}: 'altered' quote is verbatim in the corpus"
        floor = 45 if item["category"] == "famous_misquote" else 70
        assert similarity(q, span) >= floor, (item["id"], similarity(q, span), q, span)
    elif v == "paraphrase":
        assert not in_any_work(q), item["id"]
        assert similarity(q, span) < 80, (item["id"], similarity(q, span))
    if item["category"] == "provenance":
        assert item["also_in"], f"{item['id']}: no bench book quotes it"
    if v == "misattributed":
        claimed = (item["claimed_author"] or "").lower()
        surname = claimed.split()[-1]
        assert surname not in work.author.lower(), item["id"]


def check_fabricated(item) -> None:
    """No run of six folded words of a fabricated quote is in any work."""
    words = fold(item["quote"]).split()
    for i in range(len(words) - 5):
        gram = " " + " ".join(words[i : i + 6]) + " "
        hits = [f for f, w in WORKS.items() if gram in w.normstr]
        assert not hits, (item["id"], gram, hits)


# --------------------------------------------------------------------------- main


def build() -> list[dict]:
    rng = random.Random(SEED)
    for f, w in WORKS.items():
        PARAS[f] = paragraphs(w)
    items = build_programmatic(rng)
    try:
        items += build_manual()
    except AssertionError as exc:
        raise SystemExit(f"hand-written item: {exc}") from None
    items.sort(key=lambda it: (CATEGORIES.index(it["category"]), it["id"]))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    errors = []
    for it in items:
        try:
            check_item(it)
            if it["category"] == "fabricated":
                check_fabricated(it)
        except AssertionError as exc:
            errors.append(f"{it['id']}: {exc}")
    if errors:
        raise SystemExit("label checks failed:\n" + "\n".join(errors))
    return items


def bench_books(bench_dir: Path) -> dict[str, str]:
    books = {}
    for path in sorted(bench_dir.glob("*.txt")):
        raw = read_path(path)
        try:
            text = prepare_text(raw, str(path)).text
        except Exception:  # a few bench books defeat the licence stripper; search them whole
            text = raw
        books[path.name] = norm_string(text)
    return books


def bench_hits(books: dict[str, str], quote: str) -> list[str]:
    phrase = norm_string(strip_marks(quote))
    return sorted(f for f, s in books.items() if phrase in s)


def update_also_in(bench_dir: Path) -> None:
    """Find each provenance quote in the bench books and store the result in ALSO_IN_FILE."""
    books = bench_books(bench_dir)
    data = {
        spec["quote"]: bench_hits(books, spec["quote"])
        for spec in manual.ITEMS
        if spec["category"] == "provenance"
    }
    ALSO_IN_FILE.write_text(
        json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )


def check_bench(items, bench_dir: Path) -> int:
    """Recompute ``also_in`` of the provenance items from the bench books; report differences."""
    books = bench_books(bench_dir)
    bad = 0
    for it in items:
        if it["category"] != "provenance":
            continue
        found = bench_hits(books, it["quote"])
        if not found or found != it["also_in"]:
            bad += 1
            print(f"{it['id']}: also_in {it['also_in']} but found {found}  ({it['quote']!r})")
    print(f"checked {sum(it['category'] == 'provenance' for it in items)} provenance items; {bad} differ")
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check-bench", type=Path, help="directory of the extracted bench books: check also_in")
    ap.add_argument(
        "--update-also-in",
        type=Path,
        metavar="BENCH_DIR",
        help=f"recompute {ALSO_IN_FILE.name} from the extracted bench books first",
    )
    args = ap.parse_args(argv)
    WORKS.update(load_corpus())
    if args.update_also_in:
        update_also_in(args.update_also_in)
    ALSO_IN.update(json.loads(ALSO_IN_FILE.read_text(encoding="utf-8")))
    items = build()
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
    counts: dict[str, int] = {}
    for it in items:
        counts[it["category"]] = counts.get(it["category"], 0) + 1
    files = {it["source"]["file"] for it in items if it["source"]}
    print(f"wrote {len(items)} items from {len(files)} works to {args.out}")
    for cat, c in counts.items():
        print(f"  {cat:28s} {c}")
    if args.check_bench:
        return 1 if check_bench(items, args.check_bench) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
