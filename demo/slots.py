"""Filling a fragment's slots ({child}, {fca}, {parent}, ...) from the case it is about."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from demo.texts import ANY_CASE, Fragment, Pool, fitting, texts

_RANGES = {"weeks": (3, 16), "days": (2, 9), "day": (1, 10), "pct": (55, 92)}
_DRAWN = {
    "agency": "agencies",
    "tool": "tools",
    "visits": "numbers",
    "n": "numbers",
    "manager": "managers",
    "team": "teams",
}


@dataclass
class Ctx:
    """What a fragment's slots are filled from: one case (or an area) at a time."""

    law: str = "PRIVATE"
    case_type: str = ""
    stage: str = "FINAL"
    age: str = "unknown"
    tags: frozenset[str] = ANY_CASE
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Slots(dict[str, str]):
    """Slot values drawn on first use, so a fragment only spends the draws it needs and a
    slot used twice (or as {Child} and {child}) reads the same both times."""

    def __init__(self, rng: random.Random, ctx: Ctx) -> None:
        super().__init__(ctx.slots)
        self.rng = rng
        self.ctx = ctx

    def __missing__(self, key: str) -> str:
        lower = key[:1].lower() + key[1:]
        value = _cap(self[lower]) if lower != key else self._draw(key)
        self[key] = value
        return value

    def _draw(self, key: str) -> str:
        rng, ctx, words = self.rng, self.ctx, texts()
        if key in ("fca", "child", "parent"):
            by = words.keyed[key]
            choice = (ctx.case_type, ctx.law, "OTHER") if key == "fca" else (ctx.law, "OTHER")
            if key == "child":
                choice = (ctx.age, "unknown")
            options = next(by[k] for k in choice if k in by)
            return rng.choice(options).text
        if key == "report":
            return words.single["report"].get(ctx.case_type, "the report")
        if key == "hearing":
            return words.single["hearing"].get(ctx.stage, "hearing")
        if key in _DRAWN:
            return choose(rng, words.phrases[_DRAWN[key]], ctx.tags).text
        low, high = _RANGES[key]
        return str(rng.randint(low, high))


def choose(rng: random.Random, fragments: Pool, tags: frozenset[str]) -> Fragment:
    """One fragment that fits; any fragment if none does (a data file's omission)."""
    fits = fitting(fragments, tags)
    return rng.choice(fits or fragments)


def fill(rng: random.Random, template: str, ctx: Ctx) -> str:
    """The template with its slots filled from `ctx`."""
    if "{" not in template:
        return template
    return template.format_map(Slots(rng, ctx))
