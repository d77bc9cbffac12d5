"""Tester 25, F7: a list imported with the team's map (its area under a heading only the
map reads) could not be matched: `cases match` had no `--map`, and its refusal said to
map the heading.  Now it reads the list as the import did.  A semicolon-separated UTF-8
list with a byte-order mark, as a European Excel saves it, written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, run

LIST = (
    "\ufeffCase Ref.;Patch;Proceedings;Order Applied For;Applicant Name\r\n"
    "QX-5501;Area 4 West Midlands;Private;Child arrangements;Delphine Arrowsmith\r\n"
    "QX-5502;Area 4 West Midlands;Public;Care order;Sandwell MBC\r\n"
    "QX-5503;Area 6 London South;Private;Specific issue;Caspar Lindqvist\r\n"
)


def test_a_list_imported_with_a_map_is_matched_with_it(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    listed = tmp_path / "update.csv"
    listed.write_text(LIST, encoding="utf-8")
    mapping = tmp_path / "map.csv"
    mapping.write_text("column,Patch,area\n", encoding="utf-8")
    assert "Imported 3 cases" in run("cases", "import", db, listed, "--map", mapping).output
    refused = run("cases", "match", db, listed, code=2).output
    assert "--map" in refused and "Traceback" not in refused
    rows = json.loads(run("cases", "match", db, listed, "--map", mapping, "--json").output)
    assert [r["case_number"] for r in rows] == ["QX-5501", "QX-5502", "QX-5503"]
    assert [r["area"] for r in rows] == ["4", "4", "6"] and all(r["ref"] for r in rows)
