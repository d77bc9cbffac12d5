"""The eighth held-out pair (session 30): a large national inspection's notes (Traveller
families, children seeking asylum, service families, fishing towns, children on
television, parents in prison, notes typed on a phone), written by a writer who had not
seen the scanner's rules.  Its first scan: 147 of 171 caught (0.860), protected names
and variants 0.919 (a first name before a surname's initial, "Maya O."; a protected
word beside a relation in brackets, "Preston (father)"; short forms in lower case and
with -s, "seun", "Brogs", "tiegs"; a hyphenated first name's initials, "AJ"), and six
false alarms in 66 clean paragraphs (one of them our own case references, which are
hits by design: that line was moved to the planted file).

The rules written to it are below, each with sentences of the same shape that must stay
clean.  Left, as said in the closing note: a news event told without a news word (a
trawler that sank), a Traveller camp's site, a community association, an employer in a
town with no work verb ("mum at the Tesco in Hexham nights"), a team in lower case; two
false alarms kept on purpose: a child's first name opening a sentence joined by "and"
("Grace and patience were shown", read as two people), and a nationality with an age
("One Eritrean girl of 16"), which in a small sample can point at one child."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import PROTECTED_KINDS, corpus_scanner, measure


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


def test_eighth_held_out_pair_after_its_rules(scanner: Scanner) -> None:
    rates = measure(scanner, held_out=13)
    print(rates.table())
    assert sum(rates.total.values()) >= 170 and rates.clean_paragraphs >= 65
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert rates.recall() >= 0.97
    assert sorted(text for _, text, _ in rates.missed) == sorted(
        [
            "the Brixham beam trawler that sank off Start Point last winter, when two crew died",
            "Irish Traveller children on the roadside camp at the old cattle market, moved on "
            "by the council three times this year",
            "the Streatham Kenyan Community Association",
            "the Tesco in Hexham",
            "skeg town fc",
        ]
    )
    assert [para[:30] for para, _ in rates.false_alarms] == [
        'One Eritrean girl of 16 said "',
        "Grace and patience were shown ",
    ]


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A first name before a surname's initial.
        ("Maya O. had an emergency admission after an asthma attack.", "protected-name", "Maya"),
        ("Maya O had been seen twice at home.", "protected-name", "Maya"),
        # A protected word that is also a place, beside a relation in brackets.
        ("Preston (father) is in custody and was seen by video.", "protected-name", "Preston"),
        ("Dad (Preston) did not attend the FHDRA.", "protected-name", "Preston"),
        # Short forms in lower case, and stems with -s.
        ("phone note - seun v anxious re age assessment", "protected-name", "seun"),
        ("The IRO's note refers to Brogs throughout.", "protected-name", "Brogs"),
        ("tiegs said she wants to stay at school", "protected-name", "tiegs"),
        # Where a child lives or a parent is held, named before what it is.
        ("Her brother is at Kingfisher supported lodgings in Hull.", "street-address", "Kingfisher"),
        ("She is placed at Hill House children's home.", "street-address", "Hill House"),
        ("Dad is serving his sentence at HMP Guys Marsh.", "street-address", "Guys Marsh"),
        # Hospitals: a consultant's letter, a child taken there, a name with no hospital word.
        ("The consultant at Great Ormond Street Hospital wrote to the court.", "hospital",
         "Great Ormond Street"),
        ("He was taken to Royal Preston Hospital with a burn.", "hospital", "Royal Preston"),
        ("The specialist nurse at the Walton Centre confirmed the diagnosis.", "hospital",
         "Walton Centre"),
        # A team named by its town.
        ("He plays for Skegness Town under-16s on Sundays.", "club", "Skegness Town"),
        # The only one of something in a named place; a child on television.
        ("Her foster carer runs the only halal butcher in Skegness.", "jigsaw",
         "the only halal butcher in Skegness"),
        ("The girl has appeared in the CBBC drama filmed in Whitby.", "jigsaw", "appeared in the"),
        # A family named in a newspaper (tester 30's planted detail).
        ("Family were in the Evening Standard after the flat fire last yr.", "jigsaw",
         "in the Evening Standard"),
    ],
)  # fmt: skip
def test_each_new_rule_finds_its_detail(scanner: Scanner, text: str, kind: str, found: str) -> None:
    hits = scanner.find(text)
    assert any(h.kind == kind and found in text[h.start : h.end] for h in hits), hits


@pytest.mark.parametrize(
    "text",
    [
        "Young people who arrive alone often have no documents.",
        "The family court at Preston lists private law hearings on Tuesdays.",
        "The FCA visited the children's home the local authority uses most.",
        "Several fathers were in prison, and FCAs arranged video calls with the prison.",
        "Reports were read at the Manchester Civil Justice Centre.",
        "He plays for the county and trains twice a week.",
        "Where a child performs on TV or stage, the FCA checked the licence.",
        "The Fishermen's Mission and SSAFA offered families practical help.",
        "The only area in England where no case was late was the North East.",
        "The consultant social worker chaired the panel.",
        "The guardian read the Times report on delay in family courts.",
        "Reports by the guardian were filed on time in most cases.",
        "Most children were seen alone, and the FCA explained the court's role.",
    ],
)
def test_sentences_of_the_same_shapes_stay_clean(scanner: Scanner, text: str) -> None:
    assert scanner.find(text) == ()
