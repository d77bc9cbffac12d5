"""A plan said not to exist is read by its grammar, not only from a list of phrases
(issue 15, session 16's open point: the plan-scope rule was a word list): "no" or
"without a" before a noun of planning says what the plan leaves out, whatever words
come between ("no written action plan for public law").

Inspections written here by hand under the 2021 framework, in words of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.leadersrest import wording
from exporters.draft.planscope import Scope, scope
from exporters.model import ReportModel
from tests.export.small import Small

PRIVATE_PLAN = "The improvement plan for private law sets out faster screening and two new teams."


@pytest.mark.parametrize(
    ("gap", "want"),
    [
        ("There is no written action plan for public law practice, and heads of service know it.", Scope(("private",), ("public",))),
        ("Leaders are working without a strategy on public law delay.", Scope(("private",), ("public",))),
        ("No change programme covers public law; leaders call it stable.", Scope(("private",), ("public",))),
        # not a plan said not to exist: a plan for public law, and nothing left out
        ("The public law recovery plan has no effect on delay yet.", Scope(("private", "public"), ())),
        # "no delay" is no plan said not to exist: a note on the whole service's plan
        ("No delay was seen in the plan's first month.", Scope((), ())),
    ],
)  # fmt: skip
def test_a_plan_said_not_to_exist(gap: str, want: Scope) -> None:
    assert scope(wording(), [PRIVATE_PLAN, gap]) == want


def test_the_leaders_section_says_what_the_plan_leaves_out(tmp_path: Path) -> None:
    """A plan for private law, and a note that there is no written action plan for
    public law: the section says the plan is private law's, not public law's."""
    s = Small(tmp_path / "g.db", framework="cafcass-2021", areas=[("2", "Fenland", True)])
    s.cases_noted("2", 5, weak={"QP7"})
    notes = [
        ("LG1", "BOARD_PAPERS", "strength", PRIVATE_PLAN),
        ("LG1", "INT_MANAGER", "development", "There is no written action plan for public law practice, and heads of service know it."),
        ("LG4", "INT_MANAGER", "development", "The director did not know that public law reports rarely weigh the evidence."),
        ("LG7", "INT_MANAGER", "development", "Heads of service could not explain why public law audits grade most files good."),
    ]  # fmt: skip
    for crit, source, polarity, text in notes:
        s.national([crit], polarity, text, source)
    s.judge("J21-3", "requires-improvement")
    s.judge("J21-1", "good")
    s.judge("J21-2", "requires-improvement")
    model: ReportModel = draft_report(load(s.store))
    s.close()
    lead = str(wording()["basis"]["lead"])
    rests = [x.text for p in model.paragraphs() for x in p.sentences if x.basis.startswith(lead)]
    assert rests, "the leaders' sentence is drafted"
    assert "private law practice, not public law practice" in rests[0], rests
