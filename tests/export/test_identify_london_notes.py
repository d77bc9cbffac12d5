"""What a London team's notes let slip, and what they write that identifies no one
(tester 32, F5 and F6).  The sentences are written here, in the shapes the tester's
notes had, with other names and places: a named mosque or a congregation beside the
family, a named estate, a GP practice named "Group Practice", a day and month after a
case event ("visit on 14/10"); and inspectors' shorthand, faith practice, a legal term,
a shopping centre, a court's town and a child's words quoted in another language,
with a city as that language writes it ("Londynie").
"Westfield" alone stays a name: it is also a common school's and street's name."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner, found_in


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    """The corpora's inspection, with a family of its own: Samira and Yonas Haile."""
    return corpus_scanner(("Samira Haile", "Yonas Haile"), ("SL-0033",))


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Family attend Brick Lane Mosque on Fridays with grandad.", "club",
         "Brick Lane Mosque"),
        ("Family worship at the Ethiopian Orthodox church in Battersea.", "club",
         "Ethiopian Orthodox church in Battersea"),
        # (found as a name no list knows, or as a named place: a hit either way)
        ("Family live on Kingsmead Estate, next to the school.", "", "Kingsmead"),
        ("Still living at Hawkstone Estate flat with the new partner.", "", "Hawkstone"),
        ("Family live on Carpenters Estate, near the station.", "", "Carpenters"),
        ("Letter from Stockwell Road Group Practice re mum's anxiety.", "hospital",
         "Stockwell Road Group Practice"),
        ("Home visit on 21/10 - both children seen.", "date", "21/10"),
        ("DV incident on 7/11, neighbours called police.", "date", "7/11"),
        ("Strategy meeting on 4/11 agreed a s47.", "date", "4/11"),
        # A hospital written "Hosp", and a named ward at one (tester 32, F15: missed for an
        # hour once "hosp" was an ordinary word)
        ("Info sharing w/ Whittington Hosp (Sunflower ward) delayed.", "", "Hosp"),
        ("Seen at Homerton Hosp after the fall, mum said.", "", "Hosp"),
        ("Baby was on the Sunflower ward at the Royal London for 3 weeks.", "hospital",
         "Royal London"),
    ],
)  # fmt: skip
def test_each_detail_is_a_hit(scanner: Scanner, text: str, kind: str, found: str) -> None:
    """A hit over the detail, of its kind (any kind where `kind` is empty)."""
    hits = scanner.scan_text(text)
    assert found_in(hits, kind, found), hits


@pytest.mark.parametrize(
    "text",
    [
        "Interp booked for the next two visits.",
        "Pt seen in clinic and discharged the same day.",
        "Schedule 1 offender in the household; checks requested.",
        "Sch 1 checks were done before the FHDRA.",
        "Baby was treated for NAS after birth.",
        "Dad takes her to Westfield Stratford on contact days.",
        "The hearing was listed at Willesden.",
        "Family go to Jummah every week.",
        'She said "Waxaan rabaa inaan hooyaday la joogo" to the interpreter.',
        'The boy said "Chcę wrócić do szkoły" at the end of the visit.',
        # ... with its gloss in brackets inside the quote (tester 32's re-test)
        'He said "Waxaan rabaa inaan aabbahay arko (I want to see my dad)" twice.',
        "The team meeting on 2/12 discussed caseloads.",
        "She goes to the Roman Catholic church in Leeds with her aunt.",
        "Many families in the borough live on estates.",
        # A city as the child's own language writes it ("Londynie", tester 32's re-test)
        'She said "Chcę zostać w Londynie z mamą (I want to stay in London with mum)".',
        "Mum came from Londyn in 2019 and works nights.",
        'The girl said "Chcę mieszkać w Londynie" and nothing more.',
        'He said "Vreau să rămân cu bunica la Londra" when asked where he wants to live.',
    ],
)  # fmt: skip
def test_words_that_identify_no_one_stay_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


def test_a_name_opening_a_child_s_words_is_still_a_name(scanner: Scanner) -> None:
    assert ("protected-name", "Yonas") in scanner.scan_text('She said "Yonas shouts at me" twice.')
