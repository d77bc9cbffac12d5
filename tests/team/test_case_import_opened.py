"""A case list whose start date column is headed as case-management systems head it
(tester 11: 'Opened'): read as the start date, so an end date before it is refused and a
start date that is no date is said, though the case is imported (the start date only
checks the end date).  The lists are written by hand here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, run, unchanged

ROWS = (
    "LN/1;Area 6;Private;s.8 C100;1st hrg;12.03.2025;\r\n"
    "LN/2;Area 6;Public law;S31 care;IRH;xx.13.2025;\r\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db", start="2026-11-09", end="2026-12-04")


@pytest.mark.parametrize("heading", ["Opened", "Date opened", "Open date", "Start", "Opened on"])
def test_the_opened_column_is_the_start_date(db: Path, tmp_path: Path, heading: str) -> None:
    listed = tmp_path / "caselist.csv"
    listed.write_text(f"Case Ref;Region;Proceedings;Application;Current Stage;{heading};Date closed\r\n"
                      + ROWS, encoding="utf-8")  # fmt: skip
    out = run("cases", "import", db, listed).output
    assert "Imported 2 cases" in out
    assert "Columns not read" not in out
    assert ("1 start date is no date (line 3 'xx.13.2025'); its case was imported all the "
            "same, as the start date is read only to check the end date against it: check it "
            "with the organisation.") in out.splitlines()  # fmt: skip


def test_an_end_before_the_opened_date_is_refused(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "caselist.csv"
    listed.write_text("Case Ref;Region;Proceedings;Application;Current Stage;Opened;Date closed\r\n"
                      "LN/3;Area 6;Private;s.8 C100;;12.03.2025;01.02.2025\r\n",
                      encoding="utf-8")  # fmt: skip
    with unchanged(db):
        out = run("cases", "import", db, listed, code=2).output
    assert "end date before the case's start date: '01.02.2025, started 12.03.2025'" in out
