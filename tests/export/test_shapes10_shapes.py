"""Varied balanced sentences that say the larger side first (issue 15, the report's voice).

The testers' inspections have small samples: three or four cases with a view on a
criterion, two or three of them one way and one the other, so the draft gives counts.
Before (session 10) fewer than 2 of 3 of their balanced sentences said the larger side
first (the hand-written inspections reach 2:1): no count shape said the larger side
first and last, which a paragraph wanting an example of that side needs, so they came
out "While one of the three cases shows ..., two show ...".  Here an inspection written
by hand for these tests, three areas of three cases, every mixed criterion two to one,
in an inspector's own words (before: 8 of 16 larger side first); and the hand-written
inspections of the export tests with `vary_inspection`:

- at least two of three balanced sentences say the larger side first;
- the shapes that say the smaller side by its count or a pronoun clause ("..., though
  not in a small number", "..., although in some they do not") are chosen, not kept
  for where nothing else reads (before: none of 116 balanced sentences);
- the one shape that said the larger side first and last, "Most of the cases ... show
  strengths: although in some, ..., in the rest, ...", is no longer the formula it was
  (before: 10 of 63 balanced sentences here, 15 of 116 with the testers' and the demo).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export import vary_inspection
from tests.export.small import Small
from tests.export.test_vary_shapes import _balanced, _larger_first

# Two ways of putting a strength and two of a weakness, per criterion, each in an
# inspector's words (written for these tests).
NOTES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "QP1": (
        (
            "The FCA was allocated the day after the hearing and filed the letter early.",
            "Work started at once; the section 7 report reached the court two days early.",
        ),
        (
            "The case waited five weeks for allocation and the report was late.",
            "The court had to adjourn because the report was not filed on the date set.",
        ),
    ),
    "QP3": (
        (
            "The report gives the boy's own account of both homes and why he prefers one.",
            "The girl's letter to the judge is attached and the FCA explains what lies behind it.",
        ),
        (
            "The report says the child is happy but does not say how this was found out.",
            "What the twins want is reported in one line, with no account of their reasons.",
        ),
    ),
    "QP5": (
        (
            "The FCA used a three houses drawing over two visits to help the girl talk.",
            "Sessions with the boy used a board game and a list of questions he wrote himself.",
        ),
        (
            "There is no record of any direct work before the report was written.",
            "The only work with the child was a ten minute talk at the contact centre.",
        ),
    ),
    "QP7": (
        (
            "The analysis sets each parent's plan against the risks and the recommendation follows.",
            "The report weighs the grandmother's offer against the move and reaches a clear view.",
        ),
        (
            "The report repeats each parent's account and stops short of any analysis.",
            "The recommendation is not drawn from the evidence set out in the report.",
        ),
    ),
    "QP8": (
        (
            "The boy was seen alone at school, which the FCA explains suited him.",
            "The FCA saw the girl on her own twice, once at home and once at school.",
        ),
        (
            "The child was only ever seen with her father in the room.",
            "The boy was not seen alone and the file gives no reason.",
        ),
    ),
    "SW1": (
        (
            "The disclosure at school was referred to children's services on the same day.",
            "When police were called to the home, the FCA checked the outcome within a day.",
        ),
        (
            "A referral from the school sat on the file for a month before anyone acted.",
            "The new allegation was noted but nobody checked whether children's services knew.",
        ),
    ),
}
# Cases for and against each criterion in each area (three cases sampled in each).
PLANS = {
    "3": {"QP1": (2, 1), "QP3": (2, 1), "QP5": (2, 1), "QP7": (2, 1), "QP8": (2, 1)},
    "8": {"QP1": (1, 2), "QP3": (1, 2), "QP5": (1, 2), "QP7": (1, 2), "SW1": (1, 2)},
    "12": {"QP1": (2, 1), "QP3": (1, 2), "QP7": (2, 1), "QP8": (2, 1), "SW1": (1, 2)},
}  # fmt: skip
GRADES = {"3": "good", "8": "requires-improvement", "12": "good"}


def build(path: Path) -> Store:
    """The inspection, open: Hollin Vale (3) and Westleigh (12) good, Carrow Marsh (8)
    requires improvement; the national practice section counts all nine cases."""
    s = Small(path, areas=[("3", "Hollin Vale", True), ("8", "Carrow Marsh", True),
                           ("12", "Westleigh", True)])  # fmt: skip
    for area, plan in PLANS.items():
        cases = [s.case(area=area, law="PRIVATE" if k % 2 else "PUBLIC") for k in range(3)]
        for crit, (pos, neg) in plan.items():
            strong, weak = NOTES[crit]
            for k in range(pos):
                s.ev(cases[k], [crit], "strength", strong[k % 2])
            for k in range(pos, pos + neg):
                s.ev(cases[k], [crit], "development", weak[k % 2])
        s.judge("J18-4A", GRADES[area], area=area)
    s.judge("J18-1", "requires-improvement")
    return s.store


@pytest.fixture(scope="module")
def small_samples(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    store = build(tmp_path_factory.mktemp("shapes10") / "small.db")
    try:
        return draft_report(load(store))
    finally:
        store.close()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    store = vary_inspection.build(tmp_path_factory.mktemp("vary10") / "vary.db")
    try:
        return draft_report(load(store))
    finally:
        store.close()


def _all_balanced(report: ReportModel) -> list[Sentence]:
    return [s for sec in report.sections for s in _balanced(sec)]


def test_small_samples_say_the_larger_side_first(small_samples: ReportModel) -> None:
    said = _all_balanced(small_samples)
    first = Counter(_larger_first(s) for s in said)
    assert first[True] + first[False] >= 9, [s.text for s in said]
    assert first[True] >= 2 * first[False], (first, [s.text for s in said])


def test_the_hand_written_inspections_say_the_larger_side_first(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel
) -> None:
    """Each of them, not only all of them together: before, `handwritten` said 8 of 16
    larger side first."""
    for name, report in {**handwritten_reports, "vary": mixed}.items():
        first = Counter(_larger_first(s) for s in _all_balanced(report))
        assert first[True] >= 2 * first[False], (name, first)


# The smaller side said by its count or a pronoun clause, its wording left unsaid.
BY_COUNT = re.compile(
    r"(?:,|;) (?:though not in|except(?: in)?|but not in) [\w ]+?\.$"
    r"|, except (?:in )?(?:some|a small number|one|two|the other half)(?: of them)?, "
    r"|, though not in (?:some|a small number|one|two)(?: of them)?, "
    r"|\b(?:they|it) (?:do|does|is|are|can|has|have)(?: not)?\.$"
    r"|(?:,|;) (?:but )?(?:some|a small number|one|two|\w+ others?) (?:do|does) not\.$"
    r"|^In all but "
)
FORMULA = re.compile(r"\bshow (?:strengths|weaknesses): although in\b")


def test_count_and_pronoun_shapes_are_chosen(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel, small_samples: ReportModel
) -> None:
    said = [s.text for r in (*handwritten_reports.values(), mixed, small_samples)
            for s in _all_balanced(r)]  # fmt: skip
    by_count = [t for t in said if BY_COUNT.search(t)]
    assert len(by_count) >= len(said) // 10, by_count


def test_no_formula_for_the_larger_side_first_and_last(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel, small_samples: ReportModel
) -> None:
    said = [s.text for r in (*handwritten_reports.values(), mixed, small_samples)
            for s in _all_balanced(r)]  # fmt: skip
    formula = [t for t in said if FORMULA.search(t)]
    assert len(said) >= 60
    assert len(formula) <= len(said) // 10, formula
