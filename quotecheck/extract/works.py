"""Which work a quotation is claimed from: citations, "wrote in <Title>", "Mill's On Liberty".

The speaker cues (:mod:`.cues`) say who; this module reads the words around
a quotation for the title of a work, and parenthetical citations for both
("(Marx, Capital, 1867)").
"""

from __future__ import annotations

import re

from .patterns import ADV, MONTHS, NAME, NOUN_CUES, POSSESSIVE, ROLE_NOUNS, TITLE_RUN, VERB
from .people import People, clean_name

__all__ = [
    "PAREN_CITATION",
    "clean_work",
    "plausible_work",
    "read_citation",
    "work_in_context",
    "work_by_possessive",
]

#: A parenthetical citation right after a quotation: ``"..." (Marx, Capital, 1867)``.
PAREN_CITATION = re.compile(r"^[ \t]*[.,;]?[ \t]*(?:\[\d+\][ \t]*)?\((?P<cit>[^()]{2,160})\)")
#: Speech verbs after which "in <Name>" is a place or occasion, not a work.
_NO_WORK_VERB = re.compile(r"^(?:say|says|said|tell|tells|told|cried|shouted|called|asked|asks)$")
_IN_WORK_AFTER_VERB = re.compile(
    rf"\b(?P<verb>{VERB})(?:\s+{ADV})?,?\s+in\s+(?:(?:his|her|their|the|a|an|its)\s+)?(?:(?!to\s)[a-z-]+\s+){{0,2}}?"
    rf"(?:{ROLE_NOUNS}\s+)?(?P<work>{TITLE_RUN.pattern})"
)
_IN_WORK_LEADING = re.compile(
    rf"^\s*In\s+(?:(?:his|her|their|the)\s+)?(?:{ROLE_NOUNS}\s+)?(?!(?:{MONTHS})\b)[*_]{{0,2}}(?P<work>{TITLE_RUN.pattern})"
    rf"[*_]{{0,2}}(?:\s*,\s*|\s+(?=(?:he|she)\b|{NAME}\s+{VERB}|the\s+(?:poet|author|narrator|writer)\b))"
)
_WORK_OF = re.compile(
    r"\b(?:passage|passages|chapter|line|lines|page|pages|section|opening|preface|verse|stanza|part|edition|"
    r"editions|translation|volume|"
    r"selection|excerpt|extract|sentence|close|end)\s+(?:of|from|in)\s+"
    # "lines in Shakespeare’s play Hamlet": the possessive is the author, the title follows
    rf"(?:[A-Z][\w\-]*[’']s?\s+[a-z]+\s+)?(?P<work>(?>{TITLE_RUN.pattern}))(?<![’']s)(?![’'])"
)
#: Page, chapter and edition references in a citation: not a work's title.
_PAGE_REF = re.compile(
    r"^(?:p|pp|vol|vols|ch|chap|chapter|bk|book|part|pt|sec|section|no|art|article|line|l|ll|act|scene|"
    r"sc|ed|edn|edition|trans|tr|fol|f|ff|n|note|para|§|present)\b\.?|^[\divxlcdmIVXLCDM.\-–:, ]+$"
    r"|\b\d{3,4}\b\s*$",
    re.I,
)


def clean_work(work: str) -> str:
    """A title without surrounding quote marks, spaces and trailing punctuation."""
    return work.strip().strip("“”\"‘’',. ")


def plausible_work(item: str) -> bool:
    """Whether a citation item can be a title: capitalised and not a page or edition reference."""
    return not _PAGE_REF.search(item) and item[:1].isupper()


#: A citation of a page by its author's name alone, as the MLA style has it: "(Austen 188)".
_PAGE_CITED = re.compile(rf"{NAME}\s+\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?")


def read_citation(cit: str, people: People, author_hint: str | None = None) -> tuple[str | None, str | None]:
    """Read "(Marx, Capital, 1867)" as author and work; page references are skipped.

    With ``author_hint`` from another cue, a first item that is not that
    author is the work ("(Endymion, Book I)" after "Keats:").
    """
    if re.search(r"[“”\"«»]", cit):
        return None, None  # quoted titles in a citation are read as titles
    items = [i.strip() for i in re.split(r"[,;]", cit) if i.strip()]
    if not items:
        return None, None
    items[0] = re.sub(r"^(?:see|cf\.?)\s+", "", items[0], flags=re.I)
    items[0] = re.sub(r"\s+\d{4}[a-z]?$", "", items[0])
    if len(items) == 1 and _PAGE_CITED.fullmatch(items[0]):
        # "(Smith 23)": a name and a page, the critic's book or the novel's, which is which the
        # citation does not say; no work called "Smith 23" either
        return None, None
    author = None
    rest = items
    first = items[0]
    same = author_hint is not None and first.split()[-1:] == author_hint.split()[-1:]
    if (
        re.fullmatch(NAME, first)
        and not _PAGE_REF.search(first)  # "(Chapter III, A Study in Scarlet)": a place, not a writer
        and clean_name(first)
        and (same or author_hint is None)
        and (len(items) > 1 or people.is_person(first) or people.known.known_author(first))
    ):
        author = clean_name(first)
        rest = items[1:]
    work = None
    for item in rest:
        if not plausible_work(item):
            continue
        work = item.strip("“”\"‘’' ")
        break
    return author, work


def work_in_context(before: str, after: str) -> str | None:
    """A work named around the quotation: "wrote in <Title>", "the passage of <Title>", "In <Title>, Smith observed".

    The last such phrase before the quotation wins, then one after it, then a
    sentence opening "In <Title>,".
    """
    hits = [m for m in _IN_WORK_AFTER_VERB.finditer(before) if not _NO_WORK_VERB.match(m.group("verb"))]
    hits += [m for m in _WORK_OF.finditer(before)]
    m = max(hits, key=lambda h: h.end()) if hits else _IN_WORK_AFTER_VERB.search(after)
    if m is None:
        m = _IN_WORK_LEADING.match(before)
    return clean_work(m.group("work")) if m else None


def work_by_possessive(context: str, author: str) -> str | None:
    """The title after the author's possessive in ``context``: "Our next meeting reads Mill's On Liberty"."""
    last = re.escape(author.split()[-1])
    m = re.search(rf"\b{last}{POSSESSIVE}\s+(?P<work>{TITLE_RUN.pattern})(?!\s+{NOUN_CUES}\b)", context)
    return clean_work(m.group("work")) if m else None
