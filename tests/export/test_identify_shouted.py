"""Names and places in notes written in capitals or shouting a phrase (the child's
words quoted in capitals, a note typed with caps lock on), where capitals no longer
tell a name from a word: hand-written corpora (`corpus_shouted*.txt`), not the demo."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import PROTECTED_KINDS, corpus_scanner, measure


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


def test_shouted_notes_held_out_before_the_rule(scanner: Scanner) -> None:
    """49 planted paragraphs (55 details: 40 names no list knows, 12 protected names,
    a variant and a misspelling among them, a school, a street, a date of birth) and 49
    clean ones full of the domain's acronyms, court names and shouted phrases ("NOT
    SEEN ALONE", "DFJ'S REVIEW", "STEPDAD IS NICE"), written before the rule was
    touched.  Its first scan caught 48 of 55 (KOBI, GAZ, PAT, JO, KEV after a relation
    or before "IS"; a school and a street in capitals) with 5 false alarms ("THE YOUNG
    PERSON" twice, the surname of a protected family; "the child ALONE"; "STEPDAD IS
    NICE"; "MEETING HELD")."""
    rates = measure(scanner, held_out=10)
    print(rates.table())
    assert sum(rates.total.values()) >= 55 and rates.clean_paragraphs >= 40
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert sum(rates.caught.values()) >= 55, rates.missed
    assert len(rates.false_alarms) == 0, rates.false_alarms


def test_shouted_notes_held_out_after_the_rule(scanner: Scanner) -> None:
    """20 planted paragraphs (21 details) and 20 clean, written after the rule and
    scanned once: 21 of 21 caught, 1 false alarm ("DAD RANG.": a short common word
    after a relation in capitals at the end of a clause); that case was then dropped
    from the rule (a common word after a relation in capitals needs a possessive or a
    name's verb after it), so this pair is no longer unseen."""
    rates = measure(scanner, held_out=11)
    print(rates.table())
    assert sum(rates.total.values()) >= 20 and rates.clean_paragraphs >= 20
    assert rates.recall() == 1.0, rates.missed
    assert rates.false_alarms == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("SHE SAID TEZ IS MEAN TO HER", "name", "TEZ"),
        ("MUM SAYS JAYDEN WONT GO", "protected-name", "JAYDEN"),
        ("She said that GAZ WAS THERE when it happened.", "name", "GAZ"),
        ("MY SISTER KOBI TAKES MY THINGS", "name", "KOBI"),
        ("UNCLE ROB'S FLAT IS WHERE HE STAYS", "name", "ROB"),
        ("HIS NAN JEAN IS NOT WELL", "name", "JEAN"),
        ("THEY LIVE AT 3 MILL LANE NOW", "street-address", "3 MILL LANE"),
        ("SHE WAS SEEN AT ALDER HEY AFTER THE FALL", "hospital", "ALDER HEY"),
        ("HE IS IN YEAR 4 AT WESTWOOD PRIMARY SCHOOL", "school", "WESTWOOD PRIMARY SCHOOL"),
    ],
)
def test_a_name_or_place_in_capitals_is_a_hit(
    scanner: Scanner, text: str, kind: str, found: str
) -> None:
    assert (kind, found) in scanner.scan_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "THE YOUNG PERSON WAS SEEN ALONE.",
        "CHILD SAYS STEPDAD IS NICE TO HER.",
        "STRATEGY MEETING HELD. ACTIONS AGREED.",
        "DAD HIT HER ONCE, SHE SAID.",
        "MUM RANG THE SCHOOL AND DAD RANG THE FCA.",
        "MOTHER SHOWED GREAT PATIENCE WITH THE BABY.",
        "The FCA saw the child ALONE, as the guidance requires.",
        "KEEP AWAY FROM THE SCHOOL GATES.",
        "HE SAID FOOD IS SHORT AT HOME.",
        "Lead's provisional view pending moderation.",
        "Chair's note: the panel agreed the plan.",
    ],
)
def test_words_in_capitals_are_not_hits(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []
