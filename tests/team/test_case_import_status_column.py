"""A case list as one organisation's system heads it (tester 16): `Ref No` for the case
number, the stage in a column headed `Status` ('1st hrg', 'FHDRA', 'Final Hearing',
'Closed'), and an `End` column holding a date on some rows and 'Yes' on others.  Before,
`Ref No` stopped the import, and `Status` and `End` were left unread, so every case
went in at its law type's first stage, the closed ones too.  Written here by hand."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.team.helpers import new_inspection, run, unchanged

LIST = (
    "Ref No,Region,Proceedings,Application Type,Status,End\n"
    "NE/26/0101,Area 2 North East,Private,CAO,1st hrg,\n"
    "NE/26/0102,Area 2 North East,Private,C100,FHDRA,\n"
    "NE/26/0103,Area 2 North East,Private,CAO,Closed,14/01/2026\n"
    "NE/26/0104,Area 2 North East,Public,S31,Case Mgmt Hearing,\n"
    "NE/26/0105,Area 2 North East,Public,S31,Final Hearing,\n"
    "NE/26/0106,Area 2 North East,Public,EPO,Closed,Yes\n"
    "NE/26/0107,Area 2 North East,Private,CAO,Final Hearing,\n"
)


def test_status_and_end_columns_are_read(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(LIST, encoding="utf-8")
    out = run("cases", "import", db, listed).output
    assert "Imported 7 cases" in out, out
    assert "'Status' was read as the stage, as its cells are stages" in out, out
    assert "Columns not read" not in out, out
    cases = json.loads(run("cases", "list", db, "--json").output)
    stages = Counter(c["stage"] for c in cases)
    assert stages == {"CLOSED": 2, "FHDRA": 2, "CMH": 1, "FINAL": 2}, stages


def test_yes_in_a_column_headed_as_a_date_says_to_head_it_closed(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(LIST.replace(",End\n", ",End date\n"), encoding="utf-8")
    with unchanged(db):
        said = run("cases", "import", db, listed, code=2).output
    assert "1 row (line 7): end date 'Yes' is no date" in said, said
    assert "head it Closed" in said


def test_a_stage_of_the_other_law_type_is_said(tmp_path: Path) -> None:
    """'Case Mgmt Hearing' on a private law row: care proceedings have case management
    hearings, private law cases do not (tester 16, F4: it was stored unsaid, and the
    inspector found '(not a private law stage)' on the case screen).  Imported as given,
    and said with its row, so the lead can ask the organisation."""
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(LIST + "NE/26/0108,Area 2 North East,Private,CAO,Case Mgmt Hearing,\n",
                      encoding="utf-8")  # fmt: skip
    out = run("cases", "import", db, listed).output
    assert ("1 row gives a stage that is no stage of its law type, imported as given (the "
            "case screen marks it): 'Case Mgmt Hearing' on private law rows (line 9)") in out, out  # fmt: skip
    assert "Imported 8 cases" in out


def test_an_adoption_filed_as_public_law_with_a_public_law_stage_is_not_a_question(
    tmp_path: Path,
) -> None:
    """A system that files adoption from care as public law gives it the care stages
    ('IRH'): said apart, as the list's way, with no advice to ask the organisation
    (tester 19, F1); a private law row at a care stage is still a question."""
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(
        LIST
        + "NE/26/0108,Area 2 North East,Public,Adoption from care,IRH,\n"
        + "NE/26/0109,Area 2 North East,Public,Adoption from care,Case Mgmt Hearing,\n"
        + "NE/26/0110,Area 2 North East,Private,CAO,Case Mgmt Hearing,\n",
        encoding="utf-8",
    )
    out = run("cases", "import", db, listed).output
    assert ("2 rows give a stage the framework gives public or private law work, not "
            "adoption (lists often carry adoption work at the stages of the proceedings it "
            "follows), imported as given (the case screen marks it): 'IRH' on adoption rows "
            "(line 9); 'Case Mgmt Hearing' on adoption rows (line 10).") in out, out  # fmt: skip
    assert ("1 row gives a stage that is no stage of its law type, imported as given (the "
            "case screen marks it): 'Case Mgmt Hearing' on private law rows (line 11); ask "
            "the organisation") in out, out  # fmt: skip


def test_an_adoption_row_at_an_issue_stage_is_said_without_blaming_the_list(
    tmp_path: Path,
) -> None:
    """Tester 22's F3: a list giving Adoption as the law type, at the 'Issue' stage, was
    told its rows were adoption work 'as such lists file it' (under public law), which
    that list does not do."""
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(LIST + "NE/26/0111,Area 2 North East,Adoption,Adoption from care,Issued,\n",
                      encoding="utf-8")  # fmt: skip
    out = run("cases", "import", db, listed).output
    assert "as such lists file it" not in out
    assert ("1 row gives a stage the framework gives public or private law work, not "
            "adoption") in out and "'Issued' on adoption rows (line 9)" in out, out  # fmt: skip
