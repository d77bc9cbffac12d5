"""The key findings' theme on the areas visited (`themes.py` chooses among the themes):
an area judged inadequate, or two grades or more below (above) every other, named only
where its own cases bear the point out and its own evidence does not dispute its grade;
with none, how widely the areas' grades differ, or that every area is good or better
(below good).  Wording: `key_findings.toml`.
"""

from __future__ import annotations

from exporters.draft.areagroups import area_name
from exporters.draft.casethemes import (
    SMALL,
    Scene,
    Side,
    Theme,
    cases_line,
    choose_text,
    even,
    grade_rank,
    make_theme,
    nouns_list,
    wording,
)
from exporters.draft.headlines import MOSTLY
from exporters.draft.sections import area_pool, disputed_areas, recorded_grade
from exporters.draft.tallies import Claim, Pool, same_point
from exporters.draft.words import capitalise
from exporters.model import Sentence

# Areas -------------------------------------------------------------------------

UPWARDS = ("area_strong", "area_outstanding")  # the ways an area stands apart upwards
Graded = list[tuple[tuple[str, ...], int, str]]


def _area_grades(sc: Scene) -> list[tuple[tuple[str, ...], int, str]]:
    """The visited areas (groups reported together) with a settled grade: codes, rank and
    the grade."""
    d = sc.data
    out = []
    for codes in sc.areas:
        _pool, _jdef, j = area_pool(d, codes)
        grade, provisional = recorded_grade(d, j)
        rank = None if provisional else grade_rank(d, grade)
        if rank is not None and grade:
            out.append((codes, rank, grade))
    return out


def _outlier(rank: int, others: list[int]) -> str | None:
    """How an area stands apart from the others (the frame's name): two grades or more
    below every other area ("area_weak"), judged inadequate while another is not
    ("area_inadequate"), two grades or more above every other ("area_strong"), or judged
    outstanding while no other is ("area_outstanding"): an area stands apart upwards as
    it does downwards."""
    if not others:
        return None
    if rank >= 3 and all(r <= rank - 2 for r in others):
        return "area_weak"
    if rank == 4 and min(others) < 4:
        return "area_inadequate"
    if all(r >= rank + 2 for r in others):
        return "area_strong"
    if rank == 1 and min(others) > 1:
        return "area_outstanding"
    return None


def _area_points(sc: Scene, pool: Pool, side: Side) -> list[Claim]:
    """An area's own practice findings on one side, the most cases first: at least the
    framework's `material_cases` cases, and more on that side than the other (a
    strength at least `MOSTLY` times, a weakness not about even: `casethemes.even`,
    nine against and eight for is no weak practice); a point another key finding states is left out
    (`tallies.same_point`: the summary states each point once)."""
    d = sc.data
    out = []
    for c in pool.claims():
        if not c.by_cases or not sc.ctx.stated.isdisjoint(same_point(c.criterion)):
            continue
        pos, neg = len(c.tally.pos), len(c.tally.neg)
        if (
            side == "weakness"
            and neg >= d.rules.material_cases
            and neg > pos
            and not even(d, c.tally)
        ):
            out.append((-neg, c.criterion, c))
        if side == "strength" and pos >= d.rules.material_cases and pos >= MOSTLY * neg:
            out.append((-pos, c.criterion, c))
    return [c for *_k, c in sorted(out, key=lambda x: x[:2])][: wording()["limits"]["nouns"]]


def _apart_map(graded: Graded) -> dict[tuple[str, ...], str]:
    """The areas standing apart from the others, and how (`_outlier`)."""
    apart = {codes: how for codes, rank, _g in graded
             if (how := _outlier(rank, [r for c, r, _g in graded if c != codes]))}  # fmt: skip
    for alone in ("area_inadequate", "area_outstanding"):
        if 2 * sum(how == alone for how in apart.values()) >= len(graded):
            # Half the areas or more inadequate (outstanding): none of them stands apart.
            apart = {c: how for c, how in apart.items() if how != alone}
    if len(graded) == 2 and len(apart) == 2:  # one contrast: said of the weaker area
        apart = {c: how for c, how in apart.items() if how not in UPWARDS}
    return apart


def apart_sides(sc: Scene) -> frozenset[str]:
    """The sides on which an area visited stands apart from the others: "weakness" for
    one far below them (or inadequate alone), "strength" for one far above; a strength
    is then never said to hold "in every area visited"."""
    graded = _area_grades(sc)
    if len(graded) < 2:
        return frozenset()
    return frozenset("strength" if how in UPWARDS else "weakness"
                     for how in _apart_map(graded).values())  # fmt: skip


