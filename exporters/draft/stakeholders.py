"""What stakeholders told inspectors about the service, said only as far as their
interviews go (`views`).

A sentence about a group of stakeholders names only the groups with strength or
development records from their own interviews (a neutral note, or a hedged one that
reports a plan not yet in effect, names nobody), and says what each group's records
say (issue 15: never a balance they do not hold): praise where every one of a group's
records praises the service, criticism where every one is critical, and both, with
which is commoner, where a group's records hold both (`_Group.kind`).  Groups of
different kinds are said apart, a clause each (`drafting.toml` [stakeholder_parts]).
How the sentence counts (its direction: for, against, or balanced) follows the
framework's `stakeholder_positive_below` and `stakeholder_critical_above` (`_Group.side`).
Judges and magistrates are named as the notes name them.  Strong words ("very
positive") need at least the framework's `min_cases` records; with fewer the sentence
says that inspectors heard from only a few, and a single record makes no claim about a
group (a quotation by role may still give that one person's words).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from exporters.draft.tallies import Pool
from exporters.draft.trace import Voice, traced
from exporters.draft.words import capitalise, has_words, join_list, wording_dir
from exporters.model import Flag, Sentence
from store.framework import DraftingRules


@dataclass
class _Group:
    """One source's records: its groups as the notes name them, and its balance."""

    names: list[str]
    pos: list[int]
    neg: list[int]

    def side(self, rules: DraftingRules) -> str:
        """for, against or mixed, by the share of the group's records that are critical
        (the framework's `stakeholder_positive_below` and `stakeholder_critical_above`)."""
        share = len(self.neg) / (len(self.pos) + len(self.neg))
        if share < rules.stakeholder_positive_below:
            return "for"
        return "against" if share > rules.stakeholder_critical_above else "mixed"

    @property
    def kind(self) -> str:
        """What the group's records say: "for" (praise only), "against" (criticism
        only), "mostly_for", "mostly_against" (both, one commoner) or "even"."""
        pos, neg = len(self.pos), len(self.neg)
        if not neg or not pos:
            return "for" if not neg else "against"
        return "even" if pos == neg else "mostly_for" if pos > neg else "mostly_against"


KINDS = ("for", "mostly_for", "even", "mostly_against", "against")  # the order said


@cache
def _voices() -> dict[str, Any]:
    with (wording_dir() / "voices.toml").open("rb") as fh:
        return tomllib.load(fh)


def is_survey(source: str) -> bool:
    """Whether a source is a survey (`voices.toml` `survey_sources`): its notes are said
    as feedback from it or as one response to it, never as one person's speech."""
    return source in _voices()["survey_sources"]


def survey_response() -> str:
    """Who words quoted from a survey are said to be by: one response to it."""
    return str(_voices()["survey_response"])


def child_word_frames(source: str, young: bool) -> tuple[str, ...]:
    """How a child's own recorded words from a record of `source` are put (`voices.toml`
    [child_words]): "told inspectors" only where an inspector heard them, "recorded" for
    a case file, a response for the survey; () for a source with no frames.  `{Who}`,
    `{who}` and `{a}` are filled in for a young person (`young`) or a child."""
    v = _voices()
    noun = v["young_person_noun"] if young else v["child_noun"]
    return tuple(f.replace("{Who}", f"One {noun}").replace("{who}", f"one {noun}")
                 .replace("{a}", f"a {noun}") for f in v["child_words"].get(source, ()))  # fmt: skip


def child_word_rank(source: str) -> int:
    """Where a child's words of `source` come in the order they are preferred for a claim
    (`voices.toml` [child_words], first first: words said to an inspector before words
    on a case file)."""
    order = list(_voices()["child_words"])
    return order.index(source) if source in order else len(order)


@cache
def parts() -> dict[str, Any]:
    """`drafting.toml` [stakeholder_parts]: a clause per kind of group, and their joins."""
    with (wording_dir() / "drafting.toml").open("rb") as fh:
        return dict(tomllib.load(fh)["stakeholder_parts"])


def _groups(pool: Pool, records: list[int]) -> list[_Group]:
    d = pool.data
    w = d.words
    texts = d.texts(records)
    out = []
    for source, names in w.stakeholder_groups.items():
        mine = [i for i in records if d.source[i] == source]
        neg = [i for i in mine if d.polarity[i] == "development"]
        # A view of a plan not yet in effect ("too early to say") is no positive view.
        pos = [i for i in mine if d.polarity[i] == "strength" and i not in d.hedged]
        if not pos and not neg:
            continue
        said = " ".join(texts[i].text for i in pos + neg)
        cued = [n for n in names if n in w.stakeholder_cues]
        named = [n for n in cued if any(has_words(said, c) for c in w.stakeholder_cues[n])]
        plain = [n for n in names if n not in w.stakeholder_cues]
        out.append(_Group(named or plain or list(names[:1]), pos, neg))
    return out


def _heard(pool: Pool, law: str) -> list[_Group]:
    """The groups of stakeholders whose interviews a section's views are said from."""
    w = pool.data.words
    records = pool.of_sources(sorted(w.partner_quotes))
    if law:
        records = sorted({*records, *about_law(pool, law)})
    return _groups(pool, records)


