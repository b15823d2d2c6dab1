"""Quotations that no quote mark encloses, found from the layout a reader sees.

A fact-checker reads as quotations, besides words in quote marks:

- a paragraph signed by a line under it ("-Lenin", "— Marx, *Capital*",
  "-- Wm. Shakespeare, \"Richard III\"", "— From a letter to …");
- a paragraph followed by a reference on its own line or at its end
  ("(Hamlet)", "(1 Timothy 6:10)");
- a paragraph introduced by a colon after a cue ("The full passage reads:",
  "Lady Macbeth scolds Macbeth:");
- TeX quotes: ``like this'';
- a run of short paragraphs under a line naming a known writer alone (a page
  of sayings: "Leon Trotsky", then one saying a paragraph);
- a paragraph or line ending in its source: "Iron sharpens iron. From the
  book of Proverbs.", "Saying. — Mark Twain";
- a saying named and introduced by a colon inside a sentence ("another
  famous biblical saying: Don't throw your pearls before swine.");
- a poem under its title and byline ("The Donkey / by G.K. Chesterton", then
  stanzas of short lines): the whole poem is one quotation.

Each finding is a :class:`Unmarked` with the form the layout shows and, for
signatures and references, the attribution the signature gives, so the
attribution never has to guess from the paragraph before.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .config import ExtractConfig
from .cues import Attribution
from .known import DEFAULT_KNOWN, KnownWorks
from .marks import LIST_MARK, has_words, trim
from .patterns import HONORIFICS, MONTHS, NAME, NAME_RE, TITLE_RUN, VERB
from .people import clean_name

__all__ = [
    "Unmarked",
    "find_unmarked",
    "read_signature",
    "BIBLE_BOOKS",
    "BIBLE_BOOK",
    "POSTER",
    "POSTER_HEADER",
    "COMMENT_HEADER",
]

#: Books of the Bible, so that "-- Proverbs 26:11" and "(1 Timothy 6:10)" name the Bible.
BIBLE_BOOKS = (
    "Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|"
    "Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Song of (?:Solomon|Songs)|Isaiah|Jeremiah|"
    "Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|"
    "Haggai|Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|"
    "Philippians|Colossians|Thessalonians|Timothy|Titus|Philemon|Hebrews|James|Peter|Jude|Revelation"
)
#: The usual abbreviations of the books, in references ("Eccl 9:11", "Heb. 12:1-2", "1 Cor 13:4").
BIBLE_ABBREVIATIONS = (
    "Gen|Exod?|Lev|Num|Deut|Josh|Judg|Sam|Kgs|Chr|Chron|Neh|Esth|Ps|Psa|Prov|Eccl|Eccles|Isa|Jer|Lam|"
    "Ezek|Dan|Hos|Obad|Jon|Mic|Nah|Hab|Zeph|Hag|Zech|Mal|Matt|Mt|Mk|Lk|Jn|Rom|Cor|Gal|Eph|Phil|Col|"
    "Thess|Tim|Tit|Philem|Heb|Jas|Pet|Rev"
)
_BIBLE_REF = re.compile(
    rf"^(?P<book>(?:(?:[123]|I{{1,3}})\s*)?(?:{BIBLE_BOOKS}|(?:{BIBLE_ABBREVIATIONS})\.?(?=\s+\d+:)))"
    r"\s+\d+(?::\d+(?:[-–]\d+)?)?\b"
)
#: A book of the Bible named alone ("— Ecclesiastes", "1 Timothy").
BIBLE_BOOK = re.compile(rf"(?:(?:[123]|I{{1,3}})\s*)?(?:{BIBLE_BOOKS})")

# A signature line: a dash, then a name or a title, alone on its line.
_SIG_LINE = re.compile(
    r"(?m)^[ \t]*(?P<dash>--|[—–―~]|-(?=\S))[ \t]*(?P<body>[A-Z\[*_“\"‘'][^\n]{0,160}?)[ \t]*$"
)
# A reference alone on its line, or closing a paragraph: "(Hamlet)", "(1 Timothy 6:10)".
_REF_LINE = re.compile(r"[ \t]*\((?P<body>[A-Z1-3][^()\n]{1,80})\)[ \t]*$")
_REF_END = re.compile(rf"[.!?]\s*\((?P<body>(?:[123]\s*)?(?:{BIBLE_BOOKS})\s+\d+:\d+[^()\n]{{0,20}})\)\s*$")
_TEX_ENV = re.compile(
    r"\\begin\{(?P<env>quote|quotation|verse|displayquote|quoting)\}(?:\[[^\]\n]*\])?(?P<q>.{1,4000}?)\\end\{(?P=env)\}",
    re.S,
)
_TEX_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_TEX = re.compile(r"``(?P<q>[^`'\n](?:[^`]|\n(?!\s*\n)){0,2000}?)''")
#: Two apostrophes for a double quote mark, as typed on many web pages: "his ''To be or not to be...''
#: soliloquy" (not three, a wiki's bold, and never across a blank line).
_TWO_APOSTROPHES = re.compile(r"(?<![`'\w])''(?P<q>[^'\s](?:[^'\n]|'(?!')|\n(?!\s*\n)){0,2000}?)''(?!')")
# A cue that introduces the next paragraph with a colon.
_INTRO = re.compile(
    rf"\b(?:{VERB}|reads|read|goes|went|passage|quote|quotation|lines?|words|saying|verse|"
    rf"follows|following|writes|wrote|remains|puts\s+it|himself|herself)\b[^.!?]{{0,40}}[:]\s*$"
    r"|\bthe\s+following\s+(?:quote|passage|lines|words)\b[^\n]{0,40}[?:.]\s*$",
    re.I,
)
_YEARS = re.compile(rf"\(?\b(?:c\.\s*)?\d{{3,4}}s?\b\)?|\b(?:{MONTHS})\b")
#: The header of a numbered reply in a blog's comment thread, right above its indented text.
COMMENT_HEADER = re.compile(
    r"(?m)^[ \t]*\d{1,4}\.[ \t]+[^\n]{1,60}?[ \t]+(?:says|said|wrote|writes):[ \t]*\n\s*\Z"
)
#: A forum quote's header line: "historybuff wrote:", "Quote from: oldtimer on March 3",
#: "Originally Posted by X" (the poster's name in the first group that matched).
POSTER_HEADER = re.compile(
    r"[ \t]*(?:Quote\s+from:\s*(?P<a>[^\s][^\n]{0,40}?)(?:\s+on\s+[^\n]*)?"
    r"|(?:Originally\s+)?[Pp]osted\s+by:?\s*(?P<b>[^\s][^\n]{0,40}?)"
    r"|(?P<c>[^\s\n][^\n]{0,40}?)\s+(?:wrote|writes|said|says):)[ \t]*\n"
)
#: A poster's signature on a wiki talk page or forum: "--[[User:Nigel Galloway|...]] (talk) 16:58, 11 March 2019 (UTC)".
POSTER = re.compile(r"\[\[User(?: talk)?:|\(UTC\)|\(talk\)")


@dataclass(frozen=True, slots=True)
class Unmarked:
    """A quotation without marks ``[start, end)``, its form, and the attribution its layout gives."""

    start: int
    end: int
    form: str
    attribution: Attribution | None = None
    #: Run in inside a paragraph (after a colon in its sentence), not set off as a block: its
    #: cue is read in its own sentence, as a marked quotation's is, not in the paragraph above.
    inline: bool = False


_SPOKEN_IN = re.compile(rf"(?P<who>{NAME})\s+in\s+(?P<work>[^,]{{2,100}}),\s*by\s+(?P<author>{NAME})")
#: "Macbeth in Macbeth", "Pembroke in The Life and Death of King John": a character in a known play.
_CHARACTER_IN = re.compile(rf"(?P<who>{NAME})\s+in\s+(?:the\s+play\s+)?(?P<work>[A-Z][^,()]{{1,100}})")


#: A caption naming the work, then in a sentence of its own the author (and years).
_CAPTION = re.compile(
    rf"(?P<work>[A-Z][^.()\n]{{0,80}}?)\s*(?:\([^()\n]{{1,40}}\))?\.\s+(?P<who>{NAME})(?:,\s*[\d\s–-]+)?"
)


#: A credit naming a kind of writing rather than a person: "—Journal, 6 May 1854", "— Letters".
_GENRE = re.compile(
    r"(?:Journals?|Diary|Diaries|Notebooks?|Letters?|Speech|Sermon|Lecture|Essays?|Address|Memoirs?|"
    r"Autobiography|Correspondence|Table[- ]Talk|Conversations?)"
)


def _play_title(title: str) -> str:
    """A play's title as a table of works keys it: "The Life and Death of King John" → "King John"."""
    return re.sub(
        r"^(?:The\s+)?(?:Life\s+and\s+Death|Tragedy|History|Famous\s+History)\s+of\s+", "", title.strip()
    )


