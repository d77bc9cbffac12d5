"""Issue 15, kf25: tester 24's A2 (the rest).  A key finding says what its evidence is
about: "In most of the cases ... in Area 8, the advice the court receives is not good
enough" rested on notes saying the safeguarding letters reached the court late, which
the general wording reads as poor advice.

On kf25's hand-written inspection (`kf25_inspection.py`): five of Brindle's (Area 7)
private law cases are against on the advice to the court, four because the letter
reached the court late, one because it says nothing of what the checks mean.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Sentence
from tests.export import kf25_inspection


def _findings(tmp_path: Path, all_late: bool = False) -> list[Sentence]:
    s = kf25_inspection.build(tmp_path / "kf25.db", all_late=all_late)
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "summary")
    return [x for p in sec.paragraphs for x in p.sentences]


def _advice(findings: list[Sentence]) -> str:
    said = [x.text for x in findings if x.criteria == ["SW2"]]
    assert len(said) == 1, [x.text for x in findings]
    return said[0]


def test_a_finding_on_late_letters_says_they_were_late(tmp_path: Path) -> None:
    text = _advice(_findings(tmp_path))
    assert "Area 7" in text, text
    # Four of the five: the general wording, true of all five, and the lateness counted.
    assert "in four of them, safeguarding letters or reports reach the court late" in text, text


def test_when_every_letter_was_late_the_finding_is_the_lateness(tmp_path: Path) -> None:
    text = _advice(_findings(tmp_path, all_late=True))
    assert "Area 7" in text and text.endswith(
        "safeguarding letters or reports reach the court late."
    ), text
    assert "not good enough" not in text and "of them" not in text, text
