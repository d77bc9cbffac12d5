"""Choose one or more criteria by fuzzy search over their ids and wording."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.fuzzy import Matcher
from textual.message import Message
from textual.widgets import Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from store.framework import CriterionDef


class CriteriaPicker(Vertical):
    """A search box over a checklist of criteria; the ticks survive re-filtering.

    Type to narrow the list (fuzzy on "id text"), Down to reach the list, Space to tick.
    """

    DEFAULT_CSS = """
    CriteriaPicker { height: auto; }
    CriteriaPicker Input { margin-bottom: 0; }
    CriteriaPicker SelectionList { height: 8; }
    CriteriaPicker #criteria-chosen { color: $text-muted; height: auto; }
    """

    class Changed(Message):
        """The set of ticked criteria changed."""

        def __init__(self, picker: CriteriaPicker) -> None:
            super().__init__()
            self.picker = picker

    def __init__(
        self,
        criteria: list[CriterionDef],
        selected: list[str] | None = None,
        *,
        id: str | None = None,  # noqa: A002 - Textual's name
    ) -> None:
        super().__init__(id=id)
        self.criteria = criteria
        self._selected: set[str] = set(selected or [])
        self._rebuilding = False

    @property
    def selected(self) -> list[str]:
        """The ticked criterion ids, sorted."""
        return sorted(self._selected)

    def set_selected(self, ids: list[str]) -> None:
        """Tick exactly these criteria."""
        self._selected = set(ids)
        self._rebuild(self.query_one(Input).value)

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Criteria: type an id or words to narrow, Down to pick",
            id="criteria-search",
        )
        yield SelectionList[str](id="criteria-list")
        yield Static("", id="criteria-chosen")

    def on_mount(self) -> None:
        self._rebuild("")

    def _rebuild(self, query: str) -> None:
        listing: SelectionList[str] = self.query_one(SelectionList)
        if query.strip():
            matcher = Matcher(query.strip())
            scored = [(matcher.match(f"{c.id} {c.text}"), c) for c in self.criteria]
            shown = [c for score, c in sorted(scored, key=lambda p: -p[0]) if score > 0]
        else:
            shown = list(self.criteria)
        self._rebuilding = True
        try:
            listing.clear_options()
            listing.add_options(
                [Selection(f"{c.id}  {c.text}", c.id, c.id in self._selected) for c in shown]
            )
        finally:
            self._rebuilding = False
        self._show_chosen()

    def _show_chosen(self) -> None:
        chosen = ", ".join(self.selected) or "none yet"
        self.query_one("#criteria-chosen", Static).update(f"Chosen: {chosen}")

    def on_input_changed(self, event: Input.Changed) -> None:
        """Narrow the list as the inspector types."""
        event.stop()
        self._rebuild(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box ticks the best match and clears the search."""
        event.stop()
        listing: SelectionList[str] = self.query_one(SelectionList)
        if event.value.strip() and listing.option_count:
            first = listing.get_option_at_index(0).value
            self._selected.add(first)
            event.input.value = ""
            self.post_message(self.Changed(self))
        self._rebuild("")

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        """Keep ticks made in the list, including those of rows filtered out now."""
        event.stop()
        if self._rebuilding:
            return
        listing = event.selection_list
        visible = {listing.get_option_at_index(i).value for i in range(listing.option_count)}
        chosen = (self._selected - visible) | set(listing.selected)
        if chosen != self._selected:
            self._selected = chosen
            self._show_chosen()
            self.post_message(self.Changed(self))
