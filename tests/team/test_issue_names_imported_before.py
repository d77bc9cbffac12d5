"""A master whose protected names were imported as one record for every case giving
them (before each name was tied to each case) issues files that lack their cases' names:
`issue` says so and gives the way through, and after the list is imported again the
note is gone and the file holds the names (tester 14, F7, on a file imported earlier).
The old records are written here as the earlier import wrote them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from store.ids import natural_id
from store.models import ProtectedName
from store.store import Store
from tests.team.helpers import new_inspection, run

LIST = (
    "Case ref,Child ID,Forename,Surname,Date of birth,Law,Order type,Area,Stage\n"
    "FW-6101,K1,Ivy,Ashdown,2016-03-02,private law,s8,Area 3,Final hearing\n"
    "FW-6102,K2,Ivy,Khan,2015-07-14,private law,s8,Area 3,Final hearing\n"
)
UNNAMED = (
    "\n".join(  # the same cases, the name columns left out
        ",".join(cells[:2] + cells[4:]) for cells in (line.split(",") for line in LIST.splitlines())
    )
    + "\n"
)


def _names(db: Path) -> set[str]:
    with Store.open(db) as store:
        return {p.name for p in store.protected_names()}


def test_issue_names_cases_without_names_and_the_way_through(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    (tmp_path / "unnamed.csv").write_text(UNNAMED, encoding="utf-8")
    run("cases", "import", master, tmp_path / "unnamed.csv")
    run("team", "add", master, "Owen Rhys", "--initials", "OR")
    with Store.open(master) as store:
        assert store.protected_names() == []
        ids = {c.ref: c.id for c in store.case_facts()}
        first, second = sorted(ids.values())
        old = [("Ivy", first), ("Ashdown", first), ("Ivy Ashdown", first),
               ("Khan", second), ("Ivy Khan", second)]  # fmt: skip
        store.bulk_create(  # as the earlier import stored them: one record a name
            [(natural_id("protected_name", store.inspection_id, n.casefold(), "child"),
              ProtectedName(name=n, category="child", case_id=c)) for n, c in old],
            store.me_id or "",
        )  # fmt: skip
    run("areas", "visit", master, "3")
    run("sample", master, "--per-area", "2")
    ref = next(r for r, i in ids.items() if i == second)
    run("assign", master, "--inspector", "OR", "--case", ref)
    res = CliRunner().invoke(cli, ["issue", str(master), "--inspector", "OR",
                                   "-o", str(tmp_path / "OR.db")])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert f"1 case Owen Rhys holds ({ref}) may lack protected names in the file" in res.stderr
    assert "Import the case list again" in res.stderr
    assert "Ivy" not in _names(tmp_path / "OR.db")  # the old record is the first case's
    run("cases", "import", master, tmp_path / "list.csv")
    res = CliRunner().invoke(cli, ["issue", str(master), "--inspector", "OR",
                                   "-o", str(tmp_path / "OR2.db")])  # fmt: skip
    assert res.exit_code == 0 and "may lack protected names" not in res.stderr
    assert {"Ivy", "Khan", "Ivy Khan"} <= _names(tmp_path / "OR2.db")
