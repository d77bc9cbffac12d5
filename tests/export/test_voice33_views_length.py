"""A views sentence is no longer than a reader takes in at one go: 40 words (issue 15;
tester 30 and voice32's "Left": the stakeholders' views of three groups joined by
semicolons ran to 41-45 words, under the 45-word split of `readable.SENTENCE_WORDS`;
the 2018 report's longest sentences run to about 40).  Over 40, the groups' clauses
are said as sentences of their own where they are joined by semicolons, or a frame that
keeps within 40 is chosen; every group is still named.

The inspection is written here: two areas, each with judges', a council's and partner
agencies' notes about the area in an inspector's words.
"""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export.small import Small

AREAS = [("41", "Brackenfold", True), ("42", "Wyre Hollow", True)]
# (source, polarity, note): each area's stakeholders, one note a person.
VIEWS = [
    ("INT_JUDICIARY", "strength", "The district judge said the guardians' reports arrive on "
     "time and are fair to both parents."),
    ("INT_JUDICIARY", "strength", "Magistrates at the family court said reports are always "
     "filed before the deadline."),
    ("INT_LA", "strength", "The council's team manager said the guardians challenge care "
     "plans robustly but respectfully."),
    ("INT_LA", "strength", "A council social worker said the guardian's challenge to the "
     "care plan was fair and well argued."),
    ("INT_PARTNER", "strength", "The family justice board chair said the service plays a full "
     "part in the local family justice board."),
    ("INT_PARTNER", "strength", "A health visitor said the service's part in the local family "
     "justice board is active and valued."),
]  # fmt: skip
GROUPS = ("judges", "local authority", "partner")
_END = re.compile(r"(?<=[.!?’)])\s+(?=[A-Z‘\[])")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("views") / "v.db", areas=AREAS)
    for code, _name, _visited in AREAS:
        s.cases_noted(code, 8, set())
        s.judge("J18-4A", "good", area=code)
        for source, polarity, text in VIEWS:
            s.about_area(code, ["LGN4"], polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _views(report: ReportModel) -> list[str]:
    return [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]


def test_no_sentence_of_the_views_is_over_forty_words(report: ReportModel) -> None:
    views = _views(report)
    assert len(views) >= 2, views
    for text in views:
        for sentence in _END.split(text):
            assert len(sentence.split()) <= 40, sentence


def test_each_area_still_names_every_group(report: ReportModel) -> None:
    areas = [sec for sec in report.sections if sec.area_code]
    assert len(areas) == 2
    for sec in areas:
        text = " ".join(x.text for p in sec.paragraphs for x in p.sentences if x.role == "views")
        for group in GROUPS:
            assert group in text.lower(), (group, text)
