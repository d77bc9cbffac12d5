"""Names in a case list's own columns (the child's first name and surname, applicant,
respondent, mother, father) are protected, as a case name is; a column the import does
not read is named, and a later list that brings names for cases already present adds
them.  The lists are written here, in the shape a family-court organisation's export
takes when it splits names into columns."""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.team.helpers import new_inspection, run

SPLIT = (
    "Case No,Child First Name,Child Surname,Applicant,Respondent,Mother,Law type,"
    "Order type,Area,Ethnicity\r\n"
    "PL-7001,Tiegan-Rose,Okafor,London Borough of Lambeth,Chidi Okafor,Grace Okafor,"
    "Public,Section 31 Care Order,Area 6 - London South,Black African\r\n"
    "PR-7002,Eleanor,McAllister-Hughes,Sean McAllister-Hughes,Niamh Byrne,,"
    "private,s.8 Child Arrangements,Area 6 - London South,White Irish\r\n"
)
LATER = (
    "Case No,Case name,Law type,Order type,Area\r\n"
    "PL-7001,Lambeth LBC v Okafor & Adebayo (Children),Public,Care order (s31),6\r\n"
    "PR-7003,Re K (A Child),Private,Section 7 Report,6\r\n"
)


def _names(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        return {p.name: p.category for p in store.protected_names()}


def test_name_columns_are_protected_and_unread_columns_named(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    src = tmp_path / "split.csv"
    src.write_bytes(b"\xef\xbb\xbf" + SPLIT.encode())
    out = run("cases", "import", db, src).output
    assert "Ignored, not stored: Ethnicity (personal details" in out  # session 10
    names = _names(db)
    for child in ("Tiegan-Rose Okafor", "Tiegan-Rose", "Okafor", "Eleanor McAllister-Hughes",
                  "Eleanor", "McAllister-Hughes"):  # fmt: skip
        assert names.get(child) == "child", child
    for parent in ("Chidi Okafor", "Grace Okafor", "Sean McAllister-Hughes", "Niamh Byrne"):
        assert names.get(parent) == "parent", parent
    assert not any("Lambeth" in n or "Borough" in n for n in names)

    # A later list with a case name for a case already present adds its new names, and
    # keeps the case's reference.
    with Store.open(db) as store:
        refs_before = {r.ref for r in store.case_rows(None, 0, 10)}
    later = tmp_path / "later.csv"
    later.write_text(LATER, encoding="utf-8")
    out = run("cases", "import", db, later).output
    assert "Imported 1 case" in out and "(1 already present" in out
    names = _names(db)
    assert names.get("Adebayo") == "parent"
    assert not any("Lambeth" in n for n in names)
    with Store.open(db) as store:
        refs_after = {r.ref for r in store.case_rows(None, 0, 10)}
    assert refs_before < refs_after and len(refs_after) == 3
