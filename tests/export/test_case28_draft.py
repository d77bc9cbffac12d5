"""case28's tests on its hand-written inspections (`tests.export.case28_inspection`):
issue 15's repetition (no area says another's sentence but for a number) and tester
27's A13."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.sameness import near_same, runs
from exporters.draft.trace import normal
from exporters.draft.wording import wording_table
from exporters.model import ReportModel, Section, Sentence
from tests.export import case28_inspection as insp
from tests.export.small import Small


def _report(s: Small) -> ReportModel:
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _areas(report: ReportModel) -> list[Section]:
    return [x for x in report.sections if x.kind == "area"]


def _said(sec: Section) -> list[Sentence]:
    return [x for p in sec.paragraphs for x in p.sentences]


@pytest.mark.parametrize("open_in", [0, 1])
def test_eight_areas_count_their_escalations_each_in_its_own_words(
    tmp_path: Path, open_in: int
) -> None:
    """Eight areas, each with concerns escalated on two to four of its six cases (with
    `open_in`, one of them still to be escalated): each section says how many, and no two
    sections say it in the same words but the number (there were five ways of saying it,
    six with one still open, so the sixth or seventh area said the first again)."""
    areas = _areas(_report(insp.build_escalations(tmp_path / "e.db", open_in)))
    assert len(areas) == 8
    counts = []
    for sec, n in zip(areas, insp.ESCALATED, strict=True):
        said = [x.text for x in _said(sec)
                if "senior managers" in x.text.lower() and x.role != "placeholder"]  # fmt: skip
        assert len(said) == 1, (sec.heading, [x.text for x in _said(sec)])
        assert ("two", "three", "four")[n - 2] in said[0], said
        counts.append(said[0])
    shingled = [runs(normal(t)) for t in counts]
    for k, a in enumerate(shingled):
        for j in range(k):
            assert not near_same(a, shingled[j]), (counts[k], counts[j])


def _findings(sec: Section) -> list[Sentence]:
    return [x for x in _said(sec) if x.role in ("claim", "fixed")]


def test_an_area_opens_on_risk_assessment_unsound_in_half_its_cases(tmp_path: Path) -> None:
    """Tester 27's A13: Wychwood's files weigh for it (safeguarding concerns followed up
    in all eight cases, analysis and planning sound), but the first assessment of risk
    is unsound in three of the six cases with a finding on it.  Risks missed at the
    start are a matter of the child's safety: the section says it straight after the
    strength it opens on (case30: tester 29's A15), as it says its safeguarding
    weaknesses, not after its other strengths."""
    [sec] = _areas(_report(insp.build_risk_split(tmp_path / "w.db", unsound=3)))
    opening, first = _findings(sec)[:2]
    assert opening.direction == "for", opening.text
    assert first.criteria == ["QP2"], [x.text for x in _said(sec)]
    assert "three" in first.text, first.text


def test_a_minority_of_unsound_risk_assessments_keeps_its_place(tmp_path: Path) -> None:
    """Two of six unsound is a minority in an area whose files weigh for it: said with
    the section's other weaknesses, after its strengths, as before."""
    [sec] = _areas(_report(insp.build_risk_split(tmp_path / "w.db", unsound=2)))
    said = _findings(sec)
    risk = [k for k, x in enumerate(said) if x.criteria == ["QP2"]]
    assert risk and risk[0] > 0, [x.text for x in _said(sec)]
    assert said[0].direction == "for", [x.text for x in _said(sec)]


def test_an_areas_figures_on_something_else_are_no_finding_on_their_use(tmp_path: Path) -> None:
    """case27's note (tester 27's Areas 9, 10, 13: "In the service's figures, the
    performance information comes out well."): Yarnton's one note of its figures is on
    police checks and staffing, tagged with the use of performance information; a
    sentence on that criterion from it says nothing the note holds, and is not drafted.
    Zeals' note on managers acting on the figures is still said, and so is its court
    observation, whose subject (work with the courts) is not its own source."""
    report = _report(insp.build_area_figures(tmp_path / "y.db"))
    by_name = {sec.heading: sec for sec in _areas(report)}
    [yarnton] = [sec for h, sec in by_name.items() if "Yarnton" in h]
    [zeals] = [sec for h, sec in by_name.items() if "Zeals" in h]
    said = [x.text for x in _said(yarnton) if "LG3" in x.criteria]
    assert not said, said
    for crit in ("LG3", "LG2"):
        assert [x for x in _said(zeals) if x.role == "claim" and crit in x.criteria], [
            x.text for x in _said(zeals)
        ]


def test_no_impact_says_what_children_feel() -> None:
    """Tester 28's A4 #18: "As a result, children feel that they have been heard." after a
    finding on listening to children drawn from case files (a letter to the judge,
    distress after contact noticed): no child in the area said so.  What a finding
    means for children is said as what the work does for them; how children feel is
    theirs to say, in their own words, never the draft's inference."""
    raw = wording_table("criteria.toml")
    said = [t for v in raw.values() if isinstance(v, dict)
            for key in ("impact", "weak_impact") for t in v.get(key, [])]  # fmt: skip
    assert len(said) > 50
    assert not [t for t in said if re.search(r"\b(?:feel|feels|felt)\b", t)]


@pytest.mark.parametrize(
    ("with_view", "short_in", "said"), [(4, 3, "only four of the 12 cases sampled"), (8, 5, "")]
)
def test_a_disputed_grade_says_how_few_cases_had_evidence(
    tmp_path: Path, with_view: int, short_in: int, said: str
) -> None:
    """Tester 28's A2: Ulverscroft is judged good; safeguarding falls short in most of
    the cases with evidence on it, which disputes the grade.  Where only four of its 12
    sampled cases have evidence on safeguarding (three short), the marker says so (the
    share is of those four); where eight do (five short), it says nothing more."""
    [sec] = _areas(_report(insp.build_few_views(tmp_path / "u.db", with_view, short_in)))
    [mark] = [x.text for x in _said(sec) if x.role == "marker" and "grade" in x.text]
    assert "safeguarding" in mark, mark
    if said:
        assert said in mark, mark
    else:
        assert "cases sampled have evidence" not in mark, mark
