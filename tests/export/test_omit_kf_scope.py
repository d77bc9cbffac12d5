"""Issue 15, the session-9 tester's draft (key finding S5): "Practice is at its best in
direct work ... well in every area visited" stood beside a key finding that Area 14,
judged inadequate, fails to see children, and Area 14's evidence on direct work was one
case.  A strongest-practice key finding says "in every area visited" only where each
area's own cases (more than one) bear it out and no area stands apart below the others;
and no two key findings state one point both ways.

Inspections written by hand here (`tests.export.small`) and the hand-written ones.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.casethemes import wording
from exporters.draft.tallies import same_point
from exporters.model import ReportModel
from tests.export.small import Small

AREAS = [("3", "Moorland", True), ("6", "Riverside", True), ("9", "Harbour", True)]
EVERY = wording()["scope"]["every_area"].strip()


def _report(path: Path, per_area: dict[str, int], grades: dict[str, str]) -> ReportModel:
    """Every case strong on every criterion but analysis in reports (weak in all); the
    areas with `per_area` cases each, judged `grades`; judged good overall."""
    s = Small(path, areas=AREAS)
    for code, n in per_area.items():
        s.cases_noted(code, n, weak={"QP11"})
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for code, grade in grades.items():
        s.judge("J18-4A", grade, area=code)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


# The strongest practice, with or without its superlative (no superlative where another
# point is as strong: `practicethemes._as_far`).
STRONGEST = tuple(f.split("{", 1)[0] for k in ("strongest", "strong_plain")
                  for f in wording()["frames"][k])  # fmt: skip


def _bullets(report: ReportModel) -> list[str]:
    """The key findings on the strongest practice."""
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    said = [" ".join(s.text for s in p.sentences) for p in summary.paragraphs]
    return [b for b in said if b.startswith(STRONGEST)]


GOOD = {"3": "good", "6": "good", "9": "good"}


def test_every_area_is_said_where_each_area_bears_it_out(tmp_path: Path) -> None:
    """Three areas of three cases each, all strong and all judged good: "in every area
    visited" (the check below can fail)."""
    bullets = _bullets(_report(tmp_path / "a.db", {"3": 3, "6": 3, "9": 3}, GOOD))
    assert any(EVERY in b for b in bullets), bullets


def test_not_every_area_where_an_area_rests_on_one_case(tmp_path: Path) -> None:
    """The same, but Area 9 with one case: its one case does not make it "every area"."""
    bullets = _bullets(_report(tmp_path / "b.db", {"3": 4, "6": 4, "9": 1}, GOOD))
    assert bullets
    assert not [b for b in bullets if EVERY in b], bullets


def test_not_every_area_where_an_area_stands_apart_below(tmp_path: Path) -> None:
    """Three cases each, all strong, but Area 9 judged inadequate (the others good): the
    strongest practice is not said to hold in every area visited."""
    grades = {"3": "good", "6": "good", "9": "inadequate"}
    bullets = _bullets(_report(tmp_path / "c.db", {"3": 3, "6": 3, "9": 3}, grades))
    assert bullets
    assert not [b for b in bullets if EVERY in b], bullets


def test_no_two_key_findings_state_one_point_both_ways(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """In every hand-written inspection, no criterion (or the point it makes,
    `same_point`) is in a key finding for and in another against."""
    for name, report in handwritten_reports.items():
        summary = next((sec for sec in report.sections if sec.kind == "summary"), None)
        if summary is None:
            continue
        sides: dict[str, set[str]] = {"for": set(), "against": set()}
        for p in summary.paragraphs:
            for s in p.sentences:
                if s.direction in sides and s.role != "views":
                    sides[s.direction] |= {x for c in s.criteria for x in same_point(c)}
        assert not sides["for"] & sides["against"], (name, sides)
