"""The demo's cast, from `templates/demo/inspection.toml`: the 17 service areas (seven
visited, each with the underlying quality of its practice), the team and the made-up
names the export check must find."""

from __future__ import annotations

import random
from typing import Literal, cast

from demo.texts import texts
from store.models import Role

_CAST = texts().cast

AREAS: tuple[tuple[str, str, str], ...] = tuple(
    (a["code"], a["name"], a["region"]) for a in _CAST["area"]
)
"""(code, name, region) of every service area."""
VISITED: dict[str, str] = {a["code"]: a["quality"] for a in _CAST["area"] if "quality" in a}
"""Visited area code -> the quality of its practice (outstanding, good, ...)."""
PROTECTED: tuple[tuple[str, Literal["child", "parent"]], ...] = tuple(
    (p["name"], cast(Literal["child", "parent"], p["category"])) for p in _CAST["protected"]
)
"""Made-up names of children and parents in the sample; never used in evidence text."""
LEAD_NAME: str = _CAST["lead"]


def team(k: int, rng: random.Random) -> list[tuple[str, Role]]:
    """The non-lead members of a team of `k`: names and roles, `k - 1` of them.

    Up to three deputies; with four or more others, a data analyst and a quality
    assurance manager; the rest team inspectors (invented names once the list runs out).
    """
    others = k - 1
    deputies: list[str] = _CAST["deputies"]
    members: list[tuple[str, Role]] = [(n, "deputy-lead") for n in deputies[: min(3, others)]]
    rest = others - len(members)
    specialists: list[tuple[str, Role]] = []
    if rest >= 4:
        specialists = [
            (_CAST["analyst"], "data-analyst"),
            (_CAST["quality_assurance"], "quality-assurance"),
        ]
        rest -= 2
    names: list[str] = list(_CAST["team"][:rest])
    used = {LEAD_NAME, *deputies, *_CAST["team"], _CAST["analyst"], _CAST["quality_assurance"]}
    while len(names) < rest:
        name = f"{rng.choice(_CAST['first_names'])} {rng.choice(_CAST['last_names'])}"
        if name not in used:
            used.add(name)
            names.append(name)
    members += [(n, "team-inspector") for n in names]
    return members + specialists


def initials(name: str, taken: set[str]) -> str:
    """Initials for `name` that no one in `taken` has (and add them to it)."""
    words = name.replace("-", " ").split()
    options = [
        "".join(w[0] for w in words)[:3],
        words[0][:2] + words[-1][0],
        words[0][0] + words[-1][:2],
        "".join(w[0] for w in words)[:4],
    ]
    for opt in options:
        opt = opt.upper()
        if opt not in taken:
            taken.add(opt)
            return opt
    n = 2
    while f"{options[0].upper()}{n}" in taken:
        n += 1
    taken.add(f"{options[0].upper()}{n}")
    return f"{options[0].upper()}{n}"
