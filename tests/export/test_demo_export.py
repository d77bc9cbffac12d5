"""The seed-2018 demo (150 cases) exports cleanly: every visited area has 3 to 6
numbered paragraphs, the check finds nothing, and the body never holds a case ref."""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.export import check_report, scanner_for
from store.store import Store


def test_demo_areas_and_report(demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        data = load(store)
        scanner = scanner_for(store, data)
        refs = {c.ref for c in data.cases}
        for area in [a for a in data.areas if a.visited]:
            model = draft_area(data, area.code)
            assert 3 <= len(model.numbered()) <= 6, area.code
            assert check_report(model, scanner) == []
        report = draft_report(data)
    assert check_report(report, scanner) == []
    words = set(
        re.findall(r"[A-Z0-9][A-Z0-9\-]{2,19}", " ".join(p.text for p in report.paragraphs()))
    )
    assert not words & refs
