"""Help: every key, screen by screen."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from tui.screens.base import FieldworkScreen
from tui.widgets.footer import Footer


def _rows(bindings: list[BindingType], keymap: dict[str, str]) -> list[tuple[str, str, str]]:
    """Each binding's keys (as remapped in the settings' keymap), what it does, and the
    id the keymap knows it by."""
    rows = []
    for b in bindings:
        if isinstance(b, Binding):
            keys = keymap.get(b.id, b.key) if b.id else b.key
            rows.append(
                (
                    keys.replace("question_mark", "?").replace("slash", "/"),
                    b.tooltip or b.description,
                    b.id or "",
                )
            )
    return rows


class HelpScreen(FieldworkScreen[None]):
    """The keys of every screen, and where the rarer actions are."""

    BINDINGS = [
        Binding(
            "escape,q,question_mark", "back", "Back", id="help-back", tooltip="Close the help."
        ),
    ]

    def compose(self) -> ComposeResult:
        from tui.screens.case import CaseScreen
        from tui.screens.case_list import CaseListScreen
        from tui.screens.coverage import CoverageScreen
        from tui.screens.evidence_editor import EvidenceEditorScreen
        from tui.screens.home import HomeScreen
        from tui.screens.search import SearchScreen

        sections: list[tuple[str, Any]] = [
            ("Everywhere", type(self.app)),
            ("Home", HomeScreen),
            ("Case list", CaseListScreen),
            ("Case", CaseScreen),
            ("Evidence editor", EvidenceEditorScreen),
            ("Search", SearchScreen),
            ("Coverage", CoverageScreen),
        ]
        yield Header()
        with VerticalScroll(id="help-body"):
            yield Static(
                "[b]Fieldwork keys[/b]. Ctrl+P opens the command palette for rarer actions "
                "(area or national evidence, undo delete, light/dark theme, other screens). "
                "To change a key, name it in the settings file's \\[keymap] table by the id "
                "shown in grey ('fieldwork locate' prints where the file is).",
                id="help-intro",
            )
            for title, cls in sections:
                lines = "\n".join(
                    f"  [b]{key:<16}[/b] {text} [dim]{binding_id}[/]"
                    for key, text, binding_id in _rows(list(cls.BINDINGS), self.fw.settings.keymap)
                )
                yield Static(f"[b $accent]{title}[/]\n{lines}", classes="help-section")
        yield Footer()

    def action_back(self) -> None:
        """Close the help."""
        self.dismiss(None)
