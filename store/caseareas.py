"""Reading a case list's service area cell, and naming the areas the first list creates
(domain.md 3.5).  No database here: `store.caselist` reads the cells, `store.caseimport`
the rows.

- The number: 'Area 6 - London South', 'Greater London North (Area 15b)', 'SW / Area 3',
  '03 South West', 'London South (6)', 'Region 3', 'Reg. 3', 'R3' (R for region), 'A07'
  (A for area); a region's label set off before it by a colon ('NORTH: Area 11 Greater
  Manchester') is no part of the name.
- The name: what is left of the cell, its brackets kept where they pair
  ('Region 15a London North (Enfield)' is 15a, 'London North (Enfield)').  The name an
  area takes is the spelling most of its rows give it, a longer one before a bare
  abbreviation ('South West' before 'SW', whichever more rows use).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from store.models import area_order

_CODE = r"0*([0-9]{1,3}[a-z]?)"
AREA_WORD = re.compile(
    rf"\b(?:(?:service\s*)?area|region|reg)\s*(?:no\.?|number|code)?\s*[:#.]?\s*{_CODE}\b",
    re.I,
)
"""'Area 6', 'Service area 15b', 'Area no. 03', 'Region 3', 'Reg. 3' anywhere in the cell."""
AREA_R = re.compile(rf"^\s*[ra]\s*{_CODE}\b(?![/.][0-9])", re.I)
"""A cell that starts with R for region or A for area and the number: 'R3', 'R12
Yorkshire', 'A07' (read in the area column only: 'R16.4' in a case type column is a
rule of court)."""
AREA_LEAD = re.compile(rf"^\s*{_CODE}\b(?![/.][0-9])", re.I)
"""A cell that starts with the number: '6', '6 - London South', '15B London'."""
AREA_TAIL = re.compile(rf"[\s(\[/,\-–—:][ra]?{_CODE}[)\]]?\s*$", re.I)
"""A cell that ends with it, R or A before it or not: 'London South 6', 'London South
(6)', 'Marches (R12)'."""
REGION_PREFIX = re.compile(r"[:|]\s*$")
"""Before an area's number, the end of a label the list sets off by a colon, as systems
group areas in regions ('NORTH: Area 11 Greater Manchester'): not part of the name
where the cell names the area after its number."""
_AREA_PUNCT = " \t-–—:/|,;"
_BRACKETS = (("(", ")"), ("[", "]"))
ABBREVIATION = re.compile(r"(?:[A-Z]\.?){1,3}")
"""A name that is a bare abbreviation: 'SW', 'LN', 'W.M.'."""


def _trimmed(part: str) -> str:
    """`part` without the punctuation and the unpaired brackets at its ends: what is
    left of 'Greater London North (Area 15b)' is 'Greater London North', and what is
    right of 'Region 15a London North (Enfield)' keeps its '(Enfield)'."""
    while True:
        before = part
        part = part.strip(_AREA_PUNCT)
        for opens, closes in _BRACKETS:
            if part.endswith(opens) or (
                part.endswith(closes) and part.count(opens) < part.count(closes)
            ):
                part = part[:-1]
            if part.startswith(closes) or (
                part.startswith(opens) and part.count(opens) > part.count(closes)
            ):
                part = part[1:]
        if part == before:
            return part


def area_in(cell: str) -> tuple[str, str] | None:
    """The service area a case list's cell names, as (code, name): 'Area 6 - London
    South', 'Greater London North (Area 15b)', 'SW / Area 3', '03 South West',
    'London South 6', 'R3'.  Leading zeros go ('Area 03' is area 3); the name is what is
    left of the cell, its brackets paired (empty when the cell gives the number only).
    None when no number."""
    for pattern in (AREA_WORD, AREA_R, AREA_LEAD, AREA_TAIL):
        m = pattern.search(cell)
        if m:
            rest = (_trimmed(cell[: m.start()]), _trimmed(cell[m.end() :]))
            if all(rest) and REGION_PREFIX.search(cell[: m.start()]):
                rest = ("", rest[1])  # 'NORTH: Area 11 Greater Manchester': a region's label
            name = " ".join(part for part in rest if part)
            return m.group(1).lower(), re.sub(r"\s+", " ", name)[:80]
    return None


