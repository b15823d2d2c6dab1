"""The normaliser: one definition of a word for the index and the matcher."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.normalize import fold, normalize_word, tokenize


def norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def test_typography_does_not_decide_a_match():
    assert norms("Don’t “Quote” me—please") == norms('don\'t "quote" me--please')
    assert norms("ﬁne CAFÉ") == ["fine", "cafe"]


def test_british_and_american_spellings_meet():
    assert norms("The colour of civilisation; honourable labourers analysed it") == norms(
        "the color of civilization; honorable laborers analyzed it"
    )


def test_words_that_only_look_like_variants_are_kept():
    for word in [
        "four",
        "hour",
        "your",
        "flour",
        "devour",
        "wise",
        "rise",
        "promise",
        "surprise",
        "exercise",
    ]:
        assert normalize_word(word) == word


def test_archaic_forms_are_not_fixed():
    assert norms("Thou hath exil'd") == ["thou", "hath", "exil", "d"]


def test_line_break_hyphenation_joins_the_word():
    text = "the inter-\nnational working class"
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == ["the", "international", "working", "class"]
    assert text[tokens[1].start : tokens[1].end] == "inter-\nnational"


def test_apparatus_is_skipped_without_moving_offsets():
    verse = "Of Man's first disobedience, and the fruit      10\nOf that forbidden tree"
    assert "10" not in norms(verse)
    bible = "1:1 In the beginning God created the heaven and the earth.\n\n1:2 And the earth"
    assert norms(bible)[:3] == ["in", "the", "beginning"]
    assert "1" not in norms(bible) and "2" not in norms(bible)
    footnote = "the Fabians[1] in England"
    tokens = tokenize(footnote)
    assert [t.norm for t in tokens] == ["the", "fabians", "in", "england"]
    assert footnote[tokens[1].start : tokens[1].end] == "Fabians"


def test_a_lone_number_line_is_kept():
    assert norms("SONNET\n\n    12\n") == ["sonnet", "12"]


def test_spans_point_at_the_original_words(shared):
    text = (shared / "corpus" / "shakespeare_hamlet.txt").read_text(encoding="utf-8-sig")[50000:60000]
    for token in tokenize(text):
        surface = text[token.start : token.end]
        assert token.norm[0] in fold(surface)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_fold_and_tokenize_agree_on_any_text(text):
    tokens = tokenize(text)
    assert fold(text).split() == [t.norm for t in tokens]
    for t in tokens:
        assert 0 <= t.start < t.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8")), st.text(alphabet=" \n\t-'’.,;:!?\"“”[]0123456789"))
def test_fold_and_tokenize_agree_with_punctuation_heavy_text(words, punctuation):
    text = "".join(a + b for a, b in zip(words, punctuation, strict=False)) + words[len(punctuation) :]
    assert fold(text).split() == [t.norm for t in tokenize(text)]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalisation_is_idempotent(text):
    folded = fold(text)
    assert fold(folded).split() == folded.split()


def test_words_split_by_a_dash_inside_a_run_keep_their_own_spans():
    text = "on’t—Frailty, thy name"
    tokens = tokenize(text)
    assert [(t.norm, text[t.start : t.end]) for t in tokens[:3]] == [("on", "on"), ("t", "t"), ("frailty", "Frailty")]


def _reference_tokenize(text: str) -> list[tuple[str, int, int]]:
    """The tokeniser as first written, one regex match at a time: the bulk path must agree with it."""
    from quotecheck import normalize as n

    tokens: list[tuple[str, int, int]] = []
    blanked = n._blank_noise(text)
    lowered = n._ascii_fold(blanked)
    for m in n._RUN.finditer(blanked):
        start, end = m.span()
        if "\n" in m.group():
            norm = n.normalize_word(n._ascii_fold(n._HYPHEN_BREAK.sub("", m.group())))
        else:
            norm = n.normalize_word(lowered[start:end])
        if " " in norm:
            tokens.extend(n._parts(norm.split(" "), blanked, start, end))
        elif norm:
            tokens.append((norm, start, end))
    return [tuple(t) for t in tokens]


_PIECES = st.sampled_from(
    ["word", "Colour", "don’t", "’", "—", "-\n", "- \n  ", "-\r\n", "-", "\n", " ", "  ", "1:3", "[1]",
     "    12\n", "ﬁ", "½", "Café", "o'er", "_", "\u00a0", "\u2003", "x\u0301", "ÆON", "ſ", "İ", ".", "\t"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.text(), st.lists(_PIECES, max_size=40).map("".join)))
def test_tokenize_agrees_with_the_one_match_at_a_time_reading(text):
    assert [tuple(t) for t in tokenize(text)] == _reference_tokenize(text)


def test_tokenize_agrees_with_the_reference_on_corpus_text(shared):
    # curly apostrophes and line-break hyphens (Carroll), verse numbers (the Bible), verse (Hamlet)
    for name in ["carroll_through-the-looking-glass.txt", "kjv_bible.txt", "shakespeare_hamlet.txt"]:
        text = (shared / "corpus" / name).read_text(encoding="utf-8-sig")[:300_000]
        assert [tuple(t) for t in tokenize(text)] == _reference_tokenize(text)
