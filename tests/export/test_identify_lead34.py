"""Left from tester 33 (session 34): an employer named before the street it is on is said
as where a parent works, with the street a hit of its own ("works at Rolls-Royce on
Victory Rd" was "a name no list knows"; the street inside the employer's run kept the
workplace from being found); "EU-language" in brackets after "Mum" is no name, nor is the
EU Settlement Scheme or the Jobcentre.  Sentences written here, with other names."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import DraftOptions, draft_report, load
from exporters.export import all_hits
from exporters.identify import Scanner
from store.framework import load_framework
from store.models import Area, CaseFile, Evidence
from store.store import Store
from tests.export.corpus import corpus_scanner, found_in


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner(("Oskars Ozols", "Ozols"))


@pytest.mark.parametrize(
    ("text", "employer", "street"),
    [
        ("Dad drives for Arriva on Cromwell Street most nights.", "Arriva", "Cromwell Street"),
        ("Stepdad has a job at Brakes on Holloway Road, 4 nights a week.", "Brakes", "Holloway Road"),
        ("Mum cleans for Sparkle Office Services on Dunkirk Road.", "Sparkle Office Services",
         "Dunkirk Road"),
    ],
)  # fmt: skip
def test_an_employer_before_its_street_is_a_workplace_and_the_street_a_hit(
    scanner: Scanner, text: str, employer: str, street: str
) -> None:
    hits = scanner.scan_text(text)
    assert found_in(hits, "workplace", employer), hits
    assert found_in(hits, "street-address", street), hits
    assert not found_in(hits, "name", None), hits


@pytest.mark.parametrize(
    "text",
    [
        "Mum (EU-language speaker) had no interpreter at the FHDRA.",
        "He said (via interp, EU-language request logged late) he likes school.",
        "Mum applied to the EU Settlement Scheme; EUSS status pending.",
        "Dad signs on at the Jobcentre Plus and attends a DWP course.",
    ],
)
def test_everyday_public_words_are_no_hit(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


def test_an_area_named_as_a_given_name_is_no_hit_in_its_own_heading(tmp_path: Path) -> None:
    """Tester 34, F3: under the 2013 framework an area's section is headed "Findings in
    Devon (Area 3c)"; "Devon", a given name too, read as a person's name before an aside
    in brackets, and the product's own heading stopped every export."""
    store = Store.create(tmp_path / "sw.db", load_framework("cafcass-2013"), title="SW",
                         lead="Eleanor Vosper")  # fmt: skip
    try:
        for code, name in (("3b", "Cornwall"), ("3c", "Devon")):
            store.put_area(Area(code=code, name=name, visited=True))
            for n in range(1, 4):  # three cases: fewer would make the section a hit
                case_id = store.put_case(CaseFile(
                    ref=f"SW-{code.upper()}-0{n}", area_code=code, law_type="PRIVATE",
                    case_type="CAO", stage="WTFH", sample="area-sampled"))  # fmt: skip
                store.put_evidence(Evidence(
                    case_id=case_id, criteria=["QP3"], source="CASE_FILE", polarity="strength",
                    text="Report gives the child's wishes in her own words."))  # fmt: skip
        headings = [s.heading for s in draft_report(load(store), DraftOptions()).sections]
        assert "Findings in Devon (Area 3c)" in headings
        assert [h.text for h in all_hits(store)] == []
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # Tester 34, F7: a congregation by its town and people; a mosque a child attends
        ("Family go to Torquay Polish Church most Sundays.", "club", "Torquay Polish Church"),
        ("Attends madrasah at Lawrence Hill Masjid on weekday evenings.", "club",
         "Lawrence Hill Masjid"),
        ("The family go to the Polish church in Torquay on Sundays.", "club",
         "Polish church in Torquay"),
        # A parent's unit or ship
        ("Stepdad serves with 29 Commando RA and is posted often.", "workplace", "29 Commando"),
        ("Dad is a leading hand on HMS Tamar until the summer.", "workplace", "HMS Tamar"),
    ],
)  # fmt: skip
def test_a_congregation_or_a_unit_beside_a_person_is_a_hit(
    scanner: Scanner, text: str, kind: str, found: str
) -> None:
    assert found_in(scanner.scan_text(text), kind, found)


@pytest.mark.parametrize(
    "text",
    [
        # Tester 34, F9: the region's own words and towns, a base named in general
        "The birth family's Cornish roots were not explored in the report.",
        "Families in Looe and Mevagissey often fish the same grounds.",
        "Many mums in the sample work at HMNB Devonport or in the dockyard.",
        "Services at the Catholic Church in Truro were mentioned by several families.",
        "Mum takes them to the Catholic church in Truro at Christmas.",
        # Tester 34's re-test: the services themselves, named in general
        "FCAs were trained by the Royal Navy's family support service at HMNB Devonport.",
        "The Royal Marines welfare team at Lympstone meets the service each quarter.",
    ],
)
def test_the_regions_words_are_no_hit(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


def test_a_dictionary_word_used_as_a_nickname_is_no_slip(scanner: Scanner) -> None:
    """Tester 34, F12: "Moose", a boy's nickname, was rightly a hit, but "or a slip for
    'Mooes'" sent the inspector to look for a word no note has; a slip is said only of a
    word that is no word itself ("FHRDA" for FHDRA)."""
    (moose,) = scanner.find("His little brother, known to all as Moose, was at home.")
    assert moose.kind == "name" and "slip" not in moose.note
    (slip,) = scanner.find("Mum said the FHRDA was put off again.")
    assert "slip for ‘FHDRA’" in slip.note


def test_a_saints_day_is_no_childs_name() -> None:
    """Tester 34: "St Piran's Day", Cornwall's day, where a child on the list is Piran;
    the child's name alone is still a hit."""
    scanner = corpus_scanner(("Piran Tremayne",))
    assert scanner.scan_text("Schools closed early for St Piran's Day; the hearing moved.") == []
    assert found_in(scanner.scan_text("Piran said he likes his dad's house."), "protected-name",
                    "Piran")  # fmt: skip
