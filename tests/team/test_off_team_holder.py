"""A case given to someone in one file while the lead takes them off the team in another:
after the merge the case is unassigned again, and the merge report (kept in the merge
log) says which case, whom it was held by and what to do (`store/merge_holders.py`).

The team, the areas and the cases are written here by hand, through the command line
where a user would use it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from store.framework import load_framework
from store.models import Area, CaseFile
from store.store import Store
from tests.team.helpers import run

REFS = ("C-3301-LM", "C-3302-LM", "C-3303-LM")


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A master led by Ruth Okafor with three cases in area 8; Dara Lyle (deputy) and
    Priti Sandhu (team inspector) hold files issued from it; Owen Marsh is on the team
    and holds nothing yet."""
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Midlands visit",
                     lead="Ruth Okafor", start_date="2026-06-01")  # fmt: skip
    s.put_area(Area(code="8", name="Birmingham", visited=True))
    for ref in REFS:
        s.put_case(CaseFile(ref=ref, area_code="8", law_type="PUBLIC", case_type="S31",
                            stage="ISSUE"))  # fmt: skip
    s.close()
    for name, initials, role in (("Dara Lyle", "DL", "deputy"),
                                 ("Priti Sandhu", "PS", "inspector"),
                                 ("Owen Marsh", "OM", "inspector")):  # fmt: skip
        run("team", "add", master, name, "--initials", initials, "--role", role)
    run("assign", master, "--inspector", "PS", "--case", REFS[2])
    dl, ps = tmp_path / "dl.db", tmp_path / "ps.db"
    run("issue", master, "--inspector", "DL", "-o", dl)
    run("issue", master, "--inspector", "PS", "-o", ps)
    # The same morning: Dara gives Owen two cases; the lead takes Owen off the team.
    run("assign", dl, "--inspector", "OM", "--case", REFS[0], "--case", REFS[1])
    assert "Removed Owen Marsh" in run("team", "remove", master, "Owen Marsh").output
    return master, dl, ps


def _holders(db: Path) -> dict[str, str | None]:
    """Each case's holder, by name (None: unassigned)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT c.ref, i.name FROM cases c LEFT JOIN inspectors i ON i.id = c.inspector_id"
        ).fetchall()
    return dict(rows)


WANT = {REFS[0]: None, REFS[1]: None, REFS[2]: "Priti Sandhu"}


def test_the_cases_go_back_to_unassigned_and_the_lead_is_told(
    team: tuple[Path, Path, Path],
) -> None:
    master, dl, _ = team
    out = run("merge", master, dl).output
    assert _holders(master) == WANT
    line = (f"Cases {REFS[0]}, {REFS[1]} held by Owen Marsh, who is no longer on the team: "
            "they are unassigned again; assign them to someone on the team.")  # fmt: skip
    assert line in " ".join(out.split())
    s = Store.open(master)
    try:
        assert line in s.merge_log()[0].notes
        assert {c.ref for c in s.case_rows() if c.inspector_id is None} >= set(REFS[:2])
    finally:
        s.close()
    assert json.loads(run("conflicts", master, "--json").output) == []
    # Owen stays off the team, with nothing held.
    team_list = json.loads(run("team", "list", master, "--all", "--json").output)
    owen = next(p for p in team_list if p["name"] == "Owen Marsh")
    assert owen["active"] is False and owen["cases"] == 0


def test_every_file_ends_the_same_in_either_order(team: tuple[Path, Path, Path]) -> None:
    master, dl, ps = team
    other = master.with_name("master-b.db")
    shutil.copyfile(master, other)
    other_dl = dl.with_name("dl-b.db")
    shutil.copyfile(dl, other_dl)
    # One order: the master takes Dara's file, then everyone takes the master.
    run("merge", master, dl)
    run("merge", dl, master)
    # The other: Dara's file takes the master first (a deputy's file returns the cases
    # itself), then the master takes it.
    out = run("merge", other_dl, other).output
    assert "unassigned again" in " ".join(out.split())
    run("merge", other, other_dl)
    for db in (master, dl, other, other_dl):
        assert _holders(db) == WANT, db.name
        assert json.loads(run("conflicts", db, "--json").output) == []
    # A team inspector's file does not allocate: it waits for the master's correction.
    run("merge", ps, dl)
    run("merge", ps, other)
    assert _holders(ps) == WANT


def test_a_team_inspectors_file_leaves_allocation_to_the_lead(
    team: tuple[Path, Path, Path],
) -> None:
    master, dl, ps = team
    run("merge", ps, dl)  # Owen holds two cases here
    out = run("merge", ps, master).output  # and the removal arrives
    assert "unassigned again" not in out
    assert _holders(ps)[REFS[0]] == "Owen Marsh"
    run("merge", master, dl)
    run("merge", ps, master)
    assert _holders(ps) == WANT


def test_a_merge_with_nobody_removed_changes_no_assignment(tmp_path: Path) -> None:
    """The ordinary case: a deputy allocates, the master takes it, nothing is undone."""
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Midlands visit",
                     lead="Ruth Okafor", start_date="2026-06-01")  # fmt: skip
    s.put_area(Area(code="8", name="Birmingham", visited=True))
    s.put_case(CaseFile(ref=REFS[0], area_code="8", law_type="PUBLIC", case_type="S31",
                        stage="ISSUE"))  # fmt: skip
    s.close()
    run("team", "add", master, "Dara Lyle", "--initials", "DL", "--role", "deputy")
    run("team", "add", master, "Owen Marsh", "--initials", "OM")
    dl = tmp_path / "dl.db"
    run("issue", master, "--inspector", "DL", "-o", dl)
    run("assign", dl, "--inspector", "OM", "--case", REFS[0])
    out = run("merge", master, dl).output
    assert "unassigned" not in out
    assert _holders(master) == {REFS[0]: "Owen Marsh"}
