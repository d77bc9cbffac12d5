"""`fieldwork judge` on one of two areas reported together (15a and 15b): a grade the
other does not share is recorded, and the lead is told at once that their one section
states no grade until they agree (tester 11 graded them apart and heard nothing)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from tests.team.helpers import new_inspection, run


def test_a_grade_the_other_area_does_not_share_is_recorded_and_said(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "m.db")
    run("areas", "add", db, "15a", "--name", "London North (Enfield)", "--visited")
    run("areas", "add", db, "15b", "--name", "London North (Barnet)", "--visited")
    first = run("judge", db, "--judgement", "J18-4A", "--area", "15a", "--grade", "RI",
                "--rationale", "Stronger in Enfield than Barnet.")  # fmt: skip
    assert "reported together" not in first.output
    # tester 18, F19: the other area has no grade yet, and the section states this one
    assert ("Note: Area 15b, reported with Area 15a in one section, has no grade yet: the "
            "section states Area 15a's grade until it has one.") in first.output  # fmt: skip
    result = CliRunner().invoke(cli, ["judge", str(db), "--judgement", "J18-4A", "--area", "15b",
                                      "--grade", "inadequate", "--rationale", "Barnet weaker."])  # fmt: skip
    assert result.exit_code == 0
    assert ("Areas 15a and 15b are reported together in one section, but have different "
            "grades (Area 15a: requires improvement to be good; Area 15b: inadequate)"
            ) in result.stderr  # fmt: skip
    same = CliRunner().invoke(cli, ["judge", str(db), "--judgement", "J18-4A", "--area", "15b",
                                    "--grade", "RI", "--rationale", "Barnet weaker."])  # fmt: skip
    assert same.exit_code == 0 and "reported together" not in same.stderr
