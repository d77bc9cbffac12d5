"""A file changed on disk by another program while the workbench has it open (tester
32, F4: its write-ahead log deleted by a command in another process, and the next note
went into a log no longer on disk).  The cause is gone (`store/heldfiles.py`); should
anything do it again, the workbench says so at its next check, and a save is refused
with the note still in the editor, not lost."""

from __future__ import annotations

import os

import pytest

from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_evidence, settle, shown_toasts, top
from tui.screens.evidence_editor import EvidenceEditorScreen

TEXT = "Chronology checked against the court bundle; two gaps in the summer."


@pytest.mark.asyncio
async def test_the_workbench_says_so_and_keeps_the_note(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        case, before, editor = await new_evidence(pilot, "QPN4", TEXT)
        os.unlink(f"{app.store.path}-wal")  # another program deletes the log
        await pilot.press("ctrl+s")
        await settle(pilot)
        said = " ".join(await shown_toasts(pilot))
        assert "was changed on disk by another program" in said
        assert "its write-ahead log was deleted" in said
        assert top(app) is editor and isinstance(editor, EvidenceEditorScreen)
        assert editor.form()["text"] == TEXT  # still on the screen that typed it
        app.back_up_if_stale()  # the check every few minutes says it too
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert sum("changed on disk" in t for t in await shown_toasts(pilot)) >= 2
    with Store.open(app.store.path) as store:
        assert len(store.evidence_for_case(case.case_id)) == before
