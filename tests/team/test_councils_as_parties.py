"""A public law list gives the local authority as the applicant, in the short forms
systems use ("RB Greenwich", "LB Enfield", "Sandwell MBC") or by the place alone
("Oldham", "Telford & Wrekin"): a council is no person to protect, so a note on an
interview with council staff that names councils passes the export check (tester 20,
F8: every such note stopped the export as naming "a protected parent").  Children and
parents stay protected, a child named like a town too.  Written by hand here."""

from __future__ import annotations

from pathlib import Path

from store.ids import protected_name_id
from store.models import CaseFilter, ProtectedName
from store.store import Store
from tests.team.helpers import new_inspection, run

LIST = (
    "Case No,Child First Name,Child Surname,Applicant Name,Respondent Name,Law type,Order type,Area\n"
    "PL-9101,Chester,Lowe,RB Greenwich,Dawn Lowe,Public,Care order,Area 6 - London South\n"
    "PL-9102,Amara,Nwosu,LB Enfield,Femi Nwosu,Public,Care order,Area 15a - London North\n"
    "PL-9103,Kacper,Wiśniewski,Telford & Wrekin,Marta Wiśniewska,Public,Supervision order,Area 6 - London South\n"
    "PL-9104,Lily-Mae,Horrocks,Oldham,Gary Horrocks,Public,Care order,Area 6 - London South\n"
    "PL-9105,Jayden,Price,Sandwell MBC,Kerry Price,Public,Care order,Area 15a - London North\n"
)
NOTE = ("Managers at RB Greenwich, LB Enfield, Oldham, Telford & Wrekin and Sandwell MBC all "
        "said that guardians share information promptly and challenge drift.")  # fmt: skip


def _hits(db: Path, text: str, tmp_path: Path) -> str:
    """`identify hits` after a note with `text` is recorded on the first case."""
    with Store.open(db) as store:
        ref = store.case_rows(CaseFilter(), 0, 1)[0].ref
    run("evidence", "add", db, "--case", ref, "--criteria", "QP12", "--source", "CASE_FILE",
        "--polarity", "strength", "--text", text)  # fmt: skip
    return run("identify", "hits", db).output


def _imported(tmp_path: Path) -> Path:
    """A new inspection with the list imported."""
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(LIST, encoding="utf-8")
    run("cases", "import", db, listed)
    return db


def test_councils_named_as_applicants_are_not_protected_people(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    with Store.open(db) as store:
        names = {p.name: p.category for p in store.protected_names()}
    assert not {"RB Greenwich", "LB Enfield", "Sandwell MBC"} & set(names), names
    assert names.get("Chester") == "child" and names.get("Dawn Lowe") == "parent"
    out = _hits(db, NOTE, tmp_path)
    for council in ("Greenwich", "Enfield", "Oldham", "Telford", "Wrekin", "Sandwell"):
        assert council not in out, out
    # The people stay protected: a parent's name, and a child named as a town is.
    out = _hits(db, "Dawn Lowe said Chester was frightened at contact.", tmp_path)
    assert "‘Dawn Lowe’" in out and "‘Chester’" in out, out


def test_councils_a_file_stored_as_parents_are_no_longer_hits(tmp_path: Path) -> None:
    """A file whose import (before this version) stored the councils as parents' names."""
    db = _imported(tmp_path)
    with Store.open(db) as store:
        case = store.case_rows(CaseFilter(), 0, 1)[0].id
        stored = [(protected_name_id(store.inspection_id, n, "parent", case),
                   ProtectedName(name=n, category="parent", case_id=case))
                  for n in ("RB Greenwich", "LB Enfield", "Telford", "Wrekin", "Sandwell MBC")]  # fmt: skip
        with store.transaction():
            store.bulk_create(stored, store.me_id or "")
    out = _hits(db, NOTE, tmp_path)
    for council in ("Greenwich", "Enfield", "Telford", "Wrekin", "Sandwell"):
        assert council not in out, out
