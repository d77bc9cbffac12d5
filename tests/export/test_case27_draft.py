"""Tester 26's F13 on case27's hand-written inspections
(`tests.export.case27_inspection`): an area that puts its weaknesses last (no grade and
files weighing for it, or graded good) with a safeguarding concern inspectors escalated
on one case opens on its safeguarding finding and that concern, straight after its
headline, before its other findings."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.measured import scope_sentences
from exporters.model import ReportModel, Section, Sentence
from tests.export import case27_inspection as insp
from tests.export.small import Small


def _report(s: Small) -> ReportModel:
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _area(report: ReportModel, name: str) -> Section:
    [sec] = [x for x in report.sections if x.kind == "area" and name in x.heading]
    return sec


def _said(sec: Section) -> list[Sentence]:
    return [x for p in sec.paragraphs for x in p.sentences]


def _opens_on_safeguarding(sec: Section) -> None:
    """The section's first finding is on safeguarding (SW1), or, where it has no grade,
    the one after the strength it opens on (case30), the escalation follows it (after
    its example, if any), and both come before analysis in reports (the weakness in
    three cases) and in the first paragraph."""
    said = _said(sec)
    texts = [x.text for x in said]
    findings = [k for k, x in enumerate(said) if x.role in ("claim", "fixed")]
    if said[0].role != "headline" and said[findings[0]].criteria != ["SW1"]:
        assert said[findings[0]].direction == "for", texts
        findings = findings[1:]
    first, then = findings[:2]
    assert said[first].criteria == ["SW1"], texts
    assert "senior managers" in said[then].text, texts
    assert all(said[k].role == "example" for k in range(first + 1, then)), texts
    [analysis] = [k for k, x in enumerate(said) if x.role == "claim" and "QP7" in x.criteria]
    assert then < analysis, texts
    assert any(said[then] is x for x in sec.paragraphs[0].sentences), texts
    assert sum("senior managers" in t for t in texts) == 1, texts  # said once


def test_an_area_with_no_grade_opens_on_its_one_escalated_concern(tmp_path: Path) -> None:
    """Kinver (2013, no area grade, files weighing for it): safeguarding followed up in
    seven of eight cases, the eighth escalated; analysis weak in three."""
    _opens_on_safeguarding(_area(_report(insp.build_one_concern(tmp_path / "k.db")), "Kinver"))


def test_a_good_area_opens_on_its_one_escalated_concern(tmp_path: Path) -> None:
    """Lickey (2018, judged good): the concern was escalated on a note about information
    sharing; its safeguarding finding and the concern still come first."""
    sec = _area(_report(insp.build_good_concern(tmp_path / "l.db")), "Lickey")
    assert sec.paragraphs[0].sentences[0].role == "headline"
    _opens_on_safeguarding(sec)


def test_an_areas_own_figures_against_its_files_are_said(tmp_path: Path) -> None:
    """Malvern: the first assessment of risk is sound in nine of ten files, but the
    area's performance data put checks outstanding at the first hearing in a fifth of
    its cases; the sentence on risk assessment says both and is flagged.  Nash's data
    note only says what its dashboard counts: its sentence stands alone."""
    report = _report(insp.build_own_figures(tmp_path / "f.db"))
    for name, weighed in (("Malvern", True), ("Nash", False)):
        said = [x for x in _said(_area(report, name)) if x.role == "claim" and "QP2" in x.criteria]
        assert len(said) == 1, (name, [x.text for x in _said(_area(report, name))])
        [risk] = said
        assert ("performance information" in risk.text) is weighed, (name, risk.text)
        assert ("area-level evidence disagrees" in risk.flags) is weighed, (name, risk.flags)


def test_a_lone_escalated_concern_comes_first_in_an_area_weighing_for(tmp_path: Path) -> None:
    """Ombersley (2013, no grade, files weighing for it): its only finding on
    safeguarding is one case whose concern inspectors escalated; the section says that
    concern straight after the strength it opens on (case30), before its other strengths
    and its other weakness, once."""
    sec = _area(_report(insp.build_lone_concern(tmp_path / "o.db")), "Ombersley")
    said = _said(sec)
    texts = [x.text for x in said]
    opening, *findings = [x for x in said if x.role in ("claim", "fixed")]
    assert opening.direction == "for", texts
    assert "senior managers" in findings[0].text, texts
    assert sum("senior managers" in t for t in texts) == 1, texts
    assert any(x.direction == "for" for x in findings[1:]), texts


def test_what_a_measure_counts_is_not_the_timeliness_of_the_work(tmp_path: Path) -> None:
    """Two national notes say what the headline measure counts (a report as filed once a
    draft exists; reports drafted, not sent): the finding on performance information is
    about what the figures measure, never that the work comes out late or on time, and
    no improvement asks for work done on time."""
    for note in insp.COUNTING_NOTES:
        assert scope_sentences(note.lower()), note
    report = _report(insp.build_counting(tmp_path / "c.db"))
    body = [x for sec in report.sections if sec.kind == "judgement" for x in _said(sec)]
    said = [x for x in body if x.role == "claim" and x.criteria == ["LG3"]]
    assert said, [x.text for x in body]
    for x in said:
        assert "timel" not in x.text.lower() and "performance information" in x.text.lower(), x.text
    improve = [x.text for sec in report.sections if sec.kind == "improve" for x in _said(sec)]
    assert not any("on time" in t for t in improve), improve


def test_a_count_of_files_is_still_a_finding() -> None:
    """An audit's count of files, or a figure of work done, is no note on a measure's scope."""
    for note in (
        "The audit counted 11 of 30 files as requiring improvement.",
        "Performance data: 3,900 cases counted as unallocated at the end of the quarter.",
        "Area data: 72% of police checks returned before the first hearing.",
    ):
        assert not scope_sentences(note.lower()), note