def is_abbreviation(name: str) -> bool:
    """Whether an area's name is only an abbreviation ('SW'), a poor name for a report."""
    return bool(ABBREVIATION.fullmatch(name.strip()))


def area_name(spellings: Counter[str]) -> str:
    """The name most rows give an area ('Devon and Cornwall' over a lone 'SW'), ties to
    the first met, a spelling in words before a bare abbreviation however many rows use
    it ('South West' over 'SW'), and in the commonest spelling that is not all capitals
    where one exists ('London South' over 'LONDON SOUTH')."""
    worded = Counter({s: n for s, n in spellings.items() if not is_abbreviation(s)})
    spellings = worded or spellings
    votes: Counter[str] = Counter()
    for spelling, rows in spellings.items():
        votes[spelling.casefold()] += rows
    winner = max(votes, key=lambda folded: votes[folded])  # first met wins a tie
    forms = [(rows, not spelling.isupper(), spelling) for spelling, rows in spellings.items()
             if spelling.casefold() == winner]  # fmt: skip
    return max(forms, key=lambda form: (form[1], form[0]))[2]


AREA_WORDS = {"sth": "south", "nth": "north", "gtr": "greater", "ldn": "london", "lndn": "london",
              "hants": "hampshire", "iow": "isle wight", "oxon": "oxfordshire",
              "salop": "shropshire", "northants": "northamptonshire"}  # fmt: skip
"""Words staff shorten in an area's name other than by its first letters ('Sth West',
'Gtr Manchester', 'LDN South', 'Hants & IoW'), read in full (little words left out)."""


ELIDED = re.compile(r"\b([a-z])['’]([a-z]{2,})\b")
"""A word staff write with its middle left out ('N'hampton', 'B'ham', 'W'ton')."""


def _words(name: str, kept: tuple[str, ...] = ()) -> list[str]:
    """A name's words in lower case, little words left out (but those `kept`),
    shortened words in full; an elided word as its first letter and end ('n'hampton')."""
    return [part for w in re.findall(r"[a-z]'[a-z]{2,}\b|[a-z]+", ELIDED.sub(r"\1'\2", name.lower()))
            if w not in ("and", "of", "the") or w in kept
            for part in AREA_WORDS.get(w, w).split()]  # fmt: skip


def initials(name: str) -> str:
    """'South West' -> 'sw', 'Yorkshire and Humber' -> 'yh': the abbreviation a list
    writes for a name of several words (little words left out)."""
    parts = _words(name)
    return "".join(w[0] for w in parts) if len(parts) > 1 else ""


def initials_of(name: str) -> set[str]:
    """A name's initials as lists write them: without its little words ('ee' for East of
    England), and with the 'of' written small ('EoE', 'IoW': 'eoe'; tester 24, F3)."""
    with_of = _words(name, ("of",))
    keys = {initials(name), "".join(w[0] for w in with_of) if len(with_of) > 2 else ""}
    return keys - {""}


def _shortens(short: str, word: str) -> bool:
    """Whether a list's word stands for a name's word: the word itself, its first three
    letters or more ('Glouc'), those with an s ('Yorks', 'Mids', 'Staffs', 'Glos'), or
    its first letter beside other words ('W Mids')."""
    if short == word or (len(short) == 1 and word.startswith(short)):
        return True
    if "'" in short:  # 'n'hampton' for 'northamptonshire': its first letter, then its end
        first, end = short.split("'")
        return word.startswith(first) and end in word[1:]
    stem = short[:-1] if len(short) >= 4 and short.endswith("s") else short
    return len(stem) >= 3 and len(word) > len(stem) and word.startswith(stem)


