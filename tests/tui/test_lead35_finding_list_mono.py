"""Without colour (NO_COLOR), the option highlighted in the evidence editor's open
Finding list is underlined and bold, so a monochrome terminal shows it (tester 35, F6:
it was bold on a shade only, among three short lines: an option list draws reverse
video by swapping its colours, which NO_COLOR takes away).  With colour the shade does
it.  On the small hand-written inspection."""

from __future__ import annotations

import pytest
from textual.strip import Strip
from textual.widgets import OptionList, Select

from tests.tui.conftest import AppFactory
from tests.tui.helpers import colour, new_note, paste, settle


def underlined(strip: Strip) -> str:
    return "".join(s.text for s in strip if s.style is not None and s.style.underline)


@pytest.mark.asyncio
@pytest.mark.parametrize("no_color", [True, False])
async def test_the_highlighted_finding_is_marked_without_colour(
    make_small: AppFactory, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    colour(monkeypatch, no_color)
    app = make_small()
    async with app.run_test(size=(80, 24)) as pilot:
        _, _, editor = await new_note(pilot)
        await paste(pilot, "QP8")
        await pilot.press("enter", "ctrl+f")
        await settle(pilot)
        await pilot.press("down", "down")
        await settle(pilot)
        finding = editor.query_one("#editor-polarity", Select)
        assert finding.expanded
        options = finding.query_one(OptionList)
        lines = [underlined(options.render_line(y)) for y in range(options.size.height)]
        marked = [line.strip() for line in lines if line.strip()]
        assert marked == (["Area for development"] if no_color else []), lines
