"""Where practice is clearly weaker, for an inspection whose areas are not graded
(tester 26's F12: under the 2013 framework nothing said that practice was weaker in
London South, where children were not seen alone in six of its ten cases, though its
section said so; a framework with area grades names a weaker area by its grade in
`areathemes`).

The areas' own practice tallies decide, over every point of practice about cases:
the findings against in an area's cases (a case against on one point is one finding)
over its findings with a view.  One area, or at most `[limits] concentrated_areas`,
is clearly weaker (`weaker_groups`) where each has at least `[limits]
concentrated_ratio` times the other areas' rate of findings against (twice), and the
framework's `material_share` more (a tenth of the findings), on at least the
framework's `min_cases` findings against, while the next area does not, and the
other areas are more.  The finding names the points its (their) own cases show weak
most often (`_points`): against in at least the framework's `material_floor_share`
of those cases (a third) and in `material_cases` of them, a larger share than
elsewhere by the framework's `material_share`, and not stated in another key finding;
none, no finding.

Both findings name the areas as their headings do ("South East (Area 9)"): the summary
is read before the sections, and a number alone tells the reader nothing (tester 27's
A15: "Areas 9 and 13" went unseen as Kent and the South East).  A stronger area whose
own evidence bears out a good grade by the descriptor the draft checks grades with
(`agreement.grade_check`) is said to be good, beside the share of strengths in the
other areas' findings (`[frames] good_areas`): the national judgement is not softened,
and the lead need not infer "good" from "stronger".
"""

from __future__ import annotations

from exporters.draft.agreement import grade_check
from exporters.draft.areagroups import area_label, place_name
from exporters.draft.casethemes import (
    Scene,
    Theme,
    cases_line,
    choose_text,
    make_theme,
    own_records,
    wording,
)
from exporters.draft.concentration import Groups, Measured, place_words, within
from exporters.draft.data import DraftData
from exporters.draft.headlines import GOOD
from exporters.draft.practicethemes import items
from exporters.draft.tallies import Claim, Tally, same_point, share_words
from exporters.draft.words import join_list


def _rates(sc: Scene) -> dict[tuple[str, ...], tuple[int, int]]:
    """Each visited area's findings against and findings with a view, over every point
    of practice about cases."""
    claims = [c for c in sc.claims if c.by_cases]
    out = {}
    for codes in sc.areas:
        ts = [within(sc.data, c.tally, codes) for c in claims]
        out[codes] = (sum(len(t.neg) for t in ts), sum(t.views for t in ts))
    return out


def weaker_groups(sc: Scene, weaker: bool = True, leave: Groups = ()) -> tuple[Groups, str] | None:
    """The one or two visited areas where practice is clearly weaker (the module's rule),
    or (`weaker` False) clearly stronger: each at most the other areas' rate of findings
    against over `concentrated_ratio` (half) and `material_share` below it, on at least
    `min_cases` findings with a view; with the comment's line on the rates; None where
    none is; the areas `leave` (those found weaker) counted on neither side."""
    d, lim = sc.data, wording()["limits"]
    rates = {g: r for g, r in _rates(sc).items() if g not in leave}

    def rate(neg: int, views: int) -> float:
        return neg / views if views else 0.0

    def apart(on: float, others: float) -> bool:
        ratio, margin = float(lim["concentrated_ratio"]), d.rules.material_share
        if weaker:
            return on >= max(ratio * others, others + margin)
        return on <= min(others / ratio, others - margin)

    sign = -1 if weaker else 1  # stable: the areas' own order among equal rates
    order = sorted(rates, key=lambda g: sign * rate(*rates[g]))
    for k in range(1, lim["concentrated_areas"] + 1):
        if 2 * k >= len(order):
            break
        found, rest = order[:k], order[k:]
        neg = sum(rates[g][0] for g in rest)
        views = sum(rates[g][1] for g in rest)
        if views < d.rules.min_cases:
            break
        # A weaker area on `min_cases` findings against, a stronger one with a view.
        side = 0 if weaker else 1
        enough = all(rates[g][side] >= d.rules.min_cases for g in found)
        if not enough or not all(apart(rate(*rates[g]), rate(neg, views)) for g in found):
            continue
        if apart(rate(*rates[rest[0]]), rate(neg, views)):
            continue  # the next area is as far apart: try it with them
        lines = [f"{place_words(d, (g,))}: {rates[g][0]} of {rates[g][1]} findings against"
                 for g in found]  # fmt: skip
        lines.append(f"the other areas: {neg} of {views}")
        return tuple(g for g in rates if g in found), "; ".join(lines)
    return None


def named(d: DraftData, groups: Groups) -> str:
    """The areas as their sections' headings name them: "South East (Area 9) and Kent
    (Area 13)", "London North (Areas 15a and 15b)"."""
    return join_list([f"{place_name(d, g)} ({area_label(g)})" for g in groups])


