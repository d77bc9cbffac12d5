"""Team workflow commands: cases import, sample, assign, issue, evidence, grade, judge,
merge, conflicts, resolve, dump.

Every change the TUI can make can be made here too, headless, so that a team can
script its work and tests can build histories without a terminal.  Failures are one
line on stderr and exit code 2 (`user_errors`), never a traceback.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from store.errors import InvalidInputError
from store.models import Evidence, Grading, Judgement
from store.store import Store
from tui.cli_common import CONTEXT, F, echo_json, version_option
from tui.launch import fail, opened

DB = click.Path(path_type=Path)
GRADES = ["outstanding", "good", "requires-improvement", "inadequate", "n/a", "insufficient"]


@contextmanager
def _opened(path: Path, as_name: str | None = None) -> Iterator[Store]:
    """Open DB (one-line errors, exit 2) and, with --as, work as that inspector."""
    with opened(path) as store:
        if as_name:
            store.set_me(store.find_inspector(as_name).id)
        yield store


AS_OPTION = click.option(
    "--as",
    "as_name",
    metavar="NAME",
    help="The inspector making the change (name or initials); default: whom DB is issued to.",
)


# cases import -------------------------------------------------------------------------


@click.group("cases", context_settings=CONTEXT)
@version_option
def cases_group() -> None:
    """The case list supplied by the inspected organisation."""


@cases_group.command("import", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(path_type=Path))
@click.option("--skip-bad", is_flag=True, help="Import the good rows even if some are bad.")
@AS_OPTION
@version_option
def cases_import_cmd(db: Path, csv_file: Path, skip_bad: bool, as_name: str | None) -> None:
    """Import FILE.csv into DB: each child gets a pseudonymous reference and an age band;
    names and dates of birth are not stored with the case.  Nothing is imported while
    any row is bad, unless --skip-bad."""
    with _opened(db, as_name) as store:
        report = store.import_cases(csv_file, skip_bad=skip_bad)
    for bad in report.bad:
        click.echo(f"{csv_file}: line {bad.line}: {bad.problem}", err=True)
    if not report.applied:
        fail(
            f"{len(report.bad)} bad rows in {csv_file}; nothing was imported: correct them "
            f"or pass --skip-bad."
        )
    skipped = f", {len(report.bad)} bad rows skipped" if report.bad else ""
    click.echo(
        f"Imported {report.imported} cases ({report.already_present} already present"
        f"{skipped}); {report.protected_names} names added to the protected list"
        + (f"; new areas {', '.join(report.areas_created)}" if report.areas_created else "")
        + "."
    )


# sample, assign, issue --------------------------------------------------------------------


def _codes(text: str | None) -> list[str] | None:
    return [c.strip() for c in text.split(",") if c.strip()] if text else None


@click.command("sample", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--areas", metavar="A,B", help="Areas to sample (default: the visited areas).")
@click.option("--per-area", default=10, show_default=True, type=click.IntRange(1, 10000))
@click.option("--seed", default=1, show_default=True, type=int, help="Same seed, same sample.")
@click.option("--min-per-stratum", default=1, show_default=True, type=click.IntRange(0, 1000))
@click.option("--substitute", metavar="REF", help="Replace this sampled case (needs --reason).")
@click.option("--reason", help="Why the case is substituted.")
@AS_OPTION
@version_option
def sample_cmd(
    db: Path,
    areas: str | None,
    per_area: int,
    seed: int,
    min_per_stratum: int,
    substitute: str | None,
    reason: str | None,
    as_name: str | None,
) -> None:
    """Draw a reproducible stratified random sample of cases per area (strata: law type
    and case type), recording the seed and method; or substitute one sampled case."""
    with _opened(db, as_name) as store:
        if substitute:
            case = store.case_by_ref(substitute)
            _, new_id = store.substitute(case.id, reason or "")
            click.echo(f"{case.ref} replaced by {store.case(new_id).ref} ({reason}).")
            return
        report = store.draw_sample(
            areas=_codes(areas), per_area=per_area, seed=seed, min_per_stratum=min_per_stratum
        )
        for code, ids in report.areas.items():
            refs = ", ".join(sorted(store.case(i).ref for i in ids))
            strata = ", ".join(f"{k} {v}" for k, v in report.strata[code].items())
            click.echo(f"Area {code}: {len(ids)} cases ({strata}): {refs}")
        click.echo(f"Sample {report.sample_id} recorded with seed {seed}.")


@click.command("assign", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--inspector", required=True, metavar="NAME", help="Who gets the cases.")
@click.option("--area", metavar="CODE", help="Every sampled case in this area.")
@click.option("--case", "refs", multiple=True, metavar="REF", help="A case (repeatable).")
@AS_OPTION
@version_option
def assign_cmd(
    db: Path, inspector: str, area: str | None, refs: tuple[str, ...], as_name: str | None
) -> None:
    """Assign cases to an inspector, by area or by reference."""
    if bool(area) == bool(refs):
        fail("give either --area CODE or one or more --case REF.")
    with _opened(db, as_name) as store:
        person = store.find_inspector(inspector)
        if area:
            store.area(area)
            from store.models import CaseFilter

            rows = store.case_rows(CaseFilter(area_code=area), limit=100000)
            ids = [r.id for r in rows]
        else:
            ids = [store.case_by_ref(r).id for r in refs]
        changed = store.assign_cases(person.id, ids)
    click.echo(f"Assigned {changed} cases to {person.name} ({len(ids) - changed} already theirs).")


@click.command("issue", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--inspector", required=True, metavar="NAME", help="Whom the database is for.")
@click.option("-o", "--output", required=True, type=DB, help="The new database file.")
@version_option
def issue_cmd(db: Path, inspector: str, output: Path) -> None:
    """Write a database for one inspector: the same inspection, framework and everything
    recorded so far, with its own identity, issued to them."""
    with _opened(db) as store:
        person = store.find_inspector(inspector)
        store.issue(output, person.id)
    click.echo(f"Issued {output} to {person.name}.")


# evidence, grade, judge -----------------------------------------------------------------


def _evidence_options(f: F) -> F:
    options = [
        click.option("--case", "case_ref", metavar="REF", help="The case the evidence is about."),
        click.option("--area", metavar="CODE", help="The area, for evidence not about one case."),
        click.option("--criteria", metavar="ID[,ID]", help="Criteria the evidence informs."),
        click.option("--source", metavar="CODE", help="Evidence source code."),
        click.option("--polarity", type=click.Choice(["strength", "development", "neutral"])),
        click.option("--text", help="What was read, seen or heard."),
        click.option("--quote", help="The child's own words."),
        click.option("--safeguarding", metavar="NOTE", help="A concern to escalate."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@click.group("evidence", context_settings=CONTEXT)
@version_option
def evidence_group() -> None:
    """Add, edit or delete evidence headless."""


def _evidence_values(store: Store, base: dict[str, Any], opts: dict[str, Any]) -> Evidence:
    values = dict(base)
    if opts.get("case_ref"):
        values["case_id"] = store.case_by_ref(opts["case_ref"]).id
        values["area_code"] = None
    if opts.get("area"):
        values["area_code"] = store.area(opts["area"]).code
        if not opts.get("case_ref"):
            values["case_id"] = None
    if opts.get("criteria"):
        values["criteria"] = _codes(opts["criteria"])
    for key in ("source", "polarity", "text"):
        if opts.get(key) is not None:
            values[key] = opts[key]
    if opts.get("quote") is not None:
        values["child_words"] = opts["quote"]
    if opts.get("safeguarding") is not None:
        values["safeguarding"] = opts["safeguarding"]
        if opts["safeguarding"].strip() and values.get("escalation", "none") == "none":
            values["escalation"] = "needs-escalation"
    try:
        return Evidence.model_validate(values)
    except ValueError as exc:
        first = str(exc).splitlines()
        raise InvalidInputError(f"The evidence is incomplete: {' '.join(first[:3])}") from None


@evidence_group.command("add", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@_evidence_options
@version_option
def evidence_add_cmd(db: Path, as_name: str | None, **opts: Any) -> None:
    """Record evidence; prints the new evidence id."""
    if not opts.get("case_ref") and not opts.get("area"):
        fail("give --case REF or --area CODE.")
    for required in ("criteria", "source", "text"):
        if not opts.get(required):
            fail(f"--{required} is required.")
    with _opened(db, as_name) as store:
        ev = _evidence_values(store, {"polarity": "neutral"}, opts)
        new_id = store.put_evidence(ev)
    click.echo(new_id)


@evidence_group.command("edit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("evidence_id", metavar="ID")
@AS_OPTION
@_evidence_options
@version_option
def evidence_edit_cmd(db: Path, evidence_id: str, as_name: str | None, **opts: Any) -> None:
    """Change the given fields of evidence ID."""
    with _opened(db, as_name) as store:
        current = store.evidence(evidence_id)
        base = current.model_dump(include=set(Evidence.model_fields))
        store.put_evidence(_evidence_values(store, base, opts), evidence_id)
    click.echo(evidence_id)


@evidence_group.command("delete", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("evidence_id", metavar="ID")
@AS_OPTION
@version_option
def evidence_delete_cmd(db: Path, evidence_id: str, as_name: str | None) -> None:
    """Delete evidence ID (the deletion travels to other files like any edit)."""
    with _opened(db, as_name) as store:
        store.delete_evidence(evidence_id)
    click.echo(f"Deleted {evidence_id}.")


@click.command("grade", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@click.option("--case", "case_ref", required=True, metavar="REF")
@click.option("--criterion", required=True, metavar="ID")
@click.option("--grade", required=True, type=click.Choice(GRADES))
@click.option("--rationale", default="", help="Why.")
@version_option
def grade_cmd(
    db: Path, as_name: str | None, case_ref: str, criterion: str, grade: str, rationale: str
) -> None:
    """Grade one case against one criterion (prints the grading's id)."""
    with _opened(db, as_name) as store:
        case = store.case_by_ref(case_ref)
        rid = store.set_grading(
            Grading(case_id=case.id, criterion_id=criterion, grade=grade, rationale=rationale)
        )
    click.echo(rid)


@click.command("judge", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@click.option("--judgement", "judgement_id", required=True, metavar="ID")
@click.option("--area", metavar="CODE", help="For a judgement made per area.")
@click.option("--grade", required=True, metavar="G", help="outstanding, good, ...")
@click.option("--rationale", required=True)
@version_option
def judge_cmd(
    db: Path, as_name: str | None, judgement_id: str, area: str | None, grade: str, rationale: str
) -> None:
    """Record a judgement, national or for one area (prints its id)."""
    with _opened(db, as_name) as store:
        rid = store.set_judgement(
            Judgement(judgement_id=judgement_id, area_code=area, grade=grade, rationale=rationale)
        )
    click.echo(rid)


# merge, conflicts, resolve, dump --------------------------------------------------------


@click.command("merge", context_settings=CONTEXT)
@click.argument("target", type=DB)
@click.argument("sources", nargs=-1, required=True, type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@version_option
def merge_cmd(target: Path, sources: tuple[Path, ...], as_json: bool) -> None:
    """Merge SOURCE databases into TARGET: the inspectors' files into the master, or the
    master back into an inspector's file.  A copy of TARGET is kept beside it first."""
    started = time.monotonic()
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None and time.monotonic() - started > 0.5 and sys.stderr.isatty():
            bar = click.progressbar(length=total, label="Merging", file=sys.stderr)
            bar.__enter__()
            bar.update(done)
        elif bar is not None:
            bar.update(1)

    with _opened(target) as store:
        try:
            reports, backup = store.merge(list(sources), progress=progress)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
        open_conflicts = len(store.conflicts())
    if as_json:
        echo_json(
            {
                "target": str(target),
                "backup": str(backup) if backup else None,
                "sources": [r.model_dump() for r in reports],
                "open_conflicts": open_conflicts,
            }
        )
        return
    for r in reports:
        click.echo(r.summary())
    click.echo(f"A copy of {target} from before the merge is at {backup}.")
    if open_conflicts:
        click.echo(f"{open_conflicts} open conflicts: see 'fieldwork conflicts {target}'.")


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 70 else text[:67] + "..."


@click.command("conflicts", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def conflicts_cmd(db: Path, as_json: bool) -> None:
    """List records whose versions disagree, with each side's values and author."""
    with _opened(db) as store:
        found = store.conflicts()
    if as_json:
        echo_json([c.model_dump() for c in found])
        return
    if not found:
        click.echo("No conflicts.")
        return
    for c in found:
        click.echo(f"{c.record_id}  {c.label}")
        click.echo(f"  differs in: {', '.join(c.fields)}")
        for s in c.sides:
            shown = " (shown now)" if s.winner else ""
            click.echo(f"  - version {s.version_id} by {s.author_name}, {s.at}{shown}")
            if s.deleted:
                click.echo("      deleted")
            for k in c.fields:
                if k in s.values:
                    click.echo(f"      {k}: {_short(s.values[k])}")
    click.echo(
        f"{len(found)} conflicts; settle one with "
        f"'fieldwork resolve {db} RECORD_ID --take VERSION_ID' (or --edit)."
    )


@click.command("resolve", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("record_id")
@click.option("--take", "take", metavar="VERSION_ID", help="Keep this side.")
@click.option("--edit", is_flag=True, help="Edit the values in $EDITOR and keep the result.")
@AS_OPTION
@version_option
def resolve_cmd(
    db: Path, record_id: str, take: str | None, edit: bool, as_name: str | None
) -> None:
    """Settle one conflict; the resolution travels to other files like any edit."""
    if bool(take) == edit:
        fail("give either --take VERSION_ID or --edit.")
    with _opened(db, as_name) as store:
        if take:
            vid = store.resolve(record_id, take=take)
        else:
            c = store.conflict(record_id)
            if c is None:
                fail(f"record {record_id} is not in conflict; edit it in the usual way.")
            shown = next(s for s in c.sides if s.winner)
            text = click.edit(
                json.dumps(shown.values, indent=2, ensure_ascii=False) + "\n", extension=".json"
            )
            if text is None:
                fail("the editor was closed without saving; nothing was resolved.")
            try:
                values = json.loads(text)
            except json.JSONDecodeError as exc:
                fail(f"the edited text is not JSON ({exc.msg}, line {exc.lineno}); not resolved.")
            vid = store.resolve(record_id, values=values)
    click.echo(f"Resolved {record_id} (version {vid}).")


@click.command("dump", context_settings=CONTEXT)
@click.argument("db", type=DB)
@version_option
def dump_cmd(db: Path) -> None:
    """Print the inspection's content as canonical JSON; two databases with the same
    content print the same bytes."""
    with _opened(db) as store:
        text = store.dump()
    click.echo(text, nl=False)


def register(cli: click.Group) -> None:
    """Add the team workflow commands to the `fieldwork` group."""
    for command in (
        cases_group, sample_cmd, assign_cmd, issue_cmd, evidence_group, grade_cmd, judge_cmd,
        merge_cmd, conflicts_cmd, resolve_cmd, dump_cmd,
    ):  # fmt: skip
        cli.add_command(command)
