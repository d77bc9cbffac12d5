"""`fieldwork case edit --seen-alone yes` records the child as seen (tester 32, F14, at
their re-test: the command line left "child seen" unrecorded beside "seen alone yes",
where the case screen now sets both).  The case list is written here by hand."""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run


def test_seen_alone_from_the_command_line_records_the_child_as_seen(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-24")
    run("areas", "add", db, "2", "--name", "Newham", "--visited")
    listed = tmp_path / "list.csv"
    listed.write_text("Case number,Child name,Law type,Case type,Service area\n"
                      "NH-1,Idil Warsame,Private,CAO,Area 2\n", encoding="utf-8")  # fmt: skip
    run("cases", "import", db, listed)
    with Store.open(db) as s:
        (ref,) = [r.ref for r in s.case_rows(CaseFilter(), 0, 5)]
    said = run("case", "edit", db, ref, "--seen-alone", "yes").stdout
    assert "child seen yes, seen alone yes" in said, said
    with Store.open(db) as s:
        case = s.case_by_ref(ref)
    assert case.child_seen is True and case.seen_alone == "yes"