def _good(sc: Scene, groups: Groups) -> bool:
    """Whether every one of `groups`' own evidence bears out a good grade by the
    descriptor the draft checks grades with (`agreement.grade_check`)."""
    good = [g.code for g in sc.data.framework.grades if g.rank == GOOD]
    if not good:
        return False
    checks = [grade_check(sc.areas[g], good[0]) for g in groups]
    return all(c is not None and c.agrees for c in checks)


def _rest_share(sc: Scene, pos: int, views: int) -> str:
    """The share of the other areas' findings that are strengths: "fewer than half of
    the" below half, else the proportion word."""
    if 2 * pos < views:
        return str(wording()["frames"]["good_areas_rest_below_half"])
    return share_words(sc.data.rules, pos, views)


def stronger_area(sc: Scene, rank: int | None) -> list[Theme]:
    """For a service below good (`rank`, the overall grade's) none of whose visited areas
    is graded: the finding on the one or two areas where practice is clearly stronger
    (`weaker_groups` the other way), with the share of their own findings that are
    strengths (tester 27's A15: two areas' practice was good while it failed
    elsewhere, said only in their own sections); none otherwise."""
    d = sc.data
    if (
        rank is None
        or rank <= GOOD
        or any(j.area_code is not None and j.grade for j in d.judgements)
    ):
        return []
    # Measured against the areas not found weaker: one clearly weak area among three
    # leaves the other two far apart from it, not one of them stronger (kf27's own).
    weak = weaker_groups(sc)
    got = weaker_groups(sc, weaker=False, leave=weak[0] if weak else ())
    if got is None:
        return []
    groups, line = got
    rates = _rates(sc)
    neg = sum(rates[g][0] for g in groups)
    views = sum(rates[g][1] for g in groups)
    rest_neg = sum(r[0] for g, r in rates.items() if g not in groups)
    rest_views = sum(r[1] for g, r in rates.items() if g not in groups)
    others = wording()["others"]["one" if len(sc.areas) - len(groups) == 1 else "many"]
    good = _good(sc, groups)
    if good:
        line += "; their own evidence bears out a good grade (the draft's grade check)"
    text = choose_text(sc, wording()["frames"]["good_areas" if good else "stronger_area"],
                       "key|stronger_area", areas=named(d, groups), others=others,
                       share=share_words(d.rules, views - neg, views),
                       rest=_rest_share(sc, rest_views - rest_neg, rest_views),
                       own="its" if len(groups) == 1 else "their")  # fmt: skip
    return [make_theme(sc, "strength", "stronger_area", text, [], crits=[], basis=line)]


def _points(sc: Scene, groups: Groups) -> list[Measured]:
    """The points the weaker areas' own cases show weak most often (the module's rule),
    the most cases against first, up to `[limits] nouns`, each with its tally there."""
    d, lim = sc.data, wording()["limits"]
    mine = tuple(code for g in groups for code in g)
    others = tuple(code for g in sc.areas if g not in groups for code in g)
    found: list[tuple[Claim, Tally]] = []
    for c in sc.claims:
        if not c.by_cases or not sc.ctx.stated.isdisjoint(same_point(c.criterion)):
            continue
        t, rest = within(d, c.tally, mine), within(d, c.tally, others)
        n = len(t.neg)
        if n < d.rules.material_cases or n < d.rules.material_floor_share * t.views:
            continue
        if rest.views and n / t.views < len(rest.neg) / rest.views + d.rules.material_share:
            continue
        found.append((c, t))
    found.sort(key=lambda x: (-len(x[1].neg), -len(x[1].neg) / x[1].views, x[0].criterion))
    there = str(wording()["frames"]["weaker_area_there"])
    return [(c, "", there, t) for c, t in found[: lim["nouns"]]]


def weaker_area(sc: Scene) -> list[Theme]:
    """The finding on where practice is clearly weaker (the module's rule), for an
    inspection none of whose visited areas is graded; none otherwise."""
    d = sc.data
    if any(j.area_code is not None and j.grade for j in d.judgements):
        return []
    got = weaker_groups(sc)
    if got is None:
        return []
    groups, line = got
    points = _points(sc, groups)
    if not points:
        return []
    others = wording()["others"]["one" if len(sc.areas) - len(groups) == 1 else "many"]
    text = choose_text(sc, wording()["frames"]["weaker_area"], "key|weaker_area",
                       areas=named(d, groups), others=others,
                       items=items(sc, points, "weak"))  # fmt: skip
    crits = [c.criterion for c, *_x in points]
    cases = [k for *_x, t in points for k in t.neg]
    basis = "; ".join([line, *(cases_line(t, "there") for *_x, t in points)])
    return [make_theme(sc, "weakness", "weaker_area", text,
                       own_records(sc, crits, set(cases), "development"), crits=crits,
                       basis=basis, cases=cases)]  # fmt: skip
