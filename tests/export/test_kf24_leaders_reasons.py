"""Issue 15, kf24 (tester 23's A10): a national leadership judged to require improvement
gets a key finding giving the reasons its own evidence holds.  Tester 23's failing
service had the stock headline "Leaders' actions have not yet made enough difference to
children's experiences." (borne out by the practice findings alone, naming no point of
the leaders' own evidence) and then "[Add the main reasons for this grade.]", although
the leadership section stated the weaknesses in practitioners' workloads from the staff
survey and the board's papers.

A hand-written inspection built here (2018 framework): one area, six private law cases
weak on four practice criteria; leadership requires improvement, its national records
four notes on caseloads and staffing (areas for development) and one strength on the
chief executive's strategy.  No note says whether leaders know the weaknesses or have a
plan, so the finding's reasons are the points the records bear out.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.small import WEAK, Small

STAFFING = (
    ("SURVEY_STAFF", "Staff survey: only 38% of practitioners say their caseload lets them do the job well."),
    ("BOARD_PAPERS", "Board minutes record caseloads averaging 29 a practitioner against a ceiling of 22."),
    ("INT_MANAGER", "The head of resourcing said a fifth of practitioner posts are vacant or filled by agency staff."),
    ("INT_PRACTITIONER", "Practitioners in a focus group said caseloads leave no time to see children twice."),
)  # fmt: skip


def _report(tmp_path: Path) -> ReportModel:
    s = Small(tmp_path / "leaders.db", areas=[("4", "Fenland", True)])
    for _ in range(6):
        case = s.case(area="4")
        for crit, text in WEAK.items():
            s.ev(case, [crit], "development", text)
    for source, text in STAFFING:
        s.national(["LG8"], "development", text, source)
    s.national(["LG1"], "strength",
               "The chief executive's three-year strategy is published and staff could describe it.",
               "INT_MANAGER")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    s.judge("J18-4A", "requires-improvement", area="4")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _leaders_finding(report: ReportModel) -> list[Sentence]:
    summary = next(x for x in report.sections if x.kind == "summary")
    found = [p.sentences for p in summary.paragraphs]
    return next(f for f in found if any("leader" in x.text.lower() for x in f))


def test_leaders_key_finding_gives_the_reasons_their_records_hold(tmp_path: Path) -> None:
    finding = _leaders_finding(_report(tmp_path))
    texts = [x.text for x in finding]
    assert not any(x.role == "placeholder" for x in finding), texts
    said = " ".join(texts)
    assert "[" not in said, said
    # The grade in the report's words, and the weakness its records bear out.
    assert "require improvement" in said, said
    assert "workload" in said.lower() or "staffing" in said.lower(), said
    assert any("LG8" in x.criteria for x in finding), [x.criteria for x in finding]


def test_a_placeholder_only_where_the_records_give_no_reason(tmp_path: Path) -> None:
    # The same inspection with one note on staffing: one person's view is no reason a
    # key finding states, so the finding keeps its headline and asks the lead.
    s = Small(tmp_path / "thin.db", areas=[("4", "Fenland", True)])
    for _ in range(6):
        case = s.case(area="4")
        for crit, text in WEAK.items():
            s.ev(case, [crit], "development", text)
    s.national(["LG8"], "development", STAFFING[2][1], STAFFING[2][0])
    for jid in ("J18-0", "J18-1", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    s.judge("J18-4A", "requires-improvement", area="4")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    finding = _leaders_finding(report)
    assert finding[-1].role == "placeholder", [x.text for x in finding]
    assert not any("LG8" in x.criteria for x in finding), [x.text for x in finding]
