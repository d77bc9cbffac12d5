"""A case list as an office worker saves it from Excel as "CSV": Windows-1252, a title
line above the header, the case number headed plain "Ref", interim orders by their
practitioners' abbreviations ("ICO", "ISO"), stages written "Post first hearing" and
"Work to FH", section 8 alone as the case type, names with accents and apostrophes,
blank lines at the end.  Written by hand here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run

LINES = (
    "Case list extract - run 01/11/2026,,,,,,,\r\n"
    "Ref,Forename,Surname,D.O.B.,Law,Application,Stage,Area\r\n"
    "CF40117,Zoë,O'Neill,03/09/2012,Private,C100,Post first hearing,3 South West\r\n"
    "CF40118,Renée,D'Souza,14/02/2016,Public,ICO,CMH,3 South West\r\n"
    "CF40121,Siobhán,Walsh,21/07/2019,Public,ISO,IRH,12 Wessex\r\n"
    "CF40125,Tomás,Brennan,02/12/2010,Private,S.8,Post FHDRA,12 Wessex\r\n"
    "CF40131,Aoife,Ní Bhriain,30/06/2014,Private,Prohibited steps,Work to FH,12 Wessex\r\n"
    ",,,,,,,\r\n"
    ",,,,,,,\r\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")


def test_an_excel_csv_with_a_ref_column_and_interim_orders_imports_whole(
    db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "case list.csv"
    path.write_bytes("".join(LINES).encode("cp1252"))
    result = run("cases", "import", db, path)
    assert result.exit_code == 0, result.output
    assert "Imported 5 cases" in result.output
    assert f"{path}: the header row is line 2; the line above it was not read." in (
        result.output.splitlines()
    )
    with Store.open(db) as store:
        files = [store.case(r.id) for r in store.case_rows(CaseFilter(), 0, 100)]
        protected = store.protected_names()
    assert Counter((c.area_code, c.law_type, c.case_type, c.stage) for c in files) == Counter({
        ("3", "PRIVATE", "CAO", "WAFH"): 1, ("3", "PUBLIC", "S31", "CMH"): 1,
        ("12", "PUBLIC", "S31", "IRH"): 1, ("12", "PRIVATE", "CAO", "WAFH"): 1,
        ("12", "PRIVATE", "SIO_PSO", "WTFH"): 1,
    })  # fmt: skip
    # Section 8 covers prohibited steps and specific issue too: said, as the C100 is
    assert (
        "Read 'S.8' (1 row) as a child arrangements order, the application most made "
        "under it" in result.output
    )
    # Windows-1252 read as such: the accented names reach the protected list whole
    assert {"Zoë", "Renée", "O'Neill"} <= {p.name for p in protected}


def test_a_name_whose_letter_the_file_lost_is_said_and_a_utf8_list_mends_it(
    db: Path, tmp_path: Path
) -> None:
    text = "".join(LINES).replace("Tomás", "Łukasz")
    path = tmp_path / "case list.csv"
    path.write_bytes(text.encode("cp1252", errors="replace"))  # as Excel's "CSV" saves it
    said = run("cases", "import", db, path).output
    assert "2 names in the list hold '?' where the file lost a letter" in said
    assert "ask for the list as an .xlsx workbook or 'CSV UTF-8'" in said
    assert "the export check reads each '?' as any letter" in said
    path.write_bytes(text.encode("utf-8-sig"))  # "CSV UTF-8", the same list again
    again = run("cases", "import", db, path).output
    assert "lost a letter" not in again and "Imported 0 cases (5 already present)" in again
    with Store.open(db) as store:
        names = {p.name for p in store.protected_names()}
    assert {"Łukasz", "Łukasz Brennan", "?ukasz"} <= names


def test_until_the_list_comes_whole_a_lost_letter_is_read_as_any_letter(
    db: Path, tmp_path: Path
) -> None:
    """'?ukasz' is all the lossy list gives (tester 26, F3): the check stops Łukasz,
    and Lukasz typed without the stroke, in a note; Lukas is another name."""
    text = "".join(LINES).replace("Tomás", "Łukasz")
    path = tmp_path / "case list.csv"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    run("cases", "import", db, path)
    for words in ("Łukasz said he likes his new school.", "Lukasz wants more time with dad.",
                  "Lukas, the family support worker, attended."):  # fmt: skip
        run("evidence", "add", db, "--national", "--criteria", "LG3", "--source", "QA_AUDIT",
            "--polarity", "strength", "--text", words)  # fmt: skip
    hits = run("identify", "hits", db).output.splitlines()
    assert any("protected-name ‘Łukasz’" in line for line in hits), hits
    assert any("protected-name ‘Lukasz’" in line for line in hits), hits
    assert not any("protected-name ‘Lukas’" in line for line in hits), hits
