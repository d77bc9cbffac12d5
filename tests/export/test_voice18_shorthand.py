"""A stakeholder's note in the inspector's shorthand, and what a stakeholder praised
(issue 15, tester 17's F14 e and KF5).

Tester 17's Area 11 pasted a note after "told inspectors that": "The same representative
told inspectors that LA head of service positive about guardians' challenge in
pre-proceedings."  A note written as who spoke and how they felt, with no verb
(`whospoke.shorthand`), is said in the report's voice (`shorthandview.said`: "One local
authority manager was positive about ..."); who spoke is the words before the feeling,
not the place label heading it; and what was praised is what is named after "positive
about" (`regard`), never a subject named later in the note.  Judges' praise of a head of
practice or the senior team is praise of the service's leaders, not of "work with the
courts".

Tested on a 2018-framework inspection written by hand (`tests/export/voice18_inspection`;
its inspection.toml says what each note tests) and on notes written here, none in
tester 17's words.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import DraftData, draft_report, load, regard
from exporters.draft.shorthandview import said
from exporters.draft.whospoke import shorthand
from exporters.model import ReportModel
from store.store import Store
from tests.fixtures.handwritten import build

FIXTURE = Path(__file__).parent / "voice18_inspection"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    path = tmp_path_factory.mktemp("voice18") / "voice18.db"
    build(path, FIXTURE)
    with Store.open(path) as store:
        data = load(store)
        report = draft_report(data)
        yield data, report


def _texts(report: ReportModel, heading_part: str = "") -> list[str]:
    return [s.text for sec in report.sections if heading_part in sec.heading
            for p in (*sec.intro, *sec.paragraphs) for s in p.sentences]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "note", "expected"),
    [
        (
            "INT_LA",
            "Weirbrook: council safeguarding manager v. critical re how late guardians "
            "are allocated to pre-proceedings work.",
            "One local authority manager was very critical of how late guardians are "
            "allocated to pre-proceedings work.",
        ),
        (
            "INT_JUDICIARY",
            "DFJ: broadly satisfied re the recommendations in section 7 reports",
            "The designated family judge was broadly satisfied with the recommendations in "
            "section 7 reports.",
        ),
        (
            "INT_JUDICIARY",
            "North: magistrates impressed with how the guardians explain risk",
            "Magistrates were impressed by how the guardians explain risk.",
        ),
        (
            "INT_LA",
            "Seaford: IROs unhappy about how rarely guardians ring back; letters late.",
            "IROs were unhappy with how rarely guardians ring back.",
        ),
    ],
)
def test_a_shorthand_note_is_said_in_the_reports_voice(
    drafted: tuple[DraftData, ReportModel], source: str, note: str, expected: str
) -> None:
    data, _report = drafted
    assert said(data.words, source, note) == expected


@pytest.mark.parametrize(
    "note",
    [
        "The district judge said she was positive about the reports this year.",
        "Reports are positive about the child's progress at school.",
        "Safeguarding letters clear about risk and always on time.",
        "Council manager: the guardians are firm but fair when they challenge plans.",
    ],
)
def test_a_note_that_says_it_in_a_sentence_is_no_shorthand(note: str) -> None:
    assert shorthand(note) is None


def test_who_spoke_is_before_the_feeling_not_the_place_heading(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    data, report = drafted
    note = ("Weirbrook: council safeguarding manager v. critical re how late guardians are "
            "allocated to pre-proceedings work.")  # fmt: skip
    assert data.words.speaker("INT_LA", note) == "one local authority manager"
    area = " ".join(_texts(report, "Area 44"))
    # (what about is the note's: late allocation, not reports; voice20)
    assert "one local authority manager raised concerns about how quickly cases are allocated" in (
        area
    )
    assert "local authority representative" not in area
    assert not any("told inspectors that council" in t for t in _texts(report))


def test_what_was_praised_is_what_the_feeling_names(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """Tarnfield's council head of service was positive about the attention to each
    child's heritage in pre-proceedings: the public law views say the attention to
    culture and identity, not joint working."""
    _data, report = drafted
    text = " ".join(_texts(report, "public law"))
    assert "the attention given to children's culture and identity" in text
    assert "joint working with the service" not in text
    note = "Council head of service positive about the guardians' attention to heritage in pre-proceedings."
    assert regard.about(note, "strength")[:1] == [
        "the attention given to children's culture and identity"
    ]


@pytest.mark.parametrize(
    "note",
    [
        "A district judge described prompt replies from the head of practice whenever the court raised a problem.",
        "Judge: the senior team come to the court user group and follow up what is raised.",
    ],
)
def test_praise_of_leaders_is_about_leaders(note: str) -> None:
    assert regard.about(note, "strength") == ["the service's leaders"]
