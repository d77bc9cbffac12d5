"""Issue 15, kf29: an outstanding law type's key finding gave only a tally ("a strength in
all of the cases inspectors could assess").  Where a law type's practice is judged
outstanding, the finding on its strengths is followed by an example of what the practice
did for a child, from a note that says so; nothing where no note does (`kfimpact.py`).

On kf29's hand-written service (`kf29_inspection.service`): with `impact`, six private
law cases have a second note on the child's wishes saying what the work did for the
child ("..., and as a result the children's own views shaped the plan").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exporters.draft import draft_report, load
from exporters.model import Paragraph
from tests.export.kf29_inspection import IMPACT, service


def _findings(tmp_path: Path, **kw: Any) -> list[Paragraph]:
    s = service(tmp_path / "kf29.db", **kw)
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "summary")
    return [p for p in sec.paragraphs if p.sentences and p.sentences[0].role != "fixed"]


def _on_wishes(found: list[Paragraph]) -> Paragraph:
    return next(p for p in found if "QP3" in p.sentences[0].criteria)


def test_outstanding_practice_is_shown_by_what_it_did_for_a_child(tmp_path: Path) -> None:
    finding = _on_wishes(_findings(tmp_path, impact=True))
    texts = [s.text for s in finding.sentences]
    examples = [s for s in finding.sentences if s.role == "example"]
    assert examples, texts
    said = examples[0].text.lower()
    # One of the notes saying what the work did for the child, in its own words.
    assert any(note.lower().rstrip(".")[4:] in said for note in IMPACT), texts
    assert examples[0].evidence_ids, examples[0]


def test_a_good_law_types_finding_stays_as_it_was(tmp_path: Path) -> None:
    finding = _on_wishes(_findings(tmp_path, impact=True, private="good", overall="good"))
    assert [s.role for s in finding.sentences] == ["claim"], [s.text for s in finding.sentences]


def test_nothing_is_said_where_no_note_says_what_the_work_did(tmp_path: Path) -> None:
    finding = _on_wishes(_findings(tmp_path))
    assert [s.role for s in finding.sentences] == ["claim"], [s.text for s in finding.sentences]
