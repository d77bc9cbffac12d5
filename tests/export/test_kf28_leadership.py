"""Issue 15, kf28 (tester 27's A2, A6, A14): an inadequate leadership section says
plainly that the figures leaders rely on are wrong where its notes set them beside what
inspectors found, and gives the agency staff figure behind a weakness in the workforce;
what needs to improve names the fault in performance information before a point in
general terms on the running of the service; a law type's inadequate finding names the
even split that weighs as much as its other reasons.

On a hand-written inspection under the 2021 framework (`kf28_inspection.leadership_and_law`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.leadersdata import wrong_figure
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.kf28_inspection import leadership_and_law


def _report(path: Path) -> ReportModel:
    with Store.open(path) as store:
        return draft_report(load(store))


def _sentences(report: ReportModel, words: str) -> list[Sentence]:
    sec = next(s for s in report.sections if words in s.heading)
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf28lead") / "lead.db"
    leadership_and_law(path).close()
    return _report(path)


def test_the_figures_leaders_rely_on_are_said_to_be_wrong(report: ReportModel) -> None:
    """The dashboard's 92% of children seen, against the inspectors' sample, and the 96%
    of letters counted as sent once drafted, are said after a sentence saying the performance
    information leaders rely on does not show the service as it is, in the report's voice ("the inspectors' sample",
    never "our sample")."""
    said = _sentences(report, "impact of leaders")
    texts = [x.text for x in said]
    at = next((k for k, x in enumerate(said) if x.role == "claim"
               and "performance information" in x.text
               and "does not show the service" in x.text), None)  # fmt: skip
    assert at is not None, texts
    after = [x.text for x in said[at + 1 : at + 3]]
    assert any(
        "92% of children seen" in t and "the inspectors' sample found" in t for t in after
    ), texts
    assert any("96% of first letters" in t and "once it is drafted" in t for t in after), texts
    assert not any("our sample" in t for t in texts), texts


def test_the_agency_staff_figure_is_given(report: ReportModel) -> None:
    """Agency staff, in five notes of the workforce's, is given as its figure after the
    claim on caseloads, the subject of most of the national notes, from its own source
    (the staff survey's figure on caseloads before it)."""
    texts = [x.text for x in _sentences(report, "impact of leaders")]
    assert any("27% of adviser posts are filled by agency staff" in t for t in texts), texts


def test_a_point_on_performance_information_before_one_in_general_terms(
    report: ReportModel,
) -> None:
    """What needs to improve names the fault in the figures leaders see, not "Strengthen
    the management of the service ...", whose notes name no fault of their own."""
    points = [x for x in _sentences(report, "need to improve") if x.role == "claim"]
    texts = [x.text for x in points]
    assert any("LG3" in x.criteria for x in points), texts
    assert not any("LG4" in x.criteria for x in points), texts
    assert any("seeing children" in t for t in texts), texts  # no practice point lost


def test_an_even_split_is_a_reason_of_an_inadequate_law_type(report: ReportModel) -> None:
    """Seeing children, not done in 11 of 20 private law cases (as many as analysis in
    reports, 11 of 16), is named in private law's finding, after the weaknesses in most
    cases, as a weakness in about half of them."""
    found = [
        x
        for x in _sentences(report, "key findings")
        if x.text.startswith("Practice in private law")
    ]
    assert len(found) == 1, found
    text = found[0].text
    assert "seeing children" in text and "about half of the private law cases" in text, text
    assert text.index("initial risk assessment") < text.index("seeing children"), text


def test_a_lighter_even_split_is_left_out(tmp_path: Path) -> None:
    """Seeing children not done in 10 of 20 cases, fewer than any other reason's cases
    against: private law's finding leaves it out."""
    path = tmp_path / "lighter.db"
    leadership_and_law(path, seen_against=10).close()
    found = [x.text for x in _sentences(_report(path), "key findings")
             if x.text.startswith("Practice in private law")]  # fmt: skip
    assert len(found) == 1 and "seeing children" not in found[0], found


def test_what_a_note_says_of_the_service_own_figures() -> None:
    """A figure set beside the inspectors' finding, or counted wrongly, is said in the
    report's voice; a figure alone, one the note says agrees with the inspectors', or one
    with another first person left, is not."""
    assert (
        wrong_figure("Dashboard: 90% of visits on time. We found visits late in most of the files.")
        == "90% of visits on time. Inspectors found visits late in most of the files."
    )
    assert wrong_figure("The dashboard shows 40% of reports late.") == ""
    assert wrong_figure("The dashboard's 70% of plans in place matches what we found.") == ""
    assert wrong_figure("The data shows 90% of letters on time; we think this is wrong.") == ""
