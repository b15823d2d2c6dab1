"""Block quotations: HTML ``<blockquote>``, Markdown ``>`` and indented paragraphs of plain text.

A block quotation needs no quote marks, so its words become a span of their
own unless quote marks inside it already say what the quotation is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..io.model import MarkedSpan, SpanKind
from .config import ExtractConfig
from .cues import Attribution
from .marks import LIST_MARK, QuotedSpan, has_words, trim
from .patterns import NAME, TRAILING_CITATION, WORD
from .unmarked import COMMENT_HEADER, POSTER_HEADER, read_signature

__all__ = ["Block", "find_blocks", "add_blocks", "is_demo"]

#: An e-mail or Usenet reply's quoted lines in plain text: a run of lines opening with "> ".
_MAIL_QUOTED = re.compile(r"(?m)^[ \t]*>[ \t]?(?P<body>[^\n]*(?:\n[ \t]*>[^\n]*)*)")
#: A forum's layout tag around a line ("[align=center]-- John Brown[/align]"): BBCode, not words.
_BBCODE = re.compile(r"\[/?(?:align|center|left|right|b|i|u|size|color|font)(?:=[^\]\n]{1,20})?\]")
_SIGNATURE = re.compile(
    r"\n[ \t]*(?:\[(?:align|center|left|right|b|i|u|size|color|font)(?:=[^\]\n]{1,20})?\])*[ \t]*"
    r"(?:[—–―~]|--)[ \t]*\S[^\n]*$"
)
_INDENTED = re.compile(r"(?: {2,}|\t)\S")


@dataclass(frozen=True, slots=True, order=True)
class Block:
    """A block quotation ``[start, end)``; ``markup`` when the markup said so, not indentation."""

    start: int
    end: int
    markup: bool
    form: str = "indented_block"
    credit: str | None = None  # the credit line the markup gives ("George Orwell, Politics and ...")


def _indented_blocks(
    text: str, paragraphs: list[tuple[int, int]], config: ExtractConfig
) -> list[tuple[int, int]]:
    """Paragraphs whose every line is indented, in text whose body is not.

    Centred headings and rows of asterisks are indented too: a block needs
    ``block_min_words`` words and mostly lower-case ones.
    """
    indented = []
    for s, e in paragraphs:
        line_start = text.rfind("\n", 0, s) + 1
        lines = text[line_start:e].split("\n")
        if all(_INDENTED.match(line) for line in lines if line.strip()):
            indented.append((s, e))
    if len(indented) > config.indented_share_max * len(paragraphs):
        return []
    blocks = []
    for s, e in indented:
        if COMMENT_HEADER.search(text, max(0, s - 200), s):
            continue  # a reply in a comment thread ("  1. Laslow says:"), not a quotation
        if text[s] == "(" and text[e - 1] == ")":
            continue  # an aside in parentheses ("(''Dune'' had some very moving epigraphs too.)")
        if LIST_MARK.match(text, s):
            continue  # an indented list's item ("  • Hamlet tells Ophelia, ..."), not a block
        words = WORD.findall(text[s:e])
        upper = sum(w.isupper() and len(w) > 1 for w in words)
        if len(words) < config.block_min_words or upper > len(words) * config.block_upper_share_max:
            continue
        blocks.append((s, e))
    return blocks


def find_blocks(
    text: str, spans: list[MarkedSpan], fmt: str, paragraphs: list[tuple[int, int]], config: ExtractConfig
) -> list[Block]:
    """Block quotations from the markup or, in plain text, from indentation.

    Nested marked-up blocks are merged into the outer one; separate ones stay
    apart, as a reader sees them. Adjacent indented paragraphs are merged.
    """
    form = "html_blockquote" if fmt == "html" else "md_blockquote"
    credits = [sp for sp in spans if sp.kind == SpanKind.CREDIT]
    found = [
        _credited(text, sp.start, sp.end, form, credits) for sp in spans if sp.kind == SpanKind.BLOCKQUOTE
    ]
    if fmt == "text":
        found += [Block(s, e, False) for s, e in _indented_blocks(text, paragraphs, config)]
        found += [
            _credited(text, m.start("body"), m.end(), form, credits) for m in _MAIL_QUOTED.finditer(text)
        ]
    merged: list[Block] = []
    for block in sorted(found):
        s, e = trim(text, block.start, block.end)
        demo = _DEMO.search(text, s, e) or all(_DEMO_LINE.fullmatch(ln) for ln in text[s:e].split("\n"))
        if e <= s or (block.markup and demo and len(WORD.findall(text, s, e)) <= 8):
            continue  # a lesson's sample block ("Lorem ipsum ...", "Line 1", "inside a quote,")
        last = merged[-1] if merged else None
        only_credit = _CREDIT_ONLY.fullmatch(text, s, e) if block.markup else None
        if only_credit:
            # "> **- Michael Scott**" alone: no quotation, but the credit of the block right above
            if last and last.markup and last.credit is None and not text[last.end : s].strip(" \t\n>"):
                merged[-1] = replace(last, credit=only_credit.group("credit"))
            continue
        # each marked-up block is its own quotation ("> a" and "> b" apart are two);
        # indented paragraphs in a row are one block
        touching = s <= last.end if last and block.markup else last and not text[last.end : s].strip()
        if touching and not block.markup and _SIGNATURE.search(text, last.start, last.end):
            touching = False  # an indented epigraph ends with its signature ("— John Milton, ...")
        if last and last.markup == block.markup and touching:
            merged[-1] = Block(last.start, max(e, last.end), block.markup, last.form, last.credit)
        else:
            merged.append(Block(s, e, block.markup, block.form, block.credit))
    return merged


def is_demo(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is a lesson's sample text ("This is some text inside a quote,", "Line 1"):
    nobody's words, whatever layout sets it off."""
    return bool(_DEMO.search(text, start, end)) or all(
        _DEMO_LINE.fullmatch(ln) for ln in text[start:end].split("\n") if ln.strip()
    )


