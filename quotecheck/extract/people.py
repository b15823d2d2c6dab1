"""People in a document: sentence bounds, who counts as a person, and whom a pronoun means.

Attribution asks two questions of the text around a quotation: which names
are people (not "the Red Army" or "NATO"), and who "he" or "she" is. Both
read only the document's own words outside quotations: a name is a person
when the document treats it as one somewhere (a possessive, an honorific,
"<Name>, who", the subject of a speech verb).
"""

from __future__ import annotations

import bisect
import re

from .config import ExtractConfig
from .known import DEFAULT_KNOWN, KnownWorks
from .patterns import EPITHET, HONORIFICS, NAME, NAME_RE, POSSESSIVE, ROLE_SUBJECT, VERB, VERB_WORDS

__all__ = ["Sentences", "People", "clean_name", "NOT_NAMES"]

#: Capitalised words that start sentences or name things, never a speaker.
_NOT_NAMES = set(
    """The A An This That These Those It Its He She They We You I Me My Our Your His Her Their Them Us
    But And Or Nor So Yet For As If When While Then Thus Hence However Furthermore Moreover Indeed
    Still Yes No Oh Ah Well Now Here There What Why How Who Whom Whose Where Which In On At Of To By
    With From After Before Today Yesterday Tomorrow Chapter Section Part Book Volume See Cf Also
    Even Only Just Perhaps Maybe Some Many Most All Every Each Both Either Neither Such One Two
    Three First Second Third Last Next Not Do Does Did Is Are Was Were Be Been Has Have Had Will
    Would Shall Should Can Could May Might Must Let Said Says Like Unlike Again Once Sir Madam Dear
    God Lord Mr Mrs Ms Dr Miss Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April June July August September October November December Image Read Note
    Quote Quoted According Meanwhile Later Earlier Finally Instead Although Though Because Since
    Until Unless Whether Into Upon About Above Below Under Over Between Among Through During
    Without Within Against Toward Towards Whatever Whoever Nothing Everything Something Anything
    HOWEVER THE AND Jr Sr Quoting Citing Per Anyway Anyhow Besides Otherwise Nevertheless Nonetheless
    Therefore Alas Likewise Afterwards Sometimes Often Okay OK Consider Take Recall Remember Hear Listen
    Witness Enter Here’s Here's There’s There's Compare Contrast Cf
    Line Lines Source Sources Text Verse Answer Question Context Meaning Explanation Translation
    Example Origin Speaker Author Title Citation Reference Summary Analysis Theme Topic Date Update
    Edit Caption Credit Credits Transcript Excerpt Epigraph Motto Saying Proverb
    Poem Poems Song Lyrics Hymn Stanza Chorus Refrain Passage Sonnet Ode Prayer Inscription Epitaph
    Several Few Various Numerous Another Other Any Much Less Fewer
    Anyone Anybody Someone Somebody Everyone Everybody Nobody""".split()
)
#: (the field-label lines: a document's field labels, "LINE:", "SOURCE:", "Answer:", never a speaker;
#: the last lines: the rest of the closed classes of quantifiers and indefinite pronouns, "Several
#: times he tells", "Anyone who knows")
NOT_NAMES = frozenset(_NOT_NAMES)
#: Participles that do not end in -ed opening a sentence ("Left humiliated and alone after
#: Hamlet's outburst, Ophelia reflects"): the clause's subject comes after them.
_IRREGULAR_PARTICIPLES = frozenset(
    """Left Taken Given Brought Caught Driven Forgotten Born Made Seen Told Found Lost Held Kept Led
    Met Sent Spent Stood Struck Thought Torn Worn Written Known Shown Grown Thrown Hidden Broken
    Chosen Frozen Spoken Stolen Woken Beaten Bitten Eaten Fallen Shaken Done Gone Begun Sunk Bound
    Fed Fled Bred Heard Sold Built Bent Dealt Felt Slept Swept Wept Crept Meant Burnt Learnt Dreamt
    Forgiven Overcome Undone Unseen Untold Understood Withdrawn Beset Bereft Stricken Sworn Borne""".split()
)
#: A capitalised word inside a clause, after a lower-case word or a comma ("wrote Thoreau").
_INSIDE_CLAUSE = re.compile(r"(?<=[a-z,;][ \t\n])[A-Z][\w\-]*")
_SENTENCE_END = re.compile(r"[.!?…]+[”’\"')\]]*\s+(?=[“\"‘'(\[«„]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\bMrs?|\bMs|\bDr|\bSt|\bProf|\bRev|\bGen|\bCol|\bCapt|\bvs?|\bcf|\be\.g|\bi\.e|"
    r"\bpp?|\bch|\bvol|\bnos?|\bed|\beds|\btrans|\bibid|\bop|\bff?)$"
)
#: Abbreviations before a number that end no sentence: "Marx’s famous No. 2 man", "Vol. 3", "Ch. 12".
_NUMBER_ABBREVIATION = re.compile(r"\b(?:No|Nos|Vol|Vols|Ch|Chap|Art|Fig|Pt|Sec|Op|P|Pp)$")
#: Capitalised phrases that name institutions, events and places, not people.
_INSTITUTION = re.compile(
    r"\b(?:Army|War|Party|Union|Street|Road|House|Church|Empire|States|Kingdom|Republic|Revolution|"
    r"Movement|International|Magazine|Press|University|College|Society|Company|Court|Commune|Council|"
    r"Congress|Parliament|Assembly|Office|Museum|Ocean|Sea|River|Mountains|City|Island|Times|Review|"
    r"Journal|Gazette|Post|News|Day|Year|Age|Bank|Exchange)\b"
)

