"""The Fieldwork app: the inspector's workbench.

Screens are modes (home, cases, search, coverage) so each keeps its place while the
inspector moves between them; a case and the evidence editor are pushed on top.
Every store call runs in a thread worker; results come back as messages
(`tui/messages.py`).

Start-up time is measured (`bench/bench_tui.py`), so the app imports only what the
first screen needs: each mode's screen, the pushed screens and the modals are imported
when first used (`_mode`, and imports inside the methods that push them).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from store.errors import FieldworkError
from store.paths import config_file
from tui import hangup
from tui.focus_cursor import follow_focus
from tui.messages import DraftsFound
from tui.navigation import EditorContext, OpenCase, OpenEditor, ShowCases
from tui.plain import PLAIN_HELP, apply_plain, toggle_plain
from tui.screens.base import FieldworkScreen
from tui.settings import Settings, load_settings, save_theme

if TYPE_CHECKING:
    from pathlib import Path

    from store.store import Store
    from tui.modals.assign import AssignPlan, AssignRequest
    from tui.modals.drafts import DraftChoice
    from tui.screens.case import CaseScreen


def _mode(module: str, name: str) -> Callable[[], Screen[Any]]:
    """A mode's screen factory that imports the screen's module on first use."""

    def factory() -> Screen[Any]:
        screen: type[Screen[Any]] = getattr(importlib.import_module(module), name)
        return screen()

    factory.__qualname__ = name
    return factory


LEAD_ROLES = ("lead", "deputy-lead")
"""Who may assign cases, grade judgements and export the draft."""


class ExtraScreen(NamedTuple):
    """A screen another module adds to the command palette."""

    title: str
    help: str
    factory: Callable[[], Screen[Any]]


EXTRA_SCREENS: list[ExtraScreen] = []
"""Screens listed in the command palette after the app's own commands; append to add."""


