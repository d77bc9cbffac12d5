"""The command palette's entries and the lead's flows behind them.

`COMMANDS` lists what the palette offers, in order, before Textual's own commands
(`FieldworkApp.get_system_commands` yields `palette_commands(app, screen)`).  Adding an
entry is one line in `COMMANDS`, in one of three shapes:

    Command("Coverage", "Criteria against visited areas", action="go('coverage')"),
    Command("Merge log", "Who merged what", screen="tui.screens.merge_log:MergeLogScreen"),
    Command("Assign cases…", "Give cases to an inspector", run=open_assign, lead="assign cases"),

- `action`: a Textual action string run on the app (its `action_*` methods);
- `screen`: "module:Class" of a screen built with no arguments and pushed; the module is
  imported only when the command runs, so start-up stays fast;
- `run`: a function given the app and the screen the palette was opened on (the flows
  below: assign, redact, export).

`lead="…"` marks an action for the lead and deputies: a team inspector sees
"(the lead and deputies only)" after its help and is told why when choosing it;
`when=` offers an entry only on some screens.

This module sits between the app and the screens (`.importlinter`): it may import screens
and modals, never `tui.app`; it reads the app through the `Workbench` protocol.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from textual.app import App, SystemCommand
from textual.screen import Screen

from store.errors import FieldworkError
from tui.navigation import is_lead, lead_only
from tui.plain import PLAIN_HELP, toggle_plain
from tui.screens.base import FieldworkScreen

if TYPE_CHECKING:
    from store.store import Store
    from tui.modals.assign import AssignPlan, AssignRequest
    from tui.modals.reason import Ask
    from tui.navigation import Workbench

Runner = Callable[[App[Any], Screen[Any]], object]
"""A command's work: given the app and the screen the palette was opened on."""


def _workbench(app: App[Any]) -> Workbench:
    return cast("Workbench", app)


def push(target: str) -> Runner:
    """A runner that imports "module:Class" when run and pushes a new instance of it."""
    module, _, name = target.partition(":")

    def run(app: App[Any], _screen: Screen[Any]) -> None:
        screen: type[Screen[Any]] = getattr(importlib.import_module(module), name)
        app.push_screen(screen())

    return run


# The lead's flows ---------------------------------------------------------------------
def start_export(app: App[Any], _screen: Screen[Any]) -> None:
    """Ask for the export's options, then run it (`tui/modals/export_progress.py`)."""
    from tui.modals.export_progress import start_export as start

    start(app, _workbench(app).store)


def start_redact(app: App[Any], screen: Screen[Any]) -> None:
    """Erase, from its whole history, the fields of the highlighted note that hold an
    identifying detail (as `fieldwork redact` does): find them, say which before asking
    why, then erase them and say how to write them again."""
    from tui.screens.case import CaseScreen

    if not isinstance(screen, CaseScreen):
        return
    ev = screen.current_evidence()
    if ev is None:
        app.notify("Highlight the evidence to redact first.", severity="warning")
        return
    store = _workbench(app).store

    def erase(fields: tuple[str, ...], reason: str | None) -> None:
        if reason is None:
            return

        def work() -> None:
            try:
                said = redact_note(store, ev.id, reason, fields)
            except FieldworkError as exc:  # e.g. a team inspector's file: say so
                app.call_from_thread(app.notify, str(exc), severity="error", timeout=8)
                return
            app.call_from_thread(screen.load)
            app.call_from_thread(app.notify, said, title="Redacted", timeout=12)

        app.run_worker(work, thread=True, group="redact", exit_on_error=False)

    def find() -> None:
        from exporters.identify.erasing import fields_with_hits
        from exporters.identify.scanner import Scanner

        fields = fields_with_hits(store, Scanner.for_store(store), ev.id)
        if not fields:
            app.call_from_thread(app.notify, NOTHING_TO_REDACT, severity="warning", timeout=12)
            return
        ask = redact_question(fields, ev.text)
        app.call_from_thread(app.push_screen, ReasonModal(ask), lambda r: erase(fields, r))

    from tui.modals.reason import ReasonModal

    app.run_worker(find, thread=True, group="redact", exit_on_error=False)


