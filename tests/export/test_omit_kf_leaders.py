"""Issue 15, the session-9 tester's draft (key finding S3): "The use of performance
information comes out poorly in board papers" was the leadership's key finding, while
the weakness the notes held most (leaders slow to act on one area's decline, on more
notes) was in none.  A key finding about the national leadership rests on more than one
record and, of the points going its grade's way, states the one with the most evidence.

Inspections written by hand here (`tests.export.small`).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.words import words
from exporters.model import ReportModel, Sentence
from store.framework import load_framework
from tests.export.small import Small

FW = load_framework("cafcass-2018")
SLOW = (
    (
        "INT_MANAGER",
        "The national team took up the problems in Riverside only in October, "
        "months after the head of practice left.",
    ),
    (
        "BOARD_PAPERS",
        "The performance committee noted Riverside's decline twice but set no plan to improve it.",
    ),
    (
        "INT_JUDICIARY",
        "The family judge said leaders heard about Riverside in spring and "
        "nothing changed before autumn.",
    ),
    ("INT_MANAGER", "The director could not say who was accountable for turning Riverside around."),
)
FIGURES = (
    (
        "BOARD_PAPERS",
        "Board minutes record a dip in timeliness with the action 'keep under "
        "review' and nothing more.",
    ),
    ("PERF_DATA", "Four areas file reports late, and the national data do not analyse why."),
)


def _report(path: Path, slow: int) -> ReportModel:
    """Judged to require improvement, leaders too: two national notes against the use
    of performance information, `slow` against managers' tackling of poor practice."""
    s = Small(path, areas=[("3", "Moorland", True), ("6", "Riverside", True)])
    for code in ("3", "6"):
        s.cases_noted(code, 3, weak={"QP11"})
    for source, text in FIGURES:
        s.national(["LG3"], "development", text, source)
    for source, text in SLOW[:slow]:
        s.national(["LG4"], "development", text, source)
    if slow:  # each area's own managers praised: the point is not all one way
        s.about_area("3", ["LG4"], "strength", "The head of practice knows every unallocated "
                     "case and meets the team weekly about them.", "INT_MANAGER")  # fmt: skip
        s.about_area("6", ["LG4"], "strength", "The service manager audits two files a month "
                     "with each practitioner and follows up the actions.", "QA_AUDIT")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    for code in ("3", "6"):
        s.judge("J18-4A", "requires-improvement", area=code)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _leaders(report: ReportModel) -> list[Sentence]:
    """The key findings' sentences about the leadership's criteria (LG3, LG4)."""
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    return [s for p in summary.paragraphs for s in p.sentences
            if {"LG3", "LG4"} & set(s.criteria)]  # fmt: skip


def _noun(crit: str) -> str:
    return words().criterion(FW, crit).noun


def test_the_leadership_finding_states_the_point_with_most_evidence(tmp_path: Path) -> None:
    """Four notes on leaders slow to tackle one area's decline (and one area's manager
    praised), two on performance figures: the key finding states the first, on more
    than one record, and never as "largely a weakness, though with some strengths"."""
    said = _leaders(_report(tmp_path / "a.db", slow=4))
    assert said, "no key finding about the leadership"
    assert any("LG4" in s.criteria for s in said), [s.text for s in said]
    assert any(_noun("LG4") in s.text or "oversight" in s.text for s in said), [
        s.text for s in said
    ]
    for s in said:
        assert len(s.evidence_ids) > 1, (s.text, s.evidence_ids)
        assert s.direction == "against" and "strength" not in s.text, s.text


def test_with_less_evidence_the_other_point_leads(tmp_path: Path) -> None:
    """The check can fail: with no note on leaders' tackling of poor practice, the
    performance figures (two notes) are the leadership's key finding."""
    said = _leaders(_report(tmp_path / "b.db", slow=0))
    assert said and all("LG4" not in s.criteria for s in said), [s.text for s in said]
    assert any("LG3" in s.criteria for s in said), [s.text for s in said]
