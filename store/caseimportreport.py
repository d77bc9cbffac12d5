"""What a case-list import did, or would do (`store.caseimport`): the report, and the
problems found in the rows, grouped one per distinct problem with its lines."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from store.caseupdate import CaseChange
from store.caseworkbook import sheet_row
from store.models import Model, area_order

if TYPE_CHECKING:
    from store.caselist import Row
    from store.framework import Framework
    from store.models import CaseFile


class ImportProblem(Model):
    """One distinct problem, the lines that have it, and the accepted values where a
    value was not recognised."""

    problem: str
    lines: list[int]
    accepted: list[str] = []
    values: list[str] = []
    """The distinct cells that have it, where one problem groups several values."""
    case_numbers: list[str] = []
    """The organisation's case numbers of those rows, line for line ('' where a row gives
    none), so a lead can find them by number as well as by row; never stored."""


class CaseImportReport(Model):
    """What an import did (or would do)."""

    rows: int
    """The list's rows of cases (a row naming several children is one row)."""
    imported: int
    already_present: int
    areas_created: list[str]
    area_names: dict[str, str] = {}
    """The name each new area was given (code -> name): the spelling most rows use."""
    protected_names: int
    areas_named_otherwise: dict[str, tuple[str, str]] = {}
    """Areas the inspection has that most of the list's rows name otherwise: code -> (the
    list's name, the inspection's) (`store.caseareas.named_otherwise`)."""
    other_kind_by_name: int = 0
    other_kind_by_number: int = 0
    """Children already here from a list of the other kind (with child IDs, or without
    them), found by their name, and as their case number's only child
    (`store.crosslists`)."""
    made_twice: list[tuple[str, str]] = []
    """Children made twice by an import before that rule: pairs of references, the case
    from a list with child IDs first (`store.crosslists.twins`)."""
    siblings_by_name: int = 0
    """Children found by their name among their brothers' and sisters' cases, where the
    list changes their order in the family by date of birth (a date corrected, or a
    child added: `store.siblingmatch`)."""
    families_split: dict[str, list[int]] = {}
    """Case numbers given to children in different areas or under different law types
    (as listed -> lines): a mistyped case number, perhaps (`siblingmatch.split_families`)."""
    names_lost_letters: int = 0
    """Names whose letters the file lost ('?ukasz': Excel's 'CSV' cannot hold a Ł)."""
    unused_columns: list[str] = []
    name_columns: list[str] = []
    """Unread columns whose cells read as people's names (staff, say): said, so that a
    column of parties under an unexpected heading shows (`store.casenamecols`)."""
    """Columns of the list that Fieldwork does not read (so a name column missed shows)."""
    filled_down: int = 0
    """Rows whose empty service area (or team) was read from the row above (--fill-down)."""
    rival_columns: dict[str, str] = {}
    """Columns left unread because another column gives the same field and its heading
    names it better: heading -> the heading read ('Region': 'Service area')."""
    ignored_columns: list[str] = []
    """Columns of personal details a case list should not carry (initials, address,
    ethnicity...): never read, never stored (`Vocabulary.is_personal`)."""
    protecting_columns: list[str] = []
    """Columns of names, read only into the protected-names list the export check uses."""
    by_cells: dict[str, str] = {}
    """The law or case type column read by its cells, no heading naming it: field ->
    heading ('law_type': 'Case Category'), `store.casecolumns`."""
    age_columns: list[str] = []
    """The date of birth column, read only to work out each child's age band."""
    changes: list[CaseChange] = []
    """Fields on which the list differs from cases already present (`store.caseupdate`)."""
    updated: int = 0
    """Cases already present that this import changed (`update`)."""
    renumbered: dict[int, str] = {}
    """Rows read as a case already present under a new case number (line -> its
    reference: `store.renumbering`)."""
    not_listed: list[str] = []
    """References of cases already in the inspection, in an area this list names, that no
    row read from this list names (closed or moved since, or left off by mistake):
    reported, never changed."""
    areas_not_listed: dict[str, int] = {}
    """Areas whose cases are already in the inspection and of which this list names no
    case (a list of some areas only, such as one sheet of a workbook), with how many
    cases: not looked for one by one."""
    header_line: int = 1
    """The line of the header row (a title and blank lines above it are skipped)."""
    header_rows: int = 1
    """How many rows the header is written over (two where a workbook merges cells)."""
    spreadsheet_rows: bool = False
    """The line numbers are the spreadsheet's rows (some cells span several lines)."""
    sheet: str = ""
    """The sheet read, where the list is an Excel workbook: the line numbers are its rows."""
    other_sheets: list[str] = []
    """The workbook's other visible sheets, not read."""
    sheets: list[str] = []
    """The sheets read as one list, in order, where several were: a row of the n-th (from
    0) is numbered n × 10,000,000 + its row (`store.caseworkbook.sheet_row`)."""
    area_from_sheet: bool = False
    """Each row's service area was read from its sheet's name."""
    law_from_sheet: bool = False
    """Each row's law type is its sheet's name ("Private Law", "Public Law")."""
    sheets_aligned: bool = False
    """The sheets read hold the list under different headings, matched column by column."""
    header_repeats: list[int] = []
    """Lines repeating the header row (a system's export heads each page), skipped."""
    problems: list[ImportProblem]
    bad_rows: int
    """The list's rows with a problem (a row naming several children is one row)."""
    stages_defaulted: int = 0
    """New cases whose row gave no stage nor an end date (they start at their law
    type's first stage)."""
    births_missing: int = 0
    """New cases whose row gave no date of birth (their age band is unknown)."""
    stages_closed: int = 0
    """New cases whose row gave no stage but an end date (taken as closed)."""
    laws_from_case_type: int = 0
    """New cases whose law type was written for either law ('PL') and read from
    their case type."""
    several_children: int = 0
    """Rows naming several children in one cell, each child read as a row of its own."""
    laws_given_by_case_type: int = 0
    """New cases whose row gave no law type, read from their case type ('Care order' is
    public law; 'Private Law - CAO' says it)."""
    laws_within: dict[str, int] = {}
    """Rows read under their case type's one law type though the row gave another, as
    systems knowing no such law file it ('Public law on Adoption from care' -> rows)."""
    start_dates_unread: list[tuple[int, str]] = []
    """(line, cell) of start dates that are no dates: not a problem, as the start date is
    read only to check the end date against it, but said, for the lead to check."""
    totals_lines: list[int] = []
    """The totals rows at the end of the list, skipped (not cases, not problems)."""
    new_by_area: dict[str, int] = {}
    """The new cases imported, by area code."""
    repeated_lines: list[int] = []
    """Rows that repeat an earlier row cell for cell, left out (`store.caselist.repeated`)."""
    grown_up: list[tuple[int, str]] = []
    """(line, date of birth as written) of each row giving a young person 18 or over at
    the inspection's start: no child, left out."""
    closed_left: list[list[int]] = []
    """[row left, row read] of each child two rows give, one as the case stands (open
    beside closed, closed beside 'Transferred out'): the child was read from that one."""
    notes_lines: list[int] = []
    """Lines below the list's last case that give no law type and no case type (notes a
    spreadsheet carried below its data), skipped and named."""
    sibling_groups: int = 0
    """Case numbers the list gives to more than one child: each child is a case, and
    together they are one family (`store.casefamilies`)."""
    siblings: int = 0
    """The children of those sibling groups."""
    other_applications: dict[str, int] = {}
    """Case types no case type of the framework names, read as Other application (SGO,
    Enforcement): the cell -> its rows."""
    areas_by_name: dict[str, tuple[str, int]] = {}
    """Cells giving an area's name another way, read as that area: on the first list by
    the name or initials the list's numbered rows give it, on any list by its name's
    words shortened ('SW' -> ('3', 12 rows), 'Yorks' -> ('9', 11 rows))."""
    stages_misfit: dict[str, list[int]] = {}
    """Stages the list gives that are no stage of their row's law type, imported as
    given: "'Case Mgmt Hearing' on private law rows" -> the lines."""
    stages_shared: dict[str, list[int]] = {}
    """Of those, stages of the law a list files the law type under (`law_types_within`:
    'IRH' on adoption from care filed as public law): "'IRH' on adoption rows" -> the
    lines; the list is not wrong, and the lead has nothing to ask (tester 19, F1)."""
    forms_read: dict[str, int] = {}
    """Case types read from a court form's number alone ('C100'): the cell -> its rows."""
    families_filled: int = 0
    """Cases already present that were linked to their brothers and sisters now."""
    order_keys_filled: int = 0
    """Cases already present that got their case-number order key now (imported
    before Fieldwork kept them, or in another file)."""
    applied: bool


