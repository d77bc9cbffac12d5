"""The key findings' count of the safeguarding concerns inspectors escalated, after a
finding said of one law type, is counted by law type, that one first (tester 25's F12:
"Inspectors found safeguarding concerns in 10 cases ..." after the private law finding,
whose section says eight, the public law section two).  kf26's hand-written inspection:
three private law cases and one public law case escalated; the safeguarding weakness is
private law's."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from tests.export.kf26_inspection import build


@pytest.mark.parametrize("framework", ["cafcass-2013", "cafcass-2021"])
def test_escalations_after_a_law_types_finding_are_counted_by_law_type(
    tmp_path: Path, framework: str
) -> None:
    s = build(tmp_path / "k.db", framework)
    report = draft_report(load(s.store))
    s.close()
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    sentences = [x for p in summary.paragraphs for x in p.sentences]
    first = next(x for x in sentences if x.role == "claim" and "SW1" in x.criteria)
    assert "private law cases" in first.text, first.text
    esc = [x for x in sentences if "needed senior managers' attention" in x.text]
    assert len(esc) == 1, [x.text for x in sentences]
    assert "in three private law cases and one public law case that" in esc[0].text, esc[0].text
    # In the same finding as the private law sentence, after it (and after where its
    # cases are: `test_kf26_where`).
    para = next(p for p in summary.paragraphs if first in p.sentences)
    assert esc[0] in para.sentences[para.sentences.index(first) + 1 :]
