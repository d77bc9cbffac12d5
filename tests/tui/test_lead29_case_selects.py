"""On the case screen, the select with the focus (stage, status, child seen, seen alone)
can be told from the others, with colour and without (tester 29, F13: keyboard only at
80x24, Tab moved the focus and nothing visibly changed but a 5% tint; under NO_COLOR
not even that).  On the hand-written inspection."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from tests.tui.conftest import AppFactory
from tests.tui.helpers import colour, open_case, settle


def _look(select: Select[str]) -> tuple[object, bool]:
    """The background and reverse video the select's current value is drawn with."""
    style = select.query_one("SelectCurrent").rich_style
    return style.bgcolor, bool(style.reverse)


@pytest.mark.asyncio
@pytest.mark.parametrize("no_color", [False, True])
async def test_the_focused_select_stands_out(
    make_hw: AppFactory, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    colour(monkeypatch, no_color)
    app = make_hw()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(pilot)
        selects = list(screen.query(Select))
        assert len(selects) == 4
        selects[1].focus()
        await settle(pilot)
        focused, other = _look(selects[1]), _look(selects[0])
        assert focused[1] is no_color and other[1] is False  # reverse video without colour
        if not no_color:  # a shade the eye sees, not a 5% tint (3 to 9 levels of 255)
            (a, b) = (c.get_truecolor() for c in (focused[0], other[0]))  # type: ignore[attr-defined]
            assert sum(abs(x - y) for x, y in zip(a, b, strict=True)) > 60, (a, b)