SHOWN_VALUES = 3


def quoted(values: list[str]) -> str:
    """ "'3 Nov 26', '14 Feb 09', '2 Feb 20' and 24 more": a few of a problem's values."""
    shown = ", ".join(repr(v) for v in values[:SHOWN_VALUES])
    more = len(values) - SHOWN_VALUES
    return f"{shown} and {more} more" if more > 0 else shown


class Problems:
    def __init__(self) -> None:
        self.found: dict[str, ImportProblem] = {}
        self.bad_lines: set[int] = set()
        self.numbers: dict[int, str] = {}
        """Each row's case number as the list gives it, by line."""

    def add(
        self, line: int, problem: str, accepted: list[str] | None = None, value: str | None = None
    ) -> None:
        """One row's problem; with `value`, `problem` is a kind of problem ('{values}' in
        it stands for the cells that have it), reported once for all of them."""
        entry = self.found.setdefault(problem, ImportProblem(problem=problem, lines=[],
                                                             accepted=accepted or []))  # fmt: skip
        entry.lines.append(line)
        if value is not None and value not in entry.values:
            entry.values.append(value)
        self.bad_lines.add(line)

    def listed(self) -> list[ImportProblem]:
        """The problems in the order of their first line, their values filled in."""
        out = [p.model_copy(update={
            "problem": p.problem.replace("{values}", quoted(p.values)) if p.values else p.problem,
            "lines": (lines := one_a_row(p.lines)),
            "case_numbers": [self.numbers.get(n, "") for n in lines],
        }) for p in self.found.values()]  # fmt: skip
        return sorted(out, key=lambda p: p.lines[0])