_EVIDENCE_PATTERNS = [
    re.compile(rf"\b([A-Z][\w’'\-]*){POSSESSIVE}(?!\w)"),
    re.compile(rf"{HONORIFICS}\s+(?:[A-Z][\w’'\-]*\s+)?([A-Z][\w’'\-]*)\b"),
    re.compile(r"\b([A-Z][\w’'\-]*),\s+who\b"),
    # "a minister named Theodore Parker", "a young man called Bartleby"
    re.compile(
        r"\b(?:man|woman|boy|girl|guy|fellow|minister|preacher|pastor|priest|clergyman|writer|poet|author|"
        r"philosopher|scholar|lawyer|teacher|professor|student|soldier|reformer|abolitionist|politician)\s+"
        r"(?:named|called)\s+(?:[A-Z][\w’'\-]*\s+){0,2}([A-Z][\w’'\-]*)\b"
    ),
]
_VERB_SET = frozenset(VERB_WORDS)
_NAME_VERB = re.compile(
    rf"\b([A-Z][\w’'\-]*)\s+(?:(?:\w+ly|also|again|once|then|later|too|has|had|would|will)\s+){{0,2}}{VERB}\b"
)
_WORD_THEN_NAME = re.compile(
    r"\b([a-z]+)\s+(?:(?:the|poor|old|little|young|dear|good)\s+)?([A-Z][\w’'\-]*)(?:\s+([A-Z][\w’'\-]*))?"
)


#: A role noun and a name after a word: "Local historian Ruth Okafor", "British author George Orwell".
_ATTRIBUTIVE = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:historian|author|writer|poet|novelist|playwright|philosopher|scholar|"
    r"professor|critic|columnist|journalist|reporter|editor|senator|president|minister|pastor|preacher|"
    r"theologian|economist|essayist|biographer|activist|artist|teacher|lawyer|judge|councillor|mayor|"
    r"governor|congressman|congresswoman|representative|spokesman|spokeswoman|director|chairman|founder)"
    r"[ \t]+[A-Z][a-z]"
)
#: A preposition right before a name: "Like Thoreau, Annie Dillard went" has Dillard for subject.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Ll]ike|[Uu]nlike|[Ww]ith|[Ff]or|[Tt]o|[Ff]rom|[Aa]bout|[Tt]han|[Bb]y|of|"
    r"When|While|As|After|Before|Until|Though|Although|Because|Since|Once|If)\s+$"
)  # also a subordinate clause's subject: "When Darcy returned to the saloon, Miss Bingley could not"
#: Honorifics that tell a person's sex: "Mr. Darcy" is never "she", "Miss Bingley" never "he".
_MALE_TITLE = r"(?:Mr|Sir|Lord|King|Prince|Duke|Count|Father|Brother|Uncle|Master|Monsieur|Herr)\.?"
_FEMALE_TITLE = r"(?:Mrs|Ms|Miss|Lady|Queen|Princess|Duchess|Countess|Mother|Sister|Aunt|Mistress|Madame|Mme|Mlle|Frau)\.?"
#: A place preposition right before a name: "the Lassalleans in Germany called themselves"
#: makes Germany no speaker.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|into|across|throughout|within|near|to|of)\s+$")
#: An article right before a name makes it a modifier or a thing, not a person's name: "the New
#: Orleans slave market", "a Supreme Court justice".
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")


