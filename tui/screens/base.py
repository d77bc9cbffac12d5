"""What every Fieldwork screen shares: typed access to the app's store and settings
(through the `Workbench` protocol, never by importing the app), and one place that
turns a failed worker into a notification."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from store.errors import FieldworkError
from tui.messages import StoreFailed

if TYPE_CHECKING:
    from store.store import Store
    from tui.navigation import Workbench

ResultT = TypeVar("ResultT")


class FieldworkScreen(Screen[ResultT]):
    """Base screen: `self.store` for workers, errors from workers shown to the user."""

    GUARDS_LEAVING: ClassVar[bool] = False
    """True for screens that hold unsaved input and close (asking first) when the
    inspector goes elsewhere: they override `confirm_leave`."""

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

    def action_stray_key(self) -> None:
        """A letter typed outside the text boxes: say once where typing goes."""
        if not self._stray_noted:
            self._stray_noted = True
            self.notify(
                "Letters typed here go nowhere: Ctrl+T jumps to the text, Escape leaves.",
                title="Not in a text box",
            )
