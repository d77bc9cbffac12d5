"""The case list: the cases in the sample (sampled, substitutes, held; once a sample is
drawn) or every case of the organisation's list, or mine (a team inspector's opens on
mine), filtered, sorted, loaded a page at a time.

Only the rows fetched so far are in the table (a `RowTable`, which draws only the lines
on screen); more are fetched as the cursor nears the end, so 6,000 cases cost what the
first page costs.  The areas and inspectors the filters offer are fetched once the first
page is drawn.  Typing in the filter is debounced
and each new filter supersedes the one before (a generation number drops late pages).
Down in the filter applies what is typed at once and goes down into the list; Enter
pressed before the new filter's rows arrive opens the highlighted case once they do
(never a row of the list they replace).
"""

from __future__ import annotations

from typing import Any, get_args

from textual import events, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Header, Input, Static

from exporters.gradable import case_criteria
from store.models import STATUS_LABELS, CaseFilter
from tui.case_rows import columns_for, row_cells, summary_text
from tui.messages import (
    CasePageLoaded,
    CasesCounted,
    CasesInSample,
    CasesOfMine,
    LookupsLoaded,
)
from tui.navigation import OpenCase
from tui.screens.base import FieldworkScreen
from tui.screens.case_list_keys import CASE_LIST_KEYS
from tui.widgets.filter_chip import FilterChip
from tui.widgets.footer import Footer
from tui.widgets.row_table import RowTable

SORTS: tuple[str, ...] = get_args(CaseFilter.model_fields["sort"].annotation)


FIRST_PAGE = 60
"""Rows fetched first: a screenful or two, so the list is interactive sooner."""
FILTER_DEBOUNCE = 0.15
NARROW = 110
"""Below this many columns the six filters take two rows (one row fits them from here)."""


