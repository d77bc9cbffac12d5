"""`fieldwork identify`: the identifiability check's hits and the lead's per-hit
decisions; `fieldwork redact`: erase a record's text from every copy.

`fieldwork check DB` lists every hit with a short id; `identify accept DB HIT_ID
--reason TEXT` marks that one hit as identifying nobody, so it stops no export while
every other hit still does.  The decision is an ordinary record: it keeps who, when and
why, and travels through merges like any edit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from cli.common import (
    AS_OPTION,
    CONTEXT,
    DB,
    echo_json,
    fail,
    opened,
    refuse_naming_reason,
    version_option,
)

if TYPE_CHECKING:
    from exporters.identify.hits import Hit


@click.group("identify", context_settings=CONTEXT)
@version_option
def identify_group() -> None:
    """The identifiability check: list its hits, accept one hit with a reason, list or
    withdraw decisions."""


@identify_group.command("hits", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def hits_cmd(db: Path, as_json: bool) -> None:
    """Every identifying detail in DB (all free text at rest and the whole draft), each
    with its hit id; hits a lead has accepted are marked."""
    from exporters.export import hits_and_reach
    from exporters.identify.decisions import Decisions, hit_id
    from exporters.identify.reach import SAID, tally
    from store.models import counted

    with opened(db) as store:
        decisions = Decisions.from_store(store)
        # A decision's reason may name the detail it accepts, which passes there: not
        # listed as a hit of its own (tester 28: "name 'Rpt' in the reason", with advice
        # to revoke and accept again).
        found = [
            (h, r)
            for h, r in hits_and_reach(store)
            if not (h.where.startswith("decision ") and decisions.accepted(h))
        ]
        iid = store.inspection_id
    rows = [
        {"hit_id": hit_id(iid, h), "kind": h.kind, "text": h.text, "note": h.note,
         "where": h.where, "field": h.field, "record_ids": list(h.evidence_ids),
         "accepted": decisions.accepted(h), "stops": "none" if decisions.accepted(h) else r}
        for h, r in found
    ]  # fmt: skip
    if as_json:
        echo_json(rows)
        return
    for (h, r), row in zip(found, rows, strict=True):
        mark = " (accepted)" if row["accepted"] else f" ({SAID[r]})"
        click.echo(f"[hit {row['hit_id']}]{mark} {h.message()}{_in_a_reason(h, db)}")
    stopping = [r for (_h, r), row in zip(found, rows, strict=True) if not row["accepted"]]
    accepted = len(rows) - len(stopping)
    tail = f"; {accepted} accepted" if accepted else ""
    click.echo(f"{counted(len(rows), 'hit')}: {tally(stopping)}{tail}.")


def _in_a_reason(h: Hit, db: Path) -> str:
    """How to clear a hit in a decision's own reason (tester 23, F10: a reason kept
    before such reasons were refused named the word it accepted)."""
    if not (h.where.startswith("decision ") and h.evidence_ids):
        return ""
    return (f"; to clear it: 'fieldwork identify revoke {db} {h.evidence_ids[0]}', then accept "
            f"the hit again with a reason that names no one.")  # fmt: skip


@identify_group.command("accept", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("hit")
@click.option("--reason", required=True, metavar="TEXT", help="Why it identifies nobody.")
@AS_OPTION
@version_option
def accept_cmd(db: Path, hit: str, reason: str, as_name: str | None) -> None:
    """Mark one hit (its id from 'fieldwork check' or 'identify hits') as identifying
    nobody: that detail passes from now on, every other hit still stops an export.  A
    protected person's name passes in the record it was accepted in only."""
    from exporters.export import all_hits, scanner_for
    from exporters.identify.decisions import SCOPED, decision_digest, hit_id
    from exporters.identify.listing import reason_names

    with opened(db, as_name, lead="decide on identifiability hits") as store:
        iid = store.inspection_id
        found = [h for h in all_hits(store) if hit_id(iid, h) == hit.strip().lower()]
        if not found:
            fail(f"no current hit has the id {hit}; 'fieldwork identify hits {db}' lists them.")
        target = found[0]
        # The accepted detail itself may be named in the reason, where the decision
        # passes it everywhere; nothing else may (`listing.reason_names`).
        if named := reason_names(scanner_for(store), reason, target):
            fail(named)
        did = store.decide_hit(target.kind, decision_digest(iid, target), reason)
    records = len(target.evidence_ids)
    here = ("the draft's own wording" if not records else
            "this record" if records == 1 else f"these {records} records")  # fmt: skip
    where = (
        f" in {here} only (a protected person's name: it still stops an export "
        "wherever else it is written)"
        if target.kind in SCOPED
        else ""
    )
    click.echo(f"Accepted hit {hit} ({target.kind} ‘{target.text}’){where}: decision {did}.")


