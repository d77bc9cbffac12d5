"""What stakeholders told inspectors, said once and as their notes say it (issue 15,
tester 35's F2, A8 and F10), on voice36's hand-written inspection
(`tests/export/voice36_inspection.py`):

- a recorder's interview typed up twice gives their quoted words once in the area's
  section, never again inside a sentence telling what they said, and every quotation in
  the report's curly single marks (F2);
- magistrates' praise for an adviser who speaks the families' language being there for
  hearings is never said to be praise of how quickly practitioners respond (A8);
- an area's only judge interview is said by role, whatever its words name: in the
  judge's own quoted words where the note holds some, else as their view of the
  service (F10).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load, regard
from exporters.draft.quotations import in_report_marks, quotes_said, words_said
from exporters.model import ReportModel
from tests.export import voice36_inspection as v36


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    store = v36.build(Path(tmp_path_factory.mktemp("voice36")) / "stakeholders.db")
    try:
        yield draft_report(load(store))
    finally:
        store.close()


def _area(report: ReportModel, code: str) -> list[str]:
    """Every sentence of Area `code`'s section."""
    sec = next(s for s in report.sections if f"(Area {code})" in s.heading)
    return [x.text for p in (*sec.intro, *sec.paragraphs) for x in p.sentences]


def test_a_note_typed_twice_gives_its_words_once(report: ReportModel) -> None:
    said = [t for t in _area(report, "21") if "careful and balanced" in t]
    assert len(said) == 1, said
    assert "‘careful and balanced’" in said[0]


def test_no_straight_quotation_marks_in_the_draft(report: ReportModel) -> None:
    straight = [x.text for p in report.paragraphs() for x in p.sentences
                if x.role not in ("marker", "placeholder") and in_report_marks(x.text) != x.text]  # fmt: skip
    assert not straight


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("The deputy head called the plan 'a real step forward' in the meeting.",
         "The deputy head called the plan ‘a real step forward’ in the meeting."),
        ('Staff described supervision as "rushed" at times.',
         "Staff described supervision as ‘rushed’ at times."),
        ("The parents' solicitor's letter was filed.", "The parents' solicitor's letter was filed."),
        ("Already ‘in the report’s marks’ here.", "Already ‘in the report’s marks’ here."),
        ("An opening mark 'never closed stays", "An opening mark 'never closed stays"),
    ],
)  # fmt: skip
def test_marks_in_other_words(text: str, marked: str) -> None:
    assert in_report_marks(text) == marked


def test_words_quoted_are_not_told_again() -> None:
    said = {"one partner described the service as a steady hand on the tiller"}
    assert quotes_said(said, "The partner said that Cafcass is 'a steady hand on the tiller'.")
    assert words_said(said, "a steady hand")
    assert not quotes_said(said, "The partner said that Cafcass is 'quick to listen'.")
    assert not words_said(said, "hand")  # one word may stand anywhere


RESPOND = "how quickly practitioners respond"


def test_praise_for_someone_being_there_is_not_praise_of_speed(report: ReportModel) -> None:
    said = [x.text for p in report.paragraphs() for x in p.sentences if RESPOND in x.text]
    assert not said


@pytest.mark.parametrize(
    ("note", "speed"),
    [
        ("Family court legal adviser: a Somali-speaking officer was available at every hearing.", False),
        ("Magistrates: the duty officer at court is invaluable to the bench.", False),
        ("IRO said the guardian phoned her after each visit to the foster home.", False),
        ("Council solicitor said guardians always ring back within the day.", True),
        ("Judge: officers are always available by phone between hearings.", True),
        ("Local authority managers say emails to guardians go unanswered for weeks.", True),
    ],
)  # fmt: skip
def test_speed_in_other_words(note: str, speed: bool) -> None:
    assert (RESPOND in regard.subjects(note)) is speed


def test_an_areas_only_judge_is_said_in_their_own_words(report: ReportModel) -> None:
    said = [t for t in _area(report, "23") if "dependable and even-handed" in t]
    assert len(said) == 1 and said[0].startswith("One judge"), said
    assert "‘dependable and even-handed’" in said[0]


def test_an_areas_only_judge_is_said_by_role(report: ReportModel) -> None:
    said = [t for t in _area(report, "24") if "judge" in t]
    assert len(said) == 1 and said[0].startswith("One judge"), said
    assert "the service" in said[0]
