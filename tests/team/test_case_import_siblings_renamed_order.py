"""A corrected list changes a sibling's date of birth so that the children's order in
the family changes (tester 18, F10): each child keeps their own case, reference and
notes, found by name, and only the corrected child's age band changes.  Without a child
ID column, the import had matched siblings by their place in the family by date of
birth, so the two children's references swapped silently.  Written by hand here."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, run

HEADER = "Case number,Forename,Surname,D.O.B.,Law,Application,Area\n"
FIRST = HEADER + (
    "WX/26/2027,Harry,Penrose,15/12/2009,Private,Child arrangements,Area 3\n"
    "WX/26/2027,Lily,Penrose,29/07/2013,Private,Child arrangements,Area 3\n"
    "WX/26/2030,Ada,Morven,02/02/2016,Public,Care order,Area 3\n"
)
# Harry's date of birth was wrong: he is the younger, born 2015.
CORRECTED = FIRST.replace("15/12/2009", "15/12/2015")


def _cases(db: Path) -> dict[str, dict[str, object]]:
    return {c["ref"]: c for c in json.loads(run("cases", "list", db, "--json").output)}


def _names(db: Path) -> dict[str, set[str]]:
    """The case reference each protected child name is on (via the hit labels' data)."""
    from store.store import Store

    with Store.open(db) as store:
        refs = {c.id: c.ref for c in (store.case(p.case_id) for p in store.protected_names()
                                      if p.case_id)}  # fmt: skip
        out: dict[str, set[str]] = {}
        for p in store.protected_names():
            if p.case_id:
                out.setdefault(refs[p.case_id], set()).add(p.name)
    return out


def test_a_corrected_date_of_birth_keeps_each_sibling_on_their_own_case(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    run("areas", "add", db, "3", "--name", "South West")
    (tmp_path / "v1.csv").write_text(FIRST, encoding="utf-8")
    run("cases", "import", db, tmp_path / "v1.csv")
    before = _names(db)
    harry = next(ref for ref, names in before.items() if "Harry" in names)
    lily = next(ref for ref, names in before.items() if "Lily" in names)
    assert _cases(db)[harry]["age_band"] == "16-17" and _cases(db)[lily]["age_band"] == "10-13"
    run("evidence", "add", db, "--case", harry, "--criteria", "QP3", "--source",
        "CASE_FILE", "--polarity", "strength", "--text", "Wishes gathered well.")  # fmt: skip

    (tmp_path / "v2.csv").write_text(CORRECTED, encoding="utf-8")
    said = run("cases", "import", db, tmp_path / "v2.csv", "--update").output
    assert "2 children sharing a case number with brothers or sisters were found by name" in said
    assert f"age band (1): {harry} 16-17 → 10-13" in said
    assert lily not in said.split("Corrected", 1)[-1]
    after = _cases(db)
    assert after[harry]["age_band"] == "10-13" and after[lily]["age_band"] == "10-13"
    assert after[harry]["evidence"] == 1 and after[lily]["evidence"] == 0
    assert _names(db) == before  # no name moved to the other child's case
    # `cases match` pairs each row with the same child's case, as the import does, so
    # the lead asks the organisation for the right child's file (tester 18, F10 (a)).
    matched = json.loads(run("cases", "match", db, tmp_path / "v2.csv", "--json").output)
    by_line = {m["line"]: m["ref"] for m in matched}
    assert by_line[2] == harry and by_line[3] == lily  # Harry's row is the list's first

    again = run("cases", "import", db, tmp_path / "v2.csv").output  # the same list again
    assert "Imported 0 cases (3 already present); 0 names added" in again
    assert "the list differs from none" in again
