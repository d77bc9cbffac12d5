"""A key finding is headed "safeguarding" only where it is about keeping children safe
(tester 18: letters to children, in the framework's group on safeguarding and promoting
welfare, were headed "Safeguarding practice is not yet strong enough", which a reader
takes as child protection).  On inspections written by hand
(`tests.export.case19_inspection.widely_weak`): information for the child falling short
in 16 of 24 cases, or keeping the child safe falling short in as many.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.case19_inspection import widely_weak

HEADINGS = ("Safeguarding practice", "The response to risks to children")


def _key_finding(path: Path, criterion: str) -> Sentence:
    s = widely_weak(path, criterion)
    report: ReportModel = draft_report(load(s.store))
    s.close()
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    said = [x for p in summary.paragraphs for x in p.sentences if criterion in x.criteria]
    assert len(said) == 1, [x.text for x in said]
    return said[0]


def test_letters_to_children_are_not_headed_safeguarding(tmp_path: Path) -> None:
    kf = _key_finding(tmp_path / "letters.db", "SW4")
    assert not kf.text.startswith(HEADINGS), kf.text
    assert "information and support" in kf.text, kf.text
    assert "the majority of the cases" in kf.text, kf.text


def test_keeping_children_safe_is_headed_safeguarding(tmp_path: Path) -> None:
    kf = _key_finding(tmp_path / "safety.db", "SW1")
    assert kf.text.startswith(HEADINGS), kf.text
    assert "not yet" in kf.text or "not consistent" in kf.text, kf.text
