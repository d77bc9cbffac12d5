"""The lead's previous inspection screen: when the last inspection was, its overall
judgement, and its recommendations, each with how far this inspection found it acted on
and what inspectors found.

The same changes as `fieldwork previous ...`, through the same Store methods
(`store.previous`), so both refuse the same things with the same sentence.  Every store
call runs in a thread worker; a refusal is a notification and changes nothing.  The
draft's "Previous inspections" section and its key finding are written from these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Header, Static

from store.models import PROGRESS_LABELS, StoredInspection, StoredRecommendation, counted
from tui.modals.confirm import ConfirmModal
from tui.modals.form import FormChoice, FormField, FormModal
from tui.screens.base import FieldworkScreen
from tui.widgets.footer import Footer

UNDECIDED = "undecided"
"""The progress choice for "not yet decided" (a Select cannot hold None)."""
PROGRESS = [(label.capitalize(), code) for code, label in PROGRESS_LABELS.items()] + [
    ("Not yet decided", UNDECIDED)
]
NOT_GIVEN = "not-given"
CRITERIA_LABEL = "Criteria it is about (ids, as the criteria box lists them)"


@dataclass(frozen=True)
class PreviousView:
    """What the screen shows, read in a worker."""

    inspection: StoredInspection
    grade: str
    grades: list[tuple[str, str]]
    recommendations: list[StoredRecommendation]


class PreviousLoaded(Message):
    """The previous inspection and its recommendations, read."""

    def __init__(self, view: PreviousView) -> None:
        super().__init__()
        self.view = view


class PreviousScreen(FieldworkScreen[None]):
    """The previous inspection's date and judgement above its recommendations."""

    DEFAULT_CSS = """
    PreviousScreen #previous-summary { height: auto; padding: 0 1; }
    PreviousScreen DataTable { height: 1fr; border: round $primary; }
    """
    BINDINGS = [
        Binding("d", "date_and_grade", "Date, judgement", id="previous-set",
                tooltip="When the previous inspection was and its overall judgement."),
        Binding("a", "add", "Add", id="previous-add",
                tooltip="Add one of its recommendations, in that report's words."),
        Binding("e", "edit", "Progress/edit", id="previous-edit",
                tooltip="How far the recommendation was acted on, what inspectors found, its words."),
        Binding("x", "remove", "Remove", id="previous-remove",
                tooltip="Remove a recommendation recorded by mistake (its history stays)."),
        Binding("r", "refresh", "Refresh", id="previous-refresh", tooltip="Read them again."),
        Binding("escape", "close", "Back", id="previous-close", tooltip="Close this screen."),
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__(id="previous")
        self.view: PreviousView | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="previous-summary")
        table: DataTable[str] = DataTable(id="previous-table", cursor_type="row")
        table.add_columns("No.", "Progress", "Recommendation", "About", "Inspectors found")
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Previous inspection"
        self.load()

    @work(thread=True, exclusive=True, group="previous-load", exit_on_error=False)
    def load(self) -> None:
        store = self.store
        info = store.inspection()
        fw = store.framework
        grade = fw.grade(info.previous_grade).heading if info.previous_grade else ""
        grades = [(fw.grade(c).label, c) for c in fw.grade_codes()]
        view = PreviousView(info, grade, grades, store.recommendations())
        self.post_message(PreviousLoaded(view))

    @on(PreviousLoaded)
    def _loaded(self, message: PreviousLoaded) -> None:
        self.view = view = message.view
        table = self.query_one("#previous-table", DataTable)
        keep = table.cursor_row
        table.clear()
        for r in view.recommendations:
            said = PROGRESS_LABELS.get(r.progress or "", "not yet decided")
            said += " (in conflict)" if r.meta.conflict else ""
            about = ", ".join(r.criteria)
            table.add_row(str(r.number), said, r.text, about, r.finding, key=str(r.number))
        table.move_cursor(row=min(keep, max(table.row_count - 1, 0)))
        self.query_one("#previous-summary", Static).update(_summary(view))

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        """Enter on a recommendation edits it, as e does."""
        event.stop()
        self.action_edit()

    def _selected(self) -> StoredRecommendation | None:
        table = self.query_one("#previous-table", DataTable)
        if self.view is None or not self.view.recommendations or table.row_count == 0:
            return None
        return self.view.recommendations[table.cursor_row]

    def action_date_and_grade(self) -> None:
        if self.view is None:
            return
        info = self.view.inspection

        def then(values: dict[str, str] | None) -> None:
            if values is not None:
                grade = values["grade"]
                self.change("set_previous_inspection", "Previous inspection recorded.",
                            values["date"], "" if grade in ("", NOT_GIVEN) else grade)  # fmt: skip

        fields = [FormField("date", "When (YYYY-MM, or YYYY-MM-DD)", info.previous_date or "",
                            placeholder="2023-03")]  # fmt: skip
        options = [*self.view.grades, ("Not given", NOT_GIVEN)]
        choice = FormChoice("grade", "Overall judgement", options, info.previous_grade or NOT_GIVEN)
        self.app.push_screen(FormModal("The previous inspection", fields, choice), then)

    def action_add(self) -> None:
        def then(values: dict[str, str] | None) -> None:
            if values and values["text"]:
                number = values["number"]
                if number and not number.isdigit():
                    self.notify(f"{number!r} is not a number: give 1 to 99, or leave it empty.",
                                severity="error")  # fmt: skip
                    return
                self.change("add_recommendation", "Recommendation added: e says how far it was "
                            "acted on.", values["text"], int(number) if number else None,
                            criteria=_ids(values["criteria"]))  # fmt: skip

        fields = [FormField("text", "Recommendation, in that report's words"),
                  FormField("number", "Number", placeholder="the next"),
                  FormField("criteria", CRITERIA_LABEL, placeholder="QP8, QP3")]  # fmt: skip
        self.app.push_screen(FormModal("Add a recommendation", fields), then)

    def action_edit(self) -> None:
        rec = self._selected()
        if rec is None:
            return

        def then(values: dict[str, str] | None) -> None:
            if values:
                progress = values["progress"]
                self.change("change_recommendation", f"Recommendation {rec.number} saved.",
                            rec.number, text=values["text"], finding=values["finding"],
                            criteria=_ids(values["criteria"]),
                            progress=None if progress in ("", UNDECIDED) else progress)  # fmt: skip

        fields = [FormField("finding", "What inspectors found", rec.finding),
                  FormField("text", "The recommendation's words", rec.text),
                  FormField("criteria", CRITERIA_LABEL, ", ".join(rec.criteria),
                            placeholder="QP8, QP3")]  # fmt: skip
        choice = FormChoice(
            "progress", "How far it was acted on", PROGRESS, rec.progress or UNDECIDED
        )
        self.app.push_screen(FormModal(f"Recommendation {rec.number}", fields, choice), then)

    def action_remove(self) -> None:
        rec = self._selected()
        if rec is None:
            return

        def then(yes: bool | None) -> None:
            if yes:
                self.change("remove_recommendation", f"Recommendation {rec.number} removed.",
                            rec.number)  # fmt: skip

        question = f"Remove recommendation {rec.number}?  Its history stays in the file."
        self.app.push_screen(ConfirmModal(question, "Remove", "Keep"), then)

    def action_refresh(self) -> None:
        self.load()

    def action_close(self) -> None:
        self.app.pop_screen()


def _ids(text: str) -> list[str]:
    """Criterion ids typed with commas or spaces between them."""
    return [c for c in re.split(r"[,;\s]+", text) if c]


def _summary(view: PreviousView) -> str:
    info = view.inspection
    if info.previous_date or view.grade:
        when = info.previous_date or "date not given"
        head = f"Previous inspection: {when}, {view.grade or 'judgement not given'}"
    else:
        head = "No previous inspection recorded: d sets its date and judgement"
    recs = view.recommendations
    if not recs:
        return head + " · no recommendations yet: a adds one"
    undecided = sum(1 for r in recs if r.progress is None)
    tail = f", {undecided} not yet decided (e)" if undecided else ""
    return f"{head} · {counted(len(recs), 'recommendation')}{tail}"
