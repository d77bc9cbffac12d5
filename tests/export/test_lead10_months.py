"""A month that is also a given name is read as the month after a word that makes it a
time, and as a name everywhere else (independent tester, session 10: "placed ... since
June" was flagged as the name June).  On sentences written here."""

from __future__ import annotations

import pytest

from exporters.identify.scanner import Scanner


@pytest.mark.parametrize("text", [
    "Placed with foster carers since June, settled at school and attending well.",
    "Contact moved to alternate weekends in April, after the IRH.",
    "No visit from early May until late July, then two in August.",
    "Mid-July, the plan changed to a special guardianship assessment.",
])  # fmt: skip
def test_a_month_after_a_time_word_is_no_name(text: str) -> None:
    assert [h.text for h in Scanner().scan(text) if h.kind == "name"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("June said she was happy living with her nan.", "June"),
    ("Spoke to June (carer) about the contact plan.", "June"),
    ("Carer April Hartley says he is settled.", "Hartley"),
    ("The guardian and June talked about the move in April.", "June"),
])  # fmt: skip
def test_the_same_word_as_a_person_is_still_caught(text: str, name: str) -> None:
    assert name in [h.text for h in Scanner().scan(text)]
