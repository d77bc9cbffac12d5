"""Issue 15, kf30 (task 1): an inadequate judgement reads as inadequate.

On kf30's hand-written 2021 service (`kf30_inspection.build`): public law inadequate
(concerns for children's safety not acted on in nine of its 12 cases, weak in most of
them on most points, in every area; one note says a girl was left at risk for a month),
private law requiring improvement, leaders unaware of public law's weaknesses.  Before:
the public law finding came after the weakest practice, behind private law's bare grade,
saying only that its weaknesses "include" two points; nothing said what the practice
meant for a child; the leaders' finding opened on their plan and said they did not know
public law's weaknesses "well enough"; the public law section opened on a stock line that
named no failing of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exporters.draft import draft_report, load
from exporters.model import Paragraph, ReportModel
from tests.export.kf30_inspection import HARMED, UNSAFE, build


def _report(tmp_path: Path, **kw: Any) -> ReportModel:
    s = build(tmp_path / "kf30.db", **kw)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _findings(report: ReportModel) -> list[Paragraph]:
    sec = next(x for x in report.sections if x.kind == "summary")
    return [p for p in sec.paragraphs if p.sentences]


def _against(p: Paragraph) -> bool:
    return next(s for s in p.sentences if s.role == "claim").direction == "against"


def _text(p: Paragraph) -> str:
    return " ".join(s.text for s in p.sentences)


def test_the_inadequate_law_type_leads_its_grade_finding_and_says_how_widespread(
    tmp_path: Path,
) -> None:
    found = _findings(_report(tmp_path))
    texts = [_text(p) for p in found]
    k = next(k for k, t in enumerate(texts) if "public law is judged to be inadequate" in t)
    said = texts[k]
    # Public law's grade in a finding of its own, before private law's (kf31, tester 30),
    # and said as widespread (most points, every area).
    assert "private law" not in said, said
    assert k < next(n for n, t in enumerate(texts) if "private law is judged" in t), texts
    assert "widespread" in said and "every area visited" in said, said
    # The first finding of all (kf31: the worst judgement first), before any strength.
    assert k == 0, texts


def test_what_the_weak_practice_meant_for_a_child_is_said(tmp_path: Path) -> None:
    report = _report(tmp_path)
    weak = [p for p in _findings(report) if _against(p)]
    examples = [s for p in weak for s in p.sentences if s.role == "example"]
    assert examples, [_text(p) for p in weak]
    # A note saying a child was left at risk, in its own words, traced to it.
    said = examples[0].text
    assert "left at risk" in said, said
    assert any(UNSAFE[n].split(",")[0][4:].lower() in said.lower() for n in HARMED), said
    assert examples[0].evidence_ids, examples[0]


def test_no_impact_is_said_where_no_note_records_one(tmp_path: Path) -> None:
    report = _report(tmp_path, harm=False)
    weak = [p for p in _findings(report) if _against(p)]
    assert not [s for p in weak for s in p.sentences if s.role == "example"], [
        _text(p) for p in weak
    ]


def test_leaders_unaware_of_an_inadequate_law_types_weaknesses_are_said_so_first(
    tmp_path: Path,
) -> None:
    found = _findings(_report(tmp_path))
    said = next(_text(p) for p in found if "impact of leaders" in _text(p))
    assert "Leaders do not know the weaknesses in public law practice" in said, said
    assert "well enough" not in said, said
    # The plan (for private law) comes after, never leading.
    assert said.index("do not know") < said.index("plan"), said


def test_the_inadequate_section_opens_on_its_failing(tmp_path: Path) -> None:
    report = _report(tmp_path)
    sec = next(x for x in report.sections if x.judgement_id == "J21-2")
    first = [p for p in sec.paragraphs if p.sentences][0].sentences[0].text
    assert "concerns for children's safety are too often not acted on" in first, first


def test_a_law_type_requiring_improvement_keeps_its_words(tmp_path: Path) -> None:
    """Public law requiring improvement too: no "widespread", the leaders' finding as before."""
    grades = {"J21-1": "requires-improvement", "J21-2": "requires-improvement",
              "J21-3": "requires-improvement"}  # fmt: skip
    texts = [_text(p) for p in _findings(_report(tmp_path, grades=grades))]
    law = next(t for t in texts if "public law is judged" in t)
    assert "widespread" not in law and "include" in law, law
    leaders = next(t for t in texts if "impact of leaders" in t)
    assert "well enough" in leaders, leaders
