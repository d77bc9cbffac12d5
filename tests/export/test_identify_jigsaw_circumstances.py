"""Circumstances that single out one family in an area on their own (tester 16, F7: three
of six such sentences were no hit): a country or a city abroad the family is moving to, from or
lives in ("Relocation to Portugal proposed by mother" on the area's one leave-to-remove
case), the family's own business ("they live above the family's chip shop"), a relative
of great age ("placed with their great-grandmother, who is 91").  A name that is also a
country, a possessive or a longer name stays what it is.  Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name\n"
    "CR/26/0401,Area 6,Private,Leave to remove,First hearing,Tomasz Nowak\n"
    "CR/26/0402,Area 6,Private,Child arrangements,First hearing,Jordan Ellis\n"
)
SINGLED_OUT = [
    ("Relocation to Portugal proposed by mother.", "Portugal"),
    ("Mother wants to take him back to Poland for good.", "Poland"),
    ("Father lives in Nigeria and phones on Sundays.", "Nigeria"),
    # A city abroad, as a country (tester 20, F11: 'Lisbon' was "a name: write who they are").
    ("Mum wants to relocate with him to Lisbon where her family live.", "Lisbon"),
    ("Father moved back to Karachi last spring.", "Karachi"),
    # A city abroad that is also an English word (tester 28, F14: no hit at all).
    ("The family are relocating to Cork after the final hearing.", "Cork"),
    ("Father lives in Cork and sees the child in the holidays.", "Cork"),
    ("Mother's application for relocation to Split was supported by the FCA.", "Split"),
    ("They are moving to Nice in the spring, where her partner works.", "Nice"),
    # The town a child wants to live in, in her own words (tester 20, F13).
    ("I want to stay with my nan in Margate because she makes me feel safe.", "Margate"),
    ("Twins aged 3 placed with their great-grandmother in Croydon, who is 91.", "91"),
    ("A 94-year-old great-uncle is the only carer.", "94"),
    ("He is a young carer for his father; they live above the family's chip shop.", "chip shop"),
    ("Mum works in the family-run takeaway most evenings.", "family-run"),
    # A business said with a verb of running or owning (tester 21, F9).
    ("The family runs the fish bar on the high street and the children help out.", "fish bar"),
    ("Dad owns the barber's by the station; the boy sweeps up on Saturdays.", "barber's"),
    ("Mum has her own nail bar in the town centre.", "nail bar"),
]
PLAIN = [
    "Jordan said he wants to live with dad.",
    "The guardian went to Georgia's school play.",
    "Sessions are held in China Town community centre.",
    "Turkey for Christmas at nan's was a happy memory.",
    "The Hague Convention was explained to the mother.",
    "The judge referred the barrister to the Bar Council.",
    "It was nice to see the child's drawings on the file.",
    "Split hearings were listed in two cases; the FCA attended both.",
    "Grandmother, who is 67, collects him from school.",
    "The family's social worker changed twice.",
    "Sofia said she wants to stay at her school.",  # a city's name that is a given name
    "Dad ran to the shop for milk before the visit.",  # an errand, no business of theirs
    "The FCA runs a group for fathers on Tuesdays.",
    "The local authority runs a family hub in each district.",
    "Mother runs up debts at the corner shop, the school told the FCA.",
    "They run out of time at the end of most visits.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("jigsaw"), LIST, "cafcass-2018", "Croydon visit")


@pytest.mark.parametrize(("text", "detail"), SINGLED_OUT)
def test_a_circumstance_that_singles_out_a_family_is_a_hit(
    db: Path, text: str, detail: str
) -> None:
    hits = scanned(db, text)
    jigsaw = [h for h in hits if h.kind == "jigsaw"]
    assert jigsaw and detail in jigsaw[0].note, hits


@pytest.mark.parametrize("text", PLAIN)
def test_ordinary_words_are_not(db: Path, text: str) -> None:
    hits = scanned(db, text)
    assert [h for h in hits if h.kind == "jigsaw"] == [], hits
