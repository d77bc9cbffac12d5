"""The inspector's day (#17) on the hand-written inspection: grading with the case's
evidence in view, the cursor moving on, rationales kept as drafts and offered back after
the app stops, multi-line pastes kept whole, asking before a case is marked complete with
criteria ungraded, the next-case key, and the rationale column at 120 columns."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, Static, TabbedContent, TextArea

from store.models import CaseFilter, StoredCase
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import choose_finding, paste, settle, top
from tui.app import FieldworkApp
from tui.modals.confirm import ConfirmModal
from tui.modals.drafts import DraftRecoveryModal
from tui.modals.grade import GradeModal
from tui.navigation import EditorContext
from tui.screens.case import CaseScreen
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.screens.judgements import JudgementsScreen

SIZE = (120, 40)


def _my_cases(store: Store) -> list[StoredCase]:
    me = store.me_id
    rows = store.case_rows(CaseFilter(inspector_id=me), 0, 1000)
    return [store.case(r.id) for r in rows]


def _case_with_ungraded_evidence(store: Store) -> tuple[str, str]:
    """A case and a criterion it has evidence on but no grade for."""
    for row in store.case_rows(CaseFilter(), 0, 1000):
        gradings = store.gradings_for_case(row.id)
        for ev in store.evidence_for_case(row.id):
            for criterion in ev.criteria:
                if criterion not in gradings:
                    return row.id, criterion
    raise AssertionError("the hand-written inspection has a note on an ungraded criterion")


async def _open(pilot: Pilot[Any], app: FieldworkApp, case_id: str) -> CaseScreen:
    await settle(pilot)
    app.push_screen(CaseScreen(case_id))
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, CaseScreen) and screen.case is not None
    return screen


async def _grade_dialog(pilot: Pilot[Any], case: CaseScreen, criterion: str) -> GradeModal:
    if case.query_one(TabbedContent).active != "tab-grading":
        await pilot.press("t")  # a second call finds the grading tab open already
    grid = case.query_one("#case-grading", DataTable)
    ids = case.grid_ids()
    grid.move_cursor(row=ids.index(criterion), animate=False)
    await pilot.press("g")
    await settle(pilot)
    modal = top(case.app)
    assert isinstance(modal, GradeModal)
    return modal


@pytest.mark.asyncio
async def test_grade_with_the_evidence_in_view_then_the_cursor_moves_on(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    notes = [e for e in app.store.evidence_for_case(case_id) if criterion in e.criteria]
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        shown = str(modal.query_one("#grade-evidence", Static).render())
        for note in notes:
            assert " ".join(note.text.split())[:40] in " ".join(shown.split())
        await pilot.press("2")  # good; focus moves to the rationale
        await paste(pilot, "Plans were reviewed\non time, with the child's views.")
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is case
        grading = app.store.gradings_for_case(case_id)[criterion]
        assert grading.grade == "good"
        assert grading.rationale == "Plans were reviewed on time, with the child's views."
        ids = case.grid_ids()
        gradings = app.store.gradings_for_case(case_id)
        row = case.query_one("#case-grading", DataTable).cursor_row
        assert ids[row] not in gradings  # the next ungraded criterion
        later = [i for i in ids[ids.index(criterion) + 1 :] if i not in gradings]
        assert ids[row] == (later or [i for i in ids if i not in gradings])[0]
        assert app.store.drafts() == []


@pytest.mark.asyncio
async def test_rationale_column_fits_at_120_columns(make_hw: AppFactory) -> None:
    app = make_hw()
    graded = next(
        r.id
        for r in app.store.case_rows(CaseFilter(), 0, 1000)
        if app.store.gradings_for_case(r.id)
    )
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, graded)
        await pilot.press("t")
        await settle(pilot)
        grid = case.query_one("#case-grading", DataTable)
        assert grid.virtual_size.width <= grid.scrollable_content_region.width
        criterion, g = next(iter(app.store.gradings_for_case(graded).items()))
        row = case.grid_ids().index(criterion)
        assert str(grid.get_row_at(row)[4])[:10] == " ".join(g.rationale.split())[:10]


@pytest.mark.asyncio
async def test_grade_rationale_is_kept_and_offered_back_after_the_app_stops(
    make_hw: AppFactory,
) -> None:
    first = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(first.store)
    async with first.run_test(size=SIZE) as pilot:
        case = await _open(pilot, first, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        await pilot.press("3")
        await paste(pilot, "Half written when the battery died")
        assert modal.draft is not None
        modal.draft.flush()
        await settle(pilot)
    # The app stopped without saving: the rationale is a draft, not a grading.
    assert criterion not in first.store.gradings_for_case(case_id)
    drafts = first.store.drafts()
    assert [d.payload["kind"] for d in drafts] == ["grading"]
    assert drafts[0].payload["rationale"] == "Half written when the battery died"
    second = make_hw()
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(second.screen, DraftRecoveryModal)
        await pilot.press("enter")
        await settle(pilot)
        reopened = top(second)
        assert isinstance(reopened, GradeModal)
        assert reopened.query_one(Input).value == "Half written when the battery died"
        await pilot.press("ctrl+s")
        await settle(pilot)
    grading = second.store.gradings_for_case(case_id)[criterion]
    code = second.store.framework.grading_codes()[2]
    assert (grading.grade, grading.rationale) == (code, "Half written when the battery died")
    assert second.store.drafts() == []


@pytest.mark.asyncio
async def test_judgement_rationale_is_kept_and_offered_back(make_hw: AppFactory) -> None:
    first = make_hw()
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = JudgementsScreen()
        first.push_screen(screen)
        await settle(pilot)
        current = screen.current
        assert current is not None
        await pilot.press("ctrl+t")
        await paste(pilot, " Added at the team meeting.")
        assert screen.draft is not None
        screen.draft.flush()
        await settle(pilot)
    drafts = first.store.drafts()
    assert [d.payload["kind"] for d in drafts] == ["judgement"]
    expected = (current.rationale + " Added at the team meeting.").strip()
    assert drafts[0].payload["rationale"] == expected
    second = make_hw()
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(second.screen, DraftRecoveryModal)
        await pilot.press("enter")
        await settle(pilot)
        restored = top(second)
        assert isinstance(restored, JudgementsScreen) and restored.current is not None
        assert restored.current.key == current.key
        assert restored.query_one("#judgements-rationale", TextArea).text == expected
        await pilot.press("ctrl+s")
        await settle(pilot)
    saved = second.store.judgement(current.judgement_id, current.area_code)
    assert saved is not None and saved.rationale == expected
    assert second.store.drafts() == []


@pytest.mark.asyncio
async def test_multi_line_pastes_keep_every_line(make_hw: AppFactory) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    words = "I want to stay with Nan.\nShe takes me to football.\n\nDon't tell Dad I said."
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        case = app.store.case(case_id)
        app.push_screen(EvidenceEditorScreen(EditorContext(case_id=case_id, case_ref=case.ref)))
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        await paste(pilot, criterion)
        await pilot.press("enter")
        await choose_finding(pilot)  # none is chosen for the inspector
        await pilot.press("ctrl+t")
        await paste(pilot, "Interview with the child at school.")
        editor.query_one("#editor-child-words", TextArea).focus()
        await paste(pilot, words)
        editor.query_one("#editor-concern").value = True  # type: ignore[attr-defined]
        await pilot.pause()
        editor.query_one("#editor-safeguarding", TextArea).focus()
        await paste(pilot, "Mentions a threat\nfrom an older cousin.")
        await pilot.press("ctrl+s")
        await settle(pilot)
    saved = [
        e
        for e in app.store.evidence_for_case(case_id)
        if e.text == "Interview with the child at school."
    ]
    assert len(saved) == 1
    assert saved[0].child_words == words
    assert saved[0].safeguarding == "Mentions a threat\nfrom an older cousin."


@pytest.mark.asyncio
async def test_marking_complete_with_criteria_ungraded_asks_first(make_hw: AppFactory) -> None:
    app = make_hw()
    # Counted of the criteria a case is graded on (2018: the 20 practice criteria).
    practice = {c.id for c in app.store.framework.criteria if c.group in ("SW", "QP", "QPN")}
    total = len(practice)

    def graded_in(case_id: str) -> int:
        return sum(1 for k, g in app.store.gradings_for_case(case_id).items()
                   if g.grade and k in practice)  # fmt: skip

    row = next(
        r
        for r in app.store.case_rows(CaseFilter(), 0, 1000)
        if r.status != "complete" and graded_in(r.id) < total
    )
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, row.id)
        status = case.query_one("#case-status", Select)
        status.value = "complete"
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        graded = graded_in(row.id)
        assert f"Only {graded} of {total} criteria are graded" in asked.question
        tab = case.query_one(TabbedContent).get_tab("tab-grading")
        assert str(tab.label) == f"Grading ({graded}/{total})"
        await pilot.press("n")
        await settle(pilot)
        assert app.store.case(row.id).status == row.status
        assert status.value == row.status
        status.value = "complete"
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.store.case(row.id).status == "complete"


@pytest.mark.asyncio
async def test_next_case_key_walks_my_cases_in_order(make_hw: AppFactory) -> None:
    app = make_hw()
    mine = sorted(_my_cases(app.store), key=lambda c: c.ref)
    assert len(mine) >= 3
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, app, mine[0].meta.id)
        seen = []
        for _ in range(len(mine)):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, CaseScreen) and screen.case is not None
            seen.append(screen.case.ref)
        assert seen == [c.ref for c in mine[1:]] + [mine[0].ref]  # wraps round
        await pilot.press("left_square_bracket")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CaseScreen) and screen.case is not None
        assert screen.case.ref == mine[-1].ref
        assert len(app.screen_stack) == 2  # replaced in place, not piled up
