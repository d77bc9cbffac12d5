"""A council may run its children's services through a trust or a company, and a public
law list gives that body as the applicant as it gives a council ("Sandwell Children's
Trust", "Achieving for Children", a fostering "CIC" or "Ltd"): no person, so nothing of
its name is protected (tester 24, F6: "Slough Children First" was protected as a
parent, so every note opening "Children's ..." stopped the export on the surname
"Children").  A body whose name holds "and" is one body, not two parties.  The parents
beside them stay protected.  The list is written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run

LIST = (
    "Case ID,Area,Law type,Case type,Applicant,Respondent\n"
    "TK-301,Area 4 - West Midlands,Public,Care order,Sandwell Children's Trust,Delyth Hanrahan\n"
    "TK-302,Area 4 - West Midlands,Public,Supervision order,Wychbury Children First,Osian Prothero\n"
    "TK-303,Area 6 - London South,Public,Care order,Achieving for Children,Marisol Quenby\n"
    "TK-304,Area 6 - London South,Public,Care order,Fernhill Children and Families Trust,Tamsin Urquhart\n"
    "TK-305,Area 4 - West Midlands,Public,EPO,Dovedale Children's Social Care,Anwen Pryce\n"
    "TK-306,Area 6 - London South,Private,Child arrangements,Lachlan Vesey,Brightpath Fostering CIC\n"
    "TK-307,Area 6 - London South,Private,Specific issue,Harriet Ossett,Kinfold Care Ltd\n"
    "TK-308,Area 4 - West Midlands,Public,Care order,Wakebridge MDC,Corwin Ashby\n"
)
PARENTS = {"Delyth Hanrahan", "Osian Prothero", "Marisol Quenby", "Tamsin Urquhart",
           "Anwen Pryce", "Lachlan Vesey", "Harriet Ossett", "Corwin Ashby"}  # fmt: skip
NOTE = ("Children's views were gathered well: a manager at Wychbury Children First and staff "
        "of Fernhill Children and Families Trust and Wakebridge MDC said guardians visit "
        "promptly; Brightpath Fostering CIC agreed.")  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    assert "Imported 8 cases" in run("cases", "import", path, tmp_path / "list.csv").output
    return path


def test_childrens_trusts_and_companies_given_as_parties_are_no_people(db: Path) -> None:
    with Store.open(db) as store:
        names = {p.name for p in store.protected_names() if p.category == "parent"}
    assert names == PARENTS


def test_a_note_naming_the_bodies_and_opening_with_children_passes(db: Path) -> None:
    with Store.open(db) as store:
        ref = store.case_rows(CaseFilter(), 0, 1)[0].ref
    run("evidence", "add", db, "--case", ref, "--criteria", "QP12", "--source", "CASE_FILE",
        "--polarity", "strength", "--text", NOTE)  # fmt: skip
    out = run("identify", "hits", db).output
    assert "protected" not in out, out
    # A parent beside them is still stopped.
    run("evidence", "add", db, "--case", ref, "--criteria", "QP12", "--source", "CASE_FILE",
        "--polarity", "strength", "--text", "Osian Prothero attended every meeting.")  # fmt: skip
    assert "protected-name ‘Osian Prothero’" in run("identify", "hits", db).output
