"""Is a quoted span a quotation, a title or scare quotes?

Quote marks enclose all three. A title is Title Case with a cue that a work
is meant; a quotation is long, a whole utterance, introduced by a colon or
attributed; anything else short is a scare quote.
"""

from __future__ import annotations

import bisect
import re

from ..records import Kind
from .config import DEFAULT_CONFIG, ExtractConfig
from .marks import QuotedSpan
from .patterns import NAME, ROLE_NOUNS, TITLE_CONTEXT_AFTER, TITLE_CONTEXT_BEFORE, VERB, WORD

__all__ = ["classify", "looks_like_title", "quoted_after_all"]

_SMALL_WORDS = set(
    "a an the and or nor but of in on at to for by with from as vs via de la le du von van der into upon "
    "over under about is are be was".split()
)


_TERM_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|so-called|phrase|term|terms|word|words|expression|notion|concept|"
    r"mention|mentions|mentioned)\s*$",
    re.I,
)


#: A verb of saying right before the mark ('Holmes says "Elementary"', 'Winthrop says, "we must"'):
#: the words that follow are what was said, however few. Not naming verbs ("called", "put").
_SAYS_BEFORE = re.compile(rf"\b(?!call|called|calls|put|puts\b){VERB}\s*[,:]?\s*$")


#: Quote marks that are syntax, not quotation: a URL ("http://..."), the value of a setting on
#: its own line (front matter 'title = "Talk:Chowla numbers"', 'description: "..."').
_URL = re.compile(r"(?:https?://|www\.)\S+")
_SETTING_BEFORE = re.compile(r"(?m)^[ \t]*[a-z_][\w.\-]*[ \t]*[=:][ \t]*$")


_ROLE_NOUN_COMMA = re.compile(rf"\b{ROLE_NOUNS},\s*$")
#: A verb naming what follows: 'often called "The Shepherd’s Psalm."' names, it does not quote.
_NAMED_BEFORE = re.compile(r"\b(?:called|named|entitled|titled|dubbed|known\s+as)\s*$", re.I)


def looks_like_title(text: str, config: ExtractConfig = DEFAULT_CONFIG) -> bool:
    """Title Case: the first word and most content words capitalised, short, no sentence end."""
    text = text.strip().rstrip(",")
    words = re.findall(r"[^\W\d_][\w’'\-]*", text)
    if not words or len(words) > config.title_max_words or not words[0][0].isupper():
        return False
    if re.search(r"[.;]$", text) and not re.search(r"\b[A-Z][a-z]?\.$", text):
        return False
    content = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
    if not content:
        return True
    return sum(w[0].isupper() for w in content) / len(content) >= config.title_capitalised_share


def _is_title(text: str, sp: QuotedSpan, para_start: int, prev_title: bool, config: ExtractConfig) -> bool:
    """Title Case with a cue that a work is meant: "See Trotsky's", "in", "the essay", "by Marx",
    or a title just before it ("'Capital' and 'Wage Labour'")."""
    inner = text[sp.start : sp.end]
    if not inner[:1].isupper():
        return False
    before = text[max(para_start, sp.open_pos - config.kind_context_chars) : sp.open_pos]
    if inner.endswith(".") and _NAMED_BEFORE.search(before):
        inner = inner.rstrip(".")  # 'often called “The Shepherd’s Psalm.”': the sentence's full stop
    if not (
        inner[:1].isupper()
        and len(inner) < config.title_max_chars
        and not re.search(r"[.!?:;]$", inner)
        and looks_like_title(inner, config)
    ):
        return False
    after = text[sp.close_end : sp.close_end + config.kind_context_chars]
    before_ok = bool(TITLE_CONTEXT_BEFORE.search(before))
    if (
        before_ok
        and re.search(r"(?:and|or|&|,)\s*$", before)
        and not prev_title
        and not _ROLE_NOUN_COMMA.search(before)  # 'the first essay, "Economy,"'
    ):
        before_ok = False
    return before_ok or bool(TITLE_CONTEXT_AFTER.match(after)) or _credit_line(text, sp)


