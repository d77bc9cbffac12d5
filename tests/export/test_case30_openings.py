"""case30's tests on how an ungraded area's section opens (tester 29's A15), on the
hand-written 2013 inspection `tests.export.case30_inspection`."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export import case30_inspection as insp


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = insp.build_three_areas(tmp_path_factory.mktemp("case30") / "three.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> Section:
    return next(sec for sec in report.sections if sec.kind == "area" and sec.area_code == code)


def _first_claim(sec: Section) -> Sentence:
    return next(s for p in sec.paragraphs for s in p.sentences if s.role == "claim")


def test_an_ordinary_area_opens_on_its_largest_finding(report: ReportModel) -> None:
    """Tester 29's A15: an ordinary area (wishes and feelings understood in six of eight
    cases, its largest finding) opened on information sharing, short in three of five.
    It opens on its largest finding, in the direction its evidence goes; the weakness
    follows it."""
    sec = _area(report, "42")
    first = _first_claim(sec)
    assert first.criteria == ["QP3"], first.text
    assert first.direction in ("for", "balanced") and "In 6 of 8 cases" in first.basis
    said = [s for p in sec.paragraphs for s in p.sentences if s.role == "claim"]
    short = [s for s in said if s.criteria == ["QP12"]]
    assert short and short[0].direction == "against", [s.text for s in said]
    assert said.index(short[0]) > 0


def test_a_strong_area_opens_on_a_strength_not_a_handful_of_cases(report: ReportModel) -> None:
    """The strong area (direct work sound in all nine cases with a view) opens on that
    strength with its example, not on safeguarding, two of four cases either way."""
    sec = _area(report, "41")
    first = _first_claim(sec)
    assert first.criteria == ["QP5"] and first.direction == "for", first.text
    opening = sec.paragraphs[0].sentences
    assert opening[0] is first
    assert any(s.role == "example" and s.criteria == ["QP5"] for s in opening[1:3])


def test_a_weak_area_still_opens_on_its_weaknesses(report: ReportModel) -> None:
    """An area whose files weigh against opens on its weaknesses, safeguarding first, as
    before."""
    first = _first_claim(_area(report, "43"))
    assert first.criteria == ["SW1"] and first.direction == "against", first.text


def test_a_small_safeguarding_weakness_is_said_where_its_size_puts_it(
    report: ReportModel,
) -> None:
    """Fellgate's safeguarding, followed up in two of the four cases with a view (a small
    sample), was said straight after its opening, before every other strength.  It is
    said with the section's weaknesses, after its strengths, in counts."""
    sec = _area(report, "41")
    claims = [s for p in sec.paragraphs for s in p.sentences if s.role == "claim"]
    [safe] = [s for s in claims if s.criteria == ["SW1"]]
    before = claims[: claims.index(safe)]
    assert sum(s.direction == "for" and s.by_cases for s in before) >= 4, [s.text for s in claims]
    assert "two of the four" in safe.text.lower() or "two show" in safe.text, safe.text
    para = next(p for p in sec.paragraphs if any(s is safe for s in p.sentences))
    assert para.theme == "development"
