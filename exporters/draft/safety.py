"""Which criteria are about keeping children safe from harm (`safety_criteria`): those
`criteria.toml` marks `safety = true` (the response to safeguarding concerns), not the
rest of the framework's group on safeguarding and promoting welfare, which also holds
the advice to the court, representation and information for families.

A finding headed "safeguarding" (a key finding's "Safeguarding practice is not yet
strong enough: ...") and the grade check's rule that safeguarding failing in most of
its cases disputes a good grade rest on these only: tester 18's letters to children
(information for families) were headed "Safeguarding practice", and three cases
without a letter disputed a good grade as if children had been left at risk.
"""

from __future__ import annotations

from functools import cache

from exporters.draft.wording import wording_table
from store.framework import Framework


@cache
def _marked(key: str = "safety") -> frozenset[str]:
    """The criteria `criteria.toml` marks `key = true`."""
    raw = wording_table("criteria.toml")
    return frozenset(k for k, v in raw.items() if isinstance(v, dict) and v.get(key))


def safety_criteria(framework: Framework) -> frozenset[str]:
    """The framework's criteria on keeping children safe: those marked in
    `criteria.toml`, or, for a framework with none of them (a team's own ids), those of
    a criterion group whose name speaks of safeguarding."""
    ids = {c.id for c in framework.criteria}
    marked = _marked() & ids
    if marked:
        return frozenset(marked)
    groups = {g for g, name in framework.criterion_groups.items() if "safeguard" in name.lower()}
    return frozenset(c.id for c in framework.criteria if c.group in groups)


def risk_criteria(framework: Framework) -> frozenset[str]:
    """The framework's criteria `criteria.toml` marks `safety_first = true`: not the
    response to safeguarding concerns, but a weakness in them leaves risks to the child
    unseen (initial risk assessment).  An area section opens on such a weakness where
    it holds in at least half of the cases counted either way (`safefirst`, tester 27's
    A13); the grade check and the key findings' heading on safeguarding do not count
    them (`safety_criteria`)."""
    return _marked("safety_first") & {c.id for c in framework.criteria}
