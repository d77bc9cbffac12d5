"""Row numbers in the import's report are the rows a spreadsheet shows when a Notes
cell runs over several lines (tester 14, F12: "line 236" was another child's row in the
Excel sheet the lead had made, so she would have corrected the wrong child).  A list
written here by hand, with line breaks inside quoted cells before the bad row."""

from __future__ import annotations

from pathlib import Path

from tests.team.helpers import empty_file, run

LIST = (
    "Service area;Case no.;Child name;Date of birth;Proceedings;Application type;Stage;Notes\r\n"
    'Area 6;NE/1;WHITE, Ama;21/06/2015;Private;Child arrangements;First hearing;"Interpreter\r\n'
    'needed; father in Poland"\r\n'
    'Area 6;NE/2;GREEN, Ivy;03/02/2015;Private;Child arrangements;Final hearing;"Two\r\nlines\r\n'
    'here"\r\n'
    "Area 6;NE/3;NOWAK, Charlie;31/02/2015;Private;Child arrangements;Final hearing;\r\n"
)


def test_a_bad_row_is_numbered_as_the_spreadsheet_shows_it(tmp_path: Path) -> None:
    db = tmp_path / "lead.db"
    empty_file(db, "cafcass-2021", "Northern visit")
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode("utf-8"))
    res = run("cases", "import", db, path, code=2)
    # the child born on no such day is the fourth row of the sheet (header, two cases, then this one);
    # in the text file it starts on line 7
    assert "1 row (spreadsheet row 4): date of birth" in res.output, res.output
    assert "the rows a spreadsheet shows" in res.output
