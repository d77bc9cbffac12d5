"""Taking an inspector off the team needs their cases given to others first (tester
36's F4: nine cases had to be given one `--case` at a time).  `assign --from NAME` gives
every case NAME holds (of `--area`, if given), and the refusal to take them off says so."""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import listed_file, refused, run, unchanged

LIST = """Case number,Child name,Date of birth,Law type,Case type,Service area
PL-7101,Saoirse Haldane,01/02/2014,Private,Child arrangements order,Area 2
PL-7102,Wren Cotterill,11/12/2016,Private,Child arrangements order,Area 2
PL-7103,Ishaan Bhatti,23/07/2012,Private,Prohibited steps order,Area 3
PL-7104,Nell Fairclough,30/03/2019,Public,Care order,Area 3
"""


def _held(db: Path, name: str) -> list[str]:
    with Store.open(db) as s:
        who = s.find_inspector(name)
        f = CaseFilter(inspector_id=who.id)
        return sorted(r.ref for r in s.case_rows(f, 0, 100))


def test_every_case_someone_holds_goes_to_another(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    for name in ("Ian Tolley", "Jo Wragg", "Kam Sehmi"):
        run("team", "add", db, name)
    run("assign", db, "--inspector", "Ian Tolley", "--all")
    held = _held(db, "Ian Tolley")
    assert len(held) == 4
    said = " ".join(refused("team", "remove", db, "Ian Tolley").split())
    assert "'fieldwork assign DB --inspector NAME --from \"Ian Tolley\"'" in said
    run("assign", db, "--inspector", "Kam Sehmi", "--from", "Ian Tolley", "--area", "3")
    assert len(_held(db, "Kam Sehmi")) == 2 and len(_held(db, "Ian Tolley")) == 2
    out = " ".join(
        run("assign", db, "--inspector", "Jo Wragg", "--from", "Ian Tolley").stdout.split()
    )
    assert "Assigning 2 cases (every case Ian Tolley holds) to Jo Wragg." in out
    assert _held(db, "Ian Tolley") == []
    run("team", "remove", db, "Ian Tolley")


def test_nothing_to_give_or_to_oneself_is_one_sentence(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    for name in ("Ian Tolley", "Jo Wragg"):
        run("team", "add", db, name)
    run("assign", db, "--inspector", "Ian Tolley", "--all")
    with unchanged(db):
        assert "Jo Wragg holds no cases: nothing to assign." in refused(
            "assign", db, "--inspector", "Ian Tolley", "--from", "Jo Wragg"
        )
        assert "Ian Tolley already holds them" in refused(
            "assign", db, "--inspector", "Ian Tolley", "--from", "Ian Tolley"
        )
        assert "not both" in refused(
            "assign", db, "--inspector", "Jo Wragg", "--from", "Ian Tolley", "--all"
        )
