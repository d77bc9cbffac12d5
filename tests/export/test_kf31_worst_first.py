"""Issue 15, kf31 (task 2; tester 30's summary of a weak service): the first key finding
of a service with a law type judged inadequate says that judgement and its main reason
first, in one sentence, and no finding beside it says the failure in the softer words of
a grade requiring improvement.

Tester 30's summary opened "Safeguarding practice is not yet strong enough: in the
majority of the cases ..." while public law was inadequate, and said "Practice in public
law is judged to be inadequate" in the middle of a 100-word bullet after the private law
list.  Here on kf31's hand-written service (`kf31_inspection`): public law inadequate,
its concerns for children's safety not acted on in nine of its 12 cases; private law
requiring improvement, its concerns not followed up in five of 12 (or, `unfollowed`,
seven: a failure across all the cases, as in tester 30's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import Paragraph
from tests.export.kf30_inspection import build as build_kf30
from tests.export.kf31_inspection import build

SOFT = ("not yet", "not consistent", "inconsistent", "require improvement", "requires improvement")
WIDE = (0, 1, 2, 3, 5, 7, 10)  # seven private law cases whose safety concerns were not followed up


def _findings(tmp_path: Path, **kw: object) -> list[Paragraph]:
    s = build(tmp_path / "kf31.db", **kw)  # type: ignore[arg-type]
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "summary")
    return [p for p in sec.paragraphs if any(x.role == "claim" for x in p.sentences)]


@pytest.mark.parametrize("unfollowed", [(0, 2, 5, 7, 10), WIDE], ids=["public", "everywhere"])
def test_the_worst_judgement_and_its_main_reason_come_first(
    tmp_path: Path, unfollowed: tuple[int, ...]
) -> None:
    found = _findings(tmp_path, unfollowed=unfollowed)
    texts = [" ".join(x.text for x in p.sentences) for p in found]
    first = found[0].sentences[0]
    # One sentence: the grade, then the reason, of the inadequate law type's own cases.
    assert first.text.startswith("Practice in public law is judged to be inadequate: "), texts
    assert "public law cases" in first.text and "safeguarding concerns" in first.text, texts
    assert first.text.count(". ") == 0 and "SW1" in first.criteria, first
    # Private law's grade is a finding of its own, after it.
    assert not any("private law" in x.text for x in found[0].sentences), texts
    # Nothing before private law's finding speaks in the words of a grade requiring
    # improvement, nor says the public law point again.
    k = next(n for n, t in enumerate(texts) if "private law is judged" in t)
    softer = [t for t in texts[:k] if any(w in t for w in SOFT)]
    assert not softer, texts
    assert sum("public law cases inspectors could assess, safeguarding" in t for t in texts) == 1


def test_a_failure_across_the_service_is_said_of_the_other_law_type(tmp_path: Path) -> None:
    texts = [" ".join(x.text for x in p.sentences) for p in _findings(tmp_path, unfollowed=WIDE)]
    # Seven of 12 private law cases: said of private law's cases, plainly, second.
    assert texts[1].startswith("In the majority of the private law cases"), texts
    assert "Safeguarding practice" not in " ".join(texts), texts


def test_the_concerns_escalated_stay_when_the_point_moves(tmp_path: Path) -> None:
    """kf30's service: its safeguarding finding said the public law point and the two
    concerns escalated; the point is now the first finding's, the concerns stay."""
    s = build_kf30(tmp_path / "kf30.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "summary")
    texts = [x.text for p in sec.paragraphs for x in p.sentences]
    assert texts[0].startswith("Practice in public law is judged to be inadequate: "), texts
    assert any(t.startswith("Inspectors found safeguarding concerns in two") for t in texts), texts
