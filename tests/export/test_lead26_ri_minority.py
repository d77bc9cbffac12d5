"""Requires improvement is "not yet good": a quality-of-practice section whose
weaknesses sit in a material minority of its cases (about a fifth of its findings on
practice, on several aspects) is no contradiction of that grade, and gets no "[Check
before use ...]" marker (tester 26, F10's rest: 21% of findings against, children not
seen alone, analysis and oversight weak in 12 to 19 of 70 cases).  Strengths that
dominate, with weaknesses in a small number only, still dispute it.  A hand-written
2013 inspection; every note written for this test."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import Small

GOOD = {
    "QP3": "The child's wishes are set out in her own words and weighed in the report.",
    "QP7": "The report weighs each option against the child's needs before it recommends.",
    "QP8": "The child was seen alone twice, at school and at home, before the report.",
    "QPN4": "The manager's note at allocation names the risks and when to review them.",
    "QP11": "The record is up to date and says why each decision was taken.",
}
POOR = {
    "QP3": "Nothing on the file says what the child wants.",
    "QP7": "The report lists what each parent said and gives no view of the risks.",
    "QP8": "The child was seen once, with her mother in the room.",
    "QPN4": "No manager has signed or commented on the file since allocation.",
    "QP11": "The record stops three weeks before the hearing.",
}


def _build(path: Path, weak: dict[str, int]) -> list[str]:
    """The quality of practice section's markers, with `weak` cases of 20 against on each
    criterion named (the rest strong)."""
    s = Small(path, areas=[("3", "Wexcombe", True)], framework="cafcass-2013")
    for k in range(20):
        case = s.case(area="3", law="PRIVATE")
        for crit in GOOD:
            poor = k < weak.get(crit, 0)
            s.ev(case, [crit], "development" if poor else "strength",
                 POOR[crit] if poor else GOOD[crit])  # fmt: skip
    s.judge("J13-2", "requires-improvement", rationale="Weaknesses in a minority of cases.")
    report = draft_report(load(s.store))
    s.close()
    section = next(sec for sec in report.sections if sec.judgement_id == "J13-2")
    return [x.text for p in section.paragraphs for x in p.sentences if x.text.startswith("[Check")]


def test_weaknesses_in_a_material_minority_do_not_dispute_requires_improvement(
    tmp_path: Path,
) -> None:
    # 21 of 100 findings against: seeing children 6, analysis 6, oversight 5, records 4.
    weak = {"QP8": 6, "QP7": 6, "QPN4": 5, "QP11": 4}
    assert _build(tmp_path / "minority.db", weak) == []


def test_strengths_that_dominate_still_dispute_requires_improvement(tmp_path: Path) -> None:
    # 5 of 100 findings against: a small number, on two aspects.
    markers = _build(tmp_path / "strong.db", {"QP8": 3, "QP7": 2})
    assert len(markers) == 1 and "strengths outweigh weaknesses" in markers[0], markers
