"""Case lists write care proceedings as plainly "Care", "Care proceedings" or
"Supervision": each is a care or supervision application (s31); a longer phrase that
contains one of them ("Adoption from care") still names its own case type.  A small list
written by hand, imported through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import empty_file, run

ROWS = [
    ("FW-9101", "Care", "S31"),
    ("FW-9102", "Care proceedings", "S31"),
    ("FW-9103", "Supervision", "S31"),
    ("FW-9104", "Adoption from care", "ADOPT_FROM_CARE"),
    ("FW-9105", "Interim care order", "S31"),
    ("FW-9106", "Placement order", "PLACEMENT"),
]


def _law(code: str) -> str:
    return "adoption" if code.startswith("ADOPT") else "public law"


def test_care_spelled_plainly_is_s31_and_adoption_from_care_is_not(tmp_path: Path) -> None:
    db = tmp_path / "lead.db"
    empty_file(db, "cafcass-2018", "Wessex visit")
    lines = ["Case ref,Child ID,Forename,Surname,Date of birth,Law,Order type,Area,Stage"]
    lines += [f"{ref},K{i},Ava,Marsh{i},2015-01-0{i + 1},{_law(code)},{kind},Area 3,Final hearing"
              for i, (ref, kind, code) in enumerate(ROWS)]  # fmt: skip
    (tmp_path / "cases.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run("cases", "import", db, tmp_path / "cases.csv")
    listed = json.loads(run("cases", "list", db, "--json").output)
    assert sorted(c["case_type"] for c in listed) == sorted(code for _r, _k, code in ROWS)
