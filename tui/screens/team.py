"""The lead's team and areas screen: who is on the team (with the cases each holds) and
the organisation's service areas (visited or not, with their cases).

The same changes as `fieldwork team ...` and `fieldwork areas ...`, through the same
Store methods (`store.team`), so both refuse the same things with the same sentence:
add, edit or remove a person; add or rename an area; visit or unvisit it.  Every store
call runs in a thread worker; a refusal is a notification and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Header, Static

from store.models import ROLE_LABELS, CaseFilter, StoredArea, StoredInspector
from tui.modals.confirm import ConfirmModal
from tui.modals.form import FormChoice, FormField, FormModal
from tui.screens.base import FieldworkScreen
from tui.widgets.footer import Footer

ROLES = [(label, code) for code, label in ROLE_LABELS.items()]


@dataclass(frozen=True)
class TeamView:
    """What the screen shows, read in a worker."""

    people: list[tuple[StoredInspector, int]]
    areas: list[tuple[StoredArea, int]]
    me: str | None


class TeamLoaded(Message):
    """The team and the areas, read."""

    def __init__(self, view: TeamView) -> None:
        super().__init__()
        self.view = view


class TeamScreen(FieldworkScreen[None]):
    """The team on the left, the service areas on the right; Tab moves between them."""

    DEFAULT_CSS = """
    TeamScreen #team-summary { height: auto; padding: 0 1; }
    TeamScreen #team-panes { height: 1fr; }
    TeamScreen #team-people-pane { width: 3fr; }
    TeamScreen #team-areas-pane { width: 2fr; }
    TeamScreen .team-heading { text-style: bold; padding: 0 1; }
    TeamScreen DataTable { height: 1fr; border: round $primary; }
    """
    BINDINGS = [
        Binding("a", "add_person", "Add person", id="team-add-person",
                tooltip="Add someone to the team."),
        Binding("e", "edit", "Edit", id="team-edit",
                tooltip="Change the person's name, initials or role, or rename the area."),
        Binding("x", "remove_person", "Remove", id="team-remove",
                tooltip="Take the person off the team (not while they hold cases; their work stays theirs)."),
        Binding("n", "add_area", "Add area", id="team-add-area", tooltip="Add a service area."),
        Binding("v", "toggle_visited", "Visit/unvisit", id="team-toggle-visited",
                tooltip="Mark the area visited, or not visited."),
        Binding("r", "refresh", "Refresh", id="team-refresh", tooltip="Read them again."),
        Binding("escape", "close", "Back", id="team-close", tooltip="Close this screen."),
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__(id="team")
        self.view: TeamView | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="team-summary")
        with Horizontal(id="team-panes"):
            with Vertical(id="team-people-pane"):
                yield Static("Team", classes="team-heading")
                people: DataTable[str] = DataTable(id="team-table", cursor_type="row")
                people.add_columns("Initials", "Name", "Role", "Cases")
                yield people
            with Vertical(id="team-areas-pane"):
                yield Static("Service areas", classes="team-heading")
                areas: DataTable[str] = DataTable(id="areas-table", cursor_type="row")
                areas.add_columns("Code", "Name", "Visited", "Cases")
                yield areas
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Team and areas"
        self.load()

    # Reading ---------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="team-load", exit_on_error=False)
    def load(self) -> None:
        store = self.store
        held = store.cases_held()  # a case a substitute replaced is not held
        people = [(p, held.get(p.id, 0)) for p in store.inspectors() if p.active]
        areas = [(a, store.count_cases(CaseFilter(area_code=a.code))) for a in store.areas()]
        self.post_message(TeamLoaded(TeamView(people, areas, store.me_id)))

    @on(TeamLoaded)
    def _loaded(self, message: TeamLoaded) -> None:
        self.view = view = message.view
        people = self.query_one("#team-table", DataTable)
        keep = people.cursor_row
        people.clear()
        for p, n in view.people:
            mark = " (this file)" if p.id == view.me else ""
            people.add_row(p.initials, p.name + mark, ROLE_LABELS[p.role], str(n), key=p.id)
        people.move_cursor(row=min(keep, max(people.row_count - 1, 0)))
        areas = self.query_one("#areas-table", DataTable)
        keep = areas.cursor_row
        areas.clear()
        for a, n in view.areas:
            areas.add_row(a.code, a.name, "visited" if a.visited else "", str(n), key=a.code)
        areas.move_cursor(row=min(keep, max(areas.row_count - 1, 0)))
        visited = sum(a.visited for a, _ in view.areas)
        self.query_one("#team-summary", Static).update(
            f"{len(view.people)} on the team · {len(view.areas)} areas, {visited} visited"
            + ("" if view.areas else " · add areas with n, or import the case list")
        )

    # Selection -------------------------------------------------------------------------
    def _selected_person(self) -> StoredInspector | None:
        table = self.query_one("#team-table", DataTable)
        if self.view is None or not self.view.people or table.row_count == 0:
            return None
        return self.view.people[table.cursor_row][0]

    def _selected_area(self) -> StoredArea | None:
        table = self.query_one("#areas-table", DataTable)
        if self.view is None or not self.view.areas or table.row_count == 0:
            return None
        return self.view.areas[table.cursor_row][0]

    def _areas_focused(self) -> bool:
        return self.focused is self.query_one("#areas-table", DataTable)

    # Changing --------------------------------------------------------------------------
    def action_add_person(self) -> None:
        def then(values: dict[str, str] | None) -> None:
            if values:
                self.change("add_member", f"Added {values['name']}.", values["name"],
                            values["initials"] or None, values["role"] or "team-inspector")  # fmt: skip

        fields = [FormField("name", "Name"),
                  FormField("initials", "Initials", placeholder="from the name")]  # fmt: skip
        choice = FormChoice("role", "Role", ROLES, "team-inspector")
        self.app.push_screen(FormModal("Add someone to the team", fields, choice), then)

    def action_edit(self) -> None:
        if self._areas_focused():
            self._rename_area()
            return
        person = self._selected_person()
        if person is None:
            return

        def then(values: dict[str, str] | None) -> None:
            if values:
                self.change("edit_member", f"Changed {values['name']}.", person.id,
                            name=values["name"], initials=values["initials"],
                            role=values["role"] or None)  # fmt: skip

        fields = [FormField("name", "Name", person.name),
                  FormField("initials", "Initials", person.initials)]  # fmt: skip
        choice = FormChoice("role", "Role", ROLES, person.role)
        self.app.push_screen(FormModal(f"Change {person.name}", fields, choice), then)

    def action_remove_person(self) -> None:
        person = self._selected_person()
        if person is None or self._areas_focused():
            return

        def then(yes: bool | None) -> None:
            if yes:
                self.change("remove_member", f"{person.name} is off the team.", person.id)

        question = (f"Take {person.name} off the team?  The change travels to the other "
                    f"files with the next merges; their name stays on what they recorded.")  # fmt: skip
        self.app.push_screen(ConfirmModal(question, "Remove", "Keep"), then)

    def action_add_area(self) -> None:
        def then(values: dict[str, str] | None) -> None:
            if values:
                self.change("add_area", f"Added area {values['code']}.", values["code"],
                            values["name"])  # fmt: skip

        fields = [FormField("code", "Code", placeholder="6 or 15a"), FormField("name", "Name")]
        self.app.push_screen(FormModal("Add a service area", fields), then)

    def _rename_area(self) -> None:
        area = self._selected_area()
        if area is None:
            return

        def then(values: dict[str, str] | None) -> None:
            if values:
                self.change("rename_area", f"Area {area.code} renamed.", area.code,
                            values["name"])  # fmt: skip

        fields = [FormField("name", "Name", area.name)]
        self.app.push_screen(FormModal(f"Rename area {area.code}", fields), then)

    def action_toggle_visited(self) -> None:
        area = self._selected_area()
        if area is None:
            return
        word = "not visited" if area.visited else "visited"
        self.change("set_visited", f"Area {area.code} marked {word}.", [area.code],
                    not area.visited)  # fmt: skip

    def action_refresh(self) -> None:
        self.load()

    def action_close(self) -> None:
        self.app.pop_screen()
