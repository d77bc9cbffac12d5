"""Headings as case management systems write them (tester 17's F2): a column headed
with two names of one field ('Guardian/FCA') was left unread as a column of staff, and
a 'Y/N' after a heading ('Closed Y/N') hid the field.  The case list is written here."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import listed_file, run

LIST = """Case Ref,Law type,Order sought,Area,Guardian/FCA,Child seen Y/N,Closed Y/N,Stage
TR/101,Private,Child arrangements order,Area 5 - West Midlands,Jo Marsh,Y,N,FHDRA
TR/102,Private,Prohibited steps,Area 5 - West Midlands,Imran Butt,N,Y,
TR/103,Public,Care order,Area 5 - West Midlands,Jo Marsh,Y,N,IRH
"""


def test_two_names_of_one_field_and_a_y_n_heading_are_read(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    said = run("cases", "import", db, tmp_path / "caselist.csv").output
    assert "Guardian/FCA" not in said  # read, so not listed as a column not read
    assert "Child seen Y/N" not in said and "Closed Y/N" not in said
    cases = {c["stage"]: c for c in json.loads(run("cases", "list", db, "--json").output)}
    assert set(cases) == {"FHDRA", "CLOSED", "IRH"}  # the "Y" under Closed Y/N: closed
    with_seen = run("export", "csv", db, "-o", tmp_path / "csv")
    assert with_seen.exit_code == 0
    rows = (tmp_path / "csv" / "cases.csv").read_text(encoding="utf-8-sig").splitlines()
    header = rows[0].split(",")
    seen = sorted(r.split(",")[header.index("child_seen")] for r in rows[1:])
    assert seen == ["no", "yes", "yes"]
