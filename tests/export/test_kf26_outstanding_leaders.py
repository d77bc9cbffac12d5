"""An outstanding national leadership opens in the grade's own terms, naming what its
notes show leaders did, not by counting aspects (tester 25's A5: "The leadership of
Cafcass is consistently strong: of the 16 aspects of its work that inspectors
evaluated, 14 are strengths, ..." where the board's scrutiny and the use of performance
information were strengths on three notes each).  kf26's hand-written inspection
(`kf26_inspection.leadership`): the board's scrutiny on three notes tagged with leaders'
priorities, performance information on three, managers' grip both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from tests.export.kf26_inspection import leadership


@pytest.mark.parametrize("framework", ["cafcass-2013", "cafcass-2018", "cafcass-2021"])
def test_outstanding_leadership_opens_on_what_leaders_did(tmp_path: Path, framework: str) -> None:
    s = leadership(tmp_path / "k.db", framework)
    report = draft_report(load(s.store))
    s.close()
    jid = {"cafcass-2013": "J13-3", "cafcass-2018": "J18-3", "cafcass-2021": "J21-3"}[framework]
    sec = next(x for x in report.sections if x.judgement_id == jid)
    first = sec.paragraphs[0].sentences[0]
    assert first.role == "headline", first
    assert "aspects" not in first.text, first.text
    assert "board" in first.text and "performance" in first.text, first.text
    # What it rests on is in the comment: the board's notes and the performance records.
    assert "its notes speak of the board's oversight of leaders" in first.basis, first.basis
    # The body states both strengths it names.
    body = [x.text for p in sec.paragraphs for x in p.sentences[1:] if x.role == "claim"]
    assert any("board's oversight" in t for t in body), body
    assert any("performance information" in t for t in body), body
