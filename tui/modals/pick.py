"""Pick one value from a list, narrowing it by typing: the filters' chooser."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

ANY = "__any__"


@dataclass(frozen=True)
class Picked:
    """The chosen value; None means "any" (no filter)."""

    value: str | None


class PickModal(ModalScreen[Picked | None]):
    """Type to narrow, arrows to move, Enter to choose, Esc to leave it as it was."""

    DEFAULT_CSS = """
    PickModal { align: center middle; }
    PickModal > Vertical {
        width: 60; max-width: 98%; height: auto; max-height: 90%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    PickModal #pick-title { text-style: bold; }
    PickModal OptionList { height: auto; max-height: 16; }
    PickModal #pick-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", id="pick-cancel", tooltip="Keep the filter as it was."
        ),
        Binding("down", "move(1)", "Next", id="pick-next", show=False),
        Binding("up", "move(-1)", "Previous", id="pick-previous", show=False),
    ]

    def __init__(self, title: str, options: list[tuple[str, str]], value: str | None) -> None:
        super().__init__()
        self.title_text = title
        self.options = options
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, id="pick-title")
            yield Input(placeholder="Type to narrow the list", id="pick-text")
            yield OptionList(id="pick-options")
            yield Static("Enter chooses · Esc leaves it as it was", id="pick-hint")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, text: str) -> None:
        words = text.casefold().split()
        options = self.query_one(OptionList)
        options.clear_options()
        if not words:
            options.add_option(Option("Any (no filter)", id=ANY))
        matches = [
            (label, value)
            for label, value in self.options
            if all(w in label.casefold() for w in words)
        ]
        options.add_options(Option(label, id=value) for label, value in matches)
        ids = [ANY] * (not words) + [value for _, value in matches]
        current = self.value if self.value in ids else ANY
        options.highlighted = ids.index(current) if current in ids else (0 if ids else None)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        self.dismiss(Picked(None if option_id in (None, ANY) else option_id))

    def action_move(self, delta: int) -> None:
        """Arrows move through the list while the typing box keeps focus."""
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted if options.highlighted is not None else -delta
            options.highlighted = max(0, min(current + delta, options.option_count - 1))

    def action_cancel(self) -> None:
        self.dismiss(None)
