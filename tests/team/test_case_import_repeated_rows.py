"""A case management system's export that lists a child twice, row for row (tester 17,
F10: the lead removed the same duplicate rows by hand from each list the organisation
sent).  A row repeating an earlier one cell for cell (capitals and spaces aside) is
skipped and said, where the list tells children apart by a child ID or a name; without,
two identical rows may be twins, and the import refuses them as before.  Lists written
here."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import empty_file, run

NAMED = """Case Reference,Child Name,Law type,Order sought,Area,Stage,DOB
BT-201,Ruby Hall,Private,Child arrangements order,Area 7 - Yorkshire,FHDRA,03/04/2016
BT-202,Ali Khan,Public,Care order,Area 7 - Yorkshire,IRH,11/09/2019
BT-201,RUBY HALL ,Private,Child arrangements order,Area 7 - Yorkshire,FHDRA,03/04/2016
BT-203,Maya Lowe,Private,Prohibited steps,Area 7 - Yorkshire,WTFH,21/12/2012
BT-202,Ali Khan,Public,Care order,Area 7 - Yorkshire,IRH,11/09/2019
"""
UNNAMED = """Case Reference,Law type,Order sought,Area,Stage,DOB
BT-301,Private,Child arrangements order,Area 7 - Yorkshire,FHDRA,03/04/2016
BT-301,Private,Child arrangements order,Area 7 - Yorkshire,FHDRA,03/04/2016
"""


def test_a_row_repeated_cell_for_cell_is_skipped_and_said(tmp_path: Path) -> None:
    db = empty_file(tmp_path / "lead.db")
    (tmp_path / "list.csv").write_text(NAMED, encoding="utf-8")
    said = run("cases", "import", db, tmp_path / "list.csv").output
    assert "skipped 2 rows that repeat an earlier row cell for cell (lines 4, 6)" in said
    assert "Imported 3 cases" in said
    refs = json.loads(run("cases", "list", db, "--json").output)
    assert len(refs) == 3


def test_identical_rows_with_nothing_to_tell_children_apart_are_still_refused(
    tmp_path: Path,
) -> None:
    db = empty_file(tmp_path / "lead.db")
    (tmp_path / "list.csv").write_text(UNNAMED, encoding="utf-8")
    said = run("cases", "import", db, tmp_path / "list.csv", code=2).output
    assert "cell for cell" not in said
    assert json.loads(run("cases", "list", db, "--json").output) == []


SPANNING = """Case Reference;Child Name;Law type;Order sought;Area;Stage;DOB;Comments
BT-401;Ruby Hall;Private;Child arrangements order;Area 7 - Yorkshire;FHDRA;03/04/2016;"Mother moved.
New address awaited.
Chased 2 Nov."
BT-402;Ali Khan;Public;Care order;Area 7 - Yorkshire;IRH;11/09/2019;
BT-401;Ruby Hall;Private;Child arrangements order;Area 7 - Yorkshire;FHDRA;03/04/2016;"Mother moved.
New address awaited.
Chased 2 Nov."
"""


def test_rows_are_said_as_a_spreadsheet_numbers_them_where_cells_span_lines(
    tmp_path: Path,
) -> None:
    """Tester 23, F2: the skipped row was said as "line 4", its spreadsheet row, where a
    text editor shows it on line 6, as a comment above runs over three lines."""
    db = empty_file(tmp_path / "lead.db")
    (tmp_path / "list.csv").write_text(SPANNING, encoding="utf-8-sig")
    said = run("cases", "import", db, tmp_path / "list.csv").output
    assert "cell for cell (spreadsheet row 4)" in said
    assert "Imported 2 cases" in said