class CaseListScreen(FieldworkScreen[None]):
    """The cases in the sample, or every case, or mine; Enter opens the highlighted case."""

    AUTO_FOCUS = "#cases-table"
    BINDINGS = CASE_LIST_KEYS

    def __init__(self) -> None:
        super().__init__(id="cases")
        self.filter = CaseFilter()
        self.mine = False
        self.total = 0
        self.loaded = 0
        self.generation = 0
        self._loading_more = False
        self._to_end = False
        """End was pressed: move to the last row when the rows left arrive."""
        self._debounce: Timer | None = None
        self._lookups_asked = False
        self._ids: list[str] = []
        self._keep_cursor = 0
        self._suspended = False
        self._rows_stale = False
        """A new generation's rows are on their way: the table still shows the old ones."""
        self._open_on_arrival = False
        """Enter was pressed on the old rows: open the highlighted new row when it comes."""
        self._open_if_one = False
        """Enter in the filter: open the case once its rows come, if only one matches."""
        self._left_filter = False
        """Down left the filter for the list: an Enter typed in the same burst, which still
        reaches the filter (the focus moves after it), is the list's Enter."""

    def selected_case_id(self) -> str | None:
        """The highlighted case."""
        row = self.query_one(RowTable).cursor_row
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="f  Filter on reference and notes", compact=True, id="cases-text")
        with Horizontal(id="cases-filters"):
            yield FilterChip("Area", key="a", id="cases-area")
            yield FilterChip(
                "Law",
                [(s.label, s.code) for s in self.store.framework.law_types],
                key="l",
                id="cases-law",
            )
            yield FilterChip(
                "Type",
                [(s.label, s.code) for s in self.store.framework.case_types],
                key="t",
                id="cases-type",
            )
            yield FilterChip(
                "Status",
                [(label, code) for code, label in STATUS_LABELS.items()],
                key="u",
                id="cases-status",
            )
            yield FilterChip("Inspector", key="i", id="cases-inspector")
            yield FilterChip(
                "Sample", [("In the sample", "in"), ("Not in the sample", "out")], key="p",
                id="cases-sample",
            )  # fmt: skip
        yield Static("Loading cases…", id="cases-summary")
        yield RowTable(
            columns_for(self.app.size.width, self.filter),
            id="cases-table",
            margin=max(5, self.fw.settings.page_size // 4),
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#cases-filters").set_class(self.app.size.width < NARROW, "-narrow")
        self.refresh_cases()
        self.query_one(RowTable).focus()

    def on_resize(self, event: events.Resize) -> None:
        """The filters on two rows on a narrow terminal."""
        self.query_one("#cases-filters").set_class(event.size.width < NARROW, "-narrow")

    def on_row_table_resized(self) -> None:
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns for the table's own width, not the terminal's (at 80 columns they
        were laid out for two more than it had: "Graded" cut, tester 28), its filter and
        its sort; type and stage share what the others leave."""
        table = self.query_one(RowTable)
        table.set_columns(columns_for(table.size.width, self.filter))

    def on_screen_resume(self) -> None:
        pending = self.fw.pending_case_filter
        if pending is not None:  # asked to show one area's cases
            self.fw.pending_case_filter = None
            self.query_one("#cases-area", FilterChip).value = pending
            self.filter = self.filter.model_copy(update={"area_code": pending})
            self._fit_columns()
            self.refresh_cases()
        elif self._suspended:  # back from another screen: show what changed meanwhile
            self.refresh_cases(keep_cursor=True)
        self._suspended = False

    def on_screen_suspend(self) -> None:
        self._suspended = True

    # Loading --------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="cases-lookups", exit_on_error=False)
    def load_lookups(self) -> None:
        """Areas and inspectors for the filters."""
        self.post_message(LookupsLoaded(self.store.areas(), self.store.inspectors()))

    def on_lookups_loaded(self, message: LookupsLoaded) -> None:
        """Fill the area and inspector filters."""
        area = self.query_one("#cases-area", FilterChip)
        area.set_options([(f"{a.code} {a.name}", a.code) for a in message.areas])
        from store.caseareas import area_named

        names = {a.code: a.name for a in message.areas}
        area.named = lambda text: area_named(text, names)  # 'Gtr', 'SW', as the import reads
        area.value = self.filter.area_code
        inspector = self.query_one("#cases-inspector", FilterChip)
        inspector.set_options([(f"{p.initials} {p.name}", p.id) for p in message.inspectors])
        inspector.value = self.filter.inspector_id

    def refresh_cases(self, keep_cursor: bool = False) -> None:
        """Start a new generation: count and fetch the first page for the filter."""
        self.generation += 1
        table = self.query_one(RowTable)
        page = min(FIRST_PAGE, self.fw.settings.page_size)
        rows = max(page, min(self.loaded, 5000)) if keep_cursor else page
        self._keep_cursor = table.cursor_row if keep_cursor else 0
        self._rows_stale = True
        self.load_first(self.generation, self.filter, rows)

    @work(thread=True, exclusive=True, group="cases", exit_on_error=False)
    def load_first(self, generation: int, f: CaseFilter, limit: int) -> None:
        """Count the matching cases and fetch the first page.  A team inspector's list
        opens on their own cases (`m` shows everyone's)."""
        if generation == 1 and f.inspector_id is None:
            me = self.store.me()
            if me is not None and me.role == "team-inspector":
                f = f.model_copy(update={"inspector_id": me.id})
                self.post_message(CasesOfMine(generation, me.id))
        in_sample = f.model_copy(update={"sample": "in"})
        if generation == 1 and f.sample is None and self.store.count_cases(in_sample):
            f = in_sample  # the lead works on the sample, not the organisation's whole list
            self.post_message(CasesInSample(generation))
        rows = self.store.case_rows(f, 0, limit)
        # The count first: the page's arrival asks for the next page only up to it.
        self.post_message(CasesCounted(generation, self.store.count_cases(f)))
        self.post_message(CasePageLoaded(generation, 0, rows))

    @work(thread=True, group="cases-more", exit_on_error=False)
    def load_more(self, generation: int, f: CaseFilter, offset: int, limit: int = 0) -> None:
        """Fetch the next page (or `limit` rows)."""
        rows = self.store.case_rows(f, offset, limit or self.fw.settings.page_size)
        self.post_message(CasePageLoaded(generation, offset, rows))

    def on_cases_of_mine(self, message: CasesOfMine) -> None:
        """The first load is of my cases: the filter and its chip say so."""
        if message.generation == self.generation and self.filter.inspector_id is None:
            self.mine = True
            self.filter = self.filter.model_copy(update={"inspector_id": message.inspector_id})
            self.query_one("#cases-inspector", FilterChip).value = message.inspector_id

    def on_cases_in_sample(self, message: CasesInSample) -> None:
        """The first load is of the cases in the sample: the filter and its chip say so."""
        if message.generation == self.generation and self.filter.sample is None:
            self.filter = self.filter.model_copy(update={"sample": "in"})
            self.query_one("#cases-sample", FilterChip).value = "in"

    def on_cases_counted(self, message: CasesCounted) -> None:
        """How many match."""
        if message.generation == self.generation:
            self.total = message.total
            self._show_summary()
            self.query_one(RowTable).check_near_end()  # the rows may already be near it

    def on_case_page_loaded(self, message: CasePageLoaded) -> None:
        """Add a page of rows (replacing the table for a new generation's first page)."""
        if message.generation != self.generation:
            return
        table = self.query_one(RowTable)
        if message.offset != 0 and message.offset != self.loaded:
            return
        self._loading_more = False
        fw = self.store.framework
        rows = [row_cells(fw, r, len(case_criteria(fw))) for r in message.rows]
        ids = [r.id for r in message.rows]
        if message.offset == 0:  # a new generation: replace the rows in one step
            self._ids, self._to_end = ids, False
            self.loaded = len(rows)
            table.set_rows(rows, cursor=self._keep_cursor)
            self._rows_stale = False
            one, self._open_if_one = self._open_if_one and len(ids) == 1, False
            if self._open_on_arrival or one:
                self._open_on_arrival = False
                table.action_select()
        else:
            self._ids.extend(ids)
            self.loaded += len(rows)
            table.add_rows(rows)
            if self._to_end and self.loaded < self.total:  # End, with a page on its way
                self._fetch_rest()
            elif self._to_end:
                self._to_end = False
                table.move_cursor(table.row_count - 1)

        self._show_summary()
        if not self._lookups_asked:  # the filters' choices, once the rows are on screen
            self._lookups_asked = True
            self.call_after_refresh(self.load_lookups)

    def _show_summary(self) -> None:
        self.query_one("#cases-summary", Static).update(
            summary_text(self.filter, self.mine, self.total, self.loaded, self._to_end)
        )

    def on_row_table_near_end(self, message: RowTable.NearEnd) -> None:
        """Fetch the next page when the cursor or the scroll nears the end of the rows."""
        if not self._loading_more and self.loaded < self.total:
            self._loading_more = True
            self.load_more(self.generation, self.filter, self.loaded)

    def on_row_table_end_wanted(self, message: RowTable.EndWanted) -> None:
        """End: fetch every row left in one read (after a page on its way), then move to
        the last."""
        self._to_end = self.loaded < self.total
        if self._to_end and not self._loading_more:
            self._fetch_rest()
        self._show_summary()  # says the rest is on its way (a long list on a busy laptop)

    def _fetch_rest(self) -> None:
        self._loading_more = True
        self.load_more(self.generation, self.filter, self.loaded, self.total - self.loaded)

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        """Enter opens the case (once the rows of the filter just typed have come)."""
        event.stop()
        if self._rows_stale:
            self._open_on_arrival = True
        elif 0 <= event.row < len(self._ids):
            self.post_message(OpenCase(self._ids[event.row]))

    def on_row_table_header_selected(self, event: RowTable.HeaderSelected) -> None:
        """A click on a column header sorts by it (again: reverses)."""
        sort = event.column.sort_key
        if sort is None:
            return
        if sort == self.filter.sort:
            self._set(descending=not self.filter.descending)
        else:
            self._set(sort=sort, descending=False)

    # Filtering ------------------------------------------------------------------------
    def _set(self, **changes: Any) -> None:
        self.filter = self.filter.model_copy(update=changes)
        if {"sort", "area_code"} & changes.keys():  # a narrow list's columns follow them
            self._fit_columns()
        self.refresh_cases()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Type-to-filter, debounced: one query when typing pauses."""
        if self._debounce is not None:
            self._debounce.stop()
        value = event.value
        if value == self.filter.text:  # applied already (Down or Enter came first)
            return
        self._debounce = self.set_timer(FILTER_DEBOUNCE, lambda: self._set(text=value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the filter applies it at once and goes to the table, opening the case
        when only one matches; typed straight after Down, it opens the highlighted case."""
        if self._left_filter:
            self._left_filter = False
            self.query_one(RowTable).action_select()
            return
        self._apply_filter_now()
        if self._rows_stale:  # the filter's rows are coming: open the case if one matches
            self._open_if_one = True
        elif len(self._ids) == 1:
            self.query_one(RowTable).action_select()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Back in the filter: Enter there is the filter's again."""
        if event.widget.id == "cases-text":
            self._left_filter = False

    def action_into_table(self) -> None:
        """Down: apply the filter now and go down into the list."""
        self._apply_filter_now()
        self._left_filter = True

    def _apply_filter_now(self) -> None:
        """Apply what is typed in the filter now (not when typing pauses), and go to the
        table."""
        if self._debounce is not None:
            self._debounce.stop()
        typed = self.query_one("#cases-text", Input).value
        if typed != self.filter.text:
            self._set(text=typed)
        self.query_one(RowTable).focus()

    def on_filter_chip_changed(self, event: FilterChip.Changed) -> None:
        """The inspector chose a filter value."""
        value = event.value
        field = {
            "cases-area": "area_code",
            "cases-law": "law_type",
            "cases-type": "case_type",
            "cases-status": "status",
            "cases-inspector": "inspector_id",
            "cases-sample": "sample",
        }.get(event.chip.id or "")
        if field is None or getattr(self.filter, field) == value:
            return
        if field == "inspector_id":
            self.mine = value is not None and value == self.store.me_id
        self._set(**{field: value})

    def action_toggle_mine(self) -> None:
        """My cases only, or everyone's."""
        self.mine = not self.mine
        me = self.store.me_id if self.mine else None
        self.query_one("#cases-inspector", FilterChip).value = me
        self._set(inspector_id=me)

    def action_next_sort(self) -> None:
        """Sort by the next key."""
        i = SORTS.index(self.filter.sort)
        self._set(sort=SORTS[(i + 1) % len(SORTS)], descending=False)

    def action_reverse(self) -> None:
        """Reverse the order."""
        self._set(descending=not self.filter.descending)

    def action_clear_filters(self) -> None:
        """Every case again."""
        self.mine = False
        self.query_one("#cases-text", Input).value = ""
        for chip in self.query(FilterChip):
            chip.value = None
        self.filter = CaseFilter(sort=self.filter.sort, descending=self.filter.descending)
        self.refresh_cases()

    def action_choose(self, which: str) -> None:
        """Open one filter's chooser."""
        self.query_one(f"#cases-{which}", FilterChip).action_choose()

    def action_focus_filter(self) -> None:
        """Jump to the filter box."""
        self.query_one("#cases-text", Input).focus()

    def action_focus_table(self) -> None:
        """Back to the table."""
        self.query_one(RowTable).focus()
