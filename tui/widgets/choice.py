"""A choice (`Select`) that opens on its first real option while nothing is chosen.

Textual's `Select` opens with the highlight on its prompt ("Not chosen yet") while its
value is blank, so Enter, Enter (open, choose) chose the prompt again and left the
field blank: an inspector saving a note looped on "Choose the finding" (tester 21,
F6).  Opened with nothing chosen, this one highlights the first option that is a
value; with a value, the value, as `Select` does.
"""

from __future__ import annotations

from textual.widgets import OptionList, Select


class Choice(Select[str]):
    """A `Select` of strings whose list opens on its first value when none is chosen."""

    def watch_expanded(self, expanded: bool) -> None:
        # Runs after Select's own watcher, which highlights the blank prompt.
        if not expanded or self.value is not Select.NULL:
            return
        options = self.query_one(OptionList)
        if options.option_count > 1:
            options.highlighted = 1  # the prompt is the first option
