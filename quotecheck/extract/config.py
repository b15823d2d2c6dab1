"""The extractor's tunable numbers, in one frozen record passed down explicitly.

Each field says why it has its value and gives an example; the defaults are
the values ``bench/extract_eval.py`` was measured with. Patterns of English
usage (speech verbs, honorifics, the shapes of names) are not settings and
stay in :mod:`quotecheck.extract.patterns`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ExtractConfig", "DEFAULT_CONFIG"]


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """Thresholds for finding quoted spans, classifying them and reading their attribution."""

    # --- paragraphs and quote marks ------------------------------------------------

    #: A single line break ends a paragraph after a line longer than this (characters):
    #: text written one paragraph per line (a blog comment) has long lines, while
    #: hard-wrapped prose (about 70 characters a line) keeps a quotation running across
    #: its line breaks. E.g. a 140-character line then "\n" starts a new paragraph.
    paragraph_line_chars: int = 100
    #: How far into a span (characters) to look for a letter before dropping it as
    #: wordless ("..." or "1990"); bounded so a huge span costs nothing. E.g. 200.
    word_probe_chars: int = 200
    #: A quotation left open at a paragraph's end runs on through paragraphs that open with
    #: no mark when a closing mark of its family ends a later paragraph within this many
    #: characters of the opening mark, with no mark of that family in between (a blog quoting
    #: three paragraphs with one pair of marks, a transcript's lines). E.g. 1500.
    run_on_max_chars: int = 1500

    # --- block quotations ----------------------------------------------------------

    #: Indentation marks block quotations only when at most this share of the
    #: paragraphs is indented; above it the whole text is indented (a poem, a
    #: code listing) and indentation means nothing. E.g. 0.67: 3 of 10 paragraphs.
    indented_share_max: float = 0.67
    #: An indented paragraph needs this many words to be a block quotation, so that
    #: centred headings ("CHAPTER I") and rows of asterisks are not. E.g. 6.
    block_min_words: int = 6
    #: ... and at most this share of words in capitals (headings are in capitals). E.g. 0.5.
    block_upper_share_max: float = 0.5
    #: A block is the one quotation in quote marks inside it when that quotation covers
    #: this share of its non-space characters (``> "..."``, a Marxists Internet
    #: Archive quote paragraph) rather than a block with a quotation nested in it. E.g. 0.6.
    block_single_quote_share: float = 0.6
    #: A marked-up block whose top-level quotations together cover this share is
    #: trusted to its marks instead of being one quotation. E.g. 0.6.
    block_marks_share: float = 0.6
    #: In such a block, a quotation covering this share of it counts as a block quotation. E.g. 0.4.
    block_member_share: float = 0.4

    #: A signed paragraph ("...\n-- Twain") is a quotation up to this many characters; a
    #: longer one is an article signed by its writer, not a quotation. E.g. 2000.
    signed_block_max_chars: int = 2000

    # --- sayings without marks: a page of sayings, a line ending in its source -------

    #: A saying under a writer's name, or on a line ending in its source, is at most this
    #: long (characters): a sentence or two, not a paragraph of commentary. E.g. 400.
    saying_max_chars: int = 400
    #: ... and at least this many words ("Iron sharpens iron." has 3). E.g. 3.
    saying_min_words: int = 3
    #: Short paragraphs under a writer's name are a page of their sayings when at least
    #: this many follow in a row (one could be an introduction). E.g. 3.
    sayings_min_run: int = 3
    #: A line of verse is at most this long (characters); hard-wrapped prose runs to 70. E.g. 60.
    verse_line_max_chars: int = 60
    #: A poem under a byline has at least this many lines. E.g. 4.
    verse_min_lines: int = 4

    # --- kinds: quotation, title or scare quote -------------------------------------

    #: Characters read before and after a span for a title cue ("See Trotsky's",
    #: "by Marx", "(1936)"): one clause. E.g. 60.
    kind_context_chars: int = 60
    #: A title is shorter than this (characters); longer Title Case text is a quotation. E.g. 150.
    title_max_chars: int = 150
    #: Title Case has at most this many words ("The Origin of Species" has 4). E.g. 14.
    title_max_words: int = 14
    #: Title Case: this share of content words (not "of", "the") is capitalised. E.g. 0.75.
    title_capitalised_share: float = 0.75
    #: This many words or more make a quotation whatever the context: scare quotes
    #: are a word or two ("so-called 'experts'"). E.g. 6.
    quotation_min_words: int = 6
    #: ... and this many for a span not inside another quotation: a phrase of three words
    #: or more in the writer's own text is quoted from someone ("a 'city upon a hill'",
    #: "'Water, water everywhere'"), while nested scare quotes are the quoted author's
    #: own irony ("the 'sacredness of human life'"). E.g. 3.
    top_quotation_min_words: int = 3
    #: A span ending in a full stop is a quotation from this many words: with two,
    #: American punctuation has put the sentence's stop inside ("the 'real thing.'"). E.g. 3.
    full_stop_min_words: int = 3
    #: A short span with an attribution cue right against it is a quotation from this
    #: many words ("'Not yet' he said"); with fewer it needs a closing comma, dash or
    #: full stop ("'Never,' she said"), else it is a scare quote ("his 'friends' said"). E.g. 3.
    cued_min_words: int = 3
    #: How far before the opening mark (characters) a colon makes a quotation
    #: ('He wrote: "Never."'). E.g. 3: the colon, a space and the mark's neighbour.
    colon_reach_chars: int = 3

    # --- attribution -----------------------------------------------------------------

    #: A nested quotation's attribution context reaches back this far (characters)
    #: inside the quotation around it ("He told me, 'Lenin said "..."'"). E.g. 200.
    nested_reach_chars: int = 200
    #: Characters after the closing mark read for a cue ("," said Holmes), at most up
    #: to the end of the sentence. E.g. 200.
    after_reach_chars: int = 200
    #: A cue before the quotation is "near" (same clause, so it also makes a short
    #: span a quotation) when fewer than this many characters separate them. E.g. 60.
    near_chars: int = 60
    #: Characters after a quotation searched for a signature line ("-- Twain,
    #: Pudd'nhead Wilson"), which may follow a line or two later. E.g. 240.
    signature_reach_chars: int = 240
    #: A pronoun ("he said") refers back at most this many sentences ... E.g. 4.
    refer_back_sentences: int = 4
    #: ... and at most this many characters, so it never reaches an unrelated page. E.g. 1500.
    refer_back_chars: int = 1500

    # --- the discourse: headings and the person a document is about ------------------

    #: A quotation nobody is named for is claimed for the person the document is about
    #: when that person is named (outside quotations) at least this many times ... E.g. 3.
    topic_min_mentions: int = 3
    #: ... and at least this many times as often as anyone else, so that an essay on
    #: Winthrop quoting his sermon claims Winthrop (6 mentions to 2), while Lenin's chapter
    #: naming Marx 10 times and Engels 4 claims nobody. E.g. 3.0.
    topic_dominance: float = 3.0
    #: ... and in at least this share of all the document's mentions of people: a polemic
    #: naming Marx most but also Engels, Kautsky and Hegel is about an argument, not one
    #: writer. E.g. 0.5.
    topic_share: float = 0.5
    #: A quotation nobody is named for, in a paragraph that names one person only (before
    #: it), is claimed for that person when the paragraph names them at least this many
    #: times: the paragraph is about them. E.g. 2 ("Lady Macbeth ... Lady Macbeth instead
    #: acted on hers. '...'"); one mention is a passing name.
    paragraph_subject_mentions: int = 2
    #: A quotation standing alone is claimed (as the discourse's claim) for the one known writer
    #: the sentence before names, when that sentence has at least this many lower-case words:
    #: a sentence ("Let's not forget Shakespeare though."), not a signature line under the
    #: quotation before ("George Orwell, “Politics and the English Language”"). E.g. 3.
    sentence_before_min_words: int = 3

    # --- session 4 (extraction recall): added at the end, one block ---------------------

    #: A line standing alone (a heading without its stop) is the line the next paragraph
    #: discusses, a quotation, when a run of at least this many of its words in a row is
    #: quoted in that paragraph ... E.g. 3 ("Bubble, bubble, toil and trouble" over 'The
    #: witches in Macbeth say "Double, double, toil and trouble."').
    echo_min_run_words: int = 3
    #: ... and that run holds at least this share of the line's words, so that a long heading
    #: sharing a stock phrase with a quotation is not one. E.g. 0.5.
    echo_min_share: float = 0.5

    # --- session 5 (set f: lists, verse after a colon): added at the end, one block -------

    #: A layout rule's block is dropped for another rule's block over the same words unless
    #: that one is more than this many times longer (a signed page above it, which the
    #: signature's own rule narrows later). E.g. 2.0.
    block_overlap_max_ratio: float = 2.0

    # --- session 6 (set h: quotation pages, poems, threads): added at the end, one block ---

    #: A poem found only from the credit under it ("By Dan Vera (2008)", "-Robert Frost") has at
    #: least this many lines: short lines signed by a name are otherwise a note or a list. E.g. 8.
    poem_min_lines: int = 8

    # --- session 6 (lead): paragraphs pasted without marks, cue or credit ----------------

    #: A paragraph (or list item) holding no quotation is a candidate uncredited quotation,
    #: kept only when the corpus holds its words (``MatchConfig.uncredited_*``), from this
    #: many words. E.g. 4 ("It will become all one thing or all the other." after a pasted
    #: paragraph of the same speech).
    uncredited_min_words: int = 4
    #: ... looking at no more than this many paragraphs of one document (a book-length page
    #: costs seconds, not minutes). E.g. 5000.
    uncredited_max_paragraphs: int = 5000
    #: ... and not a line standing alone without a final stop of up to this many words: a title
    #: or heading ("It was the best of times, it was the worst of times" over an article). E.g. 20.
    uncredited_heading_max_words: int = 20

    # --- session 7 (issue 10, set i: several people quoted in turn) ----------------------

    #: A known work of another writer named this near before a quotation (its end to the
    #: opening mark) outweighs a speech verb further back: "Lincoln held that slavery was
    #: incompatible with the Declaration of Independence as embodied in the phrase '...'" gives
    #: no claim for Lincoln. E.g. 40.
    work_nearer_chars: int = 40

    # --- session 7 (set j: psalms, hymns, threads; study notes quoting a play) ----------------

    #: A cue that is a paragraph of its own, ending in a colon, over verse set off as a paragraph
    #: of its own, introduces it from this many words ("Cassius corrects him:" has 3), where a
    #: cue run into the verse needs ``block_min_words``: the blank lines show the block. E.g. 3.
    set_off_intro_min_words: int = 3


#: The settings used when none are given (``bench/extract_eval.py`` measures these).
DEFAULT_CONFIG = ExtractConfig()
