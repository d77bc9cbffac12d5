"""Which strengths an area states: by share and importance, not by how much evidence a
criterion holds (issue 15, tester 12: Areas 3 and 5, graded good and outstanding, left
following up safeguarding concerns, five of five and seven of seven cases, in the
lead's placeholder while drafting weaker points).  Inspections written here by hand."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Section, Sentence
from tests.export.small import Small

SAFE = "Safety planning with the family was clear and the child knew who to tell."
CLEAR = "Information for the family was clear, and the mother knew what would happen at court."


def _area(tmp_path: Path, build: str) -> Section:
    s = Small(tmp_path / "t.db")
    mixed = s.cases_noted("6", n=10, weak=set())
    for case in mixed[:4]:  # analysis and wishes weak in four of the ten cases
        s.ev(case, ["QP7"], "development", "The report does not weigh the risks to the child.")
        s.ev(case, ["QP3"], "development", "The report gives nothing of what the child wants.")
    if build == "safeguarding":
        for case in mixed[:5]:
            s.ev(case, ["SW1"], "strength", SAFE)
    else:  # a thin safeguarding point: two of two cases
        for case in mixed[:2]:
            s.ev(case, ["SW4"], "strength", CLEAR)
    s.judge("J18-4A", "outstanding", area="6")
    report = draft_report(load(s.store))
    s.close()
    return next(x for x in report.sections if x.kind == "area")


def _sentences(section: Section) -> list[Sentence]:
    return [x for p in section.paragraphs for x in p.sentences]


def _stated(section: Section) -> list[str]:
    """The criteria stated as strengths, in the order said."""
    return [c for x in _sentences(section) if x.role == "claim" and x.direction == "for"
            for c in x.criteria]  # fmt: skip


def test_safeguarding_in_every_case_is_stated_not_left_in_the_note(tmp_path: Path) -> None:
    """Five of five cases on following up safeguarding concerns, beside four points of
    ten cases each (two of them mixed): the safeguarding strength is said, first of the
    practice strengths, and the lead's placeholder does not name it."""
    sec = _area(tmp_path, "safeguarding")
    stated = _stated(sec)
    assert "SW1" in stated, [x.text for x in _sentences(sec)]
    practice = [c for c in stated if c.startswith(("SW", "QP"))]
    assert practice[0] == "SW1", practice
    notes = [x for x in _sentences(sec) if x.role == "placeholder" and "SW1" in x.criteria]
    assert not notes, [x.text for x in notes]


def test_a_point_wholly_for_comes_before_a_mixed_one(tmp_path: Path) -> None:
    """Direct work and recording strong in ten of ten cases are said before analysis and
    wishes and feelings, strong in six of ten, whatever the framework's order."""
    stated = _stated(_area(tmp_path, "thin"))
    whole = [stated.index(c) for c in ("QP5", "QP11") if c in stated]
    mixed = [stated.index(c) for c in ("QP3", "QP7") if c in stated]
    assert len(whole) == 2, stated
    assert all(w < m for w in whole for m in mixed), stated


def test_a_thin_safeguarding_point_does_not_lead(tmp_path: Path) -> None:
    """Two of two cases on information for families (a safeguarding criterion) rest on
    less than the framework's fewest cases for a proportion word: they do not lead a
    point strong in ten of ten cases."""
    stated = _stated(_area(tmp_path, "thin"))
    practice = [c for c in stated if c.startswith(("SW", "QP"))]
    assert practice and practice[0] != "SW4", practice
