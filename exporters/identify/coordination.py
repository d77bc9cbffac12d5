"""Names joined to a name: "Keeley and Callum were seen together", "Keeley, Callum and
Jade", "Hope & Keeley".  A capitalised word coordinated with a person's name (by and,
or, &, nor, or a list's commas) is a person's name too, whether or not any list knows
it: the name finder judges a run of words as one name, so the second person of a run
that already holds a protected name was lost.

A place's name that is also a person's ("Carlton", "Whitby") is a name where and, or,
nor, not or & joins it to a person's name or to a relation ("my nan not Carlton", "MUM
AND WHITBY"); a place is seldom put on a par with a person.

Not a name: a word joined to a name as a firm's name is ("Hughes & Co Solicitors",
"Smith and Sons": the case list's body words, `store.casevocab.is_organisation`; tester
26, F14), the inspection's own words (an area, a month, "Mum", "Cafcass"), acronyms,
pronouns and, after a comma, an ordinary English word ("Keeley, However ..." is not a
list).  A word opening a sentence is a name only when "and", "or" or "&" joins it
("Hope and Keeley"), never after a comma ("Overall, Keeley ...").

And a name found once is a name wherever the same text writes it again (`again`).
"""

from __future__ import annotations

import re

from exporters.identify.hits import overlaps
from exporters.identify.names import NAME, PROTECTED, NameFinder
from exporters.identify.patterns import Found
from exporters.identify.reading import Token
from store.casevocab import is_organisation

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
            joined = text[min(f.start, t.start) : max(f.end, t.end)]
            if is_organisation(joined):  # "Hughes & Co Solicitors", "Smith and Sons": a firm
                continue
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


_PLACE_BEFORE = re.compile(r"\s+(?:and|or|nor|not|&)\s+$", re.IGNORECASE)
_PLACE_AFTER = re.compile(
    r"\s+(?:and|or|nor|not|&)\s+(?:(?:my|her|his|their)\s+)?([\w'’\-]+)", re.IGNORECASE
)


def places_joined(finder: NameFinder, text: str, kept: list[Found], words: set[str]) -> list[Found]:
    """Places' names joined by and/or/nor/not/& to a person found in `kept` or to a
    relation ("my nan not Carlton"): kind ``name``.  `words` are the text's lower-case
    words (a text with no place's name is skipped)."""
    if finder.place_words_lower.isdisjoint(words):
        return []
    names = [f for f in kept if f.kind in (NAME, PROTECTED)]
    if not names and finder.relation_words.isdisjoint(words):
        return []
    if not _could_join(text) and " not " not in text.lower():
        return []
    out: list[Found] = []
    for t in finder.tokens(text):
        if t.cls != "lex" or not finder.is_place_name(_as_name(t.text)):
            continue
        if any(f.start < t.end and t.start < f.end for f in kept) or _attributive(finder, text, t):
            continue
        before = text[max(0, t.start - 40) : t.start]
        m = _PLACE_BEFORE.search(before)
        if m:
            left = before[: m.start()]
            gap = t.start - len(before) + m.start()
            if any(f.end == gap for f in names) or finder.relation_end.search(left):
                out.append(Found(NAME, t.start, t.end, "a place's name joined to a person"))
                continue
        after = _PLACE_AFTER.match(text, t.end)
        if after and (any(f.start == after.start(1) for f in names)
                      or finder.relations.fullmatch(after.group(1))):  # fmt: skip
            out.append(Found(NAME, t.start, t.end, "a place's name joined to a person"))
    return out


def _as_name(word: str) -> str:
    return word[:1] + word[1:].lower() if word.isupper() else word


_NEXT = re.compile(r"[ \t]+([\w'’\-]+)")


def _attributive(finder: NameFinder, text: str, t: Token) -> bool:
    """A place before the body it names ("Stroud team", "Carlton office")."""
    m = _NEXT.match(text, t.end)
    return m is not None and m.group(1).capitalize() in finder.titles


def again(text: str, kept: list[Found]) -> list[Found]:
    """A name found once is a name wherever else the same text writes it ("told DEV
    about the knife but DEV said", "his stepfather Bear ... said Bear is"), even where
    the words around that second one would not make it one."""
    out: list[Found] = []
    seen: set[str] = set()
    for f in kept:
        name = text[f.start : f.end]
        if f.kind not in ("protected-name", "name") or name in seen or len(name) < 2:
            continue
        seen.add(name)
        if text.count(name) < 2 or name.endswith("."):
            continue
        for m in re.finditer(rf"(?<![\w'’\-]){re.escape(name)}(?![\w\-])", text):
            if not overlaps(kept, *m.span()) and not overlaps(out, *m.span()):
                out.append(Found(f.kind, m.start(), m.end(), f.note))
    return out
