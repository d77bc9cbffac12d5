"""Each stakeholder note is weighed once per draft (issue 18: `regard.weigh` was asked
about 35,000 times for one demo draft, each group's notes again for every section, every
views sentence, every quotation looked for).  What a note says (how strongly, what
about) does not change between sections, so a draft reads it once; the test counts the
calls (cache hits included) on a hand-written inspection with stakeholders in every
area and nationally.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from exporters.draft import draft_report, load, regard
from store.store import Store
from tests.export import voice_small
from tests.fixtures.handwritten import build

STAKEHOLDERS = ("INT_JUDICIARY", "INT_LA", "INT_PARTNER")


@pytest.mark.parametrize("name", ["voice_small", "handwritten"])
def test_each_stakeholder_note_is_weighed_once_a_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    db = tmp_path / f"{name}.db"
    if name == "voice_small":
        voice_small.build(db)
    else:
        build(db, Path(__file__).parent / "voice_inspection")
    with sqlite3.connect(db) as con:
        notes = {t for (t,) in con.execute(
            "select text from evidence where source in (?, ?, ?) "
            "and polarity in ('strength', 'development')", STAKEHOLDERS)}  # fmt: skip
    assert len(notes) >= 6, "the inspection has stakeholders' notes to weigh"
    calls: Counter[str] = Counter()
    weigh = regard.weigh

    def counted(text: str, board: str = "", groups: tuple[str, ...] = ()) -> regard.Weighed:
        calls[text] += 1
        return weigh(text, board, groups)

    monkeypatch.setattr(regard, "weigh", counted)
    with Store.open(db) as store:
        report = draft_report(load(store))
    assert any(s.role == "views" for p in report.paragraphs() for s in p.sentences)
    again = {t: n for t, n in calls.items() if t in notes and n > 1}
    assert not again, sorted(again.values(), reverse=True)[:5]