#: A credit line's person before the span: "Vladimir Lenin, “The Second Congress ...”" alone on its line.
#: (a dash signature's title is the signature reader's: "-- Mark Twain, \"Pudd'nhead Wilson's Calendar\"")
_CREDIT_BEFORE = re.compile(rf"[ \t]*{NAME},[ \t]*")


def _credit_line(text: str, sp: QuotedSpan) -> bool:
    """The span ends a line that is a person then it, after a comma: a credit naming the work."""
    line_end = text.find("\n", sp.close_end)
    rest = text[sp.close_end : line_end if line_end >= 0 else len(text)]
    line_start = text.rfind("\n", 0, sp.open_pos) + 1
    return not rest.strip(" \t.") and bool(_CREDIT_BEFORE.fullmatch(text, line_start, sp.open_pos))


def classify(
    text: str, sp: QuotedSpan, para_start: int, cued: bool, prev_title: bool, config: ExtractConfig
) -> Kind:
    """Quotation, title or scare quote, from the quoted words and their surroundings.

    ``cued``: an attribution cue is right against the span. ``prev_title``: a
    title just before it, joined by "and" or a comma. Six words or more, a
    whole utterance (it ends a sentence or opens the paragraph), a colon
    before it or an attribution cue make a quotation; anything else short is
    a scare quote. Two words ending in a full stop are scare quotes unless
    cued: American punctuation puts the sentence's full stop inside.
    """
    if sp.block:
        return Kind.QUOTATION
    if sp.cite:
        return Kind.TITLE
    line_end = text.find("\n", sp.close_end)
    setting = _SETTING_BEFORE.search(text, text.rfind("\n", 0, sp.open_pos) + 1, sp.open_pos) and not text[
        sp.close_end : line_end if line_end >= 0 else len(text)
    ].strip(" \t,")
    if _URL.fullmatch(text, sp.start, sp.end) or setting:
        return Kind.SCARE
    if _is_title(text, sp, para_start, prev_title, config):
        return Kind.TITLE
    inner = text[sp.start : sp.end]
    words = len(WORD.findall(re.sub(r"\[[^\]]*\]", " ", inner)))
    if words < config.quotation_min_words and mentioned(text, sp):
        return Kind.SCARE
    # a short Title Case phrase without a title cue is still no quotation ("'The Bookman'")
    # nor one named as a term: "the phrase 'survival of the fittest'", "the 'leaders of socialism'"
    least = config.quotation_min_words
    term = _TERM_BEFORE.search(text, max(para_start, sp.open_pos - 40), sp.open_pos)
    if sp.depth == sp.block_depth and not looks_like_title(inner, config) and not term:
        least = config.top_quotation_min_words
    if words >= least or sp.in_block:
        return Kind.QUOTATION
    if words >= 2 and _OMISSION_INSIDE.search(inner):
        return Kind.QUOTATION  # '"great...personages"': a marked omission says words are quoted
    if words >= config.top_quotation_min_words and _named_says(text, sp, para_start, config):
        return Kind.QUOTATION  # inside a quotation: 'Kautsky assures ... that what Marx meant by “...”'
    stripped = inner.rstrip("”’\"' ")
    exclaims = bool(re.search(r"[!?…]$", stripped)) or bool(re.search(r"[.!?]\s+\S", stripped))
    full_stop = stripped.endswith(".")
    opens_paragraph = not text[para_start : sp.open_pos].strip(" \t\n—–-(")
    colon = text[max(para_start, sp.open_pos - config.colon_reach_chars) : sp.open_pos].rstrip().endswith(":")
    if exclaims or opens_paragraph or colon or (full_stop and words >= config.full_stop_min_words):
        return Kind.QUOTATION
    reported = words < config.cued_min_words and _REPORTED_BEFORE.search(
        text, max(para_start, sp.open_pos - config.kind_context_chars), sp.open_pos
    )
    if (
        cued
        and not reported
        and (words >= config.cued_min_words or full_stop or stripped.endswith((",", "—", "–", "-", ";")))
    ):
        return Kind.QUOTATION
    if cued and not sp.depth and _SAYS_BEFORE.search(text, max(para_start, sp.open_pos - 40), sp.open_pos):
        return Kind.QUOTATION
    if words >= 2 and _SOURCED_AFTER.match(text, sp.close_end):
        return Kind.QUOTATION  # 'the "general Welfare," as stated in the preamble of the Constitution'
    return Kind.SCARE


