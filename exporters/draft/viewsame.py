"""An area's stakeholders saying what an earlier area's said (issue 15; tester 27's A8:
"Among stakeholders in Area N, the designated family judge raised serious concerns about
the safeguarding checks before the first hearing; one local authority representative
voiced concerns about the response to risks to children." in five areas, the same
notes typed in each; the report's own share of repeated area sentences was 10%).

Where the groups an area's views sentence would say hold their views as an earlier
area's did (the same people, each on the same side about the same subjects, none
compared with its whole view: `signature`), the sentence says so, naming those areas,
rather than saying the clauses again (`voices.toml` [views_same]): "The concerns heard
in Area 2 were raised in Area 6 too, by the designated family judge and one local
authority representative."  The frames name who spoke, and one is chosen that reads
near word for word as no area's sentence said before (`Voice.choose`, `distinct`);
where every one would, the same is said without naming them (the `*_plain` frames).
The areas are drafted in the report's order, so an area named is one the reader has
met.  Nothing is said that the area's own records do not say: only the words that
would repeat change.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from exporters.draft.trace import Voice
from exporters.draft.viewgroup import Group
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, join_list

Signature = tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...]

# The areas whose views sentence said each signature, in the order said, by draft.
_SAID: weakref.WeakKeyDictionary[Voice, dict[Signature, list[str]]] = weakref.WeakKeyDictionary()


@cache
def _frames() -> dict[str, Any]:
    return dict(wording_table("voices.toml")["views_same"])


def who(g: Group) -> str:
    """Who a group's clause names: its one speaker, else its groups."""
    return g.one or join_list(list(g.names))


def signature(groups: Sequence[Group]) -> Signature | None:
    """What a views sentence says, as compared between areas: each group's speaker, side
    and subjects (up to two each way); None where a group is compared with its whole
    view or said apart (a comparison of its own, said in full)."""
    if not groups or any(g.compare or g.apart for g in groups):
        return None
    return tuple(sorted(
        (g.source, who(g), g.side, tuple(g.pos_about[:2]), tuple(g.neg_about[:2]))
        for g in groups
    ))  # fmt: skip


def earlier(voice: Voice, sig: Signature | None) -> list[str]:
    """The areas (by the name their sections use) whose views sentence said `sig` in this
    draft, in order."""
    return [] if sig is None else list(_SAID.get(voice, {}).get(sig, []))


def remember(voice: Voice, sig: Signature | None, area: str) -> None:
    """Note that `area`'s views sentence said `sig`."""
    if sig is not None:
        _SAID.setdefault(voice, {}).setdefault(sig, []).append(area)


def areas_named(areas: Sequence[str]) -> str:
    """ "Area 2", "Areas 2 and 4", or names joined ("Area 2 and London North")."""
    if len(areas) > 1 and all(a.startswith("Area ") for a in areas):
        return "Areas " + join_list([a.removeprefix("Area ") for a in areas])
    return join_list(list(areas))


def options(
    groups: Sequence[Group], in_area: str, areas: Sequence[str], said: Sequence[str],
    plain: bool = False,
) -> list[str]:  # fmt: skip
    """The ways of saying that the groups `in_area` ("in Area 6") said what they said in
    `areas`: `said` is each group's subjects, said (`stakeholders.subjects_said`), in
    the order of `groups`; with `plain`, the ways that do not say who spoke."""
    sides = {g.side for g in groups}
    family = sides.pop() if len(sides) == 1 else "mixed"
    everyone = join_list([who(g) for g in groups])
    pairs = ", and ".join(f"{who(g)} about {s}" for g, s in zip(groups, said, strict=True))
    out = []
    for f in _frames()[f"{family}_plain" if plain else family]:
        text = f.format(who=everyone, in_area=f" {in_area}", In_area=capitalise(in_area),
                        areas=areas_named(areas), pairs=pairs)  # fmt: skip
        out.append(capitalise(text))
    return out


def said_again(
    groups: list[Group], voice: Voice, key: str, within: str, before: list[str],
    said_of: Callable[[Sequence[str]], str],
) -> str | None:  # fmt: skip
    """The views sentence of an area whose groups said what those of the areas `before`
    said, as the same (`options`; `said_of` joins a group's subjects:
    `stakeholders.subjects_said`); None where there are no such areas or every way has
    been said."""
    if not before:
        return None
    said = [said_of(_subjects(g)) for g in groups]
    named = options(groups, within, before, said)
    text = voice.choose(named, key, "stakeholders", distinct=True)
    plain = options(groups, within, before, said, plain=True)
    return text or voice.choose([*plain, *named], key, "stakeholders")


def _subjects(g: Group) -> list[str]:
    """What a group's clause says its view is about, on its side (both for a mixed one)."""
    return {"for": g.pos_about[:2], "against": g.neg_about[:2]}.get(
        g.side, [*g.pos_about[:1], *g.neg_about[:1]]
    )
