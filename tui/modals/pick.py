"""Pick one value from a list, narrowing it by typing: the filters' chooser."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.modals.chooser import ChooserModal

ANY = "__any__"


@dataclass(frozen=True)
class Picked:
    """The chosen value; None means "any" (no filter)."""

    value: str | None


class PickModal(ChooserModal[Picked]):
    """Type to narrow, arrows to move, Enter to choose, Esc to leave it as it was."""

    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", id="pick-cancel", tooltip="Keep the filter as it was."
        ),
        Binding("down", "move(1)", "Next", id="pick-next", show=False),
        Binding("up", "move(-1)", "Previous", id="pick-previous", show=False),
    ]
    PREFIX = "pick"

    def __init__(
        self,
        title: str,
        options: list[tuple[str, str]],
        value: str | None,
        named: Callable[[str], str | None] | None = None,
    ) -> None:
        """`named`: the value typed text names other than by the words of its label (an
        area by its initials or its words shortened, 'Gtr Manchester'), if any."""
        super().__init__(title, "Enter chooses · Esc leaves it as it was")
        self.choices = options
        self.value = value
        self.named = named

    def above_list(self) -> list[Widget]:
        """The box that narrows the list."""
        return [Input(placeholder="Type to narrow the list", id="pick-text")]

    def ready(self) -> None:
        """Fill the list, focus the box."""
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, text: str) -> None:
        words = text.casefold().split()
        options = self.query_one(OptionList)
        options.clear_options()
        if not words:
            options.add_option(Option("Any (no filter)", id=ANY))
        also = self.named(text) if self.named and words else None
        matches = [
            (label, value)
            for label, value in self.choices
            if all(w in label.casefold() for w in words) or value == also
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
