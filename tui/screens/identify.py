"""Identifying details: every current hit of the identifiability check, for the lead
and deputies to decide on (`exporters/identify/listing.py` does the work).

Each row is one hit: its id (the one `fieldwork identify accept` takes), kind, where
it is, the words around it with the hit marked, and whether a decision lets it pass.
`a` accepts the highlighted hit with a reason (it then passes every export; every
other hit still stops one), `w` withdraws that decision, `x` erases the text of the
record the hit rests in from its whole history and the backups beside the file (a
redaction, which travels with merges).  The scan and every change run in a thread
worker; the table is refilled when they are done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from store.errors import FieldworkError
from tui.navigation import lead_only
from tui.widgets.footer import Footer

if TYPE_CHECKING:
    from exporters.identify.listing import HitRow
    from store.store import Store


class _App(Protocol):
    store: Store
    role: str | None


class HitsLoaded(Message):
    """The hits, read in a worker."""

    def __init__(self, rows: list[HitRow]) -> None:
        super().__init__()
        self.rows = rows


class HitsFailed(Message):
    """A scan or a change failed; `text` is the one-sentence error."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class HitChanged(Message):
    """A decision or a redaction was written; `text` says what."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


def excerpt(row: HitRow, context: int | None = None) -> Text:
    """The words around the hit (`context` characters each side, or all the listing
    kept), the hit itself marked."""
    before, after = row.before, row.after
    if context is not None:
        before = ("…" + before[-context:].lstrip()) if len(before) > context else before
        after = (after[:context].rstrip() + "…") if len(after) > context else after
    out = Text(before, style="dim")
    out.append(row.hit.text, style="bold reverse")
    out.append(after, style="dim")
    return out


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class IdentifyScreen(Screen[None]):
    """The current hits, and what the lead decided about each."""

    DEFAULT_CSS = """
    IdentifyScreen #identify-summary { height: auto; padding: 0 1; }
    IdentifyScreen #identify-table { height: 1fr; border: round $primary; }
    IdentifyScreen #identify-detail {
        height: auto; max-height: 8; padding: 0 1; border: round $panel;
    }
    """
    BINDINGS = [
        Binding("a", "accept", "Accept", id="identify-accept",
                tooltip="Mark the highlighted hit as identifying nobody, with a reason."),
        Binding("w", "withdraw", "Withdraw", id="identify-withdraw",
                tooltip="Withdraw the decision on the highlighted hit: it stops exports again."),
        Binding("x", "redact", "Redact", id="identify-redact",
                tooltip="Erase the text the highlighted hit rests in, in every copy."),
        Binding("r", "refresh", "Rescan", id="identify-refresh", tooltip="Scan the file again."),
        Binding("escape", "close", "Back", id="identify-close", tooltip="Close this screen."),
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__(id="identify")
        self.rows: list[HitRow] = []

    @property
    def store(self) -> Store:
        return cast(_App, self.app).store

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Scanning every note and the whole draft…", id="identify-summary")
        table: DataTable[str | Text] = DataTable(id="identify-table", cursor_type="row")
        table.add_column("Hit", width=10)
        table.add_column("Kind", width=14)
        table.add_column("Decision", width=8)
        table.add_column("Excerpt", width=44)
        table.add_column("Where", width=40)
        yield table
        yield Static("", id="identify-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Identifying details"
        self.load()

    # Reading -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="identify", exit_on_error=False)
    def load(self) -> None:
        """Scan the file in a thread; the table is filled when it is done."""
        from exporters.identify.listing import hit_rows

        try:
            rows = hit_rows(self.store)
        except FieldworkError as exc:
            self.post_message(HitsFailed(str(exc)))
            return
        self.post_message(HitsLoaded(rows))

    @on(HitsLoaded)
    def _loaded(self, message: HitsLoaded) -> None:
        self.rows = message.rows
        table = self.query_one("#identify-table", DataTable)
        at = table.cursor_row
        table.clear()
        for n, row in enumerate(self.rows):
            decision = "passes" if row.accepted else "stops"
            # The same detail can stand twice in one place: the key is the row's number.
            table.add_row(row.hit_id, row.hit.kind, decision, excerpt(row, 16),
                          _short(row.place, 40), key=f"{n} {row.hit_id}")  # fmt: skip
        if self.rows:
            table.move_cursor(row=min(at, len(self.rows) - 1))
        from exporters.identify.reach import tally
        from store.models import counted

        stopping = [r.reach for r in self.rows if not r.accepted]
        summary = (
            "No identifying details: every note and the whole draft pass."
            if not self.rows
            else f"{counted(len(self.rows), 'hit')}: {tally(stopping)}, "
            f"{len(self.rows) - len(stopping)} accepted.  a accept · w withdraw · x redact"
        )
        self.query_one("#identify-summary", Static).update(summary)
        self._show_detail()

    @on(DataTable.RowHighlighted, "#identify-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.current()
        detail = self.query_one("#identify-detail", Static)
        if row is None:
            detail.update("")
            return
        from exporters.identify.reach import SAID

        status = "accepted: passes exports" if row.accepted else SAID[row.reach]
        text = Text(f"[hit {row.hit_id}] {row.hit.kind}, {status}; {row.place}", style="bold")
        note = f" ({row.hit.note})" if row.hit.note else ""
        text.append(f"{note}\n")
        text.append_text(excerpt(row))
        detail.update(text)

    def current(self) -> HitRow | None:
        """The highlighted hit."""
        table = self.query_one("#identify-table", DataTable)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(HitsFailed)
    def _failed(self, message: HitsFailed) -> None:
        self.notify(message.text, severity="error", title="Identifying details")

    @on(HitChanged)
    def _changed(self, message: HitChanged) -> None:
        self.notify(message.text, title="Identifying details")
        self.load()

    # Deciding ------------------------------------------------------------------------
    def _lead(self, what: str, then: Callable[[HitRow], object]) -> None:
        row = self.current()
        if row is None:
            self.notify("There is no hit to act on.", severity="warning")
            return
        lead_only(self.app, what, lambda: then(row))

    def action_accept(self) -> None:
        """Ask why, then accept the highlighted hit."""
        from tui.modals.reason import ReasonModal, accept_hit

        def ask(row: HitRow) -> None:
            if row.accepted:
                self.notify("A decision already lets this hit pass.", severity="warning")
                return

            def answered(reason: str | None) -> None:
                if reason:
                    self._write(lambda: _accept(self.store, row, reason))

            self.app.push_screen(
                ReasonModal(accept_hit(f"{row.hit.kind} ‘{row.hit.text}’")), answered
            )

        self._lead("accept a hit", ask)

    def action_withdraw(self) -> None:
        """Withdraw the decision that lets the highlighted hit pass."""

        def withdraw(row: HitRow) -> None:
            decision = row.decision_id
            if decision is None:
                self.notify("No decision lets this hit pass.", severity="warning")
                return

            def work() -> str:
                self.store.revoke_decision(decision)
                return f"Decision withdrawn: {row.hit.kind} ‘{row.hit.text}’ stops exports again."

            self._write(work)

        self._lead("withdraw a decision", withdraw)

    def action_redact(self) -> None:
        """Ask why, then erase the text the highlighted hit rests in."""
        from tui.modals.reason import ReasonModal, redact

        def ask(row: HitRow) -> None:
            if row.record_id is None:
                self.notify("This hit is in the draft's own wording, not in a record.",
                            severity="warning")  # fmt: skip
                return

            def answered(reason: str | None) -> None:
                if reason:
                    self._write(lambda: _redact(self.store, row, reason))

            self.app.push_screen(ReasonModal(redact(f"the {row.place}")), answered)

        self._lead("redact a record", ask)

    @work(thread=True, exclusive=True, group="identify-write", exit_on_error=False)
    def _write(self, fn: Callable[[], str]) -> None:
        try:
            text = fn()
        except FieldworkError as exc:
            self.post_message(HitsFailed(str(exc)))
            return
        self.post_message(HitChanged(text))

    def action_refresh(self) -> None:
        """Scan the file again."""
        self.query_one("#identify-summary", Static).update("Scanning…")
        self.load()

    def action_close(self) -> None:
        """Back to where the lead was."""
        self.app.pop_screen()


def _accept(store: Store, row: HitRow, reason: str) -> str:
    from exporters.identify.listing import accept

    accept(store, row, reason)
    return f"Accepted {row.hit.kind} ‘{row.hit.text}’: it passes exports from now on."


def _redact(store: Store, row: HitRow, reason: str) -> str:
    from exporters.identify.listing import redact

    return redact(store, row, reason)
