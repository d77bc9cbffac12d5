"""What the case list shows of each case: its columns, which of them a narrow terminal
keeps, and each row's cells (labels, not codes; an Other application with its kind,
"Other (special guardianship)", short for what the case screen's header and `cases list`
say, "Other application (special guardianship)": tester 18, F7)."""

from __future__ import annotations

from store.casevocab import application_labels
from store.framework import Framework
from store.models import STATUS_LABELS, CaseFilter, CaseRow
from tui.widgets.row_table import Column, Row

COLUMNS = (  # fixed widths: no measuring of every cell; the row's cells in this order
    Column("Ref", 10, "ref"),
    Column("Status", 11, "status"),
    Column("Insp", 4, "inspector"),
    Column("Evid", 4, "evidence"),
    Column("Esc", 3),
    Column("Area", 4, "area"),
    Column("Law", 7),
    Column("Type", 14),
    Column("Stage", 10),
    Column("Graded", 6),
)
NARROW = (0, 1, 3, 4, 7, 8, 9)
"""The columns kept below `WIDE` columns: ref, status, evidence, escalations, type,
stage, graded (the law and inspector are filters on the line above; the area too, shown
while more than one is listed)."""
AREA = 5
WIDE = 108
"""A table this wide shows every column (a terminal of 110 columns: the table has 108)."""


def columns_for(width: int, f: CaseFilter | None = None) -> tuple[Column, ...]:
    """The columns for a table `width` wide (its scrollbar included): type and stage
    (labels, not codes) share what the others leave, the type a little more.  A narrow
    table keeps the area while the list shows more than one area (tester 28: listing
    every area, a lead could not tell a row's), and the column the list is sorted by
    (`f.sort`), after the reference: sorted by inspector, the lead sees where one
    inspector's cases end (tester 27, F4)."""
    keep: list[int] | range = range(len(COLUMNS)) if width >= WIDE else list(NARROW)
    if isinstance(keep, list):
        wanted = [] if f and f.area_code else [AREA]  # each put after the reference, so
        wanted += [i for i, c in enumerate(COLUMNS) if f and f.sort and c.sort_key == f.sort]
        for i in wanted:  # the sorted-by column comes first
            if i not in keep:
                keep.insert(1, i)
    fixed = [i for i in keep if i not in (7, 8)]
    used = sum(COLUMNS[i].width for i in fixed) + 2 * len(keep) + 2  # padding, scrollbar
    room = max(16, width - used)
    widths = {7: room * 11 // 20, 8: room - room * 11 // 20}
    return tuple(
        Column(COLUMNS[i].label, widths.get(i, COLUMNS[i].width), COLUMNS[i].sort_key, i)
        for i in keep
    )


def row_cells(fw: Framework, r: CaseRow, gradable: int) -> Row:
    """One case's cells, in the order of `COLUMNS`: graded as "3/20", out of the
    `gradable` criteria a case is graded against, as the case screen's Grading tab
    says it (a bare "3" read as a grade or a score)."""
    return (
        r.ref,
        STATUS_LABELS[r.status],
        r.inspector_initials,
        str(r.evidence_count),
        "!" * min(r.open_escalations, 3),
        r.area_code,
        fw.law_type_label(r.law_type).split()[0],
        _case_type(fw, r),
        fw.stage_label(r.stage),
        f"{r.graded_count}/{gradable}",
    )


def _case_type(fw: Framework, r: CaseRow) -> str:
    label = fw.case_type_label(r.case_type)
    kind = application_labels().get(r.application or "")
    return f"{label.split()[0]} ({kind})" if kind else label


def summary_text(f: CaseFilter, mine: bool, total: int, loaded: int, to_end: bool) -> str:
    """The case list's line above the rows: whose cases, how many (and how many loaded:
    not "260 of 4061", which read as a filter leaving 260: tester 25, F9), the order.
    It fits 80 columns (the footer gives the keys); a longer one wraps to a second line."""
    who = "My cases" if mine else "All cases"
    who += {"in": " in the sample", "out": " not in the sample"}.get(f.sample or "", "")
    order = f"{f.sort}{' (reversed)' if f.descending else ''}"
    shown = f"{total}"
    if loaded < total:
        going = "loading the rest for End" if to_end else "more as you go down"
        shown += f" ({loaded} loaded, {going})"
    return f"{who}: {shown} · sorted by {order}"
