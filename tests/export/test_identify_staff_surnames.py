"""A child who shares a surname with someone on the team is still a hit: the team's
names are allowed as the team's, not as any name that ends in one of their surnames
("Jayden Nair" was taken for a body's title, like "Hope Programme", and passed every
export).  The team here is the export fixture's: Ruth Okafor, Priya Nair, Sam Hollis,
Tom Ashworth."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export import fixture_data
from tests.export.scanned import scanned

CHILDREN = [
    ("Spoke to Jayden Nair at school; he wants to see his dad more.", "Jayden Nair"),
    ("Tiegan Okafor said she feels safe with her nan.", "Tiegan Okafor"),
    ("The FCA visited Mason Hollis and his sister at home.", "Mason Hollis"),
    ("Letter to Kacey Ashworth explaining the recommendation.", "Kacey Ashworth"),
]
TEAM = [
    "Priya Nair observed supervision in the Leeds office.",
    "Ruth Okafor, the lead inspector, met the designated family judge.",
    "Sam Hollis checked the performance figures against the case files.",
    "Tom Ashworth and Priya Nair read the internal audit together.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_data.build(tmp_path_factory.mktemp("staff") / "p.db")


@pytest.mark.parametrize(("text", "name"), CHILDREN)
def test_a_child_with_a_team_surname_is_a_hit(db: Path, text: str, name: str) -> None:
    hits = scanned(db, text)
    assert [h.text for h in hits if h.kind == "name"] == [name]


@pytest.mark.parametrize("text", TEAM)
def test_the_team_named_in_full_is_not(db: Path, text: str) -> None:
    assert scanned(db, text) == []
