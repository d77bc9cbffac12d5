"""A note's sentence that speaks beyond the area is no finding about the area (issue
15, case18; tester 17's F14 (f)).

Tester 17's Area 9 drafted, as a finding about the area, an inspector's working note on
one file: "Inspectors agree the practice is strong (good rather than outstanding): the
audit here is accurate, unlike the audits seen in other areas."  The comparison with
other areas rests on what inspectors saw elsewhere, not on this area's evidence, and
the one file cannot bear it.

In an area section, a sentence of a note that names another area (its code, "Area 4",
or its name) or speaks of the areas, the service or the inspection as a whole
(`scope.toml` `beyond`: "other areas", "elsewhere", "across the service") is not taken
as the note's finding, an example or what its source said (`examples.finding`,
`onesource.reported`); it stays in the comment's excerpts.  A national section reads
it as any other sentence.
"""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.data import DraftData
from exporters.draft.fitting import has_any_words
from exporters.draft.wording import wording_table

_AREA_CODE = re.compile(r"\bAreas?\s+(\d+[a-z]?)\b", re.IGNORECASE)


@cache
def beyond_words() -> tuple[str, ...]:
    """`scope.toml` `beyond`."""
    return tuple(str(w) for w in wording_table("scope.toml")["beyond"])


def beyond(data: DraftData, areas: tuple[str, ...], sentence: str) -> bool:
    """Whether `sentence`, in the section of `areas`, speaks beyond them: of another
    area by code or name, or of the areas, the service or the inspection as a whole.
    Never in a national section (`areas` empty)."""
    if not areas:
        return False
    mine = {a.lower() for a in areas}
    if any(m.group(1).lower() not in mine for m in _AREA_CODE.finditer(sentence)):
        return True
    for a in data.areas:  # a name as written, capitals and all ("Marches", not "marches")
        name = (a.name or "").strip()
        if a.code.lower() not in mine and len(name) > 3 and re.search(
            rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence
        ):  # fmt: skip
            return True
    return has_any_words(sentence, beyond_words())
