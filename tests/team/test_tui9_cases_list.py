"""`fieldwork cases list --json` gives each case's age band (the README says every case
has one), from the hand-written list: ages worked out by hand at the inspection's start."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.team.helpers import new_inspection, run

SMALL = Path(__file__).parent / "data" / "small_list.csv"


def test_cases_list_json_gives_the_age_band(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")  # starts 2 March 2026
    run("cases", "import", db, SMALL)
    listed = json.loads(run("cases", "list", db, "--json").output)
    # Born 3/4/2019 (6), 20/11/2016 (9), 14/1/2021 (5); 12/12/2021 (4), 5/1/2024 (2);
    # 9/9/2012 (13), 30/6/2015 (10).
    assert Counter(c["age_band"] for c in listed) == Counter({"5-9": 3, "2-4": 2, "10-13": 2})
    text = run("cases", "list", db).output  # the text table keeps its columns
    assert "5-9" not in text and text.strip().endswith("7 cases.")
