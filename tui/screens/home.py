"""Home: the inspection at a glance."""

from __future__ import annotations

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.coordinate import Coordinate
from textual.message import Message
from textual.widgets import DataTable, Header, Static
from textual.worker import get_current_worker

from exporters.gradable import case_criteria
from store.framework import Framework
from store.homesummary import AreaSummary, StatusCounts
from store.models import LEAD_ROLES
from store.progress import Progress
from store.reads import ReadCancelled
from tui.messages import HomeLoaded
from tui.navigation import EditorContext, ShowCases
from tui.screens.base import FieldworkScreen
from tui.widgets.footer import Footer


def _counts(c: StatusCounts) -> str:
    return f"{c.not_started:>3} {c.in_progress:>3} {c.complete:>3}"


def _refs(refs: list[str], total: int) -> str:
    more = "…" if total > len(refs) else ""
    return f" ({', '.join(refs)}{more})" if refs else ""


def collected(fw: Framework, role: str | None) -> set[str] | None:
    """The criteria a team member collects evidence on (None: all, for the lead, a
    deputy or a file issued to nobody): the cases' criteria and the areas', not the
    national leadership's, which the lead collects (tester 25, F4: an inspector's Home
    listed LG1-LG9 as thin)."""
    if role is None or role in LEAD_ROLES:
        return None
    areas = {j.id for j in fw.judgements if j.scope == "area"}
    cases = set(case_criteria(fw))
    return {c.id for c in fw.criteria if c.id in cases or areas & set(c.judgements)}


def progress_text(title: str, p: Progress) -> str:
    """One line of progress: cases complete, criteria graded, cases not started,
    children not seen.  Cases first: nobody grades every criterion on every file, so a
    share of all criteria read 20% for an inspector whose cases were all complete
    (tester 22, F12)."""
    if not p.cases:
        return f"[b]{title}[/b]: no cases allocated yet."
    average = f", {p.graded / p.cases:.1f} a case on average" if p.graded else ""
    parts = [
        f"[b]{title}[/b]: {p.complete} of {p.cases} {'case' if p.cases == 1 else 'cases'} "
        f"complete, {p.in_progress} in progress",
        f"{p.graded} {'criterion' if p.graded == 1 else 'criteria'} graded{average}",
        f"{p.not_started} not started{_refs(p.not_started_refs, p.not_started)}",
    ]
    if p.child_seen_unknown == p.cases:  # "not seen in 0" read as good news (tester 14)
        parts.append("whether the child was seen: not yet recorded on any case")
        return " · ".join(parts)
    parts.append(
        f"child not seen in {p.child_not_seen}{_refs(p.child_not_seen_refs, p.child_not_seen)}"
    )
    if p.child_seen_unknown:
        parts.append(f"not recorded in {p.child_seen_unknown}")
    return " · ".join(parts)


class ProgressLoaded(Message):
    """Progress through my cases and, for the lead, the team's."""

    def __init__(self, mine: Progress | None, team: Progress | None) -> None:
        super().__init__()
        self.mine = mine
        self.team = team


