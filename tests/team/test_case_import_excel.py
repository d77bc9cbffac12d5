"""A case list as a spreadsheet saves it and people type it: dates the UK way ('3 Nov 26'
is how Excel shows a date), end dates checked like dates of birth, '&' for 'and' in an
area's name, shortened stage names ('1st hrg', 'Case Mgt Hrg'), a section number for a
law type, a case type the import cannot be sure of, and a totals row at the end.  The
rows are written by hand here, one organisation's habits per list."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from store.casedates import DateProblem, parse_date
from store.caselist import squash
from store.casevocab import Vocabulary
from store.framework import load_framework
from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case ref;Law;Case type;Stage;Area;DOB;Date closed\r\n"
START = dt.date(2026, 12, 1)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-12-01", end="2026-12-18")
    run("areas", "add", path, "3", "--name", "Severn and Wye")
    run("areas", "add", path, "7", "--name", "Tees Valley")
    return path


def _write(path: Path, *rows: str) -> Path:
    """Rows as Excel saves them: semicolons, a byte-order mark, CRLF."""
    path.write_bytes(("\ufeff" + HEADER + "".join(r + "\r\n" for r in rows)).encode("utf-8"))
    return path


def _cases(db: Path) -> Counter[tuple[str, str, str, str]]:
    """(law type, case type, stage, age band) of each case imported."""
    with Store.open(db) as store:
        files = [store.case(r.id) for r in store.case_rows(CaseFilter(), 0, 100)]
    return Counter((c.law_type, c.case_type, c.stage, c.age_band) for c in files)


@pytest.mark.parametrize(("cell", "born"), [
    ("3 Nov 26", dt.date(2026, 11, 3)),  # Excel's own form, a baby born last month
    ("29 Dec 26", dt.date(1926, 12, 29)),  # later than the start in 2026: a century back
    ("14 Feb 09", dt.date(2009, 2, 14)),
    ("7 Sept 2015", dt.date(2015, 9, 7)),
    ("07/09/2015", dt.date(2015, 9, 7)),  # day first, always
    ("7/9/15", dt.date(2015, 9, 7)),
    ("2015-09-07", dt.date(2015, 9, 7)),
    ("7 September 2015", dt.date(2015, 9, 7)),
    ("21st March 2019", dt.date(2019, 3, 21)),
    ("02-Jan-18", dt.date(2018, 1, 2)),
    ("1 Dec 26", dt.date(2026, 12, 1)),  # the start day itself is not in the future
])  # fmt: skip
def test_a_date_of_birth_is_read_the_uk_way_and_never_in_the_future(
    cell: str, born: dt.date
) -> None:
    assert parse_date(cell, START) == born


@pytest.mark.parametrize(("cell", "kind"), [
    ("31/13/2026", "impossible"), ("30 Feb 2016", "impossible"), ("11/25/2016", "impossible"),
    ("Nov 2016", "form"), ("3 Nv 26", "form"), ("2016", "form"), ("tbc", "form"),
])  # fmt: skip
def test_a_cell_that_is_no_date_says_which_way_it_fails(cell: str, kind: str) -> None:
    with pytest.raises(DateProblem) as caught:
        parse_date(cell, START)
    assert caught.value.kind == kind


def test_the_dates_excel_writes_import(db: Path, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "list.csv",
        "TV-101;Private;Child arrangements;FHDRA;Tees Valley;3 Nov 26;",
        "TV-102;Private;s7;WAFH;Tees Valley;14 Feb 09;",
        "TV-103;Public;Care order;IRH;Area 3;6 June 2020;",
        "TV-104;Public;Supervision order;;3;30/04/21;4 Oct 26",
    )
    assert "Imported 4 cases" in run("cases", "import", db, path).output
    assert _cases(db) == Counter({
        ("PRIVATE", "CAO", "FHDRA", "0-1"): 1, ("PRIVATE", "S7", "WAFH", "16-17"): 1,
        ("PUBLIC", "S31", "IRH", "5-9"): 1, ("PUBLIC", "S31", "CLOSED", "5-9"): 1,
    })  # fmt: skip


def test_dates_it_cannot_read_are_one_line_per_kind_and_nothing_is_written(
    db: Path, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "list.csv",
        "TV-201;Private;Child arrangements;FHDRA;7;Sept 2016;",
        "TV-202;Private;Child arrangements;FHDRA;7;2018;",
        "TV-203;Private;Child arrangements;FHDRA;7;not known;",  # read as none (tester 29)
        "TV-204;Private;Child arrangements;FHDRA;7;Sept 2016;",
        "TV-205;Private;Child arrangements;;7;12/03/2015;31/13/2026",
        "TV-206;Private;Child arrangements;;7;12/03/2015;31 Feb 2026",
        "TV-207;Private;Child arrangements;;7;12/03/2015;closed",
        "TV-208;Private;Child arrangements;FHDRA;7;12/03/2015;",
    )
    with unchanged(db):
        result = run("cases", "import", db, path, code=2)
    lines = result.output.splitlines()
    assert (
        f"{path}: 3 rows (lines 2, 3, 5): date of birth 'Sept 2016', '2018': "
        f"not a date this import reads; write dates as 2026-12-01, 01/12/2026 or 1 Dec 2026 "
        f"(case numbers TV-201, TV-202, TV-204)"
    ) in lines
    assert (
        f"{path}: 2 rows (lines 6, 7): end date '31/13/2026', '31 Feb 2026': no such day "
        f"(dates are read day first: 31/01/2026 is 31 January) (case numbers TV-205, TV-206)"
    ) in lines
    assert any(line.startswith(f"{path}: 1 row (line 8): end date 'closed' is no date: a "
                               f"column headed as a date gives dates; if its yes or no says "
                               f"whether the case is closed, head it Closed")
               for line in lines)  # fmt: skip
    assert len(lines) == 4 and lines[-1].startswith("fieldwork: 6 of 8 rows")
    assert json.loads(run("cases", "import", db, path, "--json", code=2).output)["problems"][0][
        "values"
    ] == ["Sept 2016", "2018"]


def test_an_area_written_with_an_ampersand_is_the_area(db: Path, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "list.csv",
        "SW-301;Private;Child arrangements;FHDRA;Severn & Wye;;",
        "SW-302;Private;Child arrangements;FHDRA;SEVERN + WYE ;;",
        "SW-303;Private;Child arrangements;FHDRA;Severn and Wye;;",
    )
    assert "Imported 3 cases" in run("cases", "import", db, path).output
    assert {c["area"] for c in json.loads(run("cases", "list", db, "--json").output)} == {"3"}


def test_an_area_not_known_is_told_with_this_inspections_areas(db: Path, tmp_path: Path) -> None:
    path = _write(tmp_path / "list.csv", "SW-311;Private;Child arrangements;FHDRA;Wye Valley;;")
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert (
        "service area 'Wye Valley' is not one of this inspection's areas, which are "
        "3 (Severn and Wye), 7 (Tees Valley): write its number, map it with --map, or add the "
        "area first with 'fieldwork areas add DB CODE --name NAME'"
    ) in out
    assert "Area 6" not in out


def test_shortened_stages_and_a_section_as_law_type(db: Path, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "list.csv",
        "TV-401;Private;Prohibited steps;1st hrg;7;;",
        "TV-402;Private;Prohibited steps;Work after 1st Hearing;7;;",
        "TV-403;s.31;Care order;Case Mgt Hrg;7;;",
        "TV-404;Section 31;Care order;Issues Res. Hrg;7;;",
        "TV-405;S31;Care order;FINAL HRG;7;;",
        "TV-406;Public;Care order;Case Mgmt;7;;",
    )
    assert "Imported 6 cases" in run("cases", "import", db, path).output
    assert Counter((law, stage) for law, _, stage, _ in _cases(db).elements()) == Counter([
        ("PRIVATE", "FHDRA"), ("PRIVATE", "WAFH"), ("PUBLIC", "CMH"), ("PUBLIC", "IRH"),
        ("PUBLIC", "FINAL"), ("PUBLIC", "CMH"),
    ])  # fmt: skip


def test_no_spelling_names_two_codes() -> None:
    """Read in full ('hrg' is 'hearing'), every spelling still names one code only, and
    none is another code's own code or label."""
    data = tomllib.loads((resources.files("templates") / "case_list.toml").read_text("utf-8"))
    for fw_id in ("cafcass-2013", "cafcass-2018", "cafcass-2021"):
        vocab = Vocabulary.load(load_framework(fw_id))
        for group in ("law_types", "case_types", "stages"):
            own = {squash(t): c for c, label in vocab._items(group) for t in (c, label)}
            named: dict[str, set[str]] = {}
            for code, spelled in data[group].items():
                for spelling in spelled:
                    key = squash(vocab.expand(spelling))
                    named.setdefault(key, set()).add(code)
                    assert own.get(key, code) == code, (fw_id, group, spelling)
            assert all(len(codes) == 1 for codes in named.values()), (fw_id, group)