NOTHING_TO_REDACT = (
    "No field of this note holds an identifying detail the check finds, so nothing was "
    "erased: correct the note in the editor (e), or name the field to erase with "
    "'fieldwork redact DB ID --field text' (quote, safeguarding, escalation-note or all)."
)


def redact_question(fields: tuple[str, ...], text: str) -> Ask:
    """The question before `fields` of a note are erased: which they are, and that its
    other fields keep their words."""
    from exporters.identify.erasing import field_words
    from store.reasons import ERASED
    from tui.modals.reason import Ask

    words = field_words("evidence", fields)
    preview = text if len(text) <= 40 else text[:40] + "…"
    return Ask(
        f"Erase {words} of this note ({preview}) from its whole history, where the check "
        "finds an identifying detail?  Its other fields keep their words.  Every copy that "
        "merges with this file erases it too; the reason, who and when are kept.  This "
        "cannot be undone.",
        "Why (no names)",
        f"Erase {words}",
        ERASED,
        undoable=False,
    )


def redact_note(store: Store, evidence_id: str, reason: str, fields: tuple[str, ...]) -> str:
    """Erase `fields` of a note from its history (`store.redact`); one sentence says
    which were erased, which kept, and how to write them again.  A reason that itself
    holds an identifying detail is refused (InvalidInputError), nothing erased."""
    from exporters.identify.erasing import field_words, present_fields
    from exporters.identify.scanner import Scanner
    from store.errors import InvalidInputError

    if Scanner.for_store(store).find(reason):
        raise InvalidInputError(
            "The reason itself holds an identifying detail; say why without naming anyone."
        )
    present = present_fields(store, evidence_id)
    store.redact("evidence", evidence_id, reason, fields=fields)
    words = field_words("evidence", fields)
    rest = tuple(f for f in present if f not in fields)
    kept = f"; {field_words('evidence', rest)} kept their words" if rest else ""
    return (
        f"Erased {words} of this note from its history{kept}.  To write {words} again "
        "without the detail: e opens the note in the editor."
    )


def open_assign(app: App[Any], screen: Screen[Any]) -> None:
    """Ask whom to give which cases (starting from the highlighted case), count, ask, assign."""
    from tui.modals.assign import AssignDialog

    case_id = screen.selected_case_id() if isinstance(screen, FieldworkScreen) else None
    store = _workbench(app).store

    def load() -> None:
        inspectors = store.inspectors()
        areas = store.areas()
        case_ref = store.case(case_id).ref if case_id else None
        dialog = AssignDialog(inspectors, areas, case_id, case_ref)
        app.call_from_thread(app.push_screen, dialog, lambda r: _assign_chosen(app, r))

    app.run_worker(load, thread=True, group="app-assign", exit_on_error=False)


def _assign_chosen(app: App[Any], request: AssignRequest | None) -> None:
    """Count the cases the request covers, then ask before changing anything."""
    from tui.modals.assign import plan_assignment
    from tui.modals.confirm import ConfirmModal

    if request is None:
        return
    store = _workbench(app).store

    def plan() -> None:
        try:
            planned = plan_assignment(store, request)
        except FieldworkError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", timeout=8)
            return
        if not planned.case_ids:
            app.call_from_thread(app.notify, f"There are no cases in {planned.scope}.")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                _run_assign(app, planned)

        question = ConfirmModal(planned.question, yes="Assign", no="Cancel")
        app.call_from_thread(app.push_screen, question, answered)

    app.run_worker(plan, thread=True, group="app-assign", exit_on_error=False)


def _run_assign(app: App[Any], plan: AssignPlan) -> None:
    """Assign in one transaction (a worker) and say what changed."""
    from tui.modals.assign import assign_cases

    store = _workbench(app).store

    def work() -> None:
        try:
            result = assign_cases(store, plan)
        except FieldworkError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", timeout=8)
            return
        app.call_from_thread(
            app.notify,
            f"{result.changed} cases ({result.scope}) assigned to {result.inspector}.",
            title="Assigned",
        )

    app.run_worker(work, thread=True, group="app-assign", exit_on_error=False)


