"""A note written on a case another inspector holds says so (tester 31, F8: the lead
added notes and a grade to a colleague's case, and nothing said whose it was until the
merge showed a conflict).  The editor's heading names the holder, and saving says the
note is on their case.  On the hand-written inspection, issued to its lead."""

from __future__ import annotations

import pytest

from store.models import CaseFilter, Inspector
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, shown_toasts, widget_text, write_evidence
from tui.screens.case import CaseScreen
from tui.screens.evidence_editor import EvidenceEditorScreen

TEXT = "Mother described the handover at the contact centre as calm; FCA saw both visits."


@pytest.mark.asyncio
async def test_a_note_on_a_colleague_s_case_names_whose_case_it_is(make_hw: AppFactory) -> None:
    app = make_hw()
    store = app.store
    theirs, mine = store.case_rows(CaseFilter(), 0, 2)
    ceri = store.put_inspector(Inspector(name="Ceri Mostyn", initials="CM"))
    store.assign_cases(ceri, [theirs.id])
    assert store.me_id is not None
    store.assign_cases(store.me_id, [mine.id])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        for case, whose in ((theirs, "Ceri Mostyn's case"), (mine, None)):
            app.push_screen(CaseScreen(case.id))
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            editor = app.screen
            assert isinstance(editor, EvidenceEditorScreen)
            heading = widget_text(editor.query_one("#editor-title"))
            assert (whose in heading) if whose else ("'s case" not in heading), heading
            await write_evidence(pilot, "QP1", TEXT)
            await pilot.press("ctrl+s")
            await settle(pilot)
            said = " ".join(await shown_toasts(pilot))
            if whose:
                assert "on a case Ceri Mostyn holds" in said, said
            else:
                assert "Evidence saved." in said and "holds" not in said, said
            app.clear_notifications()
            app.pop_screen()
            await settle(pilot)
    assert TEXT in {e.text for e in store.evidence_for_case(theirs.id)}