_ROLE_SUBJECT = re.compile(ROLE_SUBJECT)
_POSSESSIVE = re.compile(POSSESSIVE)
#: A title read "in" or "from" just before a name: "In Lucasta", "from Walden".
_WORK_READ_IN = re.compile(r"\b(?:[Ii]n|[Ff]rom)\s+(?:(?:his|her|the)\s+(?:\w+\s+)?)?[*_“\"]*$")
#: A verb right after a word makes it a clause's subject: "when Twain was born".
_SUBJECT_OF = re.compile(r"\s+(?:was|is|had|has|would|will|did|could|[a-z]+ed)\b")


def _person_evidence(text: str) -> set[str]:
    """Capitalised words the document treats as people: possessives,
    honorifics, "<Name>, who", subjects of speech verbs ("Lenin says",
    "said Holmes"). One pass per pattern, so asking about any name
    afterwards is a set lookup."""
    found: set[str] = set()
    for pattern in _EVIDENCE_PATTERNS:
        found.update(m.group(1) for m in pattern.finditer(text))
    for m in _NAME_VERB.finditer(text):
        if not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            found.add(m.group(1))
    for m in _WORD_THEN_NAME.finditer(text):
        if m.group(1) in _VERB_SET:
            found.add(m.group(2))
            if m.group(3):
                found.add(m.group(3))
    return found


def _not_a_name(token: str) -> bool:
    """A word of _NOT_NAMES, also in capitals ("LINE:", "SOURCE:")."""
    word = token.rstrip(".")
    return word in _NOT_NAMES or (word.isupper() and len(word) > 1 and word.capitalize() in _NOT_NAMES)


