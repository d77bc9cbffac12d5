"""What a stakeholder's view is about (issue 15, an independent tester): notes outside the
draft's word lists fell back to "the service" (7 of the 20 stakeholder notes of the
tester's inspection), and a group's subject could repeat the group ("partner agencies
... praised joint working with partners").

The notes below are written here, in inspectors' shorthand, in words none of the
testers' notes use; each names what it is about in words a lead would recognise.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.draft.regard import about, said_of
from exporters.model import ReportModel
from tests.export.small import Small

HELD_OUT = [
    ("LA legal: statements filed at the last minute before most hearings.", "development",
     "the timeliness of reports"),
    ("IRO: never sure who's covering when the guardian is on leave.", "development",
     "how quickly practitioners respond"),
    ("Circuit judge: it's hit and miss which FCA you get.", "development",
     "the consistency of practitioners' work"),
    ("FJB chair: Cafcass helped design the pilot and shaped its evaluation.", "strength",
     "the service's part in new ways of working"),
    ("Children in care council: Cafcass took on board what we said about its letters.",
     "strength", "how the service acts on feedback"),
    ("Police DV lead: FCA made the referral the same day and checked it was picked up.",
     "strength",
     "the response to risks to children"),
    ("Social worker: guardian came to both LAC reviews and followed up actions.", "strength",
     "attendance at meetings and reviews"),
    ("DJ: guardians are careful and fair with both parents.", "strength",
     "practitioners' work"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "polarity", "subject"), HELD_OUT)
def test_shorthand_notes_name_their_subject(text: str, polarity: str, subject: str) -> None:
    assert about(text, polarity)[:1] == [subject], about(text, polarity)


def test_no_subject_repeats_its_group() -> None:
    assert said_of(["partner agencies"], ["how information is shared with partners"]) == [
        "how the service shares information with them"
    ]
    # A subject naming the group with no other way to say it is left out.
    assert said_of(["local authority staff"], ["how local authorities are consulted"]) == [
        "the service"
    ]
    # "local" is no repetition: the local family justice board stays.
    board = "the service's part in the local family justice board"
    assert said_of(["local authority staff"], [board]) == [board]


_DISTINCT = {"partner agencies": "partner", "local authority staff": "authorit",
             "judges": "judge", "magistrates": "magistrat"}  # fmt: skip


def _repeats(text: str) -> list[str]:
    """The clauses of a views sentence whose subject repeats its group's own word."""
    out = []
    for clause in re.split(r"; |: |, while |, and (?=[a-z]+ (?:agencies|authority|judges))", text):
        for group, word in _DISTINCT.items():
            at = clause.find(group)
            if at >= 0 and word in clause[at + len(group) :].replace(group, ""):
                rest = clause[at + len(group) :]
                if not any(rest.lstrip().startswith(f"and {g}") for g in _DISTINCT):
                    out.append(clause)
    return out


def test_no_views_sentence_repeats_its_group(
    handwritten_reports: dict[str, ReportModel], tmp_path: Path
) -> None:
    s = Small(tmp_path / "partners.db")
    s.cases_noted("6", 3, weak=set())
    for text in (
        "Health visitor: info sharing with partners quick and two-way.",
        "School DSL: Cafcass shares information with partners early.",
        "Refuge worker: information sharing with partners has improved this year.",
    ):
        s.about_area("6", ["LGN4"], "strength", text, "INT_PARTNER")
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    (views,) = [x for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    assert "shares information with them" in views.text, views.text
    for r in [*handwritten_reports.values(), report]:
        for p in r.paragraphs():
            for x in p.sentences:
                if x.role == "views":
                    assert not _repeats(x.text), x.text
