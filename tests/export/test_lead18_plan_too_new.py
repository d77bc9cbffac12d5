"""A leadership that requires improvement because its plan is sound but too new to have
changed practice says so, in its section and its key finding (issue 15, tester 18's
first audit: the national leadership's key finding was "[Add the main reasons for this
grade.]" where the notes said a new plan set credible priorities but was too recent to
show impact: neither the plan's name nor "too recent" was among the cues).

An inspection written here by hand under the 2018 framework, in words of our own: a
delivery plan the board approved, and managers saying it is too soon to see it change
practice.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export.small import Small

AREAS = [("2", "Moorside", True), ("5", "Estuary", True)]
NOTES = [
    ("LG1", "BOARD_PAPERS", "strength", "The delivery plan approved by trustees in the spring targets report quality and hearing the child."),
    ("LG1", "INT_MANAGER", "development", "Senior managers say it is too soon for the delivery plan to have changed what practitioners do."),
    ("LG5", "SURVEY_STAFF", "strength", "Most staff say their supervisor makes time for them."),
]  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("toonew") / "n.db", areas=AREAS)
    for code, _name, _visited in AREAS:
        s.cases_noted(code, 4, weak={"QP7"})
        s.judge("J18-4A", "requires-improvement", area=code)
    for crit, source, polarity, text in NOTES:
        s.national([crit], polarity, text, source)
    s.judge("J18-3", "requires-improvement")
    s.judge("J18-4", "requires-improvement")
    s.judge("J18-1", "requires-improvement")
    model = draft_report(load(s.store))
    s.close()
    return model


def _texts(report: ReportModel, kind: str, jid: str | None = None) -> list[str]:
    sec = next(x for x in report.sections
               if x.kind == kind and (jid is None or x.judgement_id == jid) and not x.area_code)  # fmt: skip
    return [x.text for p in sec.intro + sec.paragraphs for x in p.sentences]


def test_the_section_says_the_plan_has_not_yet_made_a_difference(report: ReportModel) -> None:
    texts = _texts(report, "judgement", "J18-3")
    rests = [t for t in texts if "set out a plan" in t]  # sources named (kf19)
    assert len(rests) == 1, texts
    assert "not yet had the impact" in rests[0], rests


def test_the_key_finding_gives_the_reason_not_a_placeholder(report: ReportModel) -> None:
    """The leadership's key finding: its grade, then the reason, never "[Add the main
    reasons for this grade.]" after it."""
    texts = _texts(report, "summary")
    at = next(k for k, t in enumerate(texts) if t.startswith("The national leadership is judged"))
    after = texts[at + 1 : at + 2]
    assert after and "plan" in after[0] and "not yet had enough impact" in after[0], texts
    assert not any("Add the main reasons" in t for t in texts[at : at + 2]), texts
