"""The demo's words, read from `templates/demo/*.toml`, and the tags that say which
cases a fragment suits.

A fragment (a sentence, a slot value or an evidence source) may start with tags in
brackets, `"[public talks] ..."`: it is used only for a case whose own tags (`case_tags`)
include them.  Law tags (`private`, `public`, `adoption`, `other`) are alternatives: one
must match.  Every other tag must hold.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LAW_TAGS = frozenset({"private", "public", "adoption", "other"})
KNOWN_TAGS = LAW_TAGS | {
    "guardian",
    "talks",
    "older",
    "young",
    "baby",
    "seen",
    "unseen",
    "alone",
    "not-alone",
}
ANY_CASE: frozenset[str] = frozenset()
"""The tags of something that is not a case (area and national evidence): only untagged
fragments fit."""


@dataclass(frozen=True)
class Fragment:
    """A piece of text and the conditions under which it may be used."""

    text: str
    law: frozenset[str] = frozenset()
    needs: frozenset[str] = frozenset()

    def fits(self, tags: frozenset[str]) -> bool:
        """Whether a case with these tags may use this fragment."""
        return (not self.law or bool(self.law & tags)) and self.needs <= tags


def parse(entry: str, where: str = "") -> Fragment:
    """`"[public talks] Some text."` -> Fragment("Some text.", {"public"}, {"talks"})."""
    if not entry.startswith("["):
        return Fragment(entry)
    head, _, text = entry[1:].partition("]")
    tags = frozenset(head.split())
    unknown = tags - KNOWN_TAGS
    if unknown:
        raise ValueError(f"{where}: unknown tag {', '.join(sorted(unknown))} in {entry!r}")
    return Fragment(text.strip(), tags & LAW_TAGS, tags - LAW_TAGS)


Pool = tuple[Fragment, ...]


def pool(entries: list[str], where: str) -> Pool:
    """A list of fragments from a list of tagged strings."""
    return tuple(parse(e, where) for e in entries)


@dataclass(frozen=True)
class Theme:
    """Fragments about one subject, of three polarities, with the criteria they are
    recorded against (the first is the one a grading is given for) and their sources."""

    key: str
    criteria: tuple[str, ...]
    sources: Pool
    strengths: Pool
    developments: Pool
    neutrals: Pool
    law: frozenset[str] = frozenset()
    case_types: frozenset[str] = frozenset()
    boost: frozenset[str] = frozenset()

    def fragments(self, polarity: str) -> Pool:
        """The theme's fragments of one polarity."""
        return {
            "strength": self.strengths,
            "development": self.developments,
            "neutral": self.neutrals,
        }[polarity]


def _theme(data: dict[str, Any], where: str) -> Theme:
    key = data["key"]
    place = f"{where} theme {key}"
    return Theme(
        key=key,
        criteria=tuple(data["criteria"]),
        sources=pool(data["sources"], place),
        strengths=pool(data["strengths"], place),
        developments=pool(data["developments"], place),
        neutrals=pool(data.get("neutrals", []), place),
        law=frozenset(data.get("law", [])),
        case_types=frozenset(data.get("case_types", [])),
        boost=frozenset(data.get("boost", [])),
    )


@dataclass(frozen=True)
class Texts:
    """Everything the demo says, by kind."""

    case_themes: tuple[Theme, ...]
    area_themes: tuple[Theme, ...]
    national_themes: tuple[Theme, ...]
    phrases: dict[str, Pool]
    """Flat lists: neutral_detail, follow_up, area_follow_up, safeguarding, escalated,
    case_notes, and the vocabulary (agencies, tools, numbers, managers, teams)."""
    keyed: dict[str, dict[str, Pool]]
    """Lists by a key: context and area_context (by source), impact and area_impact (by
    polarity), child_words (by age band), grading_rationale and judgement_rationale (by
    grade), fca (by case type or law), child (by age band), parent (by law)."""
    single: dict[str, dict[str, str]]
    """One value by a key: hearing (by stage), report (by case type)."""
    draft_rationale: str
    cast: dict[str, Any]
    """inspection.toml as read: lead, team names, areas, protected names."""


def data_dir() -> Path:
    """The folder of the demo's data files (`templates/demo`)."""
    from importlib import resources

    return Path(str(resources.files("templates") / "demo"))


def _load(name: str) -> dict[str, Any]:
    with (data_dir() / name).open("rb") as fh:
        return tomllib.load(fh)


@functools.cache
def texts() -> Texts:
    """The demo's words, read once."""
    themes = _load("case-themes.toml")
    area = _load("area-themes.toml")
    phrases = _load("phrases.toml") | _load("vocabulary.toml")
    flat: dict[str, Pool] = {}
    keyed: dict[str, dict[str, Pool]] = {}
    single: dict[str, dict[str, str]] = {}
    for name, value in phrases.items():
        if isinstance(value, list):
            flat[name] = pool(value, name)
        elif isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            single[name] = dict(value)
        elif isinstance(value, dict):
            keyed[name] = {k: pool(v, f"{name}.{k}") for k, v in value.items()}
    return Texts(
        case_themes=tuple(_theme(t, "case-themes.toml") for t in themes["theme"]),
        area_themes=tuple(_theme(t, "area-themes.toml") for t in area["theme"]),
        national_themes=tuple(_theme(t, "area-themes.toml") for t in area["national"]),
        phrases=flat,
        keyed=keyed,
        single=single,
        draft_rationale=str(phrases["draft_rationale"]),
        cast=_load("inspection.toml"),
    )


def case_tags(
    law: str,
    case_type: str,
    age: str,
    seen: bool | None,
    seen_alone: str,
) -> frozenset[str]:
    """The tags a case satisfies (see the module docstring)."""
    tags = {law.lower()}
    if law == "PUBLIC" or case_type == "R16_4":
        tags.add("guardian")
    if age in ("0-1", "2-4"):
        tags.add("young")
        if age == "0-1":
            tags.add("baby")
    elif age != "unknown":
        tags.add("talks")
        if age not in ("5-9",):
            tags.add("older")
    if seen:
        tags.add("seen")
        if seen_alone == "yes":
            tags.add("alone")
        elif seen_alone == "no":
            tags.add("not-alone")
    else:
        tags.add("unseen")
    return frozenset(tags)


_FITTING: dict[tuple[int, frozenset[str]], tuple[Pool, Pool]] = {}


def fitting(fragments: Pool, tags: frozenset[str]) -> Pool:
    """The fragments a case with these tags may use.

    Remembered per pool and tag set (there are a few dozen tag sets), since a large demo
    asks hundreds of thousands of times; the pool is kept with its answer so that its id
    cannot be reused by another."""
    key = (id(fragments), tags)
    hit = _FITTING.get(key)
    if hit is None or hit[0] is not fragments:
        hit = (fragments, tuple(f for f in fragments if f.fits(tags)))
        _FITTING[key] = hit
    return hit[1]
