"""A one-line filter: "Area: any ▾"; Enter or a click opens a chooser.

The case list has five filters.  As `Select`s they were thirty widgets, which cost a
tenth of start-up and made every keystroke in the filter box re-lay them all out; a chip
is one widget, and the chooser (`PickModal`) exists only while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Static

if TYPE_CHECKING:
    from tui.modals.pick import Picked


class FilterChip(Static, can_focus=True):
    """Shows a filter's choice; choosing posts `Changed` (setting `value` does not)."""

    DEFAULT_CSS = """
    FilterChip {
        width: auto; height: 1; padding: 0 1; margin: 0 1 0 0;
        background: $boost; color: $text-muted;
        &.-active { color: $text; background: $primary 30%; }
        &:focus { background: $block-cursor-background; color: $block-cursor-foreground; }
        &:hover { background: $primary 20%; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "choose", "Choose", id="filter-chip-choose", show=False),
    ]

    class Changed(Message):
        """The inspector chose a value (None: any)."""

        def __init__(self, chip: FilterChip, value: str | None) -> None:
            super().__init__()
            self.chip = chip
            self.value = value

        @property
        def control(self) -> FilterChip:
            return self.chip

    def __init__(
        self,
        label: str,
        options: list[tuple[str, str]] | None = None,
        *,
        key: str | None = None,
        id: str | None = None,  # noqa: A002
    ) -> None:
        super().__init__(id=id, markup=False)
        self.label = label
        self.key = key
        self._options: list[tuple[str, str]] = list(options or [])
        self._value: str | None = None
        self.named: Callable[[str], str | None] | None = None
        """The value typed text names besides its label's words (`PickModal`)."""
        self._show()

    @property
    def value(self) -> str | None:
        return self._value

    @value.setter
    def value(self, value: str | None) -> None:
        self._value = value
        self._show()

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """The choices: (label, value)."""
        self._options = list(options)
        self._show()

    def _show(self) -> None:
        labels = {value: label for label, value in self._options}
        # Before its choices are read, a value is not shown as its raw id (tester 36's F5).
        chosen = "any" if self._value is None else labels.get(self._value, "…")
        hint = f"{self.key} " if self.key else ""
        self.update(f"{hint}{self.label}: {chosen} ▾")
        self.set_class(self._value is not None, "-active")

    def action_choose(self) -> None:
        """Open the chooser (its module, with Textual's option list, is loaded now: the
        case list's start does not wait for it)."""
        from tui.modals.pick import PickModal

        def chosen(picked: Picked | None) -> None:
            if picked is not None and picked.value != self._value:
                self.value = picked.value
                self.post_message(self.Changed(self, picked.value))

        self.app.push_screen(PickModal(self.label, self._options, self._value, self.named), chosen)

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.action_choose()
