"""A choice (`Select`) whose open list shows what is chosen, where choosing nothing is
no choice, and that keeps the keys typed at it in the order typed.

Textual's `Select` opens with the highlight on what the field shows: its prompt ("Not
chosen yet") while its value is blank.  Enter there chose the prompt again and closed
the list, leaving the field blank, so an inspector pressing Enter, Enter looped on
"Choose the finding" (tester 21, F6).  That was first mended by opening on the first
real option, but then the highlight was on "Strength" below the "Not chosen yet" the
field showed, and one Down, pressed to reach Strength, chose "Area for development": a
note saved with the wrong finding (tester 24, F8).  So the list opens on what the field
shows, as every list does, and Enter on the prompt while nothing is chosen keeps the
list open: Down reaches the first real option.

Keys typed quickly (tester 22, F5: Ctrl+F, Down, Enter, Ctrl+T and the note's text in
one burst, on a loaded laptop): `Select` gives the focus to its open list, and back to
itself after a choice, by `Widget.focus`, which Textual runs after the keys already read
(`tui.widgets.typed_ahead`).  So Down and Enter reached the field left behind, the list
stayed open, the text typed next went into the list's type-to-search, and the late
focus took the text box's focus away.  Here the open list takes the focus at once;
Up, Down, Enter and Escape typed for the open list are handled at it (a binding would
be looked up where the focus is when the key comes back up to the app, perhaps the text
box by then); the focus comes back from the list only while it is still there; and the
list can take the focus only as it opens, from this choice (Textual's late call finds it
unable to).  The real fix belongs upstream (Textual issue 1009).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from textual import events
from textual.widgets import OptionList, Select

from tui.widgets.typed_ahead import handle_typed_ahead, key_order, move_focus

OPENING_KEYS = frozenset({"enter", "down", "up", "space"})
"""The keys that open a closed `Select` (its bindings)."""
LIST_KEYS = frozenset({"up", "down", "enter", "escape", "home", "end", "pageup", "pagedown"})


class Choice(Select[str]):
    """A `Select` of strings: see the module's docstring."""

    _opening: events.Key | None = None
    """The key that is opening the list, while it does."""
    _opened_at: int | None = None
    """The number of the key read when the list last opened (`KeyOrder`)."""

    def on_mount(self) -> None:
        self.query_one(OptionList).can_focus = False

    def watch_expanded(self, expanded: bool) -> None:
        # Runs after Select's own watcher, which highlights the blank prompt and asks
        # for the list's focus later: by then the keys typed after may have moved on.
        if not expanded:
            return
        options = self.query_one(OptionList)
        order = key_order(self.app)
        self._opened_at = order.number(self._opening) if self._opening else order.typed
        options.can_focus = True
        move_focus(self, options, self._opening)
        options.can_focus = False  # it keeps the focus given, and takes no late one

    def focus(self, scroll_visible: bool = True) -> Self:
        """Focus this choice.  From its open list (after a choice, or Escape), at once, and
        only while no key typed after the list opened has taken the focus elsewhere."""
        here = self.screen.focused
        if here is None or here is self or self in here.ancestors:
            self.screen.set_focus(self, scroll_visible=scroll_visible)
        elif self._opened_at is None or key_order(self.app).moved_by <= self._opened_at:
            super().focus(scroll_visible)
        return self

    def on_key(self, event: events.Key) -> None:
        """Keys for the open list, at the list (they bubble up here from it)."""
        options = self.query_one(OptionList)
        if not self.expanded:
            if not handle_typed_ahead(self, event) and event.key in OPENING_KEYS:
                event.prevent_default()
                event.stop()
                self._opening = event
                try:
                    self.action_show_overlay()  # now: the next key typed is for the list
                finally:
                    self._opening = None
            return
        if event.key not in LIST_KEYS:
            handle_typed_ahead(self, event)
            return
        event.prevent_default()
        event.stop()
        if event.key == "escape":
            self.expanded = False
            self.focus()
            return
        actions: dict[str, Callable[[], object]] = {
            "up": options.action_cursor_up,
            "down": options.action_cursor_down,
            "home": options.action_first,
            "end": options.action_last,
            "pageup": options.action_page_up,
            "pagedown": options.action_page_down,
        }
        if event.key in actions:
            actions[event.key]()
            return
        if self.value is Select.NULL and options.highlighted == 0:
            return  # the prompt, while nothing is chosen: choosing nothing is no choice
        options.action_select()  # the list posts the choice: Select sets it, then focus
