"""Issue 15, two key-findings points left by session 13:

- The hand-written inspection's Area 12 (requires improvement, three safeguarding
  concerns escalated, one still to escalate) was said in two key findings: "inspectors
  also found safeguarding concerns in three cases in Area 12 ..., and one of these had
  not yet been escalated" after the safeguarding finding, and "in three of its cases,
  inspectors found a risk to a child's safety ..." in the area's.  Each concern is now
  counted in one key finding, the area's, which says how many were still to escalate.
- Some key findings only gave a grade ("Practice in public law is judged to require
  improvement.", "The national leadership is judged good."): such a finding is followed
  by a placeholder for the lead to add the reasons, never left as a bare grade.

On the hand-written inspections (tests/fixtures/handwritten, tests/export/*_inspection).
"""

from __future__ import annotations

import re

from exporters.model import ReportModel, Sentence

CONCERNS = re.compile(r"(found safeguarding concerns in|a risk to a child's safety)", re.I)
GRADE_ONLY = re.compile(r"\b(?:is|are) judged\b[^:;]*\.$")


def _findings(report: ReportModel) -> list[list[Sentence]]:
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    return [p.sentences for p in summary.paragraphs]


def test_an_areas_concerns_are_counted_in_one_key_finding(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    findings = _findings(handwritten_reports["handwritten"])
    counting = [s for ss in findings for s in ss if CONCERNS.search(s.text)]
    assert len(counting) == 1, [s.text for s in counting]
    (s,) = counting
    assert "Area 12" in s.text and "three of its cases" in s.text, s.text
    assert "one of which had not yet been escalated when this draft was made" in s.text, s.text
    assert "3 of Area 12's cases; 1 not yet escalated" in s.basis, s.basis


def test_no_key_finding_only_gives_a_grade(handwritten_reports: dict[str, ReportModel]) -> None:
    seen = 0
    for name, report in handwritten_reports.items():
        for ss in _findings(report):
            for k, s in enumerate(ss):
                if s.role in ("placeholder", "views") or not GRADE_ONLY.search(s.text):
                    continue
                if s.criteria or k + 1 < len(ss) and ss[k + 1].role != "placeholder":
                    continue  # a reason follows, or the sentence names its points
                seen += 1
                assert k + 1 < len(ss), (name, s.text)
                assert ss[k + 1].text.startswith("[Add the main reasons"), (name, ss[k + 1].text)
    # The support inspection's public law and national leadership findings had none.
    assert seen >= 2
