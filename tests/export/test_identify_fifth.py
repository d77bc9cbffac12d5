"""The scanner's known misses and false alarm of the fifth session, each with sentences
written for this test (not from the demo): a day or season as a child's name
("Tuesday"), nicknames in capitals ("BIG MAL", "told DEV"), initials, a name written
twice, a judge's possessive ("Mr Justice Cobb's guidance"); hospitals, clubs and
workplaces reported as their own kind (so the advice names the right place); and the
fifth and sixth held-out pairs."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from exporters.identify.advice import warning_lines
from exporters.identify.decisions import Decisions
from exporters.identify.scanner import Hit, text_digest
from tests.export.corpus import EXPECTED, PROTECTED_KINDS, corpus_scanner, measure, planted


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Foster carer says Tuesday has wet the bed most nights this week.", "name", "Tuesday"),
        ("Tuesday said she misses her brother.", "name", "Tuesday"),
        ("The FCA saw Summer at school, with her teacher nearby.", "name", "Summer"),
        ("Her little sister October is only two.", "name", "October"),
        ("Summer's mum did not bring her to contact.", "name", "Summer"),
        ("He is scared of BIG MAL and hides when he comes round.", "name", "BIG MAL"),
        ("She spoke to LITTLE DAZ on the landing.", "name", "LITTLE DAZ"),
        ("The boy said he told DEV everything.", "name", "DEV"),
        ("Apparently DEV said nothing to the police.", "name", "DEV"),
        ("Mum's friend, Ms T., had the children overnight.", "name", "T."),
        ("His half-brother R.J. was arrested last month.", "name", "R.J."),
        ("The boy, known to the family as Biscuit, hides under the table.", "name", "Biscuit"),
        ("Her dog Pepper sleeps on her bed, and Pepper is the first thing she talks about.",
         "name", "Pepper"),
    ],
)  # fmt: skip
def test_each_known_miss_is_a_hit(scanner: Scanner, text: str, kind: str, found: str) -> None:
    hits = scanner.scan_text(text)
    assert (kind, found) in hits
    if found == "Pepper":  # the second time too, where nothing else makes it a name
        assert hits.count((kind, found)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The analysis followed Mr Justice Cobb's guidance on hearing the child.",
        "Her Honour Judge Hughes's order set a timetable for the addendum report.",
        "Staff still quote Dame Eileen Munro's review and Lord Laming's report.",
        "Lady Justice King's judgment was discussed at the practice forum.",
        "On Tuesday the FCA saw the family; by Thursday the report was filed.",
        "The team met in the summer and again in Autumn to review the audits.",
        "Over Summer the team cleared the backlog, and in September it grew again.",
        "She told HIM to stop, and NOBODY said anything. It was NOT safe.",
        "The LA said the plan would be filed, and the IRO agreed.",
        "Plan B. The FCA will revisit the plan if contact breaks down.",
        "The Welfare Checklist shaped every analysis inspectors read.",
        "The Judicial College's course on vulnerable witnesses was well attended.",
        "Practitioners who work for Cafcass Cymru train with colleagues in England.",
        "The boy's football club was mentioned, but he has stopped going.",
    ],
)
def test_the_same_shapes_without_a_person_are_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("The baby was seen at Alder Hey after the fall.", "hospital", "Alder Hey"),
        ("She spent a week on Ward 12 after the overdose.", "hospital", "Ward 12"),
        ("Her GP at Moorside Medical Centre referred her to CAMHS.", "hospital",
         "Moorside Medical Centre"),
        ("He goes to 2nd Ilkley Scouts every Monday.", "club", "2nd Ilkley Scouts"),
        ("She dances at Twinkletoes Dance Academy on Saturdays.", "club",
         "Twinkletoes Dance Academy"),
        ("He plays for Westbury Juniors and his dad runs the team.", "club", "Westbury Juniors"),
        ("Her mum works at Brookside Care Home on nights.", "workplace", "Brookside Care Home"),
        ("Dad drives for Swift Cabs and is rarely home before midnight.", "workplace",
         "Swift Cabs"),
        ("He trains with Hartside Harriers on Tuesdays.", "club", "Hartside Harriers"),
    ],
)  # fmt: skip
def test_places_are_reported_as_their_kind(
    scanner: Scanner, text: str, kind: str, found: str
) -> None:
    assert (kind, found) in scanner.scan_text(text)


def test_the_advice_names_the_right_place(scanner: Scanner) -> None:
    hits = scanner.scan("The boy was taken to Alder Hey; he boxes at Moss Side Boxing Club.")
    lines = "\n".join(warning_lines(hits))
    assert "hospital ‘Alder Hey’" in lines and "'the hospital'" in lines
    assert "club ‘Moss Side Boxing Club’" in lines and "what the club does" in lines
    assert "'the school'" not in lines


def test_a_decision_taken_when_a_hospital_was_a_setting_still_stands() -> None:
    hit = Hit("hospital", "Alder Hey")
    old = Decisions("insp-1", [("school", text_digest("insp-1", "Alder Hey"))])
    assert old.accepted(hit)
    assert not old.accepted(Hit("name", "Alder Hey"))
    assert not Decisions("insp-2", [("school", text_digest("insp-1", "Alder Hey"))]).accepted(hit)


def test_fifth_held_out_pair_first_scanned_before_the_rules(scanner: Scanner) -> None:
    """Written before this session's rules.  Its first scan caught 50 of 64 planted
    details (0.781), protected names 7 of 7, and raised 6 false alarms in 47 clean
    paragraphs (judges' possessives, "Sir Andrew McFarlane", "Welfare Checklist", "The
    Judicial College"); hospitals and clubs were all reported as schools.  The rules
    written to it catch every detail, each as its kind, with no false alarm."""
    rates = measure(scanner, held_out=8)
    print(rates.table())
    assert sum(rates.total.values()) >= 60 and rates.clean_paragraphs >= 40
    assert rates.missed == []
    assert rates.false_alarms == []
    for kind in ("hospital", "club", "workplace", "name", "school"):
        assert rates.as_kind[kind] == rates.total[kind], kind


def test_sixth_held_out_pair_scanned_once_after_the_rules(scanner: Scanner) -> None:
    """Written after this session's rules and scanned once: 40 of 43 caught (0.930),
    protected names 4 of 4, one false alarm in 42 clean paragraphs ("work for Cafcass
    Cymru", a lexicon phrase read as a workplace, since fixed).  Two misses were then
    fixed by general rules (a team after "plays for", "trains with": "Ashbrook
    Rangers"; a name after "known at home as" and the like: "Bubbles"); the third, a
    nickname in a note written all in capitals ("SHE SAID TEZ IS"), by the sixth
    session's rule for shouted text (`test_identify_shouted.py`)."""
    rates = measure(scanner, held_out=9)
    print(rates.table())
    assert sum(rates.total.values()) >= 40 and rates.clean_paragraphs >= 40
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert rates.missed == []
    assert rates.false_alarms == []


def test_every_planted_kind_has_an_expected_hit_kind() -> None:
    kinds = {p.kind for name in ("corpus_heldout5_planted.txt", "corpus_heldout6_planted.txt")
             for para in planted(name) for p in para.plants}  # fmt: skip
    assert kinds <= set(EXPECTED)


def test_the_keep_both_mark_is_not_a_date_about_a_person(scanner: Scanner) -> None:
    """Reader's finding 11 (fifth session): "keep both" marks each side's text with whose
    it is and when it was written; that date is the inspector's edit, not a child's."""
    both = ("[Helen Marsh, 2026-12-03 16:22] The designated family judge said she is "
            "positive about the work.\n\n[Tom Ellery, 2026-12-03 16:25] The judge said he "
            "was mostly positive about it.")  # fmt: skip
    assert scanner.scan_text(both) == []
    inside = both + " He said the boy was removed on 2025-11-03."
    assert ("date", "2025-11-03") in scanner.scan_text(inside)
