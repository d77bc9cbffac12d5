"""A claim on a criterion of leaders' oversight of a kind of case, resting on notes
about cases alone, said as the work on that kind of case (drafting.toml
[case_files_show_practice]).

Tester 13 (cafcass-2013): Area 4's section opened "The case file inspectors read
reflects well on leaders' oversight of secure accommodation applications" from one
case's note on its report's analysis.  A case file shows the practice in that kind of
case, not what leaders oversee: such a claim keeps its criterion, tallies and trace,
and only its words change ("the work on secure accommodation applications"), with no
line on what it means for children (the criterion's impact lines speak of leaders'
oversight).  Where the notes speak of a particular aspect of the work (criteria.toml
[subjects]: its timeliness, its quality), those words are said (`subjects.following`,
after this).  Applied where the claim is made (`tallies`), so that every sentence,
list and improvement point naming the claim agrees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from exporters.draft.data import DraftData
from exporters.draft.tables import drafting_table

if TYPE_CHECKING:
    from exporters.draft.tallies import Claim


@cache
def _table() -> dict[str, Any]:
    return drafting_table("case_files_show_practice")


def about_cases_alone(d: DraftData, evs: Sequence[int]) -> bool:
    """Whether every one of the records is about a case (none about an area or the
    organisation): what they show is practice in cases."""
    return bool(evs) and all(d.case[i] for i in evs)


def _kind(d: DraftData, criterion: str) -> str:
    """The kind of case a criterion names, as its LGS wording takes it (words.py)."""
    try:
        text = d.framework.criterion(criterion).text.strip().rstrip(".")
    except KeyError:
        return ""
    return text.split(":", 1)[0].split("(", 1)[0].strip()


def as_practice(d: DraftData, claim: Claim) -> Claim:
    """The claim said as the work on its kind of case where its criterion is listed,
    it is about the service and every record it rests on is about a case (its tally
    counts cases and no record about an area or the organisation); else as it is."""
    t, tally = _table(), claim.tally
    if claim.by_cases or claim.criterion not in t["criteria"] or not tally.views:
        return claim
    if tally.wide_pos or tally.wide_neg or any(not d.case[i] for i in tally.hedged):
        return claim
    kind = _kind(d, claim.criterion)
    if not kind:
        return claim

    def said(xs: Sequence[str]) -> tuple[str, ...]:
        return tuple(x.format(kind=kind) for x in xs)

    words = replace(
        claim.words, topic=str(t["topic"]).format(kind=kind), noun=str(t["noun"]).format(kind=kind),
        strength=said(t["strength"]), weakness=said(t["weakness"]),
        strength_general=said(t["strength"]), weakness_general=said(t["weakness"]),
        impact=(), weak_impact=(), improve=str(t["improve"]).format(kind=kind), improve_plain="",
    )  # fmt: skip
    return replace(claim, words=words)


def on_one_case(d: DraftData, evs: Sequence[int]) -> bool:
    """Whether some records are the notes of one case alone (tester 13: Area 6's "In
    the case file inspectors read, leaders' oversight of applications for leave to
    remove ... comes out well" had no "[One case only]" marker, where a claim about
    cases on one case has it)."""
    return about_cases_alone(d, evs) and len({d.case[i] for i in evs}) == 1


def one_case_marked(d: DraftData, text: str, evs: Sequence[int]) -> str:
    """A sentence about the service (never a share of cases: that has its own marker)
    with drafting.toml's one-case marker after it where it rests on one case's notes
    alone and no other marker is on it already."""
    if not on_one_case(d, evs) or text.rstrip().endswith("]"):
        return text
    return f"{text} {d.words.text['single_case_marker']}"
