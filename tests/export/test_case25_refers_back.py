"""An area's main failure is never a word its notes use to refer back to something they
named before (tester 25's A3: Area 10's "In four of the 12 cases sampled in Area 10, the
actions had not been reviewed", from notes on supervision whose actions were never
reviewed: whose actions, the sentence did not say).  On the hand-written Loxley
(`tests.export.case25_inspection.build_targets`): five of ten cases whose notes say
"the targets" of supervision were never checked.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export import case25_inspection as insp


def test_a_word_referring_back_is_not_named_as_the_failure(tmp_path: Path) -> None:
    s = insp.build_targets(tmp_path / "i.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    [area] = [x for x in report.sections if x.kind == "area"]
    said = [x.text for p in area.paragraphs for x in p.sentences]
    assert not [t for t in said if "targets had not been" in t], said
