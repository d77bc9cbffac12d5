"""Importing the case list the inspected organisation supplies (domain.md 3.5).

Privacy: a child's name and date of birth are never stored with the case.  Each child
gets a pseudonymous reference ("C-4821-KT") and an age band computed at the
inspection's start date; the organisation's case number is kept only as a keyed hash
(HMAC-SHA256 with the inspection's case-list key), from which the record's id and its
reference are derived, so importing the same list again, here or in another file that
holds the same key, finds the same cases and never changes a reference.  Each case
also gets its order key for the sample (`store.casenumbers`), local to this file.  Names of
children and parties go into protected-name records, which the report's
identifiability check needs; organisations (councils, agencies) and practitioners are
not people to protect.  Gender, ethnicity and disability are not imported at all.

The whole file is checked first: if any row is bad, nothing is imported (unless the
caller asks to skip bad rows); problems are reported grouped, one per distinct problem
with its line numbers.  The import writes through the Store's public API
(`bulk_create`, one transaction).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from store.caseareareading import AreaReading
from store.caseareas import LearntAreas, named_otherwise
from store.casedates import (
    CLOSED,
    CLOSED_HEADINGS,
    NOT_CLOSED,
    DateProblem,
    age_band,
    band_of_years,
    not_known,
    parse_date,
    years_old,
)
from store.casefamilies import Place, child_places, keys, link_families, standing_by
from store.casegroups import fill_down, looks_grouped
from store.caseimportreport import CaseImportReport, Problems, left_out, one_a_row, stage_misfits
from store.caselaw import LawReading
from store.caselist import (
    Row,
    heading_key,
    is_note,
    is_totals,
    read_rows,
    repeated,
    rival_columns,
    squash,
)
from store.casemap import read_map
from store.casenamecols import refuse_unread_names
from store.casenames import names_in_row
from store.casenumbers import CaseNumbersMixin, order_key, ref_for
from store.caseupdate import apply_changes, differences
from store.casevocab import Vocabulary
from store.caseworkbook import sheet_row
from store.connection import locked
from store.crosslists import joined, other_kind, twins
from store.errors import NotFoundError
from store.ids import natural_id, protected_name_id
from store.models import Area, CaseFile, CaseFilter, ProtectedName, Record, area_order
from store.renumbering import renumbered
from store.siblingmatch import rematched, split_families

if TYPE_CHECKING:
    from store.store import Store

MOSTLY_BAD = 10
"""More bad rows than this, and more than half the list, and even --skip-bad imports
nothing: the list itself is wrong (a grouped sheet, a wrong column)."""


class _Importer(LawReading, AreaReading):
    """One run of `import_cases` over one file."""

    def __init__(self, store: Store, vocab: Vocabulary, author: str, add_areas: bool) -> None:
        self.store, self.vocab, self.author = store, vocab, author
        self.fw = store.framework
        insp = store.inspection()
        start = insp.start_date
        self.on = dt.date.fromisoformat(start) if start else dt.date.today()
        self.last = dt.date.fromisoformat(insp.end_date) if insp.end_date else None
        """The inspection's last day, if known: no case on the list ended after it."""
        self.areas = {a.code: a.name for a in store.areas()}
        self.first = store.count_cases() == 0  # areas added before it do not make it later
        self.adding = self.first or add_areas  # areas the list names are added
        self.new_areas: dict[str, str] = {}
        self.area_names: dict[str, Counter[str]] = {}  # code -> spelling -> rows
        self.area_lines: dict[str, list[int]] = {}  # code -> the lines naming it
        self.problems = Problems()
        self.others: Counter[str] = Counter()  # case types read as Other application
        self.forms_read: Counter[str] = Counter()  # case types read from a form's number
        self.places: dict[int, Place] = {}
        self.duplicates: dict[int, str] = {}  # line -> why its child is one already given
        self.keys: dict[int, tuple[str, str]] = {}  # line -> (identity, order key's child)
        self.laws = {ct.code: ct.law_types for ct in self.fw.case_types}
        self.defaulted_lines: set[int] = set()  # rows that gave no stage nor an end date
        self.undated_lines: set[int] = set()  # rows that gave no date of birth
        self.closed_lines: set[int] = set()  # rows that gave no stage but an end date
        self.grown_up: list[tuple[int, str]] = []  # rows of a young person 18 or over
        self.laws_read: set[int] = set()  # rows whose 'PL' the case type settled
        self.laws_by_type: set[int] = set()  # rows giving no law type, read from the case type
        self.laws_within: Counter[str] = Counter()  # "Public law on Adoption from care" -> rows
        self.starts_unread: list[tuple[int, str]] = []  # start dates that are no dates
        self.closed_column = False  # the end date is a "Closed" column: Y/N may be its cells
        self.grouped = False  # empty areas look like a grouped sheet's (`store.casegroups`)
        self.learnt = LearntAreas()  # the first list's area names, from its numbered rows

    def value(self, row: Row, column: str, group: str, what: str) -> str | None:
        cell = row.get(column)
        if not cell:
            self.problems.add(row.line, f"no {what} given", self.vocab.accepted(group))
            return None
        code = (
            self.vocab.case_type(cell) if group == "case_types" else self.vocab.exact(group, cell)
        )
        if (
            group == "case_types"
            and code == "OTHER"
            and squash(cell) not in ("other", "otherapplication")
        ):
            self.others[cell] += 1
        if group == "case_types" and code and squash(cell) in self.vocab.forms \
                and not self.vocab.exact("case_types", cell):  # fmt: skip
            self.forms_read[cell] += 1
        near = self.vocab.near_case_type(cell) if group == "case_types" and code is None else None
        if near:
            self.problems.add(row.line, f"case type {cell!r} not recognised: it may be {near} "
                                        f"({self.fw.case_type_label(near)}), but the other words "
                                        f"leave it in doubt; write the case type, or map it with "
                                        f"--map")  # fmt: skip
        elif code is None and len(many := self.vocab.labelled(cell)) > 1 and group == "case_types":
            self.problems.add(row.line, f"case type {cell!r} could be "
                                        f"{' or '.join(self.fw.case_type_label(c) for c in many)}: "
                                        f"write the one meant, or map it with --map "
                                        f"(case_type,{cell},{many[0]})")  # fmt: skip
        elif code is None and (both := self.vocab.note_names_other(group, cell)):
            label = self.fw.case_type_label if group == "case_types" else str
            self.problems.add(row.line, f"{what} {cell!r} names two: {both[0]} "
                                        f"({label(both[0])}) and, in its brackets, {both[1]} "
                                        f"({label(both[1])}): map it to the one meant with "
                                        f"--map ({column},{cell},{both[1]})")  # fmt: skip
        elif code is None:
            typo = self.vocab.misspelt(group, cell)
            hint = (
                f": if it is {typo} misspelt, map it with --map ({column},{cell},{typo})"
                if typo
                else f": write one of the values accepted, or map it to one with --map "
                f"({column},{cell},CODE)"
            )
            self.problems.add(row.line, f"{what} {cell!r} not recognised{hint}",
                              self.vocab.accepted(group))  # fmt: skip
        return code

    def date(self, row: Row, column: str, what: str, latest: dt.date | None) -> dt.date | None:
        """The date in `column`, or None (a problem noted) when it is not one."""
        cell = row.get(column)
        try:
            return parse_date(cell, latest)
        except DateProblem as exc:
            if exc.kind == "impossible":
                problem = (f"{what} {{values}}: no such day (dates are read day first: "
                           f"31/01/2026 is 31 January)")  # fmt: skip
            else:
                problem = (f"{what} {{values}}: not a date this import reads; write dates as "
                           f"{self.on.isoformat()}, {self.on:%d/%m/%Y} or {self.on.day} "
                           f"{self.on:%b %Y}")  # fmt: skip
            self.problems.add(row.line, problem, value=cell)
            return None

    def band(self, row: Row) -> str:
        if not row.get("dob") or not_known(row.get("dob")):
            years = years_old(row.get("age") or "")
            if years is not None and years < 18:
                return band_of_years(years)  # an Age column, where no date of birth is given
            self.undated_lines.add(row.line)
            return "unknown"
        cell = row.get("dob")
        dob = self.date(row, "dob", "date of birth", self.on)
        if dob is None:
            return "unknown"
        if dob > self.on:
            self.problems.add(row.line, f"date of birth after the inspection start "
                                        f"({self.on}): {{values}}", value=cell)  # fmt: skip
            return "unknown"
        return age_band(dob, self.on)

    def grown(self, row: Row) -> bool:
        """Whether the row's date of birth makes them 18 or over at the inspection's start:
        no child, so no case of the inspection (left out and said, not a fault of the
        list: a case opened at 16 may still be listed; tester 27, F3)."""
        cell = row.get("dob")
        try:
            dob = parse_date(cell, self.on) if cell and not not_known(cell) else None
        except DateProblem:
            return False
        if dob is None or dob > self.on:
            return False
        try:
            age_band(dob, self.on)
        except ValueError:
            self.grown_up.append((row.line, cell))
            return True
        return False

    def ended(self, row: Row) -> bool:
        """Whether the row gives an end date; one that is not a date, that falls after the
        inspection (its last day, else its start: the list is drawn before it), or before
        the case's own start date is a problem, each kind reported once for every row; a
        start date that is no date is noted (`CaseImportReport.start_dates_unread`)."""
        began = row.get("start_date")
        try:
            start = parse_date(began, None) if began and not not_known(began) else None
        except DateProblem:
            start = None  # the start date is read only for this check: said, not refused
            self.starts_unread.append((row.line, began))
        cell = row.get("end_date")
        if not cell or (self.closed_column and squash(cell) in NOT_CLOSED):
            return False
        if self.closed_column and squash(cell) in CLOSED:
            return True  # a "Closed" column of Y/N: closed, no date to check
        if squash(cell) in CLOSED | NOT_CLOSED:
            self.problems.add(row.line, "end date {values} is no date: a column headed as a "
                                        "date gives dates; if its yes or no says whether the "
                                        "case is closed, head it Closed", value=cell)  # fmt: skip
            return False
        end = self.date(row, "end_date", "end date", None)
        if end is None:
            return False
        limit, when = (self.last, "last day") if self.last else (self.on, "start")
        if end > limit:
            self.problems.add(row.line, f"end date after the inspection's {when} ({limit}): "
                                        f"{{values}}; check the date", value=cell)  # fmt: skip
        if start is not None and end < start:
            self.problems.add(row.line, "end date before the case's start date: {values}; "
                                        "check both dates", value=f"{cell}, started {began}")  # fmt: skip
        return True

    def stage(self, row: Row, law: str) -> str:
        ended = self.ended(row)
        if row.get("stage"):
            return self.value(row, "stage", "stages", "stage") or ""
        codes = [s.code for s in self.fw.stages]
        if ended and "CLOSED" in codes:
            self.closed_lines.add(row.line)
            return "CLOSED"
        self.defaulted_lines.add(row.line)
        fitting = [s.code for s in self.fw.stages_for(law)]
        return (fitting or codes)[0]

    def case(self, row: Row) -> tuple[str, CaseFile] | None:
        """The case a row describes (id, record), or None when the row is bad or gives
        no child (`grown`)."""
        if self.grown(row):
            return None
        before = len(self.problems.bad_lines)
        number = row.get("case_id")
        if not number:
            self.problems.add(row.line, "the case ID is empty")
        ctype = self.value(row, "case_type", "case_types", "case type")
        law = self.law(row, ctype)
        if law and ctype and self.laws.get(ctype) and law not in self.laws[ctype] and \
                (within := self.vocab.law_within(law, self.laws[ctype], ctype)):  # fmt: skip
            self.laws_within[f"{self.fw.law_type_label(law)} on {self.fw.case_type_label(ctype)}"
                             f", read as {self.fw.law_type_label(within)}"] += 1  # fmt: skip
            law = within
        if law and ctype and self.laws.get(ctype) and law not in self.laws[ctype]:
            fits = " or ".join(self.fw.law_type_label(c) for c in self.laws[ctype])
            self.problems.add(row.line, f"law type {self.fw.law_type_label(law)} does not fit "
                                        f"case type {self.fw.case_type_label(ctype)} ({fits} "
                                        f"only)")  # fmt: skip
        code = self.area(row)
        band = self.band(row)
        stage = self.stage(row, law or "")
        if row.line in self.duplicates:
            self.problems.add(row.line, self.duplicates[row.line])
        if len(self.problems.bad_lines) > before or row.line in self.problems.bad_lines:
            return None
        assert law and ctype and code and number
        ident, key, child = keys(self.store.case_key, number, self.places[row.line])
        self.keys[row.line] = (ident, child)
        rid = natural_id("case", self.store.inspection_id, ident)
        return rid, CaseFile(
            ref="C-0000-AA", area_code=code, law_type=law, case_type=ctype, stage=stage,
            age_band=band, child_seen=self.vocab.yes_no(row.get("child_seen")),  # type: ignore[arg-type]
            sample="national", source_key=key,
            application=self.vocab.application(row.get("case_type")) if ctype == "OTHER" else None,
        )  # fmt: skip