def read_signature(body: str, known: KnownWorks = DEFAULT_KNOWN) -> Attribution:
    """Read a signature or reference ("M. N. Roy, Supplementary Theses", "Proverbs 26:11",
    "Wm. Shakespeare, \"Richard III\"", "Philip Larkin on Anthony Burgess") as author and work."""
    cue = body.strip()
    body = re.sub(r"\[\[|\]\]|[\[\]*_]", "", cue).strip(" .")
    ref = _BIBLE_REF.match(body)
    if ref:
        return Attribution("Bible", ref.group("book"), cue, True)
    if re.search(r"\b(?:Bible|Scriptures?)\b", body) and not re.search(r"\bby\b", body):
        return Attribution("Bible", None, cue, True)  # "King James Bible (Cambridge Ed.)"
    if re.match(r"(?i)from\s+", body):
        return Attribution(None, body, cue, True)
    body = re.sub(r"^by\s+", "", body)
    if known.author_of(body):  # "(The Merchant of Venice)": a work known by its title, not "The Merchant"
        return Attribution(known.author_of(body), body, cue, True)
    spoken = _SPOKEN_IN.fullmatch(body)
    if spoken:  # "Prince Hamlet in Hamlet, by William Shakespeare"
        return Attribution(spoken.group("author"), spoken.group("work"), cue, True, spoken.group("who"))
    character = _CHARACTER_IN.fullmatch(body)
    if character:
        # "Macbeth in Macbeth": the speaker, and the play that makes the author; a play the table
        # does not know is still the work when the speaker's name is in its title ("Cleopatra in
        # Anthony and Cleopatra"), and its author is left unknown rather than guessed
        play, who = character.group("work").strip(), character.group("who")
        author = known.author_of(_play_title(play))
        if author or who.split()[-1] in play.split():
            return Attribution(author, play, cue, True, who)
    head, _, rest = body.partition(",")
    whole = head.strip()
    head = re.sub(r"\s*\([^)]*\)", "", head).strip()
    head = re.sub(r"\s+(?:on|to|in|about|of)\s+.*$", "", head)
    quoted = re.search(r"[\"“']([^\"”']{2,100})[\"”']", rest)
    work = quoted.group(1) if quoted else None
    if work is None and rest:
        rest_words = _YEARS.sub("", rest).strip(" .,;")
        work = rest_words if rest_words[:1].isupper() and len(rest_words.split()) <= 12 else None
    if not re.fullmatch(NAME, head) or len(head.split()) > 5 or not clean_name(head):
        caption = _CAPTION.fullmatch(body)
        if caption and clean_name(caption.group("who")):
            # a caption, the work then its author: "Jabberwocky (first verse). Lewis Carroll, 1832-98"
            return Attribution(caption.group("who"), caption.group("work"), cue, True)
        # a title alone ("― Hamlet", "[The Problem with the Indian Left – IDEAs]")
        return Attribution(None, work or whole or None, cue, True)
    if _GENRE.fullmatch(head):  # "Journal, 6 May 1854", "Letters": a kind of writing, not a person
        return Attribution(None, head, cue, True)
    head = re.sub(r"^Wm\.?\s", "William ", head)
    return Attribution(head, work, cue, True)


def find_unmarked(
    text: str, paras: list[tuple[int, int]], config: ExtractConfig, known: KnownWorks = DEFAULT_KNOWN
) -> list[Unmarked]:
    """Signed paragraphs, referenced paragraphs, colon-introduced paragraphs and TeX quotes."""
    found = _signed(text, config) + _referenced(text, paras, config) + _introduced(text, paras, config)
    found += [Unmarked(m.start("q"), m.end("q"), "tex") for m in _TEX.finditer(text)]
    if "''" in text:
        found += [
            Unmarked(m.start("q"), m.end("q"), "marks")
            for m in _TWO_APOSTROPHES.finditer(text)
            if not _title_cased(m.group("q"))  # a wiki's italics: ''The Old Benchers of the Inner Temple''
        ]
    found += _tex_environments(text, config)
    found += _sayings_under_name(text, paras, config, known) + _sourced(text, paras, config, known)
    found += _named_sayings(text, paras, config) + _poems_under_byline(text, paras, config)
    found += _echoed_lines(text, paras, config) + _commented(text, paras, config)
    found += _introduced_by_work(text, paras, config, known) + _credited_below(text, paras, config)
    found += _named_below(text, config, known) + _stanzas_after_prose(text, paras, config, known)
    found += _verse_above_credit(text, paras, config, known) + _numbered_verses(text, paras, config)
    listed = _listed_sayings(text, paras, config)
    # a block of sayings one a line is its sayings, not one quotation of them all
    found = [u for u in found if not _made_of(u, listed)] + listed
    taken = [(u.start, u.end) for u in found]
    for u in (
        _verse_after_colon(text, config)
        + _verse_from_work(text, paras, config)
        + _run_in_verse(text, paras, config)
    ):
        if not any(
            s < u.end and u.start < e and e - s <= config.block_overlap_max_ratio * (u.end - u.start)
            for s, e in taken
        ):
            # unless another rule's block holds it already (a signed page above does not)
            found.append(u)
            taken.append((u.start, u.end))
    return found


def _made_of(block: Unmarked, items: list[Unmarked]) -> bool:
    """The block spans exactly a run of the items, from the first's start to the last's end."""
    inside = [u for u in items if block.start <= u.start and u.end <= block.end]
    return bool(inside) and (inside[0].start, inside[-1].end) == (block.start, block.end)


#: The cue over a list of sayings names them: "Franklin wrote many clever sayings ..., and here are
#: several:", "my favorite maxims offered by ... Ben Franklin:" (not "here are a few steps:").
_LIST_CUE = re.compile(
    r"\b(?:sayings?|proverbs?|maxims?|aphorisms?|adages?|quotes?|quotations?|mottos?|mottoes|precepts?|"
    r"epigrams?|words\s+of\s+wisdom)\b",
    re.I,
)


