"""A file copied while the workbench has it open holds every saved note (tester 23,
F5): the tester saved a note, then copied the database alone to a USB stick, as
Explorer and Finder copy it; the copy checked clean and merged as "nothing new",
because the note was still only in the write-ahead log beside the open file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_evidence, settle, top


@pytest.mark.asyncio
async def test_a_copy_of_the_open_file_holds_the_note_just_saved(
    make_small: AppFactory, tmp_path: Path
) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        case, before, _ = await new_evidence(pilot, "QPN4", "No manager's note on file at all.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert top(app) is case
        copy = tmp_path / "usb_copy.db"
        shutil.copyfile(app.store.path, copy)  # the .db alone, the app still running
        with Store.open(copy) as copied:
            texts = [e.text for e in copied.evidence_for_case(case.case_id)]
        assert len(texts) == before + 1
        assert "No manager's note on file at all." in texts
