"""Assign cases to an inspector: the case on screen, an area's sampled cases, or every
case in an area.

The dialog only collects the choice (`AssignRequest`); `assign_cases` below does the work
through the store, and the app runs it in a thread worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static

from store.models import CaseFilter, StoredArea, StoredInspector
from store.store import Store

THIS_CASE = "__this_case__"
SAMPLED = "__sampled__:"


@dataclass(frozen=True)
class AssignRequest:
    """Who gets the cases, and which: one case id, or an area's sampled cases (as
    `fieldwork assign --area`) or every case in it (`--area --all`)."""

    inspector_id: str
    case_id: str | None = None
    area_code: str | None = None
    sampled_only: bool = False


@dataclass(frozen=True)
class AssignResult:
    inspector: str
    changed: int
    scope: str


def assign_cases(store: Store, request: AssignRequest) -> AssignResult:
    """Carry out an assignment in one transaction (call from a worker thread)."""
    if request.case_id:
        ids = [request.case_id]
        scope = f"case {store.case(request.case_id).ref}"
    elif request.sampled_only:
        ids = store.sampled_case_ids(request.area_code)
        scope = f"the sampled cases of area {request.area_code}"
    else:
        filt = CaseFilter(area_code=request.area_code)
        ids = [row.id for row in store.case_rows(filt, 0, store.count_cases(filt))]
        scope = f"area {request.area_code}"
    changed = store.assign_cases(request.inspector_id, ids)
    return AssignResult(store.inspector(request.inspector_id).name, changed, scope)


class AssignDialog(ModalScreen[AssignRequest | None]):
    """Choose an inspector and the cases to give them."""

    DEFAULT_CSS = """
    AssignDialog { align: center middle; }
    AssignDialog > Vertical {
        width: 70; max-width: 98%; height: auto; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    AssignDialog Select { width: 100%; margin-bottom: 1; }
    AssignDialog #assign-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", id="assign-cancel", tooltip="Close without assigning."
        ),
        Binding("ctrl+s", "assign", "Assign", id="assign-save", tooltip="Assign the cases."),
    ]

    def __init__(
        self,
        inspectors: list[StoredInspector],
        areas: list[StoredArea],
        case_id: str | None = None,
        case_ref: str | None = None,
    ) -> None:
        super().__init__()
        self.inspectors = inspectors
        self.areas = areas
        self.case_id = case_id
        self.case_ref = case_ref

    def compose(self) -> ComposeResult:
        scopes: list[tuple[str, str]] = []
        if self.case_id:
            scopes.append((f"This case ({self.case_ref})", THIS_CASE))
        for a in self.areas:
            scopes.append((f"Sampled cases in area {a.code}: {a.name}", SAMPLED + a.code))
            scopes.append((f"Every case in area {a.code}: {a.name}", a.code))
        with Vertical():
            yield Static("Assign cases", id="assign-title")
            yield Label("Inspector")
            yield Select(
                [(f"{p.name} ({p.initials})", p.id) for p in self.inspectors if p.active],
                prompt="Choose an inspector",
                id="assign-inspector",
            )
            yield Label("Cases")
            yield Select(
                scopes,
                value=scopes[0][1] if scopes else Select.BLANK,
                allow_blank=not scopes,
                id="assign-scope",
            )
            yield Button("Assign", variant="primary", id="assign-button")
            yield Static("Ctrl+S assign · Esc cancel", id="assign-hint")

    def on_mount(self) -> None:
        self.query_one("#assign-inspector", Select).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_assign()

    def action_assign(self) -> None:
        """Dismiss with the request, once both choices are made."""
        inspector = self.query_one("#assign-inspector", Select).value
        scope = self.query_one("#assign-scope", Select).value
        if not isinstance(inspector, str) or not isinstance(scope, str):
            self.notify("Choose an inspector and the cases first.", severity="warning")
            return
        if scope == THIS_CASE:
            self.dismiss(AssignRequest(inspector_id=inspector, case_id=self.case_id))
        elif scope.startswith(SAMPLED):
            code = scope.removeprefix(SAMPLED)
            self.dismiss(AssignRequest(inspector_id=inspector, area_code=code, sampled_only=True))
        else:
            self.dismiss(AssignRequest(inspector_id=inspector, area_code=scope))

    def action_cancel(self) -> None:
        """Close without assigning."""
        self.dismiss(None)
