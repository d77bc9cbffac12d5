"""Columns of people's names that no heading the import knows names: a list headed
`Child` or `Young person` holds the children's names, and an import that left them
unread would protect no child (tester 15, F3).

A column the import does not read is *name-like* when nearly all its cells read as a
person's name: two to four words of letters (hyphens and apostrophes inside), each
capitalised, or `SURNAME, Forename`.  Such a column whose heading speaks of a child or a
name is refused (rename it and import again: nothing is stored until then); any other
(`Allocated FCA`, `Team manager`: staff, whom the import does not protect) is said, so
that a column of parties under an unexpected heading shows."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from store.errors import InvalidInputError

_PREFIXES = ("Mc", "Mac", "O'", "O’", "D'", "D’")
_INSIDE = "'’?\ufffd"
"""Marks a name's letters may hold: an apostrophe, and the '?' where a file saved in
Windows-1252 lost a letter it cannot hold ('Stępień' as 'St?pie?')."""


def _lower(part: str) -> bool:
    return bool(part) and all((c.isalpha() and c.islower()) or c in _INSIDE for c in part)


def _name_word(word: str) -> bool:
    """A word of a person's name in any alphabet: capitalised, letters after it in lower
    case ('Élodie', 'Wójcik', 'McAllister', "O'Neill", 'Whitmore-Lang')."""
    word = next((word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) > len(p)),
                word)  # fmt: skip
    first, *more = word.split("-")
    if not (first[:1].isalpha() and first[:1].isupper() and _lower(first[1:])):
        return False
    return all(_lower(m[1:] if m[:1].isupper() else m) for m in more)


def is_person(cell: str) -> bool:
    """Whether a cell reads as one person's name: two to four name words ('Forename
    (Middle) Surname'), or 'SURNAME, Forename (Middle)'."""
    if "," in cell:
        surname, _, given = cell.partition(",")
        parts = given.split()
        return bool(surname[:1].isupper() and 1 <= len(parts) <= 2
                    and all(c.isalpha() or c in _INSIDE + "-" for c in surname)
                    and all(map(_name_word, parts)))  # fmt: skip
    parts = cell.split()
    return 2 <= len(parts) <= 4 and all(map(_name_word, parts))


PLACES = re.compile(
    r"\b(?:Court|Courts|Centre|Center|Office|Team|Unit|Tribunal|Hub|Clinic|"
    r"Region|Area|Service|Services|North|South|East|West|Midlands)\b"
)
"""Words that make a capitalised phrase a place or a body, not a person."""
SHARE = 0.8
"""The share of a column's cells that must read as names."""
SCANNED = 200
"""The rows looked at (a list's first ones)."""
CHILD_WORDS = ("child", "young", "name", "subject", "cyp", "minor")
"""Words in a heading that say its names are children's (or parties'): refused unread."""


def name_like(cells: list[str], organisation: Callable[[str], bool] = lambda _: False) -> bool:
    """Whether nearly all of a column's (non-empty) cells read as people's names (and not
    as a body's: "Birmingham Family Court", "Kent County Council")."""
    cells = [" ".join(c.split()) for c in cells[:SCANNED] if c.strip()]
    if not cells:  # one row is enough: a late case alone (tester 29, F19)
        return False
    names = sum(is_person(c) and not PLACES.search(c) and not organisation(c)
                for c in cells)  # fmt: skip
    return names >= SHARE * len(cells)


def names_unread(header: list[str], fields: list[str], rows: list[list[str]],
                 personal: list[str], organisation: Callable[[str], bool] = lambda _: False,
                 ) -> list[str]:  # fmt: skip
    """The headings of the unread columns whose cells read as people's names (in
    column order), leaving out the columns never read as personal details."""
    out = []
    for i, heading in enumerate(header):
        if (i < len(fields) and fields[i]) or not heading.strip() or heading.strip() in personal:
            continue
        if name_like([r[i] for r in rows if i < len(r)], organisation):
            out.append(heading.strip())
    return out


def speaks_of_children(heading: str) -> bool:
    """Whether a heading says its column is children's (or someone's) names."""
    low = heading.lower()
    return any(w in low for w in CHILD_WORDS)


def refuse_unread_names(path: Path, columns: list[str]) -> None:
    """Refuse a list whose children's names sit under a heading the import does not read
    as names (`Name of young person`): imported, no child in it would be protected."""
    children = [h for h in columns if speaks_of_children(h)]
    if children:
        raise InvalidInputError(
            f"{path}: column {children[0]!r} holds people's names under a heading the import "
            f"does not read as names, so none of them would be protected; rename it 'Child "
            f"name' (or 'Applicant' or 'Respondent' for the parties) and import the list "
            f"again (nothing was imported)."
        )