def test_a_case_type_in_doubt_is_refused_not_guessed(db: Path, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "list.csv",
        "TV-501;Private;Contact order application;FHDRA;7;;",
        "TV-502;Private;Residence - see notes;FHDRA;7;;",
        "TV-503;Public;Placement order;FINAL;7;;",
    )
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert (
        "1 row (line 3): case type 'Residence - see notes' not recognised: it may be CAO "
        "(Child arrangements order), but the other words leave it in doubt; write the case "
        "type, or map it with --map"
    ) in out
    assert "TV-501" not in out and "line 2" not in out and "line 4" not in out
    assert "Imported 2 cases" in run("cases", "import", db, path, "--skip-bad").output
    assert {t for _, t, _, _ in _cases(db)} == {"CAO", "PLACEMENT"}


def test_a_totals_row_at_the_end_is_skipped_and_said(db: Path, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "list.csv",
        "TV-601;Private;Child arrangements;FHDRA;7;;",
        "TV-602;Public;Care order;IRH;7;;",
        "",
        "Grand total: 2;;;;;;",
    )
    result = run("cases", "import", db, path)
    assert f"{path}: skipped a totals row (line 5)." in result.output
    assert "Imported 2 cases" in result.output and "problem" not in result.output


def test_a_total_in_the_middle_is_still_a_bad_row(db: Path, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "list.csv",
        "TV-701;Private;Child arrangements;FHDRA;7;;",
        "Total;;;;;;",
        "TV-702;Public;Care order;IRH;7;;",
    )
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert "totals" not in out and "1 of 3 rows" in out
