"""An area graded good or better says its recurring minor weaknesses, in proportion to
its grade, in a sentence or clause of the body, never only in a bracket (the
independent tester's audit after session 19, A9).

The inspection is written by hand (`tests.export.case20_inspection`): Kestrel Vale is
outstanding, and in two of its 22 cases the child had no letter, or a late one, about
what the court decided; one case's supervision record is thin.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.words import proportion_word, words
from exporters.model import ReportModel, Section, Sentence
from store.framework import DraftingRules
from tests.export import case20_inspection as insp


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, DraftingRules]:
    s = insp.build(tmp_path_factory.mktemp("case20") / "i.db")
    try:
        data = load(s.store)
        return draft_report(data), data.rules
    finally:
        s.close()


@pytest.fixture(scope="module")
def report(drafted: tuple[ReportModel, DraftingRules]) -> ReportModel:
    return drafted[0]


def _section(report: ReportModel, code: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and s.area_code == code)


def _sentences(section: Section) -> list[Sentence]:
    return [x for p in section.paragraphs for x in p.sentences]


def _weaknesses(section: Section, crit: str) -> list[Sentence]:
    """The section's claims on `crit` that say its weakness (wholly or beside its
    strength)."""
    return [x for x in _sentences(section) if x.role == "claim" and crit in x.criteria
            and x.direction in ("against", "balanced")]  # fmt: skip


def test_an_outstanding_area_says_its_recurring_weakness(
    drafted: tuple[ReportModel, DraftingRules],
) -> None:
    """Two cases of 22 without a timely letter: said in the body, with the proportion
    word the framework's table gives two of 22 ("a small number"), not as a bracket."""
    report, rules = drafted
    area = _section(report, "61")
    said = _weaknesses(area, "SW4")
    assert len(said) == 1, [x.text for x in _sentences(area)]
    [claim] = said
    word = proportion_word(rules, 2, insp.SIZES["61"]).removesuffix(" of")
    assert word == "a small number"  # the framework's band for two of 22
    assert word in claim.text.lower(), claim.text
    assert "[" not in claim.text and "(" not in claim.text, claim.text


def test_an_isolated_point_stays_isolated(report: ReportModel) -> None:
    """The one case with a thin supervision record is not made a weakness of the
    outstanding area; nor does the area say more weaknesses than its grade allows."""
    area = _section(report, "61")
    assert not _weaknesses(area, "QPN4")
    weak = [x for x in _sentences(area) if x.role == "claim" and x.direction != "for"]
    assert len(weak) <= words().weaknesses_stated["outstanding"]
    assert not any(x.role == "marker" and "Not drafted" in x.text for x in _sentences(area))


def test_a_good_area_says_each_of_its_recurring_weaknesses(report: ReportModel) -> None:
    """Larkmoor, good: reports' analysis (five cases of 16), letters (three) and
    recording (two) each fall short, and each is said in the body."""
    area = _section(report, "62")
    for crit in ("QP7", "SW4", "QP11"):
        assert _weaknesses(area, crit), (crit, [x.text for x in _sentences(area)])
