"""Tester 25, F5: an inspector's file copied through a folder anyone could write to, and
left readable by every user of the machine (644), was merged without a word.  The merge
says so, and how to put it right; a file that is its owner's alone, in the user's own
folder, gets no such note."""

from __future__ import annotations

from pathlib import Path

from tests.merge.files import fieldwork, make_team


def test_a_source_others_can_read_is_said(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    shared = tmp_path / "share"
    shared.mkdir()
    shared.chmod(0o777)
    copy = shared / "alice.db"
    copy.write_bytes(team.alice.read_bytes())
    copy.chmod(0o644)
    code, out = fieldwork("merge", str(team.master), str(copy))
    assert code == 0, out
    assert "can be read by other users of this computer (permissions 644)" in out, out
    assert "sits in a folder anyone on this computer can write to" in out, out
    assert f"chmod 600 {copy}" in out


def test_a_source_its_owner_alone_reads_is_not(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    tmp_path.chmod(0o700)
    team.alice.chmod(0o600)
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "other users" not in out and "anyone" not in out, out


def test_the_advice_can_be_pasted_for_a_name_with_spaces(tmp_path: Path) -> None:
    """Tester 27, F7: an e-mailed copy named "jo_final_v2 (1).db" was advised
    `chmod 600 inbox/jo_final_v2 (1).db`, a syntax error in the shell: the path is
    quoted as a shell reads it."""
    import shlex
    import subprocess

    team = make_team(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    copy = inbox / "jo_final_v2 (1).db"
    copy.write_bytes(team.alice.read_bytes())
    copy.chmod(0o644)
    code, out = fieldwork("merge", str(team.master), str(copy))
    assert code == 0, out
    command = out.split("(chmod 600 ", 1)[1].split(") or delete", 1)[0]
    assert shlex.split(command) == [str(copy)]
    subprocess.run(f"chmod 600 {command}", shell=True, check=True)  # noqa: S602 - as pasted
    assert copy.stat().st_mode & 0o777 == 0o600
