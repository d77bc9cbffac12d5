"""Judgements: the lead grades each judgement of the framework beside its evidence.

National judgements appear once, area judgements once per visited area.  Beside each
is the balance of the evidence that informs it (strengths, areas for development,
neutral, kinds of source).  The case gradings on its criteria are shown for
information only: a judgement is made by the team, never computed, never suggested.

Pick a judgement in the list, choose a grade and write the rationale, then Ctrl+S.
Moving to another judgement or leaving with unsaved changes asks first.  Unsaved
changes are kept as a draft while they are typed (`tui/drafting.py`) and offered back
after a crash; the app reopens this screen on the draft's judgement.

Keys typed while the list loads are held (`tui/widgets/key_hold.py`); Ctrl+T, Ctrl+G,
Enter on the list and Tab in the rationale move the focus as their key is handled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Header, Label, Select, Static, TextArea
from textual.worker import Worker, WorkerState

from store.models import Judgement
from tui.drafting import DraftKeeper, judgement_key
from tui.markup import escape
from tui.modals.confirm import ConfirmModal
from tui.screens.judgement_hint import GradeHints, GradeHintScreen
from tui.screens.judgement_rows import (
    COLUMNS,
    NOT_JUDGED,
    BalancesLoaded,
    JudgementRow,
    JudgementSaved,
    JudgementsLoaded,
    area_sample,
    balance_text,
    fill_table,
    grade_options,
    gradings_text,
    judgement_heading,
    judgement_rows,
    practice_laws,
    with_balances,
)
from tui.widgets.enter_table import EnterTable
from tui.widgets.footer import Footer
from tui.widgets.judgement_panel import JudgementPanel
from tui.widgets.key_hold import KeyHold, KeysReleased, resend
from tui.widgets.tab_focus import TabTextArea


class JudgementsScreen(GradeHintScreen):
    """Every judgement with its grade, rationale and evidence balance; the lead sets them."""

    AUTO_FOCUS = ""  # nothing until the list is in: keys typed before then are held
    GUARDS_LEAVING = True
    DEFAULT_CSS = """
    JudgementsScreen #judgements-table { height: 1fr; min-height: 4; }
    JudgementsScreen #judgements-form {
        height: auto; padding: 0 1; background: $boost; border-top: solid $primary;
    }
    JudgementsScreen #judgements-grade-row { height: 1; margin-top: 1; }
    JudgementsScreen .judgements-label { width: 11; }
    JudgementsScreen #judgements-grade { width: 32; }
    JudgementsScreen #judgements-state { width: 1fr; padding: 0 1; color: $warning; }
    JudgementsScreen #judgements-rationale { height: 5; min-height: 3; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="judgements-save",
                tooltip="Save the grade and rationale of the judgement being edited."),
        Binding("escape", "leave", "Back", id="judgements-leave",
                tooltip="Back to the list; from the list, close (asks first if unsaved)."),
        Binding("ctrl+g", "focus_grade", "Grade", id="judgements-focus-grade",
                tooltip="Jump to the grade of the judgement being edited."),
        Binding("ctrl+t", "focus_rationale", "Rationale", id="judgements-focus-rationale",
                tooltip="Jump to the rationale of the judgement being edited."),
        Binding("r", "refresh", "Refresh", id="judgements-refresh", show=False,
                tooltip="Read the judgements and their evidence again."),
    ]  # fmt: skip

    def __init__(self, restore: dict[str, Any] | None = None) -> None:
        """`restore`: a judgement draft (its payload) to put back in the form once loaded."""
        super().__init__(id="judgements")
        self.restore = restore
        self.draft: DraftKeeper | None = None
        """The draft of the judgement in the form."""
        self.rows: dict[str, JudgementRow] = {}
        self.balances: BalancesLoaded | None = None
        """Every judgement's evidence balance, once read (kept until `r` refreshes)."""
        self._reading_balances = False
        self.current: JudgementRow | None = None
        """The judgement in the form."""
        self.baseline: tuple[str | None, str] = (None, "")
        """The grade and rationale the form started from (what is stored)."""
        self._asking = False
        self._keys = KeyHold(self)
        """Keys typed while the list loads."""
        self.hints = GradeHints()

    def compose(self) -> ComposeResult:
        yield Header()
        table = EnterTable(id="judgements-table", cursor_type="row", zebra_stripes=True)
        table.on_enter = self.open_highlighted
        for label, key in COLUMNS:
            table.add_column(label, key=key)
        yield table
        with Vertical(id="judgements-form"):
            yield JudgementPanel()
            with Horizontal(id="judgements-grade-row"):
                yield Label("Grade", classes="judgements-label")
                yield Select[str](
                    grade_options(self.store.framework),
                    value=NOT_JUDGED,
                    allow_blank=False,
                    compact=True,
                    id="judgements-grade",
                )
                yield Static("", id="judgements-state")
            yield Label("Rationale: why this grade, from the evidence")
            yield TabTextArea(
                "",
                id="judgements-rationale",
                soft_wrap=True,
                show_line_numbers=False,
                tab_behavior="focus",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Judgements"
        self._enable_form(False)

    def on_screen_resume(self) -> None:
        if not self._asking:
            self.hints.forget()
            self.load()

    def action_refresh(self) -> None:
        """Read everything again, the evidence too (the form keeps unsaved changes)."""
        self.balances = None
        self.hints.forget()
        self.load()

    @work(thread=True, exclusive=True, group="judgements", exit_on_error=False)
    def load(self) -> None:
        """Read every judgement, per visited area where it is made per area (a few small
        reads: the list shows at once); the evidence balances follow (`load_balances`)."""
        self.post_message(JudgementsLoaded(judgement_rows(self.store)))

    @work(thread=True, exclusive=True, group="judgements-balances", exit_on_error=False)
    def load_balances(self) -> None:
        """Read each judgement's evidence balance (a practice judgement's: its law's cases)."""
        store = self.store
        balances = store.judgement_balances(practice_laws(store))
        self.post_message(BalancesLoaded(balances, store.area_holdings(area_sample())))

    def on_balances_loaded(self, message: BalancesLoaded) -> None:
        """Fill the balances in: the list's cells and the form's description."""
        self._reading_balances = False
        self.balances = message
        self.on_judgements_loaded(JudgementsLoaded(list(self.rows.values())))

    def on_judgements_loaded(self, message: JudgementsLoaded) -> None:
        """Fill the list; keep the judgement being edited (and any unsaved changes)."""
        rows = message.rows
        if self.balances is not None:
            rows = with_balances(rows, self.balances.balances, self.balances.holdings)
        elif not self._reading_balances:
            self._reading_balances = True
            self.load_balances()
        self.rows = {r.key: r for r in rows}
        table = self._fill()
        self._keys.ready(lambda: table)
        if not rows:
            return
        current = self.current.key if self.current else None
        if current not in self.rows:
            current = rows[0].key
            self.current = None
        if self.restore is not None:
            current = self._restore(self.restore) or current
            self.restore = None
        elif self.current is None or not self.dirty and self._stored_changed(current):
            self.show(self.rows[current])
        else:  # the same judgement as stored, or unsaved changes: keep the form as it is
            self.current = self.rows[current]
            self._describe(self.current)
        table.move_cursor(row=table.get_row_index(current), animate=False)

    def _fill(self) -> DataTable[Text | str]:
        """Put the rows in the list, fitted to the screen's width (`fill_table`)."""
        table: DataTable[Text | str] = self.query_one("#judgements-table", DataTable)
        fill_table(table, self.store.framework, self.rows, self.size.width)
        return table

    def on_resize(self, event: events.Resize) -> None:
        """Fit the list to the new width, on the same judgement."""
        if self.rows:
            self._fill()
            if self.current is not None:
                self._back_to_current()

    def _stored_changed(self, key: str) -> bool:
        """Whether the form must show another judgement, or a new stored value of its own
        (reloading the same text would put the rationale's cursor back at its start)."""
        row = self.rows[key]
        return (
            self.current is None
            or self.current.key != key
            or ((row.grade, row.rationale) != self.baseline)
        )

    def _restore(self, draft: dict[str, Any]) -> str | None:
        """Put a draft's grade and rationale in the form; the row's key, if it exists."""
        key = f"{draft.get('judgement_id')}|{draft.get('area_code') or ''}"
        row = self.rows.get(key)
        if row is None:
            return None
        self.show(row)
        grade = draft.get("grade")
        self.query_one("#judgements-grade", Select).value = grade or NOT_JUDGED
        self.query_one("#judgements-rationale", TextArea).load_text(
            str(draft.get("rationale") or "")
        )
        self._edited()
        return key

    # The form -------------------------------------------------------------------------
    def _enable_form(self, on: bool) -> None:
        self.query_one("#judgements-grade", Select).disabled = not on
        self.query_one("#judgements-rationale", TextArea).disabled = not on

    def show(self, row: JudgementRow) -> None:
        """Put a judgement in the form, as stored."""
        self.current = row
        self.baseline = (row.grade, row.rationale)
        if self.draft is not None:
            self.draft.stop()
        self.draft = DraftKeeper(self, judgement_key(row.judgement_id, row.area_code))
        self.draft.start()
        self._enable_form(True)
        self.query_one("#judgements-grade", Select).value = row.grade or NOT_JUDGED
        self.query_one("#judgements-rationale", TextArea).load_text(row.rationale)
        self._describe(row)

    def _describe(self, row: JudgementRow) -> None:
        fw = self.store.framework
        self.query_one(JudgementPanel).describe(
            judgement_heading(fw, row), balance_text(row), row.note, row.set_by,
            gradings_text(fw, row),
        )  # fmt: skip
        self._show_state()
        self.check_chosen_grade()

    def form(self) -> tuple[str | None, str]:
        """The grade and rationale the form shows now."""
        value = self.query_one("#judgements-grade", Select).value
        grade = value if isinstance(value, str) and value != NOT_JUDGED else None
        return grade, self.query_one("#judgements-rationale", TextArea).text.strip()

    @property
    def dirty(self) -> bool:
        """True while the form differs from what is stored."""
        if self.current is None:
            return False
        grade, rationale = self.form()
        return (grade, rationale) != (self.baseline[0], self.baseline[1].strip())

    def _show_state(self) -> None:
        self.query_one("#judgements-state", Static).update(
            "Unsaved changes (Ctrl+S saves)" if self.dirty else ""
        )

    def _edited(self) -> None:
        """Show whether the form is saved; keep unsaved changes as a draft."""
        self._show_state()
        row = self.current
        if self.draft is None or row is None or not self.dirty:
            return
        grade, rationale = self.form()
        where = f"area {row.area_code}" if row.area_code else "national"
        self.draft.changed(
            {
                "kind": "judgement",
                "judgement_id": row.judgement_id,
                "area_code": row.area_code,
                "grade": grade,
                "rationale": rationale,
                "about_label": f"Judgement {row.judgement_id} ({where})",
                "text": rationale,
            }
        )

    def on_select_changed(self, event: Select.Changed) -> None:
        """The grade changed: is it saved, and does the evidence agree with it?"""
        self._edited()
        self.check_chosen_grade()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """The rationale changed."""
        self._edited()

    # Picking --------------------------------------------------------------------------
    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving through the list picks a judgement; with unsaved changes, ask first."""
        table = event.data_table
        if not 0 <= table.cursor_row < table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key is None or key not in self.rows or self._asking:
            return
        if self.current is not None and key == self.current.key:
            return
        if not self.dirty:
            self.show(self.rows[key])
            return
        self._ask_discard(lambda: self.show(self.rows[key]), self._back_to_current)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a judgement moves to its grade."""
        event.stop()
        if self.current is not None and event.row_key.value == self.current.key:
            self.action_focus_grade()

    def open_highlighted(self) -> bool:
        """Enter on the list, as the key is handled (`EnterTable`): the highlighted
        judgement in the form and the focus on its grade, so what is typed straight
        after reaches the grade, not the list.  False (Enter then goes on as usual) while
        a question is open or if moving would leave unsaved changes (the highlight asks)."""
        table = self.query_one("#judgements-table", DataTable)
        if self._asking or not 0 <= table.cursor_row < table.row_count:
            return False
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key not in self.rows:
            return False
        if self.current is None or key != self.current.key:
            if self.dirty:
                return False
            self.show(self.rows[key])
        self.action_focus_grade()
        return True

    def _back_to_current(self) -> None:
        if self.current is None:
            return
        table: DataTable[Text | str] = self.query_one("#judgements-table", DataTable)
        table.move_cursor(row=table.get_row_index(self.current.key), animate=False)

    def _ask_discard(self, discard: Callable[[], object], keep: Callable[[], object]) -> None:
        """Ask whether to throw away the form's changes, then call one of the two."""
        assert self.current is not None
        where = f" in area {self.current.area_code}" if self.current.area_code else ""
        self._asking = True

        def answered(yes: bool | None) -> None:
            self._asking = False
            if yes:
                if self.draft is not None:
                    self.draft.discard()
                discard()
            else:
                keep()

        self.app.push_screen(
            ConfirmModal(
                f"[b]{escape(self.current.title)}{where}[/b] has unsaved changes.\n"
                "Discard them? (Keep editing, then Ctrl+S, to save them.)",
                yes="Discard",
                no="Keep editing",
                default="no",
            ),
            answered,
        )

    # Saving ---------------------------------------------------------------------------
    def action_save(self) -> None:
        """Commit the grade and rationale of the judgement in the form."""
        row = self.current
        if row is None:
            return
        grade, rationale = self.form()
        if not self.dirty:
            self.notify("No changes to save.", timeout=3)
            return
        if grade and not rationale:
            self.notify(
                "Write the rationale: why this grade, from the evidence.",
                title="Not saved yet",
                severity="warning",
            )
            self.action_focus_rationale()
            return
        if self.draft is not None:
            self.draft.stop()
        self.save_judgement(
            Judgement(
                judgement_id=row.judgement_id,
                area_code=row.area_code,
                grade=grade,
                rationale=rationale,
            ),
            row.key,
            self.draft,
        )

    @work(thread=True, exclusive=True, group="judgements-save", exit_on_error=False)
    def save_judgement(self, judgement: Judgement, key: str, draft: DraftKeeper | None) -> None:
        """Commit one judgement (one new version), then drop its draft."""
        store = self.store
        if draft is not None:
            draft.committed(store, lambda: store.set_judgement(judgement))
        else:
            store.set_judgement(judgement)
        self.post_message(JudgementSaved(key, judgement.grade, judgement.rationale))

    def on_judgement_saved(self, message: JudgementSaved) -> None:
        """Saved: the form is clean again; read the list again."""
        if self.current is not None and self.current.key == message.key:
            self.baseline = (message.grade, message.rationale)
            self._show_state()
        self.notify("Judgement saved.", timeout=3)
        self.load()

    # Leaving --------------------------------------------------------------------------
    def action_leave(self) -> None:
        """From the form (the grade too), back to the list; from the list, close (asking
        if unsaved).  (The grade's open list of choices closes on Escape by itself.)"""
        table = self.query_one("#judgements-table", DataTable)
        if self.focused is not table:
            self.set_focus(table)
            return
        self.confirm_leave(lambda: None)

    def confirm_leave(self, then: Callable[[], object]) -> None:
        """Close the screen (asking first if the form is dirty), then call `then()`."""

        def close() -> None:
            self.dismiss(None)
            then()

        if self.dirty:
            self._ask_discard(close, lambda: None)
        else:
            close()

    def action_focus_grade(self) -> None:
        """Jump to the grade (at once, not after the keys already typed)."""
        self.set_focus(self.query_one("#judgements-grade", Select))

    def action_focus_rationale(self) -> None:
        """Jump to the end of the rationale (at once, not after the keys already typed)."""
        text = self.query_one("#judgements-rationale", TextArea)
        self.set_focus(text)
        text.move_cursor(text.document.end)

    # Keys typed ahead -------------------------------------------------------------------
    def on_key(self, event: events.Key) -> None:
        """Keys that reach the screen: while the list loads, every key (nothing has the
        focus), held until it is there.  Then Ctrl+T and Ctrl+G (or what they are mapped
        to) move the focus here, as the key is handled, so the keys typed after them and
        already on their way reach the new box, not the list; a character or Enter that
        reaches the screen while the rationale has the focus came from the widget that had
        it before (the rationale takes them all), so it is sent on to the rationale."""
        if self._keys.hold(event):
            return
        active = self.active_bindings.get(event.key)
        if active is not None and active.node is self:
            jump = {
                "focus_rationale": self.action_focus_rationale,
                "focus_grade": self.action_focus_grade,
            }.get(active.binding.action)
            if jump is not None:
                event.stop()
                event.prevent_default()
                jump()
                return
        text = self.query_one("#judgements-rationale", TextArea)
        typed = event.is_printable or event.key == "enter"  # what the rationale inserts
        if typed and self.focused is text and not text.read_only:
            event.stop()
            event.prevent_default()
            resend(self, event.key, event.character)

    def on_keys_released(self, message: KeysReleased) -> None:
        """The list is in: focus it and send on the keys typed while it loaded."""
        self._keys.release()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed read still releases the keys held (Escape must work)."""
        super().on_worker_state_changed(event)
        if event.state == WorkerState.ERROR and event.worker.group == "judgements":
            self._keys.ready(lambda: self.query_one("#judgements-table", DataTable))