def import_cases(
    store: Store,
    path: str | Path,
    *,
    skip_bad: bool = False,
    mapping: str | Path | None = None,
    author: str | None = None,
    update: bool = False,
    include_held: bool = False,
    fill: bool = False,
    sheet: str | None = None,
    add_areas: bool = False,
) -> CaseImportReport:
    """Check every row of the case list at `path`, then import the good ones in one
    transaction, or nothing when any row is bad and `skip_bad` is false.  A re-import
    adds the cases that are new and reports where the list differs from the cases
    already present; with `update` it also corrects them, in the same transaction, as
    `store.caseupdate` allows for a case already in the fieldwork (`include_held`: the
    law and case type of cases inspectors hold too; `sheet`: which sheet of a workbook;
    `add_areas`: a later list's new areas are added, as the first list's are)."""
    src = Path(path)
    if not src.is_file():
        raise NotFoundError(f"There is no case list at {src}; check the path.")
    store.ensure_case_list_key()  # refused, before anything is read, on a cut-down file
    who = author or store.me_id or ""
    vocab = Vocabulary.load(store.framework, read_map(Path(mapping)) if mapping else None)
    listing = read_rows(src, vocab, sheet)
    refuse_unread_names(src, listing.name_columns)
    run = _Importer(store, vocab, who, add_areas)
    run.closed_column = any(
        heading_key(h) in CLOSED_HEADINGS for h in listing.columns.get("end_date", [])
    )
    cases: list[tuple[str, CaseFile, Row]] = []
    listed = list(listing.rows)
    totals: list[int] = []
    notes: list[int] = []  # below the data: a totals row, notes from a second sheet
    while listed and (is_totals(listed[-1]) or is_note(listed[-1])):
        last = listed.pop()
        (totals if is_totals(last) else notes).insert(0, last.line)
    # A workbook with a sheet per area has a totals row at the foot of every sheet, not
    # only the last (tester 34, F1: "Total" was read as a case number four times).
    ends = {sheet_row(row.line)[0]: row for row in listed} if len(listing.sheets) > 1 else {}
    footers = {row.line for row in ends.values() if is_totals(row)}
    if footers:
        totals = sorted([*footers, *totals])
        listed = [row for row in listed if row.line not in footers]
    count = len(one_a_row([row.line for row in listed]))  # the file's rows, not its children
    filled = fill_down(listed) if fill else 0
    listed, repeats = repeated(listed)
    run.grouped = not fill and looks_grouped(listed)
    children = child_places(listed, run.on, standing_by(lambda cell: vocab.exact("stages", cell)))
    run.places, duplicates = children.places, children.duplicates
    run.problems.numbers = {row.line: row.get("case_id").strip() for row in listed}
    # What the first list's numbered rows call each area, and the names areas have already.
    cells = [row.get("service_area") for row in listed] if run.first else []
    run.learnt = LearntAreas.from_cells(cells, lambda cell: vocab.area(cell, {}), run.areas)
    run.duplicates = {d.line: d.problem for d in duplicates}
    for row in listed:
        if row.line in children.left:
            continue  # a child another row gives as it stands (a case transferred)
        made = run.case(row)
        if made:
            cases.append((*made, row))
    refused = run.settle_new_areas()
    cases = [made for made in cases if made[2].line not in refused]
    problems = run.problems.listed()
    # --skip-bad is for a few bad rows: with most rows bad, the list itself is wrong
    # (a grouped sheet, a wrong column) and nothing is imported (tester 14, F13).
    bad = len(one_a_row(sorted(run.problems.bad_lines)))
    applied = not problems or (skip_bad and (bad <= MOSTLY_BAD or 2 * bad <= count))
    present = {r.id: (r.ref, r.area_code)
               for r in store.case_rows(CaseFilter(), 0, store.count_cases() + 1)}  # fmt: skip
    existing = {rid: ref for rid, (ref, _) in present.items()}
    cases, by_name = rematched(store, vocab, cases, set(existing), run.keys)  # tester 18, F10
    across = other_kind(store, vocab, [(c[0], c[2]) for c in cases], set(existing))  # tester 30, F1
    cases = joined(cases, across)
    cases, renumbers = renumbered(store, vocab, cases, present, run.keys)  # tester 35, F3
    new = [(rid, case, row) for rid, case, row in cases if rid not in existing]
    changes, stored = (
        differences(store, [c for c in cases if c[0] in existing], include_held)
        if applied
        else ([], {})
    )
    personal = [h for h in listing.unused if vocab.is_personal(h)]
    rivals = rival_columns(listing.unused, listing.columns)
    siblings = {line for line, place in run.places.items() if place.children > 1}
    misfit, shared = stage_misfits(store.framework, cases, vocab.within)
    left, elsewhere = left_out(present, {c[0] for c in cases}, {c[1].area_code for c in cases})
    report = CaseImportReport(
        filled_down=filled, renumbered=renumbers,
        rows=count, imported=len(new) if applied else 0, already_present=len(cases) - len(new),
        areas_created=sorted(run.new_areas, key=area_order) if applied else [], protected_names=0,
        area_names=dict(run.new_areas) if applied else {},
        unused_columns=[h for h in listing.unused if h not in personal and h not in rivals],
        name_columns=listing.name_columns,
        ignored_columns=personal, rival_columns=rivals,
        protecting_columns=[h for f in ("case_name", "child_first_name", "child_surname", "parties")
                            for h in listing.columns.get(f, [])],
        age_columns=listing.columns.get("dob", []) + listing.columns.get("age", []), changes=changes, by_cells=listing.by_cells,
        header_line=listing.header_line, header_rows=listing.header_rows,
        spreadsheet_rows=listing.spreadsheet_rows,
        sheet=listing.sheet, other_sheets=listing.other_sheets, header_repeats=listing.header_repeats,
        sheets=listing.sheets, area_from_sheet=listing.area_from_sheet,
        law_from_sheet=listing.law_from_sheet, sheets_aligned=listing.sheets_aligned,
        totals_lines=totals, notes_lines=notes, repeated_lines=one_a_row(repeats), start_dates_unread=run.starts_unread,
        closed_left=[[shut, kept] for shut, kept in children.left.items()],
        grown_up=run.grown_up,
        problems=problems, bad_rows=bad,
        stages_defaulted=sum(1 for _, _, row in new if row.line in run.defaulted_lines),
        births_missing=sum(1 for _, _, row in new if row.line in run.undated_lines),
        stages_closed=sum(1 for _, _, row in new if row.line in run.closed_lines),
        laws_from_case_type=sum(1 for _, _, row in new if row.line in run.laws_read),
        several_children=listing.several_children,
        laws_given_by_case_type=sum(1 for _, _, row in new if row.line in run.laws_by_type),
        laws_within=dict(run.laws_within),
        not_listed=left, areas_not_listed=elsewhere,
        sibling_groups=len({squash(r.get("case_id")) for r in listed if r.line in siblings}),
        siblings=len(siblings), siblings_by_name=by_name,
        other_kind_by_name=across.by_name, other_kind_by_number=across.by_number, families_split=split_families(cases),
        forms_read=dict(run.forms_read), other_applications=dict(run.others),
        areas_by_name={c: (code, run.learnt.rows[c]) for c, code in run.learnt.read.items()},
        areas_named_otherwise=named_otherwise(run.area_names, run.areas),
        stages_misfit=misfit, stages_shared=shared,
        applied=applied, new_by_area=dict(Counter(c.area_code for _, c, _ in new)) if applied else {},
    )  # fmt: skip
    if not applied:
        return report
    records: list[tuple[str, Record]] = [
        (natural_id("area", store.inspection_id, c), Area(code=c, name=n))
        for c, n in sorted(run.new_areas.items())
    ]
    taken = set(existing.values())
    known_names = {p.id for p in store.protected_names()}
    for rid, case, row in sorted(new, key=lambda item: run.keys[item[2].line][0]):
        records.append((rid, case.model_copy(update={"ref": ref_for(run.keys[row.line][0],
                                                                    taken)})))  # fmt: skip
    for rid, _, row in cases:  # names a later list gives for a case already present count too
        for name, category in names_in_row(row, vocab):
            pid = protected_name_id(store.inspection_id, name, category, rid)
            if pid not in known_names:
                known_names.add(pid)
                records.append((pid, ProtectedName(name=name, category=category, case_id=rid)))  # type: ignore[arg-type]
                report.protected_names += 1
                report.names_lost_letters += "?" in name or "\ufffd" in name
    orders = [(rid, order_key(row.get("case_id"), run.keys[row.line][1]),
               store.case_key(row.get("case_id"), ""))
              for rid, _, row in cases if row.line not in across.cases]  # fmt: skip
    with store.transaction():
        if records:
            store.bulk_create(records, who)
        report.order_keys_filled = store.put_order_keys(orders) - len(new)
        if update:
            report.updated = apply_changes(store, changes, stored, who)
        report.families_filled = link_families(store, [c for c in cases if c[0] in existing], who)
    report.made_twice = twins(store)
    return report


class CaseImportMixin(CaseNumbersMixin):
    """`import_cases` (and the case-number keys it uses, `store.casenumbers`)."""

    @locked
    def import_cases(
        self,
        path: str | Path,
        *,
        skip_bad: bool = False,
        mapping: str | Path | None = None,
        author: str | None = None,
        update: bool = False,
        include_held: bool = False,
        fill: bool = False,
        sheet: str | None = None,
        add_areas: bool = False,
    ) -> CaseImportReport:
        """`import_cases(store, path, ...)`: see there."""
        return import_cases(self, path, skip_bad=skip_bad, mapping=mapping, author=author,  # type: ignore[arg-type]
                            update=update, include_held=include_held, fill=fill, sheet=sheet,
                            add_areas=add_areas)  # fmt: skip
