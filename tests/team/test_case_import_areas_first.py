"""A lead who adds the areas to visit before the first case list (tester 20, F1, F4): the
list is still the first list, which names the organisation's other areas, and the areas
added are read however staff write them: initials ('SW'), shortened words ('Sth West',
'Gtr Manchester', 'LDN South'), the words in another order ('Sth London').  The list is
written by hand here."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case Number,Proceedings,Application,Current Stage,Service Area\n"
ROWS = [
    ("EC/31001", "Private", "Child arrangements", "FHDRA", "Area 3 - South West"),
    ("EC/31002", "Private", "Specific issue", "FHDRA", "SW"),
    ("EC/31003", "Public", "Care order", "IRH", "Sth West"),
    ("EC/31004", "Public", "Supervision order", "CMH", "LDN South"),
    ("EC/31005", "Private", "Child arrangements", "WAFH", "Sth London"),
    ("EC/31006", "Private", "Child arrangements", "FHDRA", "Area 6 London South"),
    ("EC/31007", "Public", "Care order", "CMH", "Gtr Manchester"),
    ("EC/31008", "Private", "Child arrangements", "FHDRA", "GM"),
    ("EC/31009", "Private", "Child arrangements", "FHDRA", "Area 11 - Wessex"),
    ("EC/31010", "Public", "Care order", "IRH", "11"),
    ("EC/31011", "Private", "Specific issue", "WAFH", "Wessex"),
    ("EC/31012", "Public", "Care order", "IRH", "Area 11 Wessex"),
    ("EC/31013", "Private", "Child arrangements", "FHDRA", "Area 14 - Thames Valley"),
    ("EC/31014", "Private", "Child arrangements", "FHDRA", "TV"),
    ("EC/31015", "Public", "Care order", "CMH", "Area 14 Thames Valley"),
]


def _write(path: Path, rows: Sequence[tuple[str, ...]]) -> Path:
    path.write_text(HEADER + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_areas_added_first_leave_the_first_list_naming_the_others(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    for code, name in (("3", "South West"), ("6", "London South"), ("9", "Greater Manchester")):
        run("areas", "add", db, code, "--name", name, "--visited")
    out = run("cases", "import", db, _write(tmp_path / "list.csv", ROWS)).output
    assert "Imported 15 cases" in out, out
    assert "new areas 11 (Wessex), 14 (Thames Valley)" in out, out
    for cell, code in (("SW", "3"), ("Sth West", "3"), ("LDN South", "6"), ("Sth London", "6"),
                       ("Gtr Manchester", "9"), ("GM", "9"), ("Wessex", "11"), ("TV", "14")):  # fmt: skip
        assert f"'{cell}' (1 row) as area {code}" in out, (cell, out)
    listed = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["area"] for c in listed) == {"3": 3, "6": 3, "9": 2, "11": 4, "14": 3}
    areas = {a["code"]: a["name"] for a in json.loads(run("areas", "list", db, "--json").output)}
    assert areas["3"] == "South West" and areas["9"] == "Greater Manchester"


def test_on_a_later_list_an_unknown_named_area_says_how_to_add_it(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    run("cases", "import", db, _write(tmp_path / "first.csv", ROWS[:3]))
    later = _write(tmp_path / "later.csv", [("EC/31100", "Private", "CAO", "FHDRA", "Wessex")])
    with unchanged(db):
        said = run("cases", "import", db, later, code=2).output
    assert "service area 'Wessex' is not one of this inspection's areas, which are 3 " in said
    assert "or add the area first with 'fieldwork areas add DB CODE --name NAME'" in said, said
