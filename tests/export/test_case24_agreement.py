"""Whose records about an area say the same as its main shortfall agree with their verb
(tester 24's A11: "Performance information in Area 8 tell the same story.").  On the
hand-written `tests.export.case24_inspection` Tarnfield (2013 framework, ungraded):
plans out of date in seven of ten cases, and the area's performance figures, one source
named in the singular, say so too.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from tests.export import case24_inspection as insp


def test_one_source_named_in_the_singular_takes_a_singular_verb(tmp_path: Path) -> None:
    s = insp.build_story(tmp_path / "s.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    area = next(x for x in report.sections if x.kind == "area")
    agree = [x.text for p in area.paragraphs for x in p.sentences if "the same" in x.text]
    assert len(agree) == 1, [x.text for p in area.paragraphs for x in p.sentences]
    assert agree[0].startswith("Performance information in Area 76 "), agree[0]
    assert re.search(r"\b(says|tells) the same\b", agree[0]), agree[0]
