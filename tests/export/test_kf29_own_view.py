"""Issue 15, kf29: tester 28's A4 #13.  "Performance data agrees with what inspectors
found" was drafted from a manager's view recorded in an interview.  That the service's
own view or data agree with the inspectors' findings rests only on a note finding it
(the data or an audit set beside the inspectors' findings, or the inspectors' own
comparison), never on someone telling inspectors so; such a view is no evidence of it
and no example of a claim that it does (`ownview.shows_agreement`).

On kf29's hand-written outstanding service (`kf29_inspection.service`) with national
notes on the use of performance information (LG3) written here.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.kf29_inspection import service

# Someone's view that the figures agree, in an interview: told, and labelled.
TOLD = (
    "The head of performance said the dashboard figures match what inspectors found in the files.",
    "Head of quality: audit grades match ours on the files both teams read.",
)
# The data, and the inspectors' own comparison, finding that they agree.
DATA = "The dashboard's 88% of reports filed on time is in line with our own count in the files sampled."
COMPARED = (
    "The director's account of the teams where planning is weakest matches what our sample found."
)
OTHER = "Monthly reports on allocation go to each team and to the board."


def _draft(tmp_path: Path, notes: list[tuple[str, str]]) -> ReportModel:
    s = service(tmp_path / "kf29.db")
    s.national(["LG3"], "strength", OTHER, "PERF_DATA")
    for source, text in notes:
        s.national(["LG3"], "strength", text, source)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _all(report: ReportModel) -> list[Sentence]:
    return [
        x for sec in report.sections for p in [*sec.intro, *sec.paragraphs] for x in p.sentences
    ]


def _agreeing(report: ReportModel) -> list[str]:
    return [x.text for x in _all(report)
            if "agree" in x.text and "what inspectors found" in x.text]  # fmt: skip


def test_a_managers_view_that_the_data_agree_is_no_finding(tmp_path: Path) -> None:
    report = _draft(tmp_path, [("INT_MANAGER", t) for t in TOLD])
    assert not _agreeing(report), _agreeing(report)
    told = [x.text for x in _all(report) if "head of performance" in x.text.lower()
            or "audit grades match ours" in x.text]  # fmt: skip
    assert not told, told


def test_the_data_set_beside_the_inspectors_findings_is_said(tmp_path: Path) -> None:
    report = _draft(tmp_path, [("PERF_DATA", DATA), ("INT_MANAGER", TOLD[0])])
    said = _agreeing(report)
    assert said and said[0].startswith("Performance data"), said
    assert "manager" not in said[0].lower(), said  # the manager's view is not a source of it


def test_the_inspectors_own_comparison_in_an_interview_is_said(tmp_path: Path) -> None:
    report = _draft(tmp_path, [("INT_MANAGER", COMPARED)])
    said = _agreeing(report)
    assert said and said[0].startswith("Managers' accounts"), said
