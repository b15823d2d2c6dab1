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
inquired inquires enquired enquires pleaded pleads urged urges agreed agrees objected objects
protested protests commented comments announced announces taught teaches preached preaches
quipped quips joked jokes mused muses thundered thunders vowed vows conceded concedes
confessed confesses complained complains boasted boasts predicted predicts testified testifies
sighed sobbed snapped growled roared screamed yelled called began begins went returned
stressed stresses emphasised emphasized emphasises emphasizes acknowledged acknowledges
summed summarised summarized defined defines described describes characterised characterized
put puts opined opines thought
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
_PRON = r"(?:he|she|He|She)"
_SPEAKER = rf"(?:(?:the\s+)?{NAME}|{_PRON}|I)"

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
    r"adage|credo|prayer|plea|command|admonition|description|judgement|judgment|comment|prophecy)"
)
_ROLE_NOUNS = (
    r"(?:book|books|essay|essays|pamphlet|poem|poems|novel|story|article|chapter|song|play|work|"
    r"works|speech|address|lecture|treatise|tract|letter|manifesto|sonnet|ode|ballad|volume|"
    r"collection|preface|introduction|sermon|report|paper|film|series|text)"
)

# --- cue patterns -------------------------------------------------------------

_B_SUBJECT_VERB = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME}|{_PRON}|I)(?![’']s\b)"
    rf"(?:\s*,[^,;:.!?]{{1,80}},)?(?:\s+{_ADV}){{0,3}}\s+(?P<verb>{_VERB})(?:\s+it)?\b"
)
_B_VERB_SUBJECT = re.compile(
    rf"\b(?P<verb>{_VERB})\s+(?P<who>{_SPEAKER})(?=\s*(?:[,:;.!?—–-]|\(|\s(?:in|to|at|on|of|with)\b|$))"
)
_B_PASSIVE = re.compile(rf"\b(?P<verb>{_VERB})(?:\s+up)?\s+by\s+(?P<who>{NAME})")
_B_PREP = re.compile(
    rf"\b(?P<verb>according\s+to|in\s+the\s+(?:immortal\s+|famous\s+|memorable\s+)?words\s+of|"
    rf"to\s+quote|quoting|as\s+quoted\s+by|as\s+cited\s+by|in\s+(?:the\s+)?(?:phrase|verdict|view)\s+of)"
    rf"\s+(?P<who>{NAME})"
)
_B_POSSESSIVE = re.compile(
    rf"(?<![\w’'])(?P<who>{NAME})(?:[’']s|[’'](?=\s))\s+(?:[\w-]+\s+){{0,3}}?(?P<verb>{_NOUN_CUES})\b"
)
_B_AGAIN = re.compile(r"\b(?P<verb>again|also|elsewhere|further|furthermore|and\s+later)\s*[:,]?\s*$", re.I)

_A_VERB_SUBJECT = re.compile(
    rf"^\s*[,.!?;]?\s*(?:[—–]|--)?\s*(?P<verb>{_VERB})(?:\s+{_ADV})?\s+(?P<who>{_SPEAKER})\b"
)
_A_SUBJECT_VERB = re.compile(
    rf"^\s*[,.!?;]?\s*(?:[—–]|--)?\s*(?:as\s+)?(?P<who>(?:the\s+)?{NAME}|{_PRON}|I)(?:\s+{_ADV}){{0,2}}\s+(?P<verb>{_VERB})\b"
)
_A_DASH = re.compile(
    rf"^[ \t]*(?:\n[ \t]*){{0,2}}(?P<verb>[—–―~]|--)[ \t]*(?P<who>{NAME})"
    r"(?:[ \t]*,[ \t]*(?P<work>[^\n,()]{2,80}?))?[ \t]*(?:,[^\n]{0,40})?[ \t]*[.]?[ \t]*(?=\n|$)"
)
_A_PAREN = re.compile(r"^[ \t]*[.,;]?[ \t]*(?:\[\d+\][ \t]*)?\((?P<cit>[^()\n]{2,160})\)")

_TITLE_RUN = re.compile(
    r"[A-Z][\w’'\-]*(?:(?:\s+(?:of|the|and|in|on|a|an|to|for|de|from|with))*\s+[A-Z][\w’'\-]*)*"
)
_IN_WORK_AFTER_VERB = re.compile(
    rf"\b{_WRITE_VERB}(?:\s+{_ADV})?\s+in\s+(?:(?:his|her|their|the|a|an|its)\s+)?(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{_ROLE_NOUNS}\s+)?(?P<work>{_TITLE_RUN.pattern})"
)
_IN_WORK_LEADING = re.compile(
    rf"^\s*In\s+(?:(?:his|her|their|the)\s+)?(?:{_ROLE_NOUNS}\s+)?(?P<work>{_TITLE_RUN.pattern})\s*,\s*"
)
_TITLE_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?:[Ss]ee|[Cc]f\.|[Rr]ead|[Rr]eading|entitled|titled|called|named|in|from|his|her|their|"
    rf"{_ROLE_NOUNS})|[A-Z][\w\-]*[’'](?:s)?|(?<![\w])(?:and|or|&|,))\s*$"
)
_TITLE_CONTEXT_AFTER = re.compile(
    rf"^\s*,?\s*(?:\(\d{{4}}\)|by\s+{NAME}|\s*[,]?\s*(?:a|an|the)\s+{_ROLE_NOUNS}\b)"
)
_PAGE_REF = re.compile(
    r"^(?:p|pp|vol|vols|ch|chap|chapter|bk|book|part|pt|sec|section|no|art|article|line|l|ll|act|scene|"
    r"sc|ed|edn|edition|trans|tr|fol|f|ff|n|note|para|§)\b\.?|^[\divxlcdmIVXLCDM.\-–:, ]+$|\b\d{3,4}\b\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bMs)[.!?…]+[”’\"')\]]*\s+")


