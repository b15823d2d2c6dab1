"""Spelling: is a quoted word the source's word in another spelling?

A quoter who writes "showed" for Austen's "shewed", "today" for "to-day",
"loved" for Milton's "lov'd" or "poor" for Hobbes's "poore" quotes
faithfully. Aligned word pairs are compared by the regular changes of
English spelling since the sixteenth century, not by a list of words:

- word division: "every thing"/"everything", "to-day"/"today", "four score";
- elision: "lov'd"/"loved", "heav'n"/"heaven", "o'er"/"over", "th'"/"the";
- a final e, a doubled final consonant: "poore", "warre", "continuall";
- "-ick"/"-ic" ("musick"), "-xion"/"-ction" ("connexion"), "shew"/"show";
- "-t"/"-ed" ("dropt", "blest"), u/v and i/j ("vnto", "iust"), "-ie"/"-y";
- any of these under a final -s ("expences", "warres");
- British and American forms the normaliser leaves apart: "travelled",
  "practise", "defence", "spectre", "mediaeval";
- an a written without its u in older print: "caldron", "stanch";
- "ph" for f ("phrenzy"), "iz" for is ("surprize"), "judgement" for "judgment";
- the Russian title as older English wrote it: "Czar", "Tzar" for "Tsar";
- a long vowel written as a digraph where today's spelling has a final e:
  "extream"/"extreme", "cloaths"/"clothes", "compleat"/"complete";
- y for i ("stile"/"style", "stil'd"/"styled", "tyger"/"tiger");
- the old verb ending -eth for today's -s ("sharpeneth"/"sharpens",
  "loveth"/"loves"): the same verb in the same person and tense.

The British and American endings (-our/-or, -ise/-ize) are already folded
by the normaliser. A pair is compared only where the alignment put the two
words side by side, so the rules can be generous.
"""

from __future__ import annotations

import functools

__all__ = ["same_words", "respelled"]


def same_words(quoted: list[str], original: list[str], *, elided: bool = False) -> bool:
    """The same words in another spelling or word division (normalised words on each side).

    ``elided``: one side has an apostrophe inside a word ("lov'd", "tow'rs"),
    so a letter missing there is elision.
    """
    if quoted == original:
        return True
    q, o = "".join(quoted), "".join(original)
    if q == o:
        return True
    if elided and abs(len(q) - len(o)) == 1:
        longer, shorter = (q, o) if len(q) > len(o) else (o, q)
        for a, b in ((longer, shorter), (longer.replace("y", "i"), shorter.replace("y", "i"))):
            if any(a[:i] + a[i + 1 :] == b for i in range(len(a))):
                return True  # "med'cine"/"medicine", "stil'd"/"styled"
    if len(quoted) != len(original):
        return False
    return all(a == b or respelled(a, b) for a, b in zip(quoted, original, strict=True))


@functools.lru_cache(maxsize=100_000)
def respelled(a: str, b: str) -> bool:
    """One word in two spellings, old and modern, in either order."""
    if a == b:
        return True
    if {a, b} == {"o", "oh"}:
        return True  # the vocative "O" printed then, "Oh" today ("O, what a tangled web we weave")
    if len(a) < 2 or len(b) < 2:
        return False
    if _older(a, b) or _older(b, a):
        return True
    # the same change under a plural or verb -s: "expences"/"expenses", "warres"/"wars"
    return a[-1] == b[-1] == "s" and min(len(a), len(b)) > 4 and respelled(a[:-1], b[:-1])


