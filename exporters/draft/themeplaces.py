"""Placeholders for the themes a section states nothing about (out of `sections.py`,
session 22, which had reached the 500-line limit).

A section keeps three paragraphs at least (`sections.assemble`): where it has fewer, a
paragraph for the lead to write is added for each theme it states nothing about
(practice, partners, workforce, in that order), before a closing paragraph on
weaknesses.  Where the section holds evidence on the theme that was not drafted, the
paragraph says so and how much (`theme_placeholder`), never that there is no evidence.
"""

from __future__ import annotations

from exporters.draft import arealead
from exporters.draft import coverage as cover
from exporters.draft import paragraphs as build
from exporters.draft.claims import Context
from exporters.draft.words import number_text
from exporters.model import Paragraph, Sentence

THEMES = ("practice", "partners", "workforce")


def placeholders(
    ctx: Context, kept: list[Paragraph], themes: list[dict[int, str]], minimum: int
) -> None:
    """Add to a section's paragraphs (`kept`, with where each folded paragraph starts and
    its theme: `themes`) a placeholder for each theme it states nothing about, until it
    has `minimum` paragraphs."""
    d = ctx.data
    have = {p.theme for p in kept} | {d.words.criterion(d.framework, c).theme for c in ctx.stated}
    missing = [t for t in THEMES if t not in have]
    while len(kept) < minimum and missing:
        closing = (
            len(kept) > 1
            and kept[-1].theme == "development"
            and not (ctx.grade is None and arealead.opens(ctx, kept))
        )  # case18: its weaknesses lead
        kept.insert(len(kept) - closing, theme_placeholder(ctx, missing.pop(0)))
        themes.insert(len(themes) - closing, {0: "placeholder"})


def _criteria(ctx: Context, theme: str) -> list[str]:
    """The section's criteria of a theme, in the framework's order."""
    d = ctx.data
    w = d.words
    order = d.criterion_rank
    return sorted((c for c in ctx.pool.criteria() if w.criterion(d.framework, c).theme == theme),
                  key=lambda c: order.get(c, len(order)))  # fmt: skip


def _records(ctx: Context, theme: str) -> set[int]:
    """The section's records on a theme's criteria."""
    return {i for c in _criteria(ctx, theme) for i in ctx.pool.records(c)}


def theme_placeholder(ctx: Context, theme: str) -> Paragraph:
    """A paragraph for the lead to write on a theme the section states nothing about:
    where the section holds evidence on the theme that was not drafted (its weaknesses
    beyond those the grade calls for, or too little to state), it says so and how much,
    never that there is no evidence; otherwise the plain placeholder."""
    d = ctx.data
    w = d.words
    crits = _criteria(ctx, theme)  # the framework's order
    records = _records(ctx, theme)
    if not records:
        return build.placeholder(ctx, theme)
    dev = sum(d.polarity[i] == "development" for i in records)
    nouns = cover.join_nouns([w.criterion(d.framework, c).noun for c in crits])
    text = w.text["theme_undrafted"].format(
        theme=w.themes.get(theme, theme), place=ctx.area,
        n=f"{number_text(len(records))} record{'' if len(records) == 1 else 's'}",
        about=nouns, be="is" if len(records) == 1 else "are",
        dev="" if not dev else " (a development point)" if len(records) == 1
        else " (all of them development points)" if dev == len(records)
        else " (one of them a development point)" if dev == 1
        else f" ({number_text(dev)} of them development points)",
    )  # fmt: skip
    basis = f"{len(records)} records on {', '.join(crits)} ({dev} development) not drafted"
    return Paragraph(theme="placeholder", sentences=[
        Sentence(text=text, role="placeholder", basis=basis, criteria=crits),
    ])  # fmt: skip
