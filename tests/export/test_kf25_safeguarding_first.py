"""Issue 15, kf25: tester 24's A5.  The README: "Safeguarding weaknesses ... come first in
the key findings and in what needs to improve."  On tester 24's strong service the
finding on the five concerns escalated was the last of nine, and the point on
following up concerns came after the one on the advice to the court.

On kf25's hand-written inspection (`kf25_inspection.py`), a strong service whose key
findings lead with its strengths: safeguarding concerns are not followed up in three
of its 24 cases (one escalated), and the advice to the court falls short in five of
Brindle's cases, more cases against but not about keeping children safe.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Paragraph, ReportModel
from tests.export import kf25_inspection


def _report(tmp_path: Path) -> ReportModel:
    s = kf25_inspection.build(tmp_path / "kf25.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _bullets(report: ReportModel, kind: str) -> list[Paragraph]:
    sec = next(x for x in report.sections if x.kind == kind)
    return [p for p in sec.paragraphs if p.sentences and p.sentences[0].role != "fixed"]


def test_the_safeguarding_finding_follows_a_strong_services_strengths(tmp_path: Path) -> None:
    """Three of 24 cases is a small shortfall in a service whose private law practice is
    outstanding (kf29, tester 28): the summary opens on the strengths, and the finding on
    following up concerns, with the concern escalated, comes after them."""
    bullets = _bullets(_report(tmp_path), "summary")
    assert bullets[0].sentences[0].direction == "for", bullets[0].sentences[0].text
    safety = [p for p in bullets if p.sentences[0].criteria == ["SW1"]]
    assert safety, [p.sentences[0].text for p in bullets]
    first = " ".join(s.text for s in safety[0].sentences)
    assert "safeguarding concerns" in first and "escalated" in first, first
    # Within the finding, keeping children safe before the advice to the court.
    texts = [s.text for s in safety[0].sentences]
    advice = [k for k, t in enumerate(texts) if "advice the court receives" in t]
    assert not advice or advice[0] > 0, texts


def test_following_up_concerns_is_the_first_point_to_improve(tmp_path: Path) -> None:
    points = [p.sentences[0] for p in _bullets(_report(tmp_path), "improve")]
    assert points[0].criteria == ["SW1"], [x.text for x in points]
    assert "Follow up every safeguarding concern" in points[0].text, points[0].text
    # The advice to the court, in the framework's group on safeguarding, next.
    assert points[1].criteria == ["SW2"], [x.text for x in points]