#: A named person saying or meaning, in the quoted sentence before a nested span: the span is
#: that person's words reported ('Kautsky assures his reader ... that what Marx meant by “...”').
_NAMED_SAYS = re.compile(
    rf"\b[A-Z][a-z]+(?:[’']s)?\s+(?:\w+\s+)?(?:{VERB}|assures|assured|meant|means|termed|terms)\b"
)


def _named_says(text: str, sp: QuotedSpan, para_start: int, config: ExtractConfig) -> bool:
    """A span nested in marks whose sentence (back ``nested_reach_chars``, as its cue) names
    someone saying or meaning it before it."""
    if sp.depth <= sp.block_depth:
        return False
    before = text[max(para_start, sp.open_pos - config.nested_reach_chars) : sp.open_pos]
    sentence = re.split(r"[.!?][”\"’']?\s+(?=[A-Z“\"])", before)[-1]
    subjects = (re.sub(r"[’']s$", "", m.group(0).split()[0]) for m in _NAMED_SAYS.finditer(sentence))
    return any(who not in _NOT_NAMES for who in subjects)


#: Capitalised words that open sentences, never someone speaking.
from .people import NOT_NAMES as _NOT_NAMES  # noqa: E402, I001  (one list of words that are never names)


#: A marked omission between words: nobody elides their own scare quotes.
_OMISSION_INSIDE = re.compile(r"\w\s*(?:\.\s?\.\s?\.|…)\s*\w")


#: Reported speech reaching the mark: 'Huck tells Jim that they are after "us."': a word or two
#: quoted inside it are the writer's emphasis, not the words said.
_REPORTED_BEFORE = re.compile(r"\bthat\s+[^\"“”‘’:]{1,50}$")


#: Words sourced right after the mark: "as stated in the preamble", "as written in", "as set out by".
_SOURCED_AFTER = re.compile(
    r"[,;]?\s*(?:[,—–-]\s*)?as\s+(?:(?:it\s+is|is|was)\s+)?(?:stated|written|said|declared|proclaimed|"
    r"promised|enshrined|worded|phrased|put|set\s+(?:out|down|forth))\s+(?:in|by)\s"
)


#: Two quoted wordings set against each other: '"tall oaks," not "great oaks."', '"X" rather than "Y"'.
_CONTRAST = re.compile(r"\s*[,;]?\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s*$")


#: Words named, not used: a list of quoted phrases after "the phrases:" ('he did not ever use
#: the constituent phrases: "struggle for survival" "fittest win out"').
_MENTIONED = re.compile(
    r"\b(?:phrases|terms|words|expressions)\s*:\s*"
    r"(?P<list>(?:[“\"][^“”\"\n]{1,80}[”\"]\s*[,;]?\s*(?:and\s+|or\s+)?)*)$",
    re.I,
)
_LIST_NEXT = re.compile(r"\s*[,;]?\s*(?:and\s+|or\s+)?[“\"]")


