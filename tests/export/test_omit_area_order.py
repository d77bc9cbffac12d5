"""Issue 15, the session-9 tester's draft (S11): Area 7, judged to require improvement
for delay (weak in five of five cases), opened its findings with one performance report
and reached delay a paragraph later.  In an area section below good, the weakness that
decides the grade (more cases and records against it than any leadership point) comes
straight after the headline; a leadership point with more evidence still opens.

Inspections written by hand here (`tests.export.small`).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Sentence
from tests.export.small import Small

LATE = (
    "The section 7 report was filed three weeks late and the hearing was adjourned",
    "Allocation took six weeks, so the child waited for the first visit",
    "The guardian's analysis was filed after the deadline and the final hearing moved",
    "Work stalled for a month while the case waited for a practitioner",
    "The addendum report was late and the child's move was put back",
)
FIGURES = (
    ("PERF_DATA", "Area figures: three in five reports filed on time, well below the rest."),
    ("BOARD_PAPERS", "The area's performance report lists late filing but sets no action."),
    ("INT_MANAGER", "The service manager could not say which teams file late or why."),
    ("QA_AUDIT", "The area audit did not look at timeliness at all this year."),
    ("INT_MANAGER", "Managers do not use the weekly data on unallocated work."),
)
GOOD_WORK = "The practitioner's direct work helped the child say what they wanted (case {n})."


def _area_sentences(path: Path, late: int, figures: int) -> list[Sentence]:
    """One area, judged to require improvement: `late` cases held up by delay, `figures`
    records against its use of performance information, every case's direct work good."""
    s = Small(path)
    for k in range(5):
        case = s.case()
        s.ev(case, ["QP5"], "strength", GOOD_WORK.format(n=k + 1))
        if k < late:
            s.ev(case, ["QP1"], "development", f"{LATE[k]} (case {k + 1}).")
    for source, text in FIGURES[:figures]:
        s.about_area("6", ["LG3"], "development", text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    area = next(sec for sec in report.sections if sec.kind == "area")
    return [x for p in area.paragraphs for x in p.sentences]


def _first(said: list[Sentence], crit: str) -> int:
    return next(k for k, x in enumerate(said) if crit in x.criteria and x.role == "claim")


def test_the_deciding_weakness_comes_before_a_lesser_leadership_point(tmp_path: Path) -> None:
    """Delay in five of five cases, one performance report against: delay first."""
    said = _area_sentences(tmp_path / "a.db", late=5, figures=1)
    assert _first(said, "QP1") < _first(said, "LG3"), [x.text for x in said]


def test_a_weightier_leadership_point_still_opens(tmp_path: Path) -> None:
    """The check can fail: five records against the use of performance information and
    delay in two cases: the leadership point opens, as before."""
    said = _area_sentences(tmp_path / "b.db", late=2, figures=5)
    assert _first(said, "LG3") < _first(said, "QP1"), [x.text for x in said]
