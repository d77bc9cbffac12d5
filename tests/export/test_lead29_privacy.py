"""Tester 29's privacy misses and false alarm, in sentences written for this test:

- F8: "Placed w/ foster carers in Skipton" (the town a child is placed in, after
  shorthand) and "DV incident 18/11 at mother's address" (a day and month in one child's
  case, as notes write it) left in the CSV export;
- F9: "HoP Area 9 (Sandra)" (a manager named beside her role and area) was stopped;
- the tester's further probe: a town after "lives w/", a parent's job as notes shorten
  it ("a PC at Runcorn"), an age on a day the case records, a rare condition.

Beside each, the sentences of the same shape that must stay clean ("3/5 cases", "in
2/3 of files": fractions, not dates)."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Placed w/ foster carers in Skipton since the summer.", "jigsaw", "Skipton"),
        ("Moved w/ mum & her partner to Keswick last month.", "jigsaw", "Keswick"),
        ("Police log of DV incident 18/11 at mother's address not shared.", "date", "18/11"),
        ("Mum rang on 4/12 to say the boy had been excluded.", "date", "4/12"),
        ("Seen by the GP 7/10 at 16:30 with her dad, bruise on arm.", "date", "7/10"),
        ("Mum (Sandra) said the children were scared of him.", "name", "Sandra"),
        # Tester 29's further probe.
        ("Child lives w/ gran in Penrith since removal.", "jigsaw", "Penrith"),
        ("Dad is a PC at Runcorn police stn.", "workplace", "Runcorn"),
        ("Child's 8th birthday was the day of the hearing.", "jigsaw", "birthday"),
        ("Only child in the school with a cochlear implant.", "jigsaw", "cochlear"),
    ],
)
def test_each_is_a_hit(scanner: Scanner, text: str, kind: str, found: str) -> None:
    hits = scanner.find(text)
    assert any(h.kind == kind and found in text[h.start : h.end] for h in hits), hits


@pytest.mark.parametrize(
    "text",
    [
        "QP3 met in 3/5 cases; 2/3 of files had a clear plan.",
        "Supervision recorded in 9/12 files sampled.",
        "Judges rated reports 8/10 on average.",
        "The area met 4/6 of its targets this quarter.",
        "Raised w/ HoP Area 9 (Sandra); LA MASH referral made same day.",
        "Discussed with TM (Gareth) and SM (Priya B) at the team meeting.",
        "Placed w/ foster carers in the same area, near school.",
        "The FCA used a PC at the office to write the report.",
        "It was her birthday last week and she had a party.",
    ],
)
def test_the_same_shapes_are_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == [], scanner.find(text)
