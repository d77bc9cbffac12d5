"""Where leadership is weaker, said in the national leadership section (issue 15, tester
32's F9: Area 3's own notes on how it is led, unallocated work, a capacity gap with a
recovery plan not yet in the files, were all weaknesses, and reached only the area's
section; the national section, graded good, never said where leadership fell short,
though the judgement's rationale named the area's recovery plan).

In a national leadership section graded good or better, an area visited whose own notes
about how it is led (its records with no case, on the section's criteria about the
service, from any source but stakeholders' views, which the views sentence weighs) are
mostly weaknesses (`leaders_weaker.toml` `least` of them at least, more than its
strengths) is named in one sentence after the section's strengths, with what those notes
are about and their sources ("Leadership is weaker in Area 3: evidence from managers and
the service's figures point to shortfalls there in the allocation of work and in how
leaders plan the workforce and control workloads.").  What a criterion's notes are about
is the subject they speak of (`subjects.note_subject`), its topic where they all speak of
one, else the criterion's own; at most `points` of them, the commonest first.  Never
where half the areas visited or more are so (then it is no one area's, and the grade's
check weighs it), nor under a framework with a judgement on the local services (2018),
whose section says how each area is led.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft.areagroups import area_groups, area_name
from exporters.draft.claims import Context
from exporters.draft.fewrecords import named
from exporters.draft.fitting import is_stakeholder
from exporters.draft.proportion import graded_well
from exporters.draft.subjects import done_away, note_subject, subjects, topic, weak_part
from exporters.draft.trace import traced
from exporters.draft.wording import wording_table
from exporters.model import Paragraph, Sentence


@cache
def wording() -> dict[str, Any]:
    """`leaders_weaker.toml`."""
    return wording_table("leaders_weaker.toml")


def add_weaker_area(ctx: Context, paras: list[Paragraph]) -> None:
    """The sentence naming each area where leadership is weaker (see the module
    docstring), after the last sentence of the section's first paragraph."""
    if not paras or not paras[0].sentences:
        return
    said = weaker_areas(ctx)
    paras[0].sentences = [*paras[0].sentences, *said]


def weaker_areas(ctx: Context) -> list[Sentence]:
    """One sentence for each area where leadership is weaker; [] where none is, or the
    section is not the national leadership's graded good or better."""
    d = ctx.data
    if ctx.pool.areas or not graded_well(d, ctx.grade) or _local_section(ctx):
        return []
    linked: frozenset[str] = getattr(ctx.pool, "linked", frozenset())
    groups = area_groups(d)
    weak = {g: dv for g in groups if (dv := _weak_notes(ctx, g, linked))}
    if not weak or 2 * len(weak) >= len(groups):
        return []
    return [s for g, dv in weak.items() if (s := _sentence(ctx, g, dv, linked)) is not None]


def _local_section(ctx: Context) -> bool:
    """Whether the framework judges the local services in a section of their own (the
    2018 framework's), which says how each area is led."""
    d = ctx.data
    return any(d.words.judgement_kind(j) == "local" for j in d.framework.judgements)


def _about_service(ctx: Context, i: int, linked: frozenset[str]) -> list[str]:
    """Record `i`'s criteria about the service that the section counts."""
    d = ctx.data
    return [c for c in d.crits[i] if (not linked or c in linked)
            and d.words.criterion(d.framework, c).about != "cases"]  # fmt: skip


def _weak_notes(ctx: Context, codes: Sequence[str], linked: frozenset[str]) -> list[int]:
    """An area's own development notes on how it is led, where they are at least `least`
    and more than its strength notes; [] otherwise."""
    d = ctx.data
    mine = [i for code in codes for i in d.area_level.get(code, ())
            if not d.case[i] and not is_stakeholder(d.words, d.source[i])
            and _about_service(ctx, i, linked)]  # fmt: skip
    dv = [i for i in mine if d.polarity[i] == "development"]
    st = [i for i in mine if d.polarity[i] == "strength"]
    return dv if len(dv) >= int(wording()["least"]) and len(dv) > len(st) else []


def _sentence(
    ctx: Context, codes: Sequence[str], dv: list[int], linked: frozenset[str]
) -> Sentence | None:
    d = ctx.data
    count = Counter(c for i in dv for c in _about_service(ctx, i, linked))
    crits = [c for c, _n in count.most_common(int(wording()["points"]))]
    points = [_point(ctx, c, [i for i in dv if c in d.crits[i]]) for c in crits]
    points = list(dict.fromkeys(p for p in points if p))
    if not points:
        return None
    text_points = " and in ".join(points)  # "in X and in how leaders plan ... and ..."
    src, s = named(d, dv, topic=text_points)
    options = [f.format(area=area_name(d, codes), src=src, s=s, points=text_points)
               for f in wording()["frames"]]  # fmt: skip
    text = ctx.voice.choose(options, ctx.key, "leaders|weaker", openings=ctx.openings) or options[0]
    text = text[0].upper() + text[1:]
    basis = f"{wording()['basis']}: " + ", ".join(f"{c} {n} against" for c, n in count.items())
    return traced(text, dv, d, role="claim", criteria=crits, direction="against",
                  basis=basis, by_cases=False)  # fmt: skip


def _point(ctx: Context, crit: str, dv: list[int]) -> str:
    """What an area's weakness notes on `crit` are about: the one subject they speak of
    (`subjects`), the neutral one where they speak of several, else the criterion's
    own phrase."""
    d = ctx.data
    cw = d.words.criterion(d.framework, crit)
    subs = subjects().get(crit)
    if subs is None:
        return cw.about_what
    texts = d.texts(dv)
    found = {note_subject(done_away(subs, weak_part(texts[i].text)), subs) for i in dv}
    if len(found) == 1 and (one := found.pop()) is not None:
        return topic(subs, one) if one.topic else cw.about_what
    return subs.neutral.topic or cw.about_what  # several things: the thing alone
