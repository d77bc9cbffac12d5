"""The grade check disputes a grade only where the evidence disagrees with it materially
(tester 18's F14): a good area is mostly good with some weaknesses, an outstanding one
strong with isolated weaknesses.  The `judge` command, the judgements screen's hint and
the draft's marker give one answer in the same words; and the local services' opening
says every visited area's grade, a disputed one's included.

The inspections are written by hand (`tests.export.case19_inspection`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from exporters.draft import draft_report, grade_check_for, grade_hint, load
from exporters.draft.document import DISAGREES
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.case19_inspection import (
    CLEARLY_WEAK,
    NEAR_EVEN,
    local_services,
    one_area,
)


def _agrees(path: Path, grade: str) -> bool:
    with Store.open(path) as store:
        check = grade_check_for(store, "J18-4A", grade, area_code="6")
    assert check is not None
    return check.agrees


def _built(path: Path, *args: object, **kw: object) -> Path:
    one_area(path, *args, **kw).close()  # type: ignore[arg-type]
    return path


def test_one_weak_case_on_safety_is_isolated_in_an_outstanding_area(tmp_path: Path) -> None:
    """Ten strong cases; one of the three with a note on keeping the child safe falls
    short: an isolated weakness, which an outstanding grade allows."""
    path = _built(tmp_path / "a.db", "outstanding", [(10, set())], safety=(3, 1))
    assert _agrees(path, "outstanding")


def test_two_weak_cases_of_three_on_safety_dispute_outstanding(tmp_path: Path) -> None:
    path = _built(tmp_path / "b.db", "outstanding", [(10, set())], safety=(3, 2))
    assert not _agrees(path, "outstanding")
    with Store.open(path) as store:
        hint = grade_hint(store, "J18-4A", "outstanding", "6")
    assert hint.startswith("The evidence disagrees with a grade of outstanding: "), hint
    assert "two of the three cases" in hint, hint


def test_a_near_even_balance_does_not_dispute_good(tmp_path: Path) -> None:
    """21 of 40 findings on practice are weaknesses: one or two cases the other way
    would turn the balance, so it is no material disagreement with good (nor with
    requires improvement)."""
    path = _built(tmp_path / "c.db", "good", NEAR_EVEN)
    assert _agrees(path, "good")
    assert _agrees(path, "requires-improvement")
    assert not _agrees(path, "outstanding")


def test_a_clearly_weak_balance_still_disputes_good(tmp_path: Path) -> None:
    path = _built(tmp_path / "d.db", "good", CLEARLY_WEAK)
    assert not _agrees(path, "good")
    assert _agrees(path, "requires-improvement")


def test_letters_failing_are_a_weakness_a_good_area_may_have(tmp_path: Path) -> None:
    """Information for the child (SW4, in the framework's group on safeguarding and
    welfare) falls short in all three cases with a note on it, in an area strong
    otherwise: one of a good area's weaknesses, not a safeguarding failure; keeping
    children safe failing in three of three does dispute good."""
    letters = _built(tmp_path / "e.db", "good", [(8, set())], letters=(3, 3))
    assert _agrees(letters, "good")
    safety = _built(tmp_path / "f.db", "good", [(8, set())], safety=(3, 3))
    assert not _agrees(safety, "good")


def test_the_judge_command_says_what_the_screen_and_draft_say(tmp_path: Path) -> None:
    path = _built(tmp_path / "g.db", "good", [(10, set())], safety=(3, 2))
    runner = CliRunner()
    args = ["judge", str(path), "--judgement", "J18-4A", "--area", "6", "--rationale", "Set."]
    strong = runner.invoke(cli, [*args, "--grade", "outstanding"])
    assert strong.exit_code == 0, strong.output
    with Store.open(path) as store:
        hint = grade_hint(store, "J18-4A", "outstanding", "6")
        report = draft_report(load(store))
    assert hint and f"Note: {hint}" in strong.stderr, strong.stderr
    marker = next(x for x in _sentences(_area(report, "6")) if x.role == "marker")
    what = hint.split(": ", 1)[1].rstrip(".")
    assert f"the grade recorded is outstanding, but {what}." in marker.text, marker.text
    # A grade the evidence bears out (one weak case of three on safety): no note.
    isolated = _built(tmp_path / "h.db", "good", [(10, set())], safety=(3, 1))
    args[1] = str(isolated)
    agreed = runner.invoke(cli, [*args, "--grade", "outstanding"])
    assert agreed.exit_code == 0 and "disagrees" not in agreed.stderr, agreed.stderr


def _sentences(sec: Section) -> list[Sentence]:
    return [x for p in (*sec.intro, *sec.paragraphs) for x in p.sentences]


def _area(report: ReportModel, code: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and s.area_code == code)


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = local_services(tmp_path_factory.mktemp("local") / "l.db")
    report = draft_report(load(s.store))
    s.close()
    return report


def test_the_local_opening_says_every_area_grade(local: ReportModel) -> None:
    """Fernleigh (outstanding, one weak case on safety) and Holmbrook (good, near even)
    agree with their grades; Marshgate's good grade is disputed, and still counted as
    the lead recorded it."""
    warned = [w for w in local.warnings if DISAGREES in w]
    assert len(warned) == 1 and "Marshgate" in warned[0], warned
    for code in ("21", "22", "24"):
        assert not [x for x in _sentences(_area(local, code)) if x.role == "marker"], code
    sec = next(s for s in local.sections if s.judgement_id == "J18-4")
    head = sec.paragraphs[0].sentences[0]
    # The opening speaks of every area visited, weighing all four grades: none is left
    # out of it, and it is no placeholder waiting for grades to be settled.
    assert head.role == "headline", head.text
    assert "other than" not in head.text and "Opening to follow" not in head.text, head.text
    assert "3 good or better, 1 below good" in head.basis, head.basis
    assert "grade of Area 23 is counted as recorded" in head.basis, head.basis
    grades = next(x.text for x in _sentences(sec) if x.text.startswith("Of the areas visited"))
    assert "one is outstanding, two are good and one requires improvement" in grades, grades
    # Counted as recorded, said in the count's comment; no marker here (case26).
    count = next(x for x in _sentences(sec) if x.text.startswith("Of the areas visited"))
    assert "Area 23" in count.basis and "counted as recorded" in count.basis, count.basis
    assert not [x for x in _sentences(sec) if x.role == "marker"], [x.text for x in _sentences(sec)]
