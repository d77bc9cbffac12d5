"""`fieldwork redact DB --all-corrected --reason TEXT`: every record `fieldwork check`
names as corrected while its earlier versions still hold identifying details, erased
from those versions in one transaction (tester 32: after rewording what the scanner
found, `check` listed 28 notes, each with a command of its own)."""

from __future__ import annotations

from pathlib import Path

import click

from cli.check import earlier_problems
from cli.common import opened, refuse_naming_reason
from store.models import counted


def redact_all_corrected(db: Path, reason: str, as_name: str | None) -> None:
    """Erase, from every record `check` lists, the fields whose earlier versions hold an
    identifying detail; a live record keeps its current wording, a deleted one's
    history loses the words.  Refused, erasing nothing, where a reason names anyone."""
    from exporters.export import scanner_for
    from exporters.identify import erasing

    with opened(db, as_name, lead="redact text") as store:
        scanner = scanner_for(store)
        refuse_naming_reason(scanner, reason)
        problems = earlier_problems(store, db)
        if not problems:
            click.echo(f"No record in {db} holds in its history an identifying detail its "
                       "current wording does not; nothing was erased.")  # fmt: skip
            return
        live = {t.record_id for t in store.free_texts()}
        items = []
        for problem in problems:
            rid = str(problem["record_id"])
            kind = store.record_kind(rid)
            columns = erasing.fields_with_hits_before(store, scanner, kind, rid)
            items.append((kind, rid, columns, rid in live))
        store.redact_many(items, reason)
        backups = store.backup_scrub.sentence() if store.backup_scrub else ""
    kept = sum(1 for *_, keep in items if keep)
    click.echo(
        f"Erased identifying details from the earlier versions of "
        f"{counted(len(items), 'record')} ({kept} kept {'its' if kept == 1 else 'their'} "
        f"current wording; {len(items) - kept} deleted), in every file they merge with."
    )
    if backups:
        click.echo(backups)
