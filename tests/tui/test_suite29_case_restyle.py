"""A case's choices (stage, status, child seen, seen alone) stay hidden until they hold the
case's values, and showing them restyles those two rows alone: the screen's header,
evidence list and footer are not styled again each time a case opens (taking a class off
the whole screen made Textual restyle every widget on it, about a hundred a case).

On the tiny fixed inspection (tests/fixtures/snapshot)."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pytest
from textual.dom import DOMNode
from textual.widgets import Select

from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_case, screen_text, settle
from tui.app import FieldworkApp


def _restyled_as_the_case_loads(app: FieldworkApp) -> list[DOMNode]:
    """The nodes whose styles are worked out again from inside the case screen's
    handler of its loaded case (`on_case_loaded`), as the app is asked for them."""
    asked: list[DOMNode] = []
    update = app.update_styles

    def recorded(node: DOMNode, *args: Any, **kwargs: Any) -> None:
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_name == "on_case_loaded":
                asked.append(node)
                break
            frame = frame.f_back
        update(node, *args, **kwargs)

    app.update_styles = recorded  # type: ignore[method-assign]
    return asked


@pytest.mark.asyncio
async def test_opening_a_case_restyles_only_its_rows_of_choices(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        asked = _restyled_as_the_case_loads(app)
        screen = await open_case(pilot)
        rows = [screen.query_one("#case-edits"), screen.query_one("#case-edits2")]
        assert asked, "the case's choices were shown"
        outside = [n for n in asked if not any(n is r or r in n.ancestors for r in rows)]
        assert outside == []  # not the screen, nor its header, table or footer
        # What the inspector sees: both rows shown, holding the case's own values.
        assert all(r.visible for r in rows)
        case = app.store.case(screen.case_id)
        stage = screen.query_one("#case-stage", Select)
        assert stage.value == case.stage
        label = next(s.label for s in app.store.framework.stages if s.code == case.stage)
        assert label in screen_text(app)
        assert "Child seen:" in screen_text(app)
