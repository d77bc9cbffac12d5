"""Issue 15, kf29: tester 28's A4 #14.  One area's improvement plan was said as the
leaders' plan.  A plan recorded in one area's evidence is that area's; only a plan
evidenced about the organisation, or in most of the areas visited, is the leaders'
(`leadersrest.leaders_plans`).

On kf29's hand-written outstanding service (`kf29_inspection.service`: Hollins 41,
Marsden 42, Tarnside 43), with notes about the areas written here: managers in two areas
know where recording falls short, and one area's manager, or two areas', has a plan.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export.kf29_inspection import service

KNOW = {
    "42": "The Marsden manager knows recording is the weakest part of practice here.",
    "43": "Managers in Tarnside are aware that recording falls short of the standard.",
}
PLAN = {
    "41": "The Hollins service manager has an improvement plan for case recording, reviewed each month.",
    "42": "The Marsden team has a plan to improve recording, with a date for each step.",
}


def _draft(tmp_path: Path, plans: tuple[str, ...]) -> ReportModel:
    s = service(tmp_path / "kf29.db")
    for area, text in KNOW.items():
        s.about_area(area, ["LG1"], "strength", text, "INT_MANAGER")
    for area in plans:
        s.about_area(area, ["LG1"], "strength", PLAN[area], "INT_MANAGER")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _text(sec: Section) -> str:
    return " ".join(x.text for p in [*sec.intro, *sec.paragraphs] for x in p.sentences)


def _local(report: ReportModel) -> Section:
    return next(s for s in report.sections if s.judgement_id == "J18-4" and not s.area_code)


def test_one_areas_plan_is_never_the_leaders(tmp_path: Path) -> None:
    report = _draft(tmp_path, ("41",))
    local = _text(_local(report))
    assert "plan" not in local, local
    hollins = next(s for s in report.sections if s.area_code == "41")
    assert "improvement plan for case recording" in _text(hollins), _text(hollins)


def test_a_plan_in_most_areas_is_the_leaders(tmp_path: Path) -> None:
    local = _text(_local(_draft(tmp_path, ("41", "42"))))
    assert "leaders know" in local and "plan" in local, local
