"""`fieldwork restore` (tester 17, F8): a lead whose master is damaged is told the one
command that puts back the newest sound backup beside it; the damaged file is kept
aside, never deleted, and merging the team's files again brings back what came after
the backup.  Names and notes written here."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from store.errors import InvalidInputError
from store.replicas import prune_backups, write_copy
from store.store import Store
from tests.team.helpers import dump, empty_file, refused, run, unchanged


def _team(tmp_path: Path) -> tuple[Path, Path]:
    master = empty_file(tmp_path / "master.db", "cafcass-2021", "Tyneside visit")
    run("team", "add", master, "Hannah Reid", "--initials", "HR")
    run("issue", master, "--inspector", "Hannah Reid", "-o", tmp_path / "hannah.db")
    return master, tmp_path / "hannah.db"


def _note(db: Path, text: str) -> None:
    run("evidence", "add", db, "--national", "--criteria", "LG3", "--source", "QA_AUDIT",
        "--polarity", "development", "--text", text)  # fmt: skip


def _damage(db: Path) -> None:
    with db.open("r+b") as f:
        f.seek(100)
        f.write(b"\x00" * 8000)


def test_a_damaged_master_is_put_back_and_the_team_merged_again(tmp_path: Path) -> None:
    master, hannah = _team(tmp_path)
    _note(hannah, "Audit tool counts letters sent on time, not what they say.")
    run("merge", master, hannah)
    time.sleep(1.1)  # the next merge's backup is named by the second
    _note(hannah, "Board papers show timeliness only; no measure of quality.")
    run("merge", master, hannah)
    whole = dump(master)
    _damage(master)
    said = refused("check", master)
    assert f"'fieldwork restore {master}'" in said
    out = run("restore", master).output
    backups = sorted(tmp_path.glob("master.db.bak-*"))
    assert f"Restored {master} from {backups[-1]} (inspection: Tyneside visit)." in out
    aside = next(tmp_path.glob("master.db.damaged-*"))
    assert f"kept as {aside}" in out and "merge the team's files into it again" in out
    assert stat.S_IMODE(os.stat(master).st_mode) == 0o600
    run("merge", master, hannah)
    assert dump(master) == whole  # nothing lost


def test_a_damaged_newest_backup_is_passed_over(tmp_path: Path) -> None:
    master, hannah = _team(tmp_path)
    _note(hannah, "Supervision records are brief and do not challenge.")
    run("merge", master, hannah)
    time.sleep(1.1)
    _note(hannah, "The improvement plan does not mention the quality of analysis.")
    run("merge", master, hannah)
    first, newest = sorted(tmp_path.glob("master.db.bak-*"))
    _damage(newest)
    _damage(master)
    out = run("restore", master).output
    assert f"Passed over {newest.name}" in out
    assert f"Restored {master} from {first} (inspection: Tyneside visit)." in out
    run("check", master)


def test_a_sound_file_no_backup_or_another_inspections_file_is_refused(tmp_path: Path) -> None:
    master, hannah = _team(tmp_path)
    with unchanged(master):
        said = refused("restore", master)
    assert "reads as sound: nothing to restore" in said  # a sound file is never rolled back
    _damage(master)
    said = refused("restore", master)
    assert "No backup lies beside" in said and "--from FILE" in said
    assert not list(tmp_path.glob("master.db.damaged-*"))


def test_another_inspections_file_never_replaces_a_damaged_one(tmp_path: Path) -> None:
    master, hannah = _team(tmp_path)
    _note(hannah, "Performance reports count visits, not what changed for children.")
    run("merge", master, hannah)  # a backup beside the master says which inspection it is
    _damage(master)
    other = empty_file(tmp_path / "other.db", "cafcass-2021", "Teesside visit")
    said = refused("restore", master, "--from", other)
    assert "holds another inspection" in said
    assert not list(tmp_path.glob("master.db.damaged-*"))
    out = run("restore", master).output
    assert "(inspection: Tyneside visit)" in out


def test_a_file_whose_first_page_died_names_restore_where_a_backup_lies_beside_it(
    tmp_path: Path,
) -> None:
    """A dying disk overwrites a file's first page: with a backup of it beside it, the
    file is said to be damaged and `restore` named, not "you chose the wrong file"
    (tester 19, F7); a stray file with no backup beside it is still said to be no
    database."""
    master, hannah = _team(tmp_path)
    _note(hannah, "Supervision notes record challenge on drift in two of three cases.")
    run("merge", hannah, master)  # nothing new: no backup yet
    _note(master, "Board minutes record the quality assurance framework's first review.")
    run("merge", hannah, master)  # writes hannah.db.bak-*
    with hannah.open("r+b") as f:
        f.write(b"\x00" * 4096)
    said = refused("evidence", "list", hannah)
    assert "hannah.db cannot be read: its first page is damaged" in said, said
    assert f"'fieldwork restore {hannah}'" in said, said
    run("restore", hannah)
    assert "Supervision notes record challenge" in run("evidence", "list", hannah).output
    stray = tmp_path / "notes.db"
    stray.write_bytes(b"\x00" * 4096)
    assert "is not a Fieldwork database" in refused("evidence", "list", stray)


def test_the_newest_backup_is_the_one_holding_most_when_the_clock_went_back(
    tmp_path: Path,
) -> None:
    """A laptop whose clock was put back (a flat battery; tester 25's laptop two days
    slow) names and dates its next backup before the earlier ones: restore must still
    put back the backup holding the latest work, and pruning must keep it."""
    master, hannah = _team(tmp_path)
    _note(hannah, "Quarterly audits look at timeliness, not at what the letters say.")
    run("merge", master, hannah)
    time.sleep(1.1)
    _note(hannah, "The practice standards were rewritten in June; staff had not read them.")
    run("merge", master, hannah)
    earlier, later = sorted(tmp_path.glob("master.db.bak-*"))
    # What the later backup would be called and dated with the clock two days slow.
    slow = time.time() - 2 * 86400
    renamed = later.with_name(
        "master.db.bak-" + time.strftime("%Y%m%dT%H%M%S", time.localtime(slow))
    )
    later.rename(renamed)
    os.utime(renamed, (slow, slow))
    whole = dump(master)
    _damage(master)
    out = run("restore", master).output
    assert f"Restored {master} from {renamed} (inspection: Tyneside visit)." in out
    assert '"evidence": {}' not in dump(master)  # the earlier backup held no note at all
    run("merge", master, hannah)
    assert dump(master) == whole  # nothing lost


def test_pruning_keeps_the_backup_holding_most_whatever_its_name(tmp_path: Path) -> None:
    master, hannah = _team(tmp_path)
    _note(hannah, "Case supervision happens monthly but the record is a tick box.")
    run("merge", master, hannah)
    time.sleep(1.1)
    _note(hannah, "Two managers described the same audit findings in different terms.")
    run("merge", master, hannah)
    earlier, later = sorted(tmp_path.glob("master.db.bak-*"))
    slow = time.time() - 2 * 86400
    renamed = later.with_name("master.db.bak-20000101T000000")
    later.rename(renamed)
    os.utime(renamed, (slow, slow))
    assert prune_backups(master, 1) == [earlier]
    assert sorted(tmp_path.glob("master.db.bak-*")) == [renamed]


def test_a_copy_is_never_renamed_over_a_file_made_meanwhile(tmp_path: Path) -> None:
    """Two merges into one file in the same second both chose one backup name (tester
    26): the second copy's rename went over the first.  Now a name taken between the
    choice and the rename is kept, and the copy takes the next name, or is refused."""
    master, hannah = _team(tmp_path)
    _note(hannah, "Managers' audits sample ten files a month and say what to put right.")
    run("merge", master, hannah)
    taken = tmp_path / "master.db.bak-taken"
    taken.write_bytes(b"another merge's backup")
    with Store.open(master) as store:
        made = write_copy(store.conn, taken, master, another=lambda p: p.with_name(p.name + "-2"))
        assert made == tmp_path / "master.db.bak-taken-2"
        with pytest.raises(InvalidInputError, match="already exists"):
            write_copy(store.conn, taken, master)
    assert taken.read_bytes() == b"another merge's backup"
    assert not list(tmp_path.glob(".master.db.bak-taken*.partial-*"))
    with Store.open(made) as copy:
        assert copy.check().integrity == "ok"


def test_the_restore_says_after_which_of_your_own_changes_to_redo(tmp_path: Path) -> None:
    """The lead's own notes are in the backup up to a time: the restore names it, so
    the lead knows which of their own changes to redo (tester 28: only "redo any change
    you made in it since", and the damaged file could not be read to tell)."""
    master, hannah = _team(tmp_path)
    _note(master, "Leaders' dashboard counts letters started as letters sent.")
    with Store.open(master) as store:
        mine = [e for e in store.all_evidence() if "dashboard" in e.text]
    assert len(mine) == 1
    written = mine[0].meta.updated_at  # when the lead's note was written (UTC)
    _note(hannah, "Agency staff carry the highest caseloads in two teams.")
    run("merge", master, hannah)  # writes the backup, holding the lead's note
    time.sleep(1.1)
    _note(master, "Board minutes note the figures without challenge.")  # after the backup
    _damage(master)
    out = " ".join(run("restore", master).output.split())
    assert f"redo any change you made in it after {written[:16].replace('T', ' ')} UTC" in out, out
