"""Meaning across a whole work: is the passage a rewording was matched to the claimed works' closest
sentence to it in meaning?

The paraphrase judge (:mod:`quotecheck.matching.paraphrase`) weighs the
words a passage shares with the quotation, synonyms counted. Near its bar,
real rewordings and made-up lines in an author's style look alike by that
measure. What tells them apart is whether the passage *stands out*: another
translation renders one place, which is also the place of all the author's
sentences closest in meaning to it; a made-up line shares common words with
many places, and its nearest sentence in meaning is seldom the one its words
were matched to. Sentence vectors are averaged static token vectors
(``wordllama``: its weights ship inside its wheel, nothing is downloaded),
one per sentence pair of each claimed work, computed the first time the work
is asked about and kept for the process (a few works at a time). On dev this
agreement confirmed 14 more rewordings at their passage and no made-up line
(``bench/RESULTS.md``, issue 12, session 7); a cosine alone does not separate
them (session 6).
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from pathlib import Path

from ..config import MatchConfig
from ..store.works import work_text
from .retrieve import Corpus

__all__ = ["closest_in_meaning"]

#: A sentence, or a clause closed by a colon or semicolon (the verse divisions of the older Bibles).
_SENTENCE = re.compile(r"[^.;:?!]+[.;:?!]?")
_LOCK = threading.Lock()


@functools.cache
def _model():
    """wordllama's model read from its own wheel, or None when the package is missing."""
    try:
        import wordllama
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return wordllama.WordLlama.load(
        cache_dir=Path(wordllama.__file__).parent, disable_download=True, trunc_dim=_DIMENSIONS
    )


@functools.cache
def _unpadded():
    """A copy of the model's tokenizer that does not pad a batch to its longest text."""
    from tokenizers import Tokenizer  # wordllama's own dependency

    tokenizer = Tokenizer.from_str(_model().tokenizer.to_str())
    tokenizer.no_padding()
    return tokenizer


#: Vector dimensions kept (wordllama's vectors are trained to be cut short): 64 keeps the Bible's
#: 83,000 sentence pairs in 21 MB.
_DIMENSIONS = 64


def _sentences(corpus: Corpus, work_id: int, config: MatchConfig) -> tuple[object, object]:
    """The work's sentence pairs (each sentence with the next, of at least
    ``paraphrase_meaning_min_words`` words) and their unit vectors, kept with the corpus (which is
    read anew when the database changes) for the works last asked about, ``paraphrase_meaning_pairs``
    pairs between them.

    Each sentence is tokenised once and its token vectors summed; a pair's vector is the sum of its two
    sentences' (wordllama's is the mean of its tokens' vectors: the same direction, to a cosine of 0.999
    on a sample). Embedding every pair as a text of its own tokenises everything twice and pads each
    batch to its longest text, which every first question about a work would pay."""
    with _LOCK:
        memo = corpus.memo.setdefault("sentence vectors", OrderedDict())
        if work_id in memo:
            memo.move_to_end(work_id)
            return memo[work_id]
    text = work_text(corpus.db, work_id)
    found = _vectors(text, config)
    with _LOCK:
        memo[work_id] = found
        while len(memo) > 1 and sum(len(spans) for spans, _ in memo.values()) > config.paraphrase_meaning_pairs:
            memo.popitem(last=False)
    return found


def _vectors(text: str, config: MatchConfig) -> tuple[object, object]:
    """The sentence pairs of ``text`` and their unit vectors (see :func:`_sentences`)."""
    import numpy as np  # wordllama's own dependency

    model = _model()
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    if not sentences:
        return np.zeros((0, 2), dtype=np.int64), None
    encodings = _unpadded().encode_batch([text[a:b] for a, b in sentences], add_special_tokens=False)
    lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
    ids = np.fromiter((i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
    sums = np.zeros((len(sentences), model.embedding.shape[1]), dtype=np.float32)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    step = 4096  # sentences summed at a time: the gathered token vectors stay a few MB
    for lo in range(0, len(sentences), step):
        hi = min(lo + step, len(sentences))
        begin, end = int(starts[lo]), int(starts[hi - 1] + lengths[hi - 1])
        if end > begin:
            gathered = model.embedding[ids[begin:end]].astype(np.float32)
            at = np.minimum(starts[lo:hi] - begin, end - begin - 1)
            sums[lo:hi] = np.add.reduceat(gathered, at, axis=0)
    sums[lengths == 0] = 0.0  # (reduceat gives a sentence without tokens the next token's vector)
    spans, rows = [], []
    for i, (a, _) in enumerate(sentences):
        j = min(i + 1, len(sentences) - 1)
        b = sentences[j][1]
        if len(text[a:b].split()) >= config.paraphrase_meaning_min_words:
            spans.append((a, b))
            rows.append(sums[i] + sums[j] if j != i else sums[i])
    if not spans:
        return np.zeros((0, 2), dtype=np.int64), None
    vectors = np.vstack(rows)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(spans, dtype=np.int64), (vectors / np.where(norms == 0.0, 1.0, norms)).astype(np.float32)


def _length(corpus: Corpus, work_id: int) -> int:
    """The work's stored length in characters."""
    sql = 'SELECT "end" FROM passages WHERE work_id = ? ORDER BY seq DESC LIMIT 1'
    row = corpus.db.conn.execute(sql, [work_id]).fetchone()
    return row[0] if row else 0


def closest_in_meaning(
    corpus: Corpus, text: str, work_ids: list[int], config: MatchConfig
) -> tuple[int, int, int, float] | None:
    """(work id, start, end, cosine) of the sentence pair of the works ``work_ids`` closest in
    meaning to ``text``, or None when the model is missing or the works hold more than
    ``paraphrase_meaning_max_chars`` between them (their first reading would cost seconds)."""
    if not work_ids or _model() is None:
        return None
    if sum(_length(corpus, w) for w in work_ids) > config.paraphrase_meaning_max_chars:
        return None
    query = _model().embed([text], norm=True)[0]
    best: tuple[int, int, int, float] | None = None
    for work_id in work_ids:
        spans, vectors = _sentences(corpus, work_id, config)
        if vectors is None:
            continue
        similarity = vectors @ query
        k = int(similarity.argmax())
        if best is None or similarity[k] > best[3]:
            best = (work_id, int(spans[k][0]), int(spans[k][1]), float(similarity[k]))
    return best
