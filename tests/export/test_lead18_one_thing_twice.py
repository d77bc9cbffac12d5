"""Two subjects of one thing are not joined into a phrase naming it twice (issue 15,
tester 17: "Inspectors saw weaknesses in the use of performance information and
performance information on the quality of practice", in the leadership section and its
opening).  Where the notes on performance management speak both of how leaders use
their figures and of what the figures leave out, the section names the narrower point
once.

An inspection written here by hand under the 2018 framework, in words of our own.
"""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.draft.subjects import _narrower
from exporters.model import ReportModel
from tests.export.small import Small

AREAS = [("2", "Moorside", True), ("5", "Estuary", True)]
NOTES = [
    ("PERF_DATA", "The weekly scorecard counts reports filed by the deadline; nothing on whether the analysis is sound."),
    ("BOARD_PAPERS", "The quarterly board pack counts visits made on time; nothing on whether the child was seen alone."),
    ("INT_MANAGER", "Team managers do not use the performance reports they receive to decide what to work on with practitioners."),
    ("INT_MANAGER", "Heads of service seldom draw on the monthly figures when they meet team managers."),
    ("BOARD_PAPERS", "Trustees receive the performance pack late and in a format few of them read."),
]  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("twice") / "t.db", areas=AREAS)
    for code, _name, _visited in AREAS:
        s.cases_noted(code, 4, weak={"QP7"})
        s.judge("J18-4A", "requires-improvement", area=code)
    for source, text in NOTES:
        s.national(["LG3"], "development", text, source)
    s.judge("J18-3", "requires-improvement")
    s.judge("J18-4", "requires-improvement")
    s.judge("J18-1", "requires-improvement")
    model = draft_report(load(s.store))
    s.close()
    return model


def test_no_sentence_names_performance_information_twice(report: ReportModel) -> None:
    texts = [x.text for sec in report.sections for p in sec.intro + sec.paragraphs
             for x in p.sentences]  # fmt: skip
    about = [t for t in texts if "performance information" in t or "figures" in t]
    assert about, texts
    for t in about:
        assert len(re.findall("performance information", t)) <= 1, t


def test_the_narrower_of_two_topics_on_one_thing() -> None:
    use, scope = (
        "the use of performance information",
        "performance information on the quality of practice",
    )
    assert _narrower(use, scope) == 1
    assert _narrower(scope, use) == 0
    assert _narrower("the timeliness of the work", use) is None
