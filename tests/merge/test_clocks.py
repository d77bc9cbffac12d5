"""Wrong clocks lose no work (tester finding 2, #16/#19): a laptop whose clock is a year
ahead, or reset to 1999 by a flat battery, made honest versions.  The merge takes them,
names the file and the clock error, does not let their times drag or decide anything,
and `fieldwork check` says what is true (not "damaged, restore a backup").

The clocks are faked with libfaketime around real `fieldwork` processes (skipped where
`faketime` is not installed), on the hand-made team of `tests/merge/files.py`."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.ids import parse_hlc
from store.store import Store
from tests.merge.files import fieldwork, make_team

FAKETIME = shutil.which("faketime")
needs_faketime = pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed here")


def at(clock: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`fieldwork ARGS` in its own process with the laptop's clock set by faketime
    (`+400d`, `@1999-12-31 09:30:00`)."""
    exe = Path(sys.executable).parent / "fieldwork"
    return subprocess.run(
        [str(FAKETIME), "-f", clock, str(exe), *args],
        capture_output=True, text=True, timeout=120, env=dict(os.environ),
    )  # fmt: skip


def add(db: Path, text: str, clock: str | None = None) -> str:
    args = ("evidence", "add", str(db), "--polarity", "neutral", "--case", "C-1000-AA", "--criteria", "SW1",
            "--source", "CASE_FILE", "--text", text)  # fmt: skip
    if clock is None:
        code, out = fieldwork(*args)
        assert code == 0, out
        return out.strip().split()[-1]
    done = at(clock, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().split()[-1]


def texts(db: Path) -> set[str]:
    with Store.open(db) as s:
        return {e.text for e in s.all_evidence()}


def hlc_years(db: Path, text: str) -> float:
    with sqlite3.connect(db) as c:
        hlc = c.execute("SELECT hlc FROM version WHERE data LIKE ?", (f"%{text}%",)).fetchone()[0]
    return parse_hlc(hlc)[0] / 1000 / 3600 / 24 / 365.25 + 1970


@needs_faketime
@pytest.mark.parametrize(
    ("clock", "words"),
    [("+400d", "clock 400 days ahead of this computer's"), ("@1999-12-31 09:30:00", "clock set before 2000")],
    ids=["a-year-fast", "flat-battery-1999"],
)  # fmt: skip
def test_work_made_with_a_wrong_clock_is_merged_and_the_clock_named(
    tmp_path: Path, clock: str, words: str
) -> None:
    team = make_team(tmp_path, notes=0)
    wrong = "Seen at home with both carers; the plan was explained to the child."
    add(team.alice, wrong, clock)
    year = hlc_years(team.alice, "both carers")
    assert (year > time.gmtime().tm_year + 1) if clock.startswith("+") else (year < 2000)

    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0, out
    assert "Alice Able" in out and words in out and "1 new" in out, out
    assert "damaged" not in out
    assert wrong in texts(team.master)

    # The laptop's own check tells the truth: not damage, the clock; no backup advice.
    code, out = fieldwork("check", str(team.alice))
    assert "file is damaged" not in out and "Restore" not in out, out
    if clock.startswith("@"):
        assert "clock was wrong (set before 2000)" in out, out
    # With the clock put right, new work goes on merging.
    fixed = "Manager's oversight recorded after the second hearing."
    add(team.alice, fixed)
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "1 new" in out and "had its clock" not in out, out
    assert {wrong, fixed} <= texts(team.master)
    # The master's check names the wrong clock as what it is.
    code, out = fieldwork("check", str(team.master))
    assert "file is damaged" not in out and "Restore" not in out, out
    assert "Alice Able's file made 1 change while its laptop's clock was wrong" in out, out


@needs_faketime
def test_a_far_future_version_does_not_win_later_edits_or_drag_the_master(tmp_path: Path) -> None:
    """After a year-fast laptop's edit is merged, the lead's later edit of the same
    record is what the master shows, and the master's own later changes are dated now."""
    team = make_team(tmp_path, notes=0)
    eid = add(team.alice, "First reading of the case file.", "+400d")
    assert fieldwork("merge", str(team.master), str(team.alice))[0] == 0
    code, out = fieldwork("evidence", "edit", str(team.master), eid, "--text",
                          "The lead's corrected reading.")  # fmt: skip
    assert code == 0, out
    # Bob, meanwhile, edits the same record after taking the master: one head, his.
    assert fieldwork("merge", str(team.bob), str(team.master))[0] == 0
    code, out = fieldwork("evidence", "edit", str(team.bob), eid, "--polarity", "strength")
    assert code == 0, out
    assert fieldwork("merge", str(team.master), str(team.bob))[0] == 0
    with Store.open(team.master) as m:
        (ev,) = m.all_evidence()
        assert (ev.text, ev.polarity) == ("The lead's corrected reading.", "strength")
        assert m.conflicts() == []
    assert hlc_years(team.master, "corrected reading") < time.gmtime().tm_year + 1


@needs_faketime
def test_a_laptop_clock_a_year_slow_is_named_too(tmp_path: Path) -> None:
    """A clock a year behind dates its changes before the inspection was created, which no
    change can be (reader5 finding 16): the merge names the file and the clock, the work
    is merged like any other, and each file's check says what is wrong and how to settle it."""
    team = make_team(tmp_path, notes=0)
    slow = "Seen at the office with her aunt; the plan was read to her."
    add(team.alice, slow, "-365d")
    assert hlc_years(team.alice, "her aunt") < time.gmtime().tm_year

    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "1 new" in out, out
    assert "Alice Able" in out and "had its clock at least 365 days behind when" in out, out
    assert "damaged" not in out and slow in texts(team.master)
    for db in (team.alice, team.master):
        code, out = fieldwork("check", str(db))
        assert "clock was wrong (at least 365 days behind)" in out, out
        assert "set that laptop's date and time" in out and "Restore" not in out, out
    assert "\n1 problem:\n" in out, out  # the master's only problem, counted in words
    # Work made with the clock right is dated right and not named.
    add(team.alice, "The guardian's analysis follows from the evidence.")
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "had its clock" not in out, out


@needs_faketime
def test_a_wrong_clock_is_said_to_the_lead_not_to_every_inspector(tmp_path: Path) -> None:
    """Tester 27, F5: the note on Rachel's laptop's clock, said to the lead at the
    master's merge, was said again to each inspector whose file the lead then merged the
    master into; they cannot act on it.  Merged straight from Alice's own file, her clock
    is still said (it is the file in hand)."""
    team = make_team(tmp_path, notes=0)
    add(team.alice, "Seen alone at school; her wishes recorded in her own words.", "+7d")
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "Alice Able" in out and "had its clock 7 days ahead" in out, out
    spare = tmp_path / "bob-copy.db"
    shutil.copy2(team.bob, spare)
    code, out = fieldwork("merge", str(team.bob), str(team.master))
    assert code == 0 and "1 new" in out and "had its clock" not in out, out
    code, out = fieldwork("merge", str(spare), str(team.alice))
    assert code == 0 and "Alice Able" in out and "had its clock 7 days ahead" in out, out


@needs_faketime
def test_an_inspectors_check_leaves_a_colleagues_clock_to_the_lead(tmp_path: Path) -> None:
    """Tester 27, F5's rest: `check` on an inspector's file listed a colleague's wrong
    clock as one of its problems (exit 1), to settle by setting that laptop's clock."""
    team = make_team(tmp_path, notes=0)
    add(team.alice, "Seen alone at school; her wishes recorded in her own words.", "+7d")
    assert fieldwork("merge", str(team.master), str(team.alice))[0] == 0
    assert fieldwork("merge", str(team.bob), str(team.master))[0] == 0
    code, out = fieldwork("check", str(team.bob))
    said = " ".join(out.split())
    assert code == 0, out
    assert "Alice Able's file made 1 change while its laptop's clock was wrong" in said, out
    assert "the lead asks its owner to set it: nothing to do here" in said, out
    code, out = fieldwork("check", str(team.master))
    assert code == 1 and "set that laptop's date and time" in out, out