def _listed_sayings(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """A list of sayings under a sentence that introduces them with a colon ("Franklin wrote
    many clever sayings ..., and here are several:"): each item a sentence of its own, one a
    line, at least ``sayings_min_run`` of them. Each item is a quotation; a list of anything
    else (topics, steps) has no such cue or items that are no sentences."""
    out: list[Unmarked] = []
    for k, (s, e) in enumerate(paras[:-1]):
        if text[e - 1] != ":" and (text[e - 1] != "." or not _LIST_NOUN.search(text, max(s, e - 80), e)):
            continue  # a full stop announces a list only in a sentence naming sayings (found first, cheaply)
        line = text[max(text.rfind("\n", s, e) + 1, e - config.saying_max_chars) : e]
        sentence = re.split(r"(?<=[.!?])\s", line)[-1]
        if len(sentence.split()) < config.block_min_words or not _LIST_CUE.search(sentence):
            continue  # "The steps are as follows:" or "He wrote:" over a list: no sayings named
        if text[e - 1] == "." and not _LIST_OF.search(sentence):
            continue  # "Franklin wrote many sayings." over prose: a full stop announces no list
        run = []
        for ps, pe in paras[k + 1 :]:
            mark = LIST_MARK.match(text, ps, pe)
            if not mark:
                break
            ie = text.find("\n", ps, pe)
            qs, qe = trim(text, mark.end(), ie if ie >= 0 else pe)
            if not _a_saying(text, qs, qe, config):
                break
            run.append(Unmarked(qs, qe, "verse_lines"))
        if not run:
            run = _sayings_a_line(text, e, config)  # no list marks: one saying a line
        if len(run) == 1 and run[0].end == paras[k + 1][1] and _LIST_OF.search(sentence):
            # one saying a paragraph, under a cue that announces a list of them
            run = _sayings_a_paragraph(text, paras[k + 1 :], config)
        if len(run) >= config.sayings_min_run:
            by = _LIST_BY.search(sentence)
            who = clean_name(by.group("who")) if by else None
            credit = Attribution(who, None, sentence.strip(), True) if who else None
            out += [replace(u, attribution=credit) for u in run]
    return out


#: A sentence ending in a full stop announces a list when it names one: "I give you a partial list
#: of aphorisms found in ...", "Here are some of his sayings.", "the following maxims".
_LIST_OF = re.compile(
    r"(?i)\b(?:list|collection|selection|few|some|several|following|these|here\s+are)\b[^.!?]{0,60}"
    r"\b(?:sayings|proverbs|maxims|aphorisms|adages|quotes|quotations|mottoes|precepts|epigrams)\b"
)


#: The plural nouns of _LIST_OF, by their first letter first (most paragraphs have none).
_LIST_NOUN = re.compile(
    r"[SsPpMmAaQqEe](?i:ayings|roverbs|axims|phorisms|dages|uotes|uotations|ottoes|recepts|pigrams)\b"
)


def _sayings_a_paragraph(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """The paragraphs in a row that are each one line and one saying (:func:`_a_saying`), no
    list mark, no quote marks: a list of sayings laid out one a paragraph."""
    run = []
    for ps, pe in paras:
        qs, qe = trim(text, ps, pe)
        if (
            "\n" in text[qs:qe]
            or LIST_MARK.match(text, qs, qe)
            or _MARK_IN_LINE.search(text, qs, qe)
            or not _a_saying(text, qs, qe, config)
        ):
            break
        run.append(Unmarked(qs, qe, "verse_lines"))
    return run


def _a_saying(text: str, s: int, e: int, config: ExtractConfig) -> bool:
    """``[s, e)`` reads as one saying: a capitalised sentence or two ending in its stop."""
    body = text[s:e]
    return (
        e - s <= config.saying_max_chars
        and len(body.split()) >= config.saying_min_words
        and body[:1].isupper()
        and bool(_SENTENCE_END_CHAR.search(body))
    )


def _sayings_a_line(text: str, after: int, config: ExtractConfig) -> list[Unmarked]:
    """The block of lines after ``after`` (up to a blank line) when every line is a saying
    without a list mark or quote marks: one saying a line. A block with any other line (prose
    hard-wrapped, a heading) is no such list."""
    start = after + len(text[after:]) - len(text[after:].lstrip())
    blank = _BLANK_LINE.search(text, start)
    end = blank.start() if blank else len(text)
    if end - start > config.signed_block_max_chars:
        return []
    run = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        qs, qe = trim(text, start + line.start(), start + line.end())
        if (
            LIST_MARK.match(text, qs, qe)
            or _MARK_IN_LINE.search(text, qs, qe)
            or not _a_saying(text, qs, qe, config)
        ):
            return []
        run.append(Unmarked(qs, qe, "verse_lines"))
    return run


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


#: The writer a list's cue names at its end: "my favorite maxims offered by none other than Ben Franklin:".
_LIST_BY = re.compile(rf"\b(?:by|from)\s+(?:none\s+other\s+than\s+)?(?P<who>{NAME})\s*:\s*$")


#: A line ending in a colon, or in a dash standing for one after a space ("I love this old hymn -").
_COLON_LINE_END = re.compile(r"(?::|(?<=[ \t])[-–—])[ \t]*$", re.M)
_LINE_CITE = re.compile(r"\s*\(\d+(?:\s*[-–,]\s*\d+)*\)\s*$")  # "And Immortality. (1 - 4)"


def _verse_after_colon(text: str, config: ExtractConfig) -> list[Unmarked]:
    """Lines of verse after a prose line ending in a colon, in the same paragraph or the next
    ones ("Emily Dickinson's poem is about death:" then the stanza; "... powers of an unnamed
    President:" then a line a paragraph; "I love this old hymn -" then its stanzas): at least
    ``verse_min_lines`` short lines (``verse_line_max_chars``), most not ending a sentence; a
    cue that is a paragraph of its own over verse set off as one ("Brutus overrules him, getting
    it wrong:", then a blank line and the speech) needs only ``set_off_intro_min_words``. Verse
    set off after a colon is quoted whatever the cue's verb; the block ends at the first line of
    prose, or at the next cue standing alone ("Cassius corrects him:")."""
    out: list[Unmarked] = []
    for m in _COLON_LINE_END.finditer(text):
        if not m.start() or (text[m.start()] == ":" and text[m.start() - 1].isspace()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        sentence = re.split(
            r"(?<=[.!?])\s", text[max(line_start, m.end() - config.saying_max_chars) : m.end()]
        )[-1]
        set_off = _own_paragraph(text, line_start, m.end())
        need = config.set_off_intro_min_words if set_off else config.block_min_words
        if len(sentence.split()) < need or _CODE_CHARS.search(sentence):
            continue
        before = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
        if line_start and 0 < len(before.strip()) <= config.verse_line_max_chars:
            continue  # a line of a stanza ending in a colon, not prose introducing one
        lines = _verse_lines_after(text, m.end() + 1, config)
        # a line cut with "..." ends no sentence: the quoter left the rest out
        ends = sum(
            text[ls:le].endswith((".", "!", "?")) and not text[ls:le].endswith("..") for ls, le in lines
        )
        words = sum(len(text[ls:le].split()) for ls, le in lines)
        # lines of words (``saying_min_words`` a line on average), most not ending a sentence
        enough = words >= config.saying_min_words * len(lines)
        if len(lines) >= config.verse_min_lines and ends <= len(lines) / 2 and enough:
            out.append(Unmarked(lines[0][0], lines[-1][1], "colon_block"))
    return out


def _own_paragraph(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is set off: a blank line (or the text's edge) before and after it."""
    head = re.search(r"(?:\A|\n[ \t]*\n)[ \t]*\Z", text[max(0, start - 80) : start])
    tail = re.match(r"[ \t]*(?:\n[ \t]*\n|\n?[ \t]*$)", text[end : end + 40])
    return (start == 0 or bool(head) or not text[:start].strip()) and bool(tail)


def _verse_lines_after(text: str, at: int, config: ExtractConfig) -> list[tuple[int, int]]:
    """The short lines of words from ``at`` on, blank lines between them allowed, up to the first
    line of prose, list item or code, a line in capitals (a signature, a heading), or the next
    cue standing alone (a paragraph ending in a colon). A line opens with a capital, after its
    verse number if it has one ("2 but his delight ..." counts its "but"), unless it is a
    paragraph of its own: a psalm laid out a line a paragraph goes on in lower case ("nor stands
    in the way of sinners,"), as prose never does."""
    lines: list[tuple[int, int]] = []
    for ln in re.finditer(r"[^\n]*", text[at : at + config.signed_block_max_chars]):
        ls, le = trim(text, at + ln.start(), at + ln.end())
        if ls == le:
            continue  # blank lines between the lines (a line a paragraph)
        body = _LINE_CITE.sub("", text[ls:le])
        number = re.match(r"\d{1,3}[ \t]+(?=[A-Za-z])", body)
        opening = body[number.end() :] if number else body
        words = re.findall(r"[A-Za-z]{2,}", body)
        if (
            le - ls > config.verse_line_max_chars
            or sum(w.isupper() for w in words) > config.block_upper_share_max * len(words)  # "A. LINCOLN,"
            or len(body.split()) < 2
            or _CODE_CHARS.search(body)
            or LIST_MARK.match(body)
            or not (
                opening[:1].isupper() or (lines and opening[:1].islower() and _own_paragraph(text, ls, le))
            )
            or (lines and body.endswith(":") and _own_paragraph(text, ls, le))
        ):
            break
        lines.append((ls, ls + len(body)))
    return lines


#: A verse line's first word run in after the line before, on the same line: a capitalised small
#: word right after a lower-case word or a comma ("on all sides round As one great Furnace",
#: "where peace And rest"); a line break before it is verse laid out, not run in.
_RUN_IN_LINE = re.compile(
    r"(?<=[a-z,;’'])[ \t]+(?:As|And|But|Or|Nor|Yet|To|The|In|Of|For|Till|Than|That|Where|When|Which|Who|"
    r"If|Though|So|Still|With|No|Thy|Thou|Thee|His|Her|Their|Our|My|Is|Be|Are|Was|Were|Shall|Will)\b"
)
_RUN_IN_STOP = re.compile(r"\s*(?:\.\.\.|…)\s*(?=[a-z])")  # "fire...you get the picture": the writer resumes


def _run_in_verse(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """Verse run in as prose after a colon ("describing this Hell ...: A Dungeon horrible, on
    all sides round As one great Furnace flam'd, ... where peace And rest can never dwell"):
    at least ``sayings_min_run`` of its line starts show, a small word capitalised after a
    lower-case one, which prose never writes. It ends at the paragraph's end or where an
    ellipsis hands back to the writer."""
    out: list[Unmarked] = []
    for s, e in paras:
        colon = _COLON_CAPITAL.search(text, s, e)
        if not colon:
            continue
        blank = text.find("\n\n", colon.end())
        e = blank if blank >= 0 else len(text)  # to the blank line: long lines are paragraphs of their own
        if len(_RUN_IN_LINE.findall(text, colon.end() - 1, e)) < config.sayings_min_run:
            continue
        qs = colon.end() - 1
        stop = _RUN_IN_STOP.search(text, qs, e)
        qe = stop.start() if stop else e
        if len(_RUN_IN_LINE.findall(text, qs, qe)) >= config.sayings_min_run and has_words(
            text, qs, qe, config
        ):
            out.append(Unmarked(qs, qe, "colon_block", inline=True))
    return out


#: An anthology's heading over an excerpt: "from AN ESSAY ON CRITICISM", "From Paradise Lost".
_FROM_HEADING = re.compile(r"[Ff]rom\s+(?P<work>[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,9})")


def _verse_from_work(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """Verse under a heading naming the work it is from ("from AN ESSAY ON CRITICISM" alone on
    its line, then a stanza of at least ``verse_min_lines`` lines): one quotation of that work."""
    out: list[Unmarked] = []
    for (s, e), (ns, ne) in zip(paras, paras[1:], strict=False):
        head = _FROM_HEADING.fullmatch(text, s, e)
        if not head or not _verse(text, ns, ne, config):
            continue
        work = head.group("work")
        if not all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in work.split()):
            continue  # "from what he says", not a title
        if text[ns:ne].count("\n") + 1 >= config.verse_min_lines:
            out.append(
                Unmarked(
                    ns,
                    ne,
                    "verse_lines",
                    Attribution(None, work.title() if work.isupper() else work, text[s:e], True),
                )
            )
    return out


def _tex_environments(text: str, config: ExtractConfig) -> list[Unmarked]:
    """LaTeX's block quotations: ``\\begin{quote}``, ``quotation``, ``verse`` (and csquotes'
    ``displayquote``, ``quoting``) up to their ``\\end``; a comment after ``\\begin`` is no part of it."""
    out: list[Unmarked] = []
    if "\\begin{" not in text:
        return out
    for m in _TEX_ENV.finditer(text):
        s, e = m.start("q"), m.end("q")
        comment = _TEX_COMMENT.match(text, s + len(text[s:e]) - len(text[s:e].lstrip(" \t")))
        if comment:
            s = comment.end()
        s, e = trim(text, s, e)
        if e > s and has_words(text, s, e, config):
            out.append(Unmarked(s, e, "tex"))
    return out


_TITLE_SMALL = {"a", "an", "the", "of", "on", "in", "and", "to", "for", "with", "from"}


def _title_cased(words: str) -> bool:
    """Every word capitalised but the small ones, and no sentence's end: a title ("Dune", "The Old
    Benchers of the Inner Temple"), not words someone said."""
    tokens = words.split()
    return (
        0 < len(tokens) <= 12
        and tokens[0][:1].isupper()
        and words.rstrip()[-1:] not in ".!?…"
        and all(t[:1].isupper() or t.lower() in _TITLE_SMALL for t in tokens)
    )


#: Books of the Bible that are nobody's name, so that naming one names the book.
_BOOKS_NAMED = re.compile(
    r"\b(?:Genesis|Exodus|Leviticus|Deuteronomy|Proverbs|Psalms|Ecclesiastes|Isaiah|Lamentations|"
    r"Romans|Corinthians|Galatians|Ephesians|Philippians|Hebrews|Revelation)\b"
)


def _introduced_by_work(
    text: str, paras: list[tuple[int, int]], config: ExtractConfig, known: KnownWorks
) -> list[Unmarked]:
    """A paragraph after one whose last sentence names a known work (or a book of the Bible)
    and ends in a colon, with no cue word (:func:`_is_intro` has those): "One of my favourite
    images in Proverbs is of the sluggard:" introduces the sluggard's verse, from that work."""
    out: list[Unmarked] = []
    for (ps, pe), (s, e) in zip(paras, paras[1:], strict=False):
        if text[pe - 1] != ":" or e - s > config.signed_block_max_chars:
            continue
        sentence = text[max(ps, pe - 160) : pe].split("\n")[-1]
        sentence = re.split(r"[.!?]\s", sentence)[-1]
        if len(sentence.split()) < config.block_min_words or LIST_MARK.match(text[s:e]):
            continue  # a prose sentence (not "tags:" in front matter) before a paragraph, not a list
        if _is_intro(sentence) or text[s] == "<" or not has_words(text, s, e, config):
            continue
        book = _BOOKS_NAMED.search(sentence)
        work = (
            book.group(0)
            if book
            else next((t.group(0) for t in TITLE_RUN.finditer(sentence) if known.author_of(t.group(0))), None)
        )
        if work:
            author = "Bible" if book else known.author_of(work)
            out.append(Unmarked(s, e, "colon_block", Attribution(author, work, sentence.strip(), True)))
    return out


#: A paragraph opening by saying where the paragraph above comes from, or whom it is pinned on:
#: "Supposedly from *Origin of Species*, ...", "Not Darwin but Richard Dawkins!", "This one comes
#: from an article ...", "Usually shortened to ...", "Misattributed to Voltaire".
_SOURCE_COMMENT = re.compile(
    rf"(?:(?:Supposedly|Allegedly|Reportedly|Purportedly|Apparently)\s+(?:from|in)\s+[*_]*(?P<work>[A-Z][^*_,.;:!?\n]{{1,80}}?)[*_]*\s*[,.;:!?(]"
    rf"|Not\s+(?:by\s+)?{NAME}\s*,?\s+but\s+(?:by\s+)?(?P<who>{NAME})\b"
    rf"|(?:Misattributed|Wrongly\s+attributed|Often\s+attributed|Attributed|Credited)\s+to\s+(?P<pinned>{NAME})\b"
    rf"|(?P<credited>{NAME})\s+(?:usually|often|commonly|generally|always)\s+(?:gets|takes|is\s+given)\s+the\s+credit\b"
    rf"|This\s+(?:one|quote|quotation|line|saying|passage)\s+(?:comes|came|is|was)\s+(?:from|by|in|not)\b"
    rf"|(?:Usually|Often|Commonly|Sometimes|Frequently)\s+(?:shortened|misquoted|quoted|rendered|given)\b)"
)


def _commented(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """A line of a sentence or two without marks, standing alone, that the next line opens by
    sourcing (:data:`_SOURCE_COMMENT`): a list of sayings, each with a note on where it comes
    from, as on a page of misquotations. The note's work or person is its claim."""
    out: list[Unmarked] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    starts = [s for s, _ in lines]
    for hint in _HINT_LINE.finditer(text):  # the lines opening with a hint word, not every line
        k = bisect.bisect_left(starts, hint.start())
        if not 0 < k < len(lines) or starts[k] != hint.start():
            continue
        ns, ne = lines[k]
        m = _SOURCE_COMMENT.match(text, ns + len(text[ns:ne]) - len(text[ns:ne].lstrip()), ne)
        s, e = trim(text, *lines[k - 1])
        body = text[s:e]
        before = text[lines[k - 2][0] : lines[k - 2][1]].rstrip() if k > 1 else ""
        if (
            not m
            or e - s > config.saying_max_chars
            or len(body.split()) < config.saying_min_words
            or not body[:1].isupper()
            or not (_SENTENCE_END_CHAR.search(body) or _alone(text, s, e))
            or _MARK_IN_LINE.search(body)
            or LIST_MARK.match(body)
            or (before and "\n\n" not in text[lines[k - 2][1] : s] and not before.endswith((".", "!", "?")))
        ):
            continue
        cue = m.group(0).strip()
        who = m.group("who") or m.group("pinned") or m.group("credited")
        attribution = Attribution(who, m.group("work"), cue, True) if who or m.group("work") else None
        out.append(Unmarked(s, e, "verse_lines", attribution))
    return out


def _alone(text: str, s: int, e: int) -> bool:
    """The line ``[s, e)`` is a paragraph by itself, a blank line on either side (a heading)."""
    return text[max(0, s - 2) : s].count("\n") == 2 and text[e : e + 2] == "\n\n"


_SOURCE_HINT_WORDS = re.compile(
    r"Supposedly|Allegedly|Reportedly|Purportedly|Apparently|Not\s|Misattributed|Wrongly|Often|Attributed|"
    r"Credited|This\s|Usually|Commonly|Sometimes|Frequently"
    r"|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s+(?:usually|often|commonly|generally|always)\s"
)


#: A line whose first word (within its first 40 characters) is a source hint word.
_HINT_LINE = re.compile(r"^[^\S\n]{0,40}(?=" + _SOURCE_HINT_WORDS.pattern + ")", re.M)


_QUOTED_IN_PARA = re.compile(r"[“\"]([^“”\"\n]{3,400})[”\"]")
_WORDS = re.compile(r"\w+(?:[’']\w+)?")


def _longest_run(words: list[str], quoted: list[str]) -> int:
    """The length of the longest run of ``words`` in a row that ``quoted`` holds in a row."""
    best = 0
    for i in range(len(words)):
        for j in range(len(quoted)):
            k = 0
            while i + k < len(words) and j + k < len(quoted) and words[i + k] == quoted[j + k]:
                k += 1
            best = max(best, k)
    return best


def _echoed_lines(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """A line standing alone, capitalised, without marks or a closing stop (a heading), that
    the next paragraph discusses by quoting its words: "Bubble, bubble, toil and trouble" over
    'The witches in Macbeth say "Double, double, toil and trouble."' names the line, as a
    misquotation, a quotation itself (``echo_min_run_words``, ``echo_min_share``)."""
    out: list[Unmarked] = []
    for (s, e), (ns, ne) in zip(paras[1:], paras[2:], strict=False):  # the first is the title
        line = text[s:e]
        if (
            "\n" in line
            or e - s > config.saying_max_chars
            or not line[:1].isupper()
            or line[-1] in ".!?:;,)]"
            or _MARK_IN_LINE.search(line)
        ):
            continue
        words = [w.lower() for w in _WORDS.findall(line)]
        if len(words) < config.echo_min_run_words:
            continue
        need = max(config.echo_min_run_words, config.echo_min_share * len(words))
        for m in _QUOTED_IN_PARA.finditer(text, ns, ne):
            quoted = [w.lower() for w in _WORDS.findall(m.group(1))]
            if _longest_run(words, quoted) >= need:
                # its claim is the quotation's that echoes it (quotes.py), never the paragraph above
                out.append(Unmarked(s, e, "echoed_line", Attribution()))
                break
    return out


_MARK_IN_LINE = re.compile(r"[\"“”«»]|(?<!\w)['‘]|['’](?!\w)")


_BYLINE = re.compile(rf"(?:^|\n)(?:(?P<title>[^\n]{{1,80}})\n)?[ \t]*by[ \t]+(?P<who>{NAME})[ \t]*$")
_CODE_CHARS = re.compile(r"[{}<>=|#`$]")


def _verse(text: str, s: int, e: int, config: ExtractConfig) -> bool:
    """A paragraph of verse: short lines of words (a lone "\\" between stanzas aside), most
    not ending a sentence, no code."""
    lines = [ln.strip() for ln in text[s:e].split("\n") if ln.strip() and ln.strip() != "\\"]
    if len(lines) < 2 or any(len(ln) > config.verse_line_max_chars or _CODE_CHARS.search(ln) for ln in lines):
        return False
    ends = sum(ln.endswith((".", "!", "?")) for ln in lines)
    return ends <= len(lines) / 2 and all(re.search(r"[A-Za-z]{2}", ln) for ln in lines)


def marked_verse(text: str, verse: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """Verse the markup lays out line by line (Markdown hard breaks) that reads as verse
    (:func:`_verse`), at least ``verse_min_lines`` lines: one quotation per run."""
    out: list[Unmarked] = []
    for s, e in verse:
        s, e = trim(text, s, e)
        lines = [ln for ln in text[s:e].split("\n") if ln.strip() and ln.strip() != "\\"]
        if len(lines) >= config.verse_min_lines and _verse(text, s, e, config):
            out.append(Unmarked(s, e, "verse_lines"))
    return out


#: Prose that talks about a poem: the verse set off after it is the poem it talks about.
#: (its first letter is matched first, then the word: most places fail at once)
_POEM_TALK = re.compile(r"[PpSsVvLl](?<!\w[PpSsVvLl])(?i:oems?|oetry|oets?|erses?|tanzas?|onnets?|ines)\b")


def _stanza(text: str, s: int, e: int, config: ExtractConfig) -> bool:
    """A paragraph of at least two short lines of words, no code (a stanza, whatever its stops)."""
    lines = [ln.strip() for ln in text[s:e].split("\n") if ln.strip()]
    return len(lines) >= 2 and all(
        len(ln) <= config.verse_line_max_chars
        and not _CODE_CHARS.search(ln)
        and re.search(r"[A-Za-z]{2}", ln)
        for ln in lines
    )


#: A verse number opening a line: "1 I to the hills will lift mine eyes," (no stop after it, a
#: capital after it: not a list's "1." nor a recipe's "2 eggs").
_VERSE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]+(?=[A-Z])")


def _numbered_verses(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """Stanzas whose lines carry verse numbers in sequence (a metrical psalm, a hymn, a chapter
    printed verse by verse: "1 I to the hills ...", "2 My safety cometh ...", "3 Thy foot ..."):
    one quotation of the run of stanzas, when it has ``verse_min_lines`` lines or more and at
    least ``sayings_min_run`` numbers, each one more than the one before."""
    out: list[Unmarked] = []
    k = 0
    while k < len(paras):
        run = []
        while k < len(paras) and _stanza(text, *paras[k], config):
            run.append(paras[k])
            k += 1
        k += not run
        lines = [ln for ps, pe in run for ln in text[ps:pe].split("\n") if ln.strip()]
        numbers = [int(m.group(1)) for ln in lines if (m := _VERSE_NUMBER.match(ln))]
        if (
            len(lines) >= config.verse_min_lines
            and len(numbers) >= config.sayings_min_run
            and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
            and _VERSE_NUMBER.match(lines[0])
        ):
            out.append(Unmarked(run[0][0], run[-1][1], "verse_lines"))
    return out


def _stanzas_after_prose(
    text: str, paras: list[tuple[int, int]], config: ExtractConfig, known: KnownWorks
) -> list[Unmarked]:
    """Stanzas set off right after prose that talks of a poem and names a known poet ("What's your
    favorite Dickinson poem?", "Feel free to share a poem she wrote."): the poem, one quotation
    of all its stanzas, when its lines (``verse_min_lines`` at least) mostly do not end a sentence."""
    out: list[Unmarked] = []
    talk = [m.start() for m in _POEM_TALK.finditer(text)]  # found first: most paragraphs talk of no poem
    k = 0
    while k < len(paras) - 1:
        s, e = paras[k]
        k += 1
        at = bisect.bisect_left(talk, s)
        if (
            at == len(talk)
            or talk[at] >= e
            or not _stanza(text, *paras[k], config)
            or _stanza(text, s, e, config)
        ):
            continue  # no poem talked of, no stanza after it, or itself a stanza
        prose = text[max(paras[k - 2][0] if k > 1 else s, e - 2 * config.saying_max_chars) : e]
        poets = {known.known_author(m.group(0)): m.group(0) for m in NAME_RE.finditer(prose)}
        poets.pop(None, None)
        if not poets:
            continue
        run = []
        while k < len(paras) and _stanza(text, *paras[k], config):
            run.append(paras[k])
            k += 1
        lines = [ln.strip() for ps, pe in run for ln in text[ps:pe].split("\n") if ln.strip()]
        ends = sum(ln.endswith((".", "!", "?")) for ln in lines)
        capitals = sum(ln[:1].isupper() for ln in lines)  # verse opens lines with capitals, wrapped prose not
        if len(lines) >= config.verse_min_lines and ends <= len(lines) / 2 and capitals > len(lines) / 2:
            # the one poet named is the poem's author; two leave it to the cues
            ((author, name),) = poets.items() if len(poets) == 1 else ((None, None),)
            who = Attribution(author, None, name, inferred=True) if author else None
            out.append(Unmarked(run[0][0], run[-1][1], "verse_lines", who))
    return out


#: A poem's credit alone under it: "By Dan Vera (2008)", "-Robert Frost", "— Emily Dickinson", a
#: hymn's "Words: John Newton (1779)", or a known poet's name alone ("Robert Frost").
_POEM_CREDIT = re.compile(
    rf"[ \t]*(?P<lead>[Bb]y[ \t]+|(?:--|[—–―~-])[ \t]*|(?:Words|Lyrics|Text)(?:[ \t]+by)?:?[ \t]+)?(?P<who>{NAME})(?:,?[ \t]*\(?\d{{4}}\)?)?[ \t]*\.?[ \t]*"
)


def _verse_above_credit(
    text: str, paras: list[tuple[int, int]], config: ExtractConfig, known: KnownWorks
) -> list[Unmarked]:
    """A poem over its credit: stanzas, or lines laid out a line a paragraph, right above "By Name
    (year)", "-Name" or a known poet's name alone, up to its title (a Title Case line) or prose,
    ``poem_min_lines`` lines at least: one quotation of the whole poem, by that name, the title its work."""
    from .kinds import looks_like_title  # kinds reads no layout; imported here to keep the modules apart

    out: list[Unmarked] = []
    for k, (s, e) in enumerate(paras):
        credit = _POEM_CREDIT.fullmatch(text, s, e) if k and e - s <= config.verse_line_max_chars else None
        if not credit or not clean_name(credit.group("who")):
            continue
        poet = known.known_author(credit.group("who"))
        if not credit.group("lead") and not (
            poet and (poet == credit.group("who") or " " not in credit.group("who"))
        ):
            continue  # a name alone must be a known poet's whole name ("Duncan Gray" is a song's title)
        run, title = [], None
        for ps, pe in reversed(paras[:k]):
            body = text[ps:pe].strip()
            if "\n" not in body and (looks_like_title(body) or body.isupper()) and not body.endswith(","):
                title = body.strip(" *_#") if not body.isupper() else None  # "CHAPTER XXVII." is a heading
                break
            if not (
                _stanza(text, ps, pe, config)
                or (len(body) <= config.verse_line_max_chars and not _CODE_CHARS.search(body))
            ):
                break
            run.append((ps, pe))
        lines = [ln.strip() for ps, pe in run for ln in text[ps:pe].split("\n") if ln.strip()]
        ends = sum(ln.endswith((".", "!", "?")) for ln in lines)
        titles = sum(looks_like_title(ln) for ln in lines)  # a list of titles (contents) is no poem
        if len(lines) >= config.poem_min_lines and ends <= len(lines) / 2 and titles <= len(lines) / 2:
            who = Attribution(credit.group("who"), title, text[s:e].strip(), True)
            out.append(Unmarked(run[-1][0], run[0][1], "verse_lines", who))
    return out


def _poems_under_byline(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """A poem under its byline: a paragraph ending "by <Name>" (its title on the line above),
    then paragraphs of verse (:func:`_verse`), at least ``verse_min_lines`` lines in all: one
    quotation of the whole poem, by that name. A byline over prose (an article) is no poem."""
    out: list[Unmarked] = []
    for k, (s, e) in enumerate(paras[:-1]):
        if "by" not in text[max(s, e - 80) : e]:
            continue
        m = _BYLINE.search(text, s, e)
        if not m or m.end() != e:
            continue
        run = []
        for ps, pe in paras[k + 1 :]:
            if not _verse(text, ps, pe, config):
                break
            run.append((ps, pe))
        lines = sum(text[ps:pe].count("\n") + 1 for ps, pe in run)
        if run and lines >= config.verse_min_lines:
            title = (m.group("title") or "").strip(" *_")
            work = title if title and len(title.split()) <= 8 else None
            cue = " ".join(m.group(0).split())
            out.append(
                Unmarked(run[0][0], run[-1][1], "verse_lines", Attribution(m.group("who"), work, cue, True))
            )
    return out


_SENTENCE_END_CHAR = re.compile(r"[.!?…”\"’']$")


def _sayings_under_name(
    text: str, paras: list[tuple[int, int]], config: ExtractConfig, known: KnownWorks
) -> list[Unmarked]:
    """A page of sayings: a paragraph that is a known writer's name alone ("Leon Trotsky"),
    then at least ``sayings_min_run`` short paragraphs (``saying_max_chars``), each a
    sentence or two ending in its stop; each is a quotation by that writer. Only a writer
    of well-known works: a byline over a blog post's short paragraphs is not one."""
    out: list[Unmarked] = []
    for k, (s, e) in enumerate(paras):
        name = text[s:e].strip()
        if (
            "\n" in name
            or not re.fullmatch(NAME, name)
            or len(name.split()) < 2
            or not known.known_author(name)
        ):
            continue
        if not set(name.split()) <= set(known.known_author(name).split()):
            continue  # "Remembering William Shakespeare": a title about the writer, not his name
        run = []
        for ps, pe in paras[k + 1 :]:
            body = text[ps:pe]
            if (
                pe - ps > config.saying_max_chars
                or not _SENTENCE_END_CHAR.search(body)
                or LIST_MARK.match(body)
            ):
                break
            if len(body.split()) < config.saying_min_words:
                break
            run.append((ps, pe))
        if len(run) >= config.sayings_min_run:
            cue = Attribution(name, None, name, True)
            out += [Unmarked(ps, pe, "verse_lines", cue) for ps, pe in run]
    return out


#: A source closing a saying's line: "From the book of Proverbs.", "— Mark Twain", "-- Seneca, Letters".
_SOURCE_END = re.compile(
    r"(?:(?<=[.!?])[ \t]+(?P<from>From\s+(?:the\s+)?(?:book\s+of\s+)?(?P<work>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,5}))\.?"
    r"|(?:[ \t]+(?:—|--|―)|(?<=[.!?…”\"])(?:[ \t]+–|—))[ \t]*(?P<sig>[A-Z][^\n—]{1,60}?))[ \t]*$"
)


_SOURCE_HINT = re.compile(r"From\s|—|--|―|–")
#: A credit set against the dash is capitalised words, dates and the small words of titles
#: ("Journal, 6 May 1854", "A Week on the Concord and Merrimack Rivers"), not a clause.
_CREDIT_WORDS = re.compile(
    r"(?:(?:[A-Z\d][^\s,;:!?]*|of|the|and|on|in|to|a|an|at|for|by|from|with|de|du|von|van|der|c\.)[,;]?\s*)+\.?"
)


def _sourced(
    text: str, paras: list[tuple[int, int]], config: ExtractConfig, known: KnownWorks
) -> list[Unmarked]:
    """A line that ends in its source: "A friend loves at all times. From the book of
    Proverbs." or "Saying. — Mark Twain", "Saying.—Journal, 6 May 1854"; the words before the
    source are the quotation. A credit naming neither a person nor a known work counts only
    in a run of such lines (a page of quotations each ending in its work)."""
    found: list[tuple[int, Unmarked, bool]] = []  # (line start, finding, credit trusted alone)
    for s, e in paras:
        if not _SOURCE_HINT.search(text, s, e):
            continue  # no line of it can end in a source
        for line in re.finditer(r"[^\n]+", text[s:e]):
            if not _SOURCE_HINT.search(line.group(0)):
                continue
            m = _SOURCE_END.search(line.group(0))
            if not m or m.start() == 0:
                continue
            ls = s + line.start()
            qs, qe = trim(text, ls, ls + m.start())
            while qs < qe and (text[qs] in "-*+•" or text[qs].isspace()):
                qs += 1
            if len(text[qs:qe].split()) < config.saying_min_words or not _SENTENCE_END_CHAR.search(
                text[qs:qe]
            ):
                continue
            if m.group("from"):
                work = m.group("work")
                author = "Bible" if BIBLE_BOOK.fullmatch(work) else None
                found.append(
                    (
                        ls,
                        Unmarked(qs, qe, "verse_lines", Attribution(author, work, m.group("from"), True)),
                        True,
                    )
                )
                continue
            against = line.group(0)[m.start()] == "—"  # the dash set against the words, no space
            if against and (
                not _CREDIT_WORDS.fullmatch(m.group("sig")) or not _LOWER_WORD.search(text, qs, qe)
            ):
                continue  # "action.—Soft you now!" inside verse, "CHAPTER 121. Midnight.—The ...": no credit
            sig = read_signature(m.group("sig"))
            if sig.author and not clean_name(sig.author.split(",")[0]):
                continue
            qs = _verse_above(text, qs, s, config)
            if against:  # "...rest of this.—Good": a word of a speech, unless a known or whole name
                person = bool(sig.author and (" " in sig.author or known.known_author(sig.author)))
            else:
                person = bool(sig.author)
            trusted = person or bool(sig.work and known.known_author(sig.work))
            if not trusted and not _CREDIT_WORDS.fullmatch(m.group("sig")):
                continue  # "—Whoreson!": no credit, even in a run
            found.append((text.rfind("\n", 0, qs) + 1, Unmarked(qs, qe, "verse_lines", sig), trusted))
    out = []
    for k, (ls, u, trusted) in enumerate(found):
        if trusted or any(
            0 <= j < len(found) and _next_line(text, *sorted((found[j][0], ls))) for j in (k - 1, k + 1)
        ):
            out.append(u)
    return out


_LOWER_WORD = re.compile(r"\b[a-z]{2,}")  # a saying has words in lower case; a heading may not


def _next_line(text: str, a: int, b: int) -> bool:
    """The line starting at ``b`` follows the one starting at ``a``, blank lines between or not."""
    nl = text.find("\n", a)
    return a < b and nl >= 0 and not text[nl:b].strip()


def _verse_above(text: str, qs: int, floor: int, config: ExtractConfig) -> int:
    """A source ending the last line of a couplet or stanza credits its lines above, short lines
    that run on (ending in a comma, colon or semicolon): "The whole wide ether is the eagle's
    sway: / The whole earth is a brave man's fatherland.—Euripides."."""
    line_start = text.rfind("\n", 0, qs) + 1
    while line_start > floor:
        prev = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev : line_start - 1].strip()
        if not line or len(line) > config.verse_line_max_chars or line[-1] not in ",:;" or prev < floor:
            break
        qs, line_start = prev + len(text[prev:line_start]) - len(text[prev:line_start].lstrip()), prev
    return qs


#: "the old saying:", "a famous biblical saying:", "as the proverb goes:" inside a sentence.
_SAYING_COLON = re.compile(
    r"\b(?:[Ss]aying|[Pp]roverb|[Aa]dage|[Mm]axim|[Mm]otto|[Aa]phorism|[Dd]ictum|line|[Qq]uotation|[Qq]uote)"
    r"(?:\s+(?:goes|has\s+it|says|runs))?\s*:[ \t]+(?=[A-Z])"
)
#: "Carton’s words at the very end of the novel are widely familiar:", "Lincoln's closing line was:":
#: a person's words named in the sentence that a colon ends (no stop between them).
_WORDS_COLON = re.compile(
    r"\b[A-Z][\w-]+(?:[’']s|[’'](?=\s))\s+(?:(?:last|famous|closing|final|own|immortal)\s+)?"
    r"(?:words|line|reply|answer|retort)\b[^.!?:;\n\"“”]{0,70}:[ \t]+(?=[A-Z])"
)
_COLON_CAPITAL = re.compile(r":[ \t]+[A-Z]")  # found first: colons are rarer than letters


def _named_sayings(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """A saying named and introduced by a colon inside a sentence, without marks, up to the
    end of the paragraph's sentence: "another famous biblical saying: Don't throw your pearls
    before swine.", "Carton’s words ... are widely familiar: It is a far, far better thing ..."
    (a mark right after the colon is the marks' business)."""
    out: list[Unmarked] = []
    colons = [(c.start(), c.end()) for c in _COLON_CAPITAL.finditer(text)]
    starts = [c for c, _ in colons]
    for s, e in paras:
        window = colons[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        found = (
            _SAYING_COLON.search(text, max(s, c - 40), min(ce, e))
            or _WORDS_COLON.search(text, max(s, c - 120), min(ce, e))
            for c, ce in window
        )
        for m in {h.start(): h for h in found if h}.values():  # each once, in order
            end = re.search(r"[.!?](?=\s|$)", text[m.end() : e])
            qe = m.end() + end.end() if end else e
            words = len(text[m.end() : qe].split())
            if "\n" in text[m.end() : qe].strip() or words < config.saying_min_words:
                continue
            attribution = None
            line_start = text.rfind("\n", 0, m.start()) + 1
            if re.fullmatch(r"[ \t]*(?:The\s+)?", text[line_start : m.start()]):
                # a record of fields ("The Saying: ...", then "Who Said It: Henry David Thoreau"):
                # its source is the field naming who said it, else nobody (not the heading above)
                field = _SOURCE_FIELD.search(text, qe, e)
                attribution = read_signature(field.group("who")) if field else Attribution()
            out.append(Unmarked(m.end(), qe, "colon_block", attribution))
    return out


#: A field of a record naming a saying's source: "Who Said It: Henry David Thoreau", "Author: ...".
_SOURCE_FIELD = re.compile(
    r"^[ \t]*(?:Who\s+(?:Said|Wrote)\s+It|Author|Source|Attributed\s+to|Said\s+by|By)[ \t]*:[ \t]*"
    r"(?P<who>[A-Z][^\n]{1,80}?)[ \t]*$",
    re.M | re.I,
)


def _block_above(
    text: str, line_start: int, floor: int, stops: set[int], config: ExtractConfig
) -> tuple[int, int]:
    """The lines just above ``line_start`` up to a blank line, a '%' line, another signature or ``floor``."""
    start, pos, seen = line_start, line_start - 1, False
    while pos >= max(floor, 0):
        prev = max(text.rfind("\n", 0, pos) + 1, floor)
        line = text[prev:pos]
        if not line.strip() or line.strip() == "%" or prev in stops:
            if seen or line.strip():
                break
        else:
            seen, start = True, prev
        if line_start - start > config.signed_block_max_chars:
            return 0, 0
        pos = prev - 1
    return trim(text, start, line_start)


#: A dash line that is a sentence quoting someone ("– God told Moses, “I will be with you.”") or
#: running on past quoted words ("– For Moses, the LORD’s name “I AM” (Exodus 3:14) pledged
#: limitless ability."): an item of a list under a heading, not the credit of what is above it.
_TELLS_QUOTING = re.compile(rf"\b{VERB}\b[^“\"]{{0,40}}[“\"]|[“\"][^”\"\n]{{1,80}}[”\"](?:\W+\w+){{3}}")


def _signature_lines(text: str) -> list[re.Match]:
    """The lines that sign what is above them: not a Markdown list, not a dash inside a
    paragraph ("-- I mean negative capability" running on), not a work's byline ("-- by Kafka")."""
    found = []
    for m in _SIG_LINE.finditer(text):
        nxt_end = text.find("\n", m.end() + 1)
        nxt = text[m.end() + 1 : nxt_end if nxt_end >= 0 else len(text)]
        prev_nl = text.rfind("\n", 0, max(m.start() - 1, 0))
        prev_line = text[prev_nl + 1 : max(m.start() - 1, 0)]
        if m.group("dash") == "-" and (LIST_MARK.match(nxt) or LIST_MARK.match(prev_line)):
            continue
        if not prev_line.strip() and m.group("dash") in ("-", "~"):
            continue
        body = m.group("body")
        if POSTER.search(m.group(0)):
            continue  # a wiki or forum poster signing their comment, not a quotation's source
        if (
            len(body.split()) > 14
            or body.rstrip().endswith(":")
            or nxt[:1].islower()
            or body.startswith("by ")
            or _TELLS_QUOTING.search(body)
        ):
            continue
        found.append(m)
    return found


def _signed(text: str, config: ExtractConfig) -> list[Unmarked]:
    """Paragraphs with a signature line under them."""
    out: list[Unmarked] = []
    lines = _signature_lines(text)
    stops = {m.start() for m in lines}
    floor = 0
    for m in lines:
        s, e = _block_above(text, m.start(), floor, stops, config)
        floor = m.end()
        header = POSTER_HEADER.match(text, s, e)
        s = header.end() if header else s  # "historybuff wrote:" over the signed words is the poster's
        s, e = _without_ellipses(text, s, e)
        if e <= s or not has_words(text, s, e, config):
            continue
        out.append(Unmarked(s, e, "signature", read_signature(m.group("body"))))
    return out


#: A name alone on the line under a quotation, closed by a full stop and perhaps the writer's
#: years: "Flaubert.", "Francis Higginson. 1587–1630." (an anthology's or an epigraph's credit).
_NAME_CREDIT = re.compile(
    rf"(?m)^[ \t]*(?P<body>{NAME})\.(?:[ \t]+(?:c\.\s*)?\d{{2,4}}[–-]\d{{2,4}}\.?)?[ \t]*$"
)


def _named_below(text: str, config: ExtractConfig, known: KnownWorks = DEFAULT_KNOWN) -> list[Unmarked]:
    """A short paragraph (a saying, ``saying_max_chars``) whose last line is a name alone with a
    full stop, the paragraph ending there: an epigraph's or an anthology's credit. Not a name
    wrapped onto its own line after "Mr." or "St.", nor a speech prefix or heading in capitals,
    nor an item of a list of names; a name the table of writers does not know ("Flaubert.")
    counts only beside another such credit (a page's epigraphs) under ``block_min_words`` words."""
    found: list[tuple[Unmarked, int, bool]] = []  # (finding, end of its credit line, trusted alone)
    floor = 0
    for m in _NAME_CREDIT.finditer(text):
        above_end = text.rfind("\n", 0, m.start())
        above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)].rstrip()
        body = m.group("body")
        name = clean_name(body)
        if (
            above_end < 0
            or not _SENTENCE_END_CHAR.search(above)
            or not name
            or name != body
            or body.isupper()
        ):
            continue  # a wrapped line of prose ("knowledge of\nHenry IV."), not a credit
        ends_paragraph = m.end() >= len(text.rstrip()) or bool(_BLANK_LINE.match(text, m.end()))
        if _ABBREVIATION_END.search(above) or not ends_paragraph:
            continue  # "said Mr.\nStryver.": a name wrapped after its title; the paragraph goes on
        s, e = _block_above(text, m.start(), floor, set(), config)
        floor = m.end()
        if e - s > config.saying_max_chars or _CREDIT_ALONE.fullmatch(text, s, e):
            continue  # a page of prose signed by its writer, or a credit line above a credit line
        words = len(text[s:e].split())
        if e > s and has_words(text, s, e, config) and words >= config.saying_min_words:
            trusted = bool(known.known_author(name))
            if trusted or words >= config.block_min_words:  # "Causes of Variability.\nEffects.": headings
                found.append((Unmarked(s, e, "signature", read_signature(name)), m.end(), trusted))
    out = []
    for k, (u, line_end, trusted) in enumerate(found):
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(found)]
        if trusted or any(
            not text[a_end : b.start].strip()
            for a_end, b in ((found[j][1], u) if j < k else (line_end, found[j][0]) for j in near)
        ):
            out.append(u)
    return out


#: A name credit alone ("Captain Theodorus Bailey.", "• John Dickinson. 1732–1808.").
_CREDIT_ALONE = re.compile(rf"[ \t\-*+•]*{NAME}\.(?:[ \t]+(?:c\.\s*)?\d{{2,4}}[–-]\d{{2,4}}\.?)?[ \t]*")
#: A line ending in an abbreviation whose full stop ends no sentence ("Mr.", "St.", "M.").
_ABBREVIATION_END = re.compile(rf"(?:\b{HONORIFICS}|\b[A-Z]|\b(?:Jr|Sr|Mt|No|Vol|Ch|cf|viz|vs))\.$")


def _without_ellipses(text: str, s: int, e: int) -> tuple[int, int]:
    """ "... all the modern inconveniences ...": the quoted words without the marked omissions around them."""
    m = re.match(r"(?:\.\s?\.\s?\.|…)\s*", text[s:e])
    if m:
        s += m.end()
    m = re.search(r"\s*(?:\.\s?\.\s?\.|…)$", text[s:e])
    if m and m.start() > 0:
        e = s + m.start()
    return s, e


def _referenced(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """A paragraph followed by a reference alone ("(Hamlet)"), or closed by a Bible reference."""
    out: list[Unmarked] = []
    for i, (s, e) in enumerate(paras):
        m = _REF_END.search(text, s, e)
        if m and m.start() > s:
            qs, qe = trim(text, s, m.start() + 1)
            out.append(Unmarked(qs, qe, "verse_lines", read_signature(m.group("body"))))
            continue
        if i + 1 < len(paras):
            ns, ne = paras[i + 1]
            ref = _REF_LINE.match(text, ns, ne)
            if ref and ref.end() >= ne and not _REF_LINE.match(text, s, e) and has_words(text, s, e, config):
                first = i
                while (
                    first and _verse_line(text, *paras[first - 1], config) and _verse_line(text, s, e, config)
                ):
                    first -= 1  # "If you prick us, ...? / If you tickle us, ...? / If you poison us, ...?"
                out.append(Unmarked(paras[first][0], e, "verse_lines", read_signature(ref.group("body"))))
    return out


#: A credit line of its own, no dash: "Vladimir Lenin, “The State and Revolution”".
_CREDIT_LINE = re.compile(
    rf"[ \t]*(?P<body>{NAME},[ \t]*(?:[“\"][^”\"\n]{{2,100}}[”\"]|\*[^*\n]{{2,100}}\*|_[^_\n]{{2,100}}_))[ \t]*\.?[ \t]*"
)
#: A signature closing a paragraph's last line after a tilde: "... make our home with them.  ~John 14:23-24".
_TILDE_END = re.compile(r"[.!?”\"’'][ \t]+~[ \t]*(?P<body>[A-Z1-3][^~\n]{1,80}?)[ \t]*$")


def _credited_below(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """A paragraph credited by the next one, a person and a quoted or italic title alone (a quote
    post: the passage, then "Vladimir Lenin, “The State and Revolution”"), or by a tilde signature
    ending its own last line."""
    out: list[Unmarked] = []
    for i, (s, e) in enumerate(paras):
        tilde = _TILDE_END.search(text, s, e)
        if tilde and has_words(text, s, tilde.start() + 1, config):
            qs, qe = trim(text, s, tilde.start() + 1)
            out.append(Unmarked(qs, qe, "signature", read_signature(tilde.group("body"))))
            continue
        if i + 1 < len(paras):
            credit = _CREDIT_LINE.fullmatch(text, *paras[i + 1])
            if credit and clean_name(credit.group("body").split(",")[0]) and has_words(text, s, e, config):
                out.append(Unmarked(s, e, "signature", read_signature(credit.group("body"))))
    return out


def _verse_line(text: str, s: int, e: int, config: ExtractConfig) -> bool:
    """A paragraph of one short line of words ending its sentence: one line of a stanza laid out
    a line a paragraph, which a reference under the last line signs with the rest."""
    line = text[s:e].strip()
    return (
        "\n" not in line
        and len(line) <= config.verse_line_max_chars
        and len(line.split()) >= config.saying_min_words
        and line[-1:] in ".!?;,"
        and not _CODE_CHARS.search(line)
    )


def _introduced(text: str, paras: list[tuple[int, int]], config: ExtractConfig) -> list[Unmarked]:
    """A paragraph after a cue ending in a colon ("Lady Macbeth scolds Macbeth:", "From State
    and Revolution (I.4):") or after a Bible reference alone ("1 Timothy 6:10"); the cue may
    also be the first line of the paragraph itself."""
    out: list[Unmarked] = []
    for k, (s, e) in enumerate(paras):
        first_end = text.find("\n", s, e)
        if first_end > 0 and _is_intro(text[s:first_end]):
            s = first_end + 1  # "From State and Revolution (I.4):\nWe are in favor of ..."
            intro = text[paras[k][0] : first_end]
        elif k and _is_intro(text[max(paras[k - 1][0], paras[k - 1][1] - 160) : paras[k - 1][1]]):
            intro = text[paras[k - 1][0] : paras[k - 1][1]]
            last = intro[intro.rfind("\n") + 1 :].strip()
            if "\n" in intro.strip() and _BIBLE_REF.fullmatch(last):
                continue  # "John 6:68" under the verse it credits, the sermon after it no verse
            if _BIBLE_REF.fullmatch(intro.strip()):
                if len(text[s:e].split()) < config.block_min_words or intro.strip() in text[s:e]:
                    # a page headed "Psalm 121", then a poster's name and date; a sermon headed
                    # "Philippians 4:13" whose first paragraph cites it again: no verse
                    continue
                number = re.match(
                    r"\d{1,3}\s+(?=[A-Z])", text[s:e]
                )  # "11 I returned, and saw ...": the verse's number
                s += number.end() if number else 0
        else:
            continue
        if COMMENT_HEADER.search(text, max(0, s - 200), s):
            continue  # a reply in a comment thread ("  1. Laslow says:"), not a quotation
        # "The original:", or a line that introduces what follows ("On Sat, 30 Jun 2001, Brian wrote:")
        heading = text[e - 1] == ":" and (
            len(text[s:e].split()) < config.block_min_words or bool(POSTER_HEADER.fullmatch(text[s:e] + "\n"))
        )
        if LIST_MARK.match(text[s:e]) or text[s] == "<" or heading or not has_words(text, s, e, config):
            continue
        intro = intro.strip()
        intro = intro[intro.rfind("\n") + 1 :]  # the cue is the line right above
        ref = _BIBLE_REF.match(intro)
        source = _FROM.match(intro)
        attribution = None
        posted = _POSTED_BY.match(text, s, e)  # "Quote:", then "Originally Posted by X" over the words
        poster = posted or _POSTER_WROTE.fullmatch(intro)  # "historybuff wrote:" over them
        if posted:
            s = posted.end()
        if ref and ref.end() == len(intro):
            attribution = read_signature(intro)
        elif source:
            attribution = Attribution(None, source.group("work").strip(), intro, True)
        elif poster:
            # a forum reply quoting another poster: the poster's words, whatever the thread is about
            attribution = Attribution(poster.group("who").strip(" *_"), None, poster.group(0).strip(), True)
        if has_words(text, s, e, config):
            out.append(Unmarked(s, e, "colon_block", attribution))
    return out


#: A forum quotation's poster line over the words quoted ("Originally Posted by iaston View Post").
_POSTED_BY = re.compile(
    r"[ \t]*(?:Originally\s+)?[Pp]osted\s+by:?[ \t]*(?P<who>[^\s][^\n]{0,40}?)(?:[ \t]+View[ \t]+Post)?[ \t]*\n"
)
#: A forum or mailing-list poster's line over the words quoted: "historybuff wrote:", "Ken
#: Campbell wrote:" (a name of up to three words; "On Sat, 30 Jun 2001, Brian wrote:" names a date).
_POSTER_WROTE = re.compile(
    r"(?!(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|[Yy]ou|[Ww]ho|[Oo]ne|[Ss]omeone|[Ss]omebody|[Tt]his|[Tt]hat)\s)"
    r"(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}|[\w.-]*\d[\w.-]*|[a-z][\w.-]*)[ \t]+(?:wrote|writes):"
)


_FROM = re.compile(r"(?:From|In)\s+(?P<work>[A-Z][^:()\n]{1,100}?)\s*(?:\([^)\n]*\))?\s*:$")


_COMMENT_COUNT = re.compile(r"(?i)(?:no|\d{1,5})\s+comments?:")


def _is_intro(intro: str) -> bool:
    """A cue that introduces what follows: a colon after a verb of saying or a "From <Title>",
    or a Bible reference standing alone."""
    intro = intro.rstrip()
    line = intro[intro.rfind("\n") + 1 :].strip()
    if _COMMENT_COUNT.fullmatch(line):
        return False  # a blog's "No comments:" over "Post a Comment"
    ref = _BIBLE_REF.match(line)
    if ref and ref.end() == len(line):
        return True
    return intro.endswith((":", "?")) and bool(_INTRO.search(intro) or _FROM.fullmatch(line))
