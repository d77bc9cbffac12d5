"""An area below good names what its notes say came late or kept the child waiting
(tester 24's A1: Area 8's section 7 reports and safeguarding letters late, and cases
waiting for allocation, were said only as "children's cases are held up by avoidable
delay").  On the hand-written `tests.export.case25_inspection`: Ashby, whose weakness is
lateness in the inspectors' own varied words; Brill, weak on other faults, with no word
of lateness; Cowley, good, with two reports late.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import Section, Sentence
from tests.export import case25_inspection as insp


@pytest.fixture(scope="module")
def areas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Section]]:
    s = insp.build(tmp_path_factory.mktemp("case25l") / "i.db")
    try:
        report = draft_report(load(s.store))
        yield {x.heading.split(" (Area")[0].split()[-1]: x for x in report.sections
               if x.kind == "area"}  # fmt: skip
    finally:
        s.close()


def _sentences(section: Section) -> list[Sentence]:
    return [x for p in section.paragraphs for x in p.sentences]


def test_a_weak_area_says_which_work_came_late_and_what_cases_waited_for(
    areas: dict[str, Section],
) -> None:
    """Ashby says, with each count, that the welfare report was late (five cases, in five
    different wordings) and that cases waited for allocation (four, two of them said as
    "unallocated for" a time), after its weakness on avoiding delay."""
    said = _sentences(areas["Ashby"])
    [late] = [x for x in said if "welfare report was late in five" in x.text]
    assert "four waited for allocation" in late.text, late.text
    assert len(late.case_refs) == len(insp.LATE_REPORT) + len(insp.WAITED)
    delay = next(k for k, x in enumerate(said) if x.role == "claim" and x.criteria == ["QP1"])
    assert said.index(late) > delay


def test_a_weak_area_with_another_fault_says_nothing_came_late(
    areas: dict[str, Section],
) -> None:
    """Brill's faults are children not seen and checks not done: no sentence says work
    came late or cases waited (a mother waiting outside, a later report, are neither),
    and its own failure is named as its notes say it."""
    said = _sentences(areas["Brill"])
    assert not [x.text for x in said if " late" in x.text or "waited" in x.text]
    assert any("police checks had not been done" in x.text.lower() for x in said)


def test_a_good_area_is_not_given_the_sentence(areas: dict[str, Section]) -> None:
    """Cowley, judged good, with two reports late, says its lateness only as the minor
    weakness its share makes it: no sentence on lateness outside its claim on delay."""
    said = _sentences(areas["Cowley"])
    assert not [x.text for x in said if x.role == "claim" and not x.criteria]
