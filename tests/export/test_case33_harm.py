"""case33's tests on what a weakness meant for a child, said once in a weak area's section
where a note says it (tester 32: "no impact-on-children sentences in weak sections"), on
the hand-written inspection `tests.export.case33_inspection` and a weak area written
here."""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import case33_inspection as insp
from tests.export.small import Small

# A weak area whose notes say a child waited with no practitioner, in shorthand, and one
# that a child was not seen alone (which says no child went unseen).
UNALLOCATED = "Unallocated 6 wks after issue - sat on duty list, no contact w/ family."
LATE_START = (
    "Allocation took a month; no plan for the work and the first visit came late.",
    "The report was filed late because the work began late.",
)
NOT_ALONE = (
    "Child never seen alone, only with mum in the room.",
    "The boy was seen once at the office with his father beside him.",
)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, ReportModel]:
    folder = tmp_path_factory.mktemp("case33harm")
    s = insp.build(folder / "three.db")
    try:
        three = draft_report(load(s.store))
    finally:
        s.close()
    w = Small(folder / "weak.db", areas=[("61", "Fallowfield", True)])
    try:
        cases = [w.case(area="61", age="10-13") for _ in range(8)]
        w.ev(cases[0], ["QP1"], "development", UNALLOCATED)
        for k, text in enumerate(LATE_START):
            w.ev(cases[k + 1], ["QP1"], "development", text)
        for k, text in enumerate(NOT_ALONE):
            w.ev(cases[k + 3], ["QP8"], "development", text)
        w.judge("J18-4A", "inadequate", area="61")
        weak = draft_report(load(w.store))
    finally:
        w.close()
    return three, weak


def _area(report: ReportModel, code: str) -> list[Sentence]:
    sec = next(x for x in report.sections if x.kind == "area" and x.area_code == code)
    return [s for p in sec.paragraphs for s in p.sentences]


def _harm(said: list[Sentence]) -> list[tuple[int, Sentence]]:
    return [(k, s) for k, s in enumerate(said)
            if s.role == "impact" and s.basis.startswith("What the weakness meant")]  # fmt: skip


def test_a_weak_area_says_once_what_a_weakness_meant_for_a_child(
    reports: tuple[ReportModel, ReportModel],
) -> None:
    """Saltmarsh's note on a girl still living at home with a man the police warned about
    is said, once, straight after the safeguarding weakness it belongs to, traced to that
    note and its case; the sentence quotes nothing of the note."""
    three, _ = reports
    said = _area(three, "51")
    harm = _harm(said)
    assert len(harm) == 1, [s.text for s in said]
    k, s = harm[0]
    assert re.search(r"the child was still (?:living with|exposed to) the risk", s.text), s.text
    assert said[k - 1].role == "claim" and said[k - 1].criteria == ["SW1"]
    assert s.case_refs == ["T-001"] and len(s.evidence_ids) == 1
    assert "police" not in s.text.lower() and "caution" not in s.text


def test_the_notes_own_count_of_weeks_and_no_harm_they_do_not_give(
    reports: tuple[ReportModel, ReportModel],
) -> None:
    """Fallowfield's notes say one case sat unallocated for six weeks ("6 wks", in
    shorthand) and that a child was "never seen alone": the section says the six weeks
    without, and never says a child went unseen."""
    _, weak = reports
    said = _area(weak, "61")
    harm = _harm(said)
    assert len(harm) == 1, [s.text for s in said]
    assert re.search(
        r"(?:allocated to the child's case for|case waited) six weeks", harm[0][1].text
    )
    assert not any("never seen." in s.text for s in said), [s.text for s in said]


def test_a_strong_area_names_no_harm(reports: tuple[ReportModel, ReportModel]) -> None:
    """Heronsgate (good) puts its strengths first: no such sentence there."""
    three, _ = reports
    assert not _harm(_area(three, "52"))
