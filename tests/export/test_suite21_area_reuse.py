"""An area cut from a whole draft already made of the same data (`document._whole`) is
the area drafted on its own, to the last number and footnote: the options of the draft
it is cut from (the report's footnotes, its numbering) leave no trace in it.  On the
fixed export inspection (tests/export/fixture_data: two visited areas, 24 cases)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from exporters.draft import DraftOptions, document, draft_area, draft_report, load
from store.store import Store


def test_an_area_cut_from_the_report_s_draft_is_the_area_drafted_alone(
    fx_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: Counter[int] = Counter()
    drafted = document._drafted

    def counting(data: Any, options: Any) -> Any:
        made[id(data)] += 1
        return drafted(data, options)

    with Store.open(fx_db) as store:
        alone = {c: draft_area(load(store), c, DraftOptions(start_number=7)) for c in ("6", "13")}
        monkeypatch.setattr(document, "_drafted", counting)
        data = load(store)
        report = draft_report(data, DraftOptions(start_number=3))
        cut = {c: draft_area(data, c, DraftOptions(start_number=7)) for c in ("6", "13")}
    assert list(made.values()) == [1]  # the report's draft, cut twice
    assert report.footnotes  # the draft cut from has footnotes; the areas their own
    for code in ("6", "13"):
        assert cut[code].model_dump() == alone[code].model_dump()
        assert cut[code].paragraphs()[0].number == 7
        assert [f.number for f in cut[code].footnotes] == list(
            range(1, len(cut[code].footnotes) + 1)
        )
