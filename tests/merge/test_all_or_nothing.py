"""A merge of several inspectors' files is all or nothing (tester 23's note, session 23):
one file found damaged only once it is read, after the files before it were merged, puts
the target back as it was, says so in one sentence and leaves no backup behind."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from store.models import Evidence
from store.store import Store
from tests.merge.files import Team, make_team


def _damage(path: Path, name: str, garbage: Callable[[int], bytes]) -> None:
    """Write `garbage` over every page of one table or index of the file."""
    with contextlib.closing(sqlite3.connect(path)) as c:
        try:
            pages = [p for (p,) in c.execute("SELECT pageno FROM dbstat WHERE name = ?", (name,))]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find an index's pages with")
        size = c.execute("PRAGMA page_size").fetchone()[0]
    assert pages, name
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * size)
            fh.write(garbage(size))


def _state(db: Path) -> tuple[str, list[object], list[str]]:
    with Store.open(db) as s:
        return (
            s.dump(),
            [e.model_dump() for e in s.merge_log()],
            sorted(e.text for e in s.all_evidence()),
        )


def _bob_writes(team: Team, text: str) -> None:
    """A note in Bob's file, so that his file brings work to the master."""
    with Store.open(team.bob) as b:
        b.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE", text=text)
        )


def test_a_source_damaged_past_its_checks_leaves_the_others_unmerged(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    _bob_writes(team, "Plan on file names who does what by when; reviewed at each hearing.")
    # Zeroed, one index's pages read clean to the checks, which do not use it; the
    # merge answers a query through it.
    _damage(team.alice, "version_origin_seq", lambda size: b"\0" * size)
    before = _state(team.master)

    done = CliRunner().invoke(cli, ["merge", str(team.master), str(team.bob), str(team.alice)])

    assert done.exit_code == 2, done.output
    lines = [ln for ln in done.output.splitlines() if ln.strip()]
    assert len(lines) == 1, done.output
    assert "alice.db is a damaged" in lines[0]
    assert "None of the 2 files was merged, so master.db is as it was" in lines[0]
    assert f"merge the others again without {team.alice}." in lines[0]
    assert _state(team.master) == before  # Bob's note is not in, nor his merge's log line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alice.db", "bob.db", "master.db"]

    again = CliRunner().invoke(cli, ["merge", str(team.master), str(team.bob)])
    assert again.exit_code == 0, again.output
    texts = _state(team.master)[2]
    assert "Plan on file names who does what by when; reviewed at each hearing." in texts


def test_without_a_backup_the_copy_that_puts_it_back_is_not_left(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    _bob_writes(team, "Child's wishes written up in her own words before the hearing.")
    with Store.open(team.master) as m:
        m.merge([team.bob, team.alice], backup=False)
        assert len(m.all_evidence()) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alice.db", "bob.db", "master.db"]


def test_a_damaged_file_among_several_says_none_was_merged(tmp_path: Path) -> None:
    """Tester 24, F9: nine files in one command, one with random bytes in its middle: the
    checks refuse it before anything is written, and the sentence says the sound files
    were not merged either (a lead reading only of the one file thought they were)."""
    team = make_team(tmp_path)
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    broken = Path(shutil.copyfile(team.bob, damaged / "bob.db"))
    _damage(broken, "version", lambda size: bytes((i * 7 + 3) % 256 for i in range(size)))
    before = _state(team.master)

    done = CliRunner().invoke(cli, ["merge", str(team.master), str(team.alice), str(broken)])

    assert done.exit_code == 2, done.output
    lines = [ln for ln in done.output.splitlines() if ln.strip()]
    assert len(lines) == 1, done.output
    assert f"{broken} is a damaged" in lines[0]
    assert (
        f"None of the 2 files was merged, so master.db is as it was: merge the others again "
        f"without {broken}." in lines[0]
    )
    assert _state(team.master) == before
    assert not list(tmp_path.glob("master.db.bak-*"))

    alone = CliRunner().invoke(cli, ["merge", str(team.master), str(broken)])
    assert alone.exit_code == 2
    assert "None of" not in alone.output  # one file: its own sentence says it all
