"""The seventh held-out pair (session 29): a border area's notes in Welsh and English,
families from many countries, children online, and what a note lets slip.  Written
before this session's rules and scanned once: 36 of 45 caught (0.800), protected names
and variants 11 of 11, one false alarm in 39 clean paragraphs ("The family moved to
England", read as the town a family lives in).  Missed: a name used online in lower
case, three hospitals (a Welsh name, "the Royal ...", a medical centre where a health
visitor works), a named mosque, a ward "at Nevill Hall", and three circumstances that
make a family known (a parent in public life, a child in the news, a van with the
firm's name).  The rules written to it, and the sentences of the same shapes that must
stay clean, are below."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import PROTECTED_KINDS, corpus_scanner, measure


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


def test_seventh_held_out_pair_after_its_rules(scanner: Scanner) -> None:
    rates = measure(scanner, held_out=12)
    print(rates.table())
    assert sum(rates.total.values()) >= 45 and rates.clean_paragraphs >= 39
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert rates.missed == []
    assert rates.false_alarms == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A name used online, in any case.
        ("He messaged her on Instagram as kingjay_07 for weeks.", "name", "kingjay_07"),
        ("Police traced the account: his gamertag is shadowfox.", "name", "shadowfox"),
        ("She follows @bellaxo_rose and sends her photos.", "name", "@bellaxo_rose"),
        # Hospitals named with no hospital word after them.
        # (two unknown capitalised words after "Ysbyty" are found as a name first)
        ("The boy was admitted to Ysbyty Glan Clwyd after the fall.", "", "Glan Clwyd"),
        ("Mum works nights on the maternity ward at Queen's Park.", "hospital", "Queen's Park"),
        (
            "The baby was born at the Royal Berkshire five weeks early.",
            "hospital",
            "Royal Berkshire",
        ),
        (
            "The health visitor at Tanyard Lane Surgery had not seen the baby.",
            "hospital",
            "Tanyard Lane",
        ),
        # A place of worship a family goes to.
        ("The children go to the Ahmadiyya Mosque with their father.", "club", "Ahmadiyya"),
        ("Her nan takes her to Bethel Chapel every Sunday.", "club", "Bethel"),
        # Circumstances that make a family known.
        (
            "Dad is a well-known local footballer and the case has drawn attention.",
            "jigsaw",
            "well-known",
        ),
        (
            "The girl's father made the headlines after the fire at the flats.",
            "jigsaw",
            "made the headlines",
        ),
        ("Mum drives a pink taxi with her name on the side.", "jigsaw", "taxi"),
        ("Dad's car, registration KT19 XWL, was seen outside the school.", "jigsaw", "KT19"),
    ],
)
def test_each_shape_is_a_hit(scanner: Scanner, text: str, kind: str, found: str) -> None:
    """Each is a hit over the detail, of its kind (any kind where `kind` is empty)."""
    hits = scanner.find(text)
    assert any(kind in ("", h.kind) and found in text[h.start : h.end] for h in hits), hits


@pytest.mark.parametrize(
    "text",
    [
        "The family moved to England in 2019 and the children are settled.",
        "She said she watched the news with her dad and it scared her.",
        "The FCA explained that the press cannot report the child's name.",
        "The girl said she likes going to church with her grandmother.",
        "The family is Catholic and the Catholic Church is important to them.",
        "The manager did not handle the complaint well, and said so.",
        "He said his username and password were changed by his mum.",
        "The boy was seen at home, and the FCA noted the kitchen was clean.",
        "The ward manager at the hospital gave evidence about the injury.",
        "The father is a councillor's driver and works long hours.",
        "The van was parked outside and the FCA noted it in the report.",
    ],
)
def test_the_same_shapes_without_an_identifier_are_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == [], scanner.find(text)