def one_a_row(lines: list[int]) -> list[int]:
    """`lines` with the children of one row after the first left out: a row naming
    several children is one row of the file (`store.casechildren`)."""
    kept: dict[tuple[int, int], int] = {}
    for n in lines:
        kept.setdefault(sheet_row(n), n)
    return list(kept.values())


def stage_misfits(
    fw: Framework, cases: list[tuple[str, CaseFile, Row]], within: dict[str, list[str]]
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The rows whose stage is no stage of their law type ('Case Mgmt Hearing' on a
    private law row: care proceedings have case management hearings, private law cases
    do not), grouped by what the list wrote and the law type (tester 16, F4: stored
    unsaid, found later by the inspector on the case screen); and apart, those whose
    stage is one of a law the list may file that law type under (`within`: 'IRH' on an
    adoption from care that a list files as public law)."""
    misfit: dict[str, list[int]] = {}
    shared: dict[str, list[int]] = {}
    fits: dict[str, set[str]] = {}  # each law type's stages, worked out once

    def stages(law: str) -> set[str]:
        if law not in fits:
            fits[law] = {s.code for s in fw.stages_for(law)}
        return fits[law]

    for _, case, row in cases:
        if case.stage and case.stage not in stages(case.law_type):
            said = row.get("stage") or fw.stage_label(case.stage)
            law = fw.law_type_label(case.law_type).lower()
            filed = any(case.stage in stages(o) for o in within.get(case.law_type, []))
            (shared if filed else misfit).setdefault(f"{said!r} on {law} rows", []).append(row.line)
    return misfit, shared


def left_out(
    present: dict[str, tuple[str, str]], listed: set[str], areas: set[str]
) -> tuple[list[str], dict[str, int]]:
    """Of the cases `present` (id -> reference, area), the references of those in an area
    the list names (`areas`) that it leaves out (`listed`: the ids it names); and the
    areas it names no case of, with their cases present (tester 22, F4: each area's
    sheet imported alone named every other area's cases as left out)."""
    refs = sorted(
        ref for rid, (ref, area) in present.items() if area in areas and rid not in listed
    )
    elsewhere = Counter(area for _, area in present.values() if area not in areas)
    return refs, {code: elsewhere[code] for code in sorted(elsewhere, key=area_order)}
