"""Tester 22's F6: an inspector of an earlier generation types 'adequate' for the third
grade (Ofsted's name for it before 'requires improvement'); it was answered "did you
mean Inadequate?", the opposite verdict.  It is read as requires improvement."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, refused, run, unchanged


def _inspection(tmp_path: Path) -> tuple[Path, str]:
    path = new_inspection(tmp_path / "master.db")
    run("areas", "add", path, "5", "--name", "Fenland and Broads", "--visited")
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Case ID,Law type,Case type,Stage,Service area\n"
        "FB-3310,Private law,Child arrangements,FHDRA,Area 5\n",
        encoding="utf-8",
    )
    run("cases", "import", path, listing)
    return path, run("cases", "list", path).output.split()[0]


def test_adequate_is_the_third_grade_never_inadequate(tmp_path: Path) -> None:
    path, ref = _inspection(tmp_path)
    run("grade", path, "--case", ref, "--criterion", "QP1", "--grade", "adequate",
        "--rationale", "Plan written but not reviewed after the hearing.")  # fmt: skip
    run("judge", path, "--judgement", "J18-4A", "--area", "5", "--grade", "Adequate",
        "--rationale", "Plans drift once the first hearing is past.")  # fmt: skip
    records = json.loads(run("dump", path).output)["records"]
    assert [g["values"]["grade"] for g in records["grading"].values()] == ["requires-improvement"]
    assert [j["values"]["grade"] for j in records["judgement"].values()] == ["requires-improvement"]
    with unchanged(path):
        said = refused("judge", path, "--judgement", "J18-4A", "--area", "5", "--grade", "adequit")
    assert "Inadequate?" not in said.split("give one of")[0], said
