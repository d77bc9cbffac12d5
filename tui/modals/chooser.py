"""The shape every "choose one from a list" dialog shares: a title, the list (with,
for some, a box above it that narrows it), a hint below; Enter chooses, Esc answers
None.  `PickModal` (the filters' chooser) and `DeletedEvidenceModal` (restore a note I
deleted) are the two.
"""

from __future__ import annotations

from typing import TypeVar

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

ResultT = TypeVar("ResultT")


class ChooserModal(ModalScreen[ResultT | None]):
    """A title, an optional box above the list, the list and a hint; subclasses give
    `PREFIX` (the widgets' ids: `PREFIX-title`, `PREFIX-options`, `PREFIX-hint`), the
    options and what choosing one answers."""

    DEFAULT_CSS = """
    ChooserModal { align: center middle; }
    ChooserModal > Vertical {
        width: 60; max-width: 98%; height: auto; max-height: 90%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    ChooserModal .chooser-title { text-style: bold; }
    ChooserModal OptionList { height: auto; max-height: 16; }
    ChooserModal .chooser-hint { color: $text-muted; }
    """
    PREFIX = "chooser"
    WIDTH = 60
    """Columns the dialog takes when the terminal has them."""

    def __init__(self, title: str, hint: str) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.styles.width = self.WIDTH
            yield Static(self.title_text, id=f"{self.PREFIX}-title", classes="chooser-title")
            yield from self.above_list()
            yield OptionList(*self.options(), id=f"{self.PREFIX}-options")
            yield Static(self.hint, id=f"{self.PREFIX}-hint", classes="chooser-hint")

    def on_resize(self, event: events.Resize) -> None:
        """Fit the list to the terminal once the dialog's other lines are laid out."""
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        """The list takes what the dialog's other lines leave of its 90% of the screen,
        at most 16 rows: at 80x24 a list of 17 areas pushed the dialog's foot and its
        hint below the screen's edge (tester 28)."""
        box = self.query_one(Vertical)
        options = self.query_one(OptionList)
        others = sum(w.outer_size.height for w in box.children if w is not options)
        frame = box.outer_size.height - box.size.height  # its border
        room = int(self.size.height * 0.9) - frame - others
        options.styles.max_height = max(3, min(16, room))

    def above_list(self) -> list[Widget]:
        """Widgets between the title and the list (none by default)."""
        return []

    def options(self) -> list[Option]:
        """The list's first options (it may be filled later instead)."""
        return []

    def on_mount(self) -> None:
        self.ready()

    def ready(self) -> None:
        """Once mounted: focus the list (a subclass may fill it first, or focus its box)."""
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        """Close, choosing nothing."""
        self.dismiss(None)
