"""Full-text search over all evidence (SQLite FTS5)."""

from __future__ import annotations

import re

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import DataTable, Header, Input, Static

from store.models import SearchHit, counted
from tui.messages import SearchDone
from tui.navigation import EditorContext, OpenCase
from tui.screens.base import FieldworkScreen
from tui.widgets.footer import Footer

SEARCH_DEBOUNCE = 0.2
WIDE_SOURCE = 140
"""From this many columns the source is shown whole ("Interview with child or young
person"); the snippet takes the rest of the width (tester 28, F11: at 250 columns the
source was cut at 18 and the snippet at 90, with 120 columns empty)."""


def widths(width: int) -> tuple[int, int, int, int]:
    """The case, criteria, source and snippet columns for a screen `width` wide: each
    cell's padding (2) and the scrollbar (2) taken first."""
    source = 36 if width >= WIDE_SOURCE else 18
    return 10, 14, source, max(20, width - (10 + 14 + source) - 4 * 2 - 2)


def highlight(snippet: str) -> Text:
    """The snippet with the matched words (between [ and ]) in bold."""
    text = Text()
    for i, part in enumerate(re.split(r"\[([^\]]*)\]", snippet)):
        text.append(part, style="bold reverse" if i % 2 else "")
    return text


def around_match(snippet: str, room: int) -> str:
    """The snippet begun a few words before its first match where the match would fall
    outside the `room` columns the table has for it (tester 27: at 80 columns the
    26 columns shown often held none of the words searched for)."""
    at = snippet.find("[")
    if at < 0 or at + 1 < room * 2 // 3:
        return snippet
    cut = snippet.rfind(" ", 0, max(0, at - room // 4))
    return "… " + snippet[cut + 1 :].removeprefix("… ") if cut >= 0 else snippet


class SearchScreen(FieldworkScreen[None]):
    """Type words (quotes keep a phrase); Enter on a result opens it in its case."""

    AUTO_FOCUS = "#search-query"
    BINDINGS = [
        Binding("f", "focus_query", "Query", id="search-focus", tooltip="Back to the search box."),
        Binding(
            "escape",
            "focus_results",
            "Results",
            id="search-results",
            show=False,
            tooltip="To the results.",
        ),
    ]

    def __init__(self) -> None:
        super().__init__(id="search")
        self.hits: list[SearchHit] = []
        self._query = ""
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder='Search all evidence: words, "a phrase", prefix…', id="search-query"
        )
        yield Static(
            "Type to search the text, the child's words and safeguarding notes.",
            id="search-summary",
        )
        yield DataTable(id="search-table", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_resize(self, event: events.Resize) -> None:
        """Columns for the new width; the results shown again at it."""
        table: DataTable[str | Text] = self.query_one(DataTable)
        wanted = widths(event.size.width)
        if [c.width for c in table.columns.values()] == list(wanted):
            return
        table.clear(columns=True)
        for label, width in zip(("Case", "Criteria", "Source", "Snippet"), wanted, strict=True):
            table.add_column(label, width=width)
        if self.hits:
            self._show(self._query, self.hits)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search when typing pauses."""
        if self._debounce is not None:
            self._debounce.stop()
        query = event.value
        self._debounce = self.set_timer(SEARCH_DEBOUNCE, lambda: self.run_search(query))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter searches at once and moves to the results."""
        if self._debounce is not None:
            self._debounce.stop()
        self.run_search(event.value)
        self.query_one(DataTable).focus()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, query: str) -> None:
        """Run the FTS5 query."""
        self.post_message(SearchDone(query, self.store.search(query)))

    def on_search_done(self, message: SearchDone) -> None:
        """Show the results of the latest query."""
        if message.query != self.query_one(Input).value:
            return
        self._show(message.query, message.hits)

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        fw = self.store.framework
        self.hits, self._query = hits, query
        table: DataTable[str | Text] = self.query_one(DataTable)
        table.clear()
        room = widths(self.size.width)[-1]  # what the table shows of a snippet
        for hit in hits:
            where = hit.case_ref or (f"Area {hit.area_code}" if hit.area_code else "National")
            snippet = highlight(around_match(" ".join(hit.snippet.split()), room))
            table.add_row(
                where,
                " ".join(hit.criteria),
                fw.source_label(hit.source),
                snippet,
                key=hit.evidence_id,
            )
        count = len(hits)
        found = f"{count}+ results" if count >= 200 else counted(count, "result")
        self.query_one("#search-summary", Static).update(
            f"{found} for {query!r} · Enter opens"
            if query.strip()
            else "Type to search the text, the child's words and safeguarding notes."
        )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Open the evidence in its case (or, for area evidence, in the editor)."""
        event.stop()
        if not 0 <= event.cursor_row < len(self.hits):
            return
        hit = self.hits[event.cursor_row]
        if hit.case_id:
            self.post_message(OpenCase(hit.case_id, hit.evidence_id))
        else:
            self.open_editor(EditorContext(evidence_id=hit.evidence_id))

    def action_focus_query(self) -> None:
        """Back to the search box."""
        self.query_one(Input).focus()

    def action_focus_results(self) -> None:
        """To the results."""
        self.query_one(DataTable).focus()
