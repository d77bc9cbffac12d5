"""A master handed over as a copy retires the file it came from (tester 35, F7: after
the deputy handed the master back, the copy left on the deputy's laptop went on
recording as the lead, with no --as and no warning).  `fieldwork team handover MASTER
NAME -o FILE` writes the handed-over master to FILE and MASTER records nothing more,
saying where the master went; it is still read and merged from.  The team is written
here by hand."""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.team.helpers import dump, new_inspection, refused, run, unchanged


def _note(db: Path, text: str, code: int = 0) -> str:
    return run("evidence", "add", db, "--area", "4", "--criteria", "LG2", "--source",
               "INTERVIEW_MANAGER", "--polarity", "neutral", "--text", text,
               code=code).output.strip()  # fmt: skip


def test_a_master_handed_over_as_a_copy_records_nothing_more(tmp_path: Path) -> None:
    lead = new_inspection(tmp_path / "lead.db", start="2026-11-30", end="2026-12-24")
    run("team", "add", lead, "Siobhan Kerr", "--role", "deputy")
    run("areas", "add", lead, "4", "--name", "Cheshire", "--visited")
    _note(lead, "Head of service described the Chester duty rota.")
    deputy = tmp_path / "deputy.db"
    said = " ".join(run("team", "handover", lead, "Siobhan Kerr", "-o", deputy).stdout.split())
    assert f"{deputy} is now Siobhan Kerr's (deputy lead inspector)" in said
    assert f"{lead} is retired: it records nothing more" in said
    # The retired file refuses every write, in one sentence that says where to work.
    with unchanged(lead):
        line = refused("evidence", "add", lead, "--area", "4", "--criteria", "LG2",
                       "--source", "INTERVIEW_MANAGER", "--polarity", "neutral",
                       "--text", "Written on the wrong laptop.")  # fmt: skip
    assert "was handed over to Siobhan Kerr on" in line and f"work in {deputy}" in line
    # The copy records as the deputy, and takes in what the lead's file held.
    _note(deputy, "Caseloads in Cheshire average 19.")
    with Store.open(deputy) as s:
        kerr = s.find_inspector("Siobhan Kerr").id
        assert s.issued_to == kerr
        assert {e.meta.created_by == kerr for e in s.evidence_for_area("4")} == {True, False}
    # Still merged from: nothing new, nothing lost.
    before = dump(deputy)
    run("merge", deputy, lead)
    assert dump(deputy) == before
    # Handed back as a copy, the deputy's file is retired too.
    back = tmp_path / "back.db"
    run("team", "handover", deputy, "Ruth Okafor", "-o", back)
    line = refused("evidence", "add", deputy, "--area", "4", "--criteria", "LG2", "--source",
                   "INTERVIEW_MANAGER", "--polarity", "neutral", "--text", "Habit.")  # fmt: skip
    assert "was handed over to Ruth Okafor" in line
    with Store.open(back) as s:
        assert s.issued_to == s.find_inspector("Ruth Okafor").id
        assert len(s.evidence_for_area("4")) == 2


def test_the_workbench_will_not_open_a_retired_master(tmp_path: Path) -> None:
    lead = new_inspection(tmp_path / "lead.db")
    run("team", "add", lead, "Siobhan Kerr", "--role", "deputy")
    run("team", "handover", lead, "Siobhan Kerr", "-o", tmp_path / "deputy.db")
    result = run("open", lead, code=2)
    assert "was handed over to Siobhan Kerr" in result.output
    assert "Traceback" not in result.output


def test_a_handover_in_place_says_the_copy_it_came_from_still_records(tmp_path: Path) -> None:
    lead = new_inspection(tmp_path / "lead.db")
    run("team", "add", lead, "Siobhan Kerr", "--role", "deputy")
    said = " ".join(run("team", "handover", lead, "Siobhan Kerr").stdout.split())
    assert "Any other copy of this master (the one it was copied from) still records as" in said
