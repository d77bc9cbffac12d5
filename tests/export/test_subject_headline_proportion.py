"""A section's opening weighs a finding about the service as its body does: with the
section's grade (issue 15, "a section's weaknesses are stated in proportion to the
grade recorded").

The body says a claim whose weakness side rests on fewer cases than the framework's
`min_cases` as its strength in a section graded good or better
(`proportion.in_proportion`); the opening (`headlines._said`) weighed the same claim
without the grade, as "mixed", so it could not state the strength the body states, and
its balance counted the claim against.  On a small inspection written here: Area 6,
leaders' use of performance information seen at work in two records about the area,
and found wanting in one case (its file and a discussion with its manager)."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Section, Sentence
from tests.export.small import Small

DASHBOARD = (
    "The area's performance dashboard is reviewed monthly by managers, who pick out "
    "teams whose reports are late."
)
TARGETING = (
    "Managers showed how they use the audit and performance figures to target coaching "
    "at weaker practitioners."
)
OVERSIGHT = (
    "Managers challenge plans in supervision and record clear actions.",
    "Oversight of allocation is tight: every case is reviewed within a week.",
    "The head of service chairs a weekly review of drifting cases.",
)
SUPPORT = (
    "Practitioners say their manager is available and supervision is regular.",
    "Staff describe a team that helps each other with hard cases.",
    "New starters have a protected caseload for their first three months.",
)
WEAK_FILE = "The manager had not used the team's performance report to spot that this case drifted."
WEAK_TALK = "Discussion with the manager: the performance report was not looked at for this case."
WEAK_AUDIT = (
    "The area's audit of this case found the manager had not checked the performance report."
)


def _area(path: Path, grade: str) -> Section:
    s = Small(path)
    s.about_area("6", ["LG3"], "strength", DASHBOARD, "PERF_DATA")
    s.about_area("6", ["LG3"], "strength", TARGETING, "INT_MANAGER")
    for text in OVERSIGHT:
        s.about_area("6", ["LG4"], "strength", text, "OBS_SUPERVISION")
    for text in SUPPORT:
        s.about_area("6", ["LG5"], "strength", text, "SURVEY_STAFF")
    case = s.case()
    s.ev(case, ["LG3"], "development", WEAK_FILE)
    s.ev(case, ["LG3"], "development", WEAK_TALK, source="CASE_DISCUSSION")
    s.ev(case, ["LG3"], "development", WEAK_AUDIT, source="QA_AUDIT")
    s.judge("J18-4A", grade, area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    return next(sec for sec in report.sections if sec.kind == "area")


def _sentences(section: Section) -> list[Sentence]:
    return [x for p in [*section.intro, *section.paragraphs] for x in p.sentences]


def _opening(section: Section) -> Sentence:
    return next(x for x in _sentences(section) if x.role == "headline")


def _body_on(section: Section, crit: str) -> list[Sentence]:
    return [x for x in _sentences(section) if x.role == "claim" and crit in x.criteria]


def test_an_outstanding_area_opens_on_the_strength_its_body_states(tmp_path: Path) -> None:
    area = _area(tmp_path / "o.db", "outstanding")
    body = _body_on(area, "LG3")
    assert body and all("mixed" not in x.text and "shortfall" not in x.text for x in body), [
        x.text for x in body
    ]
    first = _opening(area)
    # The body says the use of performance information as a strength: so may the opening,
    # a headline stating it (one listing LG3 among its strengths), and it never names it
    # as a weakness.
    assert "LG3" in first.criteria, first.text
    assert "weakness" not in first.text.lower() or "strengths and weaknesses" in first.text
    assert "performance information" not in first.text or "weakness" not in first.text


def test_a_good_area_opens_on_the_strength_its_body_states(tmp_path: Path) -> None:
    area = _area(tmp_path / "g.db", "good")
    first = _opening(area)
    assert "LG3" in first.criteria, first.text
    # The comment says why the weakness is not weighed level with the strengths.
    assert "weaknesses rest on one case" in first.basis, first.basis


def test_requiring_improvement_the_one_case_keeps_the_finding_mixed(tmp_path: Path) -> None:
    """Graded requires improvement, the body says the evidence is mixed: no opening may
    state the use of performance information as a strength."""
    area = _area(tmp_path / "r.db", "requires-improvement")
    body = _body_on(area, "LG3")
    assert body and any("mixed" in x.text for x in body), [x.text for x in body]
    assert "LG3" not in _opening(area).criteria, _opening(area).text
