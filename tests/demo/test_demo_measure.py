"""`demo.measure`: how weaknesses sit by area grade, checked on the hand-written
inspection (tests/fixtures/handwritten), which the demo generator had no part in."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo.measure import GRADE_ORDER, main, weakness_profile
from store.store import Store


def test_the_measure_tells_the_hand_written_areas_apart(handwritten_store: Store) -> None:
    profiles = weakness_profile(handwritten_store)
    ordered = [profiles[g] for g in GRADE_ORDER if g in profiles]
    assert [p.areas for p in ordered] == [["8"], ["3"], ["12"]]
    for better, worse in zip(ordered, ordered[1:], strict=False):
        assert better.development_share < worse.development_share, (better, worse)
        assert better.against_share < worse.against_share, (better, worse)
        assert better.cases_against_share < worse.cases_against_share, (better, worse)
        assert better.area_development_share < worse.area_development_share


def assert_prints_a_line_per_grade(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m demo.measure DB` prints a header, then one line per area grade, best
    first."""
    assert main([str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("area grade")
    assert [line.split()[0] for line in lines[1:]] == [
        "outstanding",
        "good",
        "requires-improvement",
    ]


def test_measure_prints_a_line_per_grade(
    handwritten_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_prints_a_line_per_grade(handwritten_db, capsys)


def test_measure_refuses_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.db")]) == 2
    assert "usage" in capsys.readouterr().err
