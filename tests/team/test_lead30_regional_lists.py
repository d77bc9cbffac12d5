"""A national inspection's case list arrives region by region, each from another system
(tester 30): a later list naming a new area in full says the exact command that adds
it; a column of case types under another heading is offered as a --map line, the
organisation's file left as it is; an enforcement application ('C79 enforcement') with
no law type is private law, the only law it is made under.  Written by hand."""

from __future__ import annotations

import json
from pathlib import Path

from store.store import Store
from tests.team.helpers import listed_file, run, unchanged

NORTH = (
    "Case No,Child First Name,Child Surname,Law type,Order type,Area,Stage\n"
    "NR-1101,Esme,Lowther,Private law,Child arrangements,Tyneside (1),FHDRA\n"
    "NR-1102,Jacob,Ainsley,Public law,Care order,Tyneside (1),IRH\n"
    "NR-1103,Poppy,Redfern,Private law,Child arrangements,Cumbria (2),FHDRA\n"
    "NR-1104,Ibrahim,Sadiq,Public law,Supervision order,Cumbria (2),CMH\n"
)
SOUTH_WEST = (
    "Case No,Child First Name,Child Surname,Order type,Area,Stage\n"
    'SW-2201,Tamsin,Pascoe,C79 enforcement,"Cornwall, Devon and Somerset (8)",FHDRA\n'
    'SW-2202,Kieran,Trewin,Care order,"Cornwall, Devon and Somerset (8)",IRH\n'
)


def test_a_later_list_naming_a_new_area_says_the_command_that_adds_it(tmp_path: Path) -> None:
    db = listed_file(tmp_path, NORTH)
    later = tmp_path / "south_west.csv"
    later.write_text(SOUTH_WEST, encoding="utf-8")
    with unchanged(db):
        said = " ".join(run("cases", "import", db, later, code=2).output.split())
    command = 'fieldwork areas add DB 8 --name "Cornwall, Devon and Somerset"'
    assert (f"unknown area '8' (the areas are 1, 2; add it with '{command}', or add every "
            f"area the list names with --add-areas, and import again)") in said, said  # fmt: skip
    run("areas", "add", db, "8", "--name", "Cornwall, Devon and Somerset")
    run("cases", "import", db, later)
    listed = json.loads(run("cases", "list", db, "--area", "8", "--json").output)
    # The enforcement application, with no law type column, is private law.
    assert sorted((c["application"] or "", c["law_type"]) for c in listed) == [
        ("", "PUBLIC"), ("ENFORCEMENT", "PRIVATE")]  # fmt: skip


def test_a_type_column_is_offered_as_a_map_line(tmp_path: Path) -> None:
    db = listed_file(tmp_path, NORTH)
    renamed = tmp_path / "london.csv"
    renamed.write_text(NORTH.replace("Order type", "Type").replace("NR-", "LN-"), encoding="utf-8")
    with unchanged(db):
        said = " ".join(run("cases", "import", db, renamed, code=2).output.split())
    assert "map it with --map (a line 'column,Type,case type')" in said, said
    (tmp_path / "map.csv").write_text("column,Type,case type\n", encoding="utf-8")
    run("cases", "import", db, renamed, "--map", tmp_path / "map.csv")


def test_a_deputy_merges_in_their_own_name(tmp_path: Path) -> None:
    """Tester 30, F11: after the handover every merge the deputy ran on the master was
    logged as the lead's, who had gone."""
    db = listed_file(tmp_path, NORTH)
    run("team", "add", db, "Olusegun Adeyemi", "--role", "deputy")
    run("team", "add", db, "Tom Whitaker")
    run("issue", db, "--inspector", "Tom Whitaker", "-o", tmp_path / "tw.db")
    run("evidence", "add", tmp_path / "tw.db", "--national", "--criteria", "LG1",
        "--source", "Interview with manager or leader", "--polarity", "strength",
        "--text", "Head of practice sets out the plan for cutting delay.")  # fmt: skip
    said = run("merge", db, tmp_path / "tw.db", "--as", "Olusegun Adeyemi").output
    assert "1 new" in said, said
    with Store.open(db) as store:
        assert [e.by_name for e in store.merge_log()] == ["Olusegun Adeyemi"]


def test_work_deleted_before_the_merge_is_not_named_as_on_another_s_case(
    tmp_path: Path,
) -> None:
    """Tester 30, F9: a note written on a colleague's case by mistake and deleted, and a
    grade cleared, were still named at the merge for the lead to tell the case's holder."""
    db = listed_file(tmp_path, NORTH)
    run("team", "add", db, "Siobhan O'Connell", "--initials", "SO")
    run("team", "add", db, "Amelie Durand", "--initials", "AD")
    refs = [c["ref"] for c in json.loads(run("cases", "list", db, "--json").output)]
    run("assign", db, "--inspector", "AD", "--case", refs[0])
    run("assign", db, "--inspector", "SO", "--case", refs[1])
    so = tmp_path / "so.db"
    run("issue", db, "--inspector", "SO", "-o", so)
    note = run("evidence", "add", so, "--case", refs[0], "--criteria", "QP1",
               "--source", "Case file scrutiny", "--polarity", "development",
               "--text", "Delay of six weeks before the s7 was filed.",
               ).stdout.strip().splitlines()[-1]  # fmt: skip
    run("grade", so, "--case", refs[0], "--criterion", "QP8", "--grade", "good")
    run("evidence", "delete", so, note)
    run("grade", so, "--case", refs[0], "--criterion", "QP8", "--clear")
    said = run("merge", db, so).output
    assert "another inspector holds" not in said, said
    # Work that stands is still named.
    run("evidence", "add", so, "--case", refs[0], "--criteria", "QP1",
        "--source", "Case file scrutiny", "--polarity", "development",
        "--text", "No plan for contact after the FHDRA.")  # fmt: skip
    said = " ".join(run("merge", db, so).output.split())
    assert f"1 note by Siobhan O'Connell on {refs[0]}, now held by Amelie Durand" in said, said
