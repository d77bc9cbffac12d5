"""Issue 15, kf31 (task 3; tester 30's leftovers, and kf30's): on kf31's hand-written weak
service (`kf31_inspection`).

- Private law, requiring improvement beside public law judged inadequate, read "Practice
  in private law is judged to require improvement." and "[Add the main reasons for this
  grade.]", though its own cases show weaknesses in a material minority of them (initial
  risk assessment and following up safeguarding concerns, five of 12 each).
- The leadership section said leaders "do not know well enough where the service falls
  short in public law", the softer words of a grade requiring improvement, with public law
  judged inadequate.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export.kf31_inspection import build


def _report(tmp_path: Path, **kw: object) -> ReportModel:
    s = build(tmp_path / "kf31.db", **kw)  # type: ignore[arg-type]
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _texts(sec: Section) -> list[str]:
    return [x.text for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def _summary(report: ReportModel) -> list[str]:
    return _texts(next(x for x in report.sections if x.kind == "summary"))


def test_a_law_type_requiring_improvement_gives_its_minority_reasons(tmp_path: Path) -> None:
    texts = _summary(_report(tmp_path))
    private = next(t for t in texts if t.startswith("Practice in private law is judged"))
    assert "the weaknesses inspectors found include" in private, texts
    assert "initial risk assessment" in private and "safeguarding concerns" in private, private
    assert not any(t.startswith("[Add the main reasons") for t in texts), texts


def test_a_point_another_finding_says_is_not_a_reason_again(tmp_path: Path) -> None:
    # Seven of 12 private law cases fail on safeguarding: the second finding says so.
    texts = _summary(_report(tmp_path, unfollowed=(0, 1, 2, 3, 5, 7, 10)))
    private = next(t for t in texts if t.startswith("Practice in private law is judged"))
    assert "initial risk assessment" in private and "safeguarding" not in private, texts
    assert sum("private law cases inspectors could assess, safeguarding" in t for t in texts) == 1


def _leaders(report: ReportModel) -> list[str]:
    return _texts(next(x for x in report.sections if x.judgement_id == "J21-3"))


def test_leaders_not_knowing_an_inadequate_law_type_is_said_plainly(tmp_path: Path) -> None:
    said = _leaders(_report(tmp_path))
    assert any("leaders do not know where the service falls short in public law" in t for t in said), said  # fmt: skip
    assert not any("well enough where" in t for t in said), said


def test_well_enough_stays_where_the_law_type_requires_improvement(tmp_path: Path) -> None:
    grades = {"J21-1": "requires-improvement", "J21-2": "requires-improvement",
              "J21-3": "requires-improvement"}  # fmt: skip
    said = _leaders(_report(tmp_path, grades=grades))
    assert any("do not know well enough where the service falls short in public law" in t for t in said), said  # fmt: skip
