"""A removal from the team travels through merges like any edit (issue 13), through the
CLI only: from the master to an inspector's file, and from a deputy's file back to the
master (the team is the lead's and the deputies' to change, `store/roles.py`; the rules
are the same everywhere, `store/team.py`)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, refused, run, unchanged
from tests.team.messy_list import write_messy_list


def _team(db: Path) -> dict[str, dict[str, object]]:
    """Everyone ever on the team, by name: active, role, initials as the file says."""
    return {p["name"]: p for p in json.loads(run("team", "list", db, "--all", "--json").output)}


def _on_team(db: Path) -> set[str]:
    return {p["name"] for p in json.loads(run("team", "list", db, "--json").output)}


def test_a_removal_reaches_the_other_files_through_merges(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    run("cases", "import", master, write_messy_list(tmp_path / "list.csv", n=80)[0])
    for name, initials, role in (("Priti Sandhu", "PS", "inspector"),
                                 ("Dara Lyle", "DL", "deputy"),
                                 ("Owen Marsh", "OM", "inspector"),
                                 ("Ines Quarry", "IQ", "analyst")):  # fmt: skip
        run("team", "add", master, name, "--initials", initials, "--role", role)
    ps, dl = tmp_path / "ps.db", tmp_path / "dl.db"
    run("issue", master, "--inspector", "PS", "-o", ps)
    run("issue", master, "--inspector", "DL", "-o", dl)
    assert {"Owen Marsh", "Ines Quarry"} <= _on_team(ps)

    # Master -> inspector: the lead takes Owen off the team; Priti's file learns it.
    assert "Removed Owen Marsh" in run("team", "remove", master, "Owen Marsh").output
    assert "Owen Marsh" in _on_team(ps)  # not before the merge
    run("merge", ps, master)
    assert "Owen Marsh" not in _on_team(ps) and _team(ps)["Owen Marsh"]["active"] is False
    assert "[removed]" in run("team", "list", ps, "--all").output
    run("merge", dl, master)
    with unchanged(dl):
        assert "not on the team" in refused("assign", dl, "--inspector", "OM", "--all")

    # Deputy -> master, beside the lead's edit of the same person: Dara takes Ines off
    # the team while the lead corrects her initials; the merge keeps both changes
    # (different fields of one record), no conflict, and every file agrees.
    run("team", "remove", dl, "Ines Quarry")
    run("team", "edit", master, "Ines Quarry", "--initials", "IQR")
    with unchanged(ps):  # Priti's file is a team inspector's: the team is not hers to change
        assert "only the lead or a deputy" in refused("team", "edit", ps, "Ines Quarry",
                                                      "--initials", "IQX")  # fmt: skip
    run("merge", master, dl, ps)
    assert json.loads(run("conflicts", master, "--json").output) == []
    ines = _team(master)["Ines Quarry"]
    assert ines["active"] is False and ines["initials"] == "IQR"
    assert _on_team(master) == {"Ruth Okafor", "Priti Sandhu", "Dara Lyle"}
    for f in (ps, dl):
        run("merge", f, master)
    assert _on_team(ps) == _on_team(dl) == _on_team(master)
    assert run("dump", ps).output == run("dump", dl).output == run("dump", master).output

    # In the file issued to her, Dara (a deputy) cannot remove herself: that is the
    # master's to do.
    with unchanged(dl):
        assert "remove them from the master instead" in refused("team", "remove", dl, "DL")
