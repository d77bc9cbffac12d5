"""A law section's sentence on a subject counts every case it names: where a case's
notes on it go both ways, the sentence says so, so the counts add up (tester 19, A6:
"good in 21 of the 24 cases ..., although in two it is not" left one case unexplained).
On kf18's hand-written inspection, with one case given notes both ways here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from store.store import Store
from tests.export.kf18_inspection import SUBJECT_GOOD, SUBJECT_WEAK, subjects


def _private_law(path: Path, mixed: bool) -> list[str]:
    s = subjects(path)
    if mixed:
        case = s.case(law="PRIVATE")
        s.ev(case, SUBJECT_WEAK[0][0], "development", SUBJECT_WEAK[0][1])
        s.ev(case, SUBJECT_GOOD[0][0], "strength", SUBJECT_GOOD[0][1])
    s.close()
    with Store.open(path) as store:
        report = draft_report(load(store))
    sec = next(x for x in report.sections
               if x.kind == "judgement" and "private law practice" in x.heading)  # fmt: skip
    return [x.text for p in sec.paragraphs for x in p.sentences
            if x.basis.startswith("Notes naming")]  # fmt: skip


def test_a_case_with_notes_both_ways_is_said(tmp_path: Path) -> None:
    said = _private_law(tmp_path / "mixed.db", mixed=True)
    assert len(said) == 1, said
    assert "11 private law cases" in said[0], said
    assert "not good enough in seven" in said[0] and "good in three" in said[0], said
    assert said[0].endswith("; in one the evidence on it is mixed."), said


def test_no_word_of_mixed_evidence_where_every_case_goes_one_way(tmp_path: Path) -> None:
    said = _private_law(tmp_path / "plain.db", mixed=False)
    assert len(said) == 1 and "mixed" not in said[0], said
