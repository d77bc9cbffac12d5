"""The case list's keys (`CaseListScreen.BINDINGS`): each with its id for the settings'
keymap and its tooltip for the help.  Kept beside the screen to keep the screen's module
one a reader can hold."""

from __future__ import annotations

from textual.binding import Binding, BindingType

CASE_LIST_KEYS: list[BindingType] = [
    Binding(
        "m",
        "toggle_mine",
        "Mine/all",
        id="cases-mine",
        tooltip="Show only my cases, or everyone's.",
    ),
    Binding(
        "f",
        "focus_filter",
        "Filter",
        id="cases-filter",
        tooltip="Type to filter on reference and notes.",
    ),
    Binding(
        "s",
        "next_sort",
        "Sort",
        id="cases-sort",
        tooltip="Sort by the next column (ref, area, status, inspector, ...).",
    ),
    Binding(
        "r",
        "reverse",
        "Reverse",
        id="cases-reverse",
        show=False,
        tooltip="Reverse the sort order.",
    ),
    Binding(
        "x",
        "clear_filters",
        "Clear filters",
        id="cases-clear",
        show=False,
        tooltip="Show every case again.",
    ),
    Binding(
        "a",
        "choose('area')",
        "Area",
        id="cases-area",
        show=False,
        tooltip="Filter on one area.",
    ),
    Binding(
        "l",
        "choose('law')",
        "Law",
        id="cases-law",
        show=False,
        tooltip="Filter on public or private law.",
    ),
    Binding(
        "t",
        "choose('type')",
        "Case type",
        id="cases-type",
        show=False,
        tooltip="Filter on the type of case.",
    ),
    Binding(
        "u",
        "choose('status')",
        "Status",
        id="cases-status",
        show=False,
        tooltip="Filter on not started, in progress or complete.",
    ),
    Binding(
        "p",
        "choose('sample')",
        "Sample",
        id="cases-sample",
        show=False,
        tooltip="The cases in the sample, the others, or every case of the list.",
    ),
    Binding(
        "i",
        "choose('inspector')",
        "Inspector",
        id="cases-inspector",
        show=False,
        tooltip="Filter on the inspector the case is allocated to.",
    ),
    Binding(
        "down",
        "into_table",
        "Down into the list",
        id="cases-into-table",
        show=False,
        tooltip="From the filter: apply it now and go down into the list.",
    ),
    Binding(
        "escape",
        "focus_table",
        "Table",
        id="cases-table",
        show=False,
        tooltip="Back to the table.",
    ),
]
