"""Choose one or more criteria: a search box over a checklist of them.

Typing narrows the list by ids and word prefixes (`tui.matching`, bounded time per
key); Down moves into the list, Space ticks, Up from the top of the list goes back to
the box, Enter in the box ticks the best match.  The footer shows the keys.

The list is rebuilt when typing pauses (`REBUILD_DELAY`), or at once when Down or Enter
needs it: each keystroke in a Textual `Input` already lays the whole screen out once,
and a rebuilt list lays it out again, so rebuilding at every key of a fast typist
doubled the time from key to screen.  Focus moves inside the key's own handler
(`Screen.set_focus`), not a message later, so the typist's next key reaches the widget
that now has focus, and a key that reached a box after focus left it is sent on
(`handle_typed_ahead`, tui/widgets/typed_ahead.py): Down then Space typed at once tick, they do not type a space.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.strip import Strip
from textual.timer import Timer
from textual.widgets import Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from store.framework import CriterionDef
from tui.matching import CriteriaIndex
from tui.widgets.tick_box import blank_unticked
from tui.widgets.typed_ahead import handle_typed_ahead, move_focus

REBUILD_DELAY = 0.08
"""Seconds without a key before the list follows the query."""


class CriteriaSearch(Input):
    """The search box: Down moves into the list (Input's own Down would scroll it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "down",
            "pick",
            "Pick from list",
            id="criteria-pick",
            tooltip="Move into the list of criteria; Space ticks one.",
        ),
    ]
    into_list: Callable[[events.Key | None], None] | None = None
    """Set by the picker: move into the list."""

    def action_pick(self) -> None:
        """Into the list."""
        if self.into_list is not None:
            self.into_list(None)

    async def on_key(self, event: events.Key) -> None:
        """Down moves focus at once, before the keys typed after it are handled; Esc
        clears the search; Enter ticks here (Input's binding would be looked up where
        the focus is when the key comes back up to the app: the text box, after a Ctrl+T
        typed behind it)."""
        if handle_typed_ahead(self, event):
            return
        if event.key == "escape" and self.value:
            event.prevent_default()  # Esc clears a search, as in any search box; Esc in
            event.stop()  # an empty box leaves the editor (tester 23, F3)
            self.value = ""
        elif event.key == "down" and self.into_list is not None:
            event.prevent_default()
            event.stop()
            self.into_list(event)
        elif event.key == "enter":
            event.prevent_default()
            event.stop()
            await self.action_submit()


class CriteriaList(SelectionList[str]):
    """The checklist: Space ticks; Up from the first row returns to the search box."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "space",
            "select",
            "Tick",
            id="criteria-tick",
            tooltip="Tick or untick the highlighted criterion.",
        ),
    ]
    back_to_search: Callable[[events.Key | None], None] | None = None
    """Set by the picker: back to the search box."""
    clear_search: Callable[[events.Key], bool] | None = None
    """Set by the picker: clear a search and go back to the box (False: no search)."""

    def render_line(self, y: int) -> Strip:
        """A line of the list; an unticked criterion's box is blank, not a grey X."""
        return blank_unticked(self, super().render_line(y))

    def action_cursor_up(self, event: events.Key | None = None) -> None:
        """Up a row; from the first row, back to the search box."""
        if not self.highlighted and self.back_to_search is not None:
            self.back_to_search(event)
        else:
            super().action_cursor_up()

    def tick_highlighted(self) -> None:
        """Tick or untick the highlighted row now.

        `SelectionList.action_select` posts a message and toggles whichever row is
        highlighted when the message is handled, not the row it was sent for, so a Down
        typed right after Space moved the tick (and Space, Down, Space untick each other).
        The fix belongs upstream in Textual (toggle `OptionSelected.option_index`)."""
        if self.highlighted is not None:
            self.toggle(self.get_option_at_index(self.highlighted))

    def action_select(self) -> None:
        """Space (from the binding, e.g. a remapped key): tick the highlighted row."""
        self.tick_highlighted()

    def on_key(self, event: events.Key) -> None:
        """Space ticks, and Up and Down move, at once: before the keys typed after them
        are handled.  A binding would run only once the key has bubbled up to the app
        (and be looked up where focus is by then), so Down then Space typed together
        would tick the row Down had not yet left."""
        if handle_typed_ahead(self, event):
            return
        if event.key == "escape" and self.clear_search is not None and self.clear_search(event):
            event.prevent_default()  # Esc in the list of a search clears the search, as
            event.stop()  # in the box (tester 25, F3: it asked to leave the editor)
            return
        if event.key not in ("space", "up", "down"):
            return
        event.prevent_default()
        event.stop()
        if event.key == "space":
            self.tick_highlighted()
        elif event.key == "down":
            self.action_cursor_down()
        else:
            self.action_cursor_up(event)


