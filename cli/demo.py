"""`fieldwork demo`: a realistic made-up inspection to try the product on."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import CONTEXT, DB, user_errors, version_option
from store.framework import load_framework


@click.command("demo", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option(
    "--cases",
    default=600,
    show_default=True,
    type=click.IntRange(1, 20000),
    help="Number of sampled cases (6000 shows a national-scale inspection).",
)
@click.option(
    "--inspectors",
    default=10,
    show_default=True,
    type=click.IntRange(2, 40),
    help="Team size, including the lead.",
)
@click.option("--seed", default=2018, show_default=True, type=int, help="Same seed, same demo.")
@click.option("--framework", "framework_ref", default="cafcass-2018", show_default=True)
@version_option
def demo_cmd(db: Path, cases: int, inspectors: int, seed: int, framework_ref: str) -> None:
    """Write a realistic demo inspection to DB."""
    from demo import write_demo

    with user_errors():
        stats = write_demo(
            db,
            cases=cases,
            inspectors=inspectors,
            seed=seed,
            framework=load_framework(framework_ref),
        )
    click.echo(f"Wrote {db}: {stats.summary()}")
