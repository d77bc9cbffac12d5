"""Names joined to a name: "Keeley and Callum were seen together", "Keeley, Callum and
Jade", "Hope & Keeley".  A capitalised word coordinated with a person's name (by and,
or, &, nor, or a list's commas) is a person's name too, whether or not any list knows
it: the name finder judges a run of words as one name, so the second person of a run
that already holds a protected name was lost.

Not a name: the inspection's own words (an area, a month, "Mum", "Cafcass"), acronyms,
pronouns and, after a comma, an ordinary English word ("Keeley, However ..." is not a
list).  A word opening a sentence is a name only when "and", "or" or "&" joins it
("Hope and Keeley"), never after a comma ("Overall, Keeley ...").
"""

from __future__ import annotations

import re

from exporters.identify.names import NAME, PROTECTED, NameFinder, Token
from exporters.identify.patterns import Found

_JOIN_AFTER = re.compile(r"(?:['’]s?)?(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&|nor)\s+)")
_JOIN_BEFORE = re.compile(r"(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&|nor)\s+)$")
_WORD_JOIN = re.compile(r"\b(?:and|or|nor)\b|&")
_NAMELIKE = frozenset({"unknown", "given", "given-english", "lex-given"})
_NEVER = frozenset(
    {"he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "both", "neither",
     "either", "the", "a", "an", "this", "that", "but", "however", "then", "so", "all"}
)  # fmt: skip


def coordinated(finder: NameFinder, text: str, kept: list[Found]) -> list[Found]:
    """The names joined by and/or/&/commas to a person's name already found in
    `kept` and not found themselves (kind ``name``)."""
    names = [f for f in kept if f.kind in (NAME, PROTECTED)]
    if not names or not _could_join(text):
        return []
    tokens = finder.tokens(text)
    free = [t for t in tokens if not any(f.start < t.end and t.start < f.end for f in kept)]
    out: list[Found] = []
    frontier = list(names)
    while frontier and free:
        f = frontier.pop()
        for t, comma in _neighbours(text, f, free):
            if _joinable(finder, t, comma) and not finder.professional(text, t.start, t.end):
                found = Found(NAME, t.start, t.end, "a person's name joined to another name")
                out.append(found)
                frontier.append(found)
                free.remove(t)
    return out


def _could_join(text: str) -> bool:
    return "," in text or "&" in text or " and " in text or " or " in text or " nor " in text


def _neighbours(text: str, f: Found, free: list[Token]) -> list[tuple[Token, bool]]:
    """The free words joined to the find `f` on either side, and whether a bare comma
    (no and/or) joins them."""
    out = []
    after = _JOIN_AFTER.match(text, f.end)
    if after and after.end() > f.end:
        out += [(t, _bare(after.group(0))) for t in free if t.start == after.end()]
    before = text[max(0, f.start - 12) : f.start]
    m = _JOIN_BEFORE.search(before)
    if m:
        gap = f.start - len(before) + m.start()
        out += [(t, _bare(m.group(0))) for t in free if t.end + (2 * t.possessive) == gap]
    return out


def _bare(join: str) -> bool:
    """Whether a comma alone joins two words (no and, or, nor, &)."""
    return "," in join and not _WORD_JOIN.search(join)


def _joinable(finder: NameFinder, t: Token, comma: bool) -> bool:
    """Whether a capitalised word joined to a name can be a person's name."""
    if t.cls in ("lex", "acronym") or t.text.lower() in _NEVER:
        return False
    low = t.text.lower()
    if low in finder.honorifics or low in finder.family or finder.relations.fullmatch(low):
        return False
    if t.cls in _NAMELIKE or t.protected is not None:
        return not (comma and t.initial and t.cls == "given-english")
    # An ordinary English word: a name only when and/or/& joins it.
    return not comma
