"""Which national section says the stakeholders' whole view (issue 15, tester 13: under
the 2013 framework the same groups' views were said in four places, reworded each time,
partner agencies "mixed", "split", "divided" and "praising" about the same board).

A group's whole view (every record from its interviews, `viewpools`) is said in the
body once.  Where more than one national section would say it (two practice judgements
counting the national sample, as under the 2013 framework), the section that owns
partnership working says it: the national judgement the framework links the most
partnership criteria to (leadership and governance under the 2013 framework), the first
of those counting the whole view where none is linked to any.  The other national
sections say no views of their own (a section on one law type still says its own
records' views, and an area its own).  The key findings then say only which groups
speak well of the service and which are critical (`stakeholders.headline`).  A framework with one such section (the 2018 framework's
local services) is unchanged.
"""

from __future__ import annotations

from collections import Counter

from exporters.draft.data import DraftData
from store.framework import JudgementDef

SECTION = "judgement|"  # the key prefix of a national judgement's pool (`sections`)
WHOLE_KINDS = ("practice", "local")  # sections counting the national sample, or every area


def _national(d: DraftData) -> list[JudgementDef]:
    return [j for j in d.framework.judgements if not j.overall and j.scope == "national"]


def whole_view_owner(d: DraftData) -> str | None:
    """The national judgement whose section alone says the whole view; None where at
    most one section would say it (nothing to choose)."""
    w = d.words
    national = _national(d)
    whole = [j for j in national
             if not w.kind_law_types.get(w.judgement_kind(j)) and w.judgement_kind(j) in WHOLE_KINDS]  # fmt: skip
    if len(whole) < 2:
        return None
    links: Counter[str] = Counter()
    for c in d.framework.criteria:
        if w.criterion(d.framework, c.id).theme == "partners":
            links.update(c.judgements)
    best = max((links[j.id] for j in national), default=0)
    if not best:
        return whole[0].id
    return next(j.id for j in national if links[j.id] == best)


def says_views(d: DraftData, key: str) -> bool | None:
    """For a national section's pool (`key` "judgement|J13-1"): True where it says the
    whole view, False where it says none, None where the rule does not apply (no choice
    to make, or not a national section)."""
    if not key.startswith(SECTION):
        return None
    owner = whole_view_owner(d)
    if owner is None:
        return None
    return key.removeprefix(SECTION).split("|", 1)[0] == owner  # its weighing pool too