class HomeScreen(FieldworkScreen[None]):
    """Who I am; my cases and the team's by area and status; evidence; open
    safeguarding escalations; criteria with thin evidence."""

    EDITOR_KEYS = {"n": "new_evidence"}

    AUTO_FOCUS = "#home-areas"
    BINDINGS = [
        Binding(
            "n",
            "new_evidence",
            "New area evidence",
            id="home-new-evidence",
            tooltip="Evidence about the highlighted area (About in the editor changes it).",
        ),
        Binding(
            "r",
            "refresh",
            "Refresh",
            id="home-refresh",
            show=False,
            tooltip="Read the summary again.",
        ),
        Binding(
            "enter",
            "open_escalation",
            "Open",
            id="home-open",
            show=False,
            tooltip="Open the highlighted escalation or area.",
        ),
    ]

    def __init__(self) -> None:
        super().__init__(id="home")
        self._escalation_ids: list[tuple[str, str | None, str | None]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="home-body"):
            yield Static("Loading…", id="home-who")
            yield Static("", id="home-progress")
            with Horizontal(id="home-stats"):
                yield Static("", id="home-evidence", classes="home-stat")
                yield Static("", id="home-escalations", classes="home-stat")
                yield Static("", id="home-conflicts", classes="home-stat")
            yield Static(
                "[b]Cases by area[/b]  (not started / in progress / complete)",
                classes="home-heading",
            )
            areas: DataTable[str] = DataTable(id="home-areas", cursor_type="row")
            areas.add_columns("Area", "Name", "Mine", "Team", "Evidence")
            yield areas
            yield Static("[b]Open safeguarding escalations[/b]", classes="home-heading")
            escalations: DataTable[str] = DataTable(id="home-escalation-table", cursor_type="row")
            escalations.add_columns("Case", "Concern")
            yield escalations
            yield Static(
                "[b]Criteria with thin evidence[/b] (under 3 items or one source)",
                classes="home-heading",
            )
            thin: DataTable[str] = DataTable(id="home-thin", cursor_type="row")
            thin.add_columns("Criterion", "Items", "Sources", "Wording")
            yield thin
        yield Footer()

    ACTION_TABLES = {"new_evidence": "home-areas", "open_escalation": "home-escalation-table"}
    """The table each table action acts on: it runs only while that table has the focus
    (with another table focused, `n` would open the areas table's row, which the user
    is not looking at)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A table's action is offered (and runs) only while its table has the focus."""
        table = self.ACTION_TABLES.get(action)
        if table is None:
            return True
        focused = self.focused
        return True if focused is not None and focused.id == table else None

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The footer follows the focus: `n` shows as available on the areas table only."""
        self.refresh_bindings()

    def on_screen_resume(self) -> None:
        self.load()
        self.load_progress()

    def on_screen_suspend(self) -> None:
        """Leaving Home stops its reads: the screen the user went to needs the machine
        (Home reads its summary afresh when it is shown again)."""
        self.workers.cancel_group(self, "home")
        self.workers.cancel_group(self, "home-progress")

    def action_refresh(self) -> None:
        """Read the summary again."""
        self.load()
        self.load_progress()

    @work(thread=True, exclusive=True, group="home-progress", exit_on_error=False)
    def load_progress(self) -> None:
        """Read my progress; the lead and deputies (or a file issued to nobody) also
        read the team's."""
        worker = get_current_worker()
        try:
            with self.store.cancelled_by(lambda: worker.is_cancelled):
                me = self.store.me()
                gradable = case_criteria(self.store.framework)
                mine = self.store.progress(me.id, gradable) if me else None
                lead = me is None or me.role in LEAD_ROLES
                team = self.store.progress(None, gradable) if lead else None
        except ReadCancelled:
            return
        if not worker.is_cancelled:
            self.post_message(ProgressLoaded(mine, team))

    def on_progress_loaded(self, message: ProgressLoaded) -> None:
        """Show progress: the team's first (for the lead), then mine."""
        lines = []
        if message.team is not None:
            lines.append(progress_text("The team's progress", message.team))
        if message.mine is not None and (message.team is None or message.mine.cases):
            lines.append(progress_text("Your progress", message.mine))
        self.query_one("#home-progress", Static).update("\n".join(lines))

    @work(thread=True, exclusive=True, group="home", exit_on_error=False)
    def load(self) -> None:
        """Read the summary (stopped if the user leaves Home meanwhile)."""
        worker = get_current_worker()
        try:
            with self.store.cancelled_by(lambda: worker.is_cancelled):
                summary = self.store.home_summary()
                escalations = self.store.escalations()
        except ReadCancelled:
            return
        if not worker.is_cancelled:
            self.post_message(HomeLoaded(summary, escalations))

    def on_home_loaded(self, message: HomeLoaded) -> None:
        """Show the summary."""
        s = message.summary
        me = s.me
        who = f"{me.name} ({me.initials}), {me.role.replace('-', ' ')}" if me else "nobody"
        mine = StatusCounts()
        team = StatusCounts()
        for a in s.areas:
            for total, part in ((mine, a.my_cases), (team, a.cases)):
                total.not_started += part.not_started
                total.in_progress += part.in_progress
                total.complete += part.complete
        self.sub_title = s.title
        self.query_one("#home-who", Static).update(
            f"[b]{s.title}[/b]\nYou are [b]{who}[/b]. "
            f"Your cases: {mine.total} ({mine.not_started} not started, "
            f"{mine.in_progress} in progress, {mine.complete} complete); "
            f"the team's: {team.total}.{unmarked_hint(s.my_unmarked)}"
        )
        self.query_one("#home-evidence", Static).update(
            f"Evidence [b]{s.evidence_total}[/b]\nmine {s.my_evidence}"
        )
        esc = self.query_one("#home-escalations", Static)
        esc.update(f"Open escalations\n[b]{s.open_escalations}[/b]")
        esc.set_class(s.open_escalations > 0, "-alert")
        self.query_one("#home-conflicts", Static).update(f"Conflicts\n[b]{s.conflicts}[/b]")
        self._fill_areas(s.areas)
        table: DataTable[str] = self.query_one("#home-escalation-table", DataTable)
        table.clear()
        self._escalation_ids = []
        for ev in message.escalations:
            where = ev.case_ref or (f"Area {ev.area_code}" if ev.area_code else "National")
            concern = " ".join(ev.safeguarding.split())
            table.add_row(where, concern[:90], key=ev.id)
            self._escalation_ids.append((ev.id, ev.case_id, ev.case_ref))
        if not message.escalations:
            table.add_row("", "None open.")
        thin: DataTable[str] = self.query_one("#home-thin", DataTable)
        thin.clear()
        theirs = collected(self.store.framework, None if me is None else me.role)
        wording = max(40, self.size.width - 34)  # the other columns and the borders
        for c in [c for c in s.thin_criteria if theirs is None or c.criterion_id in theirs][:12]:
            thin.add_row(c.criterion_id, str(c.evidence), str(c.sources), c.text[:wording])

    def _fill_areas(self, areas: list[AreaSummary]) -> None:
        """The areas, the highlight kept on the row it was on; at first on the area
        holding most of the user's own cases, so that `n` offers their own area
        (tester 10: it offered the first area in the table)."""
        table: DataTable[str] = self.query_one("#home-areas", DataTable)
        was = None
        if 0 <= table.cursor_row < table.row_count:
            was = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        table.clear()
        shown = [a for a in areas if a.visited or a.cases.total]
        own = max(shown, key=lambda a: a.my_cases.total, default=None)
        if was is None and own is not None and own.my_cases.total:
            was = own.code
        for a in shown:
            wide = self.size.width >= 100  # at 80 columns, shorter: the evidence shows
            name = a.name[: 30 if wide else 20]
            name += "" if a.visited else (" (not visited)" if wide else " (unvisited)")
            table.add_row(
                a.code, name, _counts(a.my_cases), _counts(a.cases), str(a.evidence), key=a.code
            )
        codes = [a.code for a in shown]
        if was in codes:
            table.move_cursor(row=codes.index(was))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on an escalation opens it; on an area, that area's cases."""
        event.stop()
        if event.data_table.id == "home-escalation-table":
            self.action_open_escalation()
        elif event.data_table.id == "home-areas" and event.row_key.value:
            self.post_message(ShowCases(event.row_key.value))

    def action_open_escalation(self) -> None:
        """Open the highlighted escalation in the editor, to mark it escalated."""
        table: DataTable[str] = self.query_one("#home-escalation-table", DataTable)
        row = table.cursor_row
        if 0 <= row < len(self._escalation_ids):
            evidence_id, case_id, ref = self._escalation_ids[row]
            context = EditorContext(evidence_id=evidence_id, case_id=case_id, case_ref=ref)
            self.open_editor(context)

    def action_new_evidence(self) -> None:
        """Evidence about the area highlighted in the areas table (the editor's "About"
        changes it, to another area or the national organisation)."""
        table: DataTable[str] = self.query_one("#home-areas", DataTable)
        area: str | None = None
        if 0 <= table.cursor_row < table.row_count:
            area = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        self.open_editor(EditorContext(area_code=area))


def unmarked_hint(refs: list[str]) -> str:
    """A reminder that a case's status is the inspector's to set, where cases with notes
    are still marked Not started (tester 16, F5: the home screen said 10 not started after
    37 notes, as if no work had been done)."""
    if not refs:
        return ""
    shown = ", ".join(refs[:3]) + (f" and {len(refs) - 3} more" if len(refs) > 3 else "")
    which = "has notes but is" if len(refs) == 1 else "have notes but are"
    return (f"\n{shown} {which} still marked Not started: set the Status on the case screen "
            "(in progress, then complete).")  # fmt: skip