class FieldworkApp(App[None]):
    """Record evidence against criteria, grade cases and see coverage, offline."""

    CSS_PATH = "app.tcss"
    TITLE = "Fieldwork"
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {
        "home": _mode("tui.screens.home", "HomeScreen"),
        "cases": _mode("tui.screens.case_list", "CaseListScreen"),
        "search": _mode("tui.screens.search", "SearchScreen"),
        "coverage": _mode("tui.screens.coverage", "CoverageScreen"),
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            id="quit",
            priority=True,
            tooltip="Quit (asks first if an editor has unsaved changes).",
        ),
        Binding(
            "q",
            "quit",
            "Quit",
            id="quit-q",
            show=False,
            tooltip="Quit (asks first if an editor has unsaved changes).",
        ),
        Binding("h", "go('home')", "Home", id="go-home", tooltip="The inspection at a glance."),
        Binding("c", "go('cases')", "Cases", id="go-cases", tooltip="The case list."),
        Binding(
            "slash",
            "go('search')",
            "Search",
            id="go-search",
            tooltip="Full-text search over all evidence.",
        ),
        Binding(
            "v",
            "go('coverage')",
            "Coverage",
            id="go-coverage",
            tooltip="Criteria against areas: where evidence is thin.",
        ),
        Binding("question_mark,f1", "help", "Help", id="help", tooltip="List every key."),
    ]

    def __init__(
        self,
        store: Store,
        settings: Settings | None = None,
        settings_file: Path | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.settings_file = settings_file
        """Where a theme chosen in the app is kept (None: not kept)."""
        self.DEFAULT_MODE = self.settings.start_screen  # type: ignore[misc]
        super().__init__()
        self.store = store
        self.deleted: list[tuple[str, str | None]] = []
        """Evidence deleted in this session, newest last: (evidence id, case id)."""
        self.pending_case_filter: str | None = None
        """An area the case list should filter on when it is next shown."""
        self.role: str | None = None
        """The role of the inspector the file is issued to (None: not known yet, or
        not issued: the lead's own file)."""
        if self.settings.keymap:  # before any screen works out its keys
            self.set_keymap(self.settings.keymap)

    def on_mount(self) -> None:
        self.theme = (
            self.settings.theme if self.settings.theme in self.available_themes else "textual-dark"
        )
        self.theme_changed_signal.subscribe(self, lambda theme: self.keep_theme(theme.name))
        apply_plain(self)  # settings.plain: the terminal's own colours, no animation
        follow_focus(self)  # the terminal cursor on the focused item, for screen readers
        self.check_drafts()
        self.who_am_i()
        if not self.is_headless:  # a real terminal: keep drafts when it closes
            hangup.install()

    @work(thread=True, exclusive=True, group="app-me", exit_on_error=False)
    def who_am_i(self) -> None:
        """Read whom the file is issued to, for the lead-only actions."""
        me = self.store.me()
        self.call_from_thread(setattr, self, "role", me.role if me else None)

    def lead_only(self, what: str, then: Callable[[], object]) -> None:
        """Run a lead's action, or say why a team inspector cannot."""
        if self.role in (None, *LEAD_ROLES):
            then()
            return
        self.notify(
            f"Only the lead or a deputy lead can {what}; this file is issued to a team inspector.",
            title="For the lead",
            severity="warning",
            timeout=6,
        )

    @work(thread=True, exclusive=True, group="app-theme", exit_on_error=False)
    def keep_theme(self, name: str) -> None:
        """Keep a theme chosen in the app (light/dark or the palette) for the next run."""
        if self.settings_file is None or name == self.settings.theme or self.settings.plain:
            return
        try:
            save_theme(self.settings_file, name)
        except FieldworkError as exc:
            self.call_from_thread(self.notify, str(exc), severity="warning", timeout=8)
        else:
            self.settings = self.settings.model_copy(update={"theme": name})

    # Drafts ---------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="app-drafts", exit_on_error=False)
    def check_drafts(self) -> None:
        """Look for drafts a previous run left."""
        drafts = self.store.drafts()
        if drafts:
            self.post_message(DraftsFound(drafts))

    def on_drafts_found(self, message: DraftsFound) -> None:
        """Offer drafts back."""
        from tui.modals.drafts import DraftRecoveryModal

        self.push_screen(DraftRecoveryModal(message.drafts), self._draft_chosen)

    def _draft_chosen(self, choice: DraftChoice | None) -> None:
        if choice is None:
            return
        if choice.action == "discard":
            self.drop_draft(choice.draft.key)
            return
        p = choice.draft.payload
        if p.get("kind") == "grading":
            from tui.screens.case import CaseScreen

            self.push_screen(CaseScreen(str(p.get("case_id")), regrade=p))
            return
        if p.get("kind") == "judgement":
            from tui.screens.judgements import JudgementsScreen

            self.push_screen(JudgementsScreen(restore=p))
            return
        context = EditorContext(
            evidence_id=p.get("evidence_id"),
            case_id=p.get("case_id"),
            case_ref=p.get("case_ref"),
            area_code=p.get("area_code"),
            draft_key=choice.draft.key,
            form=dict(p.get("form") or {}),
            baseline=dict(p.get("baseline") or {}),
        )
        self.open_editor(context)

    @work(thread=True, group="app-drafts-drop", exit_on_error=False)
    def drop_draft(self, key: str) -> None:
        """Discard one draft, then look for more."""
        self.store.discard_draft(key)
        drafts = self.store.drafts()
        if drafts:
            self.post_message(DraftsFound(drafts))

    # Navigation -----------------------------------------------------------------------
    def open_editor(
        self, context: EditorContext, callback: Callable[[str | None], None] | None = None
    ) -> None:
        """Push the evidence editor."""
        from tui.screens.evidence_editor import EvidenceEditorScreen

        self.push_screen(EvidenceEditorScreen(context), callback)

    def open_case(self, case_id: str, evidence_id: str | None = None) -> None:
        """Push a case's screen, optionally with one piece of evidence highlighted."""
        from tui.screens.case import CaseScreen

        self.push_screen(CaseScreen(case_id, focus_evidence=evidence_id))

    def show_cases(self, area_code: str | None = None) -> None:
        """Show the case list, filtered on an area."""
        self.pending_case_filter = area_code
        self.action_go("cases")

    def on_open_case(self, message: OpenCase) -> None:
        """A screen asked for a case."""
        message.stop()
        self.open_case(message.case_id, message.evidence_id)

    def on_open_editor(self, message: OpenEditor) -> None:
        """A screen asked for the evidence editor."""
        message.stop()
        self.open_editor(message.context, message.callback)

    def on_show_cases(self, message: ShowCases) -> None:
        """A screen asked for the case list on one area."""
        message.stop()
        self.show_cases(message.area_code)

    def _guarded(self, then: Callable[[], object]) -> None:
        """Leave the current screen (a screen with unsaved input asks first), then go on."""
        screen = self.screen
        if isinstance(screen, FieldworkScreen):
            screen.confirm_leave(then)
        else:
            then()

    def action_go(self, mode: str) -> None:
        """Show one of the main screens (asks first when leaving a dirty editor)."""
        screen = self.screen
        if self.current_mode == mode and not (
            isinstance(screen, FieldworkScreen) and screen.GUARDS_LEAVING
        ):
            return
        self._guarded(lambda: self.switch_mode(mode))

    async def action_quit(self) -> None:
        """Quit; a dirty editor asks first."""
        self._guarded(self.exit)

    def action_help(self) -> None:
        """Show every key binding."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_light_dark(self) -> None:
        """Switch between the light and the dark theme."""
        dark = self.current_theme.dark
        self.theme = self.settings.light_theme if dark else self.settings.dark_theme

    def action_new_general_evidence(self) -> None:
        """Record evidence about an area or the national organisation."""
        self.open_editor(EditorContext())

    def action_undo_delete(self) -> None:
        """Restore the evidence deleted last."""
        from tui.screens.case import CaseScreen

        screen = self.screen
        if isinstance(screen, CaseScreen):
            screen.action_undo()
        else:  # my deleted evidence, from the store: restore any of it
            from tui.modals.deleted import offer_deleted

            offer_deleted(self)

    # Command palette ------------------------------------------------------------------
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The app's commands, then those of `EXTRA_SCREENS`, then Textual's own."""
        from tui.screens.case import CaseScreen

        case_id = screen.selected_case_id() if isinstance(screen, FieldworkScreen) else None
        lead = "" if self.role in (None, *LEAD_ROLES) else " (the lead and deputies only)"
        yield SystemCommand("Home", "The inspection at a glance", lambda: self.action_go("home"))
        yield SystemCommand("Cases", "All sampled cases, or mine", lambda: self.action_go("cases"))
        yield SystemCommand(
            "Search evidence",
            "Full-text search over all evidence",
            lambda: self.action_go("search"),
        )
        yield SystemCommand(
            "Coverage", "Criteria against visited areas", lambda: self.action_go("coverage")
        )
        yield SystemCommand(
            "New area or national evidence",
            "Evidence about an area or Cafcass as a whole, not one case",
            self.action_new_general_evidence,
        )
        yield SystemCommand(
            "Undo delete", "Restore evidence you deleted (here, or any)", self.action_undo_delete
        )
        yield SystemCommand(
            "Toggle light/dark theme",
            "Switch between light and dark",
            self.action_toggle_light_dark,
        )
        yield SystemCommand("Help: keys", "Every key binding", self.action_help)
        yield SystemCommand("Plain mode on/off", PLAIN_HELP, lambda: toggle_plain(self))
        yield SystemCommand(
            "Judgements",
            "Grade each judgement beside its evidence" + (lead or " (the lead)"),
            lambda: self.lead_only("grade judgements", self._push_judgements),
        )
        yield SystemCommand(
            "Export to Word…",
            "An area's findings section, the whole draft report, or CSV" + lead,
            lambda: self.lead_only("export the draft", self._start_export),
        )
        yield SystemCommand(
            "Assign cases…",
            "Give the highlighted case, or every case in an area, to an inspector"
            + (lead or " (the lead)"),
            lambda: self.lead_only("assign cases", lambda: self.open_assign(case_id)),
        )
        yield SystemCommand(
            "Conflicts",
            "Records whose versions disagree after a merge: take a side or edit",
            self._push_conflicts,
        )
        yield SystemCommand(
            "Merge log", "Who merged what, when, with which counts", self._push_merge_log
        )
        if isinstance(screen, CaseScreen):
            yield SystemCommand(
                "Redact evidence…",
                "Erase the highlighted evidence's text from its whole history, in every copy",
                lambda: self._start_redact(screen),
            )
        yield SystemCommand(
            "Team and areas",
            "Add, change or remove people; add, rename or visit areas (the lead)",
            self._push_team,
        )
        for extra in EXTRA_SCREENS:
            yield SystemCommand(
                extra.title, extra.help, lambda factory=extra.factory: self.push_screen(factory())
            )
        yield from super().get_system_commands(screen)

    def _start_redact(self, screen: CaseScreen) -> None:
        """Ask why, then erase the highlighted evidence's text (`store.redact`)."""
        from tui.modals.redact import RedactModal

        ev = screen.current_evidence()
        if ev is None:
            self.notify("Highlight the evidence to redact first.", severity="warning")
            return

        def redact(reason: str | None) -> None:
            if reason is None:
                return

            def work() -> None:
                self.store.redact("evidence", ev.id, reason)
                self.call_from_thread(screen.load)
                self.call_from_thread(self.notify, "The text was erased from its history.",
                                      title="Redacted")  # fmt: skip

            self.run_worker(work, thread=True, group="redact", exit_on_error=False)

        self.push_screen(RedactModal(f"this evidence ({ev.text[:40]}…)"), redact)

    def _push_team(self) -> None:
        from tui.screens.team import TeamScreen

        self.push_screen(TeamScreen())

    def _push_judgements(self) -> None:
        from tui.screens.judgements import JudgementsScreen

        self.push_screen(JudgementsScreen())

    def _start_export(self) -> None:
        from tui.modals.export_progress import start_export

        start_export(self, self.store)

    def _push_conflicts(self) -> None:
        from tui.screens.conflicts import ConflictsScreen

        self.push_screen(ConflictsScreen())

    def _push_merge_log(self) -> None:
        from tui.screens.merge_log import MergeLogScreen

        self.push_screen(MergeLogScreen())

    # Assigning cases ------------------------------------------------------------------
    @work(thread=True, group="app-assign", exit_on_error=False)
    def open_assign(self, case_id: str | None) -> None:
        """Load the team and areas, then ask whom to give which cases."""
        from tui.modals.assign import AssignDialog

        inspectors = self.store.inspectors()
        areas = self.store.areas()
        case_ref = self.store.case(case_id).ref if case_id else None
        dialog = AssignDialog(inspectors, areas, case_id, case_ref)
        self.call_from_thread(self.push_screen, dialog, self._assign_chosen)

    def _assign_chosen(self, request: AssignRequest | None) -> None:
        if request is not None:
            self.plan_assign(request)

    @work(thread=True, group="app-assign", exit_on_error=False)
    def plan_assign(self, request: AssignRequest) -> None:
        """Count the cases the request covers, then ask before changing anything."""
        from tui.modals.assign import plan_assignment
        from tui.modals.confirm import ConfirmModal

        try:
            plan = plan_assignment(self.store, request)
        except FieldworkError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=8)
            return
        if not plan.case_ids:
            self.call_from_thread(self.notify, f"There are no cases in {plan.scope}.")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_assign(plan)

        question = ConfirmModal(plan.question, yes="Assign", no="Cancel")
        self.call_from_thread(self.push_screen, question, answered)

    @work(thread=True, group="app-assign", exit_on_error=False)
    def run_assign(self, plan: AssignPlan) -> None:
        """Assign in one transaction and say what changed."""
        from tui.modals.assign import assign_cases

        try:
            result = assign_cases(self.store, plan)
        except FieldworkError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=8)
            return
        self.call_from_thread(
            self.notify,
            f"{result.changed} cases ({result.scope}) assigned to {result.inspector}.",
            title="Assigned",
        )


def make_app(store: Store, settings: Settings | None = None) -> FieldworkApp:
    """Build the app for an open store (settings: the user's file, or the defaults)."""
    if settings is not None:
        return FieldworkApp(store, settings)
    path = config_file()
    try:
        return FieldworkApp(store, load_settings(path), path)
    except FieldworkError as exc:  # a broken file is left for the inspector to mend
        import sys

        print(f"fieldwork: {exc} Using the default settings.", file=sys.stderr)
        return FieldworkApp(store, Settings())


def run_app(store: Store) -> None:
    """Run the TUI on an open store until the inspector quits; closes the store."""
    try:
        make_app(store).run()
    finally:
        store.close()
