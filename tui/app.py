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
import os
import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from store.errors import FieldworkError
from store.paths import config_file
from tui import hangup
from tui.commands import palette_commands
from tui.focus_cursor import follow_focus
from tui.messages import DraftsFound
from tui.navigation import EditorContext, OpenCase, OpenEditor, ShowCases, ShowIdentifying
from tui.plain import apply_plain
from tui.screens.base import FieldworkScreen
from tui.settings import Settings, load_settings, save_theme
from tui.widgets.typed_ahead import read_in_order

if TYPE_CHECKING:
    from pathlib import Path

    from store.store import Store
    from tui.modals.drafts import DraftChoice


PRELOAD_AFTER = 1.0
"""Seconds after the app mounts before the scanner's vocabulary is loaded in the
background: after the first screen has its rows, so the start is not slowed."""
BACKUP_CHECK_EVERY = 300.0
"""Seconds between the workbench's looks at whether its file wants a backup."""


def _mode(module: str, name: str) -> Callable[[], Screen[Any]]:
    """A mode's screen factory that imports the screen's module on first use."""

    def factory() -> Screen[Any]:
        screen: type[Screen[Any]] = getattr(importlib.import_module(module), name)
        return screen()

    factory.__qualname__ = name
    return factory


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
        Binding(
            "f1",
            "help",
            "Help",
            id="help-anywhere",
            show=False,
            priority=True,  # dialogs shut out the app's other keys; help must reach them
            tooltip="Help from any screen or dialog, open at its section.",
        ),
        Binding(
            "ctrl+a",
            "select_all_text",
            "Select all",
            id="select-all-text",
            show=False,
            priority=True,  # before a text box's own Ctrl+A (Textual's: the line's start)
            tooltip="Select the whole text of the box with the focus, as in Word.",
        ),
    ]

    def action_select_all_text(self) -> None:
        """Ctrl+A in any text box selects its whole text, as in Word: the criteria
        search, a path, a reason, a rationale (tester 31, F10: Ctrl+A then typing added
        to the search, and a path typed after it went in front of the old one; Textual
        binds Ctrl+A to the line's start and select-all to Ctrl+Shift+A).  Elsewhere the
        key goes on as before."""
        from textual.actions import SkipAction
        from textual.widgets import Input, TextArea

        focused = self.focused
        if not isinstance(focused, (Input, TextArea)):
            raise SkipAction()
        focused.action_select_all()

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
        # NO_COLOR: Textual removes colour with a filter it picks once, here: for a theme
        # of the terminal's own colours it keeps them as the terminal's (NoColor), for any
        # other it draws them as greys (Monochrome), which then turns plain mode's
        # terminal colours, set later, into black on black (tester 35, F8).  Asking for
        # the terminal's own colours from the start picks NoColor whatever the theme: no
        # colour at all, as NO_COLOR asks, with bold and reverse video left to mark what
        # a key acts on (app.tcss).  The fix belongs upstream: Textual could pick the
        # filter again when the theme changes, as it does its ANSI-to-truecolor filter.
        super().__init__(ansi_color=True if "NO_COLOR" in os.environ else None)
        self.store = store
        store.checkpoint_writes = True  # a copy of the open file holds every saved note
        self.deleted: list[tuple[str, str | None]] = []
        """Evidence deleted in this session, newest last: (evidence id, case id)."""
        self.pending_case_filter: str | None = None
        """An area the case list should filter on when it is next shown."""
        self.role: str | None = None
        """The role of the inspector the file is issued to (None: not known yet, or
        not issued: the lead's own file)."""
        if self.settings.keymap:  # before any screen works out its keys
            self.set_keymap(self.settings.keymap)

    async def on_event(self, event: events.Event) -> None:
        """Textual's, numbering each key read, so keys typed ahead of a jump keep their
        order (`tui.widgets.typed_ahead`)."""
        await read_in_order(self, event, super().on_event)

    def on_mount(self) -> None:
        self.theme = (
            self.settings.theme if self.settings.theme in self.available_themes else "textual-dark"
        )
        self.theme_changed_signal.subscribe(self, lambda theme: self.keep_theme(theme.name))
        apply_plain(self)  # settings.plain: the terminal's own colours, no animation
        self.set_class(self.no_color, "-no-color")  # NO_COLOR: reverse video marks the chosen
        follow_focus(self)  # the terminal cursor on the focused item, for screen readers
        self.check_drafts()
        self.who_am_i()
        if self.store.merge_recovered:  # a merge of several files killed midway, undone
            self.notify(self.store.merge_recovered, severity="warning", timeout=30)
        # Once the first screen is up: the scanner's word lists, which a session's first
        # export (and the first check of a typed note) would otherwise wait for.
        self.set_timer(PRELOAD_AFTER, self.preload_scanner_words)
        self.set_interval(BACKUP_CHECK_EVERY, self.back_up_if_stale)  # tester 27, F10
        if not self.is_headless:  # a real terminal: keep drafts when it closes
            hangup.install()

    @work(thread=True, exclusive=True, group="app-me", exit_on_error=False)
    def who_am_i(self) -> None:
        """Read whom the file is issued to, for the lead-only actions."""
        me = self.store.me()
        self.call_from_thread(setattr, self, "role", me.role if me else None)
        if slow := self.store.clock_slow_here():  # tester 25, F6
            self.call_from_thread(self.notify, slow, severity="warning", timeout=30)
        if left := self.store.off_team_note():  # tester 25, F13
            self.call_from_thread(self.notify, left, severity="warning", timeout=30)

    @work(thread=True, exclusive=True, group="app-backup", exit_on_error=False)
    def back_up_if_stale(self) -> None:
        """A backup beside the file when its newest is over an hour old and the file has
        changed since (`store.autobackup`): through a connection of its own, in this
        thread, so nobody typing waits for it.  One that cannot be written is said, and
        so is a file another program changed under the workbench (`moved_under`)."""
        from store.autobackup import backup_if_stale

        if said := self.store.moved_under():  # said before more is typed into it
            self.call_from_thread(self.notify, said, title="Not saved", severity="error",
                                  timeout=120)  # fmt: skip
            return
        try:
            backup_if_stale(self.store.path)
        except (FieldworkError, OSError, sqlite3.Error) as exc:
            self.call_from_thread(self.notify, f"No backup could be written: {exc}",
                                  severity="warning", timeout=10)  # fmt: skip

    @work(thread=True, exclusive=True, group="app-preload", exit_on_error=False)
    def preload_scanner_words(self) -> None:
        """Load the identifiability scanner's vocabulary (about 250 ms of CPU, once per
        process) in the background.  An export that starts before it is done loads it
        itself, or waits for this load (`exporters.identify.vocabulary.load`)."""
        from exporters.identify.vocabulary import load

        load()

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
        if p.get("kind") == "conflict":
            from tui.screens.conflicts import ConflictsScreen

            self.push_screen(ConflictsScreen(restore=p))
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
        if context.case_id:  # saved or left, the inspector is back on its case (tester 24, F7)
            self.open_case(context.case_id)
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
        """Push the evidence editor; when it closes, the screen below drops the letters
        typed on after it (`FieldworkScreen.typed_on`)."""
        from tui.screens.evidence_editor import EvidenceEditorScreen

        def closed(result: str | None) -> None:
            if isinstance(self.screen, FieldworkScreen):
                self.screen.typed_on()
            if callback is not None:
                callback(result)

        self.push_screen(EvidenceEditorScreen(context), closed)

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

    def on_show_identifying(self, message: ShowIdentifying) -> None:
        """A dialog asked for the identifiability check's hits."""
        from tui.screens.identify import IdentifyScreen

        message.stop()
        self.push_screen(IdentifyScreen())

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
        """Show one of the main screens (asks first when leaving a dirty editor); in that
        screen's own mode, under a screen opened over it (Conflicts over Home: tester 20,
        F16, `h` did nothing there), close what is over it."""
        screen = self.screen
        guarded = isinstance(screen, FieldworkScreen) and screen.GUARDS_LEAVING
        if self.current_mode == mode and not guarded:
            over = [s for s in self.screen_stack[1:] if not isinstance(s, ModalScreen)]
            if len(over) == len(self.screen_stack) - 1:  # no dialog open over them
                for _ in over:
                    self.pop_screen()
            return
        self._guarded(lambda: self.switch_mode(mode))

    async def action_quit(self) -> None:
        """Quit; a dirty editor asks first."""
        self._guarded(self.exit)

    def action_help(self) -> None:
        """Show the help, open at the section of the screen or dialog in front."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(start=type(self.screen).__name__))

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
        """The palette's entries (`tui/commands.py`), then Textual's own."""
        yield from palette_commands(self, screen)
        yield from super().get_system_commands(screen)


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