#: Placeholder and self-describing sample text in a short block ("Lorem ipsum dolor sit amet...",
#: "Line 1", "This is some text inside a quote,", "This is a nested blockquote.").
_DEMO = re.compile(
    r"(?i)\blorem\s+ipsum\b|\bblock\s?quotes?\b|\bnested\s+(?:block\s?)?(?:quotes?|content)\b"
    r"|\b(?:this\s+is|inside)\s+(?:a|an|my|the|some)\b[^.\n]{0,30}\bquot(?:e|ation)\b"
)
_DEMO_LINE = re.compile(r"(?i)\W*(?:line|item|text|paragraph)\s+\d+\W*")
#: A block that is only a credit: "**- Michael Scott**", "— Steve Jobs".
_CREDIT_ONLY = re.compile(rf"[*_ \t]*(?:[—–―~]|--?)[ \t]*[*_]*(?P<credit>{NAME})[*_.\t \"”’]*")
_CREDIT_LINE = re.compile(rf"\n[ \t]*(?:[—–―~]|--?)?[ \t]*(?P<credit>{NAME}(?:[ \t]+[a-z]+){{0,3}})[ \t]*$")


# "Robert Louis Stevenson, *Dr Jekyll and Mr Hyde*" as the block's last paragraph.
_CREDIT_PARA = re.compile(
    rf"\n[ \t]*\n[ \t]*(?:[—–―~]|--?)?[ \t]*(?P<credit>{NAME},[^\n]{{1,120}}[^\n.!?;:])[ \t]*$"
)
_CALLOUT = re.compile(r"\[!(?:quote|cite|quotation)\][-+]?[ \t]*(?P<title>[^\n]*)\n", re.I)


