"""`fieldwork evidence add|edit|delete`: evidence, headless."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

import click

from cli import values as vals
from cli.cases import aligned
from cli.common import (
    AS_OPTION,
    CONTEXT,
    DB,
    F,
    echo_json,
    fail,
    opened,
    said_in_words,
    status_hint,
    version_option,
    warn_saved,
)
from store.errors import InvalidInputError
from store.models import POLARITY_LABELS, Evidence, counted
from store.store import Store


def _evidence_options(f: F) -> F:
    options = [
        click.option("--case", "case_ref", metavar="REF", help="The case the evidence is about."),
        click.option("--area", metavar="CODE", help="The area, for evidence not about one case."),
        click.option("--national", is_flag=True, help="About the national organisation."),
        click.option("--criteria", metavar="ID[,ID]",
                     help="Criteria the evidence informs (required for evidence add: a note "
                          "counts towards a judgement only through its criteria; 'fieldwork "
                          "framework show' lists their ids)."),
        click.option("--source", metavar="CODE",
                     help="Evidence source code (required for evidence add)."),
        click.option(
            "--polarity", "--finding", "polarity", metavar="FINDING",
            help="What the note shows (the editor's Finding): strength, development (an "
                 "area for development) or neutral, as the editor labels them too "
                 "(required for evidence add: nothing is chosen for you).",
        ),
        click.option("--text", help="What was read, seen or heard (required for evidence add)."),
        click.option("--quote", help="The child's own words."),
        click.option("--safeguarding", metavar="NOTE",
                     help="A concern to escalate (\"\" clears it, and its escalation)."),
        click.option("--escalated/--not-escalated", "escalated", default=None,
                     help="Mark the concern as escalated to senior managers, or not yet."),
        click.option("--escalation-note", metavar="TEXT",
                     help="To whom and when the concern was escalated."),
    ]  # fmt: skip
    for option in reversed(options):
        f = option(f)
    return f


@click.group("evidence", context_settings=CONTEXT)
@version_option
def evidence_group() -> None:
    """Add, edit, delete, restore or list evidence headless."""


def _evidence_values(store: Store, base: dict[str, Any], opts: dict[str, Any]) -> Evidence:
    fw = store.framework
    values = dict(base)
    if sum(bool(opts.get(k)) for k in ("case_ref", "area", "national")) > 1:
        fail("give one of --case REF, --area CODE or --national.")
    if opts.get("case_ref"):
        values["case_id"] = store.case_by_ref(opts["case_ref"]).id
        values["area_code"] = None
    if opts.get("area"):
        values["area_code"] = vals.area(store, opts["area"])
        values["case_id"] = None
    if opts.get("national"):
        values["case_id"] = values["area_code"] = None
    if opts.get("criteria"):
        values["criteria"] = vals.criteria(fw, opts["criteria"])
    if opts.get("source") is not None:
        values["source"] = vals.source(fw, opts["source"])
    if opts.get("polarity") is not None:
        values["polarity"] = vals.polarity(opts["polarity"])
    if opts.get("text") is not None:
        values["text"] = opts["text"]
    if not str(values.get("text", "")).strip():
        raise InvalidInputError("The text is blank; write what was read, seen or heard (--text).")
    if opts.get("quote") is not None:
        values["child_words"] = opts["quote"].strip()
    # As the editor saves it: the child's-words flag is whether the note holds them.
    values["child_words_flag"] = bool(str(values.get("child_words") or "").strip())
    _escalation(values, opts)
    try:
        return Evidence.model_validate(values)
    except ValueError as exc:
        first = str(exc).splitlines()
        raise InvalidInputError(f"The evidence is incomplete: {' '.join(first[:3])}") from None


def _escalation(values: dict[str, Any], opts: dict[str, Any]) -> None:
    """The concern and its escalation as the editor sets them: a concern needs
    escalating until it is marked escalated (with a note of to whom and when); no
    concern, no escalation."""
    if opts.get("safeguarding") is not None:
        values["safeguarding"] = opts["safeguarding"].strip()
    given = opts.get("safeguarding")
    concern = bool(str(values.get("safeguarding", "")).strip()) or (
        given is None and values.get("escalation", "none") != "none"
    )
    # "Not escalated" with no concern says what is so (a spreadsheet's "no" in the
    # escalated column of a row with no concern: tester 34, F2); "escalated", or a note
    # of the escalation, with none is a contradiction.
    wants = bool(opts.get("escalated")) or bool((opts.get("escalation_note") or "").strip())
    if not concern:
        if wants:
            raise InvalidInputError(
                "The evidence holds no safeguarding concern to escalate; give the concern "
                "with --safeguarding NOTE."
            )
        values["escalation"], values["escalation_note"] = "none", ""
        return
    if opts.get("escalated") is not None:
        values["escalation"] = "escalated" if opts["escalated"] else "needs-escalation"
    elif values.get("escalation", "none") == "none":
        values["escalation"] = "needs-escalation"
    if opts.get("escalation_note") is not None:
        values["escalation_note"] = opts["escalation_note"].strip()


def _identify_warning(store: Store, ev: Evidence, scanner: Any = None) -> list[str]:
    """What the editor would warn about in the saved evidence's free text: its one-line
    warning, then one line per detail with what to do ([] for none).  `scanner`: one
    already built for the store (a file of notes checks every note with one)."""
    from exporters.identify.advice import warning_lines

    return warning_lines(_hits(store, ev, scanner))


def _too_young(store: Store, ev: Evidence) -> list[str]:
    """A line when the saved note holds words of a child too young to be quoted."""
    if not ev.case_id or not (ev.child_words or "").strip():
        return []
    from exporters.quoting import too_young_note

    note = too_young_note(store.case(ev.case_id).age_band)
    return [f"Saved; note: {note[0].lower()}{note[1:]}"] if note else []


def _removed_details(store: Store, db: Path, evidence_id: str, was: Evidence,
                     now: list[Any]) -> list[str]:  # fmt: skip
    """After an edit that took identifying details out of a note (`now`: the hits in
    its new text): that its earlier version still holds them, and how to erase them
    ([] when none was taken out)."""
    from exporters.identify.advice import kind_words

    kept = {(h.kind, h.text.casefold()) for h in now}
    gone_hits = [h for h in _hits(store, was) if (h.kind, h.text.casefold()) not in kept]
    gone = dict.fromkeys(f"{kind_words(h.kind)} ‘{h.text}’" for h in gone_hits)
    if not gone:
        return []
    option = {"text": "text", "child's words": "quote", "safeguarding note": "safeguarding"}
    names = [option[f] for f in option if any(h.field == f for h in gone_hits)]
    said = " and ".join(f"the {f}" for f in option if option[f] in names)
    fields = " ".join(f"--field {n}" for n in names)
    where, file = (
        ("run", str(db)) if store.holder_may_decide() else ("ask the lead to run", "MASTER")
    )
    return [
        f"The earlier version of {evidence_id} still holds {'; '.join(gone)} in its history "
        f"(and in every copy it has reached). To erase it, {where} 'fieldwork redact "
        f'{file} {evidence_id} {fields} --keep-current --reason "..."\' (in every earlier '
        f"version, {said} will read [redacted], in every file it merges with; the corrected "
        f"wording and the note's other fields keep their words)."
    ]


def _hits(store: Store, ev: Evidence, scanner: Any = None) -> list[Any]:
    """The identifying details in a note's free text (those a comment may hold left
    out)."""
    from exporters.identify import ALLOWED_IN_COMMENTS
    from exporters.identify.scanner import Scanner

    scanner = scanner or Scanner.for_store(store)
    return [
        h
        for field, text in (
            ("text", ev.text),
            ("child's words", ev.child_words),
            ("safeguarding note", ev.safeguarding),
        )  # fmt: skip
        if text and text.strip()
        for h in scanner.scan(text, field=field, comment=True, case_id=ev.case_id)
        if h.kind not in ALLOWED_IN_COMMENTS
    ]


def _no_criteria(db: Path, as_name: str | None, case_ref: str | None) -> NoReturn:
    """Refuse a note without criteria, saying why and where their ids are."""
    with opened(db, as_name) as store:
        framework = store.framework.id
        example = ",".join(c.id for c in store.framework.criteria[:2])
    general = (f"; a remark about the case that bears on no criterion goes in its notes: "
               f"'fieldwork case edit {db} {case_ref} --notes TEXT'" if case_ref else "")  # fmt: skip
    fail(f"--criteria is required: a note counts towards a judgement only through the "
         f"criteria it informs ('fieldwork framework show {framework}' lists their ids, "
         f"e.g. --criteria {example}){general}.")  # fmt: skip


@evidence_group.command("add", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@_evidence_options
@version_option
def evidence_add_cmd(db: Path, as_name: str | None, **opts: Any) -> None:
    """Record evidence; prints the new evidence id."""
    if not opts.get("case_ref") and not opts.get("area") and not opts.get("national"):
        fail("give --case REF, --area CODE or --national.")
    if not opts.get("criteria"):
        _no_criteria(db, as_name, opts.get("case_ref"))
    for required in ("source", "text"):
        if not opts.get(required):
            fail(f"--{required} is required.")
    if not opts.get("polarity"):
        fail("--polarity is required: say whether the note shows a strength, an area for "
             "development or neither (strength, development or neutral).")  # fmt: skip
    with opened(db, as_name) as store:
        ev = _evidence_values(store, {}, opts)
        new_id = store.put_evidence(ev)
        warning = _identify_warning(store, ev)
        hint = status_hint(store, db, ev.case_id)
        young = _too_young(store, ev)
        where = (f"case {store.case(ev.case_id).ref}" if ev.case_id
                 else f"area {ev.area_code}" if ev.area_code else "the service")  # fmt: skip
    click.echo(new_id)
    said_in_words(f"Recorded a note on {where}: {', '.join(ev.criteria)}, {ev.polarity}.")
    warn_saved(warning)
    for line in young:
        click.echo(line, err=True)
    for line in hint:
        click.echo(line, err=True)


@evidence_group.command("import", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("notes", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path))
@AS_OPTION
@version_option
def evidence_import_cmd(db: Path, notes: Path, as_name: str | None) -> None:
    """Record the notes in FILE, a CSV or tab-separated file with a header row, one note a
    row, its columns named as 'evidence add' names its options (case, area, national,
    criteria, source, finding, text, quote, safeguarding, escalated, escalation note).
    Every row is checked before any is recorded; one that cannot be is named with its
    line, and nothing is recorded.  Prints each new id, in the file's order."""
    from cli.evidence_rows import NoteRow, checked, missing, read_rows

    with opened(db, as_name) as store:
        rows = read_rows(notes)
        if not rows:
            fail(f"{notes} holds no notes under its header row; nothing was recorded.")

        def note(row: NoteRow) -> Evidence:
            if lack := missing(row):
                raise InvalidInputError(lack)
            return _evidence_values(store, {}, row.opts)

        made = checked(rows, note, notes, "import the file again")
        with store.transaction():
            ids = [store.put_evidence(ev) for _, ev in made]
        from exporters.identify.scanner import Scanner

        scanner = Scanner.for_store(store)
        said = [(line, [*_identify_warning(store, ev, scanner), *_too_young(store, ev)])
                for line, ev in made]  # fmt: skip
    for new_id in ids:
        click.echo(new_id)
    for line, lines in said:
        warn_saved([f"line {line}: {w}" for w in lines[:1]] + lines[1:])
    click.echo(f"Recorded {counted(len(ids), 'note')} from {notes}.", err=True)


