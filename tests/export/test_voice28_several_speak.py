"""Voice28's findings (issue 15; tester 28's A4 #11): a note headed by several people
("The President's office and senior judiciary describe leaders as ...") is never said
as one person's view ("one judge spoke well of the service's leaders"); one person
heading a note still is.  The notes are written here, for this test.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.whospoke import several
from exporters.model import ReportModel
from tests.export.small import Small


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("voice28several") / "s.db")
    for k in range(4):
        case = s.case()
        s.ev(case, ["QP7"], "strength", f"The analysis weighs each option for the child "
             f"and the recommendation follows from it (visit {k + 1}).")  # fmt: skip
    s.national(["LG2"], "strength", "The President's office and senior judiciary describe the "
               "service's leaders as open partners who act on what courts tell them.",
               "INT_JUDICIARY")  # fmt: skip
    s.national(["LGN4"], "strength", "ADCS representative described the national working "
               "relationship as steady and frank.", "INT_LA")  # fmt: skip
    s.judge("J18-3", "good")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_several_people_heading_a_note_are_not_one_judge(report: ReportModel) -> None:
    """The old draft said "one judge spoke well of the service's leaders"."""
    views = [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    assert views, [x.text for p in report.paragraphs() for x in p.sentences]
    assert not any("one judge" in v for v in views), views
    assert any("judges" in v for v in views), views


@pytest.mark.parametrize(
    ("note", "many"),
    [
        ("The President's office and senior judiciary describe leaders as open.", True),
        ("Health and education representatives said referrals are clear.", True),
        ("Designated family judges in two areas told us letters come late.", True),
        ("Court staff: reports arrive on time.", True),
        ("The ADCS representative described the relationship as steady.", False),
        ("District judge said the early analysis narrowed the issues.", False),
        ("Brighton and Hove council said referrals are late.", False),
        ("Mother said the worker explained each stage and she felt listened to.", False),
    ],
)
def test_who_heads_a_note_is_several_or_one(note: str, many: bool) -> None:
    assert several(note) is many
