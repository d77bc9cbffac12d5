"""A warning under a free-text field when what is typed could identify a child or
family: "Could identify someone: name ‘Tiegan-Rose’".

The check is the one every export runs (`exporters.identify`), in a thread worker:
the UI thread only hands over the latest text, so typing never waits for it.  The
scanner (its word lists take about a second of CPU to load) is built once per
database, in that worker, on the first text there is to check, not when the editor
opens: built on opening, its load competed with the keys of someone who starts typing
at once (two tmux tests that choose a criterion, press Ctrl+T and type straight away
failed about one run in three, their text landing in the criteria box).  Saving is never blocked: the warning only informs.

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

if TYPE_CHECKING:
    from textual.screen import Screen

    from exporters.identify import Hit, Scanner

_scanners: dict[int, Scanner] = {}
_scanners_lock = threading.Lock()


def scanner_for_store(store: Any) -> Scanner:
    """The scanner for this open store (built once, on first use; thread-safe)."""
    from exporters.identify import Scanner

    with _scanners_lock:
        scanner = _scanners.get(id(store))
        if scanner is None:
            scanner = Scanner.from_store(store)
            _scanners.clear()  # one database open at a time
            _scanners[id(store)] = scanner
        return scanner


def _text_of(field: Widget) -> str:
    if isinstance(field, TextArea):
        return field.text
    if isinstance(field, Input):
        return field.value
    return ""


def describe(hits: list[Hit]) -> str:
    """The warning's text for these hits ("" for none)."""
    if not hits:
        return ""
    shown = "; ".join(f"{h.kind.replace('-', ' ')} ‘{h.text}’" for h in hits[:4])
    more = f" and {len(hits) - 4} more" if len(hits) > 4 else ""
    return f"⚠ Could identify someone: {shown}{more}. Reword before it goes into a report."


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
        self._lock = threading.Lock()
        self._pending: str | None = None
        self._running = False
        self._latest = ""

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
        with self._lock:
            self._latest = text
            self._pending = text
            if self._running:
                return
            self._running = True
        self._scan()

    @work(thread=True, group="identify", exit_on_error=False)
    def _scan(self) -> None:
        from exporters.identify import ALLOWED_IN_COMMENTS

        try:
            scanner = scanner_for_store(self.app.store)  # type: ignore[attr-defined]
            while True:
                with self._lock:
                    text, self._pending = self._pending, None
                    if text is None:
                        self._running = False
                        return
                hits = [
                    h for h in scanner.scan(text, comment=True)
                    if h.kind not in ALLOWED_IN_COMMENTS
                ]  # fmt: skip
                self.post_message(self.Checked(text, hits))
        except BaseException:
            with self._lock:
                self._running = False
            raise

    def on_identify_warning_checked(self, message: IdentifyWarning.Checked) -> None:
        """Show the result if it is for the text now in the field."""
        message.stop()
        if message.text != self._latest:
            return
        self.hits = message.hits
        self.update(describe(message.hits))
        self.set_class(bool(message.hits), "-shown")
