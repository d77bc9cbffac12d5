"""A case list as a case-management system exports it, not as a spreadsheet saves it:
tab-separated, a report title and a blank line above the header row, headings of the
system's own ('Case No.', 'D.O.B.', 'Proceedings', 'Application', 'Hearing stage'),
empty trailing columns.  The rows are written by hand here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged

TITLE = "Open cases report, run 02/11/2026\t\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t\n"
HEADER = ("Case No.\tChild ref\tForename\tSurname\tD.O.B.\tProceedings\tApplication\t"
          "Hearing stage\tService Area\t\t\n")  # fmt: skip
ROWS = (
    "PV/2026/0114\tCH-881\tAaliyah\tBrennan\t2019-04-12T00:00:00\tprivate\t"
    "Child arrangements\tFHDRA\tPennine Vale\t\t\n",
    "PV/2026/0127\tCH-902\tTomasz\tWrobel\t03.11.2014\tPrivate Law\tSpecific issue\t"
    "Work after 1st hearing\tPennine Vale\t\t\n",
    "FB/2026/0311\tCH-117\tJayden\tCrowther\t3/11/21\tPUBLIC\tCare order\tIRH\t"
    "Fenland and Broads\t\t\n",
    "FB/2026/0318\tCH-120\tSkye\tCrowther\t14.02.2016\tpublic\tSupervision order\t"
    "Case Mgmt Hearing\tFenland and Broads\t\t\n",
)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-11-23", end="2026-12-11")
    run("areas", "add", path, "7", "--name", "Pennine Vale")
    run("areas", "add", path, "9", "--name", "Fenland and Broads")
    return path


def _cases(db: Path) -> Counter[tuple[str, str, str, str]]:
    """(area, law type, case type, stage) of each case imported."""
    with Store.open(db) as store:
        files = [store.case(r.id) for r in store.case_rows(CaseFilter(), 0, 100)]
    return Counter((c.area_code, c.law_type, c.case_type, c.stage) for c in files)


def test_a_report_title_above_the_header_is_skipped_and_said(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "open_cases.txt"
    path.write_text(TITLE + HEADER + "".join(ROWS), encoding="utf-8")
    result = run("cases", "import", db, path)
    assert "Imported 4 cases" in result.output
    assert f"{path}: the header row is line 3; the 2 lines above it were not read." in (
        result.output.splitlines()
    )
    # 'Hearing stage' is the stage, 'Application' the case type: nothing defaulted
    assert "gave no stage" not in result.output
    assert _cases(db) == Counter({
        ("7", "PRIVATE", "CAO", "FHDRA"): 1, ("7", "PRIVATE", "SIO_PSO", "WAFH"): 1,
        ("9", "PUBLIC", "S31", "IRH"): 1, ("9", "PUBLIC", "S31", "CMH"): 1,
    })  # fmt: skip


def test_a_column_with_the_fields_own_heading_wins_over_one_ending_like_it(
    db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "list.tsv"
    path.write_text(
        "Case No.\tLaw type\tCase type\tStage\tPrevious stage\tArea\n"
        "PV-1\tPrivate\tChild arrangements\tFHDRA\tIntake\t7\n",
        encoding="utf-8",
    )
    result = run("cases", "import", db, path)
    assert _cases(db) == Counter({("7", "PRIVATE", "CAO", "FHDRA"): 1})
    assert "Columns not read: Previous stage" in result.output


def test_a_list_without_a_case_type_column_names_the_headings_it_reads(
    db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "open_cases.txt"
    path.write_text(
        TITLE + "Case No.\tProceedings\tOutcome sought\tService Area\n"
        "PV/2026/0114\tprivate\tChild arrangements\tPennine Vale\n",
        encoding="utf-8",
    )
    with unchanged(db):
        message = refused("cases", "import", db, path)
    assert "has no column for case type (a heading such as Case type, Order type or " in message
    assert "line 3 has: Case No., Proceedings, Outcome sought, Service Area" in message


def test_an_empty_law_type_says_none_was_given(db: Path, tmp_path: Path) -> None:
    """Special guardianship is made in either law: an empty law type cell beside it is
    said as none given.  (A specific issue order is private law only: an empty law type
    beside it is read from it, and said: session 26.)"""
    path = tmp_path / "list.tsv"
    either = ROWS[1].replace("Private Law", "").replace("Specific issue", "Special guardianship")
    path.write_text(HEADER + ROWS[0] + either, encoding="utf-8")
    with unchanged(db):
        result = run("cases", "import", db, path, code=2)
    assert f"{path}: 1 row (line 3): no law type given" in result.output
    assert "law type '' not recognised" not in result.output
    path.write_text(HEADER + ROWS[0] + ROWS[1].replace("Private Law", ""), encoding="utf-8")
    result = run("cases", "import", db, path)
    assert "The law type of 1 new case was read from the case type, as its row gives none" in (
        result.output
    )
    assert _cases(db) == Counter({("7", "PRIVATE", "CAO", "FHDRA"): 1,
                                  ("7", "PRIVATE", "SIO_PSO", "WAFH"): 1})  # fmt: skip


def test_a_second_import_says_the_cases_already_present_were_left_as_they_were(
    db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "list.tsv"
    path.write_text(HEADER + "".join(ROWS), encoding="utf-8")
    run("cases", "import", db, path)
    changed = tmp_path / "later.tsv"
    changed.write_text(HEADER + "".join(r.replace("FHDRA", "IRH") for r in ROWS),
                       encoding="utf-8")  # fmt: skip
    with unchanged(db):
        result = run("cases", "import", db, changed)
    assert "Imported 0 cases (4 already present)" in result.output
    # (session 10: it says where the list differs, and how to apply it)
    assert "The list differs from 1 of the 4 cases already present (stage 1)" in result.output
    assert "nothing was changed" in result.output and "--update' corrects them" in result.output


def test_private_law_stages_spelt_out_read_as_their_stage(db: Path, tmp_path: Path) -> None:
    """A system that writes the first hearing out in full, and the section 7 report or a
    later dispute resolution appointment as the stage, reads as the first hearing and
    the work after it: a DRA is not the first hearing."""
    rows = (
        "PV/2026/0201\tCH-930\tMaya\tOkoro\t2018-05-02T00:00:00\tPrivate Law\tChild arrangements\t"
        "First Hearing Dispute Resolution Appointment\tPennine Vale\t\t\n",
        "PV/2026/0202\tCH-931\tLeon\tHart\t2015-09-21T00:00:00\tPrivate Law\tChild arrangements\t"
        "Section 7 report\tPennine Vale\t\t\n",
        "PV/2026/0203\tCH-932\tEmre\tYildiz\t2013-01-30T00:00:00\tPrivate Law\tSpecific issue\t"
        "Dispute Resolution Appointment\tPennine Vale\t\t\n",
        "FB/2026/0330\tCH-150\tRuby\tNash\t2020-07-07T00:00:00\tPublic\tCare order\t"
        "Case Management Conference\tFenland and Broads\t\t\n",
    )  # fmt: skip
    path = tmp_path / "open_cases.txt"
    path.write_text(TITLE + HEADER + "".join(rows), encoding="utf-8")
    result = run("cases", "import", db, path)
    assert result.exit_code == 0, result.output
    assert _cases(db) == Counter({
        ("7", "PRIVATE", "CAO", "FHDRA"): 1,
        ("7", "PRIVATE", "CAO", "WAFH"): 1,
        ("7", "PRIVATE", "SIO_PSO", "WAFH"): 1,
        ("9", "PUBLIC", "S31", "CMH"): 1,
    })  # fmt: skip


def test_the_header_row_repeated_at_a_page_break_is_skipped_and_said(
    db: Path, tmp_path: Path
) -> None:
    """A system's export heads each page: the header row again among the cases is no
    case, skipped and said, not six problems of one bad row."""
    path = tmp_path / "open_cases.txt"
    path.write_text(TITLE + HEADER + ROWS[0] + ROWS[1] + HEADER + ROWS[2] + ROWS[3],
                    encoding="utf-8")  # fmt: skip
    result = run("cases", "import", db, path)
    assert "Imported 4 cases" in result.output, result.output
    assert "skipped 1 row repeating the header row, as an export heads each page (line 6)." in (
        result.output
    )


def test_date_received_is_the_start_date_an_end_date_is_checked_against(
    db: Path, tmp_path: Path
) -> None:
    """'Date Received', as one system heads the day the case came in, is the start date:
    an end date before it is said, not the column listed as unread."""
    header = "Case No.\tProceedings\tApplication\tHearing stage\tService Area\tDate Received\tDate Closed\n"
    rows = ("PV/2026/0301\tPrivate Law\tChild arrangements\tClosed\tPennine Vale\t14/09/2026\t02/09/2026\n"
            "PV/2026/0302\tPrivate Law\tChild arrangements\tFHDRA\tPennine Vale\t01/10/2026\t\n")  # fmt: skip
    path = tmp_path / "received.txt"
    path.write_text(header + rows, encoding="utf-8")
    with unchanged(db):
        said = run("cases", "import", db, path, code=2).output
    assert "1 row (line 2): end date before the case's start date: '02/09/2026, started " in said
    assert "Date Received" not in said, said
