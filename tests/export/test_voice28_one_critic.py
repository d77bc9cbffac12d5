"""Voice28's findings (issue 15; tester 28's A4 #3): a group of stakeholders mostly
praising the service, whose criticism is one person's one note, is said so ("judges
were mostly positive about the service, although one raised concerns"), never "they
raised some concerns" (eleven judges' notes praising, one critical, on tester 28's
master); two critical notes are still "some".  The notes are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from tests.export.small import Small

PRAISE = [
    "The district judge said reports from the team are clear and reach the court on time.",
    "One circuit judge said the guardians' reports are careful and easy to follow.",
    "The designated family judge said the analysis in reports is consistently sound.",
    "A recorder said the reports she reads are balanced and well reasoned.",
    "The district judge at the county court said reports are thorough and arrive on time.",
    "A second district judge said the advisers' reports are well written and fair.",
]
CRITICAL = [
    "One district judge said reports are filed late too often and hearings are put back.",
    "Another circuit judge said late reports have delayed two final hearings this year.",
]


def _views(path: Path, critical: int) -> list[str]:
    s = Small(path)
    for k in range(4):
        case = s.case()
        s.ev(case, ["QP7"], "strength", f"The analysis weighs each option for the child and "
             f"the recommendation follows from it (visit {k + 1}).")  # fmt: skip
    for note in PRAISE:
        s.national(["QP7"], "strength", note, "INT_JUDICIARY")
    for note in CRITICAL[:critical]:
        s.national(["QP7"], "development", note, "INT_JUDICIARY")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    return [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]


def test_one_judge_s_criticism_is_said_as_one(tmp_path: Path) -> None:
    """The old draft said "although they raised some concerns" / "though some were
    critical"."""
    views = _views(tmp_path / "one.db", 1)
    judges = [v for v in views if "judges" in v]
    assert judges, views
    for v in judges:
        assert " some " not in v and "they raised" not in v, v
        assert " one " in v, v


@pytest.mark.parametrize("critical", [2])
def test_two_critical_notes_are_still_some(tmp_path: Path, critical: int) -> None:
    views = _views(tmp_path / "two.db", critical)
    judges = [v for v in views if "judges" in v and ("some" in v or "more often" in v)]
    assert judges, views
    assert not any("although one" in v or "though one" in v for v in views), views
