"""Who a quotation is attributed to, and from which work, according to the document.

The extractor finds quoted spans; this module reads the words around each one
for the cue a writer uses to say whose words they are: a speech or writing
verb before or after ("Lenin says:", "said Holmes"), a passive or prepositional
phrase ("summed up by Lenin as:", "according to Mill"), a possessive ("Lenin's
famous line"), a signature line ("-- Twain, Pudd'nhead Wilson"), a
parenthetical citation ("(Marx, Capital, 1867)"), or a pronoun that refers
back to the nearest named person. Everything works on bounded windows around
the quotation, so the cost is linear in the number of quotations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["Attribution", "Attributor", "NAME", "looks_like_title"]

# --- vocabulary -------------------------------------------------------------

_VERB_WORDS = """
said says say saying wrote writes write writing written declared declares declare declaring
argued argues argue arguing asked asks ask replied replies reply answered answers answer
cried cries exclaimed exclaims added adds continued continues observed observes observe
remarked remarks noted notes stated states claimed claims insisted insists explained explains
told tells shouted shouts whispered whispers muttered mutters murmured murmurs repeated repeats
maintained maintains warned warns proclaimed proclaims concluded concludes admitted admits
retorted retorts suggested suggests responded responds sang sings quoth asserted asserts
affirmed affirms reminded reminds recalled recalls interrupted interrupts demanded demands
inquired inquires enquired enquires advised advises counselled counsels pleaded pleads urged urges agreed agrees objected objects
protested protests commented comments announced announces taught teaches preached preaches
quipped quips joked jokes mused muses thundered thunders vowed vows conceded concedes
confessed confesses complained complains boasted boasts predicted predicts testified testifies
sighed sobbed snapped growled roared screamed yelled called began begins went returned
stressed stresses emphasised emphasized emphasises emphasizes acknowledged acknowledges
summed summarised summarized defined defines described describes characterised characterized
put puts opined opines thought adding saying writing declaring arguing replying answering noting
observing remarking explaining insisting continuing
""".split()
_VERB = r"(?:" + "|".join(sorted(set(_VERB_WORDS), key=len, reverse=True)) + r")"
#: Verbs after which "in <Title>" names the work rather than a place.
_WRITE_VERB = (
    r"(?:wrote|writes|write|written|argued|argues|argue|observed|observes|noted|notes|stated|states|"
    r"declared|declares|claimed|claims|insisted|insists|explained|explains|remarked|remarks|"
    r"put it|puts it|asked|asks|warned|warns|concluded|concludes|defined|defines|described|describes)"
)
_ADV = (
    r"(?:\w+ly|also|again|once|then|later|too|still|even|never|always|often|further|famously|"
    r"himself|herself|has|had|have|would|will|shall|could|can|did|does|do|was|is|had\s+once|"
    r"went\s+on\s+to|goes\s+on\s+to|used\s+to|and\s+again|again\s+and\s+again|over\s+and\s+over)"
)
_TITLES = (
    r"(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Professor|Sir|Lord|Lady|Miss|Madame|Mme|Monsieur|Mlle|St|Saint|"
    r"President|General|Gen|Captain|Capt|Colonel|Col|Major|Comrade|Father|Rev|Reverend|Judge|"
    r"Justice|Senator|Sen|Governor|Gov|King|Queen|Prince|Princess|Duke|Duchess|Count|Countess|"
    r"Uncle|Aunt|Inspector|Sergeant|Doctor|Master|Mistress|Herr|Frau)\.?"
)
_CAP = r"[A-Z][A-Za-z\u00c0-\u024f]*(?:[-'’][A-Z][A-Za-z\u00c0-\u024f]*|'[a-z]{2,}|’[a-z]{2,})*"
_PARTICLE = r"(?:de|du|des|van|von|der|den|da|di|del|della|le|la|ibn|bin|al|y|of)"
#: A personal name: optional honorific, initials, one to four capitalised words.
NAME = (
    rf"(?:{_TITLES}\s+)?(?:[A-Z]\.\s?)*{_CAP}"
    rf"(?:\s+(?:{_PARTICLE}\s+)?(?:[A-Z]\.\s?)*{_CAP}){{0,3}}"
)
_NAME_RE = re.compile(NAME)
_PRON = r"(?:he|she|He|She)"
_EPITHET = r"(?:(?:the|poor|old|little|young|dear|good)\s+)"
_SPEAKER = rf"(?:{_EPITHET}?{NAME}|{_PRON}|I)"

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
    HOWEVER THE AND""".split()
)
_SMALL_WORDS = set(
    "a an the and or nor but of in on at to for by with from as vs via de la le du von van der into upon "
    "over under about is are be was".split()
)
_NOUN_CUES = (
    r"(?:line|lines|words|phrase|dictum|remark|saying|maxim|motto|verdict|observation|formula|"
    r"formulation|definition|quip|slogan|question|answer|reply|warning|advice|injunction|"
    r"declaration|assertion|claim|argument|thesis|sentence|passage|lament|boast|axiom|aphorism|"
    r"adage|credo|prayer|plea|command|admonition|description|judgement|judgment|comment|prophecy|"
    r"translation|version|promise|speech|letter|answer|retort|complaint|cry)"
)
_ROLE_NOUNS = (
    r"(?:book|books|essay|essays|pamphlet|poem|poems|novel|story|article|chapter|song|play|work|"
    r"works|speech|address|lecture|treatise|tract|letter|manifesto|sonnet|ode|ballad|volume|"
    r"collection|preface|introduction|sermon|report|paper|film|series|text)"
)

