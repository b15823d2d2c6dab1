"""What a long-running checker keeps: settings passed in, and memory the cycle collector need not walk.

At library scale one process matches thousands of quotations; what it keeps between them (the
WordNet table, remembered windows) must neither grow without bound nor be walked by every
collection of Python's cycle collector (which tracks every set and named tuple it keeps, but stops
tracking a plain tuple of strings and numbers the first time it sees one).
"""

from __future__ import annotations

import gc

from quotecheck import Checker, MatchConfig
from quotecheck.lexicon import lexicon
from quotecheck.search.retrieve import Candidate, _window, open_corpus_view, window


def test_who_speaks_in_a_work_follows_the_setting(shipped_db):
    """Claudius speaks 102 times in Hamlet and twice in Julius Caesar (Brutus's servant): at the
    default share he is Hamlet's speaker only; with no share asked, Caesar's too."""
    titles = {}
    for share in (MatchConfig().character_min_share, 0.0):
        view = open_corpus_view(shipped_db, MatchConfig(character_min_share=share))
        titles[share] = {view.works[w].title for w, names in view.characters.items() if "claudius" in names}
    assert titles[0.1] == {"Hamlet, Prince of Denmark"}
    assert titles[0.0] == {"Hamlet, Prince of Denmark", "Julius Caesar"}


def test_the_word_table_is_not_walked_by_the_collector():
    lex = lexicon()
    lex.members("no such synset")  # the synsets' members, built on first use
    gc.collect()
    entries = [lex.synsets["enemy"], next(iter(lex.hops.values())), lex.antonyms["love"]]
    entries += [lex.members(s) for s in lex.synsets["enemy"]]
    assert any("foe" in lex.members(s) for s in lex.synsets["enemy"])
    assert "hate" in lex.antonyms["love"]
    assert not any(gc.is_tracked(e) for e in entries)
    # the answers are still sets: "foe" and "enemy" share a sense
    assert set(lex.senses("foe")[0]) & set(lex.senses("enemy")[0])


def test_remembered_windows_are_untracked_and_read_back_the_same(shipped_db):
    view = open_corpus_view(shipped_db)
    config = MatchConfig()
    rows = shipped_db.execute("SELECT id, work_id, seq FROM passages ORDER BY id LIMIT 5 OFFSET 9000").fetchall()
    margin = config.window_margin_chars + config.window_chars_per_word * 10
    for pid, work_id, seq in rows:
        first = window(view, Candidate(work_id, seq, pid), 10, config)
        assert first.tokens and first == _window(view, Candidate(work_id, seq, pid), margin)
    gc.collect()
    gc.collect()  # a tuple of tuples is untracked once its members are: the second pass
    kept = list(view.passages.windows.values())
    assert len(kept) == len(rows) and not any(gc.is_tracked(k) for k in kept)
    for pid, work_id, seq in rows:
        again = window(view, Candidate(work_id, seq, pid), 10, config)
        assert again == _window(view, Candidate(work_id, seq, pid), margin)
        assert again.span_text(0, 3) == _window(view, Candidate(work_id, seq, pid), margin).span_text(0, 3)


def test_a_checker_keeps_no_token_records_between_quotations(shipped_db):
    """A quotation's windows, with their tokens, are freed when it is judged: what survives into the
    collector's youngest generation is the bounded memos, not tens of thousands of tokens."""
    checker = Checker(shipped_db)
    checker.match("Know thy foe and know thyself", author="Sun Tzu")  # loads the word table
    gc.collect()
    checker.match("Brevity is the soul of wit", author="Shakespeare")
    tokens = sum(type(o).__name__ == "Token" for o in gc.get_objects(0))
    assert tokens < 100
