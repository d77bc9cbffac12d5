"""A parent whose given name is also a word that names a body ("Charity Banda", "Trust
Mokoena", "Royal Mensah") is a person: the case-list import protects them, and the
identifiability check stops their name, while "Hopewell Charity", an NHS trust, the
Royal Borough and a constabulary given as parties stay bodies nobody protects.  One
list of body words serves both (`[organisations]` in templates/case_list.toml), so the
import and the check cannot disagree.  A school protected as a place stays protected
though "school" names a body.  The list is written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.models import CaseFilter, ProtectedName
from store.store import Store
from tests.team.helpers import new_inspection, run

LIST = (
    "Case ID,Area,Law type,Case type,Applicant,Respondent\n"
    "GN-401,Area 4 - West Midlands,Private,Child arrangements,Charity Banda,Kofi Banda\n"
    "GN-402,Area 4 - West Midlands,Private,Child arrangements,Mrs Trust Mokoena,Sipho Mokoena\n"
    "GN-403,Area 6 - London South,Public,Care order,Royal Borough of Kingston,Royal Mensah\n"
    "GN-404,Area 6 - London South,Private,Specific issue,Ellen Strachan,Hopewell Charity\n"
    "GN-405,Area 4 - West Midlands,Public,Care order,Leeds Community NHS Trust,Wanjiru Kamau\n"
    "GN-406,Area 4 - West Midlands,Public,EPO,Northshire Constabulary,Dorcas Fennimore\n"
)
PARENTS = {"Charity Banda", "Kofi Banda", "Mrs Trust Mokoena", "Sipho Mokoena",
           "Royal Mensah", "Ellen Strachan", "Wanjiru Kamau", "Dorcas Fennimore"}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    assert "Imported 6 cases" in run("cases", "import", path, tmp_path / "list.csv").output
    return path


def _note(db: Path, text: str) -> str:
    with Store.open(db) as store:
        ref = store.case_rows(CaseFilter(), 0, 1)[0].ref
    run("evidence", "add", db, "--case", ref, "--criteria", "QP12", "--source", "CASE_FILE",
        "--polarity", "strength", "--text", text)  # fmt: skip
    return run("identify", "hits", db).output


def test_parents_named_charity_trust_or_royal_are_protected(db: Path) -> None:
    with Store.open(db) as store:
        names = {p.name for p in store.protected_names() if p.category == "parent"}
    assert names == PARENTS


@pytest.mark.parametrize("name", ["Charity Banda", "Trust Mokoena", "Royal Mensah"])
def test_the_check_stops_their_names(db: Path, name: str) -> None:
    out = _note(db, f"The guardian met {name} at the family centre before the hearing.")
    assert all(f"‘{part}’" in out or f"‘{name}’" in out for part in name.split()), out


def test_the_bodies_beside_them_pass(db: Path) -> None:
    out = _note(db, "Hopewell Charity, Leeds Community NHS Trust and Northshire Constabulary "
                    "all said the guardian shared information promptly.")  # fmt: skip
    assert "protected" not in out, out


def test_a_school_protected_as_a_place_still_stops(db: Path) -> None:
    with Store.open(db) as store:
        store.add_protected_name(ProtectedName(name="Hopewell Charity School", category="school"))
    out = _note(db, "The teacher at Hopewell Charity School was spoken to.")
    assert "Hopewell Charity School" in out, out
