"""The ninth held-out pair (session 31): a regional inspection on the English-Welsh
border and in the north-west (Welsh and bilingual families, families from Hong Kong,
Ukraine and Afghanistan, an Orthodox Jewish community, deaf parents, young carers),
written by a writer who had not seen the scanner's rules, who was told that the case
list is made from the whole names it tags as protected (so the scanner is given them,
as a master's case list gives them, with the references it tags).

Its first scan: 188 of 199 caught (0.945), protected names and variants 0.945, and
false alarms in 36 of 71 clean paragraphs (50.7%): Welsh words read as names ("Dw i
isio", "ar ddydd Sul", "Diolch", "Gymraeg", and "nad" and "rhoi" as a protected name's
short forms), grandparents' names in Welsh and Cantonese ("Nain and Taid", "Por Por"),
festivals, the Jewish calendar, towns of north Wales, sentences about families in
general ("many families from Hong Kong have settled in Warrington"), an organisation's
helpline and a public body's enquiries address.

The rules written to it are below, each with sentences of the same shape.  After them:
0.975 recall, protected names and variants 0.972, six false alarms kept on purpose and
named in the test: a protected first name in a colleague's whole name ("Dafydd Morris,
a practice manager"; "FCA Bethan Jones"), a given name that is also a Welsh word or a
programme opening a sentence ("Seren, the Welsh Government's programme", "Eira, bryn
and afon"), a boy's grandparents living near a village, and a girl of twelve from Hong
Kong (as "One Eritrean girl of 16" in the eighth pair).  Left: a Welsh soft mutation
("Wen" for Gwen), a short form of two letters ("Os" for Osian), a Cantonese name the
case list does not give ("Hoi-yan"), a church fellowship with no club word, and a
workplace written in lower case before the shopping centre it is in."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import PROTECTED_KINDS, corpus_scanner, listed_people, measure


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner(*listed_people(14))


def test_ninth_held_out_pair_after_its_rules(scanner: Scanner) -> None:
    rates = measure(scanner, held_out=14)
    print(rates.table())
    assert sum(rates.total.values()) >= 195 and rates.clean_paragraphs >= 70
    assert rates.recall(PROTECTED_KINDS) >= 0.97
    assert rates.recall() >= 0.97
    assert sorted(text for _, text, _ in rates.missed) == [
        "Hoi-yan",
        "Os",
        "Warrington Chinese Christian Fellowship",
        "Wen",
    ]
    assert [para[:30] for para, _ in rates.false_alarms] == [
        "One boy said he misses his Nai",
        "Dafydd Morris, a practice mana",
        "FCA Bethan Jones and FCA Osian",
        "Seren, the Welsh Government's ",
        "Eira, bryn and afon were the t",
        'A girl of twelve said, "In Hon',
    ]


@pytest.fixture(scope="module")
def plain() -> Scanner:
    """The corpora's inspection, with a family of its own: Gwilym and Heledd Prys."""
    return corpus_scanner(("Gwilym Prys", "Heledd Prys", "Yosef Katz"), ("NW-0777",))


@pytest.mark.parametrize(
    "text",
    [
        # Welsh words in notes and children's words
        'The girl said "Dw i eisiau aros efo Nain" and the FCA wrote it down in full.',
        "Nodyn: roedd y plentyn yn hapus ar ddydd Sadwrn, meddai ei fam.",
        "Dywedodd y bachgen ei fod yn colli ei dad, ac roedd yr FCA yn poeni.",
        "The letter ended Diolch yn fawr and was written in Gymraeg and English.",
        "He goes to capel on Sul with his Taid, and to rygbi training after.",
        # Towns, festivals and bodies of north Wales
        "Families travel from Ruthin, Denbigh and Corwen to the court in Wrexham.",
        "The Urdd Eisteddfod and Young Farmers' Clubs matter a great deal here.",
        "CAFCASS CYMRU and Cafcass shared the protocol with both teams.",
        "Ysbyty Gwynedd is the main hospital for the west of the area.",
        # The Jewish calendar and Hong Kong
        "No hearing was listed on Shabbos, Yom Kippur or during Pesach.",
        "Parents who came from Hong Kong on the BN(O) route spoke of their Por Por.",
        # Families in general
        "Many families from Ukraine have settled in Warrington and Chester.",
        "FCAs work with families who live in Flintshire and the family court in Chester.",
        "Where a child lives in Wales, the work passes to the other service.",
        "Many parents in Deeside work shifts at Airbus in Broughton.",
        # An organisation's line or desk
        "The leaflet gave Childline on 0800 1111 and the helpline 0300 123 4567.",
        "Complaints go to enquiries@ofsted.gov.uk, not to the FCA.",
        # A given name that is a place, ending a list of places
        "Staff cover Mold, Flint and Chester, and FCAs said the travel is long.",
        # "lil bro", and a rare word as a word
        "lil bro was off school again, so the young carer's referral was made.",
    ],
)  # fmt: skip
def test_sentences_of_the_same_shape_stay_clean(plain: Scanner, text: str) -> None:
    assert plain.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A protected name in lower case that is only a rare dictionary word
        ("rushed visit - gwilym + heledd seen at home", "protected-name", "gwilym"),
        # Nicknames from Welsh and Hebrew names
        ("Yossi was upset after the hearing.", "protected-name", "Yossi"),
        # A date with a Welsh month
        ("Heledd was seen on 19 Ion 2026 at her nain's.", "date", "19 Ion 2026"),
        ("Gwilym was born on 3 Rhagfyr 2015.", "date-of-birth", "3 Rhagfyr 2015"),
        # A family on the regional news
        ("Dad's court case was on Granada Reports last month.", "jigsaw", None),
        # One family tied to a place still counts
        ("The family moved to Ruthin after the fire.", "jigsaw", None),
        ("Mum works shifts at Airbus in Broughton.", "workplace", "Airbus in Broughton"),
        # A mobile, a landline and a person's own address are still theirs
        ("Mum's mobile is 07700 900123.", "phone", "07700 900123"),
        ("Dad rang from 01978 555 123 at the weekend.", "phone", "01978 555 123"),
        ("Mum emailed from heledd.prys@outlook.com on Monday.", "email",
         "heledd.prys@outlook.com"),
        ("Her office is j.prys@wrexham.gov.uk.", "email", "j.prys@wrexham.gov.uk"),
        # A local service's line beside the place it leads to
        ("The refuge's number, 0808 123 4567, was given to Heledd.", "phone", "0808 123 4567"),
        # Two letters in capitals are initials, though "Ty" is a Welsh word
        ("She lives with TY and her mum.", "name", "TY"),
        # Our own case reference
        ("NW-0777 was dip-sampled only.", "case-reference", "NW-0777"),
    ],
)  # fmt: skip
def test_each_rule_finds_what_it_is_for(
    plain: Scanner, text: str, kind: str, found: str | None
) -> None:
    hits = plain.scan_text(text)
    if found is None:
        assert any(k == kind for k, _ in hits), hits
    else:
        assert (kind, found) in hits, hits
