"""Issue 15, kf24 (tester 23's A2): in a service judged below good, the one area judged
good is credited in the key findings with what its own cases show to be strong.  Tester
23's failing service (three areas inadequate, one requiring improvement, Area 6 good)
named Area 6 only in half a sentence, "from Area 6, judged good, where its own cases
show strong practice in analysis in reports", though its cases were strong on managers'
oversight and children's relationships with their practitioner too.

Hand-written inspections built here (2018 framework): a good area, Thornbury, whose six
cases are strong on four points, beside three weaker areas.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export.small import Small

AREAS = [("2", "Thornbury", True), ("5", "Saltmarsh", True), ("8", "Kilnworth", True),
         ("10", "Ravensdale", True)]  # fmt: skip

GOOD = {
    "QP7": "The analysis sets each parent's plan against the child's needs and explains the choice.",
    "QPN4": "The manager's note at allocation sets the lines of enquiry and was followed.",
    "QPN1": "The boy asked for the same guardian if he came back to court, and said why.",
    "QP11": "The file is current and each visit is written up within a few days.",
}  # fmt: skip
WEAK = {
    "QP7": "The report restates the parents' accounts and never says what the risks mean for the child.",
    "QPN4": "There is no record of a manager looking at the file since it was allocated.",
    "QPN1": "The girl could not name her guardian and had met her once, briefly.",
    "QP11": "Nothing is recorded for nine weeks and the chronology stops in March.",
}  # fmt: skip


def _report(tmp_path: Path, weak_grade: str, overall: str) -> ReportModel:
    """Thornbury good, Ravensdale requiring improvement, the other two `weak_grade`."""
    s = Small(tmp_path / f"{weak_grade}.db", areas=AREAS)
    for code, _name, _v in AREAS:
        for _ in range(6):
            case = s.case(area=code)
            for crit in GOOD:
                good = code == "2"
                s.ev(case, [crit], "strength" if good else "development",
                     (GOOD if good else WEAK)[crit])  # fmt: skip
        grade = {"2": "good", "10": "requires-improvement"}.get(code, weak_grade)
        s.judge("J18-4A", grade, area=code)
    for jid in ("J18-0", "J18-1", "J18-3", "J18-4"):
        s.judge(jid, overall)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _findings(report: ReportModel) -> list[str]:
    summary = next(x for x in report.sections if x.kind == "summary")
    return [" ".join(x.text for x in p.sentences) for p in summary.paragraphs]


def test_the_one_good_area_gets_a_finding_of_its_own(tmp_path: Path) -> None:
    # Three areas requiring improvement beside the good one: no spread of two grades
    # names Thornbury, so a finding of its own credits it.
    found = _findings(_report(tmp_path, "requires-improvement", "requires-improvement"))
    credit = [f for f in found if "Area 2" in f]
    assert len(credit) == 1, found
    assert "judged good" in credit[0], credit
    assert "strong practice in" in credit[0], credit


def test_the_good_area_named_in_the_spread_is_credited_more_fully(tmp_path: Path) -> None:
    # Two inadequate areas and one requiring improvement: the spread from the best to the
    # weakest names Thornbury with one strong point, and goes on to name its others.
    found = _findings(_report(tmp_path, "inadequate", "inadequate"))
    credit = [f for f in found if "Area 2" in f]
    assert len(credit) == 1, found
    assert "Area 2's own cases also show strong practice in" in credit[0], credit


def test_a_good_service_adds_no_credit(tmp_path: Path) -> None:
    # The service judged good: its areas need no such credit (no finding is added).
    found = _findings(_report(tmp_path, "requires-improvement", "good"))
    assert not any("also show strong practice" in f for f in found), found
