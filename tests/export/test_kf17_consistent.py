"""Issue 15, session 17 (tester 16's D1): "consistently" is said only where the spread
of the area grades and the tallies bears it out.

Tester 16's key findings said leaders "make sure that children benefit from
consistently strong practice" beside an inadequate area and 96 of 289 case findings
against: the headline needed only twice as many findings for as against.  A headline
saying its strengths hold throughout (`Headline.consistent`) now also needs no side
against that the body would state (the framework's `material_cases` and
`material_share`) and, in a section spanning the visited areas, no visited area graded
below good; an outstanding section whose balance is strong but with such a side
against opens "strong", never "consistently strong" (tester 12's Area 5, 46 for and 6
against).

On inspections written by hand for these tests (`tests/export/kf17_inspection.py`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.kf17_inspection import spread

CONSISTENT = re.compile(r"\bconsistent(ly)?\b", re.IGNORECASE)


def _draft(tmp_path: Path, **kw: object) -> ReportModel:
    db = tmp_path / "spread.db"
    spread(db, **kw).close()  # type: ignore[arg-type]
    with Store.open(db) as store:
        return draft_report(load(store))


def _summary(report: ReportModel) -> list[Sentence]:
    sec = next(s for s in report.sections if s.kind == "summary")
    return [s for p in sec.paragraphs for s in p.sentences]


def _area(report: ReportModel, name: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and name in s.heading)


def _opening(sec: Section) -> Sentence:
    return next(s for p in (*sec.intro, *sec.paragraphs) for s in p.sentences
                if s.role in ("headline", "placeholder"))  # fmt: skip


def _leaders_grade(found: list[Sentence]) -> list[str]:
    """The key findings giving the national leadership's grade (its judgement named in
    the comment)."""
    return [s.text for s in found if "J18-3" in s.basis]


@pytest.mark.parametrize(
    ("low_grade", "low_weak", "why"),
    [
        ("inadequate", True, "an inadequate area and 13 of 54 case findings against"),
        ("good", True, "every area good or better, but 13 of 54 case findings against"),
        ("inadequate", False, "one of 54 case findings against, but an inadequate area"),
    ],
)
def test_no_key_finding_says_consistently_against_the_spread(
    tmp_path: Path, low_grade: str, low_weak: bool, why: str
) -> None:
    found = _summary(_draft(tmp_path, low_grade=low_grade, low_weak=low_weak))
    said = [s.text for s in found if CONSISTENT.search(s.text) and s.direction != "against"]
    assert not said, (why, said)
    # The leadership's outstanding grade is still a key finding, with what bears it out.
    leaders = _leaders_grade(found)
    assert leaders and "outstanding" in leaders[0], [s.text for s in found]
    assert "priorities" in leaders[0], leaders


def test_consistently_where_the_grades_and_tallies_bear_it_out(tmp_path: Path) -> None:
    """Every area good or better and one case finding of 54 against: the same
    inspection's key findings may say the practice is consistently strong, so the tests
    above fail where the rule says so, not because the headline never fits."""
    report = _draft(tmp_path, low_grade="good", low_weak=False)
    leaders = _leaders_grade(_summary(report))
    assert leaders and CONSISTENT.search(leaders[0]), leaders
    # Area 2, outstanding, every finding for: its opening may say so too.
    assert CONSISTENT.search(_opening(_area(report, "Moorland")).text)


def test_an_outstanding_area_with_weaknesses_worth_stating_is_strong_not_consistently(
    tmp_path: Path,
) -> None:
    """Area 2 judged outstanding, with three of its six cases weak on analysis: 15 of
    its 18 case findings for, three against (a sixth, which its body states)."""
    report = _draft(tmp_path, low_grade="good", low_weak=False, top_weak=3)
    opening = _opening(_area(report, "Moorland"))
    assert not CONSISTENT.search(opening.text), opening.text
    assert "strong" in opening.text, opening.text
    assert "15 for, 3 against" in opening.basis, opening.basis
    # Nationally, four of 54 against (under a tenth) and every area good or better: the
    # key findings' headline still holds.
    assert CONSISTENT.search(" ".join(_leaders_grade(_summary(report))))
