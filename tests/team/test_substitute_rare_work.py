"""Substituting a sampled case that is alone in its stratum (tester 15, F4: the only
special guardianship case of an area was out of scope, and the substitution was refused
with no way through): the next case of its law type in the area's seeded order stands
in, and the output says so; or the lead names the substitute with --with, which must be
an unsampled case of the same area and not of a family in the sample.  The list is
written by hand here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, refused, run, unchanged

ROWS = [
    "WM/26/0701;Area 4;Public;Special guardianship;Issue",  # the only SGO of the area
    *(f"WM/26/07{n:02d};Area 4;Public;Care order;Issue" for n in range(10, 16)),
    *(f"WM/26/07{n:02d};Area 4;Private;Child arrangements;1st hrg" for n in range(20, 26)),
    "WM/26/0790;Area 5;Private;Child arrangements;1st hrg",
]
LIST = "Case Ref;Area;Proceedings;Application;Current Stage\r\n" + "\r\n".join(ROWS) + "\r\n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "caselist.csv"
    listed.write_text(LIST, encoding="utf-8")
    run("areas", "add", path, "4", "--name", "West Midlands", "--visited")
    run("areas", "add", path, "5", "--name", "East Midlands")
    run("cases", "import", path, listed)
    run("sample", path, "--areas", "4", "--per-area", "6", "--seed", "15", "--min-per-stratum", "1")
    return path


def cases(db: Path) -> list[dict[str, str]]:
    return list(json.loads(run("cases", "list", db, "--json").output))


def the(db: Path, **want: str) -> list[dict[str, str]]:
    return [c for c in cases(db) if all(c[k] == v for k, v in want.items())]


def test_a_case_alone_in_its_stratum_is_replaced_by_the_next_of_its_law(db: Path) -> None:
    (sgo,) = the(db, case_type="OTHER")
    assert sgo["sample"] == "area-sampled"
    out = run("sample", db, "--substitute", sgo["ref"], "--reason", "Out of scope").output
    new_ref = out.splitlines()[0].split(" replaced by ")[1].split(" ")[0]
    (new,) = the(db, ref=new_ref)
    assert new["sample"] == "substitute" and new["law_type"] == "PUBLIC"
    assert new["case_type"] == "S31" and new["area"] == "4"
    assert (f"No unsampled case of {sgo['ref']}'s case type (Other application) was left in "
            f"area 4: {new_ref} (Care or supervision application (s31)) is the next public "
            "law case in the seeded order") in out  # fmt: skip
    assert the(db, ref=sgo["ref"])[0]["sample"] == "replaced"


def test_the_lead_may_name_the_substitute(db: Path) -> None:
    (sgo,) = the(db, case_type="OTHER")
    spare = next(c for c in the(db, area="4", law_type="PRIVATE") if c["sample"] != "area-sampled")
    out = run("sample", db, "--substitute", sgo["ref"], "--reason", "Out of scope",
              "--with", spare["ref"]).output  # fmt: skip
    assert out.startswith(f"{sgo['ref']} replaced by {spare['ref']} (Out of scope)")
    assert "No unsampled case" not in out
    assert the(db, ref=spare["ref"])[0]["sample"] == "substitute"


def test_a_named_substitute_that_cannot_stand_in_is_refused(db: Path) -> None:
    (sgo,) = the(db, case_type="OTHER")
    sampled = next(c for c in the(db, area="4", sample="area-sampled") if c["ref"] != sgo["ref"])
    (elsewhere,) = the(db, area="5")
    with unchanged(db):
        line = refused("sample", db, "--substitute", sgo["ref"], "--reason", "Out of scope",
                       "--with", sampled["ref"])  # fmt: skip
        assert f"{sampled['ref']} is already in the sample" in line
        line = refused("sample", db, "--substitute", sgo["ref"], "--reason", "Out of scope",
                       "--with", elsewhere["ref"])  # fmt: skip
        assert "is in area 5, not area 4" in line
        line = refused("sample", db, "--with", elsewhere["ref"])
        assert "give both" in line


def test_work_recorded_on_a_replaced_case_says_it_will_not_count(db: Path) -> None:
    """Tester 15, F8: an inspector went on recording on a replaced case for weeks."""
    (sgo,) = the(db, case_type="OTHER")
    out = run("sample", db, "--substitute", sgo["ref"], "--reason", "Out of scope").output
    new_ref = out.splitlines()[0].split(" replaced by ")[1].split(" ")[0]
    said = run("evidence", "add", db, "--case", sgo["ref"], "--criteria", "SW1", "--source",
               "CASE_FILE", "--polarity", "neutral", "--text", "Letter on file.").output  # fmt: skip
    expected = (f"Case {sgo['ref']} was replaced in the sample by {new_ref}: what is recorded "
                f"on it stays in the file, but the draft report does not count it; record the "
                f"work on {new_ref}.")  # fmt: skip
    assert expected in said
    graded = run("grade", db, "--case", sgo["ref"], "--criterion", "SW1", "--grade", "good")
    assert expected in graded.output
    fine = run("grade", db, "--case", new_ref, "--criterion", "SW1", "--grade", "good").output
    assert "replaced" not in fine
