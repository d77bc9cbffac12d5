"""A claim about cases that every case with a view goes against, said plainly.

"In all of the cases ..., the file does not show effective oversight by managers" reads
as "not in every case" (an independent lead, of none of eight cases): where every case
with a view (two at least) goes against a criterion, the claim is said as none of them
showing the strength ("None of the eight cases ... shows that managers oversee the work
well"), in the criterion's general strength wordings (no case bears out a particular
one); two cases are "neither".  A share of all for a criterion stays "all": "In all of
the cases, reports are analytical" is read one way only.  The frames are data
(`drafting.toml`, [frames.cases] `none_side`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from exporters.draft.tallies import Claim
from exporters.draft.words import capitalise, number_text


def side(claim: Claim) -> str:
    """ "none" where every case with a view (two at least, none mixed) goes against the
    claim's criterion, else ""."""
    t = claim.tally
    if not claim.by_cases or t.views < 2 or t.mixed or claim.direction != "against":
        return ""
    return "none" if len(t.neg) == t.views else ""


def frames(
    claim: Claim, family: Mapping[str, tuple[str, ...]]
) -> tuple[tuple[str, ...], None] | None:
    """The claim's frames where every case goes against it (and no near-even split's
    echo frames), else None."""
    whole = side(claim)
    return (family[f"{whole}_side"], None) if whole else None


def fill(claim: Claim) -> dict[str, str]:
    """The frames' words for the cases: {none_of} ("none of the eight cases", "neither
    of the two cases") and {None_of}."""
    n = claim.tally.views
    none = "neither of the two cases" if n == 2 else f"none of the {number_text(n)} cases"
    return {"none_of": none, "None_of": capitalise(none)}


def general(claim: Claim) -> tuple[str, ...]:
    """The strength wordings a "none" claim is said in: the criterion's general ones (no
    case bears out a particular one); empty for any other claim (its own are used)."""
    return tuple(claim.words.strength_general) if side(claim) == "none" else ()


_TWICE = re.compile(r"(?i)\bevidence\b.*\bis there evidence\b|\bshows that\b.*\bshows\b")


def twice(sentence: str) -> bool:
    """Whether a sentence says its frame's word again in its clause ("In none of the
    three cases with evidence on ... is there evidence that ...", "None of the cases
    ... shows that the file shows ...")."""
    low = sentence.casefold()  # most sentences have neither: the search is for those that do
    if "is there evidence" not in low and "shows that" not in low:
        return False
    return bool(_TWICE.search(sentence))
