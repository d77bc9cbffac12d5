"""Issue 15, kf32 (tester 31's A17): national leadership graded requires improvement read
"is not yet consistently good, although of the four aspects of its work that inspectors
evaluated, three are strengths and one is a weakness", then praise, with no marker and no
warning: its section has no findings on practice in cases, so the grade check never ran.

On kf32's service (`kf32_inspection`) with national notes of `kf32_leaders`:
- `THIN` (five notes behind four aspects, three strengths): the opening counts what is
  not yet good first; the margin says the evidence is too thin to weigh the grade, how
  the aspects lean, and that the grade rests on the lead's judgement; no marker.
- `FIRM` (18 notes, six aspects, every one a strength): the evidence disagrees with the
  grade: a marker, a flag on the strengths, and a warning for the lead.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export.kf32_inspection import build
from tests.export.kf32_leaders import FIRM, THIN, Note


def _report(path: Path, notes: tuple[Note, ...]) -> ReportModel:
    s = build(path, leaders=notes)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _leaders(report: ReportModel) -> Section:
    return next(x for x in report.sections if x.judgement_id == "J18-3")


def test_thin_leadership_evidence_leads_with_what_is_not_yet_good(tmp_path: Path) -> None:
    report = _report(tmp_path / "thin.db", THIN)
    sec = _leaders(report)
    said = [x for p in sec.paragraphs for x in p.sentences]
    first = said[0]
    assert first.role == "headline", said
    text = first.text
    assert "weakness" in text and "strength" in text, text
    assert text.index("weakness") < text.index("strength"), text
    assert "although" not in text, text
    assert "thin evidence" in first.basis and "lead's judgement" in first.basis, first.basis
    assert "small sample" in first.flags, first.flags
    assert not any(x.role == "marker" for x in said), [x.text for x in said]


def test_strengths_dominating_a_grade_requiring_improvement_are_marked(tmp_path: Path) -> None:
    report = _report(tmp_path / "firm.db", FIRM)
    sec = _leaders(report)
    said = [x for p in sec.paragraphs for x in p.sentences]
    markers = [x for x in said if x.role == "marker"]
    assert len(markers) == 1, [x.text for x in said]
    assert "disagrees with the grade" in markers[0].flags
    assert "strengths dominate" in markers[0].text, markers[0].text
    assert any("disagrees with the grade" in x.flags for x in said if x.direction == "for")
    assert any(sec.heading in w and "disagrees with the grade" in w for w in report.warnings), (
        report.warnings
    )


def test_every_aspect_a_strength_is_not_mostly_good(tmp_path: Path) -> None:
    # Tester 32's F9: "is mostly good: of the nine aspects ..., all nine are strengths".
    s = build(tmp_path / "good.db", leaders=FIRM, grades={"J18-3": "good"})
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    first = _leaders(report).paragraphs[0].sentences[0]
    # kf34: with no weakness, it opens on what leaders do best, the count in its comment.
    assert first.role == "headline" and "is good, and at its strongest in" in first.text, first.text
    assert "6 strengths, 0 mixed, 0 weaknesses" in first.basis, first.basis
    assert "mostly" not in first.text, first.text
