"""A claim about the service resting on one note says what the note says (issue 15,
tester 15: "Board papers suggest that commissioned services are of good quality and
readily available" from one note, "Domestic abuse programmes commissioned nationally;
waiting times monitored and falling": the note's shorthand held no sentence that reads
on its own, so the claim fell back on a wording the note does not make).

Shorthand missing only its "are" is said with it (`telegraphic.expanded`).  Inspections
written here by hand under the 2021 framework, in words of our own.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.telegraphic import expanded
from exporters.model import ReportModel
from tests.export.small import Small, body

SHORTHAND = (
    "Parenting courses commissioned regionally; waiting lists reviewed monthly and shrinking."
)


@pytest.fixture(scope="module")
def one_note(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("one") / "o.db", framework="cafcass-2021",
              areas=[("2", "Fenland", True)])  # fmt: skip
    s.cases_noted("2", 5, weak={"QP7"})
    s.national(["LGN3"], "strength", SHORTHAND, "BOARD_PAPERS")
    s.judge("J21-3", "good")
    model = draft_report(load(s.store))
    s.close()
    return model


def test_one_shorthand_note_is_said_as_it_says(one_note: ReportModel) -> None:
    """The one note on commissioned services is said in its own words, its verbs put in;
    nothing about the services' quality, which the note does not speak of."""
    text = body(one_note)
    assert (
        "Parenting courses are commissioned regionally, and waiting lists are reviewed "
        "monthly and shrinking." in text
    ), text
    assert "good quality" not in text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (SHORTHAND, "Parenting courses are commissioned regionally, and waiting lists are reviewed monthly and shrinking."),
        ("Complaint letter answered within a week.", "The complaint letter is answered within a week."),
        ("Chief executive named three priorities for the year.", ""),  # active: an object follows
        ("Report well structured, evidence-based, recommendation clearly reasoned.", ""),
        ("Almost all staff who answered the survey said they felt valued.", ""),
        ("Supervision happens monthly.", ""),  # no shorthand of this kind
    ],
)  # fmt: skip
def test_shorthand_missing_its_verb(note: str, said: str) -> None:
    assert expanded(note, lambda part: True) == said
