"""Who a quotation is attributed to, and from which work, according to the document.

The extractor finds quoted spans; this module reads the words around each one
for the cue a writer uses to say whose words they are: a speech or writing
verb before or after ("Lenin says:", "said Holmes"), a passive or prepositional
phrase ("summed up by Lenin as:", "according to Mill"), a possessive ("Lenin's
famous line"), a signature line ("-- Twain, Pudd'nhead Wilson"), a
parenthetical citation ("(Marx, Capital, 1867)"), or a pronoun that refers
back to the nearest named person. Everything works on bounded windows around
the quotation, so the cost is linear in the number of quotations.

The jobs are split: :mod:`.people` (sentences, people, pronouns),
:mod:`.cues` (speaker cues), :mod:`.works` (citations and titles); the
:class:`Attributor` here puts them together for one quotation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .config import DEFAULT_CONFIG, ExtractConfig
from .cues import (
    Attribution,
    cue_after,
    cue_attributed_to,
    cue_before,
    cue_next_sentence,
    cue_that_clause,
    signature,
)
from .kinds import looks_like_title
from .known import DEFAULT_KNOWN, KnownWorks, biblical_figure, names_nobody
from .patterns import NAME, NAME_RE, TITLE_RUN
from .people import People, Sentences, clean_name
from .unmarked import BIBLE_BOOKS
from .works import PAREN_CITATION, read_citation, work_by_possessive, work_in_context

__all__ = ["Attribution", "Attributor", "NAME", "looks_like_title"]

#: A Bible verse named in the sentence before a quotation: "In Romans 8:28 we read".
_BIBLE_REF_IN = re.compile(rf"\b(?P<book>(?:[123]\s*)?(?:{BIBLE_BOOKS}))\s+\d+:\d+(?:[-–]\d+)?")


#: Reference books that "say" things: the work quoted, written by nobody one could name.
_REFERENCE_WORK = re.compile(
    r"\b(?:Encyclop(?:a|æ)?edia|Britannica|Dictionary|Wikipedia|Almanac|Gazetteer|Lexicon|Thesaurus)\b"
)
#: "Not Darwin but Richard Dawkins": the credit after "but" is the one claimed.
_NOT_BUT = re.compile(rf"(?i:not)\s+{NAME}\s*,?\s+(?i:but)\s+(?P<who>{NAME})")
#: A signature's words after the dash that are no title: "Posted by ...", "Often attributed to ...".
_NO_TITLE = re.compile(
    r"(?i)(?:posted|submitted|shared|sent|written|often\s+attributed|attributed|misattributed)\b"
)


#: A sentence introducing more of the words just quoted: "if we add the next lines:", "The full
#: passage reads:", "the rest of the verse:".
_GOES_ON = re.compile(
    r"\b(?:the\s+)?(?:next|following|rest\s+of\s+the|remaining|full|whole|complete|entire)\s+(?:[a-z]+\s+)?"
    r"(?:lines?|words|verses?|passage|speech|sentences?|stanza|quote|quotation)\b[^.!?:]*:\s*$"
)


#: A sentence that ends by naming whom people quote: "Back in the day, people loved to quote Mark
#: Twain." before '"Everybody talks about the weather ..."'.
_QUOTE_WHOM_ENDS = re.compile(
    rf"\b(?:quote|quotes|quoted|quoting|cite|cites|cited|citing)\s+(?P<who>{NAME})\s*[.:]\s*$"
)
#: A sentence pointing ahead to the quotation displayed after it: "... David’s song below.",
#: "Here is what Lincoln said.", "He put it as follows."
_POINTS_AHEAD = re.compile(r"\b(?:below|as\s+follows|the\s+following|[Hh]ere\s+(?:is|are|it\s+is))\b")


class Attributor:
    """Attribution for the quotations of one document.

    ``excluded`` are the spans of quoted text: names inside quotations are
    not candidates for a pronoun ("'Well, Watson,' said he" is not Watson
    speaking), and sentence ends inside them do not end the surrounding
    sentence. ``paragraph_starts`` are where paragraphs begin.
    """

    def __init__(
        self,
        text: str,
        excluded: list[tuple[int, int]],
        paragraph_starts: list[int],
        config: ExtractConfig = DEFAULT_CONFIG,
        known: KnownWorks = DEFAULT_KNOWN,
    ):
        self.text = text
        self.config = config
        self.sentences = Sentences(text, excluded, paragraph_starts)
        self.people = People(self.sentences, config, known)
        #: where the quotation asked last ended, its attribution and whether it was an item of a
        #: list (a block quotation, or one alone in its paragraph under a colon header)
        self._last: tuple[int, Attribution, bool] | None = None

    def sentence_start(self, pos: int) -> int:
        """The start of the sentence holding ``pos`` (quotations do not end sentences)."""
        return self.sentences.start(pos)

    def sentence_end(self, pos: int) -> int:
        """The start of the next sentence after ``pos`` (or the end of the text)."""
        return self.sentences.end(pos)

    def persons(self, start: int, end: int) -> list[str]:
        """The people named in ``[start, end)`` outside quotations, in order."""
        return self.people.named_in(start, end)

    def attribute(
        self,
        open_pos: int,
        close_end: int,
        para_start: int,
        prev_end: int,
        block: bool = False,
        prev_author: str | None = None,
    ) -> Attribution:
        """Find the claimed author and work for the quotation ``[open_pos, close_end)``.

        ``prev_end`` is where the previous quotation in the paragraph ended (its
        words are not context); ``prev_author`` is the last attributed author,
        for "again" and "also". Quotations are asked in document order: a run of
        block quotations, nothing between them, is a list of one person's words, and a later
        one with no cue of its own continues the credit of the one before (as the
        discourse's claim, ``inferred``). Quotations in running text or verse alternate
        speakers too often (a dialogue in verse) to be read so.
        """
        found = self._attribute(open_pos, close_end, para_start, prev_end, block, prev_author)
        last = self._last
        # a quotation alone in its paragraph under a header ending with a colon ("It's all the
        # rage to quote him:"), and each such one after it, is an item of a list as a block is
        listed = block or (
            _alone_in_paragraph(self, open_pos, close_end)
            and (self.text[:para_start].rstrip().endswith(":") or (last is not None and last[2]))
        )
        if (
            listed
            and found.author is None
            and found.work is None
            and found.cue is None
            and last is not None
            and last[2]
            and last[1].author
            and para_start == self.sentence_start(open_pos)
            and not re.search(r"\w", self.text[last[0] : open_pos])
            and "\n" in self.text[last[0] : open_pos]
            and not self.text[: last[0]].rstrip("”’\"' \t\n").endswith(":")  # it introduces this one
        ):
            prior = last[1]
            found = Attribution(
                prior.author, prior.work, f"list [= {prior.author}]", speaker=prior.speaker, inferred=True
            )
        if found.author is None and found.cue is None and last is not None and last[1].author:
            found = _next_lines(self, open_pos, last) or found
        found = self.resolved(found)
        self._last = (close_end, found, listed)
        return found

    def resolved(self, found: Attribution) -> Attribution:
        """``found`` read as a reader would (also the credits a layout gives, a signature line
        under a block): a signature in initials ("H.D.T.") is the one known writer whose name
        has them; "— Anonymous" names nobody; "— Not Thoreau, but Emerson" names Emerson;
        "— Posted by Jim Smith" or "— Often attributed to Thoreau" is no title."""
        if names_nobody(found.author):
            return replace(found, author=None)
        if found.author and _REFERENCE_WORK.search(found.author):
            # "The Encyclopedia Britannica says": a reference book is the source, nobody its author
            return replace(found, author=None, work=found.work or found.author)
        if found.author and found.cue:
            instead = _NOT_BUT.match(found.cue.lstrip("—–―~- "))
            if instead and clean_name(instead.group("who")):
                return replace(found, author=clean_name(instead.group("who")))
        if found.work and _NO_TITLE.match(found.work):
            found = replace(found, work=None)
        full = self.people.known.author_by_initials(found.author)
        return replace(found, author=full) if full else found

    def _attribute(
        self,
        open_pos: int,
        close_end: int,
        para_start: int,
        prev_end: int,
        block: bool,
        prev_author: str | None,
    ) -> Attribution:
        """:meth:`attribute` for one quotation on its own."""
        ctx_start = self._context_start(open_pos, para_start, prev_end, block)
        before = self.text[ctx_start:open_pos]
        after_end = min(self.sentence_end(close_end), close_end + self.config.after_reach_chars)
        cited = PAREN_CITATION.match(self.text[close_end : close_end + self.config.after_reach_chars])
        if cited:
            # '"... Simplify, simplify." (Thoreau)': the citation belongs to the quotation's sentence
            after_end = max(after_end, close_end + cited.end())
        after = self.text[close_end:after_end]

        found = cue_attributed_to(before, after, close_end, self.people) or cue_after(
            after, close_end, self.people, self.config
        )
        before_found = cue_before(before, ctx_start, prev_author, self.people, self.config)
        signed = found is not None and bool(found.cue) and found.cue[:1] in "—–―~-"
        if before_found and (not found or (before_found.near and not signed)):
            # a signature line under the quotation says whose it is, whatever the sentence before says
            found = before_found
        if found is None:
            found = signature(self.text, close_end, self.config)
        sentence = max(self.sentence_start(open_pos), para_start)
        if found is None and sentence < prev_end <= open_pos:
            # a second quotation in the sentence of a cue before the first ("His contention is that
            # this established a “framework” that was abused to “justify ...”")
            found = cue_that_clause(self.text[sentence:open_pos], sentence, self.people)
        if found is None and after_end < len(self.text) and self.sentence_start(after_end) == after_end:
            alone = self._alone(open_pos, close_end, after_end)
            if alone or self.sentences.paragraph_start(after_end) == self.sentences.paragraph_start(open_pos):
                # (a quotation inside its own sentence is not credited by the next paragraph: 'As
                # the old hymn says, "Amazing grace ..."' then 'C. S. Lewis wrote that ...')
                found = cue_next_sentence(self.text, after_end, self.people, alone)

        cit = PAREN_CITATION.match(self.text[close_end : close_end + self.config.after_reach_chars])
        verse = _BIBLE_REF_IN.match(cit.group("cit").strip()) if cit else None
        if verse and (found is None or not found.cue or found.cue.startswith("(")):
            # '"God is love." (1 John 4:8)': the verse cited is the source
            return Attribution("Bible", verse.group("book"), cit.group(0).strip(), True)
        work = self._work(found, before, after)
        refs = list(_BIBLE_REF_IN.finditer(before))
        ref = refs[-1] if refs else None
        if (
            ref
            and work is None
            and (
                found is None
                or found.author in (None, "Bible")
                or found.speaker
                or biblical_figure(found.author)
            )
        ):
            # "In Romans 8:28 we read", "Jesus says in Matthew 5:9": the verse named is the work
            work = ref.group("book")
            if found is None:
                return Attribution("Bible", work, ref.group(0), True)
        if found is None and work is None and self._alone(open_pos, close_end, after_end):
            found = _quoted_before(self, open_pos) or self._sentence_before(open_pos)
        if found is None:
            return Attribution(work=work, cue=None)
        if found.inferred:
            return found
        if work is None and found.author:
            # "Our next meeting reads Mill's On Liberty. As Mill says, '...'"
            s = self.sentence_start(max(self.sentence_start(open_pos) - 1, 0))
            work = work_by_possessive(self.text[s:open_pos], found.author)
        return Attribution(found.author, work, found.cue, found.near, found.speaker)

    def _alone(self, open_pos: int, close_end: int, after_end: int) -> bool:
        """The quotation is a sentence of its own: nothing but marks and punctuation around it."""
        lead = self.text[self.sentence_start(open_pos) : open_pos]
        tail = self.text[close_end:after_end]
        return not re.search(r"\w", lead) and not re.search(r"\w", tail)

    def _sentence_before(self, open_pos: int) -> Attribution | None:
        """A quotation standing alone after a sentence that names one known work ("... comes
        from the closing paragraph of the Gettysburg Address. '...'"), or set out as a paragraph
        of its own after a sentence whose one person is a known writer ("Abraham Lincoln
        delivered his House Divided Speech ... ¶ '...'"): that writer, as the discourse's claim
        (``inferred``), not a cue's. A writer named in passing in running text links nothing."""
        start = self.sentence_start(open_pos)
        if start <= 0:
            return None
        prev = self.sentence_start(start - 1)
        sentence = self.text[prev:start]
        if len(re.findall(r"(?<![\w’'])[a-z][a-z’']*\b", sentence)) < self.config.sentence_before_min_words:
            return None  # a signature or heading line ("George Orwell, “Politics and ...”"), no sentence
        known = self.people.known
        named = [p for p in self.persons(prev, start) if not self.people.only_opens(p)]
        for m in NAME_RE.finditer(sentence):
            name = clean_name(m.group(0))
            writer = known.known_author(name)
            if (
                writer
                and set(name.split()) <= set(writer.split())
                and not self.sentences.inside(prev + m.start())
            ):
                named.append(name)  # a known writer named is a person ("Let's not forget Shakespeare")
        writers = {known.known_author(p) for p in named}
        works = {}
        for m in TITLE_RUN.finditer(sentence):
            if known.author_of(m.group(0)):
                works[known.author_of(m.group(0))] = m.group(0)
        authors = {a for a in writers | set(works) if a}
        if len(authors) != 1 or None in writers and named:
            return None  # nobody, two writers, or someone who is no known writer
        author = authors.pop()
        if any(p.split()[-1] != author.split()[-1] for p in named):
            return None
        displayed = self.sentences.paragraph_start(open_pos) == start
        if not displayed and author not in works:
            return None  # "Mill wrote a great deal. '...'": a passing name in running text links nothing
        return Attribution(author, works.get(author), f"sentence before [{author}]", inferred=True)

    def _context_start(self, open_pos: int, para_start: int, prev_end: int, block: bool) -> int:
        """Where the words before the quotation that may hold its cue begin.

        Normally the start of its sentence (not before the paragraph or the
        previous quotation). A quotation opening a sentence or paragraph may be
        introduced by the sentence before it ("Engels says:"), and so may a
        block quotation.
        """
        text = self.text
        ctx_start = max(self.sentence_start(open_pos), para_start, prev_end)
        if text[ctx_start:open_pos].strip() and not block:
            return ctx_start
        prev_end_pos = ctx_start
        while prev_end_pos > 0 and text[prev_end_pos - 1].isspace():
            prev_end_pos -= 1
        introduces = text[prev_end_pos - 1] == ":" or (
            prev_end_pos and ctx_start == para_start and text[prev_end_pos - 1].isalpha()
        )
        if prev_end_pos and ctx_start == para_start and not introduces and not block:
            ahead = self._points_ahead(prev_end_pos)
            if ahead is not None:
                return max(ahead, prev_end if prev_end <= ahead else 0)
        if prev_end_pos and (introduces or block):
            # the previous quotation bounds the context only inside this paragraph
            bound = prev_end if not block and prev_end > para_start else 0
            ctx_start = max(self.sentence_start(prev_end_pos - 1), bound)
        return ctx_start

    def _points_ahead(self, end: int) -> int | None:
        """Where the sentence starts, of the last two of the paragraph ending at ``end``, that points
        ahead to the quotation displayed after it ("I’ve provided David’s song below. Read it again
        ..."), else None."""
        para = self.sentences.paragraph_start(end - 1)
        start = end
        for _ in range(2):
            if start <= para:
                break
            s = self.sentence_start(start - 1)
            if _POINTS_AHEAD.search(self.text, s, start):
                return s
            start = s
        return None

    def _work(self, found: Attribution | None, before: str, after: str) -> str | None:
        """The work: from the cue, a citation or signature, or a title phrase around the quotation."""
        work = found.work if found else None
        if work is None:
            cit = PAREN_CITATION.match(after)
            if cit:
                _, work = read_citation(cit.group("cit"), self.people, found.author if found else None)
        if work is None:
            work = work_in_context(before, after)
        return work


def _next_lines(attr: Attributor, open_pos: int, last: tuple[int, Attribution, bool]) -> Attribution | None:
    """ "Polonius advises, '...' ... there is more in it if we add the next lines:" and the lines:
    the words go on from the quotation before, whose credit they share (as the discourse's
    claim), when nobody else is named in between."""
    intro = attr.text[attr.sentence_start(max(open_pos - 1, 0)) : open_pos]
    if not _GOES_ON.search(intro) or last[0] > open_pos or open_pos - last[0] > attr.config.refer_back_chars:
        return None
    prior = last[1]
    between = attr.persons(last[0], open_pos)
    if any(p.split()[-1] != prior.author.split()[-1] for p in between):
        return None
    return Attribution(
        prior.author, prior.work, f"continued [= {prior.author}]", speaker=prior.speaker, inferred=True
    )


def _alone_in_paragraph(attr: Attributor, open_pos: int, close_end: int) -> bool:
    """Nothing but the quotation (and punctuation) on its paragraph's line."""
    line_end = attr.text.find("\n", close_end)
    lead = attr.text[attr.sentences.paragraph_start(open_pos) : open_pos]
    return not re.search(r"\w", lead) and not re.search(
        r"\w", attr.text[close_end : line_end if line_end >= 0 else len(attr.text)]
    )


def _quoted_before(attr: Attributor, open_pos: int) -> Attribution | None:
    """A quotation standing alone right after a sentence of its paragraph that ends by naming whom
    people quote ("Back in the day, people loved to quote Mark Twain. “...”"): that person's
    words, as the writer presents them."""
    start = attr.sentence_start(open_pos)
    if start <= 0 or attr.sentences.paragraph_start(open_pos) == start:
        return None
    prev = attr.sentence_start(start - 1)
    m = _QUOTE_WHOM_ENDS.search(attr.text, prev, start)
    who = clean_name(m.group("who")) if m else None
    if not who or not attr.people.is_person(who):
        return None
    return Attribution(who, None, " ".join(m.group(0).split()))
