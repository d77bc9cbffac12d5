"""Which cases count, said the same way everywhere (#17, #18):

- a case someone *holds* is one assigned to them that no substitute replaced: `fieldwork
  team list`, `team remove`, the team screen and the analyst's CSV all count so;
- the team's *progress* (Home) counts the cases the team works on: those in a sample,
  and those of the organisation's list that someone holds; a case only on the list
  (drawn for no sample, held by nobody) is not "not started", nor is a replaced case.

The inspection is written by hand here (refs, areas, people, sample), independent of the
demo and of the case-list generators.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from store.framework import load_framework
from store.ids import uuid7
from store.models import Area, CaseFile, Inspector, Sample
from store.store import Store
from tests.team.helpers import run

# (ref, in the area's sample): all private law child arrangements in area 7, so one
# stratum holds the substitutes.
CASES = [("C-3101-AN", True), ("C-3102-AN", True), ("C-3103-BL", True),
         ("C-3104-BL", True), ("C-3105-ZZ", False), ("C-3106-ZZ", False),
         ("C-3107-ZZ", False)]  # fmt: skip


def build(db: Path) -> dict[str, str]:
    """Four sampled cases (Anwen two, Bryn two), three only on the organisation's list;
    one of Bryn's replaced by a substitute which is then given to Anwen, so Bryn keeps
    one held case and the replaced one on its row; Carys holds a case of the list.
    Returns the ids by ref and name."""
    s = Store.create(db, load_framework("cafcass-2018"), title="Cumbria and Lancashire visit",
                     lead="Helen Marsh", start_date="2026-09-14")  # fmt: skip
    try:
        s.put_area(Area(code="7", name="Cumbria and Lancashire", visited=True))
        ids = {
            "Anwen": s.put_inspector(Inspector(name="Anwen Pryce", initials="AP")),
            "Bryn": s.put_inspector(Inspector(name="Bryn Talbot", initials="BT")),
            "Carys": s.put_inspector(Inspector(name="Carys Lloyd", initials="CL")),
        }
        for ref, sampled in CASES:
            ids[ref] = s.put_case(CaseFile(
                ref=ref, area_code="7", law_type="PRIVATE", case_type="CAO", stage="WTFH",
                sample="area-sampled" if sampled else "national"))  # fmt: skip
        s.put(Sample(seed=20260914, method="by hand", areas=["7"], per_area=4,
                     case_ids=[ids[r] for r, sampled in CASES if sampled]), uuid7())  # fmt: skip
        s.assign_cases(ids["Anwen"], [ids["C-3101-AN"], ids["C-3102-AN"]])
        s.assign_cases(ids["Bryn"], [ids["C-3103-BL"], ids["C-3104-BL"]])
        _, sub = s.substitute(ids["C-3104-BL"], "the family moved out of the area")
        s.assign_cases(ids["Anwen"], [sub])
        ids["substitute"] = sub
        # Carys is given a case of the list that no sample drew (the substitute is
        # drawn from these too, in the seeded order: take one it did not).
        listed = [ids[r] for r, sampled in CASES if not sampled and ids[r] != sub]
        s.assign_cases(ids["Carys"], [listed[0]])
        ids["listed"] = listed[0]
    finally:
        s.close()
    return ids


def test_team_list_counts_the_cases_each_person_holds(tmp_path: Path) -> None:
    db = tmp_path / "cumbria.db"
    build(db)
    listed = {r["name"]: r["cases"] for r in json.loads(run("team", "list", db, "--json").output)}
    # Anwen: two sampled cases and the substitute; Bryn: one (the other was replaced);
    # Carys holds a case of the organisation's list that nobody sampled.
    assert listed == {"Anwen Pryce": 3, "Bryn Talbot": 1, "Carys Lloyd": 1, "Helen Marsh": 0}
    text = run("team", "list", db).output
    assert "3 cases" in text and "1 case\n" in text.replace("  (this file)", "")
    assert "1 cases" not in text and "0 cases" in text

    run("export", "csv", db, "-o", tmp_path / "csv")
    with (tmp_path / "csv" / "inspectors.csv").open(encoding="utf-8-sig", newline="") as fh:
        in_csv = {r["name"]: int(r["cases_held"]) for r in csv.DictReader(fh)}
    assert in_csv == listed


def test_someone_whose_only_case_was_replaced_can_leave_the_team(tmp_path: Path) -> None:
    db = tmp_path / "cumbria.db"
    ids = build(db)
    with Store.open(db) as s:
        s.assign_cases(ids["Anwen"], [ids["C-3103-BL"]])  # Bryn holds only the replaced one
        assert s.case(ids["C-3104-BL"]).inspector_id == ids["Bryn"]
    assert "Removed Bryn Talbot" in run("team", "remove", db, "Bryn Talbot").output
    out = run("team", "remove", db, "Anwen Pryce", code=2).output
    assert "holds 4 cases" in out


def test_the_team_s_progress_counts_only_the_cases_worked_on(tmp_path: Path) -> None:
    db = tmp_path / "cumbria.db"
    ids = build(db)
    with Store.open(db) as s:
        team = s.progress(None)
        # Worked on: the three sampled cases left, the substitute, and Carys's case of
        # the list; not the replaced case, not the two cases only on the list.
        assert (team.cases, team.not_started) == (5, 5)
        assert sorted(team.not_started_refs) == sorted(
            [s.case(ids[r]).ref for r in ("C-3101-AN", "C-3102-AN", "C-3103-BL")]
            + [s.case(ids["substitute"]).ref, s.case(ids["listed"]).ref]
        )
        assert s.progress(ids["Bryn"]).cases == 1
        assert s.progress(ids["Anwen"]).cases == 3
        summary = s.home_summary()
        (area,) = [a for a in summary.areas if a.code == "7"]
        assert area.cases.total == 5 and area.cases.not_started == 5


def test_areas_list_says_1_case(tmp_path: Path) -> None:
    db = tmp_path / "one.db"
    s = Store.create(db, load_framework("cafcass-2018"), title="Small visit", lead="Helen Marsh")
    try:
        s.put_area(Area(code="7", name="Cumbria and Lancashire", visited=True))
        s.put_area(Area(code="8", name="Greater Manchester"))
        s.put_case(CaseFile(ref="C-3201-QA", area_code="7", law_type="PRIVATE",
                            case_type="CAO", stage="WTFH"))  # fmt: skip
    finally:
        s.close()
    lines = run("areas", "list", db).output.splitlines()
    assert lines[0].split()[-3:] == ["1", "case", "visited"], lines
    assert lines[1].split()[-2:] == ["0", "cases"], lines
