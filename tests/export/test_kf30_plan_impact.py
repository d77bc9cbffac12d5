"""Issue 15, kf30 (task 3; tester 29's A9): "Interviews with managers set out a plan to
improve the service, but internal audits show that the plan has not yet had the impact
leaders intend" joined a chief executive's priorities to a diversity audit's "too soon
for impact" of new guidance.  A plan and its effect are one answer only where the notes
are about the same plan: a note referring to "the plan", or sharing its topic
(`leadersrest.same_plan`).

A small hand-written 2018 inspection (one area, six cases) with national notes written
here.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export.small import Small

# Notes on different things: priorities, an audit of new guidance, the workforce plan.
APART = [
    ("INT_MANAGER", "LG1", "strength",
     "Chief executive: priorities are cutting delay and hearing the child; strategy agreed with the board."),
    ("QA_AUDIT", "LG9", "development",
     "Identity audit: culture considered in only half of the reports read; new guidance went out in September, too soon to see an impact."),
    ("INT_MANAGER", "LG8", "development",
     "HR lead: vacancy rate of 12%; a workforce plan is in place, its impact not yet seen."),
]  # fmt: skip
# A plan and a note on its effect about the same thing.
TOGETHER = [
    ("BOARD_PAPERS", "LG1", "strength",
     "The board agreed an improvement plan to cut delay in private law hearings."),
    ("PERF_DATA", "LG3", "development",
     "Delay in private law hearings has not yet reduced since the board's plan started."),
]  # fmt: skip


def _report(tmp_path: Path, notes: list[tuple[str, str, str, str]]) -> ReportModel:
    s = Small(tmp_path / "kf30_plan.db")
    s.cases_noted("6", 6, {"QP7"})
    for source, crit, polarity, text in notes:
        s.national([crit], polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.judge("J18-4A", "good", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _joined(report: ReportModel) -> list[str]:
    """The sentences saying a plan has not yet had its impact."""
    return [
        s.text
        for p in report.paragraphs()
        for s in p.sentences
        if "plan" in s.text and ("not yet had" in s.text or "not yet made" in s.text)
    ]


def test_notes_on_other_things_are_not_joined_to_a_plan(tmp_path: Path) -> None:
    assert _joined(_report(tmp_path, APART)) == []


def test_a_plan_and_a_note_on_its_effect_are_still_said_together(tmp_path: Path) -> None:
    assert _joined(_report(tmp_path, TOGETHER)), "the plan's effect is said"
