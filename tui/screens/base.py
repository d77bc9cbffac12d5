"""What every Fieldwork screen shares: typed access to the app's store and settings
(through the `Workbench` protocol, never by importing the app), and one place that
turns a failed worker into a notification."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from textual import events, on, work
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, TextArea
from textual.worker import Worker, WorkerState

from store.errors import FieldworkError
from tui.messages import StoreFailed
from tui.navigation import EditorContext, OpenEditor

if TYPE_CHECKING:
    from store.store import Store
    from tui.navigation import Workbench

ResultT = TypeVar("ResultT")


TYPED_ON = 0.8
"""Seconds after the evidence editor closes, and between keys after that, in which the
letters typed are the rest of what was being typed, not commands (`typed_on`)."""
HELD = 0.3
"""Seconds the first letter after the editor closes waits for a second (`typed_on`)."""
HANDING = 30.0
"""Seconds after `n` or `e` in which the keys typed before the editor shows are kept
for it (`open_editor`); after that, with no editor, they are dropped.  The app always
pushes the editor, so this only bounds a failure: on a loaded laptop the editor can take
more than the three seconds this once was, and the letters typed at once were lost (seen
in the suite under load)."""


class FieldworkScreen(Screen[ResultT]):
    """Base screen: `self.store` for workers, errors from workers shown to the user."""

    GUARDS_LEAVING: ClassVar[bool] = False
    """True for screens that hold unsaved input and close (asking first) when the
    inspector goes elsewhere: they override `confirm_leave`."""
    _typed_on_until = 0.0
    _typing = False
    _held: tuple[str, Timer] | None = None
    _handing: list[events.Key] | None = None
    EDITOR_KEYS: ClassVar[dict[str, str]] = {}
    """Keys bound to actions that open the evidence editor (`n`, `e`): run here, in the
    order the keys were typed, so the keys after them are kept for it (`open_editor`)."""

    def typed_on(self) -> None:
        """The editor above this screen has just closed: letters typed on at once are
        the rest of a word meant for it, not this screen's one-letter commands (tester
        26: "safeguarding" typed on after Escape filtered the notes with `f` and opened
        the grade dialog with `g`; a `d` would have deleted a note, an `e` opened one
        for the letters after it).  The first letter waits `HELD` seconds: alone (`n`
        for the next note, straight after Ctrl+S) it then does what it does; followed by
        another, both are dropped, and so are the letters after them until the keys stop
        for `TYPED_ON` seconds, and the screen says so once."""
        self._typed_on_until = time.monotonic() + TYPED_ON
        self._typing = False

    def open_editor(self, context: EditorContext, callback: Callable[[str | None], None] | None
                    = None) -> None:  # fmt: skip
        """Ask the app for the evidence editor, keeping for it the keys typed before it
        shows (tester 30, F6: on a busy laptop `n` then "QP11" lost the letters, and a
        note typed at once ran its letters as this screen's commands: `d`, `e`, `n`).
        The editor takes them with `handed_keys`."""
        self._handing = []
        self.set_timer(HANDING, self.handed_keys)
        self.post_message(OpenEditor(context, callback))

    def handed_keys(self) -> str:
        """The letters typed since `open_editor` (the editor types them into the box it
        focuses first); none are kept after."""
        keys, self._handing = self._handing or [], None
        return "".join(k.character or "" for k in keys if k.is_printable)

    def type_handed_keys(self) -> None:
        """Type into the box focused first the letters the screen below kept while this
        one opened (`open_editor`), so that nothing typed at once is lost."""
        stack = self.app.screen_stack
        below = stack[-2] if len(stack) > 1 and stack[-1] is self else None
        typed = below.handed_keys() if isinstance(below, FieldworkScreen) else ""
        if typed:  # once the focus the editor just gave is set (the app's queue, in order)
            self.app.call_later(self._type_into_focus, typed)

    def _type_into_focus(self, typed: str) -> None:
        box = self.focused
        if isinstance(box, Input):
            box.insert_text_at_cursor(typed)
        elif isinstance(box, TextArea):
            box.insert(typed)

    @on(events.Key)
    def hold_typed_on(self, event: events.Key) -> None:
        """Hold or drop letters typed on after the editor closed (see `typed_on`), and
        keep the keys typed while it opens (`open_editor`)."""
        if self._handing is not None:
            event.stop()
            event.prevent_default()
            self._handing.append(event)
            return
        if not event.is_printable or time.monotonic() >= self._typed_on_until:
            action = self.EDITOR_KEYS.get(event.key)
            if action and self.is_current and self.check_action(action, ()):
                event.stop()  # not the app's binding, which runs after the keys typed next
                event.prevent_default()
                getattr(self, f"action_{action}")()
            return
        event.stop()
        event.prevent_default()
        if not self._typing and self._held is None:
            self._held = (event.key, self.set_timer(HELD, self._release_held))
            return
        if self._held is not None:
            self._held[1].stop()
            self._held = None
            self._typing = True
            self.notify("The note was closed: the letters typed after it were not taken as "
                        "commands.", title="Typing after the editor")  # fmt: skip
        self._typed_on_until = time.monotonic() + TYPED_ON

    def _release_held(self) -> None:
        """A letter alone after the editor closed: a command after all."""
        if self._held is not None and self.is_current:
            key, self._held = self._held[0], None
            self._typed_on_until = 0.0
            # Pressed again from the app, as the terminal would: a key sent from this
            # screen would stop bubbling at it, before the app's bindings see it.
            self.app.call_later(self.app.simulate_key, key)

    def selected_case_id(self) -> str | None:
        """The case this screen shows or highlights (what "assign" starts from)."""
        return None

    def confirm_leave(self, then: Callable[[], object]) -> None:
        """Leave this screen for another: nothing to ask here, so go on at once."""
        then()

    @property
    def fw(self) -> Workbench:
        """What a screen may read and keep on the app, typed."""
        return cast("Workbench", self.app)

    @property
    def store(self) -> Store:
        """The open inspection.  Call it only from thread workers."""
        return self.fw.store

    @work(thread=True, exit_on_error=False)
    def change(self, method: str, done: str, *args: Any, **kw: Any) -> None:
        """Call one Store method in a worker (the rules live behind it, so a screen
        refuses what the command line refuses, in its sentence: `on_worker_state_changed`),
        then say `done` and read again what the screen shows (`action_refresh`)."""
        getattr(self.store, method)(*args, **kw)
        self.app.call_from_thread(self.notify, done)
        self.app.call_from_thread(self.action_refresh)

    def action_refresh(self) -> None:
        """Read again what the screen shows (each screen that changes the store has one)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that raised: say what went wrong, in one sentence."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            error = event.worker.error
            text = str(error) if isinstance(error, FieldworkError) else repr(error)
            self.notify(
                text,
                title="Not saved" if "save" in event.worker.name else "Error",
                severity="error",
                timeout=8,
            )

    def on_store_failed(self, message: StoreFailed) -> None:
        """A worker reported a user-facing failure."""
        self.notify(message.text, severity="error", timeout=8)


class TypingScreen(FieldworkScreen[ResultT]):
    """A screen someone types prose into (the evidence editor).  The app's one-letter
    keys (Home, Cases, Coverage, Search, quit) would leave it when a letter is typed
    while a list or a choice has the focus, and the question that follows could be
    answered by the next letters typed; here they type nothing and say once where the
    text goes."""

    GUARDS_LEAVING: ClassVar[bool] = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "h,c,v,q,slash",
            "stray_key",
            "",
            id="typing-stray-key",
            show=False,
            tooltip="Letters type only into a text box; Escape leaves.",
        ),
    ]
    _stray_noted = False

    @on(events.Key)
    def take_early_key(self, event: events.Key) -> None:
        """A letter that reached the screen itself while a text box has (or is about to
        have) the focus was typed before the box took it: the app handed it on while
        the screen was opening (tester 30, F6, in a real terminal: "QP11" typed after
        `n` arrived as the editor showed, before its search box had the focus, and was
        lost).  A text box takes the letters typed in it, so none of its own get here."""
        box = self.focused
        if (
            event.is_printable
            and event.character
            and (box is None or isinstance(box, (Input, TextArea)))
        ):
            event.stop()
            event.prevent_default()
            self.app.call_later(self._type_into_focus, event.character)

    def action_stray_key(self) -> None:
        """A letter typed outside the text boxes: say once where typing goes."""
        if not self._stray_noted:
            self._stray_noted = True
            self.notify(
                "Letters typed here go nowhere: Ctrl+T jumps to the text, Escape leaves.",
                title="Not in a text box",
            )
