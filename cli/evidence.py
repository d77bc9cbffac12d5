"""`fieldwork evidence add|edit|delete`: evidence, headless."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from cli.common import AS_OPTION, CONTEXT, DB, F, codes, fail, opened, version_option
from store.errors import InvalidInputError
from store.models import Evidence
from store.store import Store


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
        values["criteria"] = codes(opts["criteria"])
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
    with opened(db, as_name) as store:
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
    with opened(db, as_name) as store:
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
    with opened(db, as_name) as store:
        store.delete_evidence(evidence_id)
    click.echo(f"Deleted {evidence_id}.")
