"""An inspector who shares a name with a child on the case list is named in the draft's
team table without stopping the export (tester 36's F12: the deputy lead 'Aisha Rahman',
a common name also a Bradford child's, stopped the whole report, and accepting it was
refused because the reason named her).  The same name in a sentence is still a hit."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.team.helpers import listed_file, run

LIST = """Case number,Child name,Date of birth,Law type,Case type,Service area
PL-8101,Nadia Kerr,14/02/2015,Private,Child arrangements order,Area 5
PL-8102,Owain Pryce,09/09/2013,Private,Prohibited steps order,Area 5
"""


def test_the_team_table_names_an_inspector_who_shares_a_child_s_name(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    run("team", "add", db, "Nadia Kerr", "--role", "deputy")
    out = tmp_path / "report.docx"
    run("export", "report", db, "-o", out)
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "Nadia Kerr" in cells
    # In a note the draft might quote, the name is still the child's until decided.
    said = run("evidence", "add", db, "--area", "5", "--criteria", "LG4", "--source",
               "INT_MANAGER", "--polarity", "strength", "--text",
               "Nadia Kerr said managers check every file.").stderr  # fmt: skip
    assert "Nadia Kerr" in said
