"""A case list saved from a grouped sheet: the service area written once, on the first
row of each group, the rows below left blank (tester 14, F2).  Without `--fill-down` the
import refuses, as before, and says the list looks grouped and what to do; with it,
each empty area is read as the one above, and the import says how many rows it filled.
The list is written here by hand, semicolon-separated as a European Excel saves it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import dump, empty_file, run

LIST = (
    "Service area;Case no.;Child name;Date of birth;Proceedings;Application type;Stage\r\n"
    "Area 6 - Tyne and Wear;NE/26/0041;WHITE, Ivy;21/06/2019;Private;Child arrangements;"
    "First hearing\r\n"
    ";NE/26/0042;OKAFOR, Chidi;03/02/2015;Public;Care;Final hearing\r\n"
    ";NE/26/0043;BELL, Amara;11/11/2014;Private;Specific issue;Final hearing\r\n"
    "Area 9 - West Yorkshire;YK/26/0107;KELLY, Poppy Mae;4 Mar 2016;Private;Enforcement;"
    "Final hearing\r\n"
    ";YK/26/0108;NOWAK, Charlie;04/03/16;Private;Child arrangements;Final hearing\r\n"
)


def _db(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "lead.db"
    empty_file(db, "cafcass-2021", "Northern visit")
    path = tmp_path / "grouped.csv"
    path.write_bytes(LIST.encode("utf-8"))
    return db, path


def test_a_grouped_list_is_refused_saying_it_looks_grouped(tmp_path: Path) -> None:
    db, path = _db(tmp_path)
    before = dump(db)
    res = run("cases", "import", db, path, code=2)
    assert "3 rows (lines 3, 4, 6): the service area is empty (the list looks grouped" in res.output
    assert "--fill-down" in res.output
    assert dump(db) == before


def test_fill_down_reads_each_empty_area_as_the_one_above(tmp_path: Path) -> None:
    db, path = _db(tmp_path)
    out = run("cases", "import", db, path, "--fill-down").output
    assert "3 rows with an empty service area or team read as the row above" in out
    assert "Imported 5 cases" in out
    listed = json.loads(run("cases", "list", db, "--json").output)
    assert sorted(c["area"] for c in listed) == ["6", "6", "6", "9", "9"]


def test_skip_bad_with_most_rows_bad_imports_nothing(tmp_path: Path) -> None:
    """Tester 14, F13: '--skip-bad' on the grouped list imported 14 of 480 rows.  A
    longer grouped list here: two groups of twelve children."""
    db, path = _db(tmp_path)
    rows = [LIST.splitlines()[0]]
    for area, region in (("Area 6 - Tyne and Wear", "NE"), ("Area 9 - West Yorkshire", "YK")):
        for i in range(12):
            rows.append(f"{area if i == 0 else ''};{region}/26/{i:04d};SURNAME{i}, Child;"
                        f"0{1 + i % 9}/02/2015;Private;Child arrangements;Final hearing")  # fmt: skip
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8"))
    before = dump(db)
    res = run("cases", "import", db, path, "--skip-bad", code=2)
    last = res.output.strip().splitlines()[-1]
    assert last.startswith("fieldwork: 22 of 24 rows in ") and "more than half" in last
    assert dump(db) == before
    assert "Imported 24 cases" in run("cases", "import", db, path, "--fill-down").output
