"""Issue 15 (kf17's note on tester 12): the key finding on safeguarding agrees with each
law type's section.  Tester 12's said "in many of the cases inspectors could assess,
concerns for the child's safety are not dealt with well enough" (16 of 40) while the
private law section said the majority of its cases deal with them well (14 for, five
against): 11 of the 16 cases against were public law, less than the three quarters
that made a weakness one law type's, so the finding gave a share of all the cases.

A safeguarding weakness is now said of the law type holding most of its cases against
where every other law type's own cases lean the other way, as their sections say it:
with that law type's own share where its cases lean against, as inconsistent where
they split about evenly.  Checked by the reader's check (`kf_agree`), on inspections
written by hand for this test (`kf18_inspection.safeguarding_lean`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.kf18_inspection import safeguarding_lean
from tests.export.kf_agree import disagreements


def _draft(path: Path, **kw: Any) -> ReportModel:
    safeguarding_lean(path, **kw).close()
    with Store.open(path) as store:
        return draft_report(load(store))


def _safeguarding(report: ReportModel) -> list[Sentence]:
    sec = next(s for s in report.sections if s.kind == "summary")
    return [s for p in sec.paragraphs for s in p.sentences if "SW1" in s.criteria]


def test_a_weakness_leaning_one_law_type_is_said_of_it(tmp_path: Path) -> None:
    report = _draft(tmp_path / "lean.db")
    said = _safeguarding(report)
    assert len(said) == 1, [s.text for s in said]
    text = said[0].text
    # Public law's own share (nine of 12: "most of the"), never one of all 24 cases.
    assert "public law cases" in text, text
    assert "most of the public law cases" in text, text
    assert disagreements(report) == []


def test_an_even_split_in_one_law_type_is_said_as_inconsistent_there(tmp_path: Path) -> None:
    """Public law six against and six for, private law four against and eight for: six
    of the 10 cases against are public law (less than three quarters), and public law's
    own cases split evenly."""
    report = _draft(tmp_path / "even.db", public_against=6, private_against=4)
    said = _safeguarding(report)
    assert len(said) == 1, [s.text for s in said]
    assert said[0].text.startswith("In public law, "), said[0].text
    assert "inconsistent" in said[0].text, said[0].text
    assert disagreements(report) == []


def test_a_weakness_both_law_types_share_is_said_of_all_cases(tmp_path: Path) -> None:
    """Control: private law's own cases lean against too (seven of 12), so the weakness
    is the whole service's, said of all the cases."""
    report = _draft(tmp_path / "both.db", public_against=9, private_against=7)
    said = _safeguarding(report)
    assert len(said) == 1, [s.text for s in said]
    assert "law" not in said[0].text, said[0].text
    assert disagreements(report) == []


def test_a_law_type_judged_inadequate_reads_inadequate(tmp_path: Path) -> None:
    """The same evidence as the first test with public law judged inadequate: the
    finding says safeguarding practice is not good enough, not that it is "not yet
    strong enough" (the words of a grade requiring improvement); since kf31 (tester 30),
    as the inadequate judgement's main reason, in the first finding's first sentence."""
    report = _draft(tmp_path / "inadequate.db", public_grade="inadequate")
    said = [s for s in _safeguarding(report) if s.direction == "against"]
    assert len(said) == 1, [s.text for s in said]
    text = said[0].text
    assert "most of the public law cases" in text, text
    assert "not yet" not in text and "consistent" not in text, text
    assert text.startswith("Practice in public law is judged to be inadequate: "), text


def test_an_even_split_in_a_law_type_judged_inadequate_is_not_good_enough(
    tmp_path: Path,
) -> None:
    """Public law six against and six for, judged inadequate: half its cases failing is
    said as not good enough, not as "inconsistent"; the reader's check still finds the
    finding in step with the public law section (both give about half)."""
    report = _draft(tmp_path / "even.db", public_against=6, public_grade="inadequate")
    said = _safeguarding(report)
    assert len(said) == 1, [s.text for s in said]
    text = said[0].text
    assert text.startswith("In public law, ") and "not good enough" in text, text
    assert "inconsistent" not in text, text
    assert disagreements(report) == []
