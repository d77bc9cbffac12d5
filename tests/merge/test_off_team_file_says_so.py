"""Tester 25, F13: once the lead had taken David off the team and his file had the master
merged into it, the file went on recording notes without a word, though the lead takes
that work only with `merge --off-team`.  Each note or grade recorded in such a file now
says so; in a file whose holder is on the team, nothing is said."""

from __future__ import annotations

from pathlib import Path

from tests.merge.files import fieldwork, make_team

NOTE = ("evidence", "add", "--case", "C-1000-AA", "--criteria", "QP1", "--source", "CASE_FILE",
        "--polarity", "strength", "--text", "Report filed a week before the hearing.")  # fmt: skip


def _add(db: Path) -> str:
    code, out = fieldwork(NOTE[0], NOTE[1], str(db), *NOTE[2:])
    assert code == 0, out
    return out


def test_a_file_of_someone_off_the_team_says_so_when_work_is_recorded(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=0)
    assert "taken off the team" not in _add(team.bob)
    code, out = fieldwork("team", "remove", str(team.master), "Bob Brown")
    assert code == 0, out
    code, out = fieldwork("merge", str(team.bob), str(team.master))
    assert code == 0, out
    said = _add(team.bob)
    assert "Bob Brown was taken off the team" in said and "--off-team" in said, said
    code, out = fieldwork("grade", str(team.bob), "--case", "C-1000-AA", "--criterion", "SW1",
                          "--grade", "good")  # fmt: skip
    assert code == 0 and "Bob Brown was taken off the team" in out, out
    assert "taken off the team" not in _add(team.alice)
