"""The lead falls ill and the deputy takes over the master (tester 32, F7): nothing in
the README said how, and a deputy who forgot `--as` once recorded work in the absent
lead's name.  `fieldwork team handover MASTER NAME` makes the master the deputy's: what
is recorded in it is theirs without `--as`, merges name them, and the lead's work keeps
the lead's name.  The team is written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from store.store import Store
from tests.team.helpers import new_inspection, run


def _team(tmp_path: Path) -> tuple[Path, Path]:
    master = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-24")
    run("team", "add", master, "Kofi Asante", "--role", "deputy")
    run("team", "add", master, "Marta Nowicka")
    run("areas", "add", master, "2", "--name", "Newham", "--visited")
    marta = tmp_path / "marta.db"
    run("issue", master, "--inspector", "Marta Nowicka", "-o", marta)
    return master, marta


def _note(db: Path, text: str) -> str:
    return run("evidence", "add", db, "--area", "2", "--criteria", "LG2", "--source",
               "INTERVIEW_MANAGER", "--polarity", "neutral", "--text", text).stdout.strip()  # fmt: skip


def test_the_deputy_takes_over_the_master_and_records_in_their_own_name(
    tmp_path: Path,
) -> None:
    master, marta = _team(tmp_path)
    lead_note = _note(master, "Head of service described the recovery plan for Newham.")
    said = " ".join(run("team", "handover", master, "Kofi Asante").stdout.split())
    assert "is now Kofi Asante's (deputy lead inspector), handed over from Ruth Okafor" in said
    deputy_note = _note(master, "Caseloads in Newham average 21; two posts vacant.")
    team = json.loads(run("team", "list", master, "--json").stdout)
    holder = {p["name"] for p in team if p["this_file_is_theirs"]}
    assert holder == {"Kofi Asante"}
    with Store.open(master) as s:
        kofi = s.find_inspector("Kofi Asante").id
        ruth = s.find_inspector("Ruth Okafor").id
        assert s.evidence(deputy_note).meta.created_by == kofi
        assert s.evidence(lead_note).meta.created_by == ruth  # the lead's work keeps her name
    # The master taken back into an inspector's file names the deputy as its holder.
    out = " ".join(run("merge", marta, master).stdout.split())
    assert "(Kofi Asante)" in out and "(Ruth Okafor)" not in out, out
    # And handed back.
    run("team", "handover", master, "Ruth Okafor")
    back = _note(master, "Lead back: judgements reviewed with the deputy.")
    with Store.open(master) as s:
        assert s.evidence(back).meta.created_by == ruth


def test_a_handover_to_a_team_inspector_or_in_an_inspector_s_file_changes_nothing(
    tmp_path: Path,
) -> None:
    master, marta = _team(tmp_path)
    refused = run("team", "handover", master, "Marta Nowicka", code=2)
    assert "Marta Nowicka is not a deputy lead; make them one first" in refused.stderr
    with Store.open(master) as s:
        assert s.issued_to == s.find_inspector("Ruth Okafor").id
    refused = run("team", "handover", marta, "Kofi Asante", code=2)
    assert "only the lead or a deputy may hand the master over" in refused.stderr
