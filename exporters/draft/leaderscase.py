"""A claim about the leadership resting on case files alone says what the files show,
never what leaders do (issue 15, tester 34's A18: "File evidence shows that leaders make
sure that diversity and identity are considered well. [One case only: check before use]"
from one case note on one practitioner's good work with a child's faith and routine).

A case file shows the work on that case, not what leaders make sure of, train staff in
or give a high profile: where a claim on a leadership criterion about the service
(criteria.toml `theme` "leadership", `about` "service") rests only on notes about cases
(none about an area or the organisation), its wordings are those of its criterion that
name none of leaders' part (rests.toml [case_only] `leaders_words`, whole words, any
case): "children's diversity and identity are given good attention".  Its tallies,
trace and markers stay as they are.  A criterion whose every wording names leaders is
left as it is (`casepractice.as_practice` says the oversight criteria as the work on
their kind of case).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from exporters.draft.data import DraftData
from exporters.draft.wording import wording_table

if TYPE_CHECKING:
    from exporters.draft.tallies import Claim


@cache
def _leaders() -> re.Pattern[str]:
    words = wording_table("rests.toml")["case_only"]["leaders_words"]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def _practice(ws: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in ws if not _leaders().search(w))


def files_only(d: DraftData, claim: Claim) -> Claim:
    """The claim with its wordings naming leaders' part left out where it is about the
    leadership and rests on case files alone (see the module docstring); else as it is."""
    w, t = claim.words, claim.tally
    if claim.by_cases or w.theme != "leadership" or w.about != "service" or not t.views:
        return claim
    if t.wide_pos or t.wide_neg or any(not d.case[i] for i in t.hedged):
        return claim
    strength, weakness = _practice(w.strength), _practice(w.weakness)
    if not strength or not weakness or (strength, weakness) == (w.strength, w.weakness):
        return claim
    words = replace(
        w, strength=strength, weakness=weakness, defining=w.vocabulary,  # relevance as before
        strength_general=_practice(w.strength_general) or strength[-1:],
        weakness_general=_practice(w.weakness_general) or weakness[-1:],
    )  # fmt: skip
    return replace(claim, words=words)