def shortened(cell: str, names: dict[str, str]) -> str | None:
    """The code of the one area whose name `cell` shortens word by word, in order
    ('Yorks' for 'Yorkshire and Humber', 'W Mids' for 'West Midlands'; names: name ->
    code); where several fit, the one whose every word the cell gives ('Mids' for
    'Midlands' beside 'West Midlands'); a letter alone ('E') only for a name of one
    word ('East').  None when none fits, or several do ('Mids' with East and West
    Midlands alone).  A cell that fits none is read again without what a case system
    adds to an area's name: a bracketed part and a last word such as Team ('NEWHAM
    TEAM', 'Newham (E)': tester 32, F1)."""
    found = _fitting(_words(cell), names)
    plain = _undecorated(cell)
    if found is None and plain != cell:
        found = _fitting(_words(plain), names)
    return found


DECORATION = frozenset({"team", "teams", "service", "services", "office", "hub", "locality",
                        "unit", "patch"})  # fmt: skip
"""Words a case system writes after an area's name ('NEWHAM TEAM', 'Brent Hub')."""


def _undecorated(cell: str) -> str:
    """`cell` without a bracketed part and its last words that only say what kind of
    place it is ('Newham (E)' -> 'Newham', 'NEWHAM TEAM' -> 'NEWHAM')."""
    words = re.sub(r"[(\[][^)\]]*[)\]]", " ", cell).split()
    while len(words) > 1 and words[-1].lower().strip(".,;:") in DECORATION:
        words.pop()
    return " ".join(words)


def _fitting(cell_words: list[str], names: dict[str, str]) -> str | None:
    """`shortened` for a cell's words."""
    if not cell_words:
        return None
    letters = all(len(w) == 1 for w in cell_words)  # 'E': a one-word name's letter only
    fits = [(code, len(words)) for name, code in names.items()
            if (words := _words(name)) and _in_order(cell_words, words)
            and not (letters and len(words) > len(cell_words))]  # fmt: skip
    found = {code for code, _ in fits}
    if len(found) > 1:  # 'Mids' for 'Midlands' before 'West Midlands': every word given
        found = {code for code, n in fits if n == len(cell_words)}
    return found.pop() if len(found) == 1 else None


def area_named(text: str, names: dict[str, str]) -> str | None:
    """The code of the one area (`names`: code -> name) that `text` names as a list or a
    lead writes it: by its initials ('SW', 'EoE') or its name's words shortened
    ('Yorks', 'Gtr Manchester'); None when it names none, or several."""
    key = re.sub(r"[^0-9a-z]", "", text.casefold())
    by_initials = [code for code, name in names.items() if name and key in initials_of(name)]
    if len(by_initials) == 1:
        return by_initials[0]
    return shortened(text, {name: code for code, name in names.items() if name})


def _in_order(short: list[str], name: list[str]) -> bool:
    """Whether each of `short` stands for a word of `name`, in the name's order, or,
    giving every word of the name, in another order ('Sth London' for London South)."""
    at = 0
    for word in name:
        if at < len(short) and _shortens(short[at], word):
            at += 1
    if at == len(short):
        return True
    left = list(name)
    for part in short if len(short) == len(name) > 1 else ():
        match = next((w for w in left if _shortens(part, w)), None)
        if match is None:
            return False
        left.remove(match)
    return not left


