"""An area's main failure keeps "alone" after "not seen": a child seen, but never on
their own, is not a child who was not seen (tester 24's Area 8: four notes "Child not
seen alone; the FCA saw her with mum in the room" were said "the child had not been
seen").  On the hand-written Holt (`tests.export.case25_inspection.build_not_alone`):
five of its ten children seen but never alone, said five ways.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export import case25_inspection as insp


def test_a_child_seen_but_not_alone_is_said_so(tmp_path: Path) -> None:
    s = insp.build_not_alone(tmp_path / "i.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    [area] = [x for x in report.sections if x.kind == "area"]
    said = [x for p in area.paragraphs for x in p.sentences if x.role == "claim"]
    [failure] = [x for x in said if "five of the 10 cases sampled" in x.text]
    assert "had not been seen alone" in failure.text, failure.text
