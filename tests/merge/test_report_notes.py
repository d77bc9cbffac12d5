"""The merge report's notes say what is true of this merge (tester findings 11, 13):
the "compared in full" note appears only on the merge that brought versions from the
file it names, not on every later merge of other people's files; merging a file into
its own copy says why nothing was merged and what to do.  Through the CLI, on the
hand-made team of `tests/merge/files.py`."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.merge.files import fieldwork, make_team
from tests.merge.test_real_life import add, newest_backup, ok, restore, texts


def test_the_compared_in_full_note_belongs_to_the_merge_that_needed_it(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    ok("merge", str(team.alice), str(team.master))
    backup = newest_backup(team.alice)
    add(team.alice, "The note that the restore threw away.")
    ok("merge", str(team.master), str(team.alice))
    restore(backup, team.alice)
    add(team.alice, "Written in the restored file.")
    out = ok("merge", str(team.master), str(team.alice))
    assert "Alice Able" in out and "compared in full" in out, out
    # Bob takes the master (with Alice's numbers used twice), writes, and is merged:
    # nothing new of Alice's comes with him, so no note about her file.
    ok("merge", str(team.bob), str(team.master))
    add(team.bob, "Bob's note on the guardian's analysis.")
    out = ok("merge", str(team.master), str(team.bob))
    assert "1 new" in out and "compared in full" not in out, out
    out = ok("merge", str(team.master), str(team.alice))
    assert "nothing new" in out and "compared in full" not in out, out
    # Alice writes again: her versions are compared in full again, and it says so.
    add(team.alice, "Her next note.")
    out = ok("merge", str(team.master), str(team.alice))
    assert "1 new" in out and "compared in full" in out, out
    assert {"Written in the restored file.", "Her next note."} <= texts(team.master)


def test_merging_a_file_into_its_own_copy_says_why_not_and_what_to_do(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    laptop2 = tmp_path / "alice_laptop2.db"
    shutil.copyfile(team.alice, laptop2)
    add(team.alice, "Only on the first laptop.")
    code, out = fieldwork("merge", str(laptop2), str(team.alice))
    assert code == 2, out
    assert "cannot be merged into its own copy" in out and "fieldwork merge MASTER" in out, out
    ok("merge", str(team.master), str(laptop2), str(team.alice))
    ok("merge", str(laptop2), str(team.master))
    assert "Only on the first laptop." in texts(laptop2)
