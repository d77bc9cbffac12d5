"""Tester 20's F14: a capitalised slip in a note ("FHRDA", "Cihld", "Chronoolgy") was
"a name no list knows", and the lead could only accept it as a name.  The hit stands
(a surname may be a slip away from a word), and now says the word it may be a slip
for, so the lead corrects the note.  Names that are no slip are told nothing more.
The notes are written for this test."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner

SLIPS = {
    "Chronoolgy not updated since the FHRDA in March.": {
        "Chronoolgy": "Chronology",
        "FHRDA": "FHDRA",
    },
    "FCA met the mother. Cihld not seen before the hearing.": {"Cihld": "Child"},
    "Worker said Safegaurding letter was late and thin.": {"Safegaurding": "Safeguarding"},
    "The note records that Gaurdian visited once before the hearing.": {"Gaurdian": "Guardian"},
}

NAMES = [
    "The FCA met Okafor at the contact centre before the hearing.",
    "Mum said Hughs had moved back in with the children last month.",
    "The FCA said Brannan would not attend the next review.",
    "The child said Tiegan-Rose shares her bedroom at nan's.",
    "Whitfeild was spoken to by phone; the notes are brief.",
    "Kowalski's report to the court was filed on time.",
    "Father said Nkemelu is his new partner and lives nearby.",
]


@pytest.mark.parametrize("text", sorted(SLIPS))
def test_a_slip_is_said_with_the_word_it_may_be(text: str) -> None:
    hits = Scanner().scan(text, "evidence e1", field="text")
    said = {h.text: h.message() for h in hits}
    for slip, word in SLIPS[text].items():
        assert slip in said, (text, said)
        assert f"or a slip for ‘{word}’ (correct the note if so)" in said[slip]


@pytest.mark.parametrize("text", NAMES)
def test_a_name_is_no_slip(text: str) -> None:
    hits = Scanner().scan(text, "evidence e2", field="text")
    assert hits, text  # each is a name no list knows: still stopped
    assert all("slip for" not in h.message() for h in hits), [h.message() for h in hits]
