"""Professionals whose surnames a family on the list shares (tester 24, F13: on a
3,000-row list, common surnames meet judges' and doctors' names): a judge after the
title "Judge", a doctor or nurse set beside their role, a team named after its patch.
The family member with the same name is still found.  Hand-written list and sentences."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner

PEOPLE = [
    ("Aisha Hughes", "child"), ("Tom Hughes", "parent"), ("Ravi Patel", "parent"),
    ("Leah Gorton", "child"), ("Mark Gorton", "parent"), ("Nadia Osei", "carer"),
]  # fmt: skip


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(people=PEOPLE, staff=["Helen Marsh"], areas=["Greater Manchester"],
                   own_text=["Inspection of the family court service"])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Judge Hughes said the reports from this team are balanced and arrive on time.",
        "Dr Patel, the CAMHS consultant, confirmed that the referral had been accepted.",
        "Ms Osei, the health visitor, shared her concerns at the first meeting.",
        "The Gorton team manager said every case in the team is now allocated.",
        "Staff in the Gorton team described good support from their manager.",
        "Dr Hughes (the paediatrician) examined the baby the same day.",
    ],
)
def test_someone_at_work_is_no_family_member(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs Hughes said she had not been told about the hearing.", "Hughes"),
        ("Dr Patel said his son has not slept since the move.", "Patel"),
        ("The Gorton family were seen together at the contact centre.", "Gorton"),
        ("Gorton told the guardian he wants to live with his dad.", "Gorton"),
        ("Her judge, Hughes, was not named in the order.", "Hughes"),
    ],
)
def test_the_family_member_with_that_name_is_still_found(
    scanner: Scanner, text: str, name: str
) -> None:
    assert ("protected-name", name) in scanner.scan_text(text)
