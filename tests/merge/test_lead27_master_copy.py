"""Tester 27, F8 and F9: the lead copied the master to a second laptop and recorded on
both.  `fieldwork merge master.db laptop2/master.db` was refused ("merge both into the
master"), though master.db is the master; the way found by trial went through a file
issued for the purpose, and every inspector's next merge then warned of "versions forged
with its identity".  Now the master takes its copy back as it would any file, says what
to do next, `check` says how to settle it in the lead's own terms, and the inspectors'
merges say nothing of it.  On the hand-made team of tests/merge/files.py."""

from __future__ import annotations

import shutil
from pathlib import Path

from store.store import Store
from tests.merge.files import fieldwork, make_team


def _note(db: Path, text: str) -> None:
    code, out = fieldwork("evidence", "add", str(db), "--polarity", "strength", "--national",
                          "--criteria", "LG1", "--source", "INTERVIEW_MANAGER", "--text", text)  # fmt: skip
    assert code == 0, out


def _texts(db: Path) -> set[str]:
    with Store.open(db) as s:
        return {e.text for e in s.all_evidence()}


def test_the_master_takes_back_its_copy_from_a_second_laptop(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=1)
    (tmp_path / "laptop2").mkdir()
    copy = tmp_path / "laptop2" / "master.db"
    shutil.copy2(team.master, copy)
    _note(team.master, "Met the chief executive on the first laptop: the plan was set out.")
    _note(copy, "Read the board's minutes on the second laptop: risks were discussed.")
    _note(copy, "Read the quarterly audit summary on the second laptop.")

    code, out = fieldwork("merge", str(team.master), str(copy))
    said = " ".join(out.split())
    assert code == 0 and "2 new" in said, out
    assert (f"{copy} is a copy of this file used on another computer: its work is merged "
            f"here and nothing was lost. Record only in master.db from now on") in said, out  # fmt: skip
    assert "forged" not in said, out
    assert {"Met the chief executive on the first laptop: the plan was set out.",
            "Read the board's minutes on the second laptop: risks were discussed.",
            "Read the quarterly audit summary on the second laptop."} <= _texts(team.master)  # fmt: skip

    code, out = fieldwork("check", str(team.master))
    said = " ".join(out.split())
    assert "merge every copy of this file into it ('fieldwork merge master.db COPY...')" in said
    assert "MASTER" not in said, out
    code, out = fieldwork("check", str(team.master), "--copies-merged")
    assert code == 0, out

    # The lead sends the master out again: the inspectors hear nothing of the copy.
    code, out = fieldwork("merge", str(team.alice), str(team.master))
    assert code == 0 and "3 new" in out, out
    assert "compared in full" not in out and "forged" not in out, out
    assert "Read the quarterly audit summary on the second laptop." in _texts(team.alice)
    # And a copy of an inspector's file still goes to the master, not into the file.
    spare = tmp_path / "alice-copy.db"
    shutil.copy2(team.alice, spare)
    code, out = fieldwork("merge", str(team.alice), str(spare))
    assert code == 2 and "cannot be merged into its own copy" in out, out