def clean_name(name: str) -> str | None:
    """Strip possessives, a leading epithet and leading non-name words; None when nothing is left."""
    name = re.sub(r"[’']s?$", "", name.strip()).strip()
    name = re.sub(rf"^{EPITHET}", "", name)
    tokens = name.split()
    for i, token in enumerate(tokens[1:], 1):
        if token in ("A", "An", "The"):
            tokens = tokens[:i]  # "Hamlet A Common Allusion": a heading's name and its subtitle
            break
    while tokens and _not_a_name(tokens[0]) and not re.fullmatch(HONORIFICS, tokens[0]):
        tokens.pop(0)
    while tokens and _not_a_name(tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and re.fullmatch(HONORIFICS, tokens[0]):
        return None
    if len(tokens) == 1 and re.search(r"[’'](?:ll|ve|re|d|m)$", tokens[0]):
        return None  # "I’ll", "We’ve": a contraction, not a name
    if len(tokens) == 1 and re.search(r"(?:ism|isms|ist|ists|ian|ians|ese)$", tokens[0]):
        return None
    return " ".join(tokens)


#: A clause opening with a subject pronoun, after a linking adverb ("Besides, he goes on").
_PRONOUN_SUBJECT = re.compile(
    r"[\s“\"‘'(]*(?:(?:And|But|Then|So|Yet|Now|Still|Besides|Finally|Later|Here|There|At\s+last|In\s+turn)\s*,?\s+)?"
    r"(He|She|he|she)\s+(?!and\b|or\b)[a-z]"
)
_COORDINATED = re.compile(rf"\s*(?:,\s*)?(?:and|&|or)\s+({NAME})")


class _Ambiguous(str):
    """Two or more people a pronoun may mean ("Marx or Engels"): no claim is made."""


class Sentences:
    """Where sentences start, with quoted spans treated as opaque.

    ``excluded`` are the spans of quoted text: sentence ends inside them do
    not end the surrounding sentence ('"Go." she said' is one sentence), and
    names inside them are not people of the surrounding text.
    """

    def __init__(self, text: str, excluded: list[tuple[int, int]], paragraph_starts: list[int]):
        self.text = text
        self.excluded = sorted(excluded)
        self._ex_starts = [s for s, _ in self.excluded]
        self._ex_max_end = []
        high = -1
        for _, e in self.excluded:
            high = max(high, e)
            self._ex_max_end.append(high)
        self.paragraph_starts = sorted({0, *paragraph_starts})
        starts = {0, *paragraph_starts}
        starts.update(
            m.end()
            for m in _SENTENCE_END.finditer(text)
            if not _ABBREVIATION.search(text, max(0, m.start() - 5), m.start())
            and not (
                _NUMBER_ABBREVIATION.search(text, max(0, m.start() - 5), m.start())
                and text[m.end() : m.end() + 1].isdigit()
            )
            and not self.inside(m.end() - 1)
        )
        self.starts = sorted(starts)

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` is inside some quoted span (spans may nest)."""
        i = bisect.bisect_right(self._ex_starts, pos) - 1
        while i >= 0 and self._ex_max_end[i] > pos:
            s, e = self.excluded[i]
            if s <= pos < e:
                return True
            i -= 1
        return False

    def paragraph_start(self, pos: int) -> int:
        """The start of the paragraph holding ``pos``."""
        return self.paragraph_starts[max(bisect.bisect_right(self.paragraph_starts, pos) - 1, 0)]

    def start(self, pos: int) -> int:
        """The start of the sentence holding ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[max(i, 0)]

    def end(self, pos: int) -> int:
        """The start of the sentence after the one holding ``pos`` (or the end of the text)."""
        i = bisect.bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else len(self.text)


class People:
    """The people of one document, found lazily and remembered per span."""

    def __init__(self, sentences: Sentences, config: ExtractConfig, known: KnownWorks = DEFAULT_KNOWN):
        self.text = sentences.text
        self.sentences = sentences
        self.config = config
        #: works and writers a reader knows (the default table, or with the corpus's catalogue)
        self.known = known
        self._evidence: set[str] | None = None
        self._lower_words: set[str] | None = None
        self._memo: dict[tuple[int, int], list[str]] = {}
        self._unproven: dict[tuple[int, int, bool], str | None] = {}
        self._inside_clause: set[str] | None = None
        self._titles = _Titles(self.text)

    def is_person(self, name: str) -> bool:
        """Evidence anywhere in the document that ``name`` is a person: a
        possessive, an honorific, "<Name>, who", or being the subject of a
        speech verb. Acronyms and institutions are not people."""
        tokens = name.split()
        last = tokens[-1]
        if re.match(HONORIFICS + r"\s", name):
            return True
        if (last.isupper() and len(last) > 1) or _INSTITUTION.search(name):
            return False
        if self._evidence is None:
            self._evidence = _person_evidence(self.text)
        if last in self._evidence:
            return True
        # a writer a reader knows ("Abraham Lincoln signed", "when Twain was born"), named as such
        writer = self.known.known_author(name)
        return bool(writer) and set(tokens) <= set(writer.split())

    def named_in(self, start: int, end: int) -> list[str]:
        """The people named in ``[start, end)``, outside quotations, in order.

        A person is a name with evidence (:meth:`is_person`) or the name a
        clause opens with (its likely subject: "Thoreau suffered the
        opposite fate").
        """
        key = (start, end)
        if key in self._memo:
            return self._memo[key]
        found: list[str] = []
        self._memo[key] = found
        chunk = self.text[start:end]
        for m in NAME_RE.finditer(chunk):
            if self.sentences.inside(start + m.start()):
                continue
            name = clean_name(m.group(0))
            if not name:
                continue
            head, of, rest = name.partition(" of ")
            if of and rest and not re.fullmatch(HONORIFICS, head.split()[0]) and len(head.split()) == 1:
                name = (
                    rest  # "Critics of Lincoln often forget that he wrote": Lincoln; not "Duke of Wellington"
                )
            name = self._past_title(name, chunk[: m.start()] + m.group(0)[: m.group(0).find(name)])
            if not name:
                continue
            opens_clause = not chunk[: m.start()].strip(" \t\n,;:—–-(\"“‘'")
            subject = (
                opens_clause
                # "The Pin Factory and the Danger of Specialization": a thing the article names, not a person
                and not re.match(r"(?:The|the|A|An)\s", m.group(0))
                and not _INSTITUTION.search(name)
                and not name.isupper()
                and not re.search(r"(?:ed|ing|ly)$", name)
                and name not in _IRREGULAR_PARTICIPLES
                and not self._common_word(name)
            )
            if subject and " " not in name and _ATTRIBUTIVE.match(chunk, m.end()):
                continue  # "Local historian Ruth Okafor welcomed": a modifier of the name after it
            if " " in name and self.known.author_of(name) and not self.is_person(name):
                continue  # "In his Common Sense pamphlet, ... he shared": a known book, nobody "he" means
            if subject or self.is_person(name):
                found.append(name)
        return found

    def _past_title(self, name: str, lead: str) -> str | None:
        """``name`` without a known work's title it opens with: "In his essay Self-Reliance
        Emerson" names Emerson, "In Lucasta the poet writes" nobody (a work read "in" or
        "from" is a book, not a person; "Hamlet says" keeps its speaker)."""
        words = name.split()
        for i in range(len(words), 0, -1):
            title = " ".join(words[:i])
            if self.known.author_of(title) and not self.known.known_author(title):
                rest = " ".join(words[i:])
                if rest:
                    return rest
                return None if _WORK_READ_IN.search(lead) else name
        return name

    def _common_word(self, name: str) -> bool:
        """A single capitalised word the document also writes in lower case ("Anaphora ...",
        "anaphora"): a common noun opening a sentence, not a person."""
        if " " in name:
            return False
        if self._lower_words is None:
            self._lower_words = set(re.findall(r"\b[a-z]+\b", self.text))
        return name.lower() in self._lower_words

    def only_opens(self, name: str) -> bool:
        """A single capitalised word with no evidence of a person that the document never
        writes inside a clause ("Anaphora carries the theme ..." and nowhere else): maybe a
        common noun opening a sentence, maybe a person ("Thoreau suffered ...")."""
        if " " in name or self.is_person(name):
            return False
        if self._inside_clause is None:
            self._inside_clause = set(_INSIDE_CLAUSE.findall(self.text))
        return name not in self._inside_clause

    def refer_back(self, pos: int, pronoun: str | None = None) -> str | None:
        """Who "he" or "she" at ``pos`` refers to: the first person named
        earlier in the same sentence, else the first person of the nearest
        earlier clause (its subject), looking back a few sentences
        (``refer_back_sentences``, ``refer_back_chars``). Across a paragraph break, a word
        that only ever opens a sentence ("Anaphora carries ...") is not taken for a person.
        A person the text has just called by the other ``pronoun`` ("Mark Twain put it best
        when he said ... That line, she conceded") is not meant: the search goes on back."""
        start = self.sentences.start(pos)
        para = self.sentences.paragraph_start(pos)
        # "He invites Starbuck to follow his thinking": a pronoun subject of the same gender binds
        # the pronouns of its sentence; the names after it are objects
        bound = _pronoun_subject(self.sentences, self.text[start:pos], start, pronoun) and not re.match(
            r"\s*(?:[Hh]e|[Ss]he)\s*$", self.text[start:pos]
        )
        same = [] if bound else self.named_in(start, pos)
        if same:
            # a possessive modifies a noun ("Halley’s Comet was passing when Twain was born, and
            # he"): the head of the phrase, not the name, is what the clause is about
            heads = [p for p in same if not self._possessive(p, start)]
            if heads:
                return heads[0]
            # a name after the possessive one may be the head the pronoun means ("when Twain was born")
            after = self.text.find(same[-1], start) + len(same[-1])
            other = self._unproven_name(after, pos, single=True)
            return _Ambiguous(other) if other and other not in same else same[0]
        stranger = None if bound else self._unproven_name(start, pos)
        if stranger:
            # "a minister named Theodore Parker gave a sermon in which he said": someone named in
            # the sentence may be meant even without evidence of a person; reaching back past them
            # would credit the wrong one
            return _Ambiguous(stranger)
        end, counted = start, 0
        while counted < self.config.refer_back_sentences:
            if end <= 0 or pos - end > self.config.refer_back_chars:
                break
            s = self.sentences.start(max(end - 1, 0))
            clauses = self.text[s:end].split(";")
            offset = end
            for clause in reversed(clauses):
                offset -= len(clause)
                if _pronoun_subject(self.sentences, clause, offset, pronoun):
                    # "He then points Starbuck to the crew": the clause is about whom its pronoun
                    # means, further back; the names in it are objects
                    offset -= 1
                    continue
                people = [
                    p
                    for p in self.named_in(offset, offset + len(clause))
                    if not self._alone(p, offset) and not (offset < para and self.only_opens(p))
                ]
                stranger = None if people else self._unproven_name(offset, offset + len(clause))
                if stranger:
                    return _Ambiguous(stranger)  # "..., Abraham Lincoln signed": maybe meant, unproven
                if people and self._parenthetical(people[0], offset):
                    # "A worshipper of the Home Secretary (Mr. Masterman) has been writing ...":
                    # a name in an aside is not the clause's subject; the subject is unnamed
                    return _Ambiguous(people[0])
                # "she" cannot mean whom the text just called "he": the next one, or further back
                people = [
                    p
                    for p in people
                    if not self.called_otherwise(p, offset, pos, pronoun)
                    and not self._titles.other_sex(p, pronoun)
                ]
                # "Like Thoreau, Annie Dillard went ...": a name after a preposition is not the subject
                subjects = [p for p in people if not self._after_preposition(p, offset)]
                people = subjects or people
                # "Thoreau's friend Emerson had written ...; he warns": the possessive one modifies
                # the head, the person after it is the subject
                people = [p for p in people if not self._possessive(p, offset)] or people
                if people:
                    partner = self._coordinated(people, offset)
                    if partner:
                        return _Ambiguous(f"{people[0]} or {partner}")
                    return people[0]
                offset -= 1
            counted += not _same_pronoun(self.sentences, s, end, pronoun)
            end = s
        return None

    def _after_preposition(self, name: str, start: int) -> bool:
        """The first mention of ``name`` from ``start`` follows a preposition ("Like Thoreau,")."""
        at = self.text.find(name, start)
        return at >= 0 and _PREPOSITION_BEFORE.search(self.text, max(at - 12, 0), at) is not None

    def called_otherwise(self, name: str, start: int, end: int, pronoun: str | None) -> bool:
        """After ``name`` (from ``start``) up to ``end`` or the next person named, outside
        quotations, the text calls someone by the other subject pronoun than ``pronoun`` and
        never by ``pronoun`` itself."""
        if not pronoun or pronoun.lower() not in ("he", "she"):
            return False
        at = self.text.find(name, start, end)
        if at < 0:
            return False
        others = [p for p in self.named_in(at + len(name), end) if p != name]
        if others:
            end = self.text.find(others[0], at + len(name), end)  # a pronoun after them may be theirs
        said = {
            m.group(0).lower()
            for m in re.finditer(r"\b(?:[Hh]e|[Ss]he)\b", self.text[at:end])
            if not self.sentences.inside(at + m.start())
        }
        return said == ({"he", "she"} - {pronoun.lower()})

    def _possessive(self, name: str, start: int) -> bool:
        """The first mention of ``name`` from ``start`` is possessive ("Halley’s Comet")."""
        at = self.text.find(name, start)
        return at >= 0 and _POSSESSIVE.match(self.text, at + len(name)) is not None

    def _parenthetical(self, name: str, start: int) -> bool:
        """The first mention of ``name`` from ``start`` is inside parentheses."""
        at = self.text.find(name, start)
        if at < 0:
            return False
        before = self.text[start:at]
        return before.count("(") > before.count(")")

    def _unproven_name(self, start: int, end: int, single: bool = False) -> str | None:
        """A name of two or more capitalised words (or one, with ``single``) in ``[start, end)``
        (a single word only as a clause's subject: "when Twain was born", not "the Soviet state")
        with no evidence either way (outside quotations, not an institution, not possessive,
        not after a place preposition, not opening the sentence): maybe the person a pronoun
        means."""
        key = (start, end, single)
        if key not in self._unproven:
            self._unproven[key] = self._first_unproven(start, end, single)
        return self._unproven[key]

    def _first_unproven(self, start: int, end: int, single: bool) -> str | None:
        chunk = self.text[start:end]
        for m in NAME_RE.finditer(chunk):
            name = clean_name(m.group(0))
            if (
                not name
                or (" " not in name and not (single and _SUBJECT_OF.match(chunk, m.end())))
                or self.sentences.inside(start + m.start())
                or _POSSESSIVE.match(chunk, m.end())
                or not chunk[: m.start()].strip()
                or _INSTITUTION.search(name)
                or any(w.isupper() for w in name.split())
                or _PLACE_BEFORE.search(chunk[: m.start()])
                or _DETERMINER_BEFORE.search(chunk[: m.start()])
            ):
                continue
            return name
        return None

    def _alone(self, name: str, start: int) -> bool:
        """A name alone on its line from ``start`` on: a byline or heading ("By Drew Wolfe"), never
        whom a pronoun means."""
        at = self.text.find(name, start)
        if at < 0:
            return False
        line_start = self.text.rfind("\n", 0, at) + 1
        line_end = self.text.find("\n", at)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        line = line.strip().rstrip(",.").strip()
        return line == name or line in (f"By {name}", f"by {name}")

    def _coordinated(self, people: list[str], start: int) -> str | None:
        """The person named together with the first ("Marx and Engels"): either may be meant."""
        a = self.text.find(people[0], start)
        m = _COORDINATED.match(self.text, a + len(people[0])) if a >= 0 else None
        return m.group(1) if m else None

    def speaker(self, who: str, at: int) -> tuple[str | None, str | None]:
        """Resolve a speaker: a name is cleaned, a pronoun or an office ("the President") refers
        back to the nearest person.

        Returns the name and a note for the cue ("he = Lenin"); "I" is nobody we can name.
        """
        if who == "I":
            return None, None
        if who.lower() in ("he", "she") or _ROLE_SUBJECT.fullmatch(who):
            person = self.refer_back(at, who)
            if isinstance(person, _Ambiguous):
                return None, f"{who}: ambiguous, {person}"
            return person, f"{who} = {person}" if person else None
        name = clean_name(who)
        if name and re.fullmatch(r"[A-Z][a-z]+[^su]s of .+", name):
            return None, None  # "Critics of Dickens said": people unnamed ("Duke of Wellington" is one)
        return name, None


def _same_pronoun(sentences: Sentences, start: int, end: int, pronoun: str | None) -> bool:
    """The sentence ``[start, end)`` (which named nobody) calls someone by a form of ``pronoun``
    outside quotations: a chain of sentences about one person ("He told them ... Several times he
    tells ... He tells us ...", "... the asperities of his temper"), which does not count towards
    how far a pronoun looks back."""
    if not pronoun or pronoun.lower() not in ("he", "she"):
        return False
    forms = r"\b(?:he|him|his|himself)\b" if pronoun.lower() == "he" else r"\b(?:she|her|hers|herself)\b"
    return any(
        not sentences.inside(start + m.start()) for m in re.finditer(forms, sentences.text[start:end], re.I)
    )


def _pronoun_subject(sentences: Sentences, clause: str, offset: int, pronoun: str | None) -> bool:
    """The clause (at ``offset``) opens with "he" or "she" (``pronoun``'s gender when given)
    outside quotations for its subject, not a name."""
    m = _PRONOUN_SUBJECT.match(clause)
    if not m or sentences.inside(offset + m.start(1)):
        return False
    return pronoun is None or pronoun.lower() not in ("he", "she") or m.group(1).lower() == pronoun.lower()


class _Titles:
    """The sex a document's titles give its people: "Mr. Darcy" is never "she", "Miss Bingley" never "he"."""

    def __init__(self, text: str):
        self.text = text
        #: per surname, whether the document titles it as a man's ("Mr.") and as a woman's ("Miss")
        self._titled: dict[str, tuple[bool, ...]] = {}

    def other_sex(self, name: str, pronoun: str | None) -> bool:
        """The document titles ``name`` as the other sex than ``pronoun`` means, and never as the same."""
        if not pronoun or pronoun.lower() not in ("he", "she"):
            return False
        surname = name.split()[-1]
        if surname not in self._titled:
            given = (
                r"(?:[A-Z][\w-]*(?:[’'][A-Z][\w-]*)?\s+)?"  # "Mr. Fitzwilliam Darcy"; not "Miss Watson’s Jim"
            )
            self._titled[surname] = tuple(
                re.search(rf"\b{title}\s+{given}{re.escape(surname)}\b", self.text) is not None
                for title in (_MALE_TITLE, _FEMALE_TITLE)
            )
        male, female = self._titled[surname]
        return (male and not female and pronoun.lower() == "she") or (
            female and not male and pronoun.lower() == "he"
        )
