"""Paraphrase recall: passages of the claimed works that say the quotation's content in other words.

The seed search (:mod:`.retrieve`) looks for the quotation's own rare words,
which a rewording or another translation often lacks ("foe" for "enemy",
"sets you free" for "shall make you free"). Here each content word stands for
itself, its other forms and its WordNet synonyms (:mod:`quotecheck.lexicon`),
every form found in the index's term table by its stem (so "defeat" brings
"defeated", "defeats"); the passages of the claimed works ranking best by
the OR of those forms (each weighted by its rarity, summed in SQLite as the
seed search does) are the candidates. They are searched only for the closest
passage to show when no paraphrase was confirmed: a passage met only through
synonyms is never given as the source (on dev it raised the made-up lines
given a source from 2 to 4 of 156 when it could be).
"""

from __future__ import annotations

import math

from ..config import MatchConfig
from ..lexicon import lexicon
from ..store.index import seed_counts, term_frequencies
from .retrieve import Candidate, Corpus, Window, window

__all__ = ["expanded_terms", "paraphrase_windows"]


def expanded_terms(corpus: Corpus, content: list[str], config: MatchConfig) -> list[str]:
    """The indexed terms standing for the quotation's ``content`` words: each word, its base forms and
    its WordNet synonyms, each with the regular inflections the index holds, leaving out terms in more
    than ``paraphrase_recall_max_df_share`` of the passages (they rank nothing and cost the most)."""
    lex = lexicon()
    most = max(50, int(corpus.total_passages * config.paraphrase_recall_max_df_share))
    forms: set[str] = set()
    for word in content:
        bases = {word} | lex.bases(word)
        synonyms = {m for synset in lex.senses(word)[0] for m in lex.members(synset)}
        forms |= {f + end for f in bases | synonyms for end in _ENDINGS}
        forms |= {f[:-1] + end for f in bases | synonyms if f.endswith("e") for end in ("ing", "ed")}
    forms = sorted(forms)
    terms: list[str] = []
    for i in range(0, len(forms), 500):
        chunk = forms[i : i + 500]
        marks = ",".join("?" * len(chunk))
        terms += [
            r[0]
            for r in corpus.db.conn.execute(
                f"SELECT term FROM term_stats WHERE term IN ({marks}) AND df <= ?", [*chunk, most]
            )
        ]
    return terms


#: Regular inflections of a base form (WordNet's base forms are what the lexicon maps words to).
_ENDINGS = ("", "s", "es", "ed", "d", "ing", "er", "est", "eth", "th")


def paraphrase_windows(
    corpus: Corpus,
    terms: list[str],
    within: list[tuple[int, int]],
    quote_len: int,
    seen: list[Window],
    config: MatchConfig,
) -> list[Window]:
    """Windows around the passages of the claimed works (``within``: passage id ranges) ranking best
    by BM25 over ``terms``, leaving out passages a window of ``seen`` already holds."""
    if not terms or not within:
        return []
    df = term_frequencies(corpus.db, terms)
    kept: list[str] = []
    postings = 0
    for term in sorted(terms, key=lambda t: df[t]):  # the rarest first, within a budget of postings read
        if len(kept) >= config.paraphrase_recall_max_terms or postings + df[term] > config.paraphrase_recall_postings:
            break
        kept.append(term)
        postings += df[term]
    weights = {t: math.log(corpus.total_passages / df[t]) for t in kept}
    hits = seed_counts(corpus.db, weights, config.paraphrase_recall_windows, within)
    places = passage_rows(corpus.db, [pid for pid, _ in hits])
    rows = [(pid, *places[pid]) for pid, _ in hits if pid in places]
    out: list[Window] = []
    for pid, work_id, seq, start, end in rows:
        held = any(w.work_id == work_id and w.start <= start and end <= w.start + len(w.text) for w in seen)
        if not held:
            out.append(window(corpus, Candidate(work_id, seq, pid), quote_len, config))
    return out


def passage_rows(db, ids: list[int]) -> dict[int, tuple[int, int, int, int]]:
    """Passage id → (work id, seq, start, end)."""
    marks = ",".join("?" * len(ids))
    sql = f'SELECT id, work_id, seq, start, "end" FROM passages WHERE id IN ({marks})'
    return {r[0]: tuple(r[1:]) for r in db.conn.execute(sql, ids)} if ids else {}
