"""A warning under a free-text field when what is typed could identify a child or
family: "Could identify someone: name ‘Tiegan-Rose’".

The check is the one every export runs (`exporters.identify`), in a thread worker:
the UI thread only hands over the latest text, so typing never waits for it.  The
scanner (its word lists take about a second of CPU to load) is built once per
database, in that worker, on the first non-empty text to check, so opening the editor
costs nothing.  Saving is never blocked: the warning only informs.

Attach to a screen's fields with `IdentifyWarning.attach(screen, *field_ids)` (each an
`Input` or a `TextArea`) and forward each change with
`IdentifyWarning.changed(screen, event.control)`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from exporters.identify.advice import describe

__all__ = ["IdentifyWarning", "describe", "scanner_for_store"]

if TYPE_CHECKING:
    from textual.screen import Screen

    from exporters.identify import Hit, Scanner


def scanner_for_store(store: Any) -> Scanner:
    """The scanner for this open store as it is now: one per process for the same
    protected names, cases, team and areas, built again when they change; thread-safe
    (`Scanner.for_store`)."""
    from exporters.identify import Scanner

    return Scanner.for_store(store)


def _text_of(field: Widget) -> str:
    if isinstance(field, TextArea):
        return field.text
    if isinstance(field, Input):
        return field.value
    return ""


class IdentifyWarning(Static):
    """The identifiability warning for one field; hidden while there is nothing to say."""

    DEFAULT_CSS = """
    IdentifyWarning {
        display: none; height: auto; color: $text-warning; background: $warning-muted;
        padding: 0 1;
        &.-shown { display: block; }
    }
    """

    class Checked(Message):
        """The scan of one text finished (posted from the worker thread)."""

        def __init__(self, text: str, hits: list[Hit]) -> None:
            super().__init__()
            self.text = text
            self.hits = hits

    def __init__(self, field_id: str, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__("", id=id or f"{field_id}-identify", markup=False)
        self.field_id = field_id
        self.hits: list[Hit] = []
        self._check_lock = threading.Lock()
        self._check_pending: str | None = None
        self._check_running = False
        self._check_ready = False
        self._check_latest = ""

    # Wiring ---------------------------------------------------------------------------
    @classmethod
    def attach(cls, screen: Screen[Any], *field_ids: str) -> None:
        """Mount a warning after each field and check what it already holds."""
        for field_id in field_ids:
            field = screen.query_one(f"#{field_id}")
            warning = cls(field_id)
            parent = field.parent
            assert isinstance(parent, Widget)
            parent.mount(warning, after=field)
            text = _text_of(field)
            if text.strip():
                warning.check(text)

    @staticmethod
    def changed(screen: Screen[Any], control: Widget | None) -> None:
        """Forward a change of a field to its warning, if it has one."""
        if control is None or not control.id:
            return
        for warning in screen.query(IdentifyWarning):
            if warning.field_id == control.id:
                warning.check(_text_of(control))

    # Checking -------------------------------------------------------------------------
    def check(self, text: str) -> None:
        """Check `text` soon, off the UI thread (only the latest text is checked)."""
        with self._check_lock:
            self._check_latest = text
            self._check_pending = text
            start = self._check_ready and not self._check_running
            if start:
                self._check_running = True
        if start:
            self._scan()

    def on_mount(self) -> None:
        """Check what arrived before the widget was ready (a worker needs it mounted)."""
        with self._check_lock:
            self._check_ready = True
            start = self._check_pending is not None and not self._check_running
            if start:
                self._check_running = True
        if start:
            self._scan()

    @work(thread=True, group="identify", exit_on_error=False)
    def _scan(self) -> None:
        from exporters.identify import ALLOWED_IN_COMMENTS

        try:
            while True:
                with self._check_lock:
                    text, self._check_pending = self._check_pending, None
                    if text is None:
                        self._check_running = False
                        return
                hits: list[Hit] = []
                if text.strip():
                    scanner = scanner_for_store(self.app.store)  # type: ignore[attr-defined]
                    hits = [
                        h for h in scanner.scan(text, comment=True)
                        if h.kind not in ALLOWED_IN_COMMENTS
                    ]  # fmt: skip
                self.post_message(self.Checked(text, hits))
        except BaseException:
            with self._check_lock:
                self._check_running = False
            raise

    def on_identify_warning_checked(self, message: IdentifyWarning.Checked) -> None:
        """Show the result if it is for the text now in the field."""
        message.stop()
        if message.text != self._check_latest:
            return
        self.hits = message.hits
        self.update(describe(message.hits))
        self.set_class(bool(message.hits), "-shown")
