"""What the evidence editor's heading and window title say it is about.

The heading ("New evidence · Area 14") and the window title name the case by its
reference and an area by its number, never an internal id; both follow the editor's
"About" choice as it changes, and the record once it is read (tester 9: the title said
"Case 85b2bc09", and the heading kept "Area 7" after About was changed to Area 14)."""

from __future__ import annotations

import contextlib

from textual import on
from textual.widgets import Select, Static
from textual.widgets.select import InvalidSelectValueError

from tui.markup import escape
from tui.navigation import EditorContext
from tui.screens.base import TypingScreen


class AboutTitled(TypingScreen[str | None]):
    """An editor screen whose heading (`#editor-title`, from `_title`) and window title
    (`sub_title`) name what its `context` is about."""

    context: EditorContext
    held_by = ""
    """The inspector who holds the note's case, where that is someone else (set by
    `ChildWordsShown.on_case_age_known`)."""
    not_started = ""
    """The case's reference where it is still marked Not started (`saved_message`)."""

    def _title(self) -> str:
        """The heading's words (the editor's own)."""
        raise NotImplementedError

    def retitle(self) -> None:
        """Name, in the heading and the window title, what the evidence is about now (and
        whose case it is, where another inspector holds it: `held_by`)."""
        self.sub_title = self.context.about_label
        held = self.held_by and self.context.case_id
        whose = f" · [b]{escape(self.held_by)}'s case[/b]" if held else ""
        self.query_one("#editor-title", Static).update(self._title() + whose)

    def show_about(self, about: str) -> None:
        """The record was read: About shows what it is about (`about`: an area's code or
        the national organisation; "case" for a case's note, which has no About).  Before
        the areas are offered the choice cannot take it; the areas' arrival sets it then
        (`on_lookups_loaded`, from the form).  Either way the titles follow."""
        if about != "case" and not self.context.case_id:
            with contextlib.suppress(InvalidSelectValueError):  # areas not offered yet
                self.query_one("#editor-about", Select).value = about
        self.retitle()

    @on(Select.Changed, "#editor-about")
    def _about_changed(self, event: Select.Changed) -> None:
        """About changed: the heading and the window title follow it (the note is saved
        about what About says, `EvidenceEditorScreen._evidence`)."""
        value = event.select.value  # now (an older change may arrive after a newer one)
        if isinstance(value, str):
            self.context.area_code = value
            self.retitle()