class CriteriaPicker(Vertical):
    """A search box over a checklist of criteria; the ticks survive re-filtering."""

    DEFAULT_CSS = """
    CriteriaPicker { height: auto; }
    CriteriaPicker Input { margin-bottom: 0; }
    CriteriaPicker CriteriaList { height: 8; }
    CriteriaPicker #criteria-chosen { color: $text-muted; height: auto; }
    CriteriaPicker #criteria-none { color: $text-muted; height: 1; display: none; }
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
        case_first: Collection[str] = (),
        id: str | None = None,  # noqa: A002 - Textual's name
    ) -> None:
        super().__init__(id=id)
        self.criteria = criteria
        self.index = CriteriaIndex(criteria, case_first=case_first)
        self._selected: set[str] = set(selected or [])
        self._shown: list[str] | None = None
        self._chosen_text = ""
        self._pending: Timer | None = None
        self._query: str | None = None
        """The query the list shows."""
        self._rebuilding = False

    def rank_first(self, case_first: Collection[str]) -> None:
        """Offer these criteria first among equals from now on (`CriteriaIndex`)."""
        self.index = CriteriaIndex(self.criteria, case_first=case_first)
        self._shown = None
        if self.is_mounted:
            self._rebuild(self.query_one(CriteriaSearch).value)

    @property
    def selected(self) -> list[str]:
        """The ticked criterion ids, sorted."""
        return sorted(self._selected)

    def set_selected(self, ids: list[str]) -> None:
        """Tick exactly these criteria."""
        self._selected = set(ids)
        self._shown = None
        self._rebuild(self.query_one(CriteriaSearch).value)

    def compose(self) -> ComposeResult:
        yield CriteriaSearch(
            placeholder="Criteria: type words or an id · Down: the list · Space ticks",
            select_on_focus=False,  # back from the list, typing goes on after the text
            id="criteria-search",
        )
        yield CriteriaList(id="criteria-list")
        yield Static("No criterion has those words.", id="criteria-none")
        yield Static("", id="criteria-chosen")

    def on_mount(self) -> None:
        self.query_one(CriteriaSearch).into_list = self._pick
        self.query_one(CriteriaList).back_to_search = self._back
        self.query_one(CriteriaList).clear_search = self._clear
        self._rebuild("")

    def _pick(self, event: events.Key | None) -> None:
        """From the search box into the list, on its first row."""
        self.flush()
        listing = self.query_one(CriteriaList)
        if listing.option_count:
            listing.highlighted = 0
            move_focus(self, listing, event)

    def _back(self, event: events.Key | None) -> None:
        """Up from the first row: back to typing."""
        move_focus(self, self.query_one(CriteriaSearch), event)

    def _clear(self, event: events.Key) -> bool:
        """Esc in the list: clear the search and go back to typing one (False, and
        nothing done, when there is no search: Esc then leaves the editor)."""
        search = self.query_one(CriteriaSearch)
        if not search.value:
            return False
        search.value = ""
        move_focus(self, search, event)
        return True

    def flush(self) -> None:
        """Bring the list up to date with the query now: the box may hold keys whose
        Changed messages have not reached the picker yet (tester 22, F5: "QP8", Down and
        Space typed at once ticked the first criterion of the whole list)."""
        if self._pending is not None:
            self._pending.stop()
            self._pending = None
        value = self.query_one(CriteriaSearch).value
        if value != self._query:
            self._rebuild(value)

    def _rebuild(self, query: str) -> None:
        """Show the criteria matching `query` (the list is rebuilt only if they differ)."""
        self._query = query
        shown = self.index.match(query)
        ids = [c.id for c in shown]
        if ids != self._shown:
            self._shown = ids
            listing = self.query_one(CriteriaList)
            self._rebuilding = True
            try:
                listing.clear_options()
                listing.add_options(
                    [Selection(f"{c.id}  {c.text}", c.id, c.id in self._selected) for c in shown]
                )
            finally:
                self._rebuilding = False
            self.query_one("#criteria-none").display = not ids
        self._show_chosen()

    def _show_chosen(self) -> None:
        text = f"Chosen: {', '.join(self.selected) or 'none yet'}"
        if text != self._chosen_text:  # an update lays the whole screen out again
            self._chosen_text = text
            self.query_one("#criteria-chosen", Static).update(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Narrow the list when typing pauses."""
        event.stop()
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(REBUILD_DELAY, self.flush)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box ticks the best match and clears the search."""
        event.stop()
        self.flush()
        listing = self.query_one(CriteriaList)
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
