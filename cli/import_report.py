"""What `fieldwork cases import` says after an import: the columns it left alone and
why, and the corrections a later list brings to cases already present (`--update`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from store.caseareas import is_abbreviation
from store.caseimportreport import CaseImportReport
from store.caseupdate import FIELDS, CaseChange
from store.casevocab import application_labels
from store.caseworkbook import sheet_row, source_line
from store.framework import Framework
from store.models import area_order, counted

SHOWN_LINES = 12
"""Line numbers shown for a problem or a group of rows; more are counted."""


def lines_text(lines: list[int], report: CaseImportReport | None = None) -> str:
    """'lines 4, 9 and 3 more': a group's rows, by line number; 'spreadsheet rows 4, 9'
    where cells run over several lines, so a text editor's lines are not the rows (tester
    23, F2); where several sheets were read as one list, by sheet and row ("'Area 3 South
    West' rows 4, 9; 'Area 9' row 5")."""
    more = f" and {len(lines) - SHOWN_LINES} more" if len(lines) > SHOWN_LINES else ""
    sheets = report.sheets if report is not None else []
    if not sheets:
        shown = ", ".join(str(source_line(n)) for n in lines[:SHOWN_LINES])
        word = "spreadsheet row" if report is not None and report.spreadsheet_rows else "line"
        return f"{word}{'s' if len(lines) > 1 else ''} {shown}{more}"
    by_sheet: dict[int, list[int]] = {}
    for line in lines[:SHOWN_LINES]:
        place, row = sheet_row(line)
        by_sheet.setdefault(place, []).append(row)
    return "; ".join(f"{sheets[place]!r} row{'s' if len(rows) > 1 else ''} "
                     f"{', '.join(map(str, rows))}" for place, rows in by_sheet.items()) + more  # fmt: skip


FIELD_NAMES = {
    "area_code": "area",
    "law_type": "law type",
    "case_type": "case type",
    "application": "kind of other application",
    "stage": "stage",
    "age_band": "age band",
    "child_seen": "child seen",
}
SHOWN_CASES = 6
KEPT_WHY = {
    "area": "the case is sampled or held in its area; to take it out of that area's "
    "sample, substitute it: 'fieldwork sample DB --substitute REF --reason TEXT'",
    "fieldwork": "the inspector holding the case records it from the case file",
    "held": "an inspector holds the case, and its law type, case type and stage change "
    "together: merge their file, then add --include-held",
    "conflict": "the case is in conflict: settle it, then import again with --update",
}


def value_label(fw: Framework, field: str, value: object) -> str:
    """A field's value as the workbench shows it ("Public law", "Final hearing")."""
    if value is None:
        return "not recorded"
    if field == "law_type":
        return fw.law_type_label(str(value))
    if field == "case_type":
        return fw.case_type_label(str(value))
    if field == "application":
        return application_labels().get(str(value), str(value))
    if field == "stage":
        return fw.stage_label(str(value))
    if field == "area_code":
        return f"area {value}"
    if field == "child_seen":
        return "yes" if value else "no"
    return str(value)


def columns_said(report: CaseImportReport) -> list[str]:
    """The lines about columns not stored: personal details ignored, names and dates of
    birth read for one purpose only, and columns not read at all."""
    lines = []
    if report.ignored_columns:
        lines.append(
            f"Ignored, not stored: {', '.join(report.ignored_columns)} (personal details a "
            f"case list should not carry; a case holds a pseudonymous reference and an age "
            f"band only)."
        )
    used = []
    if report.protecting_columns:
        used.append(f"{', '.join(report.protecting_columns)} only into the protected-names "
                    f"list the report check uses")  # fmt: skip
    if report.age_columns:
        used.append(f"{', '.join(report.age_columns)} only to work out each child's age band")
    if used:
        lines.append(f"Read, not stored with the case: {'; '.join(used)}.")
    for heading, instead in report.rival_columns.items():
        lines.append(f"Column {heading!r} not used: {instead!r} gives the same field and is "
                     "read instead (rename a column to choose otherwise).")  # fmt: skip
    for heading in report.name_columns:
        lines.append(f"Column {heading!r} holds people's names and was not read (staff are not "
                     "protected): if it names children or parties, rename it 'Child name' or "
                     "'Applicant' and import the list again, so that they are protected.")  # fmt: skip
    if report.unused_columns:
        lines.append(f"Columns not read: {', '.join(report.unused_columns)} (names are read "
                     f"from a case name, the child's first name and surname, and the parties' "
                     f"columns; see the README, or rename a column).")  # fmt: skip
    return lines


def starts_said(report: CaseImportReport) -> list[str]:
    """The start dates that are no dates: imported all the same (the start date only
    checks an end date), but said, for the lead to check with the organisation."""
    unread = report.start_dates_unread
    if not unread:
        return []
    shown = ", ".join(f"line {source_line(line)} {cell!r}" for line, cell in unread[:SHOWN_CASES])
    more = f" and {len(unread) - SHOWN_CASES} more" if len(unread) > SHOWN_CASES else ""
    return [f"{counted(len(unread), 'start date')} {'is' if len(unread) == 1 else 'are'} no "
            f"date ({shown}{more}); {'its case was' if len(unread) == 1 else 'their cases were'} "
            f"imported all the same, as the start date is read only "
            f"to check the end date against it: check {'it' if len(unread) == 1 else 'them'} "
            f"with the organisation."]  # fmt: skip


def names_said(names: dict[str, str], db: object) -> str:
    """Where the new areas' names came from, which are poor ones (a bare abbreviation
    such as 'SW', or none at all), and how to rename one."""
    ordered = sorted(names.items(), key=lambda item: area_order(item[0]))
    short = [f"{code} ({name!r})" for code, name in ordered if is_abbreviation(name)]
    bare = [code for code, name in ordered if name == f"Area {code}"]
    poor = []
    if short:
        poor.append(f"{join(short)} {'is' if len(short) == 1 else 'are'} named only by an "
                    f"abbreviation (no row spells it out)")  # fmt: skip
    if bare:
        poor.append(f"{join(bare)} {'has' if len(bare) == 1 else 'have'} no name in the list")
    said = f"; {' and '.join(poor)}" if poor else ""
    return (f"The new areas are named as most of their rows spell them{said}: the report "
            f"uses these names, so rename any with 'fieldwork areas rename {db} AREA --name "
            f"TEXT'.")  # fmt: skip


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _cases(changes: list[CaseChange], fw: Framework, with_values: bool) -> str:
    """The cases a field changed (or kept) on: every correction made, before and after
    (the record of what the import changed: tester 13 got six and "30 more"), the first
    few of those kept, with how to list them all."""
    shown = []
    for c in changes if with_values else changes[:SHOWN_CASES]:
        if with_values:
            before, after = value_label(fw, c.field, c.before), value_label(fw, c.field, c.after)
            shown.append(f"{c.ref} {before} → {after}")
        else:
            after, before = value_label(fw, c.field, c.after), value_label(fw, c.field, c.before)
            shown.append(f"{c.ref} (list: {after}, file: {before})")
    more = len(changes) - len(shown)
    return "; ".join(shown) + (f"; and {more} more (--json lists them all)" if more > 0 else "")


def _differences(changes: list[CaseChange], fw: Framework) -> str:
    """Each case a list differs from, with each field: the list's value and the file's
    (tester 20, F15), the first few cases; the cases --update would correct are named as
    well as those it keeps (tester 28, F4: only counted, so a lead could not see what
    --update would do before running it)."""
    by_ref: dict[str, list[str]] = {}
    for c in changes:
        by_ref.setdefault(c.ref, []).append(
            f"{FIELD_NAMES[c.field]}: list {value_label(fw, c.field, c.after)}, file "
            f"{value_label(fw, c.field, c.before)}"
        )
    said = "; ".join(f"{ref} ({'; '.join(v)})" for ref, v in list(by_ref.items())[:SHOWN_CASES])
    more = len(by_ref) - SHOWN_CASES
    return said + (f"; and {more} more (--update lists them all)" if more > 0 else "")


def _by_field(changes: list[CaseChange]) -> list[tuple[str, list[CaseChange]]]:
    return [(f, [c for c in changes if c.field == f]) for f in FIELDS
            if any(c.field == f for c in changes)]  # fmt: skip


def updates_said(report: CaseImportReport, fw: Framework, update: bool, command: str) -> list[str]:
    """What the import did with the cases already present: left as they were (and where
    the list differs, how to apply it: `command` is the import to run again), or
    corrected, field by field, and what it kept and why."""
    if not report.already_present:
        return []
    n = report.already_present
    open_ = [c for c in report.changes if not c.kept]
    kept = [c for c in report.changes if c.kept]
    if not update:
        # The cases only kept, and what the list says of them (tester 16, F10: a count).
        corrected = {c.ref for c in open_}
        held_back = len({c.ref for c in kept} - corrected)
        which = _differences([c for c in kept if c.ref not in corrected], fw)
        also = (f", and from {counted(held_back, 'other case')} where --update keeps the "
                f"file's values: {which}" if held_back else "")  # fmt: skip
        if not open_:
            return [f"The {counted(n, 'case')} already present {'was' if n == 1 else 'were'} "
                    f"left as {'it was' if n == 1 else 'they were'}: the list differs from none "
                    f"where --update would correct it" + (f" (only from {counted(held_back, 'case')} "
                    f"where it keeps the file's values: {which})" if held_back else "") + "."]  # fmt: skip
        tally = Counter(c.field for c in open_)
        fields = ", ".join(f"{FIELD_NAMES[f]} {tally[f]}" for f in FIELDS if tally[f])
        return [f"The list differs from {len(corrected)} of the "
                f"{counted(n, 'case')} already present ({fields}): {_differences(open_, fw)}"
                f"{also}; nothing was changed: '{command} --update' corrects them."]  # fmt: skip
    if report.updated:
        lines = [f"Corrected {counted(report.updated, 'case')} of the {n} already present, in "
                 f"one transaction:"]  # fmt: skip
    else:
        lines = [f"None of the {counted(n, 'case')} already present was corrected."]
    for field, changes in _by_field([c for c in report.changes if c.applied]):
        lines.append(f"  {FIELD_NAMES[field]} ({len(changes)}): {_cases(changes, fw, True)}")
    for why, said in KEPT_WHY.items():
        these = [c for c in kept if c.kept == why]
        if these:
            lines.append(f"Kept ({said}):")
            for field, changes in _by_field(these):
                lines.append(
                    f"  {FIELD_NAMES[field]} ({len(changes)}): {_cases(changes, fw, False)}"
                )
    return lines


def not_listed_said(
    report: CaseImportReport, skipped: bool, in_work: dict[str, str] | None = None
) -> list[str]:
    """The cases already in the inspection that this list leaves out: a lead checks
    with the organisation whether they closed, moved or were left off by mistake.  Those
    the fieldwork relies on (`in_work`: in the sample or held by someone, with who holds
    it) are named first, each, as the ones to chase (tester 24, F10: one sampled case was
    mixed with the others and cut at "and 4 more")."""
    in_work = in_work or {}
    refs = [r for r in report.not_listed if r not in in_work]
    if not report.already_present:  # a first list, or one of new cases only
        return []
    out = []
    if report.areas_not_listed:
        areas = report.areas_not_listed
        named = ", ".join(f"{code} ({counted(n, 'case')})" for code, n in areas.items())
        one = len(areas) == 1
        lists = "that area's list" if one else "those areas' lists"
        out.append(f"This list names no case of {'area' if one else 'areas'} {named}, so "
                   f"{'its' if one else 'their'} cases were not checked against it: import "
                   f"{lists} too, or ask the organisation "
                   f"whether this list should hold them.")  # fmt: skip
    rows = "this list's good rows" if skipped else "this list"
    if in_work:
        one = len(in_work) == 1
        named = ", ".join(f"{ref} ({f'held by {who}' if who else 'in the sample'})"
                          for ref, who in sorted(in_work.items()))  # fmt: skip
        out.append(f"{counted(len(in_work), 'case')} in the fieldwork {'is' if one else 'are'} "
                   f"not in {rows}: {named}; ask the organisation about "
                   f"{'it' if one else 'these'} first ('fieldwork sample DB --substitute REF "
                   f"--reason TEXT' replaces a case that has left).")  # fmt: skip
    if not refs:
        return out
    shown = ", ".join(refs[:SHOWN_CASES]) + (f" and {len(refs) - SHOWN_CASES} more"
                                             if len(refs) > SHOWN_CASES else "")  # fmt: skip
    return out + [f"{counted(len(refs), 'other case' if in_work else 'case')} already in the inspection {'is' if len(refs) == 1 else 'are'} "
            f"not in {rows} ({shown}); {'it was' if len(refs) == 1 else 'they were'} left as "
            f"{'it was' if len(refs) == 1 else 'they were'}: ask the organisation whether "
            f"{'it has' if len(refs) == 1 else 'they have'} closed or moved, or "
            f"{'was' if len(refs) == 1 else 'were'} left off by mistake."]  # fmt: skip


def _stages(stages: dict[str, list[int]], report: CaseImportReport) -> tuple[int, str]:
    """How many rows give stages off their law type, and which, with their lines."""
    rows = sum(len(lines) for lines in stages.values())
    return rows, "; ".join(
        f"{said} ({lines_text(lines, report)})" for said, lines in stages.items()
    )


def families_said(report: CaseImportReport) -> list[str]:
    """The sibling groups the list gave (one row per child sharing a case number), the
    family links filled in, and the case types read as Other application."""
    out = []
    for field, heading in report.by_cells.items():
        what = field.replace("_", " ")
        out.append(f"No column is headed {what}: '{heading}' was read as the {what}, as its "
                   f"cells are {what}s (rename it {what.capitalize()} to say so).")  # fmt: skip
    if report.several_children:
        out.append(f"{counted(report.several_children, 'row')} named several children in one "
                   f"cell, with their dates of birth in the same order: each child was read as "
                   f"a row of its own (Fieldwork keeps a case per child).")  # fmt: skip
    if report.sibling_groups:
        groups = counted(report.sibling_groups, "case number")
        out.append(f"{groups} {'is' if report.sibling_groups == 1 else 'are'} given to more than "
                   f"one child ({report.siblings} children): brothers and sisters in one set of "
                   f"proceedings, each imported as a case of their own and linked as one family "
                   f"('cases list' shows them; the sample draws one child of a family in an "
                   f"area, as the family's file is read once).")  # fmt: skip
    if report.families_split:
        n = len(report.families_split)
        shown = "; ".join(f"{number} ({lines_text(lines, report)})"
                          for number, lines in list(report.families_split.items())[:SHOWN_CASES])  # fmt: skip
        shown += f"; and {n - SHOWN_CASES} more" if n > SHOWN_CASES else ""
        out.append(f"{counted(n, 'case number')} {'is' if n == 1 else 'are'} given to children "
                   f"in different areas or under different law types: {shown}; one set of "
                   f"proceedings has one area and one law type, so a row may carry a mistyped "
                   f"case number: they were linked as brothers and sisters; check them with the "
                   f"organisation, and import a corrected list with --update.")  # fmt: skip
    if report.families_filled:
        out.append(f"{counted(report.families_filled, 'case')} already present "
                   f"{'was' if report.families_filled == 1 else 'were'} linked to "
                   f"{'its' if report.families_filled == 1 else 'their'} brothers and sisters "
                   f"on this list; references unchanged.")  # fmt: skip
    if report.areas_by_name:
        read = "; ".join(f"{cell!r} ({counted(n, 'row')}) as area {code}"
                         for cell, (code, n) in sorted(report.areas_by_name.items()))  # fmt: skip
        out.append(f"Read as an area named another way (by the number other rows give it, "
                   f"its initials, or its name's words shortened): {read}; check these, and "
                   f"map any that is wrong (--map).")  # fmt: skip
    if report.stages_misfit:
        rows, which = _stages(report.stages_misfit, report)
        out.append(f"{counted(rows, 'row')} {'gives' if rows == 1 else 'give'} a stage that is no "
                   f"stage of {'its' if rows == 1 else 'their'} law type, imported as given "
                   f"(the case screen marks it): {which}; ask the organisation which stage "
                   f"they are at, and import the corrected list with --update.")  # fmt: skip
    if report.stages_shared:
        rows, which = _stages(report.stages_shared, report)
        out.append(f"{counted(rows, 'row')} {'gives' if rows == 1 else 'give'} a stage the "
                   f"framework gives public or private law work, not adoption (lists often "
                   f"carry adoption work at the stages of the proceedings it follows), "
                   f"imported as given (the case screen marks it): {which}.")  # fmt: skip
    for cell, n in sorted(report.forms_read.items()):
        out.append(f"Read '{cell}' ({counted(n, 'row')}) as a child arrangements order, the "
                   f"application most made under it; if your list means prohibited steps "
                   f"or specific issue there, map it (--map, e.g. 'case_type,{cell},SIO_PSO').")  # fmt: skip
    if report.other_applications:
        cells = ", ".join(f"'{cell}' ({counted(n, 'row')})"
                          for cell, n in sorted(report.other_applications.items()))  # fmt: skip
        out.append(f"Read as Other application, which fits every law type, as no case type of "
                   f"the framework names them: {cells}; they are sampled with the cases of "
                   f"the law their rows give.")  # fmt: skip
    return out


def across_said(report: CaseImportReport, db: Path) -> list[str]:
    """Children already here from a list of the other kind (with child IDs, or without
    them), and children an earlier import made twice (`store.crosslists`)."""
    out = []
    if found := report.other_kind_by_name + report.other_kind_by_number:
        how = [f"by the child's name ({report.other_kind_by_name})"] * bool(
            report.other_kind_by_name
        )
        how += [f"as the case number's only child ({report.other_kind_by_number})"] * bool(
            report.other_kind_by_number)  # fmt: skip
        out.append(f"{counted(found, 'child', 'children')} on this list {'was' if found == 1 else 'were'} "
                   f"already a case here from a list that gives children another way (with a "
                   f"child ID, or without one), found {' and '.join(how)}: each is the one case "
                   f"{'it is' if found == 1 else 'they are'}, with {'its' if found == 1 else 'their'} "
                   f"reference.")  # fmt: skip
    if twice := report.made_twice:
        pairs = "; ".join(f"{a} and {b}" for a, b in twice[:SHOWN_CASES])
        pairs += f"; and {len(twice) - SHOWN_CASES} more" if len(twice) > SHOWN_CASES else ""
        a, b = twice[0]
        out.append(f"{counted(len(twice), 'child', 'children')} {'is' if len(twice) == 1 else 'are'} "
                   f"two cases here, made once from a list with child IDs and once from a list "
                   f"without them by an earlier import: {pairs}; join each pair ('fieldwork cases "
                   f"join {db} {a} {b}' keeps the first and deletes the second), so that the "
                   f"child is counted and sampled once.")  # fmt: skip
    return out


def laws_said(report: CaseImportReport) -> list[str]:
    """The law types the import read from the case type: a 'PL' that fits one law, and
    a case type of one law a system files under another (adoption under public law)."""
    out = []
    if report.laws_from_case_type:
        out.append(f"The law type of {counted(report.laws_from_case_type, 'new case')} was "
                   f"written for either law ('PL') and was read from the case type; map it "
                   f"with --map if your list means one law throughout.")  # fmt: skip
    if report.laws_given_by_case_type:
        out.append(f"The law type of {counted(report.laws_given_by_case_type, 'new case')} "
                   f"was read from the case type, as its row gives none (a care order is "
                   f"public law; 'Private Law - CAO' says it).")  # fmt: skip
    if report.laws_within:
        rows = "; ".join(f"{said} ({counted(n, 'row')})" for said, n in report.laws_within.items())
        out.append("Law types read from the case type, which fits one law only (some case "
                   "management systems file its work under another law type): "
                   f"{rows}.")  # fmt: skip
    return out


def skipped_said(report: CaseImportReport) -> list[str]:
    """What the import read past in the file: lines above the header, cells filled down,
    a totals row, rows repeating an earlier one, notes below the last case; and letters
    the file itself lost in names."""
    out = []
    if report.siblings_by_name:
        n = report.siblings_by_name
        out.append(f"{counted(n, 'child', 'children')} sharing a case number with brothers or "
                   f"sisters {'was' if n == 1 else 'were'} found by name, as this list changes "
                   f"their order in the family by date of birth (a date corrected, or a child "
                   f"added): each keeps their own case and reference.")  # fmt: skip
    if report.names_lost_letters:
        n = report.names_lost_letters
        out.append(f"{counted(n, 'name')} in the list {'holds' if n == 1 else 'hold'} '?' where "
                   f"the file lost a letter (a 'CSV' saved by Excel or an older system cannot "
                   f"hold letters such as Ł or ő): until the list comes whole, the export check "
                   f"reads each '?' as any letter ('?ukasz' stops Łukasz and Lukasz); ask for "
                   f"the list as an .xlsx workbook or 'CSV UTF-8' (or save it so, if you saved "
                   f"it) and import it again.")  # fmt: skip
    others = ", ".join(repr(o) for o in report.other_sheets)
    unread = f"; not read: {others}." if others else "."
    if report.sheets:
        how = (
            "under different headings, each column matched by what its heading names,"
            if report.sheets_aligned
            else "under the same headings"
        )
        out.append(f"read the workbook's {len(report.sheets)} sheets that hold a case list {how} "
                   f"as one list ({', '.join(map(repr, report.sheets))}); rows are named by "
                   f"sheet and row as Excel shows them" + unread)  # fmt: skip
    elif report.sheet:
        out.append(f"read the workbook's sheet {report.sheet!r}; the numbers given are its rows "
                   "as Excel shows them" + unread)  # fmt: skip
    if report.area_from_sheet:
        unread = ", ".join(report.unused_columns)
        out.append(
            "read each row's service area from its sheet's name, as the list has no "
            "service area column"
            + (
                f" (if one of the columns not read gives it, {unread}, name it with --map: "
                f"'column,{report.unused_columns[0]},area')."
                if unread
                else "."
            )
        )
    if report.law_from_sheet:
        out.append(
            "read each row's law type from its sheet's name (a sheet per law type), "
            + (
                "where the sheet has no law type column."
                if report.sheets_aligned
                else "as the list has no law type column."
            )
        )
    if report.header_rows > 1:
        out.append(f"the header is written over two rows (lines {report.header_line} and "
                   f"{report.header_line + 1}, as merged cells give it), read as one.")  # fmt: skip
    if report.header_line > 1:
        above = report.header_line - 1
        out.append(
            f"the header row is line {report.header_line}; "
            + ("the line above it was" if above == 1 else f"the {above} lines above it were")
            + " not read."
        )
    if n := len(report.header_repeats):
        out.append(f"skipped {counted(n, 'row')} repeating the header row, as an export "
                   f"heads each page ({lines_text(report.header_repeats, report)}).")  # fmt: skip
    if report.filled_down:
        out.append(f"{counted(report.filled_down, 'row')} with an empty service area or team "
                   "read as the row above (--fill-down).")  # fmt: skip
    if report.totals_lines:
        rows = "a totals row" if len(report.totals_lines) == 1 else "the totals rows"
        out.append(f"skipped {rows} ({lines_text(report.totals_lines, report)}).")
    if n := len(report.repeated_lines):
        out.append(f"skipped {counted(n, 'row')} that {'repeats' if n == 1 else 'repeat'} an "
                   f"earlier row cell for cell ({lines_text(report.repeated_lines, report)}).")  # fmt: skip
    if n := len(report.grown_up):
        born = [cell for _, cell in report.grown_up]
        more = f" and {len(born) - 3} more" if len(born) > 3 else ""
        out.append(f"left out {counted(n, 'row')} giving a young person aged 18 or over at the "
                   f"inspection's start, no child ({lines_text([line for line, _ in report.grown_up], report)}; "
                   f"born {', '.join(map(repr, born[:3]))}{more}): if a date of birth is "
                   f"mistyped, correct it and import the list again.")  # fmt: skip
    if n := len(report.closed_left):
        pairs = sorted(report.closed_left)
        out.append(f"{counted(n, 'child', 'children')} {'is' if n == 1 else 'are'} given by two "
                   f"rows, one open and one closed, or one closed and one 'Transferred out' "
                   f"(a case moved between areas is listed where it left and where it went): "
                   f"each was read from the row that gives the case as it stands "
                   f"({lines_text([kept for _, kept in pairs], report)}), not from the other "
                   f"({lines_text([shut for shut, _ in pairs], report)}).")  # fmt: skip
    if report.notes_lines:
        out.append(f"skipped {counted(len(report.notes_lines), 'line')} below the last case "
                   f"that give no law type or case type ({lines_text(report.notes_lines, report)}): "
                   "notes, not cases; if one is a case, give it its law and case type and "
                   "import the list again.")  # fmt: skip
    return out


def renamed_said(report: CaseImportReport, db: Path) -> list[str]:
    """Areas this list names otherwise than the inspection does: said, with the command
    that renames one, as a renamed area is for the lead to confirm (tester 18, F11)."""
    return [f"Area {code} is named '{name}' on this list, '{own}' in this inspection: if it "
            f"has been renamed, 'fieldwork areas rename {db} {code} --name \"{name}\"'."
            for code, (name, own) in sorted(report.areas_named_otherwise.items(),
                                            key=lambda item: area_order(item[0]))]  # fmt: skip
