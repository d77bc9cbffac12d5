"""`fieldwork check`: schema version, integrity, counts and problems in a database,
including the identifying details a whole-report export would stop on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from cli.common import CONTEXT, DB, echo_json, opened, version_option
from store.models import counted
from store.store import Store


def identifying_problems(store: Store) -> list[dict[str, Any]]:
    """Identifying details anywhere in the file (every free-text field at rest, and
    what only the whole draft shows), as check problems; hits a lead has accepted
    ('fieldwork identify accept') are left out."""
    from exporters.export import all_hits
    from exporters.identify.decisions import Decisions, hit_id

    decisions = Decisions.from_store(store)
    return [
        {
            "kind": f"identifying-{h.kind}",
            "message": f"Identifying detail [hit {hit_id(store.inspection_id, h)}]: {h.message()}.",
            "hit_id": hit_id(store.inspection_id, h),
            "record_id": h.evidence_ids[0] if h.evidence_ids else None,
            "evidence_ids": list(h.evidence_ids),
            "field": h.field,
            "text": h.text,
        }
        for h in decisions.split(all_hits(store)).stopping
    ]


def earlier_problems(store: Store, db: Path) -> list[dict[str, Any]]:
    """Identifying details a correction took out of a record's current wording that
    its earlier versions still hold, one problem per record with the `redact` command
    that erases them (tester 29, F10: the master was called clean while nine corrected
    notes still held names, a school and a date of birth in their history)."""
    from exporters.export import scanner_for
    from exporters.identify.advice import kind_words
    from exporters.identify.erasing import field_options

    scanner = scanner_for(store)
    now = {(t.record_id, t.field): t.text for t in store.free_texts()}
    held: dict[tuple[str, str], dict[str, list[str]]] = {}
    for t in store.earlier_free_texts():
        current = now.get((t.record_id, t.field), "").casefold()
        for f in scanner.find(t.text):
            said = t.text[f.start : f.end]
            if said.casefold() in current:
                continue  # still in the current wording: reported as a hit of its own
            fields = held.setdefault((t.kind, t.record_id), {})
            details = fields.setdefault(t.field, [])
            detail = f"{kind_words(f.kind)} ‘{said}’"
            if detail not in details:
                details.append(detail)
    out = []
    where, file = ("erase them with", str(db)) if store.holder_may_decide() else (
        "ask the lead to erase them with", "MASTER")  # fmt: skip
    live = {rid for rid, _ in now}
    for (kind, rid), fields in held.items():
        listed = "; ".join(d for ds in fields.values() for d in ds)
        options = field_options(fields)
        what = (f"The earlier versions of {kind} {rid} still hold {listed}, which its current "
                "wording no longer does") if rid in live else (
                f"{kind.capitalize()} {rid} was deleted, and its history still holds {listed}")  # fmt: skip
        out.append({
            "kind": "identifying-history",
            "message": (
                f"{what}: {where} 'fieldwork redact {file} {rid} {options}"
                f'{" --keep-current" if rid in live else ""} --reason "..."\' (in every file '
                "it merges with)."
            ),
            "record_id": rid,
            "fields": list(fields),
        })  # fmt: skip
    return out


@click.command("check", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--copies-merged",
    is_flag=True,
    help="Say that every copy of a file used in two places has been merged into DB and "
    "only one copy is used from now on (recorded in DB only); check then reports those "
    "copies as settled, until a change number is made twice again.",
)
@version_option
def check_cmd(db: Path, as_json: bool, copies_merged: bool) -> None:
    """Report schema version, integrity, counts and problems in DB, and the problems
    found before that are settled.

    Exits 0 when the file is sound, 1 when problems were found."""
    with opened(db) as store:
        if copies_merged:
            whose = store.settle_copies()
            said = (
                f"Marked settled: {'; '.join(whose)} (used in two places); check reports it "
                f"again if a change number is made twice again (a copy still in use)."
                if whose
                else "No file was used in two places; nothing to mark."
            )
            click.echo(said, err=as_json)
        report = store.check()
        extra = identifying_problems(store) + earlier_problems(store, db)
    problems = [p.model_dump() for p in report.problems] + extra
    ok = report.integrity == "ok" and not problems
    if as_json:
        echo_json({**report.model_dump(), "problems": problems, "ok": ok})
    else:
        click.echo(f"{report.path}: schema {report.schema_version}, Fieldwork {report.app_version}")
        click.echo(f"integrity: {report.integrity}")
        click.echo("counts: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
        if problems:
            click.echo(f"{counted(len(problems), 'problem')}:")
            for p in problems:
                click.echo(f"  - {p['message']}")
        else:
            click.echo("no problems found")
        if report.settled:
            click.echo(f"{len(report.settled)} settled before:")
            for note in report.settled:
                click.echo(f"  - {note}")
    sys.exit(0 if ok else 1)
