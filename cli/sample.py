"""`fieldwork sample`: draw the case sample, or substitute one sampled case."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import AS_OPTION, CONTEXT, DB, codes, opened, version_option


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
    with opened(db, as_name) as store:
        if substitute:
            case = store.case_by_ref(substitute)
            _, new_id = store.substitute(case.id, reason or "")
            click.echo(f"{case.ref} replaced by {store.case(new_id).ref} ({reason}).")
            return
        report = store.draw_sample(
            areas=codes(areas), per_area=per_area, seed=seed, min_per_stratum=min_per_stratum
        )
        for code, ids in report.areas.items():
            refs = ", ".join(sorted(store.case(i).ref for i in ids))
            strata = ", ".join(f"{k} {v}" for k, v in report.strata[code].items())
            click.echo(f"Area {code}: {len(ids)} cases ({strata}): {refs}")
        click.echo(f"Sample {report.sample_id} recorded with seed {seed}.")
