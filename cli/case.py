"""`fieldwork case edit`: what the TUI changes on a case, headless."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import AS_OPTION, CONTEXT, DB, echo_json, fail, opened, version_option
from store.models import POLARITY_LABELS, STATUS_LABELS, CaseFile, counted
from store.store import Store

SEEN_ALONE = {"yes": ["yes", "y"], "no": ["no", "n"],
              "not-appropriate": ["not appropriate", "n/a"],
              "unknown": ["unknown", "not known"]}  # fmt: skip
SEEN_ALONE_SAID = {"not-appropriate": "not appropriate"}


def _stages_held(store: Store, case_id: str) -> set[str]:
    """Every stage the case has had, from its history (its import's among them)."""
    return {
        change.after
        for version in store.record_history("case", case_id)
        for change in version.changes
        if change.field == "stage"
    }


@click.group("case", context_settings=CONTEXT)
@version_option
def case_group() -> None:
    """One case: show it, or change its status, stage, whether the child was seen, and
    notes."""


@case_group.command("show", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def case_show_cmd(db: Path, ref: str, as_json: bool) -> None:
    """One case in words, a line each (read aloud well: no table, no colour): its area,
    law type, case type, stage, status, who holds it, whether the child was seen; its
    gradings; and its notes, newest first (read only)."""
    with opened(db) as store:
        case = store.case_by_ref(ref)
        fw = store.framework
        area = store.area(case.area_code) if case.area_code else None
        holder = store.inspector(case.inspector_id).name if case.inspector_id else "nobody yet"
        gradings = store.gradings_for_case(case.id)
        notes = sorted(store.evidence_for_case(case.id), key=lambda e: e.meta.updated_at,
                       reverse=True)  # fmt: skip
    if as_json:
        echo_json({
            "case": case.model_dump(mode="json"),
            "gradings": {c: g.grade for c, g in gradings.items()},
            "notes": [{"criteria": e.criteria, "polarity": e.polarity, "source": e.source,
                       "text": e.text} for e in notes],
        })  # fmt: skip
        return
    seen = {True: "yes", False: "no", None: "not recorded"}[case.child_seen]
    lines = [
        f"Case {case.ref}.",
        f"Area: {area.name if area else 'none'}" + (f" ({area.code})." if area else "."),
        f"Law type: {fw.law_type_label(case.law_type)}.",
        f"Case type: {fw.case_type_label(case.case_type)}.",
        f"Stage: {fw.stage_label(case.stage)}.",
        f"Status: {STATUS_LABELS[case.status]}.",
        f"Held by: {holder}.",
        f"Child seen: {seen}; seen alone: {SEEN_ALONE_SAID.get(case.seen_alone, case.seen_alone)}.",
        f"Grades: {len(gradings)} {'criterion' if len(gradings) == 1 else 'criteria'} graded"
        + ("." if not gradings else ":"),
    ]
    lines += [f"  {c}: {fw.grading_label(g.grade)}." for c, g in sorted(gradings.items())]
    lines.append(
        f"Notes: {counted(len(notes), 'note')}" + ("." if not notes else ", newest first:")
    )
    lines += [f"  {', '.join(e.criteria)}, {POLARITY_LABELS[e.polarity].lower()}, "
              f"{fw.source_label(e.source)}: {e.text}" for e in notes]  # fmt: skip
    click.echo("\n".join(lines))


@case_group.command("edit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("ref")
@click.option("--status", help="not-started, in-progress or complete.")
@click.option("--stage", help="A stage of the child's journey (code or label).")
@click.option("--seen", help="Was the child seen: yes or no.")
@click.option("--seen-alone", help="yes, no, not-appropriate or unknown.")
@click.option("--notes", help="The inspector's working notes (replaces them).")
@AS_OPTION
@version_option
def case_edit_cmd(
    db: Path, ref: str, status: str | None, stage: str | None, seen: str | None,
    seen_alone: str | None, notes: str | None, as_name: str | None,
) -> None:  # fmt: skip
    """Change a case's status, stage, child seen / seen alone, or notes."""
    if all(v is None for v in (status, stage, seen, seen_alone, notes)):
        fail("give --status, --stage, --seen, --seen-alone or --notes to change.")
    with opened(db, as_name) as store:
        case = store.case_by_ref(ref)
        data = case.model_dump(include=set(CaseFile.model_fields))
        if status is not None:
            data["status"] = values.pick(status, [(k, [v]) for k, v in STATUS_LABELS.items()],
                                         "status")  # fmt: skip
        if stage is not None:
            data["stage"] = values.stage(store.framework, stage)
            fits = store.framework.stages_for(data["law_type"])
            if data["stage"] not in {s.code for s in fits}:
                law = store.framework.law_type_label(data["law_type"]).lower()
                said = store.framework.stage_label(data["stage"])
                if data["stage"] not in _stages_held(store, case.id):
                    fail(f"'{said}' is not a stage of a {law} case; give one of: "
                         f"{'; '.join(s.label for s in fits)}.")  # fmt: skip
                # The case list gave it so (imported as given) and a slip changed it:
                # putting it back is no new misfit (tester 32).
                click.echo(f"note: '{said}' is not a stage of a {law} case; put back as the "
                           "case had it before.", err=True)  # fmt: skip
        if seen is not None:
            data["child_seen"] = values.pick(seen, [("yes", ["yes", "y", "true"]), ("no", ["no", "n", "false"])],
                                             "answer") == "yes"  # fmt: skip
        if seen_alone is not None:
            data["seen_alone"] = values.pick(seen_alone, list(SEEN_ALONE.items()), "answer")
        if notes is not None:
            data["notes"] = notes
        if data["child_seen"] is False and data["seen_alone"] == "yes":
            fail("a child who was not seen cannot have been seen alone; give --seen yes, or "
                 "--seen-alone no, not-appropriate or unknown.")  # fmt: skip
        if data["seen_alone"] == "yes" and data["child_seen"] is None:
            data["child_seen"] = (
                True  # seen alone is seen, as the case screen sets it (tester 32, F14)
            )
        store.put_case(CaseFile.model_validate(data), case.id)
        stage_label = store.framework.stage_label(data["stage"])
    # Said in the words the case screen uses, never the stored codes (tester 8).
    seen_text = {True: "yes", False: "no", None: "not recorded"}[data["child_seen"]]
    alone = SEEN_ALONE_SAID.get(data["seen_alone"], data["seen_alone"])
    click.echo(f"{case.ref}: {STATUS_LABELS[data['status']]}, stage {stage_label}, child seen "
               f"{seen_text}, seen alone {alone}.")  # fmt: skip
