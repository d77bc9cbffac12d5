"""The TUI tests draw only the frames a Pilot waits for (tests/tui/frames.py), and what
a test observes after a wait has been drawn: a widget that cannot draw still fails the
test, and what drawing sets off (an option list's scroll bar) is there after the wait."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import OptionList, Static

from tests.tui import frames


class CannotDraw(RuntimeError):
    """What `Broken` raises.  It renders itself in a line (`__rich__`), so the app reports
    it through `App.panic`, as Textual documents for an exception with a rich method,
    instead of a traceback with the source of every frame highlighted and its locals
    (about 1.5 CPU-s, for an error this test expects)."""

    def __rich__(self) -> str:
        return str(self)


class Broken(Static):
    """A widget that cannot draw itself."""

    def render(self) -> str:
        raise CannotDraw("this widget cannot draw")


class Lists(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Criteria")
        yield OptionList(*[f"Criterion {n}" for n in range(40)])


@pytest.mark.asyncio
async def test_a_widget_that_cannot_draw_fails_the_test() -> None:
    assert frames.installed()
    with pytest.raises(RuntimeError, match="cannot draw"):
        async with Lists().run_test(size=(60, 12)) as pilot:
            await pilot.app.mount(Broken("x"))
            await pilot.pause()


@pytest.mark.asyncio
async def test_what_drawing_sets_off_is_there_after_a_wait() -> None:
    async with Lists().run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        options = pilot.app.query_one(OptionList)
        assert options.virtual_size.height == 40  # counted as the list was drawn
        assert options.show_vertical_scrollbar
        await pilot.press("tab", "end")
        await pilot.pause()
        assert options.highlighted == 39
        assert options.scroll_offset.y == options.max_scroll_y > 0


class Counted(Static):
    """A widget that counts how often it is drawn (its size fixed, so that laying it out
    does not render it)."""

    DEFAULT_CSS = "Counted { width: 20; height: 1; }"
    drawn = 0

    def render(self) -> str:
        Counted.drawn += 1
        return super().render()  # type: ignore[return-value]


class Changing(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Criteria")
        yield Counted("before")


@pytest.mark.asyncio
async def test_a_changed_widget_is_drawn_again_at_the_next_wait() -> None:
    async with Changing().run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        counted = pilot.app.query_one(Counted)
        first = Counted.drawn
        assert first > 0
        counted.update("after")
        await pilot.pause()  # handles the update: the widget's region is marked changed
        await pilot.pause()  # the frame drawn for this wait draws it
        assert Counted.drawn > first  # drawn again for a wait, not only when asked
        assert "after" in pilot.app.export_screenshot()