def mentioned(text: str, sp: QuotedSpan) -> bool:
    """The span is one of a list of phrases named after "the phrases:", not quoted (one phrase
    after "the words:" is what was said)."""
    if ":" not in text[max(0, sp.open_pos - 240) : sp.open_pos]:
        return False  # the pattern needs the colon after "phrases"
    m = _MENTIONED.search(text, max(0, sp.open_pos - 240), sp.open_pos)
    return bool(m and (m.group("list") or _LIST_NEXT.match(text, sp.close_end)))


def _words(s: str) -> str:
    # lower-casing the joined words is lower-casing each (a word ends before each space)
    return " ".join(WORD.findall(s)).lower()


class _Holding:
    """Which of the long quotations' word strings hold a phrase, in their order: one search of
    them all joined (a phrase is padded with spaces and holds no NUL, so it never spans two)
    instead of a search of each."""

    def __init__(self, long_ones: list[tuple[int, str]]) -> None:
        self.indices = [i for i, _ in long_ones]
        self.joined = "\0".join(w for _, w in long_ones)
        self.starts, pos = [], 0
        for _, w in long_ones:
            self.starts.append(pos)
            pos += len(w) + 1

    def find(self, phrase: str) -> list[int]:
        found, pos = [], self.joined.find(phrase)
        while pos >= 0:
            k = bisect.bisect_right(self.starts, pos) - 1
            found.append(self.indices[k])
            nxt = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.joined)
            pos = self.joined.find(phrase, nxt)
        return found


def quoted_after_all(
    text: str, spans: list[QuotedSpan], kinds: list[Kind], config: ExtractConfig
) -> dict[int, int | None]:
    """Short spans taken for scare quotes that the document shows to be quoted words: a fragment
    of a longer quotation it quotes ("the repeated 'we must'" after "We must delight ..."), or
    one of two wordings set against each other ('the first goes on "Nor any drop to drink,"
    not "And not a drop to drink."'). Each needs two words or more. Returns each such span's
    index with the index of the longer quotation it is a fragment of (None for a contrast)."""
    words_of = {
        i: _words(text[sp.start : sp.end])
        for i, (sp, k) in enumerate(zip(spans, kinds, strict=True))
        if k == Kind.QUOTATION
    }
    long_ones = [(i, f" {w} ") for i, w in words_of.items() if w.count(" ") + 1 >= config.quotation_min_words]
    # the same words quoted elsewhere as a quotation: 'the phrase "Elementary, my dear Watson"
    # is not to be found' under that line quoted as a heading
    same = {w: i for i, w in words_of.items() if w.count(" ") + 1 >= config.top_quotation_min_words}
    holding = _Holding(long_ones)
    out: dict[int, int | None] = {}
    for i, (sp, k) in enumerate(zip(spans, kinds, strict=True)):
        if k != Kind.SCARE or sp.depth or mentioned(text, sp):
            continue
        phrase = f" {_words(text[sp.start : sp.end])} "
        if phrase.strip() in same:
            out[i] = same[phrase.strip()]
            continue
        if phrase.count(" ") >= 3:
            hosts = [j for j in holding.find(phrase) if not spans[j].start <= sp.start < spans[j].end]
            # the title its host's credit gives it ('Amazing Grace' under the hymn "Amazing grace!
            # How sweet the sound ..." credited "Words: John Newton", titled "Amazing Grace")
            hosts = [
                j for j in hosts if _words(getattr(spans[j].preset, "work", None) or "") != phrase.strip()
            ]
            if hosts:
                out[i] = max((j for j in hosts if j < i), default=hosts[0])  # the nearest quoted before
    for i in range(len(spans) - 1):
        a, b = spans[i], spans[i + 1]
        if a.depth or b.depth or Kind.TITLE in (kinds[i], kinds[i + 1]):
            continue
        if b.open_pos > a.close_end and _CONTRAST.fullmatch(text, a.close_end, b.open_pos):
            for j in (i, i + 1):
                if kinds[j] == Kind.SCARE and " " in _words(text[spans[j].start : spans[j].end]):
                    out.setdefault(j, None)
    return out
