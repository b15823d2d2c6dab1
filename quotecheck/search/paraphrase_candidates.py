"""Paraphrase recall: passages of the claimed works that say the quotation's content in other words.

The seed search (:mod:`.retrieve`) looks for the quotation's own rare words,
which a rewording or another translation often lacks ("foe" for "enemy",
"sets you free" for "shall make you free"). Here each content word stands for
itself, its other forms and its WordNet synonyms (:mod:`quotecheck.lexicon`),
every form found in the index's term table by its stem (so "defeat" brings
"defeated", "defeats"); the passages of the claimed works ranking best by
the OR of those forms (each weighted by its rarity, a synonym's less; each
content word counted once per passage, at its best form; summed in SQLite as
the seed search does) are the candidates. They are searched only for the closest
passage to show when no paraphrase was confirmed: a passage met only through
synonyms is never given as the source (on dev it raised the made-up lines
given a source from 2 to 4 of 156 when it could be).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..config import MatchConfig
from ..lexicon import lexicon
from ..store.index import term_frequencies
from .retrieve import Candidate, Corpus, Window, window

__all__ = ["Form", "expanded_terms", "paraphrase_windows"]


@dataclass(frozen=True)
class Form:
    """An indexed term standing for one of the quotation's content words (``word``: its index), as
    one of its own forms or as a synonym's."""

    term: str
    word: int
    own: bool


def expanded_terms(corpus: Corpus, content: list[str], config: MatchConfig) -> list[Form]:
    """The indexed terms standing for the quotation's ``content`` words: each word, its base forms and
    its WordNet synonyms, each with the regular inflections the index holds, leaving out terms in more
    than ``paraphrase_recall_max_df_share`` of the passages (they rank nothing and cost the most).

    In the order they are worth looking up: the content words take turns, each giving its own forms
    before its synonyms', the rarer first. Taken by rarity alone, the few forms read would be
    synonyms' odd inflections the claimed work never uses ("trumps", "bumping" for "best"), and a
    content word with many synonyms would crowd out the others."""
    lex = lexicon()
    most = max(50, int(corpus.total_passages * config.paraphrase_recall_max_df_share))
    groups: list[tuple[set[str], set[str]]] = []
    for word in content:
        bases = {word} | lex.bases(word)
        synonyms = {m for synset in lex.senses(word)[0] for m in lex.members(synset)} - bases
        groups.append((_inflected(bases), _inflected(synonyms)))
    forms = sorted({f for own, other in groups for f in own | other})
    df: dict[str, int] = {}
    for i in range(0, len(forms), 500):
        chunk = forms[i : i + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT term, df FROM term_stats WHERE term IN ({marks}) AND df <= ?"
        df.update(corpus.db.conn.execute(sql, [*chunk, most]).fetchall())
    queues = [
        sorted((f for f in own if f in df), key=lambda f: (df[f], f))
        + sorted((f for f in other - own if f in df), key=lambda f: (df[f], f))
        for own, other in groups
    ]
    terms: dict[str, Form] = {}
    for turn in range(max((len(q) for q in queues), default=0)):
        for k, queue in enumerate(queues):
            if turn < len(queue):
                terms.setdefault(queue[turn], Form(queue[turn], k, queue[turn] in groups[k][0]))
    return list(terms.values())


def _inflected(bases: set[str]) -> set[str]:
    """The base forms with their regular inflections."""
    out = {f + end for f in bases for end in _ENDINGS}
    return out | {f[:-1] + end for f in bases if f.endswith("e") for end in ("ing", "ed")}


#: Regular inflections of a base form (WordNet's base forms are what the lexicon maps words to).
_ENDINGS = ("", "s", "es", "ed", "d", "ing", "er", "est", "eth", "th")


def paraphrase_windows(
    corpus: Corpus,
    terms: list[Form],
    within: list[tuple[int, int]],
    quote_len: int,
    seen: list[Window],
    config: MatchConfig,
) -> list[Window]:
    """Windows around the passages of the claimed works (``within``: passage id ranges) holding the
    most of the quotation's content words by ``terms`` (the first of them, within the budgets), leaving
    out passages a window of ``seen`` (or one taken before) already holds."""
    if not terms or not within:
        return []
    df = term_frequencies(corpus.db, [f.term for f in terms])
    kept: list[Form] = []
    postings = 0
    for form in terms:  # in the order given (expanded_terms), within a budget of postings read
        if len(kept) >= config.paraphrase_recall_max_terms:
            break
        if postings + df[form.term] <= config.paraphrase_recall_postings:
            kept.append(form)
            postings += df[form.term]
    weights = [
        (f, math.log(corpus.total_passages / df[f.term]) * (1.0 if f.own else config.paraphrase_synonym_weight))
        for f in kept
    ]
    # as many more as the windows already seen could hold: the best passages are often among them
    hits = _word_counts(corpus.db, weights, config.paraphrase_recall_windows + len(seen), within)
    places = passage_rows(corpus.db, hits)
    rows = [(pid, *places[pid]) for pid in hits if pid in places]
    out: list[Window] = []
    for pid, work_id, seq, start, end in rows:
        held = any(w.work_id == work_id and w.start <= start and end <= w.start + len(w.text) for w in seen + out)
        if not held and len(out) < config.paraphrase_recall_windows:
            out.append(window(corpus, Candidate(work_id, seq, pid), quote_len, config))
    return out


def _word_counts(db, weights: list[tuple[Form, float]], limit: int, within: list[tuple[int, int]]) -> list[int]:
    """Passage ids holding the most weight of the quotation's content words, best first: each word
    counts once, at its best form in the passage (a passage saying "advance", "advanced" and
    "advancing" has one synonym of "encourage", not three), summed inside SQLite."""
    where = " AND (" + " OR ".join("rowid BETWEEN ? AND ?" for _ in within) + ")"
    bounds = [bound for pair in within for bound in pair]
    union = " UNION ALL ".join(
        f"SELECT rowid AS id, ? AS g, ? AS w FROM passage_index WHERE passage_index MATCH ?{where}" for _ in weights
    )
    sql = (
        f"SELECT id, sum(m) AS s FROM (SELECT id, max(w) AS m FROM ({union}) GROUP BY id, g) "
        "GROUP BY id ORDER BY s DESC, id LIMIT ?"
    )
    params: list = []
    for form, weight in weights:
        params += [form.word, weight, '"' + form.term.replace('"', '""') + '"', *bounds]
    return [row[0] for row in db.conn.execute(sql, [*params, limit])]


def passage_rows(db, ids: list[int]) -> dict[int, tuple[int, int, int, int]]:
    """Passage id → (work id, seq, start, end)."""
    marks = ",".join("?" * len(ids))
    sql = f'SELECT id, work_id, seq, start, "end" FROM passages WHERE id IN ({marks})'
    return {r[0]: tuple(r[1:]) for r in db.conn.execute(sql, ids)} if ids else {}
