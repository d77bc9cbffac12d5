"""Issue 15, kf23: what needs to improve (tester 22's A4 and A9), on a hand-written
inspection (`kf23_inspection`).

- A4: "Review workloads and workforce planning ..." was a point to improve, drawn from
  one remark on recruiting, the same words in each area's notes, while the
  organisation's own records (a staffing plan, the staff survey) show the workforce
  well planned and the leadership section says so.
- A9: the leadership section (outstanding) said that a check leaders agreed is running
  in a few areas only, and no point asked for it to be finished: five weaknesses of
  practice filled the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.improvestated import unfinished_thing
from exporters.model import ReportModel, Section, Sentence
from tests.export import kf23_inspection


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    store = kf23_inspection.build(Path(tmp_path_factory.mktemp("kf23")) / "kf23.db")
    try:
        return draft_report(load(store))
    finally:
        store.close()


def _section(report: ReportModel, words: str) -> Section:
    return next(s for s in report.sections if words in s.heading)


def _sentences(sec: Section) -> list[Sentence]:
    return [x for p in sec.paragraphs for x in p.sentences]


def test_a_remark_the_organisations_own_records_contradict_is_no_point(
    report: ReportModel,
) -> None:
    leaders = _sentences(_section(report, "Leadership and governance"))
    said = [x for x in leaders if x.criteria == ["LG8"] and x.role == "claim"]
    assert [x.direction for x in said] == ["for"], [x.text for x in said]
    points = _sentences(_section(report, "need to improve"))
    assert points, "no improvement points"
    on_workforce = [x.text for x in points if "LG8" in x.criteria]
    assert not on_workforce, on_workforce
    assert not any("workload" in x.text.lower() for x in points), [x.text for x in points]


def test_a_weakness_the_leadership_section_states_is_a_point_of_its_own(
    report: ReportModel,
) -> None:
    leaders = _sentences(_section(report, "Leadership and governance"))
    stated = [x for x in leaders if x.criteria == ["LG3"] and x.direction == "against"]
    assert stated, [x.text for x in leaders]
    points = _sentences(_section(report, "need to improve"))
    # Five weaknesses of practice, each in three of the 18 cases, come first.
    assert len(points) == 6, [x.text for x in points]
    last = points[-1]
    assert last.criteria == ["LG3"], [x.text for x in points]
    assert "the quality check on case closures is fully in place, so that" in last.text, last.text
    assert len(last.evidence_ids) == 2, last.evidence_ids


@pytest.mark.parametrize(
    ("note", "found"),
    [
        ("Deputy director: the new supervision template is piloted but only used in two teams.",
         ("the new supervision template", "is")),
        ("Leaders said the weekly allocation meetings are not yet running in the north.",
         ("the weekly allocation meetings", "are")),
        ("Head of service: their exit survey for fathers is not yet fully rolled out.",
         ("their exit survey for fathers", "is")),
        ("The board reviews complaints each quarter and the figures are in place.", ("", "")),
    ],
)  # fmt: skip
def test_the_thing_not_yet_in_place_is_read_from_the_note(
    note: str, found: tuple[str, str]
) -> None:
    assert unfinished_thing(note) == found
