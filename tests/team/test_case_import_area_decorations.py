"""Areas written as a case management system writes them (tester 32, F1): "NEWHAM TEAM"
and "Newham (E)" beside "Newham" were refused, 397 rows of one list, though the
inspection has an area Newham; the lead wrote eight map lines by hand.  A cell that
names no area is read again without a bracketed part and a last word such as Team, and
the import says which cells it read so.  The list is written here by hand."""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run

ROWS = [
    ("LB-5001", "Amina", "Yusuf", "Newham"),
    ("LB-5002", "Kacper", "Wiśniewski", "NEWHAM TEAM"),
    ("LB-5003", "Tolu", "Bakare", "Newham (E)"),
    ("LB-5004", "Deniz", "Arslan", "Brent & Harrow Hub"),
    ("LB-5005", "Shanice", "Boateng", "SOUTHWARK & LAMBETH TEAM"),
]


def _list(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    head = "CASE_NO\tCHILD_FORENAME\tCHILD_SURNAME\tPROCEEDINGS\tORDER_TYPE\tTEAM"
    lines = [head, *(f"{r[0]}\t{r[1]}\t{r[2]}\tPrivate\tCAO\t{r[3]}" for r in rows)]
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def test_an_area_with_a_team_word_or_a_bracket_is_read_as_that_area(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-24")
    for code, name in (("2", "Newham"), ("3", "Southwark & Lambeth"), ("4", "Brent & Harrow")):
        run("areas", "add", db, code, "--name", name, "--visited")
    mapped = tmp_path / "map.csv"
    mapped.write_text("column,TEAM,area\n", encoding="utf-8")
    out = run("cases", "import", db, _list(tmp_path / "list.txt", ROWS), "--map", mapped).output
    said = " ".join(out.split())
    assert "Imported 5 cases" in said, out
    for cell in ("NEWHAM TEAM", "Newham (E)", "SOUTHWARK & LAMBETH TEAM"):
        assert repr(cell) in said, out  # said as read so, for the lead to check
    with Store.open(db) as s:
        areas = sorted(c.area_code for c in s.case_rows(CaseFilter(), 0, 100))
    assert areas == ["2", "2", "2", "3", "4"]


def test_a_team_word_alone_still_names_no_area(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-24")
    run("areas", "add", db, "2", "--name", "Newham", "--visited")
    mapped = tmp_path / "map.csv"
    mapped.write_text("column,TEAM,area\n", encoding="utf-8")
    rows = [("LB-6001", "Amina", "Yusuf", "Newham"), ("LB-6002", "Ife", "Ade", "Duty Team")]
    out = run("cases", "import", db, _list(tmp_path / "l.txt", rows), "--map", mapped, code=2)
    assert "'Duty Team' is not one of this inspection's areas" in " ".join(out.output.split())
    with Store.open(db) as s:
        assert s.count_cases() == 0  # nothing imported: the list is refused whole


def test_a_list_whose_team_column_gives_the_areas_is_refused_with_its_own_map_line(
    tmp_path: Path,
) -> None:
    """Tester 32, F2: the refusal's example map line named a 'Unit' column the list did
    not have; it names the list's own TEAM column, which gave the areas."""
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-24")
    run("areas", "add", db, "2", "--name", "Newham", "--visited")
    refused = run("cases", "import", db, _list(tmp_path / "list.txt", ROWS[:2]), code=2)
    said = " ".join(refused.output.split())
    assert "has no column for service area" in said
    assert "(a line such as column,TEAM,area, where its TEAM column names the areas)" in said
    mapped = tmp_path / "map.csv"
    mapped.write_text("column,TEAM,area\n", encoding="utf-8")
    assert (
        "Imported 2 cases"
        in run("cases", "import", db, tmp_path / "list.txt", "--map", mapped).output
    )
