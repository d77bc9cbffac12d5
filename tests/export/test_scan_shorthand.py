"""Inspectors' shorthand and the lead's own rationale raise no false alarm, and
identifying details written in the same shorthand are all still caught.

A new lead's team (session 8) had to accept four false alarms before the CSV export
would run: "Has" (a sentence opening with the verb), "Lincs" (Lincolnshire), "Sep-Nov"
(a month range) and "Organisation" (the first word of the lead's overall judgement
rationale).  The rules behind them are fixed, not the words: common words opening a
sentence (British spellings the American dictionary lacks, verb forms it lists only
under their infinitive), months and days joined as a range, and county and place
abbreviations as data.  The corpora were written by hand for this test before those
rules were touched (first scan: 40 false alarms in 200 clean sentences, 4 of 59
planted identifiers missed); none comes from the demo or the 2018 report.
"""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import HELD_OUT, PARTIAL, clean, corpus_scanner, measure, planted

CLEAN = "corpus_shorthand_clean.txt"
PLANTED = "corpus_shorthand_planted.txt"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


def test_the_clean_corpus_is_big_enough_to_say_something() -> None:
    assert len(clean(CLEAN)) >= 150


@pytest.mark.parametrize("text", clean(CLEAN))
def test_shorthand_and_rationale_raise_no_false_alarm(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


def test_every_planted_identifier_in_shorthand_is_caught(scanner: Scanner) -> None:
    """Caught: a hit covers it (as the earlier corpora count; a club named "Juniors FC"
    may be reported as a school, which stops the export all the same)."""
    missed = []
    for para in planted(PLANTED):
        found = scanner.find(para.text)
        for p in para.plants:
            if not any(f.start < p.end and p.start < f.end for f in found):
                missed.append((p.kind, p.text))
    assert sum(len(p.plants) for p in planted(PLANTED)) >= 50
    assert missed == []


@pytest.mark.parametrize("pair", [False, *(k for k in HELD_OUT if k not in PARTIAL)])
def test_every_earlier_planted_corpus_keeps_full_recall_and_no_false_alarm(
    scanner: Scanner, pair: bool | int
) -> None:
    rates = measure(scanner, pair)
    assert rates.missed == []
    assert rates.false_alarms == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The words the rules now read as words, written where a name goes, stay names.
        ("Mr Lincs said he would not attend.", "Lincs"),
        ("Her daughter Sep-Nov", None),
        ("Mrs Hebden told the FCA she could not cope.", "Hebden"),
        ("Has Kenzie been seen alone?", "Kenzie"),
        ("Had Okafor replied by the IRH?", "Okafor"),
        ("Honour said she misses her dad.", "Honour"),
    ],
)
def test_names_in_the_same_places_are_still_names(
    scanner: Scanner, text: str, name: str | None
) -> None:
    found = [hit for _kind, hit in scanner.scan_text(text)]
    if name is None:
        assert found == [] or all("-" in f for f in found)
    else:
        assert name in found


# Found by probing after the corpora's first scan (so not part of their count): a school
# year written short after a setting word, and a verb opening a note before one.
@pytest.mark.parametrize(
    "text",
    [
        "Concerns raised by school in Y5 about attendance.",
        "Behavioural concerns raised by school in Yr 5.",
        "Moved school in Y7; settled well after a term.",
        "Started nursery in Sept; FCA visited there in Oct.",
        "Changed school twice in 18 mths; no reason recorded.",
        "Left school at 16; now at college part-time.",
    ],
)
def test_school_years_and_verbs_before_a_setting_word_are_no_school(
    scanner: Scanner, text: str
) -> None:
    assert scanner.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Hillside school said she was settled.", "Hillside school"),
        ("She goes to nursery at Little Acorns three days a week.", "Little Acorns"),
        ("Started at Brackenridge Primary in Y3.", "Brackenridge Primary"),
    ],
)
def test_schools_named_beside_them_are_still_found(
    scanner: Scanner, text: str, school: str
) -> None:
    assert ("school", school) in scanner.scan_text(text)


# The held-out pair, written after these rules landed and scanned once: 3 false alarms
# in 40 clean sentences ("Xmas", "Prioritisation", "Cumbs") and 1 of 20 identifiers
# missed ("Deacon", an English word as a name opening a note).  Since: "Xmas" is the
# calendar's, "-isation" is read as "-ize", Deacon is a given name, and (session 10) a
# county shortened with an "s" ("Cumbs", as "Lancs") is a place: no false alarm is left.
HELD_CLEAN = "corpus_shorthand_heldout_clean.txt"
HELD_PLANTED = "corpus_shorthand_heldout_planted.txt"
KNOWN_FALSE_ALARMS: set[str] = set()


@pytest.mark.parametrize("text", clean(HELD_CLEAN))
def test_held_out_shorthand_raises_no_false_alarm_but_the_known_one(
    scanner: Scanner, text: str
) -> None:
    assert bool(scanner.scan_text(text)) == (text in KNOWN_FALSE_ALARMS)


def test_held_out_planted_identifiers_are_all_caught(scanner: Scanner) -> None:
    missed = [
        p.text
        for para in planted(HELD_PLANTED)
        for p in para.plants
        if not any(f.start < p.end and p.start < f.end for f in scanner.find(para.text))
    ]
    assert missed == []


@pytest.mark.parametrize("text", clean("corpus_shorthand_clean_28.txt"))
def test_a_working_days_abbreviations_raise_no_false_alarm(scanner: Scanner, text: str) -> None:
    """Rpt, Chron, Recd, Incl, Prev, Evid... at the start of a note (tester 28, F3: "Rpt
    succinct" was stopped as the name 'Rpt', and the advice said to write "her brother")."""
    assert scanner.scan_text(text) == []


@pytest.mark.parametrize("text", clean("corpus_shorthand_clean_29.txt"))
def test_notes_on_the_services_figures_raise_no_false_alarm(scanner: Scanner, text: str) -> None:
    """Perf, stats, figs, tgt, avg, compl... (tester 29, F3: "Perf data: 92% ..." was
    stopped as the name 'Perf')."""
    assert scanner.scan_text(text) == []
