"""Tester 21's A10: in an area requiring improvement, two weakness sentences in a row each
ended "In one of these cases, this was a safeguarding concern, which inspectors escalated
to senior managers.", word for word, of two different cases: it read as a copy-paste
slip.  The second now says its case's concern as a further one.  The inspection is
voice21's hand-written one with two more Cinder Vale cases written for this test."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from exporters.draft import draft_area, load
from tests.export.voice21_inspection import build_escalated


def test_a_second_escalation_is_said_as_a_further_one(tmp_path: Path) -> None:
    s = build_escalated(tmp_path / "v.db")
    try:
        report = draft_area(load(s.store), "73")
    finally:
        s.close()
    texts = [x.text for sec in report.sections for p in (*sec.intro, *sec.paragraphs)
             for x in p.sentences]  # fmt: skip
    said = [t for t in texts if "safeguarding concern" in t and "escalated" in t]
    assert len(said) >= 2, texts
    # No sentence of the section twice, and the later concern said as a further one.
    assert not [t for t, n in Counter(texts).items() if n > 1], texts
    assert any("also carried a safeguarding concern" in t or "This too was" in t for t in said)
