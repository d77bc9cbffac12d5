"""The local services' opening where some areas visited provide a good service and some
do not yet: which, and how many, said plainly (tester 12's claim 11: "the majority of the
areas that inspectors visited other than Area 6 provide children with a good service or
better, although some do not yet").  `sectionopening.balance_opening` uses it; wording:
`drafting.toml` [headline_judged] `graded_areas_counted`.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.areagroups import area_groups, area_label, area_name, split_grades
from exporters.draft.claims import Context
from exporters.draft.data import DraftData
from exporters.draft.words import join_list, number_text


def areas_counted(
    ctx: Context, rank: int, band: str, left_out: Sequence[str]
) -> tuple[list[str], dict[str, str]] | None:
    """The local services' opening where some areas visited provide a good service and
    some do not yet: which, and how many, said plainly ([headline_judged]
    `graded_areas_counted`, by the grade's rank and which side the areas lean to: "of
    the five areas that inspectors visited other than Area 6, three (Areas 3, 4 and 5)
    provide children with a good service or better, although two (Areas 1 and 2) do
    not yet"; tester 12's claim 11, "the majority ... although some do not yet");
    None where every area is on one side (the stock forms say "all" or "none")."""
    good, below = _areas_by_side(ctx)
    if not good or not below:
        return None
    j = ctx.data.words.headline_judged
    lean = "for" if band in ("strong", "leaning_for", "mixed_for", "all_for") else (
        "mixed" if band in ("mixed", "even") else "against")  # fmt: skip
    forms = [str(f) for f in j["graded_areas_counted"][str(rank)][lean]]
    n = number_text(len(good) + len(below))
    visited = (j["visited_counted_apart"] if left_out else j["visited_counted"]).format(
        n=n, areas=join_list(list(left_out)))  # fmt: skip

    def count(areas: list[tuple[str, ...]]) -> str:
        return f"{number_text(len(areas))} ({areas_named(ctx.data, areas)})"

    fill = {
        "visited": visited, "good": count(good), "not_good": count(below),
        "provide": "provides" if len(good) == 1 else "provide",
        "good_do": "does" if len(good) == 1 else "do",
        "not_do": "does" if len(below) == 1 else "do",
    }  # fmt: skip
    return forms, fill


def _areas_by_side(ctx: Context) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The visited areas whose settled grades the local services' opening counts (as
    `sections.area_grades` counts them), good or better and below good: every visited
    area with a settled grade, as the lead recorded it, whether or not its own evidence
    disputes it (tester 18's F14: an outstanding area and two good ones vanished from
    the opening of a good judgement, which then said most areas were not good)."""
    # Here: sections drafts the openings with this module, a cycle at import.
    from exporters.draft.sections import area_pool, recorded_grade

    d = ctx.data
    good: list[tuple[str, ...]] = []
    below: list[tuple[str, ...]] = []
    for codes in area_groups(d):
        if split_grades(d, codes):
            continue
        grade, provisional = recorded_grade(d, area_pool(d, codes)[2])
        if grade and not provisional:
            (good if d.framework.grade(grade).rank <= 2 else below).append(codes)
    return good, below


def areas_named(data: DraftData, groups: Sequence[tuple[str, ...]]) -> str:
    """Areas in a list, "Areas 3, 4 and 5"; areas reported together, one of the list by
    the name their section has ("Area 3, Area 9 and London North")."""
    if all(len(g) == 1 for g in groups):
        return area_label(tuple(g[0] for g in groups))
    return join_list([area_name(data, g) for g in groups])
