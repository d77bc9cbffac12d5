"""Voice28's findings (issue 15; tester 27's A7): a note recorded under a stakeholder's
source whose words read as the inspectors' own finding about a case's file ("There is no
plan for the work; the worker did not set out ...", typed under "Interview with parent or
carer") is never said as that person's words ("In the view of one parent or carer,
..."); a parent's own account on the same point still is.  Every note here is written
for these tests.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_area, load
from exporters.draft.viewsigns import file_finding
from exporters.draft.words import words
from exporters.model import ReportModel
from tests.export.small import Small

FILE_NOTE = (
    "There is no plan for the work; the worker did not set out which checks she would "
    "make or by when."
)
PARENT_SAID = (
    "The mother said there was no plan for the work and nobody told her what enquiries "
    "the worker would make."
)


@pytest.fixture(scope="module")
def section(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """Area 6: eight private law cases, each weak on case planning by an inspector's
    shorthand no example can quote; case 7 also holds the file finding typed under a
    parent's interview, case 8 a mother's own account of the same point."""
    s = Small(tmp_path_factory.mktemp("voice28a7") / "a7.db")
    for _ in range(6):
        case = s.case()
        s.ev(case, ["QP6"], "development", "Plan gap")
        s.ev(case, ["QP7"], "strength", "The analysis weighs each option for the child "
                                        "and the recommendation follows.")  # fmt: skip
    for note in (FILE_NOTE, PARENT_SAID):
        case = s.case()
        s.ev(case, ["QP6"], "development", "Plan gap")
        s.ev(case, ["QP6"], "development", note, source="INT_PARENT_CARER")
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        return draft_area(load(s.store), "6")
    finally:
        s.close()


def _said(section: ReportModel) -> list[str]:
    return [x.text for p in section.paragraphs() for x in p.sentences]


def test_a_file_finding_is_not_said_as_a_parent_s_words(section: ReportModel) -> None:
    """The old draft said "In the view of one parent or carer, there is no plan for the
    work; the worker did not set out ..."."""
    said = _said(section)
    assert [t for t in said if "did not set out" in t] == [], said


def test_a_parent_s_own_account_is_still_said_as_theirs(section: ReportModel) -> None:
    examples = [x for p in section.paragraphs() for x in p.sentences if x.role == "example"]
    assert any("one parent" in x.text.lower() and "nobody told her" in x.text for x in examples), [
        x.text for x in examples
    ]


@pytest.mark.parametrize(
    ("source", "note", "finding"),
    [
        ("INT_PARENT_CARER", FILE_NOTE, True),
        (
            "INT_PARENT_CARER",
            "File read: the worker met the boy once, with his father in the "
            "room, and recorded no reason.",
            True,
        ),
        (
            "INT_PARENT_CARER",
            "Chronology checked with the team manager. The letter went to "
            "court before the police reply was on file.",
            True,
        ),
        # What a child said, kept on the file, is no parent's account.
        (
            "INT_PARENT_CARER",
            "The girl said she wanted to stay at her school; the worker recorded it in the report.",
            True,
        ),
        # Someone speaking or feeling, or named heading the note: their account.
        ("INT_PARENT_CARER", PARENT_SAID, False),
        (
            "INT_PARENT_CARER",
            "Grandmother: the worker rang every week and the plan was "
            "explained to her in plain words.",
            False,
        ),
        (
            "INT_PARENT_CARER",
            "I never saw the report before the hearing and nobody rang me back.",
            False,
        ),
        (
            "INT_PARENT_CARER",
            "Father felt the worker listened and kept him informed about the plan.",
            False,
        ),
        (
            "INT_JUDICIARY",
            "Interview with the judge. The worker's analysis of the plan is "
            "clear and the letter arrives on time.",
            False,
        ),
        # A survey's answer is a family's, whatever it names.
        ("SURVEY_USER", "The letter set out each choice and the plan clearly.", False),
        # Words about the service, not on a case: always the speaker's.
        ("INT_LA", "Reports are late and the plans in them are thin.", False),
    ],
)
def test_which_notes_read_as_a_file_finding(source: str, note: str, finding: bool) -> None:
    on_case = not note.startswith("Reports are late")
    assert file_finding(words(), source, note, on_case) is finding
