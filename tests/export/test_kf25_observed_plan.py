"""Issue 15, kf25: tester 25's A4.  "Interviews with managers show that leaders know the
service's strengths and where it falls short, and observed supervision sets out a plan
to improve the service, ...": the "plan" was an observed supervision note in which the
manager asked "what the child would say about the plan" (the child's plan).  A plan to
improve the service is leaders' own: an observation never answers it.

A hand-written inspection built here (2021 framework, one area, six strong cases):
national notes that leaders know where the service falls short (two interviews with
managers), that what they have done is already making a difference (one), and one
observed supervision session that speaks of a child's plan.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import Small

WISHES = "The report sets out in the boy's words what he wants from contact and why."
NOTES = [
    ("INT_MANAGER", "The director knew which teams were weakest and named the same gaps inspectors found."),
    ("INT_MANAGER", "Senior managers are aware of the drift in two teams and have tracked it monthly."),
    ("INT_MANAGER", "Since the new allocation meeting began, waiting times have fallen in every team."),
    ("OBS_SUPERVISION", "The supervisor asked what the girl would think of the plan and how to tell her."),
]  # fmt: skip


def test_an_observed_session_sets_out_no_plan_for_the_service(tmp_path: Path) -> None:
    s = Small(tmp_path / "plan.db", areas=[("2", "Northfold", True)], framework="cafcass-2021")
    for _ in range(6):
        case = s.case(area="2")
        s.ev(case, ["QP3"], "strength", WISHES)
    for source, text in NOTES:
        s.national(["LG4"], "strength", text, source)
    for jid in ("J21-1", "J21-2", "J21-3"):
        s.judge(jid, "good")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = [x.text for p in report.paragraphs() for x in p.sentences]
    knows = [t for t in said if "leaders know" in t.lower()]
    assert knows, said
    assert not [t for t in said if "supervision sets out" in t or "supervision set out" in t], knows
    assert not [t for t in said if "a plan to improve the service" in t], knows
