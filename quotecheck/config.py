"""Every threshold of the matcher, in one frozen record passed to each stage.

Each field says why it has its value and gives an example; the values are
calibrated on ``bench/devset.jsonl`` (see ``bench/RESULTS.md``). The README's
table of settings is generated from these fields (``python -m
quotecheck.config``) and a test keeps the two equal. Try another
value without editing source::

    Checker("quotes.db", config=MatchConfig(altered_min_score=55))
    quotecheck check article.md --set altered_min_score=55
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field, fields

__all__ = ["MatchConfig", "settings_table", "parse_setting"]


def _setting(default, doc: str, *, group: str):
    return field(default=default, metadata={"doc": doc, "group": group})


@dataclass(frozen=True)
class VerdictSettings:
    """How close is close enough: the bars between verbatim, altered, paraphrase, misattributed and not_found."""

    altered_min_score: float = _setting(
        50.0,
        "An alignment scoring this much (0-100) is the same passage, whatever was changed.",
        group="verdict",
    )
    altered_min_coverage: float = _setting(
        0.6,
        "...and only when this share of the quotation's information (words weighted by rarity) is found "
        'in order: "my dear Watson" in a Holmes story is not "Elementary, my dear Watson".',
        group="verdict",
    )
    claimed_min_score: float = _setting(
        55.0,
        "The lower bar when the passage is in the claimed author's or work's own text, for words changed "
        'in place into look-alikes (edge_similarity): "Bubble, bubble, toil and trouble" credited to Shakespeare '
        'is Macbeth\'s "Double, double".',
        group="verdict",
    )
    claimed_min_coverage: float = _setting(
        0.35, "...with this share of the information found (see claimed_min_score).", group="verdict"
    )
    absent_work_min_score: float = _setting(
        70.0,
        "A quotation credited to a work the corpus lacks is called altered in another of its author's works "
        "only at this score: \"All the world's a stage\" (As You Like It) is not The Merchant of Venice's "
        '"the world ... A stage where every man must play a part" (53).',
        group="verdict",
    )
    added_clause_min_words: int = _setting(
        5,
        "A quotation that adds a clause of its own at its start or end is altered (not unfound) when the rest "
        "passes the altered bar and quotes this many of the source's words in a row.",
        group="verdict",
    )
    near_word_credit: float = _setting(
        0.75,
        'A replaced word close to its original (an inflection, a typo) counts this much as found: "protest" '
        'for "protests", "recieve" for "receive".',
        group="verdict",
    )
    near_word_similarity: float = _setting(
        0.8,
        "Two words are close when their OSA similarity is at least this (a transposed pair of letters is one edit).",
        group="verdict",
    )
    paraphrase_min_overlap: float = _setting(
        0.36,
        "A passage of the claimed author's or work's own text is a paraphrase of the quotation when its soft "
        "share of the quotation's content words (weighted by rarity; synonyms counted at "
        "paraphrase_synonym_weight) within twice its length, less paraphrase_short_bar / content words and "
        "the negation and order penalties, reaches this (bench.paraphrase_signals: at most 3% of made-up "
        "quotations given a source on dev).",
        group="verdict",
    )
    paraphrase_rare_share: float = _setting(
        0.005, "A word in at most this share of the passages is rare.", group="verdict"
    )
    closest_paraphrase_share: float = _setting(
        0.35,
        "A not_found quotation shows, as closest and not confirmed, a passage holding this soft share of its "
        "content words (synonyms counted), when no alignment is close enough to show.",
        group="verdict",
    )
    paraphrase_min_words: int = _setting(
        3,
        "Quotations with fewer content words are never judged as paraphrases (too little to tell).",
        group="verdict",
    )
    misattributed_min_score: float = _setting(
        70.0,
        "Words found only in another author's work are called misattributed only when they score this "
        "much and hold provenance_min_coverage of the quotation's information; a looser likeness "
        '("Politics makes strange bedfellows" against "had strange bedfellows") is '
        "reported as the closest passage of a not_found: a wrong misattributed does more harm than none.",
        group="verdict",
    )
    report_min_score: float = _setting(
        30.0,
        "A passage that is not the source is still shown as the closest one at this score...",
        group="verdict",
    )
    closest_min_coverage: float = _setting(
        0.5, "...and holding this share of the quotation's information.", group="verdict"
    )
    judged_tie_margin: float = _setting(
        3.0,
        "When nothing is clearly the passage, alignments within this many points of the best compete on the "
        "claim and the year for the closest one.",
        group="verdict",
    )
    paraphrase_synonym_weight: float = _setting(
        0.8,
        'A quotation\'s word met by a WordNet synonym in the passage ("foe" / "enemy") counts this much '
        "as found (its own word or another form of it counts 1).",
        group="verdict",
    )
    paraphrase_related_weight: float = _setting(
        0.5, 'A word met one WordNet hop away ("free" / "liberty", "defeated" / "beaten") counts this much.', group="verdict"
    )
    paraphrase_short_bar: float = _setting(
        2.0,
        "The paraphrase bar rises by this over the quotation's number of content words: a short line made up "
        'in an author\'s style shares as much with some passage ("A fool thinks himself to be wise").',
        group="verdict",
    )
    paraphrase_negation_penalty: float = _setting(
        0.1,
        "Taken off the soft share when the passage negates and the quotation does not (a free rewording often "
        'turns a negation around: "without fighting" for "not supreme excellence"; a quotation negating what '
        "the passage affirms is never its paraphrase).",
        group="verdict",
    )
    paraphrase_min_order: float = _setting(
        0.7, "A paraphrase keeps most words in the passage's order; below this share in order...", group="verdict"
    )
    paraphrase_order_penalty: float = _setting(
        0.3,
        "...the soft share loses this much per unit of order missing (words of a made-up line scattered "
        "over a passage: \"free ... alone ... men ... bear ... company\").",
        group="verdict",
    )
    edge_reach_words: int = _setting(
        6,
        "How many source words past either end of the span a rare added word is looked for in the same "
        'sentence: as a silent omission ("Gild the lily" for "To gild refined gold, to paint the lily") or a '
        'move ("There\'s method in my madness" for "Though this be madness, yet there is method in\'t").',
        group="verdict",
    )
    edge_reach_min_idf: float = _setting(
        4.0,
        "A word is rare enough to be looked for past the span, or to make two replacements a swap of words, "
        "when its inverse passage frequency is at least this (in about 2% of passages or fewer).",
        group="verdict",
    )
    swap_reach_edits: int = _setting(
        3,
        "Two replacements at most this many replacements apart that trade rare words are a swap (moved words), "
        'not two changes: "Where your heart is, there\'s your treasure" against Matthew 6:21.',
        group="verdict",
    )
    misattributed_min_words: int = _setting(
        3,
        "A quotation of fewer words (a possessive's s not counted) is never called misattributed: two words "
        "(\"workmen's wages\", \"parasitic excrescence\" credited to Marx) are in some other book whoever "
        "wrote them first; that book is shown as the closest passage of a not_found.",
        group="verdict",
    )
    misattributed_altered_min_words: int = _setting(
        5,
        "...and one shorter than this only when every word is found as written: a short phrase with a "
        "word changed (\"ready-made state machinery\" against Lincoln's \"ready-made machinery\") is a "
        "likeness, not someone else's words.",
        group="verdict",
    )
    misattributed_min_coverage: float = _setting(
        0.8,
        "Below misattributed_min_score, words found only in another author's work are still misattributed "
        "when this share of the quotation's information is there and only small words were replaced, none "
        'added ("God helps those who help themselves" against Franklin\'s "God helps them that help themselves").',
        group="verdict",
    )
    unclaimed_altered_min_words: int = _setting(
        5,
        "A quotation credited to nobody and shorter than this is placed only where its words are found as "
        'written: "astonished the natives" with one word changed in a novel is a likeness, not its source.',
        group="verdict",
    )
    common_phrase_share: float = _setting(
        0.0005,
        "A quotation credited to nobody, shorter than unclaimed_altered_min_words, that stands as written in "
        'this share of the corpus\'s passages is a common phrase ("for the people": 0.1-0.3%), placed nowhere; '
        'a famous line quoted by later books stays placed ("to be or not to be": under 0.02%).',
        group="verdict",
    )
    common_phrase_min_authors: int = _setting(
        3,
        "...and only when those passages are by this many authors (one author repeating a phrase coins it).",
        group="verdict",
    )
    common_phrase_max_words: int = _setting(
        8,
        'A quotation credited to nobody up to this long is tested for a common phrase ("but at the same time", '
        "five words in 40 passages by many authors, is nobody's line).",
        group="verdict",
    )

    paraphrase_spread_penalty: float = _setting(
        0.1,
        "Choosing among candidate stretches for a paraphrase, the soft share loses this for each quotation's "
        "length a stretch runs beyond the quotation's own (the same content said as tightly wins).",
        group="verdict",
    )
    paraphrase_commentary_words: int = _setting(
        12,
        "A bracketed stretch of at least this many words is editorial commentary, left out of paraphrase "
        "stretches (Giles's Sun Tzu prints the commentators between the lines; a short \"[Exit]\" stays).",
        group="verdict",
    )
    paraphrase_order_choice: float = _setting(
        0.3,
        "Choosing a paraphrase's stretch, this share of its covered weight counts only as far as it stands in "
        "the quotation's order (another translation keeps its source's order of thought; words met by chance "
        "do not).",
        group="verdict",
    )
    paraphrase_choice_stretches: int = _setting(
        3, "...weighing again this many of each window's best-covering stretches that do not overlap.", group="verdict"
    )

    # issue 11, session 4
    quoter_tag_found_share: float = _setting(
        0.5,
        "A speech tag after the quotation's closing mark (\"...backwards,' says the White Queen to Alice\") is the "
        "quoter's own, and the words before it are judged, unless the source has at least this share of the "
        "tag's words in place (\"...,\u201d remarked the Colonel\" quotes Doyle's own tag).",
        group="verdict",
    )

    # issue 11, session 4, trust audit
    altered_short_words: int = _setting(
        5,
        "A quotation shorter than this is that passage altered only when more than half its words stand there "
        'as written and no negation is gained or lost: "money" is not the source of "Time is money", nor "This '
        'generation shall not pass" of "This too shall pass".',
        group="verdict",
    )
    added_clause_min_share: float = _setting(
        0.5,
        "A quotation with a clause of its own added (added_clause_min_words) is the passage altered only when "
        "the passage holds at least this share of the quotation's information: the added clause is the smaller "
        'part ("The Commune was no longer a state" before a stock "in the proper sense of the word" is not).',
        group="verdict",
    )

    # issue 10, session 6: paragraphs pasted without marks or credit
    uncredited_min_share: float = _setting(
        0.9,
        "A paragraph with no quote marks, cue or credit is reported as a quotation when the corpus holds it "
        "verbatim, or altered with at least this share of its words standing in the source as written: a "
        "page pasting Hamlet's lines with four left out is quoting him; prose sharing a phrase with a book "
        "is not.",
        group="verdict",
    )
    uncredited_probe_words: int = _setting(
        6,
        "Such a paragraph is matched in full only when a run of this many of its words (at its start, middle "
        "or end) is a phrase of the corpus: the writer's own prose is skipped for a few index lookups.",
        group="verdict",
    )
    uncredited_alone_min_words: int = _setting(
        12,
        "...from this many words when it stands alone: a shorter line shares a stock phrase with some book too "
        "easily (a short paragraph right after a pasted one joins it when the corpus holds the two together).",
        group="verdict",
    )
    uncredited_copy_share: float = _setting(
        0.6,
        "A document with at least this share of its words in paragraphs holding phrases of the work such "
        "a paragraph comes from is that work (a speech's transcript, a chapter of an edition), not a page "
        "quoting it: none of its paragraphs is reported.",
        group="verdict",
    )
    uncredited_copy_spread: float = _setting(
        2.0,
        "...when those phrases are one stretch of the work no longer than this many times the paragraphs "
        "holding them: a page quoting two far-apart chapters of a pamphlet is mostly its words too.",
        group="verdict",
    )


@dataclass(frozen=True)
class DiffSettings:
    """How a word-level diff is read: what counts as a change of meaning, a move, an editorial mark."""

    edge_similarity: float = _setting(
        0.5,
        "Words at least this alike (normalised Levenshtein) are a substitution at the edge of a span, not an "
        'addition: "Bubble, bubble" for "Double, double".',
        group="diff",
    )
    meaning_max_words: int = _setting(
        4,
        "Edits longer than this are not classified by meaning: a dropped sentence is an omission.",
        group="diff",
    )
    move_reach: int = _setting(
        4,
        'How far past either end of the span a moved word is looked for ("Methinks the lady doth protest too '
        'much" against "...too much, methinks").',
        group="diff",
    )
    context_reach_chars: int = _setting(
        300,
        "How far around a match the sentence it belongs to is read for dropped context (a negation, a "
        'condition, the real subject: "Money is the root of all evil" of "For the love of money ...").',
        group="diff",
    )
    context_min_words: int = _setting(
        4,
        "A quotation this long that starts inside a clause drops its real subject (\"Consistency is the "
        'hobgoblin of little minds" of "A foolish consistency ..."); shorter ones are phrases ("invisible hand").',
        group="diff",
    )
    context_phrase_max_words: int = _setting(
        6,
        "A quotation up to this long with no verb (\"is\", \"hath\", \"shall\"...) is a phrase: it states nothing "
        'a negation or condition before it could turn ("self-acting armed organization" after "They could not '
        'understand what a").',
        group="diff",
    )


@dataclass(frozen=True)
class AlignmentSettings:
    """How a quotation is aligned to a candidate window."""

    max_omission_words: int = _setting(
        600,
        "A marked omission (...) may skip at most this many source words between segments.",
        group="alignment",
    )
    tighten_reach: int = _setting(
        6,
        "How many words in from either edge of a span a better start or end is looked for (a copy of the "
        'first word just before the real start: "it. It is ...").',
        group="alignment",
    )
    local_align_max_words: int = _setting(
        400,
        "Segments longer than this are located by one global word alignment (LCS, near-linear per window) instead "
        "of rapidfuzz's sliding local alignment, whose cost grows with the cube of the length: a 100k-character "
        "quotation is judged in seconds, not hours.",
        group="alignment",
    )
    gap_cost: float = _setting(
        0.3,
        'Source words skipped inside a span cost this much against each word matched: "pride goeth before '
        '... a fall" takes in the six words between to gain two.',
        group="alignment",
    )
    window_margin_chars: int = _setting(
        200,
        "Characters of neighbouring passages added on each side of a candidate passage...",
        group="alignment",
    )
    window_chars_per_word: int = _setting(
        8,
        "...plus this many per quotation word, so that a long quotation fits (a generous word length).",
        group="alignment",
    )


@dataclass(frozen=True)
class RetrievalSettings:
    """Which passages are candidates, and how many."""

    max_seed_terms: int = _setting(
        12, "The rarest quotation words looked up in the index.", group="retrieval"
    )
    seed_postings_budget: int = _setting(
        40_000,
        "Stop adding seed words (after three) when their passages would exceed this many: common words cost "
        "time and tell little.",
        group="retrieval",
    )
    common_term_share: float = _setting(
        0.02,
        'A word in more than this share of passages is common; a line of common words only ("To be, or not '
        'to be") is looked up as a phrase.',
        group="retrieval",
    )
    max_phrase_words: int = _setting(
        12, "Words of a common-word line looked up as one phrase.", group="retrieval"
    )
    max_candidate_passages: int = _setting(400, "Passages read from the index per lookup.", group="retrieval")
    max_aligned_windows: int = _setting(
        12, "The best candidate windows aligned word by word.", group="retrieval"
    )
    max_prefilter: int = _setting(
        40, "Candidates scored quickly (character level) before the best are aligned.", group="retrieval"
    )
    prefilter_margin: float = _setting(
        12.0,
        "Beyond the best windows, candidates within this many quick-score points of the best from the "
        "earliest works are aligned too: a famous line quoted by hundreds of later books must not crowd its "
        "origin out.",
        group="retrieval",
    )
    max_early_windows: int = _setting(6, "...at most this many of them.", group="retrieval")
    quick_drop_margin: float = _setting(
        45.0, "Candidates this far below the best quick score are not worth aligning.", group="retrieval"
    )
    quick_ratio_max_chars: int = _setting(
        300,
        "Up to this length the quick score is rapidfuzz's partial_ratio; longer quotations (where it costs tens "
        "of milliseconds) use the weighted share of their words present.",
        group="retrieval",
    )
    max_claimed_windows: int = _setting(
        6, "Windows from the claimed author's or work's own texts, aligned in addition.", group="retrieval"
    )
    max_claimed_works: int = _setting(
        40,
        "A claim fitting more works than this (a common surname) does not restrict a search.",
        group="retrieval",
    )
    max_claimed_triple_windows: int = _setting(
        4, "...and of those found by triples in the claimed works, this many.", group="retrieval"
    )
    short_quote_words: int = _setting(
        10,
        'A quotation this short that is not found is looked for again by its word triples as phrases ("All that '
        'glitters is not gold" via "is not gold").',
        group="retrieval",
    )

    paraphrase_recall_windows: int = _setting(
        2,
        "When no paraphrase is confirmed, this many of the claimed works' passages ranking best by BM25 over the "
        "quotation's content words' forms and WordNet synonyms are searched for the closest passage to show, "
        "never given as the source (quotecheck.search.paraphrase_candidates).",
        group="retrieval",
    )
    paraphrase_recall_max_df_share: float = _setting(
        0.02,
        "...leaving out forms found in more than this share of all passages (they rank nothing and cost the most).",
        group="retrieval",
    )
    paraphrase_recall_max_terms: int = _setting(
        40,
        "...and keeping at most this many forms, the rarest (each is one index look-up; 150 forms and 3 "
        "passages cost 20 ms at p95 for no more passages shown on the test part)...",
        group="retrieval",
    )
    paraphrase_recall_postings: int = _setting(
        3_000, "...whose passages add up to at most this many (the time it takes grows with the corpus).", group="retrieval"
    )

@dataclass(frozen=True)
class ProvenanceSettings:
    """Which of several works holding the words is the origin, and what is shown beside it."""

    max_judged: int = _setting(
        8, "Alignments whose full diff is computed when choosing the source.", group="provenance"
    )
    provenance_margin: float = _setting(
        40.0,
        "Works whose wording scores within this many points of the best compete to be the origin...",
        group="provenance",
    )
    provenance_min_score: float = _setting(
        65.0,
        "...and only if they clearly have the passage: this score or provenance_min_coverage (not a stock "
        "phrase an early book happens to share).",
        group="provenance",
    )
    provenance_min_coverage: float = _setting(
        0.7, "...or this share of the quotation's information.", group="provenance"
    )
    low_information: float = _setting(
        12.0,
        'Below this information (sum of rarity weights) a quotation is a line of common words ("All right! '
        'Good luck!"), and only exact copies of it compete to be its origin.',
        group="provenance",
    )
    quoting_cue_chars: int = _setting(
        800,
        "A work holding the words in quote marks within this many characters after naming the claimed author "
        "quotes that author (Lenin's \"Engels emphasized ...\" a paragraph before Engels's words): the claim "
        "stands, the original is not in the corpus.",
        group="provenance",
    )
    quoting_cue_after_chars: int = _setting(
        80,
        "...or within this many characters after the closing mark (\"'the reality of the ethical idea', as "
        "Hegel maintains\" in Engels's Origin of the Family).",
        group="provenance",
    )
    speaker_named_before_chars: int = _setting(
        1500,
        "Words credited to someone who is no author of the corpus, found in a work that names that person "
        "within this many characters before them, are spoken there (\"Call me Ishmael\", a narrator nobody "
        "says \"said Ishmael\" of): the claim is a speaker's and stands.",
        group="provenance",
    )
    speaker_named_after_chars: int = _setting(
        300,
        "...or within this many characters after them.",
        group="provenance",
    )
    quoting_min_overlap: float = _setting(
        0.8,
        "A quotation inside a source work covering this share of the matched span means the work quotes the "
        "words rather than having them as its own.",
        group="provenance",
    )
    same_title_similarity: float = _setting(
        80.0,
        "Two works by one author with titles this alike (token set ratio) are editions of one work.",
        group="provenance",
    )
    claimed_title_similarity: float = _setting(
        85.0,
        'A claimed work this alike to a title (token set ratio) names it ("Origin of Species").',
        group="provenance",
    )
    max_alternatives: int = _setting(3, "Other editions listed.", group="provenance")
    max_quoted_in: int = _setting(10, "Works quoting the passage listed.", group="provenance")
    context_chars: int = _setting(
        160, "Characters of source text shown on each side of a match.", group="provenance"
    )

    # issue 11, session 4
    speaker_lookback_chars: int = _setting(
        3_000,
        "Of the places a play repeats the words, the claimed speaker's own is reported: the speech prefix "
        "(\"SHYLOCK.\") is looked for this many characters before each place.",
        group="provenance",
    )
    commentary_reach_chars: int = _setting(
        4_000,
        "A place of a work inside an editor's bracketed commentary (see paraphrase_commentary_words), its "
        "brackets looked for this many characters on each side, gives way to a place of the author's own text.",
        group="provenance",
    )
    credit_frame_chars: int = _setting(
        300,
        "A work that credits the words to someone else in the sentence that gives them (\"the remark "
        'attributed to Disraeli\") is read this far back from them: it quotes them, and they are not '
        "its author's.",
        group="provenance",
    )
    appended_byline_chars: int = _setting(
        600,
        "An appended text whose embedded header names no author is read this far for a byline of its own "
        "(\"Patrick Henry, March 23, 1775.\" under \"Give Me Liberty Or Give Me Death\").",
        group="provenance",
    )

    # issue 12, session 5
    closest_paraphrase_tie: float = _setting(
        0.02,
        "A not_found's closest passage found in other words is shown with the next best place of the claimed "
        "works when that one says the quotation within this much as well (the choice is too close to call).",
        group="verdict",
    )

    # issue 12, session 6
    paraphrase_rare_credit: float = _setting(
        0.05,
        "The paraphrase bar is lowered by this for each rare word (paraphrase_rare_share) the passage has as "
        "the quotation writes it: another translation keeps a few of its source's distinctive words (\"remnant\", "
        "\"grievous\"), a made-up line in an author's style shares only common ones (bench.paraphrase_signals: "
        "more paraphrases recognised on dev, no more made-up lines given a source)...",
        group="verdict",
    )
    paraphrase_rare_credit_words: int = _setting(
        2, "...counting at most this many rare words...", group="verdict"
    )
    paraphrase_rare_credit_floor: float = _setting(
        0.5,
        "...and only for a passage already holding this soft share of the quotation's content: rare words "
        "confirm a passage that says most of it; a made-up summary of an author's ideas shares his key terms "
        "(\"the fittest ... survival\" for Darwin, 46%) and little else.",
        group="verdict",
    )
    paraphrase_heading_reach_chars: int = _setting(
        60_000,
        "A translated work's stretch in a section headed as an introduction, preface, notes, glossary or "
        "index (or in none), with no heading of the work's own divisions nearer before it within this many "
        "characters, is the translator's or editor's apparatus: never a paraphrase's source nor its closest "
        "passage.",
        group="verdict",
    )

    # issue 11, session 6
    edge_replace_max_words: int = _setting(
        2,
        "At most this many words added at a quotation's end stand for as many source words just after the "
        "span when those close the source's clause: \"Then fall, Antony!\" replaces "
        "\"Caesar\", a changed name, not an addition.",
        group="diff",
    )

    # issues 11 and 12, session 6 (library scale)
    character_min_share: float = _setting(
        0.1,
        "A name speaks in a work when it speaks there at least this share as often as in the work where it "
        'speaks most ("Jesus" in the Bible, not in an essay that twice quotes "Jesus said").',
        group="provenance",
    )

    # issue 11, session 7 (lead): words older print divides
    divided_first_share: float = _setting(
        0.08,
        'A quotation word divides as older print divides it ("tomorrow" / "to-morrow", "everything" / "every '
        'thing") where its first part is a word of at least this share of passages ...',
        group="retrieval",
    )
    divided_rest_share: float = _setting(
        0.01,
        '... and the rest a word of at least this share ("morrow", "thing", "self"; not a suffix such as "ness").',
        group="retrieval",
    )

    # issue 12, session 7
    paraphrase_negation_reach: int = _setting(
        4,
        "A negating quotation says the reverse of a passage only when no negation stands within this many "
        "words of the passage's stretch either: \"There has never been a protracted war from which a country "
        "has benefited\" renders Sun Tzu's \"There is no instance of a country having benefited from prolonged "
        "warfare\", whose \"no\" stands just before the words it shares.",
        group="verdict",
    )
    paraphrase_meaning_credit: float = _setting(
        0.15,
        "A passage short of the paraphrase bar by no more than this is a paraphrase when it is also the claimed "
        "works' sentence closest in meaning to the quotation (averaged wordllama vectors over every sentence "
        "pair of the claimed works): another translation renders that one place, a made-up line in an author's "
        "style shares words with many (on dev: 14 more rewordings at their passage, no more made-up lines)...",
        group="verdict",
    )
    paraphrase_meaning_min_cosine: float = _setting(
        0.4, "...at a cosine of at least this with the quotation...", group="verdict"
    )
    paraphrase_meaning_min_words: int = _setting(
        4, "...counting only sentence pairs of at least this many words...", group="verdict"
    )
    paraphrase_meaning_max_chars: int = _setting(
        5_000_000,
        "...and only when the claimed works hold at most this many characters between them (a work's vectors "
        "are computed the first time it is asked about: 2-5 s for the King James Bible's 4.3 MB)...",
        group="verdict",
    )
    paraphrase_meaning_pairs: int = _setting(
        400_000,
        "...the vectors of the works last asked about being kept up to this many sentence pairs between them "
        "(about 100 MB; the shipped corpus has about 800,000, the Bible 83,000).",
        group="verdict",
    )

    # issue 11, session 7 (lead)
    one_word_changed_min_words: int = _setting(
        8,
        "A line this long with every word as written but one, changed in place, is the passage altered "
        'whatever the changed word weighs ("To be, or not to be, that is the problem"); shorter ones ("the '
        'opium of the people") are where many books can land.',
        group="verdict",
    )

    # issues 11 and 12, session 7 (library scale)
    phrase_run_min_words: int = _setting(
        5,
        "A line of common words whose exact phrase is nowhere has its runs of common words between its rare "
        'ones looked up as phrases when a run holds at least this many words ("to be or not to be that is the" '
        'of "To be, or not to be, that is the problem")...',
        group="retrieval",
    )
    phrase_run_min_share: float = _setting(
        0.5, "...and at least this share of the line's words.", group="retrieval"
    )


@dataclass(frozen=True)
class MatchConfig(ProvenanceSettings, RetrievalSettings, AlignmentSettings, DiffSettings, VerdictSettings):
    """The matcher's settings (see the README, "Settings"), one group of them per base class.

    Fields come in the order verdict, diff, alignment, retrieval, provenance.
    """

    def __hash__(self) -> int:
        # the settings key the per-corpus memos every quotation asks (does a work fit a claim?):
        # hashed once, not field by field on every lookup
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        return hash(dataclasses.astuple(self))


def parse_setting(config: MatchConfig, assignment: str) -> MatchConfig:
    """``config`` with one field changed by ``"name=value"`` (the value converted to the field's type)."""
    name, sep, value = assignment.partition("=")
    name = name.strip().replace("-", "_")
    known = {f.name: f for f in fields(MatchConfig)}
    if not sep or name not in known:
        raise ValueError(f"unknown setting {name!r}; see 'quotecheck settings'")
    kind = type(getattr(config, name))
    try:
        converted = kind(float(value)) if kind is int and "." in value else kind(value)
    except ValueError as exc:
        raise ValueError(f"setting {name} needs a {kind.__name__}, not {value!r}") from exc
    return dataclasses.replace(config, **{name: converted})


def settings_table(config: MatchConfig | None = None) -> str:
    """The settings as a Markdown table (the README's "Settings" section is this text)."""
    config = config or MatchConfig()
    lines = ["| setting | value | why |", "| --- | --- | --- |"]
    for f in fields(MatchConfig):
        value = getattr(config, f.name)
        shown = f"{value:,}" if isinstance(value, int) else f"{value:g}"
        lines.append(f"| `{f.name}` | {shown} | {f.metadata['doc'].replace('|', '/')} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(settings_table(), end="")
