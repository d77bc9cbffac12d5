"""A national leadership graded good whose aspects are mostly weaknesses is checked, as a
practice section graded above its evidence is (tester 34, F15: leadership graded good
with eight of its eleven aspects weaknesses read "good in some respects", with no marker
and no warning; quality of practice graded good against its evidence was caught).  The
same notes under requires improvement agree, and no marker is drawn.

Notes written here, in the words of a re-inspection's leadership interviews and papers:
seven criteria with weaknesses only and two with strengths only, three notes each from
three kinds of source (firm evidence), on kf32's small service."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export.kf32_inspection import build
from tests.export.kf32_leaders import Note

_WEAK = {
    "LG1": ("the improvement plan", "the board's oversight of the plan", "targets for each team"),
    "LG3": ("the performance report", "the figures the board sees", "the quality measures"),
    "LG4": ("managers' file audits", "the sign-off of reports", "oversight of late work"),
    "LG5": ("supervision records", "the support for new advisers", "the training plan"),
    "LG6": ("the complaints backlog", "learning from complaints", "replies to parents"),
    "LG7": ("the last inspection's actions", "the audit programme", "the review of audits"),
    "LG8": ("the vacancies", "the use of agency staff", "the recruitment plan"),
}
_STRONG = {
    "LG2": ("the work with the family justice board", "the judges' liaison", "the board's agenda"),
    "LG9": ("interpreters for first meetings", "the diversity lead's reviews", "faith and culture"),
}
_SOURCES = ("INT_MANAGER", "BOARD_PAPERS", "INT_PRACTITIONER")
NOTES: tuple[Note, ...] = tuple(
    (None, [crit], "development",
     f"Inspectors found {topic} falling short in practice; the papers show no change since "
     f"spring ({crit}, {k}).", _SOURCES[k])
    for crit, topics in _WEAK.items() for k, topic in enumerate(topics)
) + tuple(
    (None, [crit], "strength",
     f"Leaders described {topic} in detail and the records bear it out ({crit}, {k}).",
     _SOURCES[k])
    for crit, topics in _STRONG.items() for k, topic in enumerate(topics)
)  # fmt: skip


def _report(path: Path, grade: str) -> ReportModel:
    s = build(path, leaders=NOTES, grades={"J18-3": grade})
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _leaders(report: ReportModel) -> Section:
    return next(x for x in report.sections if x.judgement_id == "J18-3")


def test_leadership_graded_good_against_mostly_weak_aspects_is_marked(tmp_path: Path) -> None:
    report = _report(tmp_path / "good.db", "good")
    sec = _leaders(report)
    said = [x for p in sec.paragraphs for x in p.sentences]
    markers = [x for x in said if x.role == "marker" and x.text.startswith("[Check before use")]
    assert len(markers) == 1, [x.text for x in said]
    assert "the grade recorded is good, but weaknesses dominate" in markers[0].text, markers
    assert "of the nine aspects of its work" in markers[0].text, markers[0].text
    assert any("disagrees with the grade" in x.flags for x in said if x.direction == "against")
    assert any(sec.heading in w and "disagrees with the grade" in w for w in report.warnings), (
        report.warnings
    )


def test_the_same_aspects_under_requires_improvement_agree(tmp_path: Path) -> None:
    sec = _leaders(_report(tmp_path / "ri.db", "requires-improvement"))
    said = [x for p in sec.paragraphs for x in p.sentences]
    assert not any(x.text.startswith("[Check before use") for x in said), [x.text for x in said]
    assert not any("disagrees with the grade" in x.flags for x in said)


def test_on_thin_evidence_a_good_grade_over_weak_aspects_is_still_marked(
    tmp_path: Path,
) -> None:
    """Tester 34's own file had 16 records behind 11 aspects: too few to weigh a grade, so
    nothing was said of "good" over eight weak aspects.  Thin evidence cannot confirm a
    lower grade (kf32's THIN, requires improvement over strengths, stays unmarked), but a
    grade above aspects whose weaknesses dominate it is marked all the same."""
    one_each = tuple(n for n in NOTES if n[3].endswith(", 0).") or n[3].endswith(", 0)."))
    s = build(tmp_path / "thin.db", leaders=one_each, grades={"J18-3": "good"})
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = [x for p in _leaders(report).paragraphs for x in p.sentences]
    assert "thin evidence" in said[0].basis, said[0].basis
    markers = [x.text for x in said if x.text.startswith("[Check before use")]
    assert len(markers) == 1 and "weaknesses dominate" in markers[0], [x.text for x in said]