def _credited(text: str, start: int, end: int, form: str, credits: list[MarkedSpan]) -> Block:
    """A marked-up block without its credit line: a ``<footer>``/``<figcaption>``/``<cite>``
    the markup marks, or a last line that is only a name ("Gertrude Stein in conversation")."""
    before = [sp for sp in credits if sp.end <= start and "\n" not in text[sp.end : start]]
    if before:  # a table row's credit cell before its quotation cell, in the same row
        return Block(start, end, True, form, " ".join(text[before[-1].start : before[-1].end].split()))
    for sp in credits:
        if start < sp.start < end or (sp.start >= end and not text[end : sp.start].strip()):
            credit = " ".join(text[sp.start : sp.end].split()).lstrip("—–-― ")
            return Block(start, min(end, sp.start), True, form, credit)
    s, e = trim(text, start, end)
    callout = _CALLOUT.match(text, s, e)
    if callout:  # Obsidian: "> [!quote] Marx" then the quotation
        title = callout.group("title").split(" - ")[0].strip() or None
        return Block(callout.end(), e, True, form, title)
    m = _CREDIT_LINE.search(text, s, e) or _CREDIT_PARA.search(text, s, e)
    if m and "\n" in text[s : m.start() + 1] and text[s : m.start()].strip():
        return Block(s, m.start(), True, form, m.group("credit"))
    return Block(start, end, True, form)


def add_blocks(
    text: str, raw: list[QuotedSpan], blocks: list[Block], config: ExtractConfig
) -> list[QuotedSpan]:
    """Turn block quotations into spans; returns ``raw`` (updated) plus the new spans.

    A block that is one quotation in quote marks (a Marxists Internet
    Archive quote paragraph, ``> "..."``) is that quotation. A marked-up
    block whose words are mostly in quote marks is trusted to the marks. Any
    other block is itself a quotation, minus a trailing signature line or
    citation (those attribute it), and the quotations inside it are nested
    (the speeches inside a recited poem).
    """
    out = list(raw)
    starts = sorted((sp.start, i) for i, sp in enumerate(raw))
    keys = [s for s, _ in starts]
    for block in blocks:
        bs, be = block.start, block.end
        inside = [i for _, i in starts[bisect.bisect_left(keys, bs) : bisect.bisect_left(keys, be)]]
        inside = [i for i in inside if out[i].end <= be + 1]
        top = [i for i in inside if out[i].depth == 0]
        body = sum(1 for c in text[bs:be] if not c.isspace()) or 1
        largest = max(top, key=lambda i: out[i].end - out[i].start, default=None)
        if (
            largest is not None
            and out[largest].end - out[largest].start >= config.block_single_quote_share * body
        ):
            preset = read_signature(block.credit) if block.credit else out[largest].preset
            out[largest] = replace(out[largest], in_block=True, form=block.form, preset=preset)
            continue
        if block.markup and sum(out[i].end - out[i].start for i in top) >= config.block_marks_share * body:
            for i in top:
                out[i] = replace(
                    out[i], in_block=out[i].end - out[i].start >= config.block_member_share * body
                )
            continue
        poster = POSTER_HEADER.match(text, bs, be)
        s, e = _without_attribution(text, poster.end() if poster else bs, be)
        if not has_words(text, s, e, config):
            continue
        for i in inside:
            out[i] = replace(out[i], depth=out[i].depth + 1, block_depth=out[i].block_depth + 1)
        credit = block.credit
        if credit is None and (sig := _SIGNATURE.search(text, block.start, block.end)) and sig.start() >= e:
            credit = _BBCODE.sub("", sig.group(0)).strip().lstrip("—–―~-").strip()  # its signature line
        preset = read_signature(credit) if credit else None
        if poster:
            # a forum reply quoting another poster ("historybuff wrote:", "Quote from: oldtimer on
            # March 3"): the poster's words, whatever the thread is about
            who = next(g for g in poster.groups() if g)
            preset = Attribution(who.strip(" *_"), None, poster.group(0).strip(), True)
        out.append(QuotedSpan(s, e, s, e, block=True, form=block.form, preset=preset))
    return out


def _without_attribution(text: str, start: int, end: int) -> tuple[int, int]:
    """The block without a trailing signature line ("-- Twain") or citation ("(Capital, ch. 1)")."""
    m = _SIGNATURE.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    else:
        m = TRAILING_CITATION.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
    return trim(text, start, end)