#: Capitalised phrases that name institutions, events and places, not people.
_INSTITUTION = re.compile(
    r"\b(?:Army|War|Party|Union|Street|Road|House|Church|Empire|States|Kingdom|Republic|Revolution|"
    r"Movement|International|Magazine|Press|University|College|Society|Company|Court|Commune|Council|"
    r"Congress|Parliament|Assembly|Office|Museum|Ocean|Sea|River|Mountains|City|Island|Times|Review|"
    r"Journal|Gazette|Post|News|Day|Year|Age|Bank|Exchange|Europe|America|Africa|Asia|Germany|France|England)\b"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """The claimed author and work of one quotation, with the words that said so."""

    author: str | None = None
    work: str | None = None
    cue: str | None = None
    near: bool = False  # the cue is right against the quotation (same clause)


def _clean_name(name: str) -> str | None:
    """Strip possessives, a leading "the" and leading non-name words; None when nothing is left."""
    name = re.sub(r"[’']s?$", "", name.strip()).strip()
    name = re.sub(r"^the\s+", "", name)
    tokens = name.split()
    while tokens and tokens[0].rstrip(".") in _NOT_NAMES and not re.fullmatch(_TITLES, tokens[0]):
        tokens.pop(0)
    while tokens and tokens[-1].rstrip(".") in _NOT_NAMES:
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and re.fullmatch(_TITLES, tokens[0]):
        return None
    name = " ".join(tokens)
    if re.search(r"(?:ism|isms|ist|ists|ian|ians|ese)$", tokens[-1]) and len(tokens) == 1:
        return None
    return name


def looks_like_title(text: str) -> bool:
    """Title Case: the first word and most content words capitalised, short, no sentence end."""
    words = re.findall(r"[^\W\d_][\w’'\-]*", text)
    if not words or len(words) > 14 or not words[0][0].isupper():
        return False
    if re.search(r"[.;]\s*$", text.strip()) and not re.search(r"\b[A-Z][a-z]?\.$", text.strip()):
        return False
    content = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
    if not content:
        return True
    return sum(w[0].isupper() for w in content) / len(content) >= 0.75


class Attributor:
    """Attribution for the quotations of one document.

    ``excluded`` are the spans of quoted text: names inside other quotations
    are not candidates for a pronoun ("'Well, Watson,' said he" is not
    Watson speaking).
    """

    def __init__(self, text: str, excluded: list[tuple[int, int]]):
        self.text = text
        self.excluded = sorted(excluded)
        self._person_cache: dict[str, bool] = {}
        starts = [0]
        starts.extend(m.end() for m in _SENTENCE_END.finditer(text) if not self._inside(m.start()))
        starts.extend(m.end() for m in re.finditer(r"\n[ \t]*\n\s*", text))
        self.sentence_starts = sorted(set(starts))

    # -- geometry ------------------------------------------------------------

    def _inside(self, pos: int) -> bool:
        import bisect

        i = bisect.bisect_right(self.excluded, (pos, float("inf"))) - 1
        while i >= 0:
            s, e = self.excluded[i]
            if s <= pos < e:
                return True
            if e <= pos and i >= 0 and s < pos - 20000:
                break
            i -= 1
        return False

    def sentence_start(self, pos: int) -> int:
        import bisect

        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[max(i, 0)]

    def sentence_end(self, pos: int) -> int:
        import bisect

        i = bisect.bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)

    # -- people ----------------------------------------------------------------

    def is_person(self, name: str) -> bool:
        """Evidence anywhere in the document that ``name`` is a person: a possessive,
        an honorific, or being the subject of a speech verb."""
        tokens = name.split()
        last = tokens[-1]
        if re.match(_TITLES + r"\s", name):
            return True
        if len(tokens) >= 2 and not _INSTITUTION.search(name):
            return True
        if last in self._person_cache:
            return self._person_cache[last]
        esc = re.escape(last)
        found = re.search(
            rf"\b{esc}[’']s?\b(?!\w)|{_TITLES}\s+{esc}\b|\b{esc}(?:\s+{_ADV}){{0,2}}\s+{_VERB}\b|\b{_VERB}\s+{esc}\b",
            self.text,
        )
        self._person_cache[last] = bool(found)
        return bool(found)

    def nearest_person(self, pos: int, floor: int | None = None) -> str | None:
        """The nearest named person before ``pos`` in the same or the previous sentence."""
        start = self.sentence_start(pos)
        start = self.sentence_start(max(start - 1, 0)) if start > 0 else 0
        if floor is not None:
            start = max(start, floor)
        window = self.text[start:pos]
        best = None
        for m in re.finditer(NAME, window):
            if self._inside(start + m.start()):
                continue
            name = _clean_name(m.group(0))
            if name and self.is_person(name):
                best = name
        return best

    # -- cues -------------------------------------------------------------------

    def _who(self, who: str, at: int) -> tuple[str | None, str | None]:
        """Resolve a speaker: a name is cleaned, a pronoun refers back to the nearest person."""
        if who in ("I",):
            return None, None
        if who.lower() in ("he", "she"):
            person = self.nearest_person(at)
            return person, f"{who} = {person}" if person else None
        name = _clean_name(who)
        return name, None

    def attribute(
        self,
        open_pos: int,
        close_end: int,
        para_start: int,
        prev_end: int,
        titles: list[str],
        block: bool = False,
        prev_author: str | None = None,
    ) -> Attribution:
        """Find the claimed author and work for the quotation ``[open_pos, close_end)``.

        ``prev_end`` is where the previous quotation in the paragraph ended (its
        words are not context); ``titles`` are quoted titles of works in the
        same sentence; ``prev_author`` is the last attributed author, for
        "again" and "also".
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
            if prev_end_pos and (text[prev_end_pos - 1] == ":" or block):
                ctx_start = self.sentence_start(prev_end_pos - 1)
                before = text[ctx_start:open_pos]
        after_end = min(self.sentence_end(close_end), close_end + 200)
        after = text[close_end:after_end]
        work = None

        found = self._after_cues(after, close_end)
        before_found = self._before_cues(before, ctx_start, prev_author)
        if before_found and (before_found.near or not found):
            found = before_found
        if found is None:
            found = self._signature(close_end)

        # The work: a citation or signature, "wrote in <Title>", or quoted titles nearby.
        if found and found.work:
            work = found.work
        if work is None:
            cit = _A_PAREN.match(after)
            if cit:
                _, work = self._citation(cit.group("cit"))
        if work is None:
            found_in = list(_IN_WORK_AFTER_VERB.finditer(before))
            m = found_in[-1] if found_in else _IN_WORK_AFTER_VERB.search(after)
            if m:
                work = m.group("work").strip()
            if work is None:
                m = _IN_WORK_LEADING.match(before)
                if m:
                    work = m.group("work").strip()
        if work is None and titles:
            work = "; ".join(titles)
        if found is None:
            return Attribution(work=work, cue=None)
        return Attribution(found.author, work, found.cue, found.near)

    def _before_cues(self, before: str, base: int, prev_author: str | None) -> Attribution | None:
        best: tuple[int, Attribution] | None = None
        for pattern in (_B_SUBJECT_VERB, _B_VERB_SUBJECT, _B_PASSIVE, _B_PREP, _B_POSSESSIVE):
            for m in pattern.finditer(before):
                who, note = self._who(m.group("who"), base + m.start("who"))
                if not who:
                    continue
                if pattern is _B_SUBJECT_VERB and m.group("who") not in ("he", "she", "He", "She"):
                    name = _clean_name(m.group("who"))
                    if not name:
                        continue
                if best is None or m.end() >= best[0]:
                    tail = before[m.end() :]
                    near = len(tail.strip()) < 60
                    cue = m.group(0).strip()
                    if note:
                        cue = f"{cue} [{note}]"
                    best = (m.end(), Attribution(who, None, cue, near))
        if best:
            return best[1]
        m = _B_AGAIN.search(before)
        if m:
            who = self.nearest_person(base + m.start()) or prev_author
            if who:
                return Attribution(who, None, f"{m.group(0).strip()} [= {who}]", True)
        return None

    def _after_cues(self, after: str, base: int) -> Attribution | None:
        for pattern in (_A_VERB_SUBJECT, _A_SUBJECT_VERB):
            m = pattern.match(after)
            if m:
                who, note = self._who(m.group("who"), base + m.start("who"))
                if who:
                    cue = m.group(0).strip(" ,.;")
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
        m = _A_DASH.match(self.text[close_end : close_end + 240])
        if not m:
            return None
        name = _clean_name(m.group("who"))
        if not name:
            return None
        work = m.group("work").strip() if m.group("work") else None
        if work and (_PAGE_REF.search(work) or not work[0].isupper()):
            work = None
        return Attribution(name, work, m.group(0).strip(), True)

    def _citation(self, cit: str) -> tuple[str | None, str | None]:
        """Read "(Marx, Capital, 1867)" as author and work; page references are skipped."""
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
        if re.fullmatch(NAME, first) and _clean_name(first) and (len(items) > 1 or self.is_person(first)):
            author = _clean_name(first)
            rest = items[1:]
        work = None
        for item in rest:
            if _PAGE_REF.search(item) or not item[:1].isupper():
                continue
            work = item.strip("“”\"‘’' ")
            break
        return author, work
