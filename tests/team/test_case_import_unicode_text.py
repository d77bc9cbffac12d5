"""A case list as Excel writes it with "Save as: Unicode Text": UTF-16 little-endian with
a byte order mark, tab-separated, CRLF, a cell holding a line break quoted.  Read as
Windows-1252 it was every other byte a NUL, and the import refused every row ("the
area's number could not be read in '\\x003\\x00'").  A workbook that cannot be read
(a damaged .xlsx, an old .xls) is refused in one sentence saying how to save it, with the
file untouched (a whole .xlsx is read: test_case_import_workbook.py).  The
lists are written by hand here."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from store.store import Store
from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Region\tTeam\tCase number\tProceedings\tApplication\tChild forename\tChild surname\tDOB\tCurrent stage\r\n"
ROWS = (
    "A07\tPreston 2\tNW/26/1101\tPrivate law\tChild arrangements order\tZoë\tO'Connell\t04/03/2016\t1st hrg\r\n",
    "A07\tPreston 2\tNW/26/1102\tPublic law\tCare order (s31)\tTeodor\tWiśniewski\t11.07.2019\tIRH\r\n",
    'A07\tLancaster\tNW/26/1103\tPrivate law\t"Child arrangements order\r\n(variation)"\tAmara\tOkafor-Reid'
    "\t2014-09-30\tWAFH\r\n",
    "Area 07\tBarrow\tNW/26/1104\tPublic law\tSupervision order\tLeo\tNakamura\t02/12/2021\tCase Mgmt Hearing\r\n",
)
NAMES = ("O'Connell", "Wiśniewski", "Okafor-Reid", "Nakamura")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-11-09", end="2026-12-04")
    run("areas", "add", path, "7", "--name", "Cumbria and Lancashire")
    return path


def _cases(db: Path) -> list[dict[str, str]]:
    return list(json.loads(run("cases", "list", db, "--json").output))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_a_unicode_text_list_imports_every_row(db: Path, tmp_path: Path, encoding: str) -> None:
    """With a BOM (as Excel writes it) and without one (as some exports do)."""
    listed = tmp_path / "caselist.txt"
    listed.write_bytes((HEADER + "".join(ROWS)).encode(encoding))
    out = run("cases", "import", db, listed).output
    assert "Imported 4 cases" in out, out
    cases = _cases(db)
    assert {c["area"] for c in cases} == {"7"}
    assert sorted(c["law_type"] for c in cases) == ["PRIVATE", "PRIVATE", "PUBLIC", "PUBLIC"]
    # The names, accented and hyphenated, reach the protected list whole (read as
    # UTF-16, not as bytes): the export check will catch them in a note.
    with Store.open(db) as store:
        protected = {p.name for p in store.protected_names()}
    assert set(NAMES) <= protected, protected


def test_a_workbook_not_read_is_refused_with_how_to_save_it(db: Path, tmp_path: Path) -> None:
    book = tmp_path / "caselist.xlsx"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with unchanged(db):
        result = run("cases", "import", db, book, code=2)
    assert "Traceback" not in result.output
    assert result.output.strip() == (
        f"fieldwork: {book} is an Excel workbook that could not be read (damaged, or not "
        "saved whole): open it in Excel, save it again as .xlsx or as CSV (comma delimited), "
        "and import that file."
    )
    old = tmp_path / "caselist.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with unchanged(db):
        assert "older Excel workbook (.xls)" in run("cases", "import", db, old, code=2).output
