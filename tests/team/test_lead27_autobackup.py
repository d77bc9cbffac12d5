"""Tester 27, F10: backups were written only by merges, so the notes a lead recorded in
the master between merges were in no backup, and a restore lost them.  Now a command
that changes a file whose newest backup is over an hour old leaves a fresh backup, as
the workbench does in the background; a file backed up within the hour, or not changed
since, gets none.  Names and notes written here."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from store.autobackup import EVERY, backup_if_stale
from store.store import Store
from tests.team.helpers import empty_file, run


def _note(db: Path, text: str) -> None:
    run("evidence", "add", db, "--national", "--criteria", "LG3", "--source", "QA_AUDIT",
        "--polarity", "development", "--text", text)  # fmt: skip


def _backups(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f"{db.name}.bak-*"))


def _texts(db: Path) -> set[str]:
    with Store.open(db) as s:
        return {e.text for e in s.all_evidence()}


def _age(paths: list[Path], seconds: float) -> None:
    then = time.time() - seconds
    for p in paths:
        os.utime(p, (then, then))


def test_the_leads_work_between_merges_is_backed_up_within_the_hour(tmp_path: Path) -> None:
    master = empty_file(tmp_path / "master.db", "cafcass-2021", "Tyneside visit")
    run("team", "add", master, "Hannah Reid", "--initials", "HR")
    hannah = tmp_path / "hannah.db"
    run("issue", master, "--inspector", "Hannah Reid", "-o", hannah)
    _note(hannah, "Audit tool counts letters sent on time, not what they say.")
    run("merge", master, hannah)
    (merged,) = _backups(master)
    _note(master, "Chief executive: the dashboard is new and not yet trusted.")
    assert _backups(master) == [merged], "a backup within the hour: none more"
    _age([merged, master], EVERY + 600)  # the afternoon goes by
    _note(master, "Board minutes for June do not mention the allocation backlog.")
    made = [p for p in _backups(master) if p != merged]
    assert len(made) == 1 and oct(made[0].stat().st_mode & 0o777) == "0o600"
    assert {"Chief executive: the dashboard is new and not yet trusted.",
            "Board minutes for June do not mention the allocation backlog."} <= _texts(made[0])  # fmt: skip
    _note(master, "Head of practice: supervision lapsed in two teams.")
    assert len(_backups(master)) == 2, "the next is an hour after this one"
    # A read changes nothing, so it backs up nothing, however old the newest backup.
    _age(_backups(master), EVERY + 600)
    time.sleep(0.01)
    _age([master], EVERY + 1200)
    run("evidence", "list", master)
    assert len(_backups(master)) == 2


def test_a_file_never_backed_up_gets_its_first_once_an_hour_old(tmp_path: Path) -> None:
    """Tester 27, F10's rest: a master not merged yet, or an inspector's file as issued,
    had no backup at all.  A new inspection's first hour takes none (its file is
    nothing yet); after that a command leaves one."""
    master = empty_file(tmp_path / "master.db", "cafcass-2021", "Tyneside visit")
    _note(master, "Chief executive: the dashboard is new and not yet trusted.")
    assert _backups(master) == []
    made = backup_if_stale(master, now=time.time() + EVERY + 60)
    assert made is not None and _backups(master) == [made]
    assert "Chief executive: the dashboard is new and not yet trusted." in _texts(made)


@pytest.mark.asyncio
async def test_the_workbench_backs_up_in_the_background(tmp_path: Path) -> None:
    from tui.app import make_app
    from tui.settings import Settings

    master = empty_file(tmp_path / "master.db", "cafcass-2021", "Tyneside visit")
    run("team", "add", master, "Hannah Reid", "--initials", "HR")
    run("issue", master, "--inspector", "Hannah Reid", "-o", tmp_path / "hannah.db")
    _note(tmp_path / "hannah.db", "Audit tool counts letters sent on time, not what they say.")
    run("merge", master, tmp_path / "hannah.db")
    _note(master, "Chief executive: the dashboard is new and not yet trusted.")
    (old,) = _backups(master)
    _age([old], EVERY + 600)
    store = Store.open(master)
    app = make_app(store, Settings())
    async with app.run_test() as pilot:
        await pilot.pause()
        app.back_up_if_stale()
        await app.workers.wait_for_complete()
        await pilot.pause()
    store.close()
    made = [p for p in _backups(master) if p != old]
    assert len(made) == 1
    assert "Chief executive: the dashboard is new and not yet trusted." in _texts(made[0])
