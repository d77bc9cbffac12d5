"""Comfortable at 80x24 (#17): the footer keeps help; the case list shows labels, not
codes, with its important columns on screen; the evidence editor's criteria take a few
rows, so the text box shows on the first screen.

On the hand-written inspection."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, top
from tui.screens.case import CaseScreen
from tui.screens.case_list import CaseListScreen
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.widgets.criteria_picker import CriteriaPicker
from tui.widgets.footer import Footer
from tui.widgets.row_table import RowTable

NARROW = (80, 24)


def _footer_text(app_screen: object) -> str:
    from textual.screen import Screen

    assert isinstance(app_screen, Screen)
    return str(app_screen.query_one(Footer).render())


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [NARROW, (120, 40)])
async def test_the_case_list_shows_labels_and_its_main_columns(
    make_hw: AppFactory, size: tuple[int, int]
) -> None:
    app = make_hw()
    fw = app.store.framework
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        screen = top(app)
        assert isinstance(screen, CaseListScreen)
        table = screen.query_one(RowTable)
        header = table.render_line(0).text
        for label in ("Ref", "Status", "Esc", "Type", "Stage", "Graded"):
            assert label in header
        assert table.virtual_size.width <= table.size.width  # nothing off to the right
        codes = {t.code for t in fw.case_types} | {s.code for s in fw.stages}
        shown = [table.render_line(y).text for y in range(1, min(table.row_count, 10) + 1)]
        for y, line in enumerate(shown):
            ref, *_ = table.get_row_at(y)
            case = app.store.case_by_ref(ref)
            cells = line.split("  ")
            assert not codes & {c.strip() for c in cells}, line
            type_label = fw.case_type_label(case.case_type)
            assert type_label[:8] in line  # the label (cut with … where narrow)
        assert "? Help" in _footer_text(screen)


@pytest.mark.asyncio
async def test_the_editor_fits_at_80x24(make_hw: AppFactory) -> None:
    app = make_hw()
    case_id = app.store.case_rows(None, 0, 1)[0].id
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case_id))
        await settle(pilot)
        assert "? Help" in _footer_text(top(app))
        await pilot.press("n")
        await settle(pilot)
        editor = top(app)
        assert isinstance(editor, EvidenceEditorScreen)
        picker = editor.query_one(CriteriaPicker)
        assert picker.region.height <= 8  # the search line, five criteria, the chosen line
        text = editor.query_one("#editor-text", TextArea)
        assert text.region.height >= 4
        assert text.region.bottom <= NARROW[1] - 1  # on the first screen, above the footer
        assert editor.query_one("#editor-title").region.y == 1  # not scrolled away
        assert "Help" in _footer_text(editor)
