"""Find every quotation in a document, with who and what it is attributed to.

A regex for straight double quotes fails on real text: curly quotes double
as apostrophes (Trotsky's, workers' rights, 'tis), quotations nest, run over
several paragraphs, sit in block quotations without marks, and quote marks
also enclose titles and scare quotes. The extractor therefore

1. pairs quote marks paragraph by paragraph with a stack, deciding from the
   characters on either side whether a mark can open or close and telling
   apostrophes from single quotes (:mod:`.marks`);
2. adds block quotations (HTML ``<blockquote>``, Markdown ``>``, indented
   blocks of plain text) whose words are not already inside quote marks
   (:mod:`.blocks`);
3. classifies each span as a ``quotation``, a ``title`` or a ``scare`` quote
   from its shape and the words around it (:mod:`.kinds`); and
4. finds the claimed author and work (:mod:`.attribution`).

The numbers it tunes are an :class:`~.config.ExtractConfig`. All offsets are
into the document's plain text; everything is a bounded
look-around per mark or span, so a 1 MB document takes well under a second.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..io.document import Document, MarkedSpan
from ..io.model import SpanKind
from ..records import Insertion, Kind, Quote, Segment
from .attribution import Attribution, Attributor
from .blocks import add_blocks, find_blocks, is_demo
from .config import DEFAULT_CONFIG, ExtractConfig
from .discourse import Discourse
from .kinds import classify, looks_like_title, quoted_after_all
from .known import DEFAULT_KNOWN, KnownWorks, biblical_figure
from .marks import QuotedSpan, has_words, pair_marks, paragraphs, trim
from .patterns import NAME, VERB, WORD
from .people import clean_name
from .unmarked import BIBLE_BOOK, Unmarked, find_unmarked, marked_verse

__all__ = [
    "Segment",
    "Insertion",
    "Quote",
    "parse_quoted",
    "make_quote",
    "extract_quotes",
    "extract_document",
]

#: Aliases of the :class:`~quotecheck.records.Kind` members, kept until callers use ``Kind``.

_SPEECH_VERB = re.compile(rf"\b{VERB}\b")
#: Right after a quotation, a speaker other than the person a text is about: the narrator
#: ("I answered", "said I", "we replied") or someone unnamed ("his wife asked", "a reader wrote").
#: Someone unnamed speaking in the quotation's own sentence: "As one critic notes", "a historian wrote".
_UNNAMED_SPEAKS = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther)\s+(?:\w+\s+)?"
    rf"(?:critic|scholar|historian|reviewer|commentator|biographer|writer|observer|reader|editor)s?\s+{VERB}\b"
)
_OTHER_SPEAKS = re.compile(
    rf"^\W*(?:(?:I|we|We)(?:\s+\w+ly)?\s+{VERB}\b|{VERB}\s+(?:I|we)\b|"
    rf"(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Aa]n?|[Oo]ne)\s+(?:\w+\s+){{0,2}}?{VERB}\b)"
)


# Marked omissions: "...", ". . .", "…", with or without brackets around them.
_ELLIPSIS = re.compile(r"\s*\[?\s*(?:\.\s?\.\s?\.(?:\s?\.)?|…)\s*\]?\s*")
_EDGE_ELLIPSIS_START = re.compile(r"(?:\.\s?\.\s?\.|…)\s+(?=\w)")
_EDGE_ELLIPSIS_END = re.compile(r"(?<=\w)\s+(?:\.\s?\.\s?\.|…)[,;]?$")  # '“… of the people …,”'
_BRACKETED = re.compile(r"\[([^\[\]]{1,200})\]")


def parse_quoted(text: str, offset: int = 0) -> tuple[list[Segment], list[Insertion]]:
    """Split quoted text at marked omissions and find its editorial insertions.

    ``offset`` is where ``text`` starts in the document, so that segment and
    insertion offsets point into the document. An ellipsis inside brackets
    ("[...]") is an omission, not an insertion.
    """
    insertions = []
    for m in _BRACKETED.finditer(text) if "[" in text else ():
        inner = m.group(1).strip()
        if _ELLIPSIS.fullmatch(m.group(0)):
            continue
        insertions.append(
            Insertion(inner, offset + m.start(), offset + m.end(), sic=inner.lower().rstrip(".!") == "sic")
        )
    segments = []
    pos = 0
    omitted = "…" in text or ".." in text or ". ." in text  # an ellipsis has two dots together or "…"
    for m in _ELLIPSIS.finditer(text) if omitted else ():
        if text[pos : m.start()].strip():
            segments.append(Segment(text[pos : m.start()], offset + pos, offset + m.start()))
        pos = m.end()
    if text[pos:].strip():
        segments.append(Segment(text[pos:], offset + pos, offset + len(text)))
    return segments, insertions


def make_quote(
    text: str, claimed_author: str | None = None, claimed_work: str | None = None, offset: int = 0
) -> Quote:
    """A quotation record for bare quoted text (no quotation marks), e.g. from a test set."""
    segments, insertions = parse_quoted(text, offset)
    return Quote(
        text=text,
        start=offset,
        end=offset + len(text),
        kind=Kind.QUOTATION,
        segments=tuple(segments),
        insertions=tuple(insertions),
        claimed_author=claimed_author,
        claimed_work=claimed_work,
    )


# --- the API -----------------------------------------------------------------------------


def extract_quotes(
    text: str,
    spans: list[MarkedSpan] | None = None,
    fmt: str = "text",
    *,
    config: ExtractConfig = DEFAULT_CONFIG,
    title: str | None = None,
    known: KnownWorks = DEFAULT_KNOWN,
) -> list[Quote]:
    """Every quoted span of ``text`` as a :class:`Quote`, in document order.

    ``spans`` are the markup's marked spans (blockquote, q, cite, code,
    emphasis) from :func:`quotecheck.io.load_document`; ``fmt`` is the
    document format ("text", "markdown" or "html"): indentation marks block
    quotations only in plain text. Nested quotations are returned too, with
    ``depth`` > 0. ``title`` is the document's title (see :func:`extract_document`).
    ``known`` are the works and writers known by name (:class:`~.known.KnownWorks`: the
    default table, or with a corpus's catalogue).
    """
    spans = spans or []
    paras = paragraphs(text, fmt, config)
    raw = _quoted_spans(text, spans, fmt, paras, config, known)
    para_starts = [p[0] for p in paras] or [0]
    attributor = Attributor(text, [(r.start, r.end) for r in raw], para_starts, config, known)
    judged = _judge(text, raw, para_starts, attributor, config)
    requoted = quoted_after_all(text, raw, [j.kind for j in judged], config)
    for i in requoted:
        judged[i] = replace(judged[i], kind=Kind.QUOTATION)
    _share_attributions(text, raw, judged, attributor)
    _echo_claims(text, raw, judged)
    headings = [(sp.start, sp.end) for sp in spans if sp.kind == SpanKind.HEADING]
    discourse = Discourse(text, headings, attributor.people, config)
    _discourse_claims(text, raw, judged, para_starts, discourse, attributor, config)
    for i, host in requoted.items():
        # a fragment of a longer quotation, quoted again with no cue of its own, is its words
        if host is not None and not judged[i].attr.author and not judged[i].attr.work:
            h = judged[host].attr
            if h.author or h.work:
                judged[i] = replace(
                    judged[i], attr=replace(h, cue=f"fragment of [{h.cue or h.author}]", near=False)
                )
    quotes = _inherit(_to_quotes(text, raw, judged, attributor))
    return [resolve(q, title, known) for q in quotes]


def extract_document(
    doc: Document, config: ExtractConfig = DEFAULT_CONFIG, known: KnownWorks = DEFAULT_KNOWN
) -> list[Quote]:
    """The quotations of a loaded document (offsets into ``doc.text``).

    A document titled with a well-known work ("Walden", a review or a page of
    quotations from it) claims that work for quotations nobody else is named for.
    Each quotation gets the line and column of its start in the source file. ``known``: see
    :func:`extract_quotes` (the :class:`~quotecheck.checker.Checker` adds its corpus's works).
    """
    quotes = extract_quotes(doc.text, doc.spans, doc.format, config=config, title=doc.title, known=known)
    located = []
    for q in quotes:
        where = doc.location(q.start)
        located.append(replace(q, line=where[0], column=where[1]) if where else q)
    return located


#: Books of the Bible that are also people's names: "John told reporters" is a person speaking,
#: "— John 3:16" or "as Proverbs says" the Bible.
_NAMED_BOOKS = re.compile(
    r"(?:[123]\s*)?(?:Joshua|Ruth|Samuel|Ezra|Nehemiah|Esther|Job|Isaiah|Jeremiah|Ezekiel|Daniel|Hosea|Joel|Amos|"
    r"Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|Matthew|Mark|Luke|John|Timothy|"
    r"Titus|Philemon|James|Peter|Jude)"
)


def _person_speaks_as_book(author: str, cue: str | None) -> bool:
    """A book's name that is a person's, as the subject of a verb of saying ("Mark said")."""
    return bool(cue and _NAMED_BOOKS.fullmatch(author) and _SPEECH_VERB.search(cue))


_AUTHOR_IN_WORK = re.compile(rf"(?P<who>{NAME})(?:\s+from\s+(?P<work>.+)|[’']s)")


def resolve(q: Quote, title: str | None = None, known: KnownWorks = DEFAULT_KNOWN) -> Quote:
    """Works named for their author: "― Twelfth Night" claims Shakespeare's Twelfth Night,
    "-- Proverbs 26:11" the Bible, "as Hamlet says" Hamlet speaking in Shakespeare's Hamlet."""
    if q.kind != Kind.QUOTATION:
        return q
    author, work, speaker = q.claimed_author, q.claimed_work, q.speaker
    if author is None and work and (m := _AUTHOR_IN_WORK.fullmatch(work)):
        # "Karl Marx from The Eighteenth Brumaire", "William Congreve's": the author, named in the work's place
        author, work = m.group("who"), m.group("work")
    if author and BIBLE_BOOK.fullmatch(author) and not _person_speaks_as_book(author, q.cue):
        author, work = "Bible", work or author  # "— Ecclesiastes"
    elif biblical_figure(author) and (not work or BIBLE_BOOK.fullmatch(work)):
        author, speaker = "Bible", speaker or author  # "Jesus said": spoken by Jesus, in the Bible
    elif speaker and author == speaker and known.author_of(work):
        author = known.author_of(work)  # "the witches in Macbeth say": Shakespeare's, spoken by the witches
    elif author and known.author_of(author):
        own_cue = q.cue and not q.cue.startswith("continued")
        # a title that can speak is a person's name ("Hamlet", "King Lear"), not "The
        # Communist Manifesto begins" or "The State and Revolution says"
        character = not re.search(
            rf"\b(?:The|the|A|An)\s+{re.escape(author)}", q.cue or ""
        ) and not re.search(r"\s[a-z]", author)
        if character and own_cue and (_SPEECH_VERB.search(q.cue) or re.search(r"[’']s\b", q.cue)):
            # the title character speaking ("as Hamlet says", "Hamlet's"): the claim stays
            # with the speaker, whom the matcher finds in the work
            speaker = author
        else:
            work = work if work and known.author_of(work) else author
            author = known.author_of(work) or known.author_of(author)
    elif author is None and work and known.author_of(work.split(";")[0]):
        author = known.author_of(work.split(";")[0])
    elif author is None and work is None and (titled := _title_work(title, known)):
        author, work = known.author_of(titled), titled
        if q.block and (m := _SPEECH_TITLE.match(title or "")):
            speaker = m.group("who")  # "Portia's Monologue (The Merchant of Venice)"
    if (author, work, speaker) == (q.claimed_author, q.claimed_work, q.speaker):
        return q
    return replace(q, claimed_author=author, claimed_work=work, speaker=speaker)


#: A page titled with a character's speech: "Portia's Monologue", "Hamlet's Soliloquy".
_SPEECH_TITLE = re.compile(rf"(?P<who>{NAME})[’']s\s+(?:[A-Z]\w+\s+)?(?:Monologue|Soliloquy|Speech)\b")


def _title_work(title: str | None, known: KnownWorks) -> str | None:
    """The well-known work a document's title names: the whole title ("Walden"), or its
    parenthesised end ("Portia's Monologue (The Merchant of Venice)")."""
    if not title:
        return None
    if known.author_of(title):
        return title
    m = re.search(r"\(([^()]{2,80})\)\s*$", title)
    return m.group(1) if m and known.author_of(m.group(1)) else None


@dataclass(frozen=True, slots=True)
class _Judged:
    """What the extractor decided about one span: its kind, attribution and paragraph index."""

    kind: Kind
    attr: Attribution
    para: int


def _quoted_spans(
    text: str,
    spans: list[MarkedSpan],
    fmt: str,
    paras: list[tuple[int, int]],
    config: ExtractConfig,
    known: KnownWorks = DEFAULT_KNOWN,
) -> list[QuotedSpan]:
    """The quoted spans: paired marks, ``<q>`` and ``<cite>`` elements, block quotations; sorted."""
    # Two apostrophes are no quote mark: MediaWiki italics (''Dune''), TeX's closing ''.
    skip = [(sp.start, sp.end) for sp in spans if sp.kind == SpanKind.CODE]
    skip += [(m.start(), m.end()) for m in _DOUBLED.finditer(text)]
    raw = pair_marks(text, paras, _merged(skip), config)
    # <q> elements have no marks in the text; <cite> names a work.
    for sp in spans:
        if sp.kind in (SpanKind.Q, SpanKind.CITE):
            s, e = trim(text, sp.start, sp.end)
            hit = next((i for i, r in enumerate(raw) if r.start <= e and s <= r.end), None)
            if hit is not None:
                raw[hit] = replace(raw[hit], cite=raw[hit].cite or sp.kind == SpanKind.CITE)
            elif sp.kind == SpanKind.Q and has_words(text, s, e, config):
                raw.append(QuotedSpan(s, e, s, e, form="q_tag"))
    raw = add_blocks(text, raw, find_blocks(text, spans, fmt, paras, config), config)
    code = [(sp.start, sp.end) for sp in spans if sp.kind == SpanKind.CODE]
    found = [
        u
        for u in find_unmarked(text, paras, config, known)
        if not _in_code(code, u.start, u.end)
        and not (u.form == "colon_block" and is_demo(text, u.start, u.end))
    ]
    raw = add_unmarked(text, raw, found, config)
    verse = [(sp.start, sp.end) for sp in spans if sp.kind == SpanKind.VERSE]
    raw = add_unmarked(text, raw, marked_verse(text, verse, config), config) if verse else raw
    raw.sort(key=lambda r: (r.start, -r.end))
    return raw


def _in_code(code: list[tuple[int, int]], start: int, end: int) -> bool:
    """The span lies in a code block: the syntax a lesson shows, not the document's layout."""
    return any(s <= start and end <= e for s, e in code)


def _signed_run(text: str, out: list[QuotedSpan], inside: list[int]) -> list[int]:
    """The quotation closing a signed block, with the parts of it before that a short cue
    on the same line separates ('"Communism," he wrote, "is humanism ..."')."""
    run = [inside[-1]]
    for i in reversed(inside[:-1]):
        gap = text[out[i].close_end : out[run[0]].open_pos]
        if "\n" in gap or len(gap) > 60:
            break
        run.insert(0, i)
    return run


def _interleaved(text: str, start: int, inside: list[QuotedSpan], config: ExtractConfig) -> bool:
    """The quotations of a signed passage alternate with short narration from its first line:
    a clause (``kind_context_chars``) before the first and between each two, over a line break
    at most."""
    gaps = [text[start : inside[0].open_pos]]
    gaps += [text[a.close_end : b.open_pos] for a, b in zip(inside, inside[1:], strict=False)]
    short = all(len(g) <= config.kind_context_chars and g.count("\n") <= 1 for g in gaps)
    return short and "\n" not in gaps[0]


_DOUBLED = re.compile(r"''|``")


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping ranges joined, so that they can be searched by bisection."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def add_unmarked(
    text: str, raw: list[QuotedSpan], found: list[Unmarked], config: ExtractConfig
) -> list[QuotedSpan]:
    """Add the quotations the layout shows (:mod:`.unmarked`) to the spans found so far.

    Where quote marks or a block already enclose most of the words, that span
    takes the form and the attribution the layout gives (a quotation in marks
    with a signature under it); otherwise the paragraph is a new span, and the
    spans inside it are nested in it.
    """
    out = list(raw)
    overlapping = _Overlaps(raw)
    dropped: set[int] = set()
    for u in found:
        body = sum(1 for c in text[u.start : u.end] if not c.isspace()) or 1
        top = [i for i in overlapping.find(out, u.start, u.end) if out[i].depth == 0]
        inside = [i for i in top if u.start <= out[i].open_pos and out[i].close_end <= u.end]
        interleaved = False
        if u.form == "signature" and inside and out[inside[-1]].close_end >= u.end - 1:
            run = _signed_run(text, out, inside)  # the signature signs the quotation right above it
            # unless quotations and the narration between them run over lines: the signed
            # passage is all of it ('Behold, the fool saith, "Put not all thine eggs ..."--which
            # is\nbut a manner of saying, "..." but the wise\nman saith, "..."\n-- Mark Twain')
            interleaved = len(run) < len(inside) and _interleaved(
                text, u.start, [out[i] for i in inside], config
            )
            if not interleaved:
                inside = run
                body = sum(out[i].end - out[i].start for i in inside)
        covered = sum(out[i].end - out[i].start for i in inside)
        if u.form == "colon_block" and inside and out[inside[0]].open_pos == u.start:
            continue  # the paragraph opens with the quotation in marks, the writer's words after it
        if top and (len(top) > len(inside) or u.form in _TYPED_MARKS):
            if u.form in _TYPED_MARKS or len(top) != 1 or not out[top[0]].block:
                continue  # a block or a marked span reaching beyond it: theirs
            if u.form == "colon_block" and out[top[0]].open_pos < u.start and u.end <= out[top[0]].close_end:
                continue  # a colon inside a quoted block ("that is the question:") introduces nothing
            inside = top
        if inside and covered >= config.block_single_quote_share * body and not interleaved:
            if u.form == "colon_block":
                continue  # the marks say where the quotation is
            for i in inside:
                out[i] = replace(out[i], form=u.form, preset=u.attribution or out[i].preset)
            continue
        for i in inside:
            out[i] = replace(out[i], depth=out[i].depth + 1, block_depth=out[i].block_depth + 1)
            if (
                out[i].form == "indented_block"
                and u.form in ("colon_block", "verse_lines")
                and u.start <= out[i].start
                and out[i].end <= u.end
            ):
                dropped.add(i)  # a psalm's indented lines are its layout, not quotations in it
        # ``...'' or ''...'', not a TeX environment
        marked = u.form in _TYPED_MARKS and text.startswith(("``", "''"), u.start - 2)
        o, c = (u.start - 2, u.end + 2) if marked else (u.start, u.end)
        block = not marked and not u.inline
        out.append(QuotedSpan(u.start, u.end, o, c, block=block, form=u.form, preset=u.attribution))
    return [r for i, r in enumerate(out) if i not in dropped]


#: Quotation marks typed as two characters (TeX's ``...'', a web page's ''...''), found by the
#: layout rules rather than paired with the other marks.
_TYPED_MARKS = ("tex", "marks")


class _Overlaps:
    """The indices of spans overlapping a range, in index order, without reading every span:
    the spans sorted by start with the running maximum of their ends (spans added later, a
    few, are read one by one). Starts and ends never change; depth and form may."""

    def __init__(self, spans: list[QuotedSpan]) -> None:
        self.count = len(spans)
        self.order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self.starts = [spans[i].start for i in self.order]
        self.reach: list[int] = []
        for i in self.order:
            self.reach.append(max(self.reach[-1], spans[i].end) if self.reach else spans[i].end)

    def find(self, spans: list[QuotedSpan], start: int, end: int) -> list[int]:
        hits = []
        k = bisect.bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        while k >= 0 and self.reach[k] > start:
            i = self.order[k]
            if start < spans[i].end:
                hits.append(i)
            k -= 1
        hits += [i for i in range(self.count, len(spans)) if spans[i].start < end and start < spans[i].end]
        return sorted(hits)


def _judge(
    text: str, raw: list[QuotedSpan], para_starts: list[int], attributor: Attributor, config: ExtractConfig
) -> list[_Judged]:
    """Attribute and classify each span in document order.

    The context of a top-level quotation starts after the previous one in its
    paragraph; a nested one's reaches back ``nested_reach_chars``. The last
    attributed author carries over for "again" and "also".
    """
    judged: list[_Judged] = []
    prev_end_in_para: dict[int, int] = {}
    prev_title_end = -1
    last_author: str | None = None
    host_start = -1  # where the block quotation holding the nested spans that follow starts
    for r in raw:
        pi = max(bisect.bisect_right(para_starts, r.open_pos) - 1, 0)
        p_start = para_starts[pi]
        if r.depth == 0:
            prev_end = prev_end_in_para.get(pi, p_start)
            host_start = r.start if r.block else -1
        else:
            # inside a block quotation, its cue is inside the block too (not a signature above it)
            prev_end = max(p_start, r.open_pos - config.nested_reach_chars, host_start)
        attr = (
            attributor.resolved(r.preset)
            if r.preset
            else attributor.attribute(
                r.open_pos,
                r.close_end,
                p_start,
                prev_end,
                block=r.block or r.in_block,
                prev_author=last_author,
            )
        )
        prev_title = prev_title_end >= 0 and re.fullmatch(
            r"[\s,;&]*(?:and|or)?\s*", text[prev_title_end : r.open_pos]
        )
        kind = classify(text, r, p_start, attr.near and attr.author is not None, bool(prev_title), config)
        if kind == Kind.QUOTATION and not r.depth and _known_title(text[r.start : r.end], attributor, config):
            kind = Kind.TITLE  # '"Hamlet" Essay', 'the first essay, "Economy,"': the name of a known work
        if r.form not in ("marks", "q_tag", "tex"):
            kind = Kind.QUOTATION  # the layout says it is quoted
        prev_title_end = r.close_end if kind == Kind.TITLE else -1
        judged.append(_Judged(kind, attr, pi))
        if r.depth == 0 and kind != Kind.TITLE:
            prev_end_in_para[pi] = max(prev_end_in_para.get(pi, p_start), r.close_end)
        if kind == Kind.QUOTATION and attr.author:
            last_author = attr.author
    return judged


def _known_title(inner: str, attributor: Attributor, config: ExtractConfig) -> bool:
    """The quoted words are, in Title Case, the title of a known work (or a chapter of one)."""
    words = inner.strip().rstrip(",.")
    if len(words) > config.title_max_chars or not words[:1].isupper() or re.search(r"[.!?;:]", words):
        return False
    return looks_like_title(words, config) and attributor.people.known.author_of(words) is not None


#: A signature inside the closing mark: the quoted sentence's end, a dash, a name, nothing after.
_SIGNED_INSIDE = re.compile(rf"(?<=[.!?])[ \t]+(?:--|[—–―~]|-)[ \t]*(?P<who>{NAME})[ \t]*$")


def _to_quotes(
    text: str, raw: list[QuotedSpan], judged: list[_Judged], attributor: Attributor
) -> list[Quote]:
    """The :class:`Quote` records; a quotation's claimed works include the titles quoted in its sentence."""
    titles = [r for r, j in zip(raw, judged, strict=True) if j.kind == Kind.TITLE]
    by_open = sorted(range(len(titles)), key=lambda k: titles[k].open_pos)
    opens = [titles[k].open_pos for k in by_open]
    quotes: list[Quote] = []
    for r, j in zip(raw, judged, strict=True):
        start, end = r.start, r.end
        if j.kind == Kind.QUOTATION:
            # '"... all the modern inconveniences ..."': the quoted words, not the marked omissions around them
            lead = _EDGE_ELLIPSIS_START.match(text, start, end) if text[start] in ".…" else None
            start = lead.end() if lead and lead.end() < end else start
            tail = (
                _EDGE_ELLIPSIS_END.search(text, max(start, end - 12), end)
                if text[end - 1] in ".…,;"
                else None
            )
            end = tail.start() if tail and tail.start() > start else end
            signed = _SIGNED_INSIDE.search(text, start, end)
            if signed and clean_name(signed.group("who")):
                # a tweet's '“Do the thing you fear most ... is certain. - Mark Twain”': the words, then
                # who signs them, inside one pair of marks
                end = signed.start()
                if not j.attr.author or j.attr.inferred:
                    j = replace(
                        j,
                        attr=Attribution(
                            clean_name(signed.group("who")), None, signed.group(0).strip(), True
                        ),
                    )
        qtext = text[start:end]
        segments, insertions = parse_quoted(qtext, start)
        fields = dict(
            text=qtext,
            start=start,
            end=end,
            kind=j.kind,
            segments=tuple(segments),
            insertions=tuple(insertions),
            depth=r.depth,
            block=r.block or r.in_block,
            terminated=r.terminated,
            form=r.form,
        )
        if j.kind == Kind.QUOTATION:
            # Quoted titles in the quotation's sentence are its claimed works
            # ("... 'more savage than the Nazis' (See Trotsky's 'Revolution Betrayed' and ...)").
            s_start, s_end = attributor.sentence_start(r.open_pos), attributor.sentence_end(r.close_end)
            hits = sorted(by_open[bisect.bisect_left(opens, s_start) : bisect.bisect_left(opens, s_end)])
            # (a title inside the quoted words is theirs, not the quotation's source: "Without the
            # pen of the author of 'Common Sense,' ...", John Adams)
            hits = [k for k in hits if not r.open_pos < titles[k].open_pos < r.close_end]
            near = [text[titles[k].start : titles[k].end].rstrip(",") for k in hits]
            attr = j.attr
            work = "; ".join(near) if near and (attr.work is None or attr.work in near) else attr.work
            fields.update(
                claimed_author=attr.author,
                claimed_work=work,
                cue=attr.cue,
                speaker=attr.speaker,
                inferred=attr.inferred,
            )
        quotes.append(Quote(**fields))
    return quotes


#: Forms whose attribution is a citation of the whole passage (a signature, a reference, a
#: blockquote's credit), not a character speaking in a story, whose quotations are others'.
_CITED_FORMS = frozenset(
    {"signature", "verse_lines", "colon_block", "md_blockquote", "html_blockquote", "epigraph"}
)


def _inherit(quotes: list[Quote]) -> list[Quote]:
    """A quotation inside another, with no claim of its own, is claimed for the outer one's
    author and work: the signed passage 'All say, "How hard it is that we have to die"' is
    Twain's words, the inner ones included."""
    out = list(quotes)
    outer: list[Quote] = []  # the open enclosing quotations, innermost last
    for i, q in enumerate(out):
        while outer and outer[-1].end < q.end:
            outer.pop()
        if q.kind != Kind.QUOTATION:
            continue
        if q.depth and outer and not q.claimed_author and not q.claimed_work:
            host = outer[-1]
            if (host.claimed_author or host.claimed_work) and host.form in _CITED_FORMS:
                q = out[i] = replace(q, claimed_author=host.claimed_author, claimed_work=host.claimed_work,
                                     cue=f"inside [{host.cue or host.claimed_author}]",
                                     inferred=host.inferred)  # fmt: skip
        outer.append(q)
    return out


def _whole_paragraph(text: str, r: QuotedSpan, para_start: int) -> bool:
    """The quotation is its paragraph: nothing but space outside its marks."""
    end = text.find("\n\n", r.close_end)
    return (
        not text[para_start : r.open_pos].strip()
        and not text[r.close_end : end if end >= 0 else len(text)].strip()
    )


def _sayings_list(text: str, raw: list[QuotedSpan], judged: list[_Judged], para_starts: list[int]) -> bool:
    """The document lists sayings, one paragraph each, with no dialogue: at least three top-level
    quotations stand as whole paragraphs and no quotation has a cue crediting anyone (a novel's
    turns of dialogue carry "he said" somewhere). Such paragraphs are no turns of dialogue."""
    if any(j.attr.author and j.attr.cue for j in judged):
        return False
    whole = sum(
        1
        for r, j in zip(raw, judged, strict=True)
        if j.kind == Kind.QUOTATION and not r.depth and _whole_paragraph(text, r, para_starts[j.para])
    )
    return whole >= 3


def _discourse_claims(
    text: str,
    raw: list[QuotedSpan],
    judged: list[_Judged],
    para_starts: list[int],
    discourse: Discourse,
    attributor: Attributor,
    config: ExtractConfig,
) -> None:
    """Top-level quotations nobody is named for, claimed by their section's heading or the
    person the document is about (:mod:`.discourse`; updates ``judged``)."""
    cited = {j.attr.author.split()[-1] for j in judged if j.attr.author and j.attr.cue}
    sayings = _sayings_list(text, raw, judged, para_starts)
    for i, (r, j) in enumerate(zip(raw, judged, strict=True)):
        if j.kind != Kind.QUOTATION or r.depth or r.preset or j.attr.author or j.attr.work:
            continue
        if j.attr.cue and "ambiguous" in j.attr.cue:
            continue  # a cue whose pronoun may mean two people: no claim, not the paragraph's
        author, work = discourse.heading_claim(r.open_pos)
        if author or work:
            judged[i] = replace(j, attr=Attribution(author, work, f"heading [{work or author}]"))
            continue
        after = text[r.close_end : min(attributor.sentence_end(r.close_end), r.close_end + 60)]
        if _OTHER_SPEAKS.search(after):
            continue  # '“Seven!” I answered', '"...," his wife asked': someone else speaks
        clause = max(attributor.sentence_start(r.open_pos), para_starts[j.para])
        if _UNNAMED_SPEAKS.search(text, clause, r.open_pos):
            continue  # 'As one critic notes, she is "..."': someone unnamed speaks, not whom it is about
        # a paragraph opening with quote marks is a turn of dialogue (a novel's characters take
        # turns: '“Wedlock suits you,” he remarked. “I think, Watson, ...”'), not the writer an
        # essay is about
        turn = r.form == "marks" and text[para_starts[j.para]] in "\"“‘'«" and not sayings
        person = None if turn else discourse.topic_claim(para_starts[j.para], clause, r.open_pos, cited)
        if person:
            judged[i] = replace(j, attr=Attribution(person, None, f"topic [= {person}]", inferred=True))
            continue
        window = clause  # back ``refer_back_sentences`` sentences, within the paragraph
        for _ in range(config.refer_back_sentences):
            if window <= para_starts[j.para]:
                break
            window = max(attributor.sentence_start(window - 1), para_starts[j.para])
        person = discourse.paragraph_claim(window, clause, r.open_pos)
        if person and len(WORD.findall(text[r.start : r.end])) >= config.quotation_min_words:
            judged[i] = replace(
                j, attr=Attribution(person, None, f"paragraph about [{person}]", inferred=True)
            )


# --- sharing attributions between neighbours ---------------------------------------------


def _echo_claims(text: str, raw: list[QuotedSpan], judged: list[_Judged]) -> None:
    """A line standing alone that the next paragraph quotes (``echoed_line``) is credited as
    the quotation there sharing most of its words: "Bubble, bubble, toil and trouble" as 'The
    witches in Macbeth say "Double, double, toil and trouble."' (updates ``judged``)."""
    for i, r in enumerate(raw):
        if r.form != "echoed_line":
            continue
        words = set(WORD.findall(text[r.start : r.end].lower()))
        best, share = None, 0
        for k, (rk, jk) in enumerate(zip(raw, judged, strict=True)):
            if jk.para != judged[i].para + 1 or jk.kind != Kind.QUOTATION:
                continue
            if not (jk.attr.author or jk.attr.work):
                continue
            common = len(words & set(WORD.findall(text[rk.start : rk.end].lower())))
            if common > share:
                best, share = k, common
        if best is not None:
            a = judged[best].attr
            judged[i] = replace(
                judged[i], attr=replace(a, cue=f"echoed by [{a.cue or a.author}]", near=False)
            )


def _share_attributions(
    text: str, raw: list[QuotedSpan], judged: list[_Judged], attributor: Attributor
) -> None:
    """Quotations without a cue of their own, from their neighbours (updates ``judged``).

    "'the reality of the ethical idea', 'the image and reality of reason',
    as Hegel maintains": a quotation joined by a comma to the next takes its
    attribution. A later quotation in the same paragraph continues the
    previous speaker when nobody else is named in between (news style:
    '"...," said Ellis. "..."'). Quotations of one sentence by one author
    share a cited work.
    """
    quotations = [i for i in range(len(raw)) if judged[i].kind == Kind.QUOTATION]
    _share_across_commas(text, raw, judged, quotations)
    _continue_speaker(text, raw, judged, quotations, attributor)
    _share_works(raw, judged, quotations, attributor)


def _share_across_commas(
    text: str, raw: list[QuotedSpan], judged: list[_Judged], quotations: list[int]
) -> None:
    """'"a", "b", as Hegel maintains': a quotation joined by a comma to the next takes its attribution."""
    for a, b in zip(reversed(quotations[:-1]), reversed(quotations[1:]), strict=True):
        ra, rb = raw[a], raw[b]
        if (
            not judged[a].attr.author
            and judged[b].attr.author
            and ra.depth == rb.depth
            and judged[a].para == judged[b].para
            and re.fullmatch(r"\s*[,;]\s*(?:and\s+|or\s+)?", text[ra.close_end : rb.open_pos])
        ):
            judged[a] = replace(judged[a], attr=judged[b].attr)


def _continue_speaker(
    text: str, raw: list[QuotedSpan], judged: list[_Judged], quotations: list[int], attributor: Attributor
) -> None:
    """A later quotation in the paragraph continues the previous speaker if nobody else is named between."""
    last_by_depth: dict[tuple[int, int], int] = {}
    for b in quotations:
        rb = raw[b]
        key = (judged[b].para, rb.depth)
        a = last_by_depth.get(key)
        last_by_depth[key] = b
        if a is None or judged[b].attr.author or not judged[a].attr.author or rb.block or rb.preset:
            continue
        ra = raw[a]
        speaker = judged[a].attr.author
        own_clause = text[max(attributor.sentence_start(rb.open_pos), ra.close_end) : rb.open_pos]
        if _SPEECH_VERB.search(own_clause):
            continue  # "what one volunteer called '...'": someone else, unnamed
        between = attributor.persons(ra.close_end, rb.open_pos)
        if all(p.split()[-1] == speaker.split()[-1] for p in between):
            judged[b] = replace(
                judged[b], attr=Attribution(speaker, judged[b].attr.work, f"continued [= {speaker}]")
            )


def _share_works(
    raw: list[QuotedSpan], judged: list[_Judged], quotations: list[int], attributor: Attributor
) -> None:
    """Quotations of one sentence by one author share a cited work."""
    for a, b in zip(quotations, quotations[1:], strict=False):
        ra, rb = raw[a], raw[b]
        same_sentence = attributor.sentence_start(rb.open_pos) <= ra.open_pos
        aa, ab = judged[a].attr, judged[b].attr
        signed = ra.preset is not None or rb.preset is not None  # the signature says all there is
        if same_sentence and not signed and aa.author == ab.author and bool(aa.work) != bool(ab.work):
            work = aa.work or ab.work
            judged[a] = replace(judged[a], attr=replace(aa, work=work))
            judged[b] = replace(judged[b], attr=replace(ab, work=work))
