"""Keep what is being typed in a small form (a grade's or a judgement's rationale) as a
draft, like the evidence editor does: every `Settings.autosave_seconds` while it has
unsaved changes, written by a thread worker in one committed transaction, so a closed
terminal or a killed process loses nothing older than that.

The draft's payload names its `kind` ("grading" or "judgement"); the app offers it back
at the next start (`tui/modals/drafts.py`) and reopens the form it came from.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from tui import hangup

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.timer import Timer

    from store.store import Store
    from tui.navigation import Workbench


class DraftKeeper:
    """The draft of one form, owned by the screen or dialog that shows it.

    Call `start()` once mounted, `changed(payload)` on every edit, `flush()` to write at
    once, then either `committed(save)` from the worker that saves the form, or
    `discard()` when the inspector abandons it."""

    def __init__(self, owner: DOMNode, key: str) -> None:
        self.owner = owner
        self.key = key
        self._pending: dict[str, Any] | None = None
        self._latest: dict[str, Any] | None = None
        """The newest payload, written or not: what a hangup must keep."""
        self._discarded = False
        self._lock = threading.Lock()
        self._timer: Timer | None = None

    @property
    def store(self) -> Store:
        """The open inspection (the app's)."""
        return cast("Workbench", self.owner.app).store

    def start(self) -> None:
        """Write pending changes on the settings' autosave interval."""
        interval = cast("Workbench", self.owner.app).settings.autosave_seconds
        if interval > 0:
            self._timer = self.owner.set_interval(interval, self.flush)
        hangup.hold(self)

    def changed(self, payload: dict[str, Any]) -> None:
        """The form changed: keep `payload` at the next tick."""
        self._pending = payload
        self._latest = payload

    def write_draft_now(self) -> None:
        """Write the newest payload on this thread (the terminal is closing)."""
        payload = self._latest
        if payload is None:
            return
        with self._lock:
            if not self._discarded:
                self.store.save_draft(self.key, payload)

    def flush(self) -> None:
        """Write the pending payload now (off the UI thread)."""
        payload, self._pending = self._pending, None
        if payload is None:
            return
        store = self.store

        def write() -> None:
            with self._lock:
                if not self._discarded:
                    store.save_draft(self.key, payload)

        self.owner.app.run_worker(write, thread=True, group="form-draft", exit_on_error=False)

    def stop(self) -> None:
        """No more writes: the form is being saved (call on the UI thread)."""
        self._pending = None
        self._latest = None
        hangup.release(self)
        if self._timer is not None:
            self._timer.stop()

    def committed(self, store: Store, save: Callable[[], object]) -> None:
        """From a thread worker: run `save`, then drop the draft.  If the save raises,
        the draft stays, to be offered at the next start."""
        with self._lock:
            save()
            self._discarded = True
            store.discard_draft(self.key)

    def discard(self) -> None:
        """Drop the draft (after any write in flight): the inspector abandoned the form."""
        self.stop()
        store = self.store

        def drop() -> None:
            with self._lock:
                self._discarded = True
                store.discard_draft(self.key)

        self.owner.app.run_worker(drop, thread=True, group="form-draft", exit_on_error=False)


def grading_key(case_id: str, criterion_id: str) -> str:
    """The draft key of a grade and its rationale."""
    return f"grading:{case_id}:{criterion_id}"


def judgement_key(judgement_id: str, area_code: str | None) -> str:
    """The draft key of a judgement's grade and rationale."""
    return f"judgement:{judgement_id}|{area_code or ''}"
