"""A case list with both a "Region" and a "Service area" column (tester 14, F1): the
service area is read from the column that names it, and "Region" is listed as not used;
before, the first of the two was read and 480 rows were refused for having no area
number in 'North East'.  Semicolons, CRLF and two title rows, as a European-locale Excel
saves them; the list is written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import empty_file, run

LIST = (
    "Case list export\r\n"
    "Run 02/03/2026 09:14\r\n"
    "Region;Service area;Case no.;Child name;Date of birth;Proceedings;Application type;Stage\r\n"
    "North East;Area 6 - Tyne and Wear;NE/26/0041;WHITE, Ivy;21/06/2019;Private;"
    "Child arrangements;First hearing\r\n"
    "North East;Area 6 - Tyne and Wear;NE/26/0042;OKAFOR, Chidi;03/02/2015;Public;"
    "Care;Final hearing\r\n"
    "Yorkshire;Area 9 - West Yorkshire;YK/26/0107;KELLY, Poppy Mae;4 Mar 2016;Private;"
    "Enforcement;Final hearing\r\n"
)


def test_the_service_area_column_wins_over_region(tmp_path: Path) -> None:
    db = tmp_path / "lead.db"
    empty_file(db, "cafcass-2021", "Northern visit")
    path = tmp_path / "caselist.csv"
    path.write_bytes(LIST.encode("utf-8"))
    out = run("cases", "import", db, path).output
    assert "Imported 3 cases" in out, out
    assert "Region" in out and "not used" in out, out
    listed = json.loads(run("cases", "list", db, "--json").output)
    assert sorted(c["area"] for c in listed) == ["6", "6", "9"]


def test_areas_with_no_name_are_said_in_area_order(tmp_path: Path) -> None:
    """The areas a first list names by number only are listed in area order (10 after 9),
    not in the order their rows came."""
    db = empty_file(tmp_path / "lead.db", "cafcass-2021", "Northern visit")
    path = tmp_path / "numbers.csv"
    path.write_text(
        "Service area,Case no.,Child name,Date of birth,Proceedings,Application type,Stage\n"
        "10,NE/1,Amy Tait,2015-01-02,Private,Child arrangements,Final hearing\n"
        "9,NE/2,Ben Tait,2015-01-03,Private,Child arrangements,Final hearing\n"
        "2,NE/3,Cal Tait,2015-01-04,Private,Child arrangements,Final hearing\n",
        encoding="utf-8",
    )
    out = run("cases", "import", db, path).output
    assert "2, 9 and 10 have no name in the list" in out, out


def test_a_first_list_naming_areas_only_takes_their_names_from_the_map(tmp_path: Path) -> None:
    """A list giving each area by name alone ('Tyne and Wear') imports once the lead maps
    the names to numbers, and each area keeps the name its rows give, not 'Area 4'; a name
    with the number after it as 'R12' needs no map."""
    db = empty_file(tmp_path / "lead.db", "cafcass-2018", "Northern visit")
    path = tmp_path / "names.csv"
    path.write_text(
        "Case No,Child First Name,Child Surname,DOB,Proceedings,Application Type,"
        "Current Stage,Service Area\n"
        "5521,Nia,Rhodes,03/04/15,Private,C100,FHDRA,Tyne and Wear\n"
        "5522,Callum,Rhodes,07/09/17,Private,C100,FHDRA,Tyne and Wear\n"
        "5530,Maja,Lindqvist,12/12/12,Public,s.31 care,IRH,Humber Estuary\n"
        "5531,Ioan,Pryce,01/02/20,Public,s.31 care,CMH,Marches (R12)\n",
        encoding="utf-8",
    )
    refused = run("cases", "import", db, path, code=2).output
    assert "no service area number in 'Tyne and Wear', 'Humber Estuary'" in refused, refused
    assert "Marches" not in refused, refused  # 'R12' at the end is read as the number
    mapping = tmp_path / "areas.csv"
    mapping.write_text(
        "field,their value,our code\narea,Tyne and Wear,4\narea,Humber Estuary,Area 7\n",
        encoding="utf-8",
    )
    out = run("cases", "import", db, path, "--map", mapping).output
    assert "Imported 4 cases" in out and "have no name in the list" not in out, out
    listed = run("areas", "list", db).output
    assert "Tyne and Wear" in listed and "Humber Estuary" in listed, listed
    assert "  12  Marches " in listed and "Area 4" not in listed and "R12" not in listed, listed
