"""A case list with what spreadsheets carry besides the cases (tester 13): notes from a
second sheet pasted below the data were four refused "cases" (no case ID, no law type,
an e-mail address as the area), so the whole list needed --skip-bad; a "Closed" column
(the end date) and an "Allocated on" column (the start date) were not read.  The lists
are written by hand here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, run

HEADER = "Region,Case number,Proceedings,Application,Allocated on,Current stage,Closed\r\n"
ROWS = (
    "A07,NW/26/2201,Private law,Child arrangements order,02/02/2026,1st hrg,\r\n",
    "A07,NW/26/2202,Public law,Care order (s31),14/01/2026,IRH,\r\n",
    "A07,NW/26/2203,Private law,Section 7 report,03/11/2025,,20/02/2026\r\n",
    "A07,NW/26/2204,Public law,Supervision order,01/12/2025,Final,\r\n",
)
NOTES = (
    ",,,,,,\r\n",
    "Notes (from sheet 2),,,,,,\r\n",
    "Extract run by the performance team,,,,,,\r\n",
    "Queries to,performance.team@example-org.gov.uk,,,,,\r\n",
    "Stages as recorded on the day of the extract,,,,,,\r\n",
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-03-02", end="2026-03-27")
    run("areas", "add", path, "7", "--name", "Cumbria and Lancashire")
    return path


def test_notes_below_the_data_are_skipped_and_named(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "caselist.csv"
    listed.write_text(HEADER + "".join(ROWS) + "".join(NOTES), encoding="utf-8")
    result = run("cases", "import", db, listed)
    assert "Imported 4 cases" in result.output
    assert (
        "skipped 4 lines below the last case that give no law type or case type "
        "(lines 7, 8, 9, 10): notes, not cases" in " ".join(result.output.split())
    ), result.output
    assert "performance.team" not in json.dumps(
        json.loads(run("cases", "list", db, "--json").output)
    )


def test_a_case_among_the_data_with_no_types_is_still_refused(db: Path, tmp_path: Path) -> None:
    """Only what lies below the last case is taken as notes: a row in the middle that
    gives no law or case type is a case with a fault."""
    listed = tmp_path / "caselist.csv"
    broken = "A07,NW/26/2209,,,02/02/2026,1st hrg,\r\n"
    listed.write_text(HEADER + ROWS[0] + broken + "".join(ROWS[1:]), encoding="utf-8")
    out = run("cases", "import", db, listed, code=2).output
    assert "1 row (line 3): no law type given" in out
    assert "nothing was imported" in out


def test_closed_and_allocated_on_are_read(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "caselist.csv"
    listed.write_text(HEADER + "".join(ROWS), encoding="utf-8")
    out = run("cases", "import", db, listed).output
    unread = [line for line in out.splitlines() if "not read" in line]
    assert not any("Closed" in line or "Allocated on" in line for line in unread), out
    stages = {c["ref"]: c["stage"] for c in json.loads(run("cases", "list", db, "--json").output)}
    assert sorted(stages.values()).count("CLOSED") == 1  # the one with a date in Closed
    # An end date before its allocation is a slip the import catches, now that both are read.
    slip = tmp_path / "slip.csv"
    slip.write_text(HEADER + "A07,NW/26/2210,Private law,Section 7 report,03/02/2026,,20/01/2026\r\n",
                    encoding="utf-8")  # fmt: skip
    assert (
        "end date before the case's start date" in run("cases", "import", db, slip, code=2).output
    )


def test_a_closed_column_of_yes_and_no(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "caselist.csv"
    rows = [r.rstrip("\r\n").rsplit(",", 1)[0] for r in ROWS]
    flags = ["N", "No", "Y", ""]
    listed.write_text(HEADER + "".join(f"{r},{f}\r\n" for r, f in zip(rows, flags, strict=True)),
                      encoding="utf-8")  # fmt: skip
    out = run("cases", "import", db, listed).output
    assert "Imported 4 cases" in out and "not a date" not in out
    stages = [c["stage"] for c in json.loads(run("cases", "list", db, "--json").output)]
    assert stages.count("CLOSED") == 1
