"""Claims the discourse makes when no cue does: the heading a quotation sits under, the person a text is about.

A reader of "### (24) The Merchant of Venice ... the play is the source of the
famous 'pound of flesh'" knows whose words these are, and so does a reader of
a student essay on Winthrop's sermon that quotes it sentence after sentence
with no "he said". Three rules, tried in order for a quotation nobody is named
for:

1. its section's heading is the title of a well-known work, or a person's
   name alone (a page of sayings under "Leon Trotsky"): the heading claims it;
2. the document is about one writer (named far more often than anyone else,
   and known as the author of well-known works or credited by a cue elsewhere
   in the document: not a columnist's source or a collector of sayings) and
   the quotation's paragraph names nobody else before it, nor has a speech
   verb of its own with nobody named ('his wife asked "..."'): that writer;
3. the sentences just before the quotation (in its paragraph, at most
   ``refer_back_sentences``) are about one person: they name nobody else, and
   name or mean that person ("she") at least ``paragraph_subject_mentions``
   times ("She was blinded ... Lady Macbeth instead acted on hers ... '...'").

Ambiguity gives no claim: a paragraph naming another person, a document with
no dominant person, a heading that is neither a work nor a name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .config import ExtractConfig
from .patterns import NAME, VERB
from .people import NOT_NAMES, People, clean_name

__all__ = ["Discourse"]

#: Numbering before a heading's words: "(24)", "(11–9)", "12.", "#3 -", "IV."
_NUMBERING = re.compile(r"^\s*(?:\(?[\dIVXLC]+(?:\s*[–-]\s*\d+)?[.)]?\s*[:.—–-]?\s*)")
_NAME_ONLY = re.compile(rf"{NAME}")
_SPEECH_VERB = re.compile(rf"\b{VERB}\b")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][a-z][\w\-]*(?=[’']s\b|[’'](?!\w)|[^\w’'\-]|$)")
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]imself|[Hh]erself)\b")
#: The writer in the first person introducing the words: "I caught myself rolling my eyes: '...'" gives
#: the writer's own words ("I still remember the '...' passage" does not).
_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|[Mm]yself)(?![\w’'])[^.!?]*[:,]\s*$")


class Discourse:
    """The headings and the main person of one document, asked per quotation."""

    def __init__(self, text: str, headings: list[tuple[int, int]], people: People, config: ExtractConfig):
        self.text = text
        self.headings = sorted(headings)
        self._heading_starts = [s for s, _ in self.headings]
        self.people = people
        self.config = config
        self._topic: tuple[str | None] | None = None

    def heading_before(self, pos: int) -> tuple[int, int] | None:
        """The last heading ending before ``pos`` (the section the position is in)."""
        i = bisect.bisect_right(self._heading_starts, pos) - 1
        while i >= 0 and self.headings[i][1] > pos:
            i -= 1
        return self.headings[i] if i >= 0 else None

    def heading_claim(self, pos: int) -> tuple[str | None, str | None]:
        """``(author, work)`` the heading of ``pos``'s section names: a known work, or a person alone."""
        h = self.heading_before(pos)
        if h is None:
            return None, None
        words = _NUMBERING.sub("", self.text[h[0] : h[1]]).strip().rstrip(":.").strip()
        if self.people.known.author_of(words):
            return self.people.known.author_of(words), words
        if (
            _NAME_ONLY.fullmatch(words)
            and " " in words
            and clean_name(words) == words  # "The Specter of Communism" is no person's name
            and self.people.is_person(words)
        ):
            return words, None
        return None, None

    def topic(self) -> str | None:
        """The person the document is about: named outside quotations at least
        ``topic_min_mentions`` times, ``topic_dominance`` times as often as anyone else and
        in at least ``topic_share`` of all mentions of people (counted by surname); a known
        writer the document's full names agree with (then the writer's full name), else
        named in full at least once (then its most frequent full form on one line)."""
        if self._topic is None:
            counts = self._person_counts()
            ranked = counts.most_common(2)
            best = None
            if ranked and ranked[0][1] >= self.config.topic_min_mentions:
                runner = ranked[1][1] if len(ranked) > 1 else 0
                surname = ranked[0][0]
                # the fullest form written on one line ("John Winthrop", not a heading run into it)
                full = re.findall(
                    rf"(?:(?:[A-Z]\.|[A-Z][a-z][\w’'\-]*)[ \t]+){{1,3}}{re.escape(surname)}\b", self.text
                )
                full = [
                    f
                    for f in full
                    if not set(f.split()[:-1]) & NOT_NAMES
                    and not any(w.isupper() and len(w) > 1 for w in f.split())
                ]
                # a known writer ("William Shakespeare", not "BBC Television Shakespeare"), or
                # named in full somewhere: a person, not a tool or a book ("Jekyll")
                consistent = [f for f in full if self._writer(f)]
                if consistent:
                    name = self._writer(Counter(consistent).most_common(1)[0][0])
                else:
                    name = Counter(full).most_common(1)[0][0] if full else self._writer(surname)
                dominant = ranked[0][1] >= self.config.topic_dominance * runner
                if dominant and ranked[0][1] >= self.config.topic_share * sum(counts.values()) and name:
                    best = name
            self._topic = (best,)
        return self._topic[0]

    def _person_counts(self) -> Counter[str]:
        """How often each person is named outside quotations, by surname: capitalised words
        the document treats as a person somewhere (:meth:`People.is_person`) or known writers'
        surnames.
        One pass over the text, so a long book costs little."""
        outside, pos = [], 0
        for s, e in self.people.sentences.excluded:
            if s > pos:
                outside.append(self.text[pos:s])
            pos = max(pos, e)
        outside.append(self.text[pos:])
        words = Counter(_CAPITALISED.findall(" ".join(outside)))
        return Counter(
            {
                w: n
                for w, n in words.items()
                if w not in NOT_NAMES and (self.people.is_person(w) or self._surname(w))
            }
        )

    def _surname(self, word: str) -> bool:
        """``word`` is the surname of a known writer ("Twain"): a person with no other evidence."""
        writer = self.people.known.known_author(word)
        return bool(writer) and writer.split()[-1] == word

    def _writer(self, name: str) -> str | None:
        """The known writer ``name`` means: one whose full name has all of its words ("John
        Winthrop" or "Winthrop" for John Winthrop; not "Tom Scott" for Walter Scott)."""
        writer = self.people.known.known_author(name)
        return writer if writer and set(name.split()) <= set(writer.split()) else None

    def topic_claim(self, para_start: int, clause_start: int, pos: int, cited: set[str]) -> str | None:
        """The document's writer for a quotation at ``pos`` when its paragraph names nobody
        else before it (a paragraph naming another person is about them, or ambiguous; a
        word that only ever opens a sentence, "Anaphora carries ...", names nobody) and
        its clause (from ``clause_start``) has no speech verb of its own. ``cited`` are the
        surnames that cues credit with quotations elsewhere in the document."""
        person = self.topic()
        if person is None:
            return None
        surname = person.split()[-1]
        if surname not in cited and not self._writer(person):
            return None  # the subject of a column or a collector of sayings, not their writer
        line_end = self.text.find("\n", pos)
        if surname not in self.text[: line_end if line_end >= 0 else len(self.text)]:
            return None  # a headline's words before the page has named anyone: nobody's yet
        named = self.people.named_in(para_start, pos)
        clause = self.text[clause_start:pos]
        if _SPEECH_VERB.search(clause) and not _PRONOUN.search(clause):
            return None  # someone unnamed speaks ("his wife asked"); "he says" is the writer's pronoun
        if _FIRST_PERSON.search(clause):
            return None  # the writer speaks for themself ("I caught myself rolling my eyes:")
        if any(p.split()[-1] != surname and not self.people.only_opens(p) for p in named):
            return None
        return person

    def paragraph_claim(self, window_start: int, clause_start: int, pos: int) -> str | None:
        """The one person the sentences just before the quotation at ``pos`` (from
        ``window_start``) are about: nobody else is named there, and that person is named or
        meant by "he"/"she" at least ``paragraph_subject_mentions`` times, with a person's
        evidence in the document; none when the clause has a speaker of its own."""
        named = [p for p in self.people.named_in(window_start, pos) if not self.people.only_opens(p)]
        if not named or len({p.split()[-1] for p in named}) != 1 or not self.people.is_person(named[-1]):
            return None
        window = self.text[window_start:pos]
        mentions = len(named) + len(_SUBJECT_PRONOUN.findall(window))
        if mentions < self.config.paragraph_subject_mentions:
            return None
        clause = self.text[clause_start:pos]
        if _SPEECH_VERB.search(clause) and not _PRONOUN.search(clause) or _FIRST_PERSON.search(clause):
            return None
        said = _PRONOUN.search(clause)
        if said and self.people.called_otherwise(
            named[-1], window_start, clause_start + said.start(), said.group(0)
        ):
            return None  # "Mark Twain ... He wrote ... She said, '...'": someone else
        return named[-1]
