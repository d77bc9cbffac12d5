"""A section graded good or outstanding does not set a weakness resting on one case
(or on fewer cases than the framework's `min_cases`) level with the strengths
(issue 15: "a section's weaknesses are stated in proportion to the grade recorded").

Independent tester, session 10: Area 4, outstanding, opened "While observed supervision
and performance information give a positive picture of managers' oversight of practice,
case files and discussions reveal shortfalls": two strength records about the area
against two records about one case, an even split by records.  Counted by the cases
the weakness side is about, it is one case: the strength is the finding, and the case
is left to the section's closing weaknesses.  On a small inspection written here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.small import STRONG, Small

SUPERVISION = (
    "Observed supervision: the manager challenged the worker's plan and set clear actions."
)
DATA = "Area data: every case allocated by the first hearing; reports filed on time."
FILE = "Case plan not updated after the hearing; no manager's oversight recorded for six weeks."
TALK = "Discussion with the manager: she accepted oversight of this case was light while the worker was off."
WORDS = ("weakness", "shortfall", "concern", "mixed", "badly", "poorly")


def _area(path: Path, grade: str, weak_cases: int) -> tuple[ReportModel, list[str]]:
    """Area 6 with `grade`: six cases strong on four practice points; two strength
    records about the area's oversight of practice (LG4); `weak_cases` cases each with a
    case file note and a discussion on weak oversight (QPN4)."""
    s = Small(path)
    for _ in range(6):
        case = s.case()
        for crit, text in STRONG.items():
            s.ev(case, [crit], "strength", text)
    s.about_area("6", ["LG4"], "strength", SUPERVISION, "OBS_SUPERVISION")
    s.about_area("6", ["LG4"], "strength", DATA, "PERF_DATA")
    weak = []
    for k in range(weak_cases):
        case = s.case()
        weak.append(s.ev(case, ["QPN4"], "development", f"{FILE} Case {k + 1}."))
        weak.append(s.ev(case, ["QPN4"], "development", f"{TALK} Case {k + 1}.",
                         source="CASE_DISCUSSION"))  # fmt: skip
    s.judge("J18-4A", grade, area="6")
    try:
        return draft_report(load(s.store)), weak
    finally:
        s.close()


def _oversight(report: ReportModel) -> list[Sentence]:
    """The area section's sentences on managers' oversight (LG4)."""
    area = next(s for s in report.sections if s.kind == "area" and s.area_code == "6")
    return [x for p in area.paragraphs for x in p.sentences if "LG4" in x.criteria]


def test_one_case_is_not_set_level_with_the_strengths(tmp_path: Path) -> None:
    report, weak = _area(tmp_path / "a.db", "outstanding", 1)
    said = _oversight(report)
    assert said, "the section says nothing of managers' oversight"
    for x in said:
        assert not any(w in x.text.lower() for w in WORDS), x.text
        assert not set(weak) & set(x.evidence_ids), (x.text, x.evidence_ids)


def test_in_a_section_requiring_improvement_the_one_case_is_said(tmp_path: Path) -> None:
    report, weak = _area(tmp_path / "b.db", "requires-improvement", 1)
    said = _oversight(report)
    assert any(set(weak) & set(x.evidence_ids) for x in said), [x.text for x in said]


def test_weakness_in_enough_cases_is_said_in_an_outstanding_section(tmp_path: Path) -> None:
    report, weak = _area(tmp_path / "c.db", "outstanding", 5)
    said = _oversight(report)
    assert any(set(weak) & set(x.evidence_ids) for x in said), [x.text for x in said]
