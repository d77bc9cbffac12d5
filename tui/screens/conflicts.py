"""Conflicts: records whose versions disagree, side by side, for the lead to settle.

The list on the left holds every record in conflict; the table on the right shows its
sides (one column each) field by field, with the fields that differ marked; below 100
columns the list goes above the sides, so each side keeps a readable width.  Move the
column cursor to a side and press Enter (or 1-4) to keep it (the screen first says
whose version that supersedes, and asks); `e` edits the record in a form prefilled from
that side, `b` keeps both: a note's sides each as its author wrote it (two notes), another
record's in the form with both texts in every text field the sides wrote differently
(`tui/modals/conflict_form.py`).  Fields have their names for people, codes
their labels, and each side's text is shown whole.  Each resolution is a new version
whose parents are all the sides, so it travels to the other databases like any edit.

An edit in the form is kept as a draft while it is typed; after a crash the app opens
this screen with the draft (`restore`), which reopens the form on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Header, Static

from exporters.conflict_fields import (
    Lookups,
    brief,
    came_from,
    cell_text,
    field_label,
    history_note,
    labelled,
    merged_changes,
    named_by,
    read_lookups,
    shown_changes,
    superseded,
    when,
)
from store.errors import FieldworkError
from tui.drafting import DraftKeeper
from tui.markup import escape
from tui.modals.confirm import ConfirmModal
from tui.modals.conflict_form import ConflictEdit, ConflictForm
from tui.navigation import lead_only
from tui.screens.base import FieldworkScreen
from tui.widgets.conflict_tables import RecordList, SidesTable
from tui.widgets.footer import Footer

if TYPE_CHECKING:
    from store.conflicts import Conflict


class ConflictsLoaded(Message):
    """The conflicts, and names for the ids they hold, read in a worker."""

    def __init__(self, conflicts: list[Conflict], lookups: Lookups) -> None:
        super().__init__()
        self.conflicts = conflicts
        self.lookups = lookups


class ConflictResolved(Message):
    """A conflict was settled."""

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.record_id = record_id


class ConflictsFailed(Message):
    """A store call failed; `text` is the one-sentence error."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


NARROW = 100
"""Below this many columns the list of records goes above the sides, not beside them."""


def row_height(console: Console, texts: list[tuple[Text, int]]) -> int:
    """The lines a table row needs: its tallest cell, each `(text, width)` wrapped as the
    table wraps it.  (Set, not left to the table: a table whose rows measure their own
    height after a refill can keep the blank lines it drew before measuring, Textual 8.2.)"""
    return max(len(text.wrap(console, max(1, width))) for text, width in texts)