@dataclass
class LearntAreas:
    """The names of the areas the inspection has and, on the first list, the names the
    rows giving an area's number give it ('Area 3 South West'), and those names'
    initials, where no two areas share them: a row giving the name or the initials alone
    ('South West', 'SW') is read as that area, not refused, and the import says which
    cells it read so."""

    names: dict[str, str] = field(default_factory=dict)  # name -> code
    short: dict[str, str] = field(default_factory=dict)  # initials -> code
    read: dict[str, str] = field(default_factory=dict)  # cell read so -> code
    rows: Counter[str] = field(default_factory=Counter)  # cell read so -> its rows

    @classmethod
    def from_cells(cls, cells: list[str], read: Callable[[str], tuple[str, str] | None],
                   known: dict[str, str] | None = None) -> LearntAreas:  # fmt: skip
        """From the list's area cells, each read (`read`: the cell's (number, name)), and
        the names of the areas the inspection has already (`known`: code -> name)."""
        numbered: dict[str, Counter[str]] = {
            code: Counter({name: 1}) for code, name in (known or {}).items() if name
        }
        for cell in cells:
            found = read(cell)
            if found and found[1]:
                numbered.setdefault(found[0], Counter())[found[1]] += 1
        names: dict[str, str] = {}
        for code, spellings in numbered.items():
            for name in spellings:
                names[name] = code if names.get(name, code) == code else ""
        short: dict[str, str] = {}
        for name, code in names.items():
            for key in initials_of(name) if code else ():
                short[key] = code if short.get(key, code) == code else ""
        return cls({n: c for n, c in names.items() if c}, {k: c for k, c in short.items() if c})

    def code(self, cell: str, by_name: Callable[[str, dict[str, str]], str | None]) -> str | None:
        """The area a name-only cell names (`by_name` matches a cell to known names:
        code -> name), by its initials or by shortened words ('Yorks'), counted as read
        so."""
        if not self.names or not cell:
            return None
        found = (
            by_name(cell, {c: n for n, c in self.names.items()})
            or self.short.get("".join(ch for ch in cell.lower() if ch.isalpha()))
            or shortened(cell, self.names)
        )
        if found:
            self.note(cell, found)
        return found

    def by_code(self) -> dict[str, str]:
        """The names learnt, code -> name (one name an area: the first learnt), for a
        misspelt name's hint on the first list ('Greater Manchster' beside rows giving
        'Area 3 - Greater Manchester': tester 21, F10)."""
        out: dict[str, str] = {}
        for name, code in self.names.items():
            out.setdefault(code, name)
        return out

    def note(self, cell: str, code: str) -> None:
        """Count a cell read as an area by a name given another way."""
        self.read[cell] = code
        self.rows[cell] += 1


def unknown_area(cell: str, areas: dict[str, str], grouped: bool) -> str:
    """Why `cell` names no area, with this inspection's own areas (code -> name) as the
    hint; `grouped`: the list looks like a grouped sheet's (`store.casegroups`)."""
    if not cell and grouped:
        return ("the service area is empty (the list looks grouped: each area written "
                "once, on the first row of its group; import with --fill-down to read an "
                "empty cell as the area above it, or fill the column down in the "
                "spreadsheet)")  # fmt: skip
    if not cell:
        return "the service area is empty"
    if not areas and any(ch.isdigit() for ch in cell):
        return ("the area's number could not be read in {values} (write it as Area 3, R3 "
                "or 3, map it with --map, or add the areas first with 'fieldwork areas "
                "add DB CODE --name NAME', so that their names are read)")  # fmt: skip
    if not areas:
        return ("no service area number in {values} (write the area's number in the cell, "
                "map it with --map, or add the areas first with 'fieldwork areas add DB "
                "CODE --name NAME', so that their names are read)")  # fmt: skip
    known = ", ".join(f"{c} ({areas[c]})" if areas[c] else c
                      for c in sorted(areas, key=area_order))  # fmt: skip
    return (f"service area {cell!r} is not one of this inspection's areas, which are "
            f"{known}: write its number, map it with --map, or add the area first with "
            f"'fieldwork areas add DB CODE --name NAME'")  # fmt: skip


def named_otherwise(
    spellings: dict[str, Counter[str]], areas: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """Areas the inspection has whose name most of a later list's rows spell otherwise
    ('Area 3 - South West and Dorset' for South West: tester 18, F11), code -> (the
    list's name, the inspection's); an abbreviation or a shortening of the area's name ('SW', 'Yorks') is no other
    name.  `spellings`: code -> the names the list's numbered rows give it -> rows."""
    out: dict[str, tuple[str, str]] = {}
    for code, said in spellings.items():
        name = area_name(said)
        own = areas.get(code, "")
        most = sum(n for s, n in said.items() if s.casefold() == name.casefold())
        if (
            own
            and 2 * most > sum(said.values())
            and _words(name) != _words(own)
            and not is_abbreviation(name)
            and initials(own) != "".join(_words(name))
            and shortened(name, {own: code}) != code
        ):
            out[code] = (name, own)
    return out
