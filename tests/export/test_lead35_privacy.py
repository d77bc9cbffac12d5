"""Tester 35's privacy findings, in other words than theirs.  F5: a child's place in a
professional club's academy squad by its age group ("the Everton academy U12s") and a
street written "St" with no house number ("Granby St, Toxteth") reached the analyst's
CSV.  F4: a farm by its name, and a town a family moved to, were told to be written as
"her brother"."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from exporters.identify.advice import warning_lines
from tests.export.corpus import corpus_scanner, found_in


@pytest.fixture(scope="module")
def plain() -> Scanner:
    return corpus_scanner(("Ruby Tindall", "Jayden Tindall"), ("NW-0917",))


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Jayden is in the Tranmere academy U10s and trains twice a week.", "club",
         "Tranmere academy U10s"),
        ("She was picked for the Burnley Youth under 14s side in March.", "club",
         "Burnley Youth under 14s"),
        ("Mum now lives on Lodge St, Kirkdale, with the new partner.", "street-address",
         "Lodge St"),
        ("Dad's flat is on Wavertree St.", "street-address", "Wavertree St."),
    ],
)  # fmt: skip
def test_an_academy_squad_and_a_street_written_st_are_hits(
    plain: Scanner, text: str, kind: str, found: str
) -> None:
    hits = plain.scan_text(text)
    assert found_in(hits, kind, found), hits


@pytest.mark.parametrize(
    "text",
    [
        "Several FCAs trained at St Helens and Warrington offices.",
        "Most boys in the sample support a Premier League club academy team.",
        "Judges sit at St. Helens County Court on Tuesdays.",
    ],
)
def test_saint_and_academies_in_general_stay_clean(plain: Scanner, text: str) -> None:
    assert plain.scan_text(text) == []


def test_a_farm_by_its_name_is_advised_as_a_farm_not_a_person(plain: Scanner) -> None:
    hits = plain.scan("The FCA visited the boys at Low Fold Farm near Keswick.", field="text")
    lines = warning_lines(hits)
    farm = next(line for line in lines if "Low Fold Farm" in line and line.startswith("  - "))
    assert "write what it is ('the family's farm', 'a hill farm') instead of its name" in farm
    assert "her brother" not in farm


def test_an_unknown_name_s_advice_allows_for_a_place(plain: Scanner) -> None:
    hits = plain.scan("Mum took the children to Lockerbie to stay with her sister.", field="text")
    lines = warning_lines(hits)
    assert any("or for a place what it is ('a town in Scotland')" in line for line in lines), lines
