"""The evidence editor says where the focus is and never chooses the finding for the
inspector (tester 8, point 10: Enter on what they believed was the Finding choice put a
new line in the text; F1 did not say how to move between fields; every note defaulted
to Neutral).  Pilot tests on the tiny fixed inspection."""

from __future__ import annotations

import pytest
from textual.widgets import Label, Select, Static, TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, paste, settle, top, widget_text
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.screens.evidence_fields import NO_FINDING
from tui.screens.help import HelpScreen

SIZE = (120, 40)
TEXT = "Read the section 7 report.\nThe analysis of the father's account is careful."


def _where(editor: EvidenceEditorScreen) -> str:
    return str(editor.query_one("#editor-where", Static).render())


async def _tab_to(editor: EvidenceEditorScreen, pilot: object, widget_id: str) -> None:
    """Press Tab until `widget_id` has the focus (at most a dozen times)."""
    for _ in range(12):
        if editor.focused is not None and editor.focused.id == widget_id:
            return
        await pilot.press("tab")  # type: ignore[attr-defined]
    raise AssertionError(f"Tab never reached {widget_id}")


@pytest.mark.asyncio
async def test_a_note_without_a_finding_is_not_saved_and_keeps_every_word(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, before, editor = await new_note(pilot)
        finding = editor.query_one("#editor-polarity", Select)
        assert finding.value == Select.NULL  # none chosen for the inspector
        await paste(pilot, "QP1")
        await pilot.press("enter", "ctrl+t")
        await paste(pilot, TEXT)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert top(app) is editor  # not saved, not closed
        assert [n.message for n in app._notifications] == [NO_FINDING]
        assert editor.focused is finding
        assert editor.query_one("#editor-text", TextArea).text == TEXT
        assert len(app.store.evidence_for_case(case.case_id)) == before
        # Enter on the finding opens its choices; nothing goes into the text.
        await pilot.press("enter")
        await pilot.press("down", "down", "enter")  # past Not chosen yet and Strength
        await settle(pilot)
        assert finding.value == "development"
        assert editor.query_one("#editor-text", TextArea).text == TEXT
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert top(app) is case
    saved = [e for e in app.store.evidence_for_case(case.case_id) if e.text == TEXT.strip()]
    assert len(saved) == 1 and saved[0].polarity == "development"


@pytest.mark.asyncio
async def test_the_line_above_the_keys_names_the_field_and_what_enter_does(
    make_small: AppFactory,
) -> None:
    """The tester's slip: on the finding, Enter opens its choices, and the line says so;
    in the text, the line says Enter starts a new line.  The focused row's label is lit."""
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        _, _, editor = await new_note(pilot)
        assert _where(editor).startswith("In Criteria:")
        await _tab_to(editor, pilot, "editor-polarity")
        line = _where(editor)
        assert line.startswith("In Finding: Enter opens the choices")
        assert "Tab: What you read, saw or heard" in line and "Shift+Tab: Source" in line
        label = editor.query_one("#editor-polarity").parent.query_one(Label)  # type: ignore[union-attr]
        source_label = editor.query_one("#editor-source").parent.query_one(Label)  # type: ignore[union-attr]
        assert label.rich_style.reverse and not source_label.rich_style.reverse
        await pilot.press("tab")
        assert editor.focused is editor.query_one("#editor-text", TextArea)
        assert _where(editor).startswith("In What you read, saw or heard: Enter starts a new line")
        # Tester 12 filled in a child's words and the Source stayed "Case file scrutiny":
        # the line says the Source is where they were read or heard (not changed for them).
        await _tab_to(editor, pilot, "editor-child-words")
        assert "the Source says where they were read or heard" in _where(editor)
        await _tab_to(editor, pilot, "editor-text")
        await pilot.press("shift+tab")
        assert _where(editor).startswith("In Finding:")
        await pilot.press("ctrl+t")
        await pilot.press("ctrl+f")  # from the text: to the finding, its choices open
        await pilot.pause()
        finding = editor.query_one("#editor-polarity", Select)
        assert editor.focused is not None and finding in (editor.focused, *editor.focused.ancestors)
        assert finding.expanded


@pytest.mark.asyncio
async def test_a_stored_finding_is_shown_and_kept(make_small: AppFactory) -> None:
    """Editing a note keeps the finding it was saved with, Neutral included."""
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, _, editor = await new_note(pilot)
        await paste(pilot, "QP1")
        await pilot.press("enter", "ctrl+f")
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")  # past Strength to Neutral
        await pilot.press("ctrl+t")
        await paste(pilot, "Neutral on purpose.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert top(app) is case
        note = next(e for e in app.store.evidence_for_case(case.case_id)
                    if e.text == "Neutral on purpose.")  # fmt: skip
        assert note.polarity == "neutral"
        app.push_screen(EvidenceEditorScreen(editor.context.__class__(
            case_id=case.case_id, case_ref=note.case_ref, evidence_id=note.meta.id)))  # fmt: skip
        await settle(pilot)
        again = top(app)
        assert isinstance(again, EvidenceEditorScreen)
        assert again.query_one("#editor-polarity", Select).value == "neutral"
        assert not again.dirty


@pytest.mark.asyncio
async def test_help_says_how_to_move_between_fields(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        _, _, editor = await new_note(pilot)
        await pilot.press("f1")
        await settle(pilot)
        shown = top(app)
        assert isinstance(shown, HelpScreen)
        section = widget_text(shown.query_one("#help-EvidenceEditorScreen"))
        for said in ("Tab moves to the next field", "Shift+Tab back", "source, finding",
                     "in the text Enter starts a new line", "ctrl+f", "Jump to the finding"):  # fmt: skip
            assert said in section, said
