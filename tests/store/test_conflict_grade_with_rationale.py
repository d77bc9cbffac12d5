"""A grade and its rationale are one judgement: keeping the lead's side of a grading
names the other inspector's grade among what it supersedes, with the rationale, even
where that inspector kept the grade from before the sides parted (tester 34, F4:
"Superseded: Dylan Mercer's version ... in: Rationale." while his grade, requires
improvement, was replaced by inadequate too).  A side whose grade is kept is not said
to lose it.  The inspection is written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import run


def _conflict(tmp_path: Path, lead_grade: str) -> tuple[Path, str, str]:
    master = tmp_path / "lead.db"
    s = Store.create(master, load_framework("cafcass-2013"), title="South West re-inspection",
                     lead="Eleanor Vosper", start_date="2026-11-02")  # fmt: skip
    s.put_inspector(Inspector(name="Dylan Mercer", initials="DM"))
    s.close()
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    with Store.open(master) as s:
        ref = s.case_rows(limit=1)[0].ref
    run(
        "grade",
        master,
        "--case",
        ref,
        "--criterion",
        "QP8",
        "--grade",
        "requires improvement",
        "--rationale",
        "Seen once, not alone.",
    )
    dylan = tmp_path / "DM.db"
    run("issue", master, "--inspector", "Dylan Mercer", "-o", dylan)
    run(
        "grade",
        dylan,
        "--case",
        ref,
        "--criterion",
        "QP8",
        "--grade",
        "requires improvement",
        "--rationale",
        "Seen once at school; not alone, teacher present throughout.",
    )
    run(
        "grade",
        master,
        "--case",
        ref,
        "--criterion",
        "QP8",
        "--grade",
        lead_grade,
        "--rationale",
        "Never seen alone in eleven months; wishes taken from mum's account.",
    )
    run("merge", master, dylan)
    (c,) = json.loads(run("conflicts", master, "--json").output)
    lead_side = next(s["version_id"] for s in c["sides"] if s["author_name"] == "Eleanor Vosper")
    return master, c["record_id"], lead_side


def test_keeping_the_leads_grading_names_the_grade_it_replaces(tmp_path: Path) -> None:
    master, record, lead_side = _conflict(tmp_path, "inadequate")
    out = run("resolve", master, record, "--take", lead_side).output
    assert "Superseded: Dylan Mercer's version (" in out
    assert ") in: Grade, Rationale.\n" in out, out


def test_a_grade_both_sides_share_is_not_said_to_be_lost(tmp_path: Path) -> None:
    master, record, lead_side = _conflict(tmp_path, "requires improvement")
    out = run("resolve", master, record, "--take", lead_side).output
    assert ") in: Rationale.\n" in out, out
