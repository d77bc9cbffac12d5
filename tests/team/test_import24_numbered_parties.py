"""Parties' columns that carry a number or an order in their headings ("Respondent 1",
"Respondent 2", "2nd Applicant", "Other party 1") are parties' columns: their names go
into the protected list like an "Applicant" column's (tester 24, F4: "Respondent 2" was
listed under "Columns not read", so the second respondents' names were not protected
and a note naming one passed the export check).  A column of people's names the
import does not read is said as such even where the names carry accents or a letter
the file lost ('?').  The list, saved as Excel's "CSV" (Windows-1252, CRLF), is
written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run

LINES = [
    "Case No,Area,Law type,Case type,Respondent 1,Respondent 2,2nd Applicant,Other party 1,Intervener",
    "NW-5501,Area 13 Lancashire,Public,Care order,Bryony Tattersall,Kieran Foulds,,,Inés Montaño",
    "NW-5502,Area 13 Lancashire,Private,Child arrangements,Wendell Ackroyd,Posy Ackroyd,Hamish Ackroyd,,Renée Blanchard",
    "NW-5503,Area 13 Lancashire,Public,Supervision order,Corinna Heathcote,Jago Pemberton,,Nell Heathcote,Björn Lindqvist",
    "NW-5504,Area 13 Lancashire,Private,Prohibited steps,Idris Gethin,Ottilie Marchbank,,,Fenella Dunstable",
]  # fmt: skip
SECOND_PARTIES = {"Kieran Foulds", "Posy Ackroyd", "Jago Pemberton", "Ottilie Marchbank",
                  "Hamish Ackroyd", "Nell Heathcote"}  # fmt: skip


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, str]:
    db = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    path = tmp_path / "cases.csv"
    path.write_bytes(("\r\n".join(LINES) + "\r\n").encode("cp1252"))
    return db, run("cases", "import", db, path).output


def test_numbered_party_columns_are_read_into_the_protected_names(
    imported: tuple[Path, str],
) -> None:
    db, out = imported
    assert "Imported 4 cases" in out, out
    with Store.open(db) as store:
        names = {p.name: p.category for p in store.protected_names()}
    assert {n: names.get(n) for n in SECOND_PARTIES} == dict.fromkeys(SECOND_PARTIES, "parent")
    assert ("Read, not stored with the case: Respondent 1, Respondent 2, 2nd Applicant, "
            "Other party 1 only into the protected-names list") in out, out  # fmt: skip
    for heading in ("Respondent 2", "2nd Applicant", "Other party 1"):
        assert f"{heading}," not in out.split("Columns not read")[-1], out


def test_a_note_naming_a_second_respondent_is_stopped(imported: tuple[Path, str]) -> None:
    db, _ = imported
    with Store.open(db) as store:
        ref = store.case_rows(CaseFilter(), 0, 1)[0].ref
    run("evidence", "add", db, "--case", ref, "--criteria", "QP12", "--source", "CASE_FILE",
        "--polarity", "strength", "--text",
        "The guardian met Jago Pemberton twice before the hearing.")  # fmt: skip
    out = run("identify", "hits", db).output
    # Stopped as the protected parent it is, not only as a name no list knows.
    assert "protected-name ‘Jago Pemberton’ in the text; the name of a protected parent" in out


def test_an_unread_column_of_accented_names_is_said_plainly(imported: tuple[Path, str]) -> None:
    _, out = imported
    assert ("Column 'Intervener' holds people's names and was not read") in out, out
