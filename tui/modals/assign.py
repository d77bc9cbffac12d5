"""Assign cases to an inspector: the case on screen or highlighted, an area's sampled
cases, or every case in an area.

The dialog only collects the choice (`AssignRequest`).  `plan_assignment` works out which
cases that is and how many are someone else's now, so the app can ask before it changes
anything; `assign_cases` then does it through the store in one transaction.  The app
runs both in thread workers.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static

from store.casenumbers import FamilySplit
from store.models import CaseFilter, StoredArea, StoredInspector, counted
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
class AssignPlan:
    """The cases a request covers, before anything changes."""

    inspector_id: str
    inspector: str
    case_ids: list[str]
    scope: str
    others: int
    """How many of them are allocated to another inspector now."""
    families: tuple[FamilySplit, ...] = ()
    """The families the assignment would leave split between inspectors."""

    @property
    def question(self) -> str:
        """What the lead is asked before the cases change hands."""
        cases = counted(len(self.case_ids), "case")
        taken = (
            f" {self.others} of them {'is' if self.others == 1 else 'are'} allocated to "
            "another inspector now."
            if self.others
            else ""
        )
        split = "".join(f" {f.fact}." for f in self.families[:3])
        more = len(self.families) - 3
        if more > 0:
            split += f" {counted(more, 'more family', 'more families')} would be split too."
        return f"Give {cases} ({self.scope}) to {self.inspector}?{taken}{split}"


@dataclass(frozen=True)
class AssignResult:
    inspector: str
    changed: int
    scope: str


def plan_assignment(store: Store, request: AssignRequest) -> AssignPlan:
    """Which cases a request covers and whose they are now (call from a worker thread)."""
    if request.case_id:
        case = store.case(request.case_id)
        ids, owners, scope = [case.meta.id], [case.inspector_id], f"case {case.ref}"
    else:
        filt = CaseFilter(area_code=request.area_code)
        rows = store.case_rows(filt, 0, store.count_cases(filt))
        if request.sampled_only:
            owner = {row.id: row.inspector_id for row in rows}
            ids = store.sampled_case_ids(request.area_code)
            owners = [owner.get(i) for i in ids]
            scope = f"the sampled cases of area {request.area_code}"
        else:
            ids = [row.id for row in rows]
            owners = [row.inspector_id for row in rows]
            scope = f"every case in area {request.area_code}"
    others = sum(1 for o in owners if o and o != request.inspector_id)
    name = store.inspector(request.inspector_id).name
    families = tuple(store.families_split(request.inspector_id, ids))
    return AssignPlan(request.inspector_id, name, ids, scope, others, families)


def assign_cases(store: Store, plan: AssignPlan) -> AssignResult:
    """Carry out an assignment in one transaction (call from a worker thread)."""
    changed = store.assign_cases(plan.inspector_id, plan.case_ids)
    return AssignResult(plan.inspector, changed, plan.scope)


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
