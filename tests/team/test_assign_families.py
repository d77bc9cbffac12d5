"""`assign --case` and a family: the children of one set of proceedings share one file,
read once, so giving one child to an inspector while another inspector holds a brother
or sister is said (with the command that puts them together), and giving both to one
inspector says nothing.  The list is the hand-written sibling export of
test_case_import_siblings, not the demo."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, run
from tests.team.test_case_import_siblings import FAMILIES, write


def refs_by_name(db: Path) -> list[str]:
    """The O'Neill children's references (the family of three)."""
    cases = json.loads(run("cases", "list", db, "--json").output)
    return sorted(c["ref"] for c in cases if len(c["siblings"]) == 2)


def family_of_three(tmp_path: Path) -> tuple[Path, list[str]]:
    """A master with the sibling list imported and two inspectors; the O'Neill children's
    references."""
    db = new_inspection(tmp_path / "master.db")
    run("areas", "add", db, "2", "--name", "North East", "--visited")
    run("cases", "import", db, write(tmp_path / "list.csv", FAMILIES))
    run("team", "add", db, "Owen Rhys", "--initials", "OR")
    run("team", "add", db, "Leila Haddad", "--initials", "LH")
    return db, refs_by_name(db)


def test_a_family_split_between_inspectors_is_said(tmp_path: Path) -> None:
    db, (first, second, third) = family_of_three(tmp_path)

    quiet = run("assign", db, "--inspector", "OR", "--case", first, "--case", second).output
    assert "Note:" not in quiet

    said = run("assign", db, "--inspector", "LH", "--case", third).output
    assert "Assigned 1 case to Leila Haddad" in said
    notes = [ln for ln in said.splitlines() if ln.startswith("Note:")]
    assert len(notes) == 2, said
    for ref in (first, second):
        assert any(f"{third} and {ref} are children of one family, and Owen Rhys holds {ref}"
                   in n for n in notes), said  # fmt: skip
    assert f"--case {third} --case {first}" in notes[0]

    together = run("assign", db, "--inspector", "OR", "--case", third).output
    assert "Note:" not in together
    held = {c["ref"]: c["inspector"] for c in json.loads(run("cases", "list", db, "--json").output)}
    assert {held[r] for r in (first, second, third)} == {"Owen Rhys"}


def test_the_assign_dialog_asks_before_splitting_a_family(tmp_path: Path) -> None:
    """The TUI's question (asked before anything changes) names the family it would split
    and who holds the other child; giving the whole family to one inspector says nothing."""
    from store.store import Store
    from tui.modals.assign import AssignRequest, plan_assignment

    db, (first, second, third) = family_of_three(tmp_path)
    run("assign", db, "--inspector", "OR", "--case", first, "--case", second)
    with Store.open(db) as store:
        leila = store.find_inspector("LH")
        owen = store.find_inspector("OR")
        case = store.case_by_ref(third)
        question = plan_assignment(store, AssignRequest(leila.id, case_id=case.id)).question
        assert question.startswith(f"Give 1 case (case {third}) to Leila Haddad?")
        for ref in (first, second):
            assert f"{third} and {ref} are children of one family, and Owen Rhys holds {ref}" in (
                question
            )
        alone = plan_assignment(store, AssignRequest(owen.id, case_id=case.id)).question
        assert "family" not in alone
        assert store.case_by_ref(third).inspector_id is None  # asking changed nothing
