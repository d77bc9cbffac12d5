"""`fieldwork cases import|list`: the case list supplied by the inspected organisation."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cli import values
from cli.common import AS_OPTION, CONTEXT, DB, echo_json, fail, opened, version_option
from cli.import_report import (
    SHOWN_LINES,
    across_said,
    columns_said,
    families_said,
    laws_said,
    lines_text,
    names_said,
    not_listed_said,
    renamed_said,
    skipped_said,
    starts_said,
    updates_said,
)
from store.casejoin import made_again
from store.casevocab import case_type_named
from store.models import SAMPLE_LABELS, CaseFilter, area_order, counted, sample_code
from store.sampling import IN_SAMPLE
from store.store import Store


@click.group("cases", context_settings=CONTEXT)
@version_option
def cases_group() -> None:
    """The case list supplied by the inspected organisation, and the cases."""


def _numbers(numbers: list[str]) -> str:
    """ " (case numbers ZE040017, ZE040021)": the rows' own case numbers, to find them
    by, where few enough to be read (a problem on most rows is the list's, not a row's)."""
    given = [n for n in numbers if n]
    if not given or len(numbers) > SHOWN_LINES:
        return ""
    return f" (case number{'s' if len(given) > 1 else ''} {', '.join(given)})"


@cases_group.command("import", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(path_type=Path))
@click.option("--skip-bad", is_flag=True, help="Import the good rows even if some are bad.")
@click.option(
    "--sheet", metavar="NAME",
    help="Of an Excel workbook (.xlsx), the sheet holding the list (by default the one "
    "sheet whose header row names the case list's columns).",
)  # fmt: skip
@click.option(
    "--map", "mapping", type=click.Path(path_type=Path), metavar="FILE",
    help="Your spellings: CSV (field,their value,our code) or TOML ([case_types] ...).",
)  # fmt: skip
@click.option(
    "--update",
    is_flag=True,
    help="Also correct the cases already present where the list differs (area, law and "
    "case type, stage, age band, child seen), in the same transaction; a case in the "
    "fieldwork keeps what its inspector records and the sample relies on.",
)
@click.option(
    "--include-held", is_flag=True,
    help="With --update, correct the law and case type of cases inspectors hold too "
    "(merge their files first).",
)  # fmt: skip
@click.option(
    "--fill-down", "fill", is_flag=True,
    help="A grouped sheet (the area written once, on the first row of each group): read "
    "an empty service area or team cell as the one in the row above.",
)  # fmt: skip
@click.option(
    "--add-areas", is_flag=True,
    help="Add the areas a later list names that the inspection does not have yet (as the "
    "first list's are added), each named as most of its rows name it.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@AS_OPTION
@version_option
def cases_import_cmd(
    db: Path, csv_file: Path, skip_bad: bool, mapping: Path | None, update: bool,
    include_held: bool, fill: bool, sheet: str | None, add_areas: bool, as_json: bool,
    as_name: str | None,
) -> None:  # fmt: skip
    """Import FILE.csv into DB: each child gets a pseudonymous reference and an age band;
    names and dates of birth are not stored with the case, and personal details a list
    should not carry (initials, address, ethnicity...) are ignored.  Bad rows are
    reported grouped by problem; nothing is imported while any row is bad, unless
    --skip-bad.  A later list adds its new cases and says where it differs from the
    cases already present; --update corrects them."""
    if include_held and not update:
        fail("--include-held only goes with --update (it widens the corrections made).")
    with opened(db, as_name) as store:
        report = store.import_cases(csv_file, skip_bad=skip_bad, mapping=mapping, update=update,
                                    include_held=include_held, fill=fill, sheet=sheet,
                                    add_areas=add_areas)  # fmt: skip
        fw = store.framework
        visited = {a.code for a in store.areas(visited_only=True)}
        drawn = {f.area_code for f in store.case_facts() if f.sample in IN_SAMPLE}
        in_work = _in_the_work(store, report.not_listed)
        made_twice = made_again(store, sorted(in_work))
    if as_json:
        echo_json(report.model_dump())
        sys.exit(0 if report.applied else 2)
    if report.spreadsheet_rows and report.problems:
        click.echo(f"{csv_file}: some cells run over several lines, so the numbers below "
                   "are the rows a spreadsheet shows, not the text file's lines.", err=True)  # fmt: skip
    listed: set[tuple[str, ...]] = set()  # each list of accepted values is printed once
    for p in report.problems:
        accepted = ""
        if p.accepted:
            said = tuple(p.accepted) in listed
            accepted = f"; accepted: {'as above' if said else ', '.join(p.accepted)}"
            listed.add(tuple(p.accepted))
        click.echo(f"{csv_file}: {counted(len(p.lines), 'row')} ({lines_text(p.lines, report)}): "
                   f"{p.problem}{accepted}{_numbers(p.case_numbers)}",
                   err=True)  # fmt: skip
    for line in skipped_said(report):
        click.echo(f"{csv_file}: {line}", err=True)
    if not report.applied and skip_bad:
        fail(f"{report.bad_rows} of {counted(report.rows, 'row')} in {csv_file} have problems "
             "(listed above), more than half, so nothing was imported even with --skip-bad: "
             "correct the list first.")  # fmt: skip
    if not report.applied:
        fail(
            f"{report.bad_rows} of {counted(report.rows, 'row')} in {csv_file} "
            f"{'has' if report.bad_rows == 1 else 'have'} problems (listed "
            f"above); nothing was imported: correct them, map your spellings with --map, "
            f"or pass --skip-bad."
        )
    skipped = f", {counted(report.bad_rows, 'bad row')} skipped" if report.bad_rows else ""
    named = [
        f"{code} ({report.area_names.get(code, 'Area ' + code)})" for code in report.areas_created
    ]
    click.echo(
        f"Imported {counted(report.imported, 'case')} ({report.already_present} already present"
        f"{skipped}); {counted(report.protected_names, 'name')} added to the protected list"
        + (f"; new areas {', '.join(named)}" if named else "")
        + "."
    )
    if named:
        click.echo(names_said(report.area_names, db))
    for line in families_said(report) + across_said(report, db):
        click.echo(line)
    again = " ".join(["fieldwork cases import", str(db), str(csv_file)]
                     + (["--skip-bad"] if skip_bad else []) + ([f"--map {mapping}"] if mapping else [])
                     + (["--fill-down"] if fill else []))  # fmt: skip
    # A case named below as made again is said there, not as one to substitute.
    left = report.model_copy(update={"not_listed": [r for r in report.not_listed
                                                    if r not in made_twice]})  # fmt: skip
    in_work = {ref: who for ref, who in in_work.items() if ref not in made_twice}
    for line in updates_said(report, fw, update, again) + not_listed_said(left, skip_bad, in_work):
        click.echo(line)
    for old, new in made_twice.items():  # made by an earlier import: join, not substitute
        click.echo(f"{old} may be the same child as {new} (the same child's name under a new "
                   f"case number, made by an earlier import): 'fieldwork cases join {db} {old} "
                   f"{new} --renumbered' keeps {old} and its work; do not substitute it.")  # fmt: skip
    for at, ref in sorted(report.renumbered.items()):  # tester 35, F3
        click.echo(f"Line {at} gives a new case number for {ref}'s child (the same child's "
                   f"name, in the same area, and {ref}'s own number is on no line): read as "
                   f"{ref}, which keeps its work and reference.")  # fmt: skip
    if report.order_keys_filled:
        click.echo(f"The sample order of {report.order_keys_filled} cases already present "
                   f"was filled in (from their case numbers); their references are unchanged.")  # fmt: skip
    for line in laws_said(report):
        click.echo(line)
    if blank := report.stages_defaulted + report.stages_closed:
        click.echo(stageless(blank, report.stages_closed, report.stages_defaulted))
    if report.births_missing:
        n = report.births_missing
        click.echo(f"{counted(n, 'new case')} gave no date of birth (an empty cell, or one such "
                   f"as 'N/K'): {'its' if n == 1 else 'their'} "
                   f"age band is unknown until a list giving it is imported with --update.")  # fmt: skip
    for line in starts_said(report) + columns_said(report) + renamed_said(report, db):
        click.echo(line)
    if outside := {a: n for a, n in report.new_by_area.items() if a in visited & drawn}:
        codes = sorted(outside, key=area_order)
        click.echo(f"{counted(sum(outside.values()), 'new case')} {'is' if sum(outside.values()) == 1 else 'are'} "
                   f"in visited areas already sampled ({', '.join(f'Area {a}: {outside[a]}' for a in codes)}) "
                   f"and not in the sample; 'fieldwork sample {db} --areas {','.join(codes)} --add N' "
                   "draws N more there if you want them.")  # fmt: skip


def stageless(blank: int, closed: int, first: int) -> str:
    """What the import assumed for the new cases whose row gave no stage."""
    assumed = []
    if closed:
        assumed.append(f"{closed} with an end date {'was' if closed == 1 else 'were'} "
                       f"taken as Closed")  # fmt: skip
    if first:
        assumed.append(f"{first} without one start{'s' if first == 1 else ''} at "
                       f"{'its' if first == 1 else 'their'} law type's first stage")  # fmt: skip
    return (f"{counted(blank, 'row')} gave no stage: {' and '.join(assumed)} "
            f"('fieldwork case edit DB REF --stage ...' to change).")  # fmt: skip


@cases_group.command("list", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--area", help="Only this area ('6', 'Area 6' or its name).")
@click.option("--inspector", metavar="NAME", help="Only this inspector's cases.")
@click.option("--status", help="not-started, in-progress or complete.")
@click.option("--sampled", is_flag=True, help="Only sampled cases (and substitutes).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def cases_list_cmd(
    db: Path, area: str | None, inspector: str | None, status: str | None, sampled: bool,
    as_json: bool,
) -> None:  # fmt: skip
    """List cases: reference, area, law and case type, stage, status, sample, inspector,
    by their labels, as the workbench shows them (JSON: the codes, and each label)."""
    from store.models import STATUS_LABELS

    with opened(db) as store:
        fw = store.framework
        f = CaseFilter.model_validate({
            "area_code": values.area(store, area) if area else None,
            "inspector_id": store.find_inspector(inspector).id if inspector else None,
            "status": values.pick(status, [(k, [v]) for k, v in STATUS_LABELS.items()], "status")
            if status else None,
        })  # fmt: skip
        rows = store.case_rows(f, 0, store.count_cases(f) + 1)
        facts = {c.id: c for c in store.case_facts()}  # one read, not one a case
        samples = {k: c.sample for k, c in facts.items()}
        names = {p.id: p.name for p in store.inspectors()}
        siblings = store.siblings()
    items = [
        {"ref": r.ref, "area": r.area_code, "law_type": r.law_type, "case_type": r.case_type,
         "stage": r.stage, "age_band": facts[r.id].age_band, "status": r.status, "inspector": names.get(r.inspector_id or "", ""),
         "law_type_label": fw.law_type_label(r.law_type),
         "case_type_label": case_type_named(fw, r.case_type, facts[r.id].application),
         "application": facts[r.id].application or None, "stage_label": fw.stage_label(r.stage),
         "status_label": STATUS_LABELS.get(r.status, r.status),
         "sample": sample_code(samples[r.id]), "sample_label": SAMPLE_LABELS.get(samples[r.id], ""),
         "evidence": r.evidence_count, "graded": r.graded_count,
         "siblings": siblings.get(r.id, []),
         "conflict": r.conflict}
        for r in rows
        if not sampled or samples[r.id] in IN_SAMPLE
    ]  # fmt: skip
    if as_json:
        echo_json(items)
        return
    table = [
        [str(i["ref"]), str(i["area"]), str(i["law_type_label"]), str(i["case_type_label"]),
         str(i["stage_label"]), str(i["status_label"]), str(i["sample_label"]), str(i["inspector"])]
        for i in items
    ]  # fmt: skip
    if any(i["siblings"] for i in items):  # a family's cases: one file, read once
        for row, i in zip(table, items, strict=True):
            row.append(f"siblings {', '.join(i['siblings'])}" if i["siblings"] else "")  # type: ignore[arg-type]
    if table:  # one case a line, reference first (scripts read it so): no heading line
        for line in aligned(table, right=frozenset({1})):
            click.echo(line)
    click.echo(f"{counted(len(items), 'case')}.")


def aligned(rows: list[list[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """The rows as lines of columns two spaces apart, each column as wide as its widest
    value (measured in terminal cells, so a long case-type code or a name in another
    script never pushes the columns after it out of line); columns in `right` are
    aligned right; the last column is not padded.  Line breaks and tabs in a value are
    shown as spaces."""
    from rich.cells import cell_len

    cells = [[" ".join(v.split()) for v in row] for row in rows]
    widths = [max(cell_len(row[k]) for row in cells) for k in range(len(cells[0]))]
    out = []
    for row in cells:
        parts = []
        for k, value in enumerate(row):
            pad = " " * (widths[k] - cell_len(value)) if k < len(row) - 1 or k in right else ""
            parts.append(pad + value if k in right else value + pad)
        out.append("  ".join(parts))
    return out


@cases_group.command("join", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("keep", metavar="KEEP")
@click.argument("other", metavar="OTHER")
@AS_OPTION
@click.option("--renumbered", is_flag=True,
              help="OTHER is KEEP's child under a new case number, made by an earlier import.")  # fmt: skip
@version_option
def cases_join_cmd(db: Path, keep: str, other: str, as_name: str | None, renumbered: bool) -> None:
    """One child the case import made twice (a list with child IDs and one without them,
    imported before Fieldwork found a child across such lists): keep case KEEP, which
    takes OTHER's place in the sample and its protected names, and delete OTHER.  Refused,
    changing nothing, unless both are of one case number and OTHER holds no notes or
    grades ('cases import' names the pairs).  --renumbered: OTHER is KEEP's child under a
    new case number, made by an earlier import; both must list the same child's name, and
    later lists read the new number as KEEP."""
    with opened(db, as_name) as store:
        done = store.join_cases(keep, other, renumbered=renumbered)
    took = f"; {done.kept} takes its place in the sample" if done.took_sample else ""
    click.echo(f"Joined {done.deleted} to {done.kept}: {done.deleted} is deleted{took}; "
               f"{counted(done.names_moved, 'protected name')} moved.")  # fmt: skip


@cases_group.command("match", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(path_type=Path))
@click.option("--sampled", is_flag=True, help="Only the rows whose case is in the sample.")
@click.option("--sheet", metavar="NAME", help="Of an Excel workbook, the sheet to read.")
@click.option(
    "--map", "mapping", type=click.Path(path_type=Path), metavar="FILE",
    help="Your spellings and headings, as 'cases import --map' reads them.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def cases_match_cmd(
    db: Path, csv_file: Path, sampled: bool, sheet: str | None, mapping: Path | None,
    as_json: bool,
) -> None:  # fmt: skip
    """The organisation's case numbers in FILE.csv beside our references, areas and
    sample marks: to ask the organisation for the sampled case files.  Reads the list
    again and stores nothing; works where the list was imported (the master)."""
    with opened(db) as store:
        rows = store.match_case_list(csv_file, sheet, mapping)
        by_id = store.siblings()
        family = {c.ref: by_id.get(c.id, []) for c in store.case_facts()}
    if sampled:
        rows = [r for r in rows if r.sample in IN_SAMPLE]
    if as_json:
        # `siblings` as `cases list` gives it: the references of the child's brothers and
        # sisters (tester 21, F13: a count of 0 here read as a child alone); the place
        # among its case number's children without a child ID, `birth_order` of
        # `children_by_birth` (null where the row has a child ID or is alone).
        echo_json([{**r.model_dump(exclude={"sibling", "siblings"}),
                    "sample": sample_code(r.sample) if r.sample else r.sample,
                    "sample_label": SAMPLE_LABELS.get(r.sample or ""),
                    "siblings": family.get(r.ref or "", []),
                    "birth_order": r.sibling or None, "children_by_birth": r.siblings or None}
                   for r in rows])  # fmt: skip
        return
    for r in rows:
        label = SAMPLE_LABELS.get(r.sample or "", r.sample)
        where = f"{r.ref}  area {r.area}  {label}" if r.ref else "not in this file"
        child = f" (child {r.child_id})" if r.child_id else ""
        if r.siblings:
            child = f" (child {r.sibling} of {r.siblings} by date of birth, eldest first)"
        at = f"{r.sheet!r} row {r.line}" if r.sheet else f"line {r.line}"
        click.echo(f"{at}: {r.case_number}{child}: {where}")
    missing = sum(1 for r in rows if r.ref is None)
    click.echo(counted(len(rows), "row") + (f", {missing} not in this file." if missing else "."))


def _in_the_work(store: Store, refs: list[str]) -> dict[str, str]:
    """Of the cases a later list leaves out, those the fieldwork relies on: in the sample
    (once one is drawn) or held by someone; each with who holds it ("" for nobody)."""
    if not refs:
        return {}
    sampled = set(store.sampled_case_ids()) if store.samples() else set()
    out = {}
    for ref in refs:
        case = store.case_by_ref(ref)
        if case.id in sampled or case.inspector_id:
            out[ref] = store.display_name(case.inspector_id)
    return out
