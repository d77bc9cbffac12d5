"""Issue 15, kf27 (tester 26's F12): the key findings of a service requiring improvement
never offer as its strongest practice a point the grade's recorded rationale names as a
weakness, nor one of the minority weaknesses the grade rests on; and, where no area is
graded, say where practice is clearly weaker, by the areas' own cases.

On a hand-written inspection under the 2013 framework (`kf27_inspection`); the spread
case on kf20b's (2021, weaknesses in every area alike).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.kf20b_inspection import requires_improvement
from tests.export.kf27_inspection import minority_weaknesses, one_stronger_area


def _report(path: Path) -> ReportModel:
    with Store.open(path) as store:
        return draft_report(load(store))


def _sentences(report: ReportModel, words: str) -> list[Sentence]:
    sec = next(s for s in report.sections if words in s.heading)
    return [x for p in sec.paragraphs for x in p.sentences]


def _findings(path: Path) -> list[Sentence]:
    return [x for x in _sentences(_report(path), "key findings") if x.role == "claim"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf27kf") / "ri.db"
    minority_weaknesses(path).close()
    return _report(path)


@pytest.fixture(scope="module")
def findings(report: ReportModel) -> list[Sentence]:
    return [x for x in _sentences(report, "key findings") if x.role == "claim"]


def _strengths(found: list[Sentence]) -> set[str]:
    return {c for x in found if x.direction == "for" for c in x.criteria}


def test_no_strength_the_rationale_or_the_grade_rests_on(findings: list[Sentence]) -> None:
    """Initial risk assessment (25 of 30 for), which the safeguarding rationale says was
    late or missing, and seeing children alone, analysis and oversight (against in 8, 7
    and 6 of 30), the reasons for the grade, are no strength; case recording (22 of 24)
    is."""
    strong = _strengths(findings)
    assert not strong & {"QP2", "QP8", "QP7", "QPN4"}, [x.text for x in findings]
    assert "QP11" in strong, [x.text for x in findings]


def test_a_strength_the_practice_rationale_names_as_weak(tmp_path: Path) -> None:
    """Case recording is the strongest practice until the quality of practice judgement's
    rationale says files were behind; where it also credits the records, it stays."""
    weak = tmp_path / "weak.db"
    minority_weaknesses(weak, practice="Case records were behind on too many files.").close()
    assert "QP11" not in _strengths(_findings(weak))
    both = tmp_path / "both.db"
    credit = "Case records are mostly kept well, but some case records are not up to date."
    minority_weaknesses(both, practice=credit).close()
    assert "QP11" in _strengths(_findings(both))


def test_the_weaker_area_is_named(findings: list[Sentence]) -> None:
    """Moorcombe (Area 73) holds 19 of the 31 findings against: practice is weaker there,
    most of all in seeing children alone (five of its ten cases); the other areas are
    not named."""
    weaker = [x for x in findings if "weaker in" in x.text]
    assert len(weaker) == 1, [x.text for x in findings]
    text = weaker[0].text
    assert "Area 73" in text and "Area 71" not in text and "Area 72" not in text, text
    assert weaker[0].direction == "against" and weaker[0].criteria[0] == "QP8", weaker[0]
    assert "seeing them alone" in text, text


def test_no_weaker_area_where_weaknesses_are_spread(tmp_path: Path) -> None:
    """kf20b's three areas share their weaknesses alike: no area is said to be weaker."""
    path = tmp_path / "spread.db"
    requires_improvement(path).close()
    assert not [x.text for x in _findings(path) if "weaker in" in x.text]


def test_a_stronger_area_of_a_service_below_good_is_named(tmp_path: Path) -> None:
    """Dunholme (Area 84), none of whose findings go against while half of the other
    three areas' do, is named as a strength of an inadequate service (tester 27's A15):
    its own evidence bears out a good grade, so it is said to be good (kf28); the others
    are not named."""
    path = tmp_path / "inadequate.db"
    one_stronger_area(path).close()
    found = [x for x in _findings(path) if "Practice is good in" in x.text]
    assert len(found) == 1 and found[0].direction == "for", [x.text for x in found]
    assert "Area 84" in found[0].text and "Area 81" not in found[0].text, found[0].text


def test_no_stronger_area_beside_the_one_weak_area(findings: list[Sentence]) -> None:
    """Of three areas, one clearly weaker: the other two are not set apart from each other
    as stronger."""
    assert not [x.text for x in findings if "stronger in" in x.text]
