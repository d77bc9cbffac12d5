"""An inadequate area's weaknesses are said plainly, in proportion to its grade (tester
23's A1: Area 5, judged inadequate, none of its 14 children seen as needed and none of
its eight safeguarding cases done well, opened "children are not consistently
protected"; the local services, judged inadequate, said "Managers' oversight of practice
is largely not yet good enough, though not without strengths").  On the hand-written
`tests.export.case24_inspection` Holm and Sallow: both inadequate, safeguarding concerns
not followed up and children not seen in nine of twelve cases each, managers' oversight
of practice weak in nine records about the area and good in two.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import Section
from tests.export import case24_inspection as insp

# Words that qualify a failing area's weakness as partial, or concede its strengths.
SOFTER = ("consistently", "strengths", "good practice", "not without", "largely")


@pytest.fixture(scope="module")
def areas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Section]]:
    s = insp.build_failing(tmp_path_factory.mktemp("case24i") / "i.db")
    try:
        report = draft_report(load(s.store))
        yield [x for x in report.sections if x.kind == "area"]
    finally:
        s.close()


def test_an_inadequate_areas_headline_says_its_failings_plainly(areas: list[Section]) -> None:
    """Neither area's opening says children are "not consistently" protected: that is
    the wording of an area that requires improvement."""
    assert len(areas) == len(insp.FAILING)
    for area in areas:
        head = next(x for p in area.paragraphs for x in p.sentences if x.role == "headline")
        assert "consistently" not in head.text.lower(), head.text


def test_oversight_in_a_failing_area_is_not_softened_by_its_few_strengths(
    areas: list[Section],
) -> None:
    """Managers' oversight of practice (nine records against, two for) is said as the
    weakness it is, with no "strengths to build on" or "though not without strengths";
    the two strength records stay in the comment's tally."""
    for area in areas:
        [said] = [x for p in area.paragraphs for x in p.sentences
                  if x.role == "claim" and x.criteria == ["LG4"]]  # fmt: skip
        assert not [w for w in SOFTER if w in said.text.lower()], said.text
        assert "2 strength and 9 development records" in said.basis, said.basis