def groups_heard(pool: Pool, law: str = "") -> set[str]:
    """The stakeholder groups ("judges", "local authority staff") whose view a section
    says in one sentence (`views`), whichever paragraph comes first; empty when their
    records support no claim."""
    groups = _heard(pool, law)
    if sum(len(g.pos) + len(g.neg) for g in groups) < 2:
        return set()
    return {n for g in groups for n in g.names}


def views(
    pool: Pool, voice: Voice, key: str, area: str, place: str, law: str = ""
) -> Sentence | None:
    """What judges, local authorities and partners told inspectors about the service
    (see the module docstring); None when their records support no claim.  A section on
    one law type (`law`) also counts the stakeholders' records about an area or the
    organisation that are about that law type (`about_law`): a judge's view of public
    law reports belongs to the public law section's picture of judges.  A claim resting on
    these groups' interviews alone is not said again (`attributed.heard_already`)."""
    d = pool.data
    w = d.words
    groups = _heard(pool, law)
    total = sum(len(g.pos) + len(g.neg) for g in groups)
    if total < 2:
        return None
    sides = {g.side(d.rules) for g in groups}
    side = sides.pop() if len(sides) == 1 else "balanced"
    direction = side if side in ("for", "against") else "balanced"
    few = total < d.rules.min_cases
    # Every sentence names whose views it counts, so that two sections counting the same
    # group in different pools never read as contradicting each other ("judges in Area
    # 3" beside "judges in public law cases" and "judges across the areas visited").
    within = f" in {area}" if pool.areas else " " + _national_pool(pool, law)
    fill = {"in_area": within, "in_place": within if not pool.areas else f" in {place}"}
    text = voice.choose(_options(groups, few, fill, w.stakeholders), key, "stakeholders")
    if text is None:
        return None
    flags: list[Flag] = ["small sample"] if few else []
    if direction == "balanced" or any(g.pos and g.neg for g in groups):
        flags.append("mixed evidence")
    basis = "; ".join(
        f"{join_list(g.names)}: {len(g.pos)} strength and {len(g.neg)} development records"
        f" ({g.kind.replace('_', ' ')})"
        for g in groups
    )
    evs = sorted(i for g in groups for i in g.pos + g.neg)
    return traced(text, evs, d, role="views", basis=basis, flags=flags, direction=direction)


def _national_pool(pool: Pool, law: str) -> str:
    """Whose views a section about no one area counts ([stakeholder_parts] `pools`): "in
    public law cases" for a section on one law type, "at national level" for one
    counting only records about the organisation (national leadership), else "across
    the areas visited"."""
    pools = parts()["pools"]
    if law:
        return str(pools["law"]).format(law=pool.data.framework.law_type_label(law).lower())
    national = set(pool.data.national)
    if not pool.case_ids and all(i in national for i in pool.wide):
        return str(pools["national"])
    return str(pools["areas"])


def _options(
    groups: list[_Group], few: bool, fill: dict[str, str], frames: dict[str, tuple[str, ...]]
) -> list[str]:
    """The sentences that say what each kind of group said (see the module docstring)."""
    names = {k: [n for g in groups if g.kind == k for n in g.names] for k in KINDS}
    kinds = [k for k in KINDS if names[k]]
    every = [n for g in groups for n in g.names]
    fill = {**fill, "groups": join_list(every), "Groups": capitalise(join_list(every)),
            "pos_groups": join_list(names["for"]),
            "Pos_groups": capitalise(join_list(names["for"])),
            "neg_groups": join_list(names["against"])}  # fmt: skip
    if len(kinds) == 1 or kinds == ["for", "against"]:
        kind = kinds[0] if len(kinds) == 1 else "split"
        return [f.format(**fill) for f in frames[f"few_{kind}" if few else kind]]
    p = parts()
    first = "the service" if few else f"the service{fill['in_place']}"
    clauses = [
        p[k].format(groups=join_list(names[k]), service=first if n == 0 else "it")
        for n, k in enumerate(kinds)
    ]  # fmt: skip
    if few:
        return [f.format(clauses="; ".join(clauses), **fill) for f in p["few"]]
    every_it = "; ".join(p[k].format(groups=join_list(names[k]), service="it") for k in kinds)
    alike = set(kinds) <= {"for", "mostly_for"} or set(kinds) <= {"against", "mostly_against"}
    joins = p[("alike" if alike else "sentence") + ("" if len(clauses) == 2 else "_many")]
    return [
        j.format(First=capitalise(clauses[0]), second=clauses[1], rest="; ".join(clauses[1:]),
                 clauses=every_it, **fill)
        for j in joins
    ]  # fmt: skip


def about_law(pool: Pool, law: str) -> list[int]:
    """Stakeholders' records about an area or the organisation (no case) that name the
    law type (its label, "public law", or one of its `law_cues`) and none of another's."""
    d = pool.data
    w = d.words
    wide = [*d.national, *(i for evs in d.area_level.values() for i in evs)]
    mine = [i for i in wide if d.source[i] in w.partner_quotes]
    texts = d.texts(mine)
    own = [d.framework.law_type_label(law).lower(), *w.law_cues.get(law, ())]
    others = [c for lt, cs in w.law_cues.items() if lt != law
              for c in (d.framework.law_type_label(lt).lower(), *cs)]  # fmt: skip
    return [i for i in mine
            if any(has_words(texts[i].text, c) for c in own)
            and not any(has_words(texts[i].text, c) for c in others)]  # fmt: skip
