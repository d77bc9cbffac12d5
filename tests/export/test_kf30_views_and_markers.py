"""Issue 15, kf30 (task 4).

1. kf29's leftover: the national tally on performance information counted a manager's
   word that the figures agree ("The head of performance said their figures match what
   inspectors found") as a strength record, so the leadership section named managers as
   a source of the strength and the key findings named it a strength.  Such a note is
   counted neither way (`ownview.views_only`, by `ownview.shows_agreement`).
2. case29's leftover: the grade-check marker gave a share of an aspect few of the
   sampled cases have evidence on in words ("the majority of the cases with evidence on
   it"); it now gives the counts, as the body does (`lowcoverage.share_of`).

Small hand-written 2018 inspections, notes written here.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

VIEW = "The head of performance said their figures match what inspectors found in the files."
BOARD = (
    "The board reviews the performance report every quarter and asks for action on late letters."
)
FIGURE = "The timeliness figure counts a letter as sent once it is drafted."


def _performance(tmp_path: Path) -> ReportModel:
    s = Small(tmp_path / "kf30_views.db")
    s.cases_noted("6", 6, {"QP7"})
    s.national(["LG3"], "strength", VIEW, "INT_MANAGER")
    s.national(["LG3"], "strength", BOARD, "BOARD_PAPERS")
    s.national(["LG3"], "development", FIGURE, "PERF_DATA")
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.judge("J18-4A", "good", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _sentences(report: ReportModel) -> list[tuple[str, Sentence]]:
    return [(sec.heading, x) for sec in report.sections
            for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]  # fmt: skip


def test_a_managers_word_that_the_figures_agree_is_not_counted(tmp_path: Path) -> None:
    said = _sentences(_performance(tmp_path))
    on_lg3 = [(h, x) for h, x in said if x.role == "claim" and "LG3" in x.criteria]
    assert on_lg3, [x.text for _h, x in said]
    for heading, x in on_lg3:
        # One strength record (the board's), one development: never two strengths, and
        # never managers named as a source of the strength.
        assert "2 strength" not in x.basis, (heading, x.basis)
        assert "managers" not in x.text.lower(), (heading, x.text)
        assert x.direction != "for", (heading, x.text)


def test_a_grade_check_marker_on_few_cases_gives_the_counts(tmp_path: Path) -> None:
    """Safeguarding written on 10 of the 24 cases of an area graded outstanding, seven of
    them short: the marker says "seven of the 10", never "the majority of"."""
    s = Small(tmp_path / "kf30_marker.db")
    for k in range(24):
        case = s.case("6")
        s.ev(
            case,
            ["QP3"],
            "strength",
            f"The report gives the child's wishes in her words (case {k + 1}).",
        )
        if k < 10:
            short = k < 7
            text = f"A concern from the school was {'not ' if short else ''}followed up in time (case {k + 1})."
            s.ev(case, ["SW1"], "development" if short else "strength", text)
    s.judge("J18-4A", "outstanding", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    markers = [x.text for _h, x in _sentences(report) if x.role == "marker"]
    said = [m for m in markers if "following up safeguarding concerns" in m]
    assert said, markers
    for m in said:
        assert "seven of the 10 cases with evidence on it" in m, m
        assert "majority" not in m and "most of" not in m, m