def _older(old: str, new: str) -> bool:
    candidates = {
        old[:-1] if _silent_final_e(old) else None,  # poore, feare, doe
        old[:-2] if old.endswith("e") and len(old) > 3 and old[-2] == old[-3] else None,  # warre
        old[:-1] if len(old) > 3 and old[-1] == old[-2] else None,  # continuall, untill
        old[:-1] if old.endswith("ick") else None,  # musick, publick
        old.replace("xion", "ction") if "xion" in old else None,  # connexion
        old.replace("shew", "show") if old.startswith("shew") else None,  # shewed
        old[:-2] + "y" if old.endswith("ie") else None,  # onlie
        old.replace("v", "u") if old.startswith("v") else None,  # vnto, vpon
        "j" + old[1:] if old.startswith("i") else None,  # iust, iudge
        "ts" + old[2:] if old.startswith(("cz", "tz")) else None,  # Czar, Tzar: the Russian title, now Tsar
    }
    if "ll" in old and len(old) >= 6:
        candidates.add(old.replace("ll", "l", 1))  # travelled, traveller (British doubling)
    if old.endswith(("ise", "ence")):
        candidates.add(old[:-2] + "ce" if old.endswith("se") else old[:-2] + "se")  # practise, defence
    if old.endswith("ize") and len(old) > 5:
        candidates.add(old[:-3] + "ice")  # "practise" as the normaliser folds it (-ise to -ize)
    if len(old) > 4 and old.endswith("re") and old[-3] not in _VOWELS:
        candidates.add(old[:-2] + "er")  # spectre, centre, sabre
    for digraph in ("ae", "oe"):
        if digraph in old[1:]:
            candidates.add(old.replace(digraph, "e"))  # mediaeval, manoeuvre
    if "a" in old:
        candidates |= {old[: i + 1] + "u" + old[i + 1 :] for i, c in enumerate(old[:-1]) if c == "a" and old[i + 1] != "u"}
        # caldron / cauldron, stanch / staunch, gage / gauge
    if "ph" in old:
        candidates.add(old.replace("ph", "f"))  # phrenzy, phantasy
    if "iz" in old:
        candidates.add(old.replace("iz", "is"))  # surprize, surprized (Austen, Franklin)
    if "dgement" in old:
        candidates.add(old.replace("dgement", "dgment"))  # judgement, acknowledgement
    if len(old) >= _LONG_WORD:
        candidates |= _final_e_forms(old)  # extream, cloath, compleat
        if old.endswith("eth"):
            candidates |= {old[:-3] + "s", old[:-3] + "es"}  # sharpeneth, loveth, goeth
    if len(old) >= _Y_FOR_I_MIN and "y" in old:
        candidates |= {old[:i] + "i" + old[i + 1 :] for i, c in enumerate(old) if c == "y" and i > 0}  # stile, tyger
    if old.endswith("t") and len(old) > 3:
        stem = old[:-1]
        candidates |= {stem + "ed", stem + stem[-1] + "ed", stem + "sed"}  # dropt, stept, blest
    candidates.discard(None)
    if new in candidates:
        return True
    # u for v between vowels in old print ("loue", "haue")
    return "u" in old and old.replace("u", "v") == new.replace("u", "v")


_VOWELS = frozenset("aeiouy")
#: Words this long are long enough that a digraph or an -eth ending cannot turn one common word into
#: another ("road"/"rode", "meat"/"mete", "teeth"): the rules for them apply from here on.
_LONG_WORD = 6
#: y for i from five letters ("tyger", "stile"): shorter pairs are often two words ("dye"/"die").
_Y_FOR_I_MIN = 5


def _final_e_forms(old: str) -> set[str]:
    """Today's spelling of an old digraph before the final consonants: "extream" -> "extreme",
    "cloath" -> "clothe" (the long vowel marked by a final e instead)."""
    forms = set()
    for digraph, vowel in (("ea", "e"), ("oa", "o")):
        i = old.rfind(digraph)
        tail = old[i + 2 :] if i > 0 else ""
        if tail and not set(tail) & _VOWELS:
            forms.add(old[:i] + vowel + tail + "e")
    return forms


def _silent_final_e(word: str) -> bool:
    """An e that old spelling added ("poore", "feare", "warre", "selfe", "doe"), not one that
    makes another word ("made" is not "mad", "hope" is not "hop")."""
    if not word.endswith("e") or len(word) < 3:
        return False
    before = word[:-1]
    if before.endswith("o"):
        return True  # doe, goe
    last, prev = before[-1], before[-2]
    if last in _VOWELS:
        return False
    return prev not in _VOWELS or (len(before) > 2 and before[-3] in _VOWELS)  # selfe, warre / poore, feare
