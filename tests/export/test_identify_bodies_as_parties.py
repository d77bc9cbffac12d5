"""A children's trust or a council's children's services company that a case list gave
as a party, in a file imported before the import knew them for bodies (tester 24, F6's
re-test: "Slough Children First" stored as a parent kept "Children" a protected surname
in an existing master, so every export stopped).  The check reads the same list of
bodies as the import (`templates/case_list.toml`), so no word of such a name is
protected, while the people beside them stay protected."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner

PARTIES = [
    ("Slough Children First", "parent"),
    ("Achieving for Children", "parent"),
    ("Leeds Children's Social Care", "parent"),
    ("Northgate Family Support CIC", "parent"),
    ("Karen Hollis", "parent"),
    ("Jayden Hollis", "child"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(people=PARTIES, staff=["Helen Marsh"], areas=["South East"],
                   own_text=["Inspection of the family court service"])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Children's feedback survey: 91% said their worker listened to them.",
        "Children First staff attend the local family justice board.",
        "Achieving more for children is the trust's stated aim.",
        "Social care managers said referrals are answered the same day.",
    ],
)
def test_no_word_of_a_body_given_as_a_party_is_protected(scanner: Scanner, text: str) -> None:
    assert [k for k, _ in scanner.scan_text(text)] == []


def test_the_people_beside_them_stay_protected(scanner: Scanner) -> None:
    found = scanner.scan_text("Karen Hollis said Jayden is afraid of the dark.")
    assert ("protected-name", "Karen Hollis") in found
    assert ("protected-name", "Jayden") in found
