"""What the evidence editor's heading and window title say it is about.

The heading ("New evidence · Area 14") and the window title name the case by its
reference and an area by its number, never an internal id; both follow the editor's
"About" choice as it changes, and the record once it is read (tester 9: the title said
"Case 85b2bc09", and the heading kept "Area 7" after About was changed to Area 14)."""

from __future__ import annotations

from textual import on
from textual.widgets import Select, Static

from tui.navigation import EditorContext
from tui.screens.base import TypingScreen


class AboutTitled(TypingScreen[str | None]):
    """An editor screen whose heading (`#editor-title`, from `_title`) and window title
    (`sub_title`) name what its `context` is about."""

    context: EditorContext

    def _title(self) -> str:
        """The heading's words (the editor's own)."""
        raise NotImplementedError

    def retitle(self) -> None:
        """Name, in the heading and the window title, what the evidence is about now."""
        self.sub_title = self.context.about_label
        self.query_one("#editor-title", Static).update(self._title())

    @on(Select.Changed, "#editor-about")
    def _about_changed(self, event: Select.Changed) -> None:
        """About changed: the heading and the window title follow it (the note is saved
        about what About says, `EvidenceEditorScreen._evidence`)."""
        if isinstance(event.value, str):
            self.context.area_code = event.value
            self.retitle()
