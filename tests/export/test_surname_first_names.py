"""Children's names from a case list that writes them surname first, in capitals
("WHITE, Ivy"), are protected as the names notes write ("Ivy White", "Mrs White"):
tester 14, F5 (a child's full name passed the check in the editor, at rest and in every
export, because "WHITE" and "Ivy" were protected apart and "White" is also a word the
lexicon knows).  The list and the notes are written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.export import scanner_for
from store.store import Store
from tests.conftest import private_home
from tests.export.scanned import scanned
from tests.team.helpers import empty_file, run

LIST = (
    "Region;Service area;Case no.;Child name;Date of birth;Proceedings;Application type;Stage\r\n"
    "North East;Area 6;NE/26/0041;WHITE, Ivy;21/06/2019;Private;Child arrangements;First hearing\r\n"
    "North East;Area 6;NE/26/0042;NOWAK, Charlie;03/02/2015;Private;Child arrangements;"
    "Final hearing\r\n"
    "Yorkshire;Area 9;YK/26/0107;KELLY, Poppy Mae;4 Mar 2016;Private;Enforcement;Final hearing\r\n"
    "Yorkshire;Area 9;YK/26/0108;Hall, Aisha;4 Mar 2016;Public;Care;Final hearing\r\n"
)
NAMED = [
    ("Ivy White was seen at home with her mother.", "Ivy White"),
    ("Seen: Ivy White, age 6, at school.", "Ivy White"),
    ("Mrs White said she was worried about contact.", "White"),
    ("Met the White family at home before the hearing.", "White"),
    ("Charlie Nowak was seen twice before the report.", "Charlie Nowak"),
    ("Poppy Mae told the FCA she misses her dad.", "Poppy Mae"),
    ("Aisha Hall told the guardian she felt safe.", "Aisha Hall"),
    ("Mrs Nowak said the handovers had calmed down.", "Nowak"),
    ("Ivy Kelly was seen at the contact centre.", "Kelly"),  # parts of two children's names
    ("Poppy Smith was seen alone at school.", "Poppy"),  # a protected first name, any surname
    ("No record Ava White was seen in the five weeks.", "White"),  # any first name, their surname
    ("The Hall family were seen at the contact centre.", "Hall"),  # a title word as a surname
]
PLAIN = [
    "White British children were over-represented among those subject to care orders.",
    "Black and White families were asked about the service's work on identity.",
    "The white paper on reform was discussed with leaders.",
    "The Hall was booked for the feedback meeting with the family.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("surnames")
    path = folder / "lead.db"
    empty_file(path, "cafcass-2021", "Northern visit")
    (folder / "caselist.csv").write_bytes(LIST.encode("cp1252"))
    with private_home(folder / "home"):  # made before any test's own (tests/conftest.py)
        run("cases", "import", path, folder / "caselist.csv")
    return path


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_child_named_as_notes_write_it_is_a_hit(db: Path, text: str, name: str) -> None:
    hits = scanned(db, text)
    assert name in [h.text for h in hits], hits


@pytest.mark.parametrize("text", PLAIN)
def test_the_same_words_as_words_are_not(db: Path, text: str) -> None:
    assert scanned(db, text) == []


def test_the_protected_list_holds_the_name_in_the_order_notes_write_it(db: Path) -> None:
    with Store.open(db) as store:
        names = {p.name for p in store.protected_names()}
    assert {"Ivy White", "Poppy Mae Kelly", "Charlie Nowak", "Aisha Hall"} <= names
    assert "WHITE" not in names and "White" in names


def test_a_file_imported_with_names_in_capitals_is_matched_as_notes_write_them(
    tmp_path: Path,
) -> None:
    """A file imported before names were stored as notes write them holds 'WHITE' as a
    protected name: the check reads it as 'White' (no re-import needed)."""
    from store.models import ProtectedName

    db = tmp_path / "old.db"
    empty_file(db, "cafcass-2021", "Northern visit")
    with Store.open(db) as store:
        for name in ("WHITE", "Ivy", "GREEN", "Ava"):
            store.add_protected_name(ProtectedName(name=name, category="child"))
        scanner = scanner_for(store)
        found = {h.text for h in scanner.scan("No record Ava Green was seen; Mrs White agreed.")}
    assert {"Green", "White"} <= found
