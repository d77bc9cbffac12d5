"""The same child on two regional lists, one giving child IDs and one not (tester 30,
F1): the second import found no case present, so seven children became two cases each,
counted twice in their areas and shown as their own brother or sister, and nothing could
join them.  The lists are written here by hand, as two regions' systems export them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from store.casenumbers import ref_for
from store.ids import natural_id
from store.models import CaseFile, CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged

# The northern region's system: a Child ID column, ISO dates.
NORTH = (
    "Case Number,Child ID,Child First Name,Child Surname,DOB,Service Area,Law Type,Case Type,Stage\n"
    "PL200101,CH2001011,Keeley,Armitage,2016-03-14,Area 4,Public,Care order,IRH\n"
    "PL200102,CH2001021,Rhys,Okonjo,2012-11-02,Area 4,Public,Care order,CMH\n"
    "PL200102,CH2001022,Tayo,Okonjo,2015-06-30,Area 4,Public,Care order,CMH\n"
    "ZE200103,CH2001031,Imogen,Latham,2019-01-09,Area 4,Private,Child arrangements,FHDRA\n"
    "PL200104,CH2001041,Ava,Poole,2021-08-21,Area 11,Public,Care order,Final hearing\n"
    "ZE200105,CH2001051,Zara,Quinn,2013-05-05,Area 12,Private,Child arrangements,WTFH\n"
)
# The Midlands region's system: no child ID, day-first dates, another heading for each
# column.  Keeley's case moved to area 12; Rhys and Tayo are the same two children; Ava
# is given without a name (the cell was withheld), alone on her case number; a new
# brother of Imogen's appears.
MIDLANDS = (
    "Service Area Name,Cafcass Case No,Subject Child Forename,Subject Child Surname,"
    "Date of Birth,Law,Application,Hearing stage\n"
    "Area 12,PL200101,Keeley,Armitage,14/03/2016,Public,Care order,IRH\n"
    "Area 4,PL200102,Tayo,Okonjo,30/06/2015,Public,Care order,CMH\n"
    "Area 4,PL200102,Rhys,Okonjo,02/11/2012,Public,Care order,CMH\n"
    "Area 4,ZE200103,Imogen,Latham,09/01/2019,Private,Child arrangements,FHDRA\n"
    "Area 4,ZE200103,Noah,Latham,17/05/2022,Private,Child arrangements,FHDRA\n"
    "Area 11,PL200104,,,21/08/2021,Public,Care order,Final hearing\n"
    "Area 12,PL200199,Bethan,Moss,03/03/2014,Public,Care order,IRH\n"
)


def _lists(folder: Path) -> tuple[Path, Path]:
    north, mids = folder / "north.csv", folder / "midlands.csv"
    north.write_text(NORTH, encoding="utf-8")
    mids.write_text(MIDLANDS, encoding="utf-8")
    return north, mids


def _cases(db: Path) -> list[dict[str, Any]]:
    return list(json.loads(run("cases", "list", db, "--json").output))


def test_a_child_on_both_kinds_of_list_is_one_case_whichever_comes_first(tmp_path: Path) -> None:
    north, mids = _lists(tmp_path)
    for order in ((north, mids), (mids, north)):
        db = new_inspection(tmp_path / f"{order[0].stem}-first.db")
        run("cases", "import", db, order[0])
        said = run("cases", "import", db, order[1]).output
        cases = _cases(db)
        # Eight children, not thirteen: of the second list's, only Noah and Bethan (or
        # Zara) are new.
        assert len(cases) == 8, said
        new = 2 if order[0] == north else 1
        assert f"Imported {new} case{'s' if new > 1 else ''} (5 already present)" in said
        assert ("5 children on this list were already a case here from a list that gives "
                "children another way") in said  # fmt: skip
        assert "by the child's name (4) and as the case number's only child (1)" in said
        assert "two cases here" not in said
        # No child is shown as their own brother or sister: the Okonjos are two, the
        # Lathams two, Keeley alone.
        families = sorted(len(c["siblings"]) for c in cases)
        assert families == [0, 0, 0, 0, 1, 1, 1, 1]
        # Matching either list to our references gives the same reference for a child.
        matched = [{(r["case_number"], r["ref"]) for r in json.loads(
            run("cases", "match", db, given, "--json").output) if r["ref"]}
            for given in (north, mids)]  # fmt: skip
        keeley = {ref for number, ref in matched[0] | matched[1] if number == "PL200101"}
        assert len(keeley) == 1 and len(matched[0]) == 6 and len(matched[1]) == 7
        # Keeley's move between areas 4 and 12 is a difference of a case present, said.
        assert (
            "(area: list area 12, file area 4)" in said
            or "(area: list area 4, file area 12)" in said
        )


def test_a_third_import_of_either_list_adds_nothing(tmp_path: Path) -> None:
    north, mids = _lists(tmp_path)
    db = new_inspection(tmp_path / "master.db")
    run("cases", "import", db, north)
    run("cases", "import", db, mids)
    refs = sorted(c["ref"] for c in _cases(db))
    for again in (north, mids):
        said = run("cases", "import", db, again).output
        assert "Imported 0 cases" in said
        assert sorted(c["ref"] for c in _cases(db)) == refs


def _old_double(db: Path) -> str:
    """Make Keeley a second case as the import did before it looked across lists: the
    Midlands row's case keyed by its case number alone, written as the import wrote it
    (its protected names come with the next import of that list, which names a case
    present).  Its reference."""
    with Store.open(db) as store:
        family = store.case_key("PL200101", "")
        taken = {c.ref for c in store.case_rows(CaseFilter(), 0, 100)}
        ref = ref_for(family, taken)
        case = CaseFile(ref=ref, area_code="12", law_type="PUBLIC", case_type="S31",
                        stage="IRH", age_band="5-9", sample="national", source_key=family)  # fmt: skip
        store.bulk_create([(natural_id("case", store.inspection_id, family), case)], "lead")
    return ref


def _north_only(tmp_path: Path) -> tuple[Path, Path, str]:
    north, mids = _lists(tmp_path)
    db = new_inspection(tmp_path / "master.db")
    run("cases", "import", db, north)
    keeley = next(c["ref"] for c in _cases(db) if c["area"] == "4" and not c["siblings"]
                  and c["law_type"] == "PUBLIC")  # fmt: skip
    return db, mids, keeley


def test_a_child_made_twice_before_is_named_and_joined(tmp_path: Path) -> None:
    db, mids, keeley = _north_only(tmp_path)
    double = _old_double(db)
    said = run("cases", "import", db, mids).output
    assert (f"1 child is two cases here, made once from a list with child IDs and once from a "
            f"list without them by an earlier import: {keeley} and {double}; join each pair "
            f"('fieldwork cases join {db} {keeley} {double}'") in said  # fmt: skip
    before = len(_cases(db))
    run("sample", db, "--areas", "12", "--per-area", "10", "--seed", "5")
    sampled = {c["ref"] for c in _cases(db) if c["sample"] in ("area-sampled", "substitute")}
    assert double in sampled and keeley not in sampled  # the double is in area 12
    joined = run("cases", "join", db, keeley, double).output
    cases = {c["ref"]: c for c in _cases(db)}
    assert len(cases) == before - 1 and double not in cases
    assert f"Joined {double} to {keeley}: {double} is deleted" in joined
    # The child keeps the double's place in the sample, under the one reference.
    assert cases[keeley]["sample"] in ("area-sampled", "substitute")
    assert "takes its place in the sample" in joined
    # Its names were the double's too: the identifiability check still has them.
    with Store.open(db) as store:
        held = {
            p.name for p in store.protected_names() if p.case_id == store.case_by_ref(keeley).id
        }
    assert any("Keeley" in name for name in held)
    # A later import of either list finds the one case and names no pair.
    again = run("cases", "import", db, mids).output
    assert "Imported 0 cases" in again and "two cases here" not in again


def test_a_join_that_would_lose_work_or_join_two_children_changes_nothing(tmp_path: Path) -> None:
    db, mids, keeley = _north_only(tmp_path)
    double = _old_double(db)
    run("cases", "import", db, mids)
    run("evidence", "add", db, "--as", "Ruth Okafor", "--case", double, "--criteria", "QPN4",
        "--source", "case-file", "--finding", "strength",
        "--text", "Guardian's analysis of the care plan was clear and child focused.")  # fmt: skip
    with unchanged(db):
        message = refused("cases", "join", db, keeley, double)
    assert message.startswith(f"fieldwork: {double} was not joined to {keeley}, and nothing was changed: "
                              f"{double} holds 1 note: move each to {keeley}")  # fmt: skip
    other = next(c["ref"] for c in _cases(db) if c["area"] == "11")
    with unchanged(db):
        message = refused("cases", "join", db, keeley, other)
    assert "are not of one case number on the lists imported here" in message


def test_a_later_regions_list_adds_its_areas_when_asked(tmp_path: Path) -> None:
    """Tester 30, F3: a later regional list naming areas the inspection did not have was
    refused row by row, and the lead typed one command per area."""
    north, _ = _lists(tmp_path)
    db = new_inspection(tmp_path / "master.db")
    run("cases", "import", db, north)
    south = tmp_path / "south.csv"
    south.write_text(
        "Region,Case ref,Child ID,Area,Law,Case type,Status\n"
        "SOUTH EAST,PL300201,CH3002011,\"Area 6, Hampshire, Isle of Wight and Dorset\",Public,Care order,IRH\n"
        "SOUTH EAST,PL300202,CH3002021,\"Area 6, Hampshire, Isle of Wight and Dorset\",Private,Child arrangements,FHDRA\n"
        "SOUTH EAST,PL300203,CH3002031,\"Area 7, Kent, Surrey and Sussex\",Public,Care order,CMH\n"
        "SOUTH EAST,PL300204,CH3002041,\"Area 7, Kent, Surrey and Sussex\",Private,Child arrangements,WTFH\n",
        encoding="utf-8",
    )  # fmt: skip
    with unchanged(db):
        said = run("cases", "import", db, south, code=2).output
    assert ("unknown area '6' (the areas are 4, 11, 12; add it with 'fieldwork areas add DB 6 "
            "--name \"Hampshire, Isle of Wight and Dorset\"', or add every area the list names "
            "with --add-areas, and import again)") in said  # fmt: skip
    said = run("cases", "import", db, south, "--add-areas").output
    assert ("Imported 4 cases (0 already present); 0 names added to the protected list; new "
            "areas 6 (Hampshire, Isle of Wight and Dorset), 7 (Kent, Surrey and Sussex).") in said  # fmt: skip


def test_a_master_imported_before_families_were_kept_finds_its_children(tmp_path: Path) -> None:
    """Tester 31's re-test: a master whose first list (no child IDs) was imported before
    the import kept each case's family took the second list (with IDs) as all new
    children.  The family is read from the case's own key where none was kept."""
    north, mids = _lists(tmp_path)
    db = new_inspection(tmp_path / "old.db")
    run("cases", "import", db, mids)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE case_order SET family = NULL")  # as migration 0015 leaves it
    conn.close()
    said = run("cases", "import", db, north).output
    assert "Imported 1 case (5 already present)" in said, said
    assert len(_cases(db)) == 8


def test_the_pair_to_join_names_first_the_case_that_holds_the_work(tmp_path: Path) -> None:
    """Tester 31: the command the import gave kept the case with no work and was refused,
    because the notes were on the other one; the case holding work is named first."""
    db, mids, keeley = _north_only(tmp_path)
    double = _old_double(db)
    run("evidence", "add", db, "--as", "Ruth Okafor", "--case", double, "--criteria", "QPN4",
        "--source", "case-file", "--finding", "strength",
        "--text", "The guardian's analysis weighed each option for the child.")  # fmt: skip
    said = run("cases", "import", db, mids).output
    assert f"join each pair ('fieldwork cases join {db} {double} {keeley}'" in said
    assert f"Joined {keeley} to {double}" in run("cases", "join", db, double, keeley).output
