"""The editor warns beside a field, while the inspector types, when the text could
identify someone; the check runs in a worker, and saving still works."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static, TextArea

from store.reasons import ERASED, reason_problem
from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_evidence, open_case, paste, settle, toasts
from tui.modals.reason import ReasonModal
from tui.widgets.identify_warning import IdentifyWarning, describe

SIZE = (120, 40)


def shown(warning: IdentifyWarning) -> bool:
    """Whether the warning is on screen (read afresh each time)."""
    return bool(warning.display)


@pytest.mark.asyncio
async def test_the_editor_warns_beside_the_field_and_still_saves(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        text = "Tiegan-Rose told the guardian about her school."
        case, before, editor = await new_evidence(pilot, "QP1", text)
        await settle(pilot)
        warning = editor.query_one("#editor-text-identify", IdentifyWarning)
        assert shown(warning) and [h.text for h in warning.hits] == ["Tiegan-Rose"]
        assert "Tiegan-Rose" in str(warning.render())
        # The child's words have their own warning, shown only for them.
        words = editor.query_one("#editor-child-words-identify", IdentifyWarning)
        assert not shown(words)
        editor.query_one("#editor-child-words", TextArea).focus()
        await pilot.press(*"My birthday is on 3 March")
        await settle(pilot)
        assert shown(words) and any(h.kind == "date-of-birth" for h in words.hits)
        # Saving is not blocked by a warning.
        await pilot.press("ctrl+s")
        await settle(pilot)
        stored = app.store.evidence_for_case(case.case_id)
        assert len(stored) == before + 1
        assert any(e.text == text for e in stored)


@pytest.mark.asyncio
async def test_the_warning_goes_when_the_text_is_reworded(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        _, _, editor = await new_evidence(pilot, "QP1", "Seen with Clayton Merriweather")
        await settle(pilot)
        warning = editor.query_one("#editor-text-identify", IdentifyWarning)
        assert shown(warning)
        await pilot.press(*["backspace"] * len("Clayton Merriweather"), *"her step-father")
        await settle(pilot)
        assert not shown(warning) and warning.hits == []


def test_describe_lists_at_most_four_hits() -> None:
    from exporters.identify import Hit

    hits = [Hit("name", f"Name{i}") for i in range(6)]
    text = describe(hits)
    assert text.count("‘") == 4 and "and 2 more" in text
    assert describe([]) == ""


@pytest.mark.asyncio
async def test_redact_the_highlighted_evidence_from_the_palette(make_small: AppFactory) -> None:
    """The palette erases the field that names someone (here the child's words), not
    the inspector's text beside it, and says which field and how to write it again
    (tester 9: it erased all of the note's free text, where `fieldwork redact` did not)."""
    from store.models import Evidence
    from store.redaction import MARKER
    from tests.tui.helpers import run_palette_command

    app = make_small()
    ref = next(r.ref for r in app.store.case_rows(limit=50) if app.store.evidence_for_case(r.id))
    case_id = next(r.id for r in app.store.case_rows(limit=50) if r.ref == ref)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        case = await open_case(pilot, ref)
        target = case.current_evidence()
        assert target is not None and target.text != MARKER
        said_by_child = "Tiegan-Rose said she likes the weekends at her dad's."
        fields = target.model_dump(include=set(Evidence.model_fields))
        fields.update(child_words=said_by_child, child_words_flag=True)
        app.store.put_evidence(Evidence.model_validate(fields), target.id)
        assert app.store.evidence(target.id).case_id == case_id
        await run_palette_command(pilot, "Redact evidence")
        await settle(pilot)
        # A reason of one word is refused with the store's own sentence; nothing is erased.
        dialog = app.screen
        assert isinstance(dialog, ReasonModal)
        question = str(dialog.query_one("#reason-question", Static).render())
        assert "Erase the child's words of this note" in question, question
        await paste(pilot, "abc")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        said = str(dialog.query_one("#reason-problem", Static).render())
        assert said == reason_problem("abc", ERASED) and "too short" in said
        assert app.store.evidence(target.id).child_words == said_by_child
        dialog.query_one("#reason-text", Input).value = "Named the child"
        await pilot.press("enter")
        await settle(pilot)
        after = app.store.evidence(target.id)
        assert after.child_words == MARKER and after.text == target.text  # the text kept
        rows = app.store.conn.execute(
            "SELECT data FROM version WHERE rid = ? AND data IS NOT NULL", (target.id,)
        ).fetchall()
        assert rows and all("Tiegan-Rose" not in d for (d,) in rows)
        told = [" ".join(t.split()) for t in toasts(app)]
        assert any("Erased the child's words of this note" in m and "the text kept" in m
                   and "e opens the note in the editor" in m for m in told), told  # fmt: skip
        (r,) = app.store.redactions()
        assert r.reason == "Named the child" and r.target_id == target.id


@pytest.mark.asyncio
async def test_redact_from_the_palette_erases_nothing_without_a_detail(
    make_small: AppFactory,
) -> None:
    """A note where the check finds no identifying detail: nothing is asked or erased,
    and one sentence says how to correct it."""
    from tests.tui.helpers import run_palette_command

    app = make_small()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        ref = next(
            r.ref for r in app.store.case_rows(limit=50) if app.store.evidence_for_case(r.id)
        )
        case = await open_case(pilot, ref)
        target = case.current_evidence()
        assert target is not None
        await run_palette_command(pilot, "Redact evidence")
        await settle(pilot)
        assert app.screen is case
        assert app.store.evidence(target.id).text == target.text and not app.store.redactions()
        told = [" ".join(t.split()) for t in toasts(app)]
        assert any(m.startswith("No field of this note holds an identifying detail") for m in told)
