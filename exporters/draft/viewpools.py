"""Whose records a sentence about stakeholders' views counts (issue 15: one group, one
view per draft).

A group's view (judges and magistrates, local authority staff, partner agencies) is
counted once per draft, from **every strength or development record from its own
interviews**, whatever the record is about: a case read (not one replaced in the
sample), a visited area, or the organisation; a hedged strength (a plan not yet in
effect) counts neither way.  Its balance, praise against criticism, is the group's
`lean` ("for", "against" or "even") everywhere in the draft, each record weighed by its
own words (`viewgroup.Group.weights`: a note that both praises and criticises
counts partly each way, so one qualified remark never turns a group's view).

The key findings and the national sections that are not about one law type or only
the organisation's own records say this whole view, naming no narrower pool; where
several national sections would, only the one owning partnership working says it, in the
key findings' clauses (`viewowner`).  A section
about one area ("in Area 10"), one law type ("in public law cases") or the
organisation's records alone ("at national level") counts its own records and names
them; where a group's records there lean otherwise than its whole view, the clause says
how they compare ("were less positive than elsewhere, raising concerns about ..."),
never the opposite balance: the same group is never said to be mostly positive in one
place and mostly critical in another (`compared`).  How the comparison is worded:
`voices.toml` [views] `less_positive`, `more_positive` and [view_pools].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from exporters.draft.data import DraftData
from exporters.draft.national import leadership_notes
from exporters.draft.tallies import Pool
from exporters.draft.viewowner import says_views
from exporters.draft.viewparts import names_law
from exporters.draft.wording import wording_table
from store.framework import DraftingRules


@cache
def _pools() -> dict[str, Any]:
    return dict(wording_table("voices.toml")["view_pools"])


@dataclass(frozen=True)
class Scope:
    """The records a views sentence counts, and how it names them: `within` the phrase
    after "Among stakeholders" ("in Area 6"; "" for the whole view), `elsewhere` what a
    comparison is made with ("than elsewhere"), `narrow` whether it is narrower than
    the whole view."""

    records: list[int]
    within: str
    elsewhere: str
    narrow: bool


@cache
def _margin() -> float:
    return float(wording_table("voices.toml")["view_balance"]["margin"])


def balance_kind(pos: float, neg: float, rules: DraftingRules | None = None) -> str:
    """What a group's records say, `pos` praising and `neg` criticising: "for" (praise
    only), "against" (criticism only), "even" (as many each way), "mostly_for" or
    "mostly_against" (both, one side clearly the commoner), or "divided" (both, neither
    clearly the commoner: four to three is no "mostly").  The one weighing of a group's
    view: the clause says it and the sentence's direction follows it (`stakeholders`).
    One side is clearly the commoner where it has at least `voices.toml` [view_balance]
    `margin` times the other's records, or where the framework's `rules` say the group
    is positive (under `stakeholder_positive_below` of its records critical) or critical
    (over `stakeholder_critical_above` of them)."""
    if not neg or not pos:
        return "for" if not neg else "against"
    if pos == neg:
        return "even"
    share = neg / (pos + neg)
    if neg >= _margin() * pos or (rules is not None and share > rules.stakeholder_critical_above):
        return "mostly_against"
    if pos >= _margin() * neg or (rules is not None and share < rules.stakeholder_positive_below):
        return "mostly_for"
    return "divided"


def lean(pos: float, neg: float, rules: DraftingRules | None = None) -> str:
    """A balance of praise (`pos`) against criticism (`neg`): "for", "against" or
    "even" (as many each way, or no clear margin: `balance_kind`)."""
    kind = balance_kind(pos, neg, rules)
    return kind.removeprefix("mostly_") if kind not in ("even", "divided") else "even"


def whole_records(d: DraftData, sources: Sequence[str]) -> list[int]:
    """Every record from the given stakeholders' interviews that the draft may count:
    about the organisation, an area, or a case that was not replaced in the sample."""
    read = d.national_cases
    return sorted(i for s in sources for i in d.by_source.get(s, ())
                  if not d.case[i] or d.case[i] in read)  # fmt: skip


def scope(pool: Pool, law: str, area: str) -> Scope:
    """The records a section's views sentence counts and how it names them (see the
    module docstring): an area's own (`area`: "Area 6"), a law type's (its cases and
    the records about an area or the organisation that name it: `about_law`), the
    organisation's records alone for a section that counts only those; else the whole
    view."""
    d = pool.data
    sources = sorted(d.words.partner_quotes)
    names = _pools()
    if pool.areas:
        return Scope(pool.of_sources(sources), f"in {area}", names["elsewhere_area"], True)
    # One national section says the whole view where several would (`viewowner`).
    owner = None if law else says_views(d, pool.key)
    if owner is not None:
        return Scope(whole_records(d, sources) if owner else [], "", "", False)
    if law:
        records = sorted({*pool.of_sources(sources), *about_law(pool, law)})
        label = d.framework.law_type_label(law).lower()
        return Scope(records, names["law"].format(law=label), names["elsewhere"], True)
    national = set(d.national)
    if not pool.case_ids and all(i in national for i in pool.wide):
        records = pool.of_sources(sources)
        if not _otherwise_elsewhere(d, records, sources):
            return Scope(records, names["national"], names["elsewhere"], True)
    return Scope(whole_records(d, sources), "", "", False)


def _otherwise_elsewhere(d: DraftData, records: list[int], sources: Sequence[str]) -> bool:
    """Whether a group's records about the organisation lean as its whole view does
    while its others (about an area or a case) lean the other way (kf33, tester 32's
    F9: judges "positive about the timeliness of reports" at national level, where a
    judge in Area 3 was critical of it): no comparison with the whole view would say so
    (`compared`), so the section says the group's whole view, never a national one the
    areas' contradict.  Where the national records lean otherwise than the whole view,
    the comparison says it ("less critical than in the inspection as a whole")."""
    here = set(records)
    for source in sources:
        mine = whole_records(d, [source])
        parts = ([i for i in mine if i in here], [i for i in mine if i not in here], mine)
        sides = []
        for part in parts:
            pos = sum(d.polarity[i] == "strength" and i not in d.hedged for i in part)
            neg = sum(d.polarity[i] == "development" for i in part)
            sides.append(lean(pos, neg, d.rules) if pos or neg else "")
        national, rest, whole = sides
        if national and rest and national == whole != rest:
            return True
    return False


def compared(whole: str, pos: float, neg: float, rules: DraftingRules | None = None) -> str:
    """How a group's records in a narrower pool are said beside its whole view
    (`whole`, its lean): "" where they lean the same way (said as they are), else
    "less_positive" or "more_positive"."""
    here = lean(pos, neg, rules)
    if here == whole:
        return ""
    order = ("against", "even", "for")
    return "less_positive" if order.index(here) < order.index(whole) else "more_positive"


def about_law(pool: Pool, law: str) -> list[int]:
    """Stakeholders' records about an area or the organisation (no case) that name the
    law type (its label, "public law", or one of its cues: `viewparts.law_words`), but
    for those about the leaders (`national.leadership_notes`): a judge's remark about
    leaders is the leadership sections' to say.  A note naming two law types belongs to
    both sections, each reading its own part (`viewparts.law_view`)."""
    d = pool.data
    w = d.words
    wide = [*d.national, *(i for evs in d.area_level.values() for i in evs)]
    mine = [i for i in wide if d.source[i] in w.partner_quotes]
    leaders = leadership_notes(d, mine)  # the leadership sections' (`national`)
    mine = [i for i in mine if i not in leaders]
    texts = d.texts(mine)
    return [i for i in mine if names_law(d, texts[i].text, law)]
