"""The cause of a weaker area's main shortfall, in the key findings of a service judged
outstanding (issue 15, kf35's leftover 5b: tester 33's Area 4, judged good beside
outstanding areas, said in its own section that "problems with interpreters lay behind
all seven of the cases that fell short", and the improvement points asked for
interpreters to be arranged in good time; the key findings said only that every area
gives children a good service or better, three of the five an outstanding one).

Where the leaders' finding says their impact in every area visited (`kfoutstanding`),
each area graded below the best of them whose own section finds the cause of its main
shortfall (`areacause.find_cause`: the cause its judgement's rationale gives, which its
own development notes bear out in at least the framework's `material_cases` cases and a
third of those the shortfall counts against) is named after it, with that cause and how
many of the shortfall's cases it lay behind ([frames] `area_cause`).  At most
`[limits] area_causes` areas; none where no section finds a cause.
"""

from __future__ import annotations

from exporters.draft.areacause import find_cause
from exporters.draft.casethemes import Scene, choose_text
from exporters.draft.casethemes import wording as kf_wording
from exporters.draft.kfweakarea import named
from exporters.draft.trace import traced
from exporters.draft.words import number_text
from exporters.model import Sentence


def _k_of_n(k: int, n: int) -> str:
    if k == n:
        return "both of the" if n == 2 else f"all {number_text(n)} of the"
    return f"{number_text(k)} of the {number_text(n)}"


def area_causes(sc: Scene) -> list[Sentence]:
    """The sentences naming each weaker area's cause (see the module docstring)."""
    d = sc.data
    ranked: list[tuple[int, tuple[str, ...], str]] = []
    for group, ctx in sc.body.areas.items():
        grade = ctx.grade
        if grade is None:
            continue
        ranked.append((d.framework.grade(grade).rank, group, grade))
    if not ranked:
        return []
    best = min(r for r, _g, _x in ranked)
    out: list[Sentence] = []
    for rank, group, _grade in sorted(ranked, key=lambda x: (-x[0], x[1])):
        if rank == best or len(out) >= int(kf_wording()["limits"]["area_causes"]):
            continue
        ctx = sc.body.areas[group]
        cause = find_cause(ctx)
        if cause is None:
            continue
        noun = d.words.criterion(d.framework, cause.criterion).noun
        text = choose_text(sc, kf_wording()["frames"]["area_cause"], "key|area_cause",
                           area=named(d, (group,)), judged=kf_wording()["judged"][str(rank)],
                           subject=cause.subject, noun=noun,
                           k_of_n=_k_of_n(len(cause.cases), len(cause.against)))  # fmt: skip
        basis = (f"{named(d, (group,))}: {len(cause.cases)} of the {len(cause.against)} "
                 f"cases against on {cause.criterion} in its own cases; their development "
                 f"notes name {cause.subject}; the cause its rationale gives: "
                 f"\u2018{cause.rationale}\u2019")  # fmt: skip
        out.append(traced(text, list(cause.records), d, role="claim",
                          criteria=[cause.criterion], basis=basis, direction="against",
                          case_refs=ctx.pool.refs(cause.cases)))  # fmt: skip
    return out
