"""`fieldwork grade DB --file FILE`: a sitting's gradings from one file (tester 34, F5: a
scripted inspector grading twelve cases on five criteria waited over a minute, one
process a grading).  Every row is checked before any is recorded, and one that cannot
be is named by its line, nothing recorded; then all are recorded together, each as
`grade` records one.  The inspection and the gradings are written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import new_inspection, run


@pytest.fixture
def inspection(tmp_path: Path) -> tuple[Path, list[str]]:
    db = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    run("cases", "import", db, write_case_list(tmp_path / "cases.csv", n=8))
    with Store.open(db) as s:
        return db, [r.ref for r in s.case_rows(limit=3)]


def _gradings(db: Path) -> dict[tuple[str, str], tuple[str, str]]:
    with Store.open(db) as s:
        return {(s.case(g.case_id).ref, g.criterion_id): (g.grade, g.rationale)
                for r in s.case_rows(limit=10) for g in s.gradings_for_case(r.id).values()}  # fmt: skip


def test_a_file_of_gradings_is_recorded_as_grade_records_each(
    inspection: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, (one, two, _) = inspection
    run("grade", db, "--case", two, "--criterion", "QP3", "--grade", "good",
        "--rationale", "Wishes set out in the child's words.")  # fmt: skip
    sitting = tmp_path / "sitting.tsv"
    sitting.write_text(
        "case\tcriterion\tgrade\trationale\n"
        f"{one}\tQP8\tinadequate\tNever seen alone in eleven months.\n"
        f"{one}\tqp3\tRequires improvement\tViews taken from mum's account only.\n"
        f"{two}\tQP3\trequires improvement\t\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["grade", str(db), "--file", str(sitting)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.split()) == 3
    assert "Recorded 3 gradings" in result.stderr
    graded = _gradings(db)
    assert graded[(one, "QP8")] == ("inadequate", "Never seen alone in eleven months.")
    assert graded[(one, "QP3")] == ("requires-improvement", "Views taken from mum's account only.")
    # No rationale given: the grading keeps the one it had, as `grade` does.
    assert graded[(two, "QP3")] == ("requires-improvement", "Wishes set out in the child's words.")


def test_a_file_with_a_row_that_cannot_be_recorded_records_nothing(
    inspection: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, (one, two, _) = inspection
    before = _gradings(db)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "case,criterion,grade,rationale\n"
        f"{one},QP8,inadequate,Never seen alone.\n"
        f"{two},QP8,terrible,Not a grade.\n"
        f"C-0000-XX,QP8,good,No such case.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["grade", str(db), "--file", str(bad)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "line 3:" in result.stderr and "terrible" in result.stderr
    assert "line 4:" in result.stderr and "C-0000-XX" in result.stderr
    assert "2 rows of 3" in result.stderr and "nothing was recorded" in result.stderr
    assert _gradings(db) == before
    both = CliRunner().invoke(cli, ["grade", str(db), "--file", str(bad), "--case", one])
    assert both.exit_code == 2 and "not both" in both.stderr