class ConflictsScreen(FieldworkScreen[None]):
    """Every record in conflict, its sides field by field, and the lead's choice."""

    DEFAULT_CSS = """
    ConflictsScreen #conflicts-body { height: 1fr; }
    ConflictsScreen #conflicts-list { width: 28%; height: 1fr; border: round $primary; }
    ConflictsScreen #conflicts-detail { width: 72%; height: 1fr; }
    ConflictsScreen.-narrow #conflicts-body { layout: vertical; }
    ConflictsScreen.-narrow #conflicts-list {
        width: 100%; height: auto; max-height: 5; border: none; overflow-x: hidden;
    }
    ConflictsScreen.-narrow #conflicts-detail { width: 100%; }
    ConflictsScreen #conflicts-sides { height: 1fr; border: round $secondary; }
    ConflictsScreen #conflicts-title { height: auto; padding: 0 1; text-style: bold; }
    ConflictsScreen #conflicts-hint { height: auto; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("enter", "take_current", "Keep this side", id="conflicts-take",
                tooltip="Resolve with the side under the column cursor."),
        Binding("1", "take(0)", "Keep side 1", id="conflicts-take-1", show=False,
                tooltip="Resolve with the first side."),
        Binding("2", "take(1)", "Keep side 2", id="conflicts-take-2", show=False,
                tooltip="Resolve with the second side."),
        Binding("3", "take(2)", "Keep side 3", id="conflicts-take-3", show=False,
                tooltip="Resolve with the third side."),
        Binding("4", "take(3)", "Keep side 4", id="conflicts-take-4", show=False,
                tooltip="Resolve with the fourth side."),
        Binding("e", "edit", "Edit", id="conflicts-edit",
                tooltip="Edit the record in a form prefilled from the side under the cursor."),
        Binding("b", "both", "Keep both", id="conflicts-both",
                tooltip="A note: each side kept as written (two notes). Another record: the "
                "form, with both texts kept in every text field the sides wrote differently."),
        Binding("r", "refresh", "Refresh", id="conflicts-refresh",
                tooltip="Read the conflicts again (after a merge)."),
        Binding("escape", "close", "Back", id="conflicts-close", tooltip="Close this screen."),
    ]  # fmt: skip

    def __init__(self, restore: dict[str, Any] | None = None, focus: str | None = None) -> None:
        """`restore`: a conflict edit's draft (its payload) to reopen in the form;
        `focus`: the record to show first."""
        super().__init__(id="conflicts")
        self.focus_record = focus
        self.conflicts: list[Conflict] = []
        self.lookups = Lookups()
        self.restore = restore
        self._list_width = 0
        """The list's width its rows were wrapped for."""
        self._shown: tuple[str, int] | None = None
        """The record the sides show and the width they were laid out for."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="conflicts-body"):
            yield RecordList(id="conflicts-list", cursor_type="row")
            with Vertical(id="conflicts-detail"):
                yield Static("Loading…", id="conflicts-title")
                yield SidesTable(id="conflicts-sides", cursor_type="column")
                yield Static(
                    "← → choose a side · Enter keep it (or 1-4: that side) · e edit · b keep both · "
                    "Tab read on",
                    id="conflicts-hint",
                )
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Conflicts"
        self.set_class(self.app.size.width < NARROW, "-narrow")
        self.load()

    def on_resize(self, event: events.Resize) -> None:
        """The list above the sides when narrow; the sides' columns share the new width."""
        self.set_class(event.size.width < NARROW, "-narrow")
        self.call_after_refresh(self._reshow)

    def _reshow(self) -> None:
        table = self.query_one("#conflicts-list", DataTable)
        if table.size.width != self._list_width:
            self._fill_list()
        self._show(table.cursor_row)

    # Workers ----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="conflicts", exit_on_error=False)
    def load(self) -> None:
        try:
            found = self.store.conflicts()
        except FieldworkError as exc:
            self.post_message(ConflictsFailed(str(exc)))
            return
        look = read_lookups(self.store, found)
        self.post_message(ConflictsLoaded(labelled(self.store, found, look), look))

    @work(thread=True, group="conflicts-resolve", exit_on_error=False)
    def resolve(
        self,
        record_id: str,
        take: str | None,
        values: dict[str, Any] | None,
        draft: DraftKeeper | None = None,
    ) -> None:
        """Settle one conflict (with an edit: then drop its draft; if the save fails the
        draft stays, to be offered again)."""
        store = self.store
        try:
            if take is not None:
                store.resolve(record_id, take=take)
            elif draft is not None:
                draft.committed(store, lambda: store.resolve(record_id, values=values))
            else:
                store.resolve(record_id, values=values)
        except FieldworkError as exc:
            self.post_message(ConflictsFailed(str(exc)))
            return
        self.post_message(ConflictResolved(record_id))

    @work(thread=True, group="conflicts-resolve", exit_on_error=False)
    def keep_both(self, record_id: str) -> None:
        """Keep both sides of a note (`Store.keep_both`)."""
        try:
            self.store.keep_both(record_id)
        except FieldworkError as exc:
            self.post_message(ConflictsFailed(str(exc)))
            return
        self.post_message(ConflictResolved(record_id))

    # Messages ---------------------------------------------------------------------------
    @on(ConflictsLoaded)
    def _loaded(self, message: ConflictsLoaded) -> None:
        self.conflicts = message.conflicts
        self.lookups = message.lookups
        table = self.query_one("#conflicts-list", DataTable)
        self._fill_list()
        if not self.conflicts:
            self.query_one("#conflicts-title", Static).update("No conflicts: every record agrees.")
            self.query_one("#conflicts-sides", DataTable).clear(columns=True)
            return
        first = next(
            (i for i, c in enumerate(self.conflicts) if c.record_id == self.focus_record), 0
        )
        self.focus_record = None
        table.move_cursor(row=first)
        self._show(first, again=True)
        if self.restore is not None:
            draft, self.restore = self.restore, None
            self._reopen(draft)

    def _reopen(self, draft: dict[str, Any]) -> None:
        """Open the form on a draft's values, if its record is still in conflict."""
        record_id = str(draft.get("record_id"))
        index = next((i for i, c in enumerate(self.conflicts) if c.record_id == record_id), None)
        if index is None:
            self.notify(
                f"{draft.get('about_label') or 'That record'} is no longer in conflict (it was "
                "settled elsewhere); your draft is kept: discard it from the drafts list.",
                severity="warning",
                timeout=10,
            )
            return
        self.query_one("#conflicts-list", DataTable).move_cursor(row=index)
        self._show(index)
        self._open_form(self.conflicts[index], 0, restore=dict(draft.get("values") or {}))

    def _fill_list(self) -> None:
        """One row a record: how many sides, and its label wrapped to the list's width
        (up to three lines beside the sides, one above them), so records about the same
        case still read apart; the whole label is the title above the sides."""
        table = self.query_one("#conflicts-list", DataTable)
        row = table.cursor_row
        width = max(10, table.scrollable_content_region.width - len("Sides") - 4)
        lines = 1 if self.has_class("-narrow") else 3
        self._list_width = table.size.width
        table.clear(columns=True)
        table.add_column("Sides", key="sides")
        table.add_column("Record", key="record", width=width)
        console = self.app.console
        for c in self.conflicts:
            wrapped = list(Text(c.label).wrap(console, width))
            kept = wrapped[:lines]
            if len(wrapped) > lines:
                kept[-1] = Text(kept[-1].plain.rstrip()[: width - 1] + "…")
            shown = Text("\n").join(kept)
            table.add_row(str(len(c.sides)), shown, key=c.record_id, height=len(kept))
        if self.has_class("-narrow"):  # as tall as its rows (auto kept blank lines)
            table.styles.height = min(5, 1 + sum(r.height for r in table.ordered_rows))
        else:
            table.styles.height = None
        if self.conflicts:
            table.move_cursor(row=min(max(row, 0), len(self.conflicts) - 1))

    @on(ConflictResolved)
    def _resolved(self, message: ConflictResolved) -> None:
        self.notify("Resolved; the choice travels with the next merge.", title="Conflict")
        self.load()

    @on(ConflictsFailed)
    def _failed(self, message: ConflictsFailed) -> None:
        self.notify(message.text, severity="error", title="Conflicts")

    @on(DataTable.RowHighlighted, "#conflicts-list")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show(event.cursor_row)

    # Showing one conflict -----------------------------------------------------------------
    def _current(self) -> Conflict | None:
        row = self.query_one("#conflicts-list", DataTable).cursor_row
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, index: int, *, again: bool = False) -> None:
        """Lay out conflict `index`'s sides (`again`: even if they show it already)."""
        if not 0 <= index < len(self.conflicts):
            return
        c = self.conflicts[index]
        sides = self.query_one("#conflicts-sides", DataTable)
        if not again and self._shown == (c.record_id, sides.size.width):
            return  # a highlight of the row already shown, or a resize that changed nothing
        # The side under the cursor stays where this record was shown before (a resize, a
        # refresh); another record opens on the side shown for now, so that `e` edits
        # from the version in front (tester 21: it edited from the side the cursor had
        # been on for the record before).
        same = self._shown is not None and self._shown[0] == c.record_id
        self._shown = (c.record_id, sides.size.width)
        self.query_one("#conflicts-title", Static).update(Text(c.label))
        shown = next((n for n, s in enumerate(c.sides, start=1) if s.winner), 1)
        column = sides.cursor_column if same else shown
        sides.clear(columns=True)
        # Side by side, each side's full text wrapped in its own column.
        label_width = 16 if self.has_class("-narrow") else 24
        room = sides.size.width - label_width - 2 * (len(c.sides) + 1) - 3  # padding, bar
        width = max(12, room // max(1, len(c.sides)))
        sides.add_column("Field", key="field", width=label_width)
        for n, s in enumerate(c.sides, start=1):
            sides.add_column(f"{n}: {s.author_name}", key=s.version_id, width=width)
        console = self.app.console
        for key, label, cells in self._rows(c):
            texts = [(label, label_width), *((t, width) for t in cells)]
            sides.add_row(label, *cells, key=key, height=row_height(console, texts))
        sides.move_cursor(column=min(max(column, 1), len(c.sides)))

    def _rows(self, c: Conflict) -> list[tuple[str, Text, list[Text]]]:
        """The sides' rows (key, label, one cell a side): when, which shows now, then the
        fields that differ (marked ≠, bold), then the others; a field one side alone
        changed says which value is kept."""
        fw = self.store.framework
        look = self.lookups
        rows = [
            ("(when)", Text("When"), [Text(when(s)) for s in c.sides]),
            ("(from)", Text("Came from"), [Text(came_from(s)) for s in c.sides]),
            (
                "(shown)",
                Text("Shown for now"),
                [
                    Text("yes" if s.winner else "no", style="bold" if s.winner else "")
                    for s in c.sides
                ],
            ),
            (
                "(deleted)",
                Text("≠ Deleted" if "(deleted)" in c.fields else "  Deleted"),
                [Text("yes" if s.deleted else "no") for s in c.sides],
            ),
        ]
        # The differing fields first, each group in the record's own field order (a set
        # here gave a new order in every process: string hashing is randomised).
        # Then the fields the sides differ in that merged (one side alone changed each,
        # its change kept whichever side is kept: not dimmed), then the rest.
        named = dict.fromkeys(k for s in c.sides for k in s.values)
        order = {k: 0 for k in c.fields} | {k: 1 for k in c.merged_fields}
        for k in sorted(named, key=lambda k: order.get(k, 2)):
            differs = k in c.fields
            merged = k in c.merged_fields and k in c.shown
            style = "bold" if differs else "" if merged else "dim"
            mark = "≠ " if differs else "  "
            label = Text(mark + field_label(k), style=style)
            values = []
            for s in c.sides:
                text = Text(cell_text(fw, c.kind, k, s.values.get(k), look), style=style)
                if merged and not s.deleted and s.values.get(k) == c.shown[k]:
                    text.append(" (kept: only this side changed it)", style="italic")
                values.append(text)
            rows.append((k, label, values))
        return rows

    # Actions ----------------------------------------------------------------------------
    def action_side(self, step: int) -> None:
        """Move the sides' column cursor to the next side that way."""
        sides = self.query_one("#conflicts-sides", DataTable)
        if len(sides.columns) > 1:
            column = sides.cursor_column + step
            sides.move_cursor(column=min(max(column, 1), len(sides.columns) - 1))

    def action_take_current(self) -> None:
        column = self.query_one("#conflicts-sides", DataTable).cursor_column
        self.action_take(max(column - 1, 0))

    def action_take(self, side: int) -> None:
        """Keep one side, after saying whose change it supersedes (the lead's or a
        deputy's to do, as `fieldwork resolve`: a team inspector's settlement would reach
        the master as a decision no lead made)."""
        lead_only(self.app, "settle conflicts", lambda: self._take(side))

    def _take(self, side: int) -> None:
        c = self._current()
        if c is None or side >= len(c.sides):
            return
        kept = c.sides[side]
        values = c.values_kept(kept.version_id)
        lost = superseded(c, values)
        stands = [] if values is None else merged_changes(c)
        what = "deletion" if kept.deleted else "version"
        also = f"  Also kept: {'; '.join(stands)}." if stands else ""
        shows = shown_changes(c, values)
        now = f"  What shows now changes in: {', '.join(shows)}." if shows else ""
        question = (
            f"Keep {escape(kept.author_name)}'s {what} of "
            f"{escape(brief(named_by(c, kept.values)).rstrip('.'))}?\n"
            f"It supersedes {escape('; and '.join(lost) or 'nothing')}.{escape(also)}"
            f"{escape(now)}  {history_note(c, values)}"
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.resolve(c.record_id, kept.version_id, None)

        self.app.push_screen(ConfirmModal(question, yes="Keep it", no="Cancel"), answered)

    def _side_under_cursor(self, c: Conflict) -> int:
        column = self.query_one("#conflicts-sides", DataTable).cursor_column
        return min(max(column - 1, 0), len(c.sides) - 1)

    def action_edit(self) -> None:
        """Edit the record in a form prefilled from the side under the cursor."""
        lead_only(self.app, "settle conflicts", self._edit)

    def _edit(self) -> None:
        c = self._current()
        if c is not None:
            self._open_form(c, self._side_under_cursor(c))

    def action_both(self) -> None:
        """Keep both: a note's sides each as its author wrote it (the note keeps one, each
        other side becomes a new note in its author's name; `Store.keep_both`), after
        asking; another record (or a note one side deleted), the form with both texts
        kept in every text field the sides differ in."""
        lead_only(self.app, "settle conflicts", self._both)

    def _both(self) -> None:
        c = self._current()
        if c is None:
            return
        live = [s for s in c.sides if not s.deleted]
        if c.kind != "evidence" or len(live) < len(c.sides):
            self._open_form(c, self._side_under_cursor(c), keep_both=True)
            return
        names = " and ".join(f"{escape(s.author_name)}'s" for s in live)
        question = (
            f"Keep both versions of {escape(brief(c.label).rstrip('.'))}?\n"
            f"{names} versions each stay as written: the note keeps one and each other side "
            "becomes a new note in its author's name.  Nothing is added to either text."
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.keep_both(c.record_id)

        self.app.push_screen(ConfirmModal(question, yes="Keep both", no="Cancel"), answered)

    def _open_form(
        self,
        c: Conflict,
        side: int,
        *,
        keep_both: bool = False,
        restore: dict[str, Any] | None = None,
    ) -> None:
        def done(edit: ConflictEdit | None) -> None:
            if edit is not None:
                self.resolve(c.record_id, None, edit.values, edit.draft)

        form = ConflictForm(c, self.lookups, side, keep_both=keep_both, restore=restore)
        self.app.push_screen(form, done)

    def action_refresh(self) -> None:
        self.load()

    def action_close(self) -> None:
        self.app.pop_screen()