def on_case_screen(screen: Screen[Any]) -> bool:
    """True on a case's screen (where a note can be highlighted)."""
    return type(screen).__name__ == "CaseScreen"


# The palette ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Command:
    """One palette entry: a title, one line of help, and what it does (one of
    `action`, `screen`, `run`).  `lead`: what only the lead may do ("assign cases"),
    or empty for everyone; `when`: offered only on screens it accepts."""

    title: str
    help: str
    action: str = ""
    screen: str = ""
    run: Runner | None = None
    lead: str = ""
    when: Callable[[Screen[Any]], bool] | None = None

    def runner(self) -> Runner:
        """What choosing the entry does, before the lead check."""
        if self.run is not None:
            return self.run
        if self.screen:
            return push(self.screen)
        action = self.action
        return lambda app, _screen: app.call_later(app.run_action, action)


COMMANDS: list[Command] = [
    Command("Home", "The inspection at a glance", action="go('home')"),
    Command("Cases", "All sampled cases, or mine", action="go('cases')"),
    Command("Search evidence", "Full-text search over all evidence", action="go('search')"),
    Command("Coverage", "Criteria against visited areas", action="go('coverage')"),
    Command(
        "New area or national evidence",
        "Evidence about an area or Cafcass as a whole, not one case",
        action="new_general_evidence",
    ),
    Command("Undo delete", "Restore evidence you deleted (here, or any)", action="undo_delete"),
    Command("Toggle light/dark theme", "Switch between light and dark", action="toggle_light_dark"),
    Command("Help: keys", "Every key binding", action="help"),
    Command("Plain mode on/off", PLAIN_HELP, run=lambda app, _screen: toggle_plain(app)),
    Command(
        "Judgements",
        "Grade each judgement beside its evidence",
        screen="tui.screens.judgements:JudgementsScreen",
        lead="grade judgements",
    ),
    Command(
        "Export to Word…",
        "An area's findings section, the whole draft report, the QA view (each sentence with "
        "its tally and evidence) or CSV",
        run=start_export,
        lead="export the draft",
    ),
    Command(
        "Assign cases…",
        "Give the highlighted case, or every case in an area, to an inspector",
        run=open_assign,
        lead="assign cases",
    ),
    Command(
        "Conflicts",
        "Records whose versions disagree after a merge: take a side or edit",
        screen="tui.screens.conflicts:ConflictsScreen",
    ),
    Command(
        "Merge log",
        "Who merged what, when, and what each merge changed",
        screen="tui.screens.merge_log:MergeLogScreen",
    ),
    Command(
        "Redact evidence…",
        "Erase the field of the highlighted note that names someone, from its whole history",
        run=start_redact,
        when=on_case_screen,
    ),
    Command(
        "Identifying details",
        "Every hit of the identifiability check, to accept, withdraw or redact",
        screen="tui.screens.identify:IdentifyScreen",
        lead="decide on identifying details",
    ),
    Command(
        "Previous inspection",
        "The last inspection's date, judgement and recommendations, and how far each was acted on",
        screen="tui.screens.previous:PreviousScreen",
        lead="record the previous inspection",
    ),
    Command(
        "Team and areas",
        "Add, change or remove people; add, rename or visit areas (the lead)",
        screen="tui.screens.team:TeamScreen",
    ),
]
"""The palette's entries, in the order shown; add one line to add one."""


def palette_commands(app: App[Any], screen: Screen[Any]) -> Iterable[SystemCommand]:
    """`COMMANDS` as Textual system commands for the palette opened on `screen`."""
    lead = is_lead(app)
    for command in COMMANDS:
        if command.when is not None and not command.when(screen):
            continue
        help_text = command.help
        if command.lead:
            help_text += " (the lead)" if lead else " (the lead and deputies only)"
        yield SystemCommand(command.title, help_text, _bound(app, screen, command))


def _bound(app: App[Any], screen: Screen[Any], command: Command) -> Callable[[], object]:
    run = command.runner()
    if not command.lead:
        return lambda: run(app, screen)
    return lambda: lead_only(app, command.lead, lambda: run(app, screen))
