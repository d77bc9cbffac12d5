"""The key finding on an area graded inadequate names its main failings by weight
(tester 25's A2: Area 7 failed every one of its 12 cases on analysis, seeing children
and managers' oversight on the file, and its records put agency staff at 38%; the
finding named analysis and seeing children only, the oversight cut by its criterion id
and the staffing left out).  kf26's hand-written inspection, 2018: Beck (Area 4),
inadequate, against in all eight of its cases on case recording, seeing children and
management oversight, and its own records show weaknesses in its workforce."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.kf26_inspection import build


def test_an_inadequate_areas_finding_names_every_failing_of_equal_weight(tmp_path: Path) -> None:
    s = build(tmp_path / "k.db", "cafcass-2018")
    report = draft_report(load(s.store))
    s.close()
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    found = [x for p in summary.paragraphs for x in p.sentences if "Area 4" in x.text]
    assert len(found) == 1, [x.text for p in summary.paragraphs for x in p.sentences]
    text = found[0].text
    # The three points with eight cases against each, none cut by the order of their ids.
    for noun in ("case recording", "seeing children", "management oversight on children's files"):
        assert noun in text, text
    assert {"QP8", "QP11", "QPN4"} <= set(found[0].criteria), found[0].criteria
    # What its own records about the service show, after its cases' points.
    assert "its own records also show weaknesses in" in text, text
    assert "Area 4's own records: 0 strength and 2 development records" in found[0].basis