@identify_group.command("decisions", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def decisions_cmd(db: Path, as_json: bool) -> None:
    """The standing decisions (who, when, why; never the text), the exports written
    despite hits (--allow-identifying) and the redactions."""
    with opened(db) as store:
        names = {i.id: i.name for i in store.inspectors()}
        decisions = [
            {"id": d.id, "kind": d.hit_kind, "reason": d.reason,
             "by": names.get(d.meta.updated_by, d.meta.updated_by), "at": d.meta.updated_at}
            for d in store.identify_decisions()
        ]  # fmt: skip
        overrides = [
            {"export": o.export, "hits": o.hits, "kinds": ", ".join(o.kinds),
             "by": names.get(o.meta.created_by, o.meta.created_by), "at": o.meta.created_at}
            for o in store.identify_overrides()
        ]  # fmt: skip
        redactions = [
            {"id": r.id, "kind": r.target_kind, "record_id": r.target_id, "reason": r.reason,
             "by": names.get(r.meta.created_by, r.meta.created_by), "at": r.meta.created_at}
            for r in store.redactions()
        ]  # fmt: skip
    if as_json:
        echo_json({"decisions": decisions, "overrides": overrides, "redactions": redactions})
        return
    click.echo(f"{len(decisions)} decisions:")
    for d in decisions:
        click.echo(f"  {d['id']}  {d['kind']}  by {d['by']} at {d['at']}: {d['reason']}")
    click.echo(f"{len(overrides)} exports written despite identifying details:")
    for o in overrides:
        click.echo(f"  {o['export']}: {o['hits']} hits ({o['kinds']}) "
                   f"by {o['by']} at {o['at']}")  # fmt: skip
    click.echo(f"{len(redactions)} redactions:")
    for r in redactions:
        click.echo(f"  {r['kind']} {r['record_id']} by {r['by']} at {r['at']}: {r['reason']}")


@identify_group.command("revoke", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("decision_id")
@AS_OPTION
@version_option
def revoke_cmd(db: Path, decision_id: str, as_name: str | None) -> None:
    """Withdraw a decision: its hit stops exports again."""
    with opened(db, as_name, lead="decide on identifiability hits") as store:
        store.revoke_decision(decision_id)
    click.echo(f"Withdrew decision {decision_id}.")


@click.command("redact", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("record_id", required=False)
@click.option("--reason", required=True, metavar="TEXT", help="Why (kept; the text is not).")
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="NAME",
    help="The free text to erase: text, quote (the child's words), safeguarding, "
    "escalation-note, notes (a case's) or rationale; repeat for more, or 'all'.  Left "
    "out: the fields where the check finds an identifying detail now (with "
    "--keep-current: in any version).",
)
@click.option(
    "--keep-current", is_flag=True,
    help="Erase only the earlier versions and keep the current wording, after it was "
    "corrected ('fieldwork evidence edit'); refused while it still holds an identifying "
    "detail.",
)  # fmt: skip
@click.option(
    "--all-corrected", "all_corrected", is_flag=True,
    help="Instead of one record: every record 'fieldwork check' names as corrected while "
    "its earlier versions still hold identifying details (and deleted records whose "
    "history does), erased from those versions, each current wording kept, in one go.",
)  # fmt: skip
@AS_OPTION
@version_option
def redact_cmd(
    db: Path,
    record_id: str | None,
    reason: str,
    fields: tuple[str, ...],
    keep_current: bool,
    all_corrected: bool,
    as_name: str | None,
) -> None:
    """Erase free text of one record (evidence, case notes, a rationale) from its whole
    history in DB and from the merge backups beside it: the fields that hold an
    identifying detail, or those named with --field; its other fields keep their
    words.  The redaction travels with merges: every copy that receives it erases the
    same fields (and its backups'), and an older copy merged later cannot bring them
    back."""
    from exporters.export import scanner_for
    from exporters.identify import erasing
    from store.redaction import REDACTABLE

    if all_corrected:
        if record_id or fields or keep_current:
            fail("give either RECORD_ID or --all-corrected, not both (--all-corrected "
                 "erases what 'fieldwork check' lists, keeping each current wording).")  # fmt: skip
        from cli.redact_all import redact_all_corrected

        redact_all_corrected(db, reason, as_name)
        return
    if not record_id:
        fail("give the RECORD_ID to redact, or --all-corrected for every record "
             "'fieldwork check' names.")  # fmt: skip
    with opened(db, as_name, lead="redact text") as store:
        scanner = scanner_for(store)
        refuse_naming_reason(scanner, reason)
        kind = store.record_kind(record_id)
        if kind not in REDACTABLE:
            fail(f"a {kind} holds no free text to redact; give the id of evidence, a case, "
                 "a grading or a judgement.")  # fmt: skip
        columns = erasing.asked_fields(kind, fields) if fields else None
        if keep_current:
            erasing.refuse_if_current_identifies(store, scanner, kind, record_id, columns)
            if columns is None:
                columns = erasing.fields_with_hits_before(store, scanner, kind, record_id)
                if not columns:
                    fail(f"no version of {kind} {record_id} holds an identifying detail "
                         "the check finds; name the field to erase from its earlier "
                         f"versions with --field ({erasing.field_names(kind)} or all).")  # fmt: skip
        elif not fields:
            columns = erasing.fields_with_hits(store, scanner, record_id)
            if not columns and not erasing.present_fields(store, record_id):
                # A deleted record holds words only in its history (tester 30, F15).
                columns = erasing.fields_with_hits_before(store, scanner, kind, record_id)
            if not columns:
                fail(f"no field of {kind} {record_id} holds an identifying detail the check "
                     f"finds; name the one to erase with --field ({erasing.field_names(kind)} "
                     "or all).")  # fmt: skip
        present = erasing.present_fields(store, record_id)
        rid = store.redact(kind, record_id, reason, fields=columns, keep_current=keep_current)
        done = columns or REDACTABLE[kind]
        said = erasing.redacted_sentence(kind, record_id, done, present, keep_current)
        hint = "" if keep_current else erasing.rewrite_hint(store, str(db), kind, record_id, done)
        backups = store.backup_scrub.sentence() if store.backup_scrub else ""
    click.echo(f"{said[:-1]} (redaction {rid}).")
    if hint:
        click.echo(f"To write {erasing.field_words(kind, done)} again: {hint}")
    if backups:
        click.echo(backups)
