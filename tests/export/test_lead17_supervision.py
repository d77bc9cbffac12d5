"""A finding on supervision says what about supervision the notes speak of (issue 15,
tester 15's claim 13: "The evidence points to shortfalls in supervision" from notes that
supervision was regular and supportive but "a case count" that rarely challenged, and
helped few practitioners to improve their analysis).

Inspections written here by hand under the 2018 framework, in words of our own: one
whose notes say supervision leaves practitioners no room to think, one whose notes say
it does not happen often enough, and one whose notes say both.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.subjects import note_subject, subjects
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

THINKING = [
    ("OBS_SUPERVISION", "Observed supervision was a tick-box run through due dates, with no curiosity about the child's experience."),
    ("INT_PRACTITIONER", "Practitioners told us supervision leaves no room to talk through a hard decision."),
    ("SURVEY_STAFF", "In the staff survey, a third say supervision makes them think differently about a case."),
]  # fmt: skip
OFTEN = [
    ("OBS_SUPERVISION", "Supervision was postponed in four of the last six months for the duty team."),
    ("INT_PRACTITIONER", "Two guardians have had no supervision since the spring."),
    ("SURVEY_STAFF", "Half say supervision happens every month as the policy requires."),
]  # fmt: skip


def _draft(path: object, notes: list[tuple[str, str]]) -> ReportModel:
    s = Small(path, areas=[("4", "Fenland", True)])  # type: ignore[arg-type]
    s.cases_noted("4", 4, weak=set())
    for source, text in notes:
        s.national(["LG5"], "development", text, source)
    s.national(["LG1"], "strength", "The board sets three clear priorities and reviews them each quarter.", "BOARD_PAPERS")  # fmt: skip
    s.judge("J18-3", "requires-improvement")
    s.judge("J18-1", "good")
    model = draft_report(load(s.store))
    s.close()
    return model


def _on_lg5(model: ReportModel) -> list[Sentence]:
    return [x for p in model.paragraphs() for x in p.sentences
            if x.role == "claim" and "LG5" in x.criteria]  # fmt: skip


@pytest.mark.parametrize(
    ("notes", "words"),
    [
        (THINKING, ("think", "reflect")),
        (OFTEN, ("often", "regular", "frequency", "cancelled", "missed")),
    ],
    ids=["thinking", "often"],
)
def test_the_finding_says_what_about_supervision(
    tmp_path: object, notes: list[tuple[str, str]], words: tuple[str, ...]
) -> None:
    """Three notes that supervision leaves no room to think (or does not happen often
    enough): the finding on supervision says so, not only that supervision falls short."""
    said = _on_lg5(_draft(tmp_path / "s.db", notes))  # type: ignore[operator]
    assert said, "the supervision weakness is drafted"
    for x in said:
        text = x.text.lower()
        assert "supervision" in text and any(w in text for w in words), x.text


def test_notes_on_both_are_said_as_supervision(tmp_path: object) -> None:
    """Notes speaking of supervision in both ways: one subject, supervision, never the
    two narrower ones joined."""
    said = _on_lg5(_draft(tmp_path / "b.db", [*THINKING[:2], *OFTEN[:2]]))  # type: ignore[operator]
    assert said
    for x in said:
        assert not ("how often" in x.text and "how well" in x.text), x.text


@pytest.mark.parametrize(
    "text",
    [
        "Team meeting talked through a hard case and staff reflected on delay.",
        "Practitioners think the new template helps them.",
    ],
)
def test_a_note_not_about_supervision_is_not_on_a_supervision_subject(text: str) -> None:
    """Words of thinking or frequency in a note that never speaks of supervision do not
    make it a note about supervision."""
    got = note_subject(text, subjects()["LG5"])
    assert got is None or "supervision" not in got.topic, got
