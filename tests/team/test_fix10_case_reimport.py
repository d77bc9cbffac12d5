"""A corrected case list applied to the cases already imported (session 10: a re-import
left every existing case as it was, so an organisation's corrections could not be
applied).  `fieldwork cases import --update` corrects them in one transaction and says
what changed, field by field; a case sampled or held keeps its area, and a case an
inspector holds keeps what the inspector records (stage, child seen) and, unless
`--include-held` (after merging that inspector's file), its law and case type, which
merge as one with the stage: an inspector's file merges back without a conflict.  The
lists are written here by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from store.store import Store
from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case number,Child ID,Date of birth,Law type,Case type,Stage,Service area,Child seen\n"
FIRST = [
    "CN-5101,A1,14/02/2015,Private law,Child arrangements,FHDRA,Area 3,Y",
    "CN-5102,A2,02/09/2012,Private law,Section 7 report,WTFH,Area 3,N",
    "CN-5103,A3,30/06/2019,Public law,Care order (s31),CMH,Area 3,Y",
    "CN-5104,A4,11/11/2010,Public law,Care order (s31),IRH,Area 7,",
    "CN-5105,A5,05/05/2016,Private law,Child arrangements,FHDRA,Area 7,Y",
]
# What the organisation sent again a week later, corrected:
CORRECTED = [
    # held by an inspector: area and stage kept; law and case type only with --include-held
    "CN-5101,A1,14/02/2015,Public law,Care order (s31),IRH,Area 7,Y",
    # not in the fieldwork: stage and child seen corrected
    "CN-5102,A2,02/09/2012,Private law,Section 7 report,Final hearing,Area 3,Y",
    # a date of birth typed wrongly the first time: the age band follows
    "CN-5103,A3,30/06/2023,Public law,Care order (s31),CMH,Area 3,Y",
    # an empty child-seen cell changes nothing; nothing else differs
    "CN-5104,A4,11/11/2010,Public law,Care order (s31),IRH,Area 7,",
    # moved to area 3 (not in the fieldwork: it moves)
    "CN-5105,A5,05/05/2016,Private law,Child arrangements,FHDRA,Area 3,Y",
    # a new case
    "CN-5106,A6,19/01/2014,Private law,Child arrangements,WTFH,Area 7,N",
]


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _cases(db: Path) -> dict[str, dict[str, Any]]:
    """The cases by reference, as `cases list --json` gives them."""
    return {c["ref"]: c for c in json.loads(run("cases", "list", db, "--json").output)}


def _refs(db: Path) -> dict[str, str]:
    """Our reference for each case number (what the lead asks the organisation for)."""
    rows = json.loads(
        run("cases", "match", db, _write(db.parent / "m.csv", FIRST), "--json").output
    )
    return {r["case_number"]: r["ref"] for r in rows}


@pytest.fixture
def master(tmp_path: Path) -> Path:
    db = new_inspection(tmp_path / "master.db", start="2026-11-16", end="2026-12-04")
    run("cases", "import", db, _write(tmp_path / "first.csv", FIRST))
    run("team", "add", db, "Imran Qureshi", "--initials", "IQ")
    ref = _refs(db)["CN-5101"]
    run("assign", db, "--inspector", "Imran Qureshi", "--case", ref)
    return db


def test_a_plain_re_import_reports_the_differences_and_changes_nothing(
    master: Path, tmp_path: Path
) -> None:
    before = _cases(master)
    out = run("cases", "import", master, _write(tmp_path / "corrected.csv", CORRECTED)).output
    assert "Imported 1 case (5 already present)" in out
    assert "The list differs from 3 of the 5 cases already present" in out
    assert "(area 1, stage 1, age band 1, child seen 1): " in out
    # The cases --update would correct are named, each field list beside file, as the
    # cases it would keep are (tester 28, F4: only counted).
    refs = _refs(master)
    assert f"{refs['CN-5105']} (area: list area 3, file area 7)" in out, out
    assert (
        f"{refs['CN-5102']} (stage: list Final hearing, file Work to first hearing; child seen: list yes, file no)"
        in out
    )
    assert "), and from 1 other case where " in out
    assert "--update' corrects them." in out
    # The held case is named, with what the list says of it (tester 16, F10), field by
    # field beside the file's own value (tester 20, F15: "(list: no)", no of what?).
    held = _refs(master)["CN-5101"]
    assert (f"where --update keeps the file's values: {held} (area: list area 7, file area 3; "
            f"law type: list Public law, file Private law; case type: list Care or supervision "
            f"application (s31), file Child arrangements order; stage: list Issues resolution "
            f"hearing, file") in out, out  # fmt: skip
    after = _cases(master)
    assert {ref: after[ref] for ref in before} == before


def test_update_corrects_the_cases_and_says_what_changed_per_field(
    master: Path, tmp_path: Path
) -> None:
    refs = _refs(master)
    before = _cases(master)
    out = run("cases", "import", master, _write(tmp_path / "corrected.csv", CORRECTED),
              "--update").output  # fmt: skip
    after = _cases(master)
    held, plain, born, same, moved = (refs[f"CN-510{k}"] for k in range(1, 6))
    assert set(before) <= set(after) and len(after) == 6  # references unchanged, one new
    # Held by an inspector: nothing but the age band may change, and it did not.
    assert after[held] == before[held]
    assert after[plain]["stage"] == "FINAL" and after[plain]["law_type"] == "PRIVATE"
    assert before[born]["age_band"] == "5-9" and after[born]["age_band"] == "2-4"
    assert after[same] == before[same]
    assert after[moved]["area"] == "3"
    assert "Corrected 3 cases of the 5 already present, in one transaction:" in out
    assert f"  area (1): {moved} area 7 → area 3" in out
    assert f"  stage (1): {plain} Work to first hearing → Final hearing" in out
    assert f"  child seen (1): {plain} no → yes" in out
    assert "Kept (the case is sampled or held in its area; to take it out" in out
    assert "Kept (the inspector holding the case records it from the case file):" in out
    assert "Kept (an inspector holds the case, and its law type" in out
    assert "merge their file, then add --include-held" in out
    assert f"{held} (list: area 7, file: area 3)" in out, out
    assert f"{held} (list: Issues resolution hearing, file: " in out
    assert f"{held} (list: Public law, file: Private law)" in out
    with Store.open(master) as store:
        case = store.case_by_ref(plain)
        history = store.record_history("case", case.id)
    assert history[-1].author == store_lead(master)
    assert {c.field for c in history[-1].changes} == {"stage", "child_seen"}


def store_lead(db: Path) -> str:
    with Store.open(db) as store:
        me = store.me()
        assert me is not None
        return me.id


def test_the_age_band_follows_a_corrected_date_of_birth(master: Path, tmp_path: Path) -> None:
    ref = _refs(master)["CN-5103"]
    assert _cases(master)[ref]["age_band"] == "5-9"  # born June 2019, inspected Nov 2026
    out = run("cases", "import", master, _write(tmp_path / "c.csv", CORRECTED), "--update").output
    assert f"age band (1): {ref} 5-9 → 2-4" in out
    assert _cases(master)[ref]["age_band"] == "2-4"


def test_an_inspectors_file_merges_back_without_a_conflict_before_and_after_include_held(
    master: Path, tmp_path: Path
) -> None:
    held = _refs(master)["CN-5101"]
    insp = tmp_path / "imran.db"
    run("issue", master, "--inspector", "Imran Qureshi", "-o", insp)
    run("case", "edit", insp, held, "--stage", "Work after first hearing", "--status",
        "in-progress")  # fmt: skip
    corrected = _write(tmp_path / "c.csv", CORRECTED)
    run("cases", "import", master, corrected, "--update")
    run("merge", master, insp)
    case = _cases(master)[held]
    assert case["conflict"] is False and case["law_type"] == "PRIVATE"
    assert case["stage"] == "WAFH" and case["status"] == "in-progress"  # the inspector's word
    # Her file merged, the lead corrects the law and case type of the case she holds.
    out = run("cases", "import", master, corrected, "--update", "--include-held").output
    assert f"  law type (1): {held} Private law → Public law" in out
    # Her stage is a private law stage: the list's, a public law one, comes with the law type.
    assert f"  stage (1): {held} Work after first hearing → Issues resolution hearing" in out
    case = _cases(master)[held]
    assert case["law_type"] == "PUBLIC" and case["case_type"] == "S31"
    assert case["stage"] == "IRH" and case["area"] == "3" and case["conflict"] is False
    # and her file takes the master back without a conflict.
    run("merge", insp, master)
    mine = _cases(insp)[held]
    assert mine["law_type"] == "PUBLIC" and mine["stage"] == "IRH" and mine["conflict"] is False


def test_include_held_alone_is_refused(master: Path, tmp_path: Path) -> None:
    with unchanged(master):
        said = run("cases", "import", master, _write(tmp_path / "c.csv", CORRECTED),
                   "--include-held", code=2).output  # fmt: skip
    assert (
        said
        == "fieldwork: --include-held only goes with --update (it widens the corrections made).\n"
    )


def test_a_bad_row_stops_the_update_too_and_nothing_changes(master: Path, tmp_path: Path) -> None:
    bad = [*CORRECTED, "CN-5107,A7,01/01/2015,Private law,Jelly,FHDRA,Area 3,Y"]
    with unchanged(master):
        said = run("cases", "import", master, _write(tmp_path / "bad.csv", bad), "--update",
                   code=2).output  # fmt: skip
    assert "case type 'Jelly' not recognised" in said and "nothing was imported" in said
