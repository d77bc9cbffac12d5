"""`fieldwork sample`: draw the case sample, or substitute one sampled case."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from cli import values
from cli.common import AS_OPTION, CONTEXT, DB, codes, fail, opened, version_option
from store.models import counted

if TYPE_CHECKING:
    from store.store import Store


@click.command("sample", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--areas", metavar="A,B", help="Areas to sample (default: the visited areas).")
@click.option("--per-area", default=10, show_default=True, type=click.IntRange(1, 10000))
@click.option(
    "--seed",
    type=int,
    help="Same seed, same sample (default 1; with --add, the sample's own seed).",
)
@click.option(
    "--min-per-stratum",
    default=0,
    show_default=True,
    type=click.IntRange(0, 1000),
    help="Give each case type of an area at least this many places (0: in proportion).",
)
@click.option(
    "--add",
    "add",
    type=click.IntRange(1, 10000),
    metavar="N",
    help="Draw N more cases beside an area's sample.",
)
@click.option("--redraw", is_flag=True, help="Replace an area's sample with a new one.")
@click.option("--substitute", metavar="REF", help="Replace this sampled case (needs --reason).")
@click.option("--reason", help="Why the case is substituted.")
@click.option(
    "--with",
    "with_ref",
    metavar="REF",
    help="The substitute to take (with --substitute): an unsampled case of the same area.",
)
@AS_OPTION
@version_option
def sample_cmd(
    db: Path,
    areas: str | None,
    per_area: int,
    seed: int | None,
    min_per_stratum: int,
    add: int | None,
    redraw: bool,
    substitute: str | None,
    reason: str | None,
    with_ref: str | None,
    as_name: str | None,
) -> None:
    """Draw a reproducible stratified random sample of cases per area (strata: law type
    and case type), recording the seed and method; or substitute one sampled case.  An
    area that has a sample already is refused unless --add N or --redraw."""
    if add and redraw:
        fail("give --add N or --redraw, not both.")
    with opened(db, as_name, lead="draw the sample") as store:
        if with_ref and not substitute:
            fail("--with REF names the substitute for --substitute REF; give both.")
        if substitute:
            case = store.case_by_ref(substitute)
            with_id = store.case_by_ref(with_ref).id if with_ref else None
            _, new_id = store.substitute(case.id, reason or "", with_id=with_id)
            new = store.case(new_id)
            new_ref = new.ref
            click.echo(f"{case.ref} replaced by {new_ref} ({reason}); both are marked as such.")
            if new.case_type != case.case_type and not with_ref:
                fw = store.framework
                click.echo(f"No unsampled case of {case.ref}'s case type "
                           f"({fw.case_type_label(case.case_type)}) was left in area "
                           f"{case.area_code}: {new_ref} ({fw.case_type_label(new.case_type)}) is "
                           f"the next {fw.law_type_label(case.law_type).lower()} case in the "
                           f"seeded order; to take another, name it with --with REF.")  # fmt: skip
            click.echo(_who_has(store, case.inspector_id, new_ref, case.ref, db))
            if held := _work_held(store, case.id):
                click.echo(f"{case.ref} holds {held}: they stay in the file (and the CSV "
                           f"export), but the draft report no longer counts them, in Area "
                           f"{case.area_code}'s section or the national ones; record on "
                           f"{new_ref} what still applies.")  # fmt: skip
            return
        wanted = [values.area(store, a) for a in codes(areas) or []]
        if seed is None:  # more cases drawn in the sample's own seeded order (tester 29, F12)
            drawn = store.samples() if add else []
            seed = drawn[-1].seed if drawn else 1
        report = store.draw_sample(
            areas=wanted or None, per_area=add or per_area, seed=seed,
            min_per_stratum=min_per_stratum, mode="add" if add else "redraw" if redraw else "new",
        )  # fmt: skip
        for code, n in report.replaced.items():
            click.echo(f"Area {code}: the new sample replaces the {n} cases sampled before.")
        for code, ids in report.areas.items():
            refs = ", ".join(sorted(store.case(i).ref for i in ids))
            strata = _strata_said(store, report.strata[code])
            click.echo(f"Area {code}: {counted(len(ids), 'case')} ({strata}): {refs}")
            if passed := report.passed_over.get(code):
                click.echo(_passed_said(store, code, passed))
            if (missed := report.not_drawn.get(code)) and not add:  # a few more: no shares
                click.echo(f"Area {code}: no place for {counted(len(missed), 'rarer case type')} "
                           f"in proportion (their cases: {_strata_said(store, missed)}); "
                           f"'--redraw --min-per-stratum 1' gives each case type a place.")  # fmt: skip
            if beyond := report.beyond_share.get(code):
                click.echo(_beyond_said(code, beyond, len(ids), min_per_stratum))
            if len(ids) < report.per_area:
                left = "one child of every family" if code in report.passed_over else "every case"
                click.echo(f"Area {code}: only {len(ids)} of the {report.per_area} asked for "
                           f"could be drawn; that is {left} the area has left.")  # fmt: skip
        click.echo(f"Sample {report.sample_id} recorded with seed {seed}.")


def _beyond_said(code: str, beyond: int, drawn: int, minimum: int) -> str:
    """What the minimum per stratum did to an area's sample, and the way to a draw in
    proportion."""
    return (f"Area {code}: the minimum of {minimum} case of each type (--min-per-stratum) "
            f"gave rarer case types {beyond} of the {drawn} places beyond their share in "
            f"proportion, so rare work is over-represented; '--min-per-stratum 0' draws in "
            f"proportion.")  # fmt: skip


def _strata_said(store: Store, strata: dict[str, int]) -> str:
    """'private law: Child arrangements order 2, Other application 1; public law: ...':
    the strata a sample drew from (keys 'PRIVATE/CAO'), by law type, in words."""
    fw = store.framework
    by_law: dict[str, list[str]] = {}
    for key, n in strata.items():
        law, _, case_type = key.partition("/")
        said = f"{fw.case_type_label(case_type)} {n}" if case_type else str(n)
        by_law.setdefault(law, []).append(said)
    return "; ".join(f"{fw.law_type_label(law).lower()}: {', '.join(sorted(parts))}"
                     for law, parts in by_law.items())  # fmt: skip


def _who_has(store: Store, inspector_id: str | None, new_ref: str, old_ref: str, db: Path) -> str:
    """Whom the substitute went to: the replaced case's inspector, or nobody yet."""
    if inspector_id:
        who = store.inspector(inspector_id)
        return f"{new_ref} goes to {who.name} ({who.initials}), who had {old_ref}."
    return (
        f"{new_ref} is not assigned to anyone, as {old_ref} was not: "
        f"'fieldwork assign {db} --inspector NAME --case {new_ref}'."
    )


def _work_held(store: Store, case_id: str) -> str:
    """The notes and gradings recorded on a case ('5 notes and 4 gradings'), '' if none."""
    notes, gradings = len(store.evidence_for_case(case_id)), len(store.gradings_for_case(case_id))
    held = [counted(n, what) for n, what in ((notes, "note"), (gradings, "grading")) if n]
    return " and ".join(held)


def _passed_said(store: Store, code: str, passed: dict[str, list[str]]) -> str:
    """The brothers and sisters of drawn children passed over: a family's file is read
    once, so one child of a family is drawn in an area."""
    ref = {i: store.case(i).ref for drawn, others in passed.items() for i in (drawn, *others)}
    said = "; ".join(f"{', '.join(sorted(ref[i] for i in others))} for {ref[drawn]}"
                     for drawn, others in sorted(passed.items(), key=lambda p: ref[p[0]]))  # fmt: skip
    n = sum(len(others) for others in passed.values())
    return (
        f"Area {code}: {counted(n, 'sibling')} of the children drawn passed over (one "
        f"child of a family is drawn, as the family's file is read once): {said}."
    )
