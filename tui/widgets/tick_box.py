"""Ticks that differ by glyph, not only by colour: a ticked box shows X and an unticked
one a blank.  Textual draws the same X in both states and tells them apart by colour
alone, which a 256-colour terminal, the terminal's own ANSI palette (plain mode) or a
colour-blind inspector may not show.

`TickBox` is a `Checkbox`; `blank_unticked` is for a `SelectionList`'s lines (the
criteria list uses it).
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList

BLANK = " "
TICK = Checkbox.BUTTON_INNER
"""Textual's tick (the same class attribute `SelectionList` draws with)."""


class TickBox(Checkbox):
    """A checkbox whose tick is X when ticked and blank when not."""

    def render(self) -> Content:
        self.BUTTON_INNER = TICK if self.value else BLANK
        return super().render()


def blank_unticked(selection_list: SelectionList[Any], strip: Strip) -> Strip:
    """One rendered line of a selection list, with the tick blanked when its option
    is not ticked (the button's segment carries the option's index in its meta)."""
    segments = list(strip)
    for i, segment in enumerate(segments[:3]):
        meta = segment.style.meta if segment.style is not None else {}
        if segment.text == TICK and "option" in meta:
            option = selection_list.get_option_at_index(meta["option"])
            if option.value not in selection_list.selected:
                segments[i] = Segment(BLANK, segment.style)
                return Strip(segments, strip.cell_length)
            break
    return strip
