"""`cases_held` in the analyst's CSV counts what each person holds to inspect: a sampled
case that a substitute replaced keeps its inspector on the case row, but is not held.

The inspection is written by hand here (refs, areas, people), independent of the demo
and of the case-list generators.
"""

from __future__ import annotations

import csv
from pathlib import Path

from store.framework import load_framework
from store.ids import uuid7
from store.models import Area, CaseFile, Inspector, Sample
from store.store import Store
from tests.team.helpers import run

# (ref, case type): all private law in area 4, so one stratum holds the substitutes.
CASES = [("C-2101-PS", "CAO"), ("C-2102-PS", "CAO"), ("C-2103-CB", "CAO"),
         ("C-2104-CB", "CAO"), ("C-2105-XX", "CAO"), ("C-2106-XX", "CAO")]  # fmt: skip


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_replaced_case_is_not_counted_as_held(tmp_path: Path) -> None:
    db = tmp_path / "north-west.db"
    s = Store.create(db, load_framework("cafcass-2018"), title="North West focused visit",
                     lead="Ruth Okafor", start_date="2026-05-11")  # fmt: skip
    try:
        s.put_area(Area(code="4", name="Greater Manchester", visited=True))
        priti = s.put_inspector(Inspector(name="Priti Sandhu", initials="PS"))
        colm = s.put_inspector(Inspector(name="Colm Byrne", initials="CB"))
        ids = {
            ref: s.put_case(CaseFile(ref=ref, area_code="4", law_type="PRIVATE", case_type=kind,
                                     stage="WTFH", sample="area-sampled" if i < 4 else "national"))
            for i, (ref, kind) in enumerate(CASES)
        }  # fmt: skip
        s.put(Sample(seed=20260511, method="by hand", areas=["4"], per_area=4,
                     case_ids=[ids[r] for r, _ in CASES[:4]]), uuid7())  # fmt: skip
        s.assign_cases(priti, [ids["C-2101-PS"], ids["C-2102-PS"]])
        s.assign_cases(colm, [ids["C-2103-CB"], ids["C-2104-CB"]])
        # The family of C-2102-PS moved out of the area: a substitute takes its place and
        # goes to Priti, who keeps the replaced case on its row.
        _, substitute = s.substitute(ids["C-2102-PS"], "family moved to another area")
    finally:
        s.close()

    run("export", "csv", db, "-o", tmp_path / "csv")
    cases = {r["case_ref"]: r for r in _read(tmp_path / "csv" / "cases.csv")}
    assert cases["C-2102-PS"]["sample"] == "replaced"
    assert cases["C-2102-PS"]["inspector_name"] == "Priti Sandhu"
    sub = next(r for r in cases.values() if r["sample"] == "substitute")
    assert sub["inspector_name"] == "Priti Sandhu"
    people = {r["name"]: r["cases_held"] for r in _read(tmp_path / "csv" / "inspectors.csv")}
    # Priti: C-2101-PS and the substitute, not the replaced C-2102-PS.
    assert people == {"Priti Sandhu": "2", "Colm Byrne": "2", "Ruth Okafor": "0"}
    # What an analyst would count from cases.csv agrees with inspectors.csv.
    for name, held in people.items():
        rows = [r for r in cases.values()
                if r["inspector_name"] == name and r["sample"] != "replaced"]  # fmt: skip
        assert str(len(rows)) == held
    assert substitute