def area_themes(sc: Scene) -> list[Theme]:
    """An area standing apart from the others (`_apart`), named only where its own cases
    bear the point out and its evidence does not dispute its grade; with none, how
    widely the areas' grades differ (`_spread`), or that every area visited is good or
    better (below good)."""
    frames = wording()["frames"]
    graded = _area_grades(sc)
    if len(graded) < 2:
        return []
    apart = _apart_map(graded)
    if apart:
        # The weaker areas first: their weak points are named before a stronger area's
        # strong ones can take the same criteria (one thing is never praised and
        # criticised).
        order = sorted(apart, key=lambda c: apart[c] in UPWARDS)
        return [t for codes in order if (t := _apart(sc, graded, codes, apart[codes]))]
    ranks = [r for _c, r, _g in graded]
    if max(ranks) - min(ranks) >= 2:
        return _spread(sc, graded)
    if not (all(r <= 2 for r in ranks) or all(r >= 3 for r in ranks)) or disputed_areas(sc.data):
        return []
    good = all(r <= 2 for r in ranks)
    text = choose_text(sc, frames["areas_good" if good else "areas_weak"], "key|areas")
    s = Sentence(text=text, role="claim", basis=f"Area grades: {_grades(sc, graded)}",
                 direction="for" if good else "against")  # fmt: skip
    weight = sum(len(p.case_ids) for p in sc.areas.values())
    return [Theme("strength" if good else "weakness", "areas", weight, [s])]


def _grades(sc: Scene, graded: Graded) -> str:
    """The areas' grades as a comment gives them ("Area 3: Outstanding; Area 11: ...")."""
    fw = sc.data.framework
    return "; ".join(f"{area_name(sc.data, c)}: {fw.grade(g).label}" for c, _r, g in graded)


def _evidence(
    sc: Scene, codes: tuple[str, ...], points: list[Claim], side: Side
) -> tuple[list[int], list[int]]:
    """The area's records and cases behind its points on one side."""
    d, pool = sc.data, sc.areas[codes]
    polarity = "development" if side == "weakness" else "strength"
    cases = [k for c in points for k in (c.tally.neg if side == "weakness" else c.tally.pos)]
    evs = [i for c in points for i in pool.records(c.criterion, polarity)
           if d.case[i] in set(cases) and d.own[i]]  # fmt: skip
    return evs, cases


def _apart(sc: Scene, graded: Graded, codes: tuple[str, ...], how: str) -> Theme | None:
    """One area standing apart, on its own cases' points (None where they bear out none,
    or its own evidence disputes its grade)."""
    d = sc.data
    side: Side = "strength" if how in UPWARDS else "weakness"
    rank = next(r for c, r, _g in graded if c == codes)
    disputed = codes in set(disputed_areas(d))
    points = [] if disputed else _area_points(sc, sc.areas[codes], side)
    if not points:
        return None
    name = area_name(d, codes)
    others = wording()["others"]["one" if len(graded) == 2 else "many"]
    text = choose_text(sc, wording()["frames"][how], f"key|area|{name}", area=name,
                       Area=capitalise(name), judged=wording()["judged"][str(rank)],
                       others=others, nouns=nouns_list([c.words.noun for c in points]))  # fmt: skip
    evs, cases = _evidence(sc, codes, points, side)
    basis = f"Area grades: {_grades(sc, graded)}; {name}'s own cases: " + "; ".join(
        cases_line(c.tally) + (SMALL if c.tally.views < d.rules.min_cases else "")
        for c in points)  # fmt: skip
    return make_theme(sc, side, "area", text, evs, crits=[c.criterion for c in points],
                      basis=basis, cases=cases)  # fmt: skip


def _spread(sc: Scene, graded: Graded) -> list[Theme]:
    """The areas' grades two grades apart or more with no area standing apart: the best
    and the weakest named, each with a point its own cases bear out (none where either
    has none, or its own evidence disputes its grade)."""
    d = sc.data
    disputed = set(disputed_areas(d))
    ranks = sorted(graded, key=lambda g: g[1])
    best, worst = ranks[0], ranks[-1]
    if best[0] in disputed or worst[0] in disputed:
        return []
    down = _area_points(sc, sc.areas[worst[0]], "weakness")[:1]
    # Never one thing praised in one area and criticised in the other.
    up = [c for c in _area_points(sc, sc.areas[best[0]], "strength")
          if not down or c.criterion != down[0].criterion][:1]  # fmt: skip
    if not up or not down:
        return []
    judged = wording()["judged"]
    b, w = area_name(d, best[0]), area_name(d, worst[0])
    text = choose_text(sc, wording()["frames"]["areas_spread"], "key|spread", best=b, Best=capitalise(b),
                       worst=w, judged_best=judged[str(best[1])], judged_worst=judged[str(worst[1])],
                       strong=up[0].words.noun, weak=down[0].words.noun)  # fmt: skip
    evs_up, cases_up = _evidence(sc, best[0], up, "strength")
    evs_down, cases_down = _evidence(sc, worst[0], down, "weakness")
    basis = (f"Area grades: {_grades(sc, graded)}; {b}'s own cases: {cases_line(up[0].tally)}; "
             f"{w}'s own cases: {cases_line(down[0].tally)}")  # fmt: skip
    theme = make_theme(sc, "weakness", "spread", text, [*evs_down, *evs_up],
                       crits=[down[0].criterion], basis=basis, cases=[*cases_down, *cases_up])  # fmt: skip
    return [theme]
