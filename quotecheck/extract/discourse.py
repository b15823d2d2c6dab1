"""Claims the discourse makes when no cue does: the heading a quotation sits under, the person a text is about.

A reader of "### (24) The Merchant of Venice ... the play is the source of the
famous 'pound of flesh'" knows whose words these are, and so does a reader of
a student essay on Winthrop's sermon that quotes it sentence after sentence
with no "he said". Two rules, tried in order for a quotation nobody is named
for:

1. its section's heading is the title of a well-known work, or a person's
   name alone (a page of sayings under "Leon Trotsky"): the heading claims it;
2. the document is about one writer (named far more often than anyone else,
   and known as the author of well-known works or credited by a cue elsewhere
   in the document: not a columnist's source or a collector of sayings) and
   the quotation's paragraph names nobody else before it, nor has a speech
   verb of its own with nobody named ('his wife asked "..."'): that writer.

Ambiguity gives no claim: a paragraph naming another person, a document with
no dominant person, a heading that is neither a work nor a name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .config import ExtractConfig
from .known import author_of, known_author
from .patterns import NAME, VERB
from .people import People

__all__ = ["Discourse"]

#: Numbering before a heading's words: "(24)", "(11–9)", "12.", "#3 -", "IV."
_NUMBERING = re.compile(r"^\s*(?:\(?[\dIVXLC]+(?:\s*[–-]\s*\d+)?[.)]?\s*[:.—–-]?\s*)")
_NAME_ONLY = re.compile(rf"{NAME}")
_SPEECH_VERB = re.compile(rf"\b{VERB}\b")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")


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
        if author_of(words):
            return author_of(words), words
        if _NAME_ONLY.fullmatch(words) and " " in words and self.people.is_person(words):
            return words, None
        return None, None

    def topic(self) -> str | None:
        """The person the document is about: named outside quotations at least
        ``topic_min_mentions`` times and ``topic_dominance`` times as often as anyone else
        (counted by surname), and named in full at least once (or a known writer); the
        fullest form of the name."""
        if self._topic is None:
            counts: Counter[str] = Counter()
            forms: dict[str, set[str]] = {}
            for name in self.people.named_in(0, len(self.text)):
                key = name.split()[-1]
                counts[key] += 1
                forms.setdefault(key, set()).add(name)
            ranked = counts.most_common(2)
            best = None
            if ranked and ranked[0][1] >= self.config.topic_min_mentions:
                runner = ranked[1][1] if len(ranked) > 1 else 0
                # the fullest form written on one line ("John Winthrop", not a heading run into it)
                full = [f for f in forms[ranked[0][0]] if " " in f and f in self.text]
                # named in full somewhere, or a known writer: a person, not a tool or a book ("Jekyll")
                name = max(full, key=len) if full else known_author(ranked[0][0])
                if ranked[0][1] >= self.config.topic_dominance * runner and name:
                    best = name
            self._topic = (best,)
        return self._topic[0]

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
        if surname not in cited and not known_author(person):
            return None  # the subject of a column or a collector of sayings, not their writer
        named = self.people.named_in(para_start, pos)
        clause = self.text[clause_start:pos]
        if _SPEECH_VERB.search(clause) and not _PRONOUN.search(clause):
            return None  # someone unnamed speaks ("his wife asked"); "he says" is the writer's pronoun
        if any(p.split()[-1] != surname and not self.people.only_opens(p) for p in named):
            return None
        return person
