"""Issue 15, session 15: a section's opening weighs its practice as its grade check
does, the criteria another section says included.

Under the 2013 framework, seeing children (QP8) and initial risk assessment (QP2)
inform safeguarding first: the safeguarding section says them, and quality of practice
weighs them in its grade check (session 14).  Its opening counted only the criteria it
says, so with its weaknesses said elsewhere a section graded good with strengths only
a little ahead opened as strong ("Practice with children is effective ...") and lost
"though not by much" (tester 13's master).  Written by hand here.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export.small import Small

STRONG = {
    "QP3": "The child's wishes are set out in her own words and weighed in the report",
    "QP5": "Direct work with the boy used drawings and was well planned",
}
WEAK = {
    "QP8": "The child was not seen alone before the report was written",
    "QP2": "Initial checks came back after the first hearing",
}


def _draft(path: Path, weak_cases: int) -> ReportModel:
    """Quality of practice graded good: wishes and feelings and direct work strong in
    six cases each; seeing children and initial checks weak in `weak_cases` each."""
    s = Small(path, framework="cafcass-2013")
    for k in range(6):
        case = s.case()
        for crit, text in STRONG.items():
            s.ev(case, [crit], "strength", f"{text} (visit {k + 1}).")
    for k in range(weak_cases):
        case = s.case()
        for crit, text in WEAK.items():
            s.ev(case, [crit], "development", f"{text} (case {k + 1}).")
    for jid, grade in (("J13-0", "good"), ("J13-1", "requires-improvement"),
                       ("J13-2", "good"), ("J13-3", "good")):  # fmt: skip
        s.judge(jid, grade)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _quality(report: ReportModel) -> Section:
    return next(s for s in report.sections if s.judgement_id == "J13-2")


def _opening(report: ReportModel) -> str:
    return _quality(report).paragraphs[0].sentences[0].text


def test_weaknesses_said_elsewhere_still_weigh_in_the_opening(tmp_path: Path) -> None:
    # 12 case findings for, 10 against (five cases each on QP8 and QP2): strengths a
    # little ahead, as the grade check counts them.
    opening = _quality(_draft(tmp_path / "close.db", weak_cases=5)).paragraphs[0].sentences[0]
    assert "though not by much" in opening.text, opening.text
    assert "12 for, 10 against" in opening.basis, opening.basis


def test_an_opening_without_weaknesses_elsewhere_is_not_qualified(tmp_path: Path) -> None:
    # One case against on each: strengths far ahead, no qualifier.
    said = _opening(_draft(tmp_path / "far.db", weak_cases=1))
    assert "though not by much" not in said, said
