"""`fieldwork judge`: record a judgement, national or for one area."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import AS_OPTION, CONTEXT, DB, opened, version_option, warn_saved
from store.framework import drafting_rules
from store.models import Judgement
from store.store import Store


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
    with opened(db, as_name, lead="record judgements") as store:
        fw = store.framework
        made = Judgement(
            judgement_id=values.judgement(fw, judgement_id),
            area_code=values.visited_area(store, area) if area else None,
            grade=values.grade(fw, grade),
            rationale=values.text(rationale, "The rationale"),
        )
        rid = store.set_judgement(made)
        apart = graded_apart(store, made)
        warned = rationale_warning(store, made.rationale)
        hint = evidence_hint(store, made)
    click.echo(rid)
    if apart:
        click.echo(apart, err=True)
    if hint:
        click.echo(f"Note: {hint} The grade is recorded; the draft marks its section.", err=True)
    warn_saved(warned)


def evidence_hint(store: Store, made: Judgement) -> str:
    """What the evidence says of the grade just recorded, where it disagrees: the same
    check and words as the judgements screen's hint and the draft's marker
    (`exporters.draft.grade_hint`); "" where it agrees or there is no check."""
    from exporters.draft import grade_hint

    return grade_hint(store, made.judgement_id, made.grade, made.area_code)


def rationale_warning(store: Store, rationale: str) -> list[str]:
    """What could identify a child or family in the rationale, as `evidence add` warns
    of a note's (a rationale is quoted in its section's comment): the warning and one
    line per detail ([] for none).  Tester 13 named a child in a rationale and heard of
    it only when an export refused."""
    from exporters.export import scanner_for
    from exporters.identify import ALLOWED_IN_COMMENTS
    from exporters.identify.advice import warning_lines

    hits = [h for h in scanner_for(store).scan(rationale, field="rationale", comment=True)
            if h.kind not in ALLOWED_IN_COMMENTS]  # fmt: skip
    return warning_lines(hits)


def graded_apart(store: Store, made: Judgement) -> str | None:
    """A reminder, when an area the framework reports together with others (15a and
    15b) now has a grade another of them does not share (or has no grade yet): their one
    section states no grade until they agree (or this grade until the other has one).
    None otherwise."""
    code = made.area_code
    if code is None:
        return None
    group = drafting_rules(store.framework).together_with(code)
    if len(group) < 2:
        return None
    fw = store.framework
    grades = {}
    for other in group:
        j = made if other == code else store.judgement(made.judgement_id, other)
        if j is not None and j.grade:
            grades[other] = j.grade
    missing = [c for c in group if c not in grades]
    if grades and missing:  # tester 18, F19: 15a graded, 15b not yet
        return (f"Note: Area {' and '.join(missing)}, reported with Area {code} in one "
                f"section, {'has' if len(missing) == 1 else 'have'} no grade yet: the section "
                f"states Area {code}'s grade until {'it has' if len(missing) == 1 else 'they have'} "
                f"one.")  # fmt: skip
    if len(set(grades.values())) < 2:
        return None
    each = "; ".join(f"Area {c}: {fw.grade(g).label.lower()}" for c, g in grades.items())
    return (f"Note: Areas {' and '.join(group)} are reported together in one section, but "
            f"have different grades ({each}): the draft states no grade for them until they "
            f"have one (record the same grade for each).")  # fmt: skip
