"""A later list names a known area otherwise (tester 18, F11: every row of area 3 read
'Area 3 - South West and Dorset' on the corrected list, and the import said nothing):
the import says so, with the command that renames it, and changes no name itself.  An
abbreviation or a shortening of the area's own name is no other name.  Written here."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, run

HEADER = "Case number,Law,Application,Area\n"
FIRST = HEADER + "".join(
    f"SW/26/{n},Private,Child arrangements,Area 3 - South West\n"
    f"YH/26/{n},Public,Care order,Area 4 - Yorkshire and Humber\n"
    for n in range(100, 106)
)


def test_a_renamed_area_is_said_with_the_command_and_not_renamed(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    (tmp_path / "v1.csv").write_text(FIRST, encoding="utf-8")
    run("cases", "import", db, tmp_path / "v1.csv")
    later = FIRST.replace("Area 3 - South West\n", "Area 3 - South West and Dorset\n")
    later = later.replace("Area 4 - Yorkshire and Humber", "Area 4 - Yorks")
    (tmp_path / "v2.csv").write_text(later, encoding="utf-8")
    said = run("cases", "import", db, tmp_path / "v2.csv").output
    assert (
        f"Area 3 is named 'South West and Dorset' on this list, 'South West' in this "
        f"inspection: if it has been renamed, 'fieldwork areas rename {db} 3 --name "
        f'"South West and Dorset"\'.' in said.splitlines()
    )
    assert "Area 4 is named" not in said  # 'Yorks' shortens Yorkshire and Humber
    areas = {a["code"]: a["name"] for a in json.loads(run("areas", "list", db, "--json").output)}
    assert areas == {"3": "South West", "4": "Yorkshire and Humber"}
    assert "is named" not in run("cases", "import", db, tmp_path / "v1.csv").output
