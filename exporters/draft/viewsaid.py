"""Whether a stakeholder's own point, said after the section's views sentence, says more
than that sentence said of them (issue 15, tester 24's A12: "... one partner
organisation spoke well of joint working with the service." and two sentences later
"The same organisation told inspectors that joint working with Cafcass is good.").

A person's own sentence is said only where what they said (after "told inspectors" or
"said") adds at least two content words to what the views sentence said of
their group: none of the subjects the clause named, whose work it is ("guardians"), the
organisation's name, or words saying only how good or poor something is (`voices.toml`
[regard]: "good", "positive", "late").
"""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.regardlists import word_lists
from exporters.draft.relevance import stems
from exporters.draft.stakeholders import said_sides
from exporters.draft.tallies import Pool

# What a person's own point must add to the views sentence, in content words: two (a
# point naming where or to what, "reach children's reviews too late to be used", adds).
_ADDS = 2

# Who spoke and to whom, in a person's own sentence, and whose work it is about.
_PLAIN = (
    "same inspectors told said spoke organisation representative agency partner guardian "
    "guardians practitioner practitioners adviser advisers"
)


def repeats_view(pool: Pool, i: int, text: str, law: str = "", area: str = "") -> bool:
    """Whether `text`, record `i`'s own point, says nothing its group's clause in the
    section's views sentence did not (`said_sides`); False where that sentence does not
    say record `i`'s view."""
    for _names, _side, records, subjects in said_sides(pool, law, area):
        if i in records:
            said = stems(" ".join(subjects))
            break
    else:
        return False
    point = _TOLD.split(text, maxsplit=1)[-1]  # what they said, not who said it
    new = stems(point) - said - _plain() - stems(pool.data.inspection.organisation)
    return len(new) < _ADDS


# Where a person's own sentence turns from who spoke to what they said.
_TOLD = re.compile(r"\b(?:told|tells) inspectors(?: that)?\b|\b(?:said|says)(?: that)?\b")


@cache
def _plain() -> frozenset[str]:
    """The stems of words saying who spoke, and of [regard]'s one-word cues."""
    lists = word_lists()
    cues = " ".join(p[0] for p, kind in lists.kinds.items() if len(p) == 1 and kind != "neutral"
                    and p[0].isalpha())  # fmt: skip
    return frozenset(stems(f"{_PLAIN} {cues}"))
