"""Issue 15, session 17 (tester 17's first audit, key finding 3): a law type's key
finding names a reason resting on fewer than the framework's `min_cases` cases with a
view only where no firmer reason is there.

Tester 17's public law finding named initial risk assessment and analysis, each a
weakness in the majority of 25 public law cases, "and direct work with children, a
weakness in all three public law cases": a three-case tally, flagged as a small sample
in its own section, beside two firm reasons.  Session 16 kept "all three" as a reason
(better than a bare grade), and it still is where nothing firmer is.

On inspections written by hand for this test (`kf17_inspection.law_reasons`).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Sentence
from store.store import Store
from tests.export.kf17_inspection import law_reasons


def _public_law_finding(tmp_path: Path, firm: bool) -> Sentence:
    db = tmp_path / "reasons.db"
    law_reasons(db, firm=firm).close()
    with Store.open(db) as store:
        report = draft_report(load(store))
    summary = next(s for s in report.sections if s.kind == "summary")
    found = [s for p in summary.paragraphs for s in p.sentences if "J18-2" in s.basis]
    assert len(found) == 1, [s.text for p in summary.paragraphs for s in p.sentences]
    return found[0]


def test_a_three_case_reason_is_left_out_beside_firm_ones(tmp_path: Path) -> None:
    kf = _public_law_finding(tmp_path, firm=True)
    assert kf.criteria == ["QP3", "QP7"], (kf.criteria, kf.text)
    assert "all three" not in kf.text and "direct work" not in kf.text, kf.text
    assert "QP5" not in kf.basis, kf.basis


def test_a_three_case_reason_is_named_where_nothing_firmer_is(tmp_path: Path) -> None:
    """The same public law cases with only direct work weak (all three cases with a
    view): the finding still gives it as its reason, not a bare grade."""
    kf = _public_law_finding(tmp_path, firm=False)
    assert kf.criteria == ["QP5"], (kf.criteria, kf.text)
    assert "all three" in kf.text, kf.text
