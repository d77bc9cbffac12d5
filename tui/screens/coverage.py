"""Coverage: criteria against visited areas, so the team sees where to look next.

Each cell shows `items/sources`; a finding needs evidence from more than one kind of
source (triangulation).  Colour: no evidence, one source only, or triangulated.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static

from store.models import Coverage, CoverageCell, counted
from tui.messages import CoverageLoaded
from tui.screens.base import FieldworkScreen
from tui.widgets.footer import Footer

NATIONAL = "national"


def cell_text(cell: CoverageCell) -> Text:
    """`items/sources`, styled by how well it is triangulated."""
    if not cell.evidence:
        return Text("  -  ", style="bold red")
    style = "yellow" if cell.sources < 2 else "green"
    return Text(f"{cell.evidence:>2}/{cell.sources}", style=style)


class CoverageScreen(FieldworkScreen[None]):
    """A matrix of criteria against visited areas (and national evidence)."""

    AUTO_FOCUS = "#coverage-table"
    BINDINGS = [
        Binding(
            "r", "refresh", "Refresh", id="coverage-refresh", tooltip="Count the evidence again."
        ),
    ]

    def __init__(self) -> None:
        super().__init__(id="coverage")
        self.coverage: Coverage | None = None
        self.area_names: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Cells: items/distinct sources. [red]-[/] none · [yellow]one source[/] · "
            "[green]triangulated[/]",
            id="coverage-legend",
        )
        yield DataTable(id="coverage-table", cursor_type="cell", fixed_columns=1)
        yield Static("", id="coverage-detail")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.load()

    def action_refresh(self) -> None:
        """Count again."""
        self.load()

    @work(thread=True, exclusive=True, group="coverage", exit_on_error=False)
    def load(self) -> None:
        """Read the matrix."""
        coverage = self.store.coverage()
        names = {a.code: a.name for a in self.store.areas()}
        self.post_message(CoverageLoaded(coverage, names))

    def columns(self) -> list[str]:
        """Area codes shown as columns, then national evidence."""
        return [*self.coverage.areas, NATIONAL] if self.coverage else []

    def on_coverage_loaded(self, message: CoverageLoaded) -> None:
        """Fill the matrix."""
        self.coverage = message.coverage
        self.area_names = message.area_names
        table: DataTable[Text | str] = self.query_one(DataTable)
        row, col = table.cursor_coordinate
        table.clear(columns=True)
        table.add_column("Criterion", key="criterion", width=9)
        for code in self.columns():
            table.add_column("Nat" if code == NATIONAL else f"A{code}", key=code, width=6)
        table.add_column("Gaps", key="gaps", width=4)
        for crit in message.coverage.criteria:
            cells = [message.coverage.cell(crit, code) for code in self.columns()]
            gaps = sum(1 for c in cells[:-1] if c.evidence == 0 or c.sources < 2)
            table.add_row(
                crit,
                *[cell_text(c) for c in cells],
                Text(str(gaps), style="bold red" if gaps else ""),
                key=crit,
            )
        if message.coverage.criteria:
            table.move_cursor(row=row, column=max(col, 1), animate=False)

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        """Explain the highlighted cell."""
        if self.coverage is None:
            return
        criteria = self.coverage.criteria
        cols = self.columns()
        r, c = event.coordinate.row, event.coordinate.column
        if not 0 <= r < len(criteria):
            return
        crit = criteria[r]
        fw = self.store.framework
        text = fw.criterion(crit).text
        if 1 <= c <= len(cols):
            code = cols[c - 1]
            cell = self.coverage.cell(crit, code)
            where = (
                "national evidence"
                if code == NATIONAL
                else (f"area {code} {self.area_names.get(code, '')}")
            )
            detail = (
                f"[b]{crit}[/b] in {where}: {counted(cell.evidence, 'item')} from "
                f"{counted(cell.sources, 'kind')} of source, {counted(cell.cases, 'case')}; "
                f"{counted(cell.strengths, 'strength')}, "
                f"{counted(cell.developments, 'area', 'areas')} for development."
            )
        else:
            detail = f"[b]{crit}[/b]"
        self.query_one("#coverage-detail", Static).update(f"{detail}\n{text}")
