"""Key findings, leadership and improvement points on kf36's hand-written inspection
(`kf36_inspection.py`; issue 15, tester 35's A4, A5 and A17, kf35's leftover on a note's
job title): a good service whose leadership rationale gives its reasons, one performance
figure lagging in one area, and a weakness twice as common in one area by rate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export import kf36_inspection


def _draft(tmp: pytest.TempPathFactory, name: str, **kw: bool) -> ReportModel:
    s = kf36_inspection.build(tmp.mktemp(name) / "kf36.db", **kw)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return _draft(tmp_path_factory, "kf36")


@pytest.fixture(scope="module")
def no_rationale(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return _draft(tmp_path_factory, "kf36n", rationale=False)


def _section(report: ReportModel, start: str) -> Section:
    return next(s for s in report.sections if s.heading.startswith(start))


def _said(sec: Section) -> list[Sentence]:
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def _leaders_finding(report: ReportModel) -> Sentence:
    said = _said(_section(report, "Summary of key findings"))
    return next(x for x in said if x.text.startswith("The national leadership is judged"))


def test_the_leaders_finding_gives_the_reasons_the_rationale_gives(report: ReportModel) -> None:
    """The rationale names the board's plan, work with judges and learning from
    complaints, each borne out by one record about the service: those are the reasons the
    finding gives, not a point the rationale leaves out (diversity, on more records)."""
    s = _leaders_finding(report)
    assert {"LG1", "LG2", "LG6"} <= set(s.criteria), s
    assert "judiciary" in s.text and "complaints" in s.text, s.text
    assert "LG9" not in s.criteria and "diversity" not in s.text, s.text
    assert "rationale" in s.basis, s.basis


def test_no_check_marker_from_another_areas_notes(no_rationale: ReportModel) -> None:
    """Without a rationale the finding names diversity, from the equality lead's account
    and three areas' notes on interpreters and faith; Saltmere's one note on travel,
    marked in its own section as perhaps not about diversity, is not among them, so the
    finding carries no marker."""
    s = _leaders_finding(no_rationale)
    assert "diversity" in s.text, s.text
    assert "Check before use" not in s.text and "may be tagged wrongly" not in s.flags, s
    saltmere = _said(
        _section(no_rationale, "The leadership and management of local services in Saltmere")
    )
    assert any("Check before use" in x.text and "diversity" in x.text for x in saltmere)


def test_a_performance_figure_is_said_with_what_it_measures(report: ReportModel) -> None:
    """The one performance note is said as its figure, what it measures, and the area it
    lags in, never as a verdict on the figures by the figures."""
    said = _said(_section(report, "The leadership and governance of the national"))
    lg3 = [x for x in said if "LG3" in x.criteria]
    assert len(lg3) == 1, [x.text for x in said]
    text = lg3[0].text
    assert "95% of section 7 reports are filed" in text, text
    assert "though 78% in Area 24" in text, text
    assert lg3[0].role == "claim" and lg3[0].direction == "for", lg3[0]
    assert not any("reflect" in x.text and "performance information" in x.text for x in said)


def test_an_improvement_point_names_the_area_worse_by_rate(report: ReportModel) -> None:
    """Wishes and feelings fall short in six of Saltmere's ten cases and nine of the other
    areas' 30: Saltmere holds fewer than half the cases against, at twice the rate, so
    the point names it."""
    said = _said(_section(report, "What does"))
    point = next(x for x in said if "QP3" in x.criteria)
    assert "particularly in Area 24" in point.text, point.text


@pytest.fixture(scope="module")
def new_lead(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf36_inspection.new_lead(tmp_path_factory.mktemp("kf36l") / "kf36l.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_a_job_title_from_a_note_is_said_in_report_english(new_lead: ReportModel) -> None:
    """The acting head of service's note is said with "the", small letters, the aside set
    off by commas and the month written out."""
    said = _said(_section(new_lead, "The leadership and governance of the national"))
    head = [x.text for x in said if "head of service" in x.text.lower()]
    assert len(head) == 1, [x.text for x in said]
    assert head[0].startswith("The acting head of service, since February, has put"), head[0]
    assert "(" not in head[0] and "Feb " not in head[0], head[0]


def test_an_outstanding_services_weaker_area_is_said_with_its_cause(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Wyvern, judged good beside two outstanding areas, falls short on seeing children in
    four of its cases, each note naming the wait for a signer, the cause its rationale
    gives: the leaders' finding names it after their impact, traced to those notes."""
    s = kf36_inspection.outstanding(tmp_path_factory.mktemp("kf36o") / "kf36o.db")
    try:
        said = _said(_section(draft_report(load(s.store)), "Summary of key findings"))
    finally:
        s.close()
    at = next(k for k, x in enumerate(said) if x.text.startswith("Their impact shows"))
    cause = said[at + 1]
    assert cause.text.startswith("In Wyvern (Area 23), judged good,"), [x.text for x in said]
    assert "signers" in cause.text and "all four of the cases" in cause.text, cause.text
    assert cause.criteria == ["QP8"] and len(cause.evidence_ids) == 4, cause
