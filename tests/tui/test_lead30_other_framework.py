"""A note filed under a criterion the file's framework does not have (a file issued
before the master's framework changed, merged in) opens in the note view, saying so,
instead of stopping the app.  On the hand-written inspection, its framework rewritten
without one of a note's criteria."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.framework import dump_framework
from store.models import CaseFilter
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import read_note


@pytest.mark.asyncio
async def test_a_note_on_a_criterion_the_framework_lacks_opens(
    handwritten_db: Path, make_hw: AppFactory
) -> None:
    with Store.open(handwritten_db) as store:
        case = store.case_rows(CaseFilter(), 0, 1)[0]
        note = next(e for e in store.evidence_for_case(case.id) if e.criteria)
        gone = note.criteria[0]
        fw = store.framework
        fewer = fw.model_copy(update={"criteria": [c for c in fw.criteria if c.id != gone]})
        with store.transaction():
            store.conn.execute("UPDATE framework SET body = ?", (dump_framework(fewer),))
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        text = await read_note(pilot, case.id, note.id)
        assert f"{gone} (not a criterion of {fw.id}: change it to one of its own)" in text
