"""Tester 13 (first audit, F15): in the Word comments the overall judgement's read
"Judgement J13-0" with no rationale, while every other judgement's carried "Rationale
recorded with the grade: ..."; and a key finding's read "Judgement J13-3:
requires-improvement", the grade's code, not its label ("Requires improvement to be
good").  The overall judgement's comment names its grade and carries its rationale, and
no comment names a grade by its code.

On a small 2013-framework inspection written here, and on the hand-written inspections.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from store.framework import load_framework
from tests.export.small import Small

RATIONALE = "Reports are strong but checks are late and leaders do not see it in their data."


def _codes() -> set[str]:
    """Every built-in framework's grade codes that are not their own label."""
    out = set()
    for name in ("cafcass-2013", "cafcass-2018", "cafcass-2021"):
        fw = load_framework(name)
        out |= {g.code for g in fw.grades if g.code.lower() != g.label.lower()}
    return out


def _comments(report: ReportModel) -> list[str]:
    return [line for p in report.paragraphs() for s in p.sentences for line in (s.basis, *s.notes)]


def test_the_overall_judgements_comment_names_its_grade_and_rationale(tmp_path: Path) -> None:
    s = Small(tmp_path / "j.db", framework="cafcass-2013")
    s.cases_noted("6", 6, weak={"QP11", "QP3"})
    s.national(["LG3"], "development", "The performance report shows 96% of children seen, "
               "while the files show many were not.", "PERF_DATA")  # fmt: skip
    s.national(["LG3"], "development", "Managers could not say how the figure for children "
               "seen was counted.", "INT_MANAGER")  # fmt: skip
    s.national(["LG3"], "development", "The board's minutes note the figures without "
               "question each quarter.", "BOARD_PAPERS")  # fmt: skip
    s.judge("J13-0", "requires-improvement", rationale=RATIONALE)
    for jid in ("J13-1", "J13-3"):
        s.judge(jid, "requires-improvement", rationale="Recorded with the grade.")
    s.judge("J13-2", "good", rationale="Recorded with the grade.")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    overall = next(sec for sec in report.sections if sec.kind == "overall")
    first = overall.intro[0].sentences[0]
    assert first.basis == "Judgement J13-0: Requires improvement to be good", first.basis
    assert first.notes == [f"Rationale recorded with the grade: {RATIONALE}"], first.notes
    codes = _codes()
    named = [c for c in _comments(report) for code in codes if re.search(rf"\b{code}\b", c)]
    assert named == [], named


def test_no_comment_on_a_hand_written_inspection_names_a_grade_by_its_code(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    codes = _codes()
    for name, report in handwritten_reports.items():
        named = [c for c in _comments(report) for code in codes if re.search(rf"\b{code}\b", c)]
        assert named == [], (name, named[:3])


def test_no_comment_on_the_demo_names_a_grade_by_its_code(
    demo_drafts: tuple[ReportModel, ReportModel],
) -> None:
    codes = _codes()
    for report in demo_drafts:
        named = [c for c in _comments(report) for code in codes if re.search(rf"\b{code}\b", c)]
        assert named == [], named[:3]
