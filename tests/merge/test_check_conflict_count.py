"""`fieldwork check` counts open conflicts in words that agree with the number (tester
25: "1 records have versions that disagree")."""

from __future__ import annotations

from pathlib import Path

from tests.merge.files import fieldwork, make_team


def test_one_open_conflict_is_one_record(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=0)
    for db, grade in ((team.alice, "good"), (team.bob, "inadequate")):
        code, out = fieldwork("grade", str(db), "--case", "C-1000-AA", "--criterion", "SW1",
                              "--grade", grade)  # fmt: skip
        assert code == 0, out
    code, out = fieldwork("merge", str(team.master), str(team.alice), str(team.bob))
    assert code == 0 and "1 new conflict" in out, out
    code, out = fieldwork("check", str(team.master))
    assert "1 record has versions that disagree" in out, out