@evidence_group.command("edit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("evidence_id", metavar="ID")
@AS_OPTION
@_evidence_options
@version_option
def evidence_edit_cmd(db: Path, evidence_id: str, as_name: str | None, **opts: Any) -> None:
    """Change the given fields of evidence ID."""
    from exporters.identify.advice import warning_lines

    with opened(db, as_name) as store:
        current = store.evidence(evidence_id)
        base = current.model_dump(include=set(Evidence.model_fields))
        ev = _evidence_values(store, base, opts)
        store.put_evidence(ev, evidence_id)
        hits = _hits(store, ev)
        warning = warning_lines(hits)
        removed = _removed_details(store, db, evidence_id, Evidence.model_validate(base), hits)
        young = _too_young(store, ev) if opts.get("quote") else []
    click.echo(evidence_id)
    warn_saved(warning)
    for line in young:
        click.echo(line, err=True)
    for line in removed:
        click.echo(line, err=True)


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


@evidence_group.command("restore", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("evidence_id", metavar="ID")
@AS_OPTION
@version_option
def evidence_restore_cmd(db: Path, evidence_id: str, as_name: str | None) -> None:
    """Undo the deletion of evidence ID (as the TUI's undo does)."""
    with opened(db, as_name) as store:
        store.restore_evidence(evidence_id)
    click.echo(f"Restored {evidence_id}.")


@evidence_group.command("list", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--case", "case_ref", metavar="REF", help="Only this case's evidence.")
@click.option("--area", metavar="CODE", help="Only this area's (its cases' and its own).")
@click.option("--criterion", metavar="ID", help="Only evidence against this criterion.")
@click.option("--national", is_flag=True, help="Only evidence about the national organisation.")
@click.option("--to-escalate", is_flag=True,
              help="Only safeguarding concerns not yet marked as escalated.")  # fmt: skip
@click.option("--full", is_flag=True, help="Each note's whole text (else cut at 60 characters).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def evidence_list_cmd(
    db: Path, case_ref: str | None, area: str | None, criterion: str | None, national: bool,
    to_escalate: bool, full: bool, as_json: bool,
) -> None:  # fmt: skip
    """List evidence: id, case or area, criteria, source, polarity, author and text (the
    text cut at 60 characters to keep one line each, unless --full)."""
    with opened(db) as store:
        if case_ref:
            found = store.evidence_for_case(store.case_by_ref(case_ref).id)
        elif area:
            found = store.evidence_for_area(vals.area(store, area))
        elif national:
            found = store.national_evidence()
        else:
            found = store.all_evidence()
        if criterion:
            wanted = vals.criterion(store.framework, criterion)
            found = [e for e in found if wanted in e.criteria]
        if to_escalate:
            found = [e for e in found if e.escalation == "needs-escalation"]
        names = {p.id: p.name for p in store.inspectors()}
        sources = {c.code: c.label for c in store.framework.sources}
    items: list[dict[str, Any]] = [
        {"id": e.id, "case": e.case_ref, "area": e.area_code, "about": e.about,
         "criteria": e.criteria, "source": e.source, "polarity": e.polarity, "text": e.text,
         "child_words": e.child_words, "safeguarding": e.safeguarding,
         "escalation": e.escalation, "escalation_note": e.escalation_note,
         "by": names.get(e.meta.created_by, e.meta.created_by), "at": e.meta.created_at}
        for e in found
    ]  # fmt: skip
    if as_json:
        echo_json(items)
        return
    # The source and the finding by their labels, as the case screen shows them (the
    # JSON keeps the codes); the author by name.
    rows = [
        [i["id"], i["case"] or (f"area {i['area']}" if i["area"] else "national"),
         ",".join(i["criteria"]), sources.get(i["source"], i["source"]),
         POLARITY_LABELS.get(i["polarity"], i["polarity"]), i["by"],
         i["text"] if full or len(i["text"]) <= 60 else i["text"][:57] + "..."]
        for i in items
    ]  # fmt: skip
    for line in aligned(rows) if rows else []:
        click.echo(line)
    click.echo(f"{counted(len(items), 'evidence item')}.")