# --- cue patterns -------------------------------------------------------------

#: Verbs that take the listener as object ("tells Alice"), so "<verb> <Name>" is no inversion.
_TRANSITIVE = re.compile(
    r"^(?:tell|tells|told|remind|reminds|reminded|warn|warns|warned|urge|urges|urged|"
    r"ask|asks|asked|call|calls|called|put|puts)$"
)
_NO_WORK_VERB = re.compile(r"^(?:say|says|said|tell|tells|told|cried|shouted|called|asked|asks)$")

_B_SUBJECT_VERB = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}|{_PRON}|I)(?![’']s\b)(?:\s*,\s*who)?"
    rf"(?:\s*,[^,;:.!?]{{1,80}},)?(?:\s+{_ADV}){{0,3}}\s+(?P<verb>{_VERB})(?:\s+it)?\b"
)
_B_COORDINATED = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}|{_PRON})\s+[a-z]+(?:\s+[a-z]+){{0,8}}?,?\s+and(?:\s+{_ADV})?\s+(?P<verb>{_VERB})\b"
)
_B_VERB_SUBJECT = re.compile(
    rf"\b(?P<verb>{_VERB})\s+(?P<who>{_SPEAKER})(?=\s*(?:[,:;.!?—–-]|\(|\s(?:in|to|at|on|of|with)\b|$))"
)
_B_QUOTED = re.compile(
    rf"\b(?P<verb>quoted|quotes|quoting|cited|cites|citing)\s+(?P<who>{NAME})\s+as\s+(?:saying|writing|having\s+said)"
)
_B_PASSIVE = re.compile(rf"\b(?P<verb>{_VERB})(?:\s+up)?\s+by\s+(?P<who>{NAME})")
_B_PREP = re.compile(
    rf"(?i:\b(?P<verb>according\s+to|in\s+the\s+(?:immortal\s+|famous\s+|memorable\s+)?words\s+of|"
    rf"to\s+quote|quoting|as\s+quoted\s+by|as\s+cited\s+by|in\s+(?:the\s+)?(?:phrase|verdict|view)\s+of))"
    rf"\s+(?P<who>{NAME})"
)
_POSS = r"(?:[’']s|[’'](?=\s))"
_B_POSSESSIVE = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}){_POSS}\s+(?:[\w-]+\s+){{0,3}}?(?P<verb>{_NOUN_CUES}\b|{_VERB}\b)"
)
_TITLE_RUN = re.compile(
    r"[A-Z][\w’'\-]*(?:(?:\s+(?:of|the|and|in|on|a|an|to|for|de|from|with))*\s+[A-Z][\w’'\-]*)*"
)
_B_POSSESSIVE_WORK = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}){_POSS}\s+(?P<work>{_TITLE_RUN.pattern}(?!\s+{_NOUN_CUES}\b)|[“\"][^”\"\n]{{2,80}}[”\"])"
)
_B_POSSESSIVE_END = re.compile(rf"(?<![\w’'])(?P<who>{NAME}){_POSS}\s*$")
_B_LEAD_COLON = re.compile(
    rf"^[\s\-*•]*(?P<who>{NAME})(?:\s*,\s*in\s+(?P<work>{_TITLE_RUN.pattern}))?\s*:\s*$"
)
_B_AGAIN = re.compile(r"\b(?P<verb>again|also|elsewhere|further|furthermore|and\s+later)\s*[:,]?\s*$", re.I)

_A_VERB_SUBJECT = re.compile(
    rf"^\s*[,.!?;]?\s*(?:[—–]|--)?\s*(?P<verb>{_VERB})(?:\s+{_ADV})?\s+(?P<who>{_SPEAKER})\b"
)
_A_SUBJECT_VERB = re.compile(
    rf"^\s*[,.!?;]?\s*(?:[—–]|--)?\s*(?:as\s+)?(?P<who>{_EPITHET}?{NAME}|{_PRON}|I)"
    rf"(?:\s+{_ADV}){{0,2}}\s+(?P<verb>{_VERB})\b"
)
_A_DASH = re.compile(
    rf"[ \t]*(?:\n[ \t]*){{0,2}}(?P<verb>[—–―~]|--)[ \t]*(?P<who>{NAME})"
    r"(?:[ \t]*,[ \t]*(?P<work>[^\n,()]{2,80}?))?[ \t]*(?:,[^\n]{0,40})?[ \t]*[.]?[ \t]*(?=\n|$)"
)
_A_PAREN = re.compile(r"^[ \t]*[.,;]?[ \t]*(?:\[\d+\][ \t]*)?\((?P<cit>[^()]{2,160})\)")

_IN_WORK_AFTER_VERB = re.compile(
    rf"\b(?P<verb>{_VERB})(?:\s+{_ADV})?,?\s+in\s+(?:(?:his|her|their|the|a|an|its)\s+)?(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{_ROLE_NOUNS}\s+)?(?P<work>{_TITLE_RUN.pattern})"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_IN_WORK_LEADING = re.compile(
    rf"^\s*In\s+(?:(?:his|her|their|the)\s+)?(?:{_ROLE_NOUNS}\s+)?(?!(?:{_MONTHS})\b)(?P<work>{_TITLE_RUN.pattern})"
    rf"(?:\s*,\s*|\s+(?=(?:he|she)\b|{NAME}\s+{_VERB}))"
)
_WORK_OF = re.compile(
    r"\b(?:passage|passages|chapter|line|lines|page|pages|section|opening|preface|verse|stanza|part|edition|"
    r"editions|translation|volume|"
    r"selection|excerpt|extract|sentence|close|end)\s+(?:of|from|in)\s+"
    rf"(?P<work>{_TITLE_RUN.pattern})"
)
_TITLE_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?i:see|cf\.|read|reading|entitled|titled|called|named|in|from|his|her|their)|\b{_ROLE_NOUNS}"
    rf"|[A-Z][\w\-]*[’'](?:s)?|(?<![\w])(?:and|or|&|,))\s*$"
)
_TITLE_CONTEXT_AFTER = re.compile(
    rf"^\s*,?\s*(?:\(\d{{4}}\)|by\s+{NAME}|\s*[,]?\s*(?:a|an|the)\s+{_ROLE_NOUNS}\b|(?:gives|tells|says)\b)"
)
_PAGE_REF = re.compile(
    r"^(?:p|pp|vol|vols|ch|chap|chapter|bk|book|part|pt|sec|section|no|art|article|line|l|ll|act|scene|"
    r"sc|ed|edn|edition|trans|tr|fol|f|ff|n|note|para|§|present)\b\.?|^[\divxlcdmIVXLCDM.\-–:, ]+$"
    r"|\b\d{3,4}\b\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…]+[”’\"')\]]*\s+(?=[“\"‘'(\[«„]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\bMrs?|\bMs|\bDr|\bSt|\bProf|\bRev|\bGen|\bCol|\bCapt|\bvs?|\bcf|\be\.g|\bi\.e)$"
)
#: Capitalised phrases that name institutions, events and places, not people.
_INSTITUTION = re.compile(
    r"\b(?:Army|War|Party|Union|Street|Road|House|Church|Empire|States|Kingdom|Republic|Revolution|"
    r"Movement|International|Magazine|Press|University|College|Society|Company|Court|Commune|Council|"
    r"Congress|Parliament|Assembly|Office|Museum|Ocean|Sea|River|Mountains|City|Island|Times|Review|"
    r"Journal|Gazette|Post|News|Day|Year|Age|Bank|Exchange)\b"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """The claimed author and work of one quotation, with the words that said so."""

    author: str | None = None
    work: str | None = None
    cue: str | None = None
    near: bool = False  # the cue is right against the quotation (same clause)


def _clean_name(name: str) -> str | None:
    """Strip possessives, a leading epithet and leading non-name words; None when nothing is left."""
    name = re.sub(r"[’']s?$", "", name.strip()).strip()
    name = re.sub(rf"^{_EPITHET}", "", name)
    tokens = name.split()
    while tokens and tokens[0].rstrip(".") in _NOT_NAMES and not re.fullmatch(_TITLES, tokens[0]):
        tokens.pop(0)
    while tokens and tokens[-1].rstrip(".") in _NOT_NAMES:
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and re.fullmatch(_TITLES, tokens[0]):
        return None
    if len(tokens) == 1 and re.search(r"(?:ism|isms|ist|ists|ian|ians|ese)$", tokens[0]):
        return None
    return " ".join(tokens)


def looks_like_title(text: str) -> bool:
    """Title Case: the first word and most content words capitalised, short, no sentence end."""
    text = text.strip().rstrip(",")
    words = re.findall(r"[^\W\d_][\w’'\-]*", text)
    if not words or len(words) > 14 or not words[0][0].isupper():
        return False
    if re.search(r"[.;]$", text) and not re.search(r"\b[A-Z][a-z]?\.$", text):
        return False
    content = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
    if not content:
        return True
    return sum(w[0].isupper() for w in content) / len(content) >= 0.75


class Attributor:
    """Attribution for the quotations of one document.

    ``excluded`` are the spans of quoted text: names inside quotations are
    not candidates for a pronoun ("'Well, Watson,' said he" is not Watson
    speaking), and sentence ends inside them do not end the surrounding
    sentence. ``paragraph_starts`` are where paragraphs begin.
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
        self._evidence: set[str] | None = None
        self._persons_memo: dict[tuple[int, int], list[str]] = {}
        starts = {0, *paragraph_starts}
        starts.update(
            m.end()
            for m in _SENTENCE_END.finditer(text)
            if not _ABBREVIATION.search(text, max(0, m.start() - 5), m.start())
            and not self._inside(m.end() - 1)
        )
        self.sentence_starts = sorted(starts)
        self.paragraph_starts = sorted({0, *paragraph_starts})

    # -- geometry ------------------------------------------------------------

    def _inside(self, pos: int) -> bool:
        """Whether ``pos`` is inside some quoted span (spans may nest)."""
        i = bisect.bisect_right(self._ex_starts, pos) - 1
        while i >= 0 and self._ex_max_end[i] > pos:
            s, e = self.excluded[i]
            if s <= pos < e:
                return True
            i -= 1
        return False

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[max(i, 0)]

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)

    # -- people ----------------------------------------------------------------

    def is_person(self, name: str) -> bool:
        """Evidence anywhere in the document that ``name`` is a person: a
        possessive, an honorific, "<Name>, who", or being the subject of a
        speech verb. Acronyms and institutions are not people."""
        tokens = name.split()
        last = tokens[-1]
        if re.match(_TITLES + r"\s", name):
            return True
        if (last.isupper() and len(last) > 1) or _INSTITUTION.search(name):
            return False
        if self._evidence is None:
            self._evidence = _person_evidence(self.text)
        return last in self._evidence

    def _persons(self, start: int, end: int) -> list[str]:
        """The people named in ``[start, end)``, outside quotations, in order.

        A person is a name with evidence (:meth:`is_person`) or the name a
        clause opens with (its likely subject: "Thoreau suffered the
        opposite fate").
        """
        key = (start, end)
        if key in self._persons_memo:
            return self._persons_memo[key]
        found: list[str] = []
        self._persons_memo[key] = found
        chunk = self.text[start:end]
        for m in _NAME_RE.finditer(chunk):
            if self._inside(start + m.start()):
                continue
            name = _clean_name(m.group(0))
            if not name:
                continue
            opens_clause = not chunk[: m.start()].strip(" \t\n,;:—–-(\"“‘'")
            subject = (
                opens_clause
                and not _INSTITUTION.search(name)
                and not name.isupper()
                and not re.search(r"(?:ed|ing|ly)$", name)
            )
            if subject or self.is_person(name):
                found.append(name)
        return found

    def refer_back(self, pos: int) -> str | None:
        """Who "he" or "she" at ``pos`` refers to: the first person named
        earlier in the same sentence, else the first person of the nearest
        earlier clause (its subject), looking back at most four sentences."""
        start = self.sentence_start(pos)
        same = self._persons(start, pos)
        if same:
            return same[0]
        end = start
        for _ in range(4):
            if end <= 0 or pos - end > 1500:
                break
            s = self.sentence_start(max(end - 1, 0))
            clauses = self.text[s:end].split(";")
            offset = end
            for clause in reversed(clauses):
                offset -= len(clause)
                people = self._persons(offset, offset + len(clause))
                if people:
                    return people[0]
                offset -= 1
            end = s
        return None

    # -- cues -------------------------------------------------------------------

    def _who(self, who: str, at: int) -> tuple[str | None, str | None]:
        """Resolve a speaker: a name is cleaned, a pronoun refers back to the nearest person."""
        if who == "I":
            return None, None
        if who.lower() in ("he", "she"):
            person = self.refer_back(at)
            return person, f"{who} = {person}" if person else None
        return _clean_name(who), None

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
        for "again" and "also".
        """
        text = self.text
        ctx_start = max(self.sentence_start(open_pos), para_start, prev_end)
        before = text[ctx_start:open_pos]
        if not before.strip() or block:
            # A quotation opening a sentence or paragraph may be introduced by
            # the sentence before it ("Engels says:").
            prev_end_pos = ctx_start
            while prev_end_pos > 0 and text[prev_end_pos - 1].isspace():
                prev_end_pos -= 1
            introduces = text[prev_end_pos - 1] == ":" or (
                prev_end_pos and ctx_start == para_start and text[prev_end_pos - 1].isalpha()
            )
            if prev_end_pos and (introduces or block):
                # the previous quotation bounds the context only inside this paragraph
                bound = prev_end if not block and prev_end > para_start else 0
                ctx_start = max(self.sentence_start(prev_end_pos - 1), bound)
                before = text[ctx_start:open_pos]
        after_end = min(self.sentence_end(close_end), close_end + 200)
        after = text[close_end:after_end]

        found = self._after_cues(after, close_end)
        before_found = self._before_cues(before, ctx_start, prev_author)
        if before_found and (before_found.near or not found):
            found = before_found
        if found is None:
            found = self._signature(close_end)

        # The work: from the cue, a citation or signature, "wrote in <Title>",
        # "the passage of <Title>", "In <Title>, Smith observed".
        work = found.work if found else None
        if work is None:
            cit = _A_PAREN.match(after)
            if cit:
                _, work = self._citation(cit.group("cit"), found.author if found else None)
        if work is None:
            hits = [
                m for m in _IN_WORK_AFTER_VERB.finditer(before) if not _NO_WORK_VERB.match(m.group("verb"))
            ]
            hits += [m for m in _WORK_OF.finditer(before)]
            m = max(hits, key=lambda h: h.end()) if hits else _IN_WORK_AFTER_VERB.search(after)
            if m is None:
                m = _IN_WORK_LEADING.match(before)
            if m:
                work = _clean_work(m.group("work"))
        if found is None:
            return Attribution(work=work, cue=None)
        if work is None and found.author:
            # "Our next meeting reads Mill's On Liberty. As Mill says, '...'"
            s = self.sentence_start(max(self.sentence_start(open_pos) - 1, 0))
            last = re.escape(found.author.split()[-1])
            m = re.search(
                rf"\b{last}{_POSS}\s+(?P<work>{_TITLE_RUN.pattern})(?!\s+{_NOUN_CUES}\b)", text[s:open_pos]
            )
            if m:
                work = _clean_work(m.group("work"))
        return Attribution(found.author, work, found.cue, found.near)

    def _before_cues(self, before: str, base: int, prev_author: str | None) -> Attribution | None:
        best: tuple[int, int, Attribution] | None = None
        patterns = (
            _B_SUBJECT_VERB,
            _B_COORDINATED,
            _B_VERB_SUBJECT,
            _B_PASSIVE,
            _B_QUOTED,
            _B_PREP,
            _B_POSSESSIVE,
            _B_POSSESSIVE_WORK,
            _B_POSSESSIVE_END,
            _B_LEAD_COLON,
        )
        for rank, pattern in enumerate(patterns):
            for m in pattern.finditer(before):
                if pattern is _B_VERB_SUBJECT and _TRANSITIVE.match(m.group("verb")):
                    continue
                who, note = self._who(m.group("who"), base + m.start("who"))
                if not who:
                    continue
                work = m.groupdict().get("work")
                end = m.end() if pattern is not _B_POSSESSIVE_WORK else m.start("work")
                if best is None or (end, -rank) > (best[0], best[1]):
                    tail = before[m.end() :]
                    near = len(tail.strip()) < 60 or pattern is _B_LEAD_COLON
                    cue = " ".join(m.group(0).split())
                    if note:
                        cue = f"{cue} [{note}]"
                    best = (end, -rank, Attribution(who, _clean_work(work) if work else None, cue, near))
        if best:
            return best[2]
        m = _B_AGAIN.search(before)
        if m:
            who = self.refer_back(base + m.start()) or prev_author
            if who:
                return Attribution(who, None, f"{m.group(0).strip()} [= {who}]", True)
        return None

    def _after_cues(self, after: str, base: int) -> Attribution | None:
        for pattern in (_A_VERB_SUBJECT, _A_SUBJECT_VERB):
            m = pattern.match(after)
            if m:
                who, note = self._who(m.group("who"), base + m.start("who"))
                if who:
                    cue = " ".join(m.group(0).strip(" ,.;\n").split())
                    return Attribution(who, None, f"{cue} [{note}]" if note else cue, True)
                if m.group("who") == "I" or m.group("who").lower() in ("he", "she"):
                    return None
        m = _A_PAREN.match(after)
        if m:
            author, work = self._citation(m.group("cit"))
            if author:
                return Attribution(author, work, m.group(0).strip(), True)
        return self._signature(base)

    def _signature(self, close_end: int) -> Attribution | None:
        m = _A_DASH.match(self.text, close_end, close_end + 240)
        if not m:
            return None
        name = _clean_name(m.group("who"))
        if not name:
            return None
        work = m.group("work").strip() if m.group("work") else None
        if work and (_PAGE_REF.search(work) or not work[0].isupper()):
            work = None
        return Attribution(name, work, " ".join(m.group(0).split()), True)

    def _citation(self, cit: str, known_author: str | None = None) -> tuple[str | None, str | None]:
        """Read "(Marx, Capital, 1867)" as author and work; page references are skipped.

        With ``known_author`` from another cue, a first item that is not that
        author is the work ("(Endymion, Book I)" after "Keats:").
        """
        if re.search(r"[“”\"«»]", cit):
            return None, None  # quoted titles in a citation are read as titles
        items = [i.strip() for i in re.split(r"[,;]", cit) if i.strip()]
        if not items:
            return None, None
        items[0] = re.sub(r"^(?:see|cf\.?)\s+", "", items[0], flags=re.I)
        items[0] = re.sub(r"\s+\d{4}[a-z]?$", "", items[0])
        author = None
        rest = items
        first = items[0]
        same = known_author is not None and first.split()[-1:] == known_author.split()[-1:]
        if (
            re.fullmatch(NAME, first)
            and _clean_name(first)
            and (same or known_author is None)
            and (len(items) > 1 or self.is_person(first))
        ):
            author = _clean_name(first)
            rest = items[1:]
        work = None
        for item in rest:
            if _PAGE_REF.search(item) or not item[:1].isupper():
                continue
            work = item.strip("“”\"‘’' ")
            break
        return author, work


_EVIDENCE_PATTERNS = [
    re.compile(rf"\b([A-Z][\w’'\-]*){_POSS}(?!\w)"),
    re.compile(rf"{_TITLES}\s+(?:[A-Z][\w’'\-]*\s+)?([A-Z][\w’'\-]*)\b"),
    re.compile(r"\b([A-Z][\w’'\-]*),\s+who\b"),
]
_VERB_SET = frozenset(_VERB_WORDS)
_NAME_VERB = re.compile(
    rf"\b([A-Z][\w’'\-]*)\s+(?:(?:\w+ly|also|again|once|then|later|too|has|had|would|will)\s+){{0,2}}{_VERB}\b"
)
_WORD_THEN_NAME = re.compile(
    r"\b([a-z]+)\s+(?:(?:the|poor|old|little|young|dear|good)\s+)?([A-Z][\w’'\-]*)(?:\s+([A-Z][\w’'\-]*))?"
)


def _person_evidence(text: str) -> set[str]:
    """Capitalised words the document treats as people: possessives,
    honorifics, "<Name>, who", subjects of speech verbs ("Lenin says",
    "said Holmes"). One pass per pattern, so asking about any name
    afterwards is a set lookup."""
    found: set[str] = set()
    for pattern in (*_EVIDENCE_PATTERNS, _NAME_VERB):
        found.update(m.group(1) for m in pattern.finditer(text))
    for m in _WORD_THEN_NAME.finditer(text):
        if m.group(1) in _VERB_SET:
            found.add(m.group(2))
            if m.group(3):
                found.add(m.group(3))
    return found


def _clean_work(work: str) -> str:
    return work.strip().strip("“”\"‘’',. ")
