"""The key findings' theme on the areas visited (`themes.py` chooses among the themes):
an area judged inadequate, or two grades or more below (above) every other, named only
where its own cases bear the point out and, below the others, its own evidence does not
dispute its grade (one above them is named with the check its section carries); with
none, how widely the areas' grades differ, or that every area is good or better
(below good).  Wording: `key_findings.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.areagroups import area_name
from exporters.draft.casethemes import (
    SMALL,
    Scene,
    Side,
    Theme,
    cases_line,
    choose_text,
    even,
    fold,
    grade_rank,
    make_theme,
    nouns_list,
    safeguarding,
    wording,
)
from exporters.draft.data import DraftData
from exporters.draft.escalations import OPEN
from exporters.draft.headlines import MOSTLY
from exporters.draft.kfarea import named_points, service_failing, with_service
from exporters.draft.localopening import areas_named
from exporters.draft.relevance import on_topic_note
from exporters.draft.sections import area_check, area_pool, disputed_areas, recorded_grade
from exporters.draft.tallies import Claim, Pool, same_point
from exporters.draft.words import capitalise, number_text
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


def _area_points(
    sc: Scene, pool: Pool, side: Side, why: str = "", limit: int | None = -1
) -> list[Claim]:
    """An area's own practice findings on one side, the most cases first: at least the
    framework's `material_cases` cases, and more on that side than the other (a
    strength at least `MOSTLY` times, a weakness not about even: `casethemes.even`,
    nine against and eight for is no weak practice); a point another key finding states is left out
    (`tallies.same_point`: the summary states each point once).  A weakness on
    safeguarding comes first, then those the rationale recorded with the area's grade
    (`why`) speaks of (tester 12: Area 1, inadequate for "a serious safeguarding
    failure", was said to be weak in analysis and seeing children)."""
    d = sc.data
    guard = safeguarding(d)
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
            first = (c.criterion not in guard, not (why and on_topic_note(d, c.criterion, why)))
            out.append((*first, -neg, c.criterion, c))
        if side == "strength" and pos >= d.rules.material_cases and pos >= MOSTLY * neg:
            out.append((False, False, -pos, c.criterion, c))
    most = wording()["limits"]["nouns"] if limit == -1 else limit
    return [c for *_k, c in sorted(out, key=lambda x: x[:4])][:most]


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
    better (below good); and every other area graded below good (`below_good`)."""
    graded = _area_grades(sc)
    if len(graded) < 2:
        return below_good(sc, set())
    apart = _apart_map(graded)
    if apart:
        # The weaker areas first: their weak points are named before a stronger area's
        # strong ones can take the same criteria (one thing is never praised and
        # criticised).
        order = sorted(apart, key=lambda c: apart[c] in UPWARDS)
        out = [t for codes in order if (t := _apart(sc, graded, codes, apart[codes]))]
        return [*out, *below_good(sc, {c for c, how in apart.items() if how not in UPWARDS})]
    ranks = [r for _c, r, _g in graded]
    if max(ranks) - min(ranks) >= 2:
        spread = _spread(sc, graded)
        worst = max(graded, key=lambda g: g[1])[0]
        # The weakest area named in the spread is named again for the concerns
        # escalated on its cases, which the spread does not say.
        named = {worst} if spread and not escalated_in(sc, worst)[1] else set()
        return [*spread, *below_good(sc, named)]
    return _alike(sc, graded, ranks)


def _alike(sc: Scene, graded: Graded, ranks: list[int]) -> list[Theme]:
    """Areas within a grade of each other: every area good or better, or every one below
    good (said of them all), or each area below good on its own (`below_good`)."""
    frames = wording()["frames"]
    if not (all(r <= 2 for r in ranks) or all(r >= 3 for r in ranks)) or disputed_areas(sc.data):
        return below_good(sc, set())
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


def escalated_in(sc: Scene, codes: tuple[str, ...]) -> tuple[list[int], set[int]]:
    """The safeguarding concerns inspectors found to escalate on an area's own cases:
    their records and cases."""
    d = sc.data
    recs = [i for i in sorted(d.escalations) if (k := d.case[i]) and d.case_area[k] in codes]
    return recs, {d.case[i] for i in recs}


def still_open(sc: Scene, recs: list[int]) -> str:
    """How many of the cases of some escalated concerns were still to escalate when the
    draft was made, said after them ([open]; "" where none was): the area's finding
    says it, and the safeguarding finding does not count its concerns again
    (`safeguardthemes._escalations`; the hand-written inspection said Area 12's three
    concerns in both)."""
    d = sc.data
    cases = {d.case[i] for i in recs}
    open_ = {d.case[i] for i in recs if d.escalations[i] == OPEN}
    if not open_:
        return ""
    w = wording()["open"]
    if len(cases) == 1:
        return str(w["one"])
    if open_ == cases:
        return str(w["all"])
    return str(w["some"]).format(k=number_text(len(open_)))


def _apart(sc: Scene, graded: Graded, codes: tuple[str, ...], how: str) -> Theme | None:
    """One area standing apart, on its own cases' points (None where they bear out none);
    one above the others whose own evidence disputes its grade with its section's check
    after it; one below the others (None where its evidence disputes its grade) with
    safeguarding concerns escalated on its own cases says them first (`below`)."""
    d = sc.data
    side: Side = "strength" if how in UPWARDS else "weakness"
    if side == "weakness":
        return below(sc, graded, codes, how)
    rank = next(r for c, r, _g in graded if c == codes)
    points = _area_points(sc, sc.areas[codes], side)
    if not points:
        return None
    name = area_name(d, codes)
    others = wording()["others"]["one" if len(graded) == 2 else "many"]
    text = choose_text(sc, wording()["frames"][how], f"key|area|{name}", area=name,
                       Area=capitalise(name), judged=wording()["judged"][str(rank)],
                       others=others, nouns=nouns_list([c.words.noun for c in points]))  # fmt: skip
    evs, cases = _evidence(sc, codes, points, side)
    theme = make_theme(sc, side, "area", text, evs, crits=[c.criterion for c in points],
                       basis=_basis(sc, graded, name, points), cases=cases)  # fmt: skip
    # Named even where its own evidence disputes its grade (tester 21's A8: the only
    # outstanding area went unsaid), its strengths being its own cases', with the
    # section's check beside it: the lead settles the grade before either is used.
    check = area_check(d, codes)
    if check is not None and not check.agrees:
        grade = d.framework.grade(next(g for c, _r, g in graded if c == codes)).label.lower()
        mark = str(wording()["marks"]["disputed_area"]).format(area=name, grade=grade,
                                                               what=check.what)  # fmt: skip
        # The area's section carries the flag and the warning (as the local services'
        # note on its disputed areas does not repeat them).
        theme.sentences.append(Sentence(text=mark, role="marker", basis=check.line()))
    return theme


def _basis(sc: Scene, graded: Graded, name: str, points: list[Claim]) -> str:
    """The comment: the areas' grades, and the area's own cases on its points."""
    if not points:
        return f"Area grades: {_grades(sc, graded)}"
    return f"Area grades: {_grades(sc, graded)}; {name}'s own cases: " + "; ".join(
        cases_line(c.tally) + (SMALL if c.tally.views < sc.data.rules.min_cases else "")
        for c in points)  # fmt: skip


def below(sc: Scene, graded: Graded, codes: tuple[str, ...], how: str) -> Theme | None:
    """An area graded below good (`how`: the frame of an area standing apart below the
    others, or "area_below" for one that does not): its grade, and the reasons its own
    evidence gives, safeguarding concerns inspectors escalated on its cases first, then
    its weak practice, safeguarding and what the grade's rationale speaks of first
    (`_area_points`), with the section's marker where its evidence may support a lower
    grade; None where its own evidence is better than its grade, or, standing apart,
    shows neither."""
    d, frames = sc.data, wording()["frames"]
    rank = next(r for c, r, _g in graded if c == codes)
    check = area_check(d, codes)
    # Evidence that may support a lower grade is said with the area's reasons and the
    # marker, once (tester 25's A10); evidence better than the grade, not said here.
    lower = check is not None and check.lower
    if codes in set(disputed_areas(d)) and not lower:
        return None
    _pool, _jdef, j = area_pool(d, codes)
    ranked = _area_points(sc, sc.areas[codes], "weakness", j.rationale if j else "", None)
    points = named_points(ranked)  # by weight, ties at the cut named too (kfarea)
    recs, esc = escalated_in(sc, codes)
    if not points and not esc and how != "area_below":
        return None
    name = area_name(d, codes)
    frame = how + ("_escalated" if esc else "") + ("" if points else "_only")
    others = wording()["others"]["one" if len(graded) == 2 else "many"]
    n = len(esc)
    text = choose_text(sc, frames[frame], f"key|area|{name}", area=name, Area=capitalise(name),
                       judged=wording()["judged"][str(rank)], others=others,
                       nouns=nouns_list([c.words.noun for c in points]),
                       cases=f"{number_text(n)} of its cases" if n > 1 else "one of its cases",
                       open=still_open(sc, recs))  # fmt: skip
    failing = service_failing(sc, sc.areas[codes], points) if points or esc else None
    text = with_service(d, text, failing)  # what its own records show (kfarea, tester 25's A2)
    evs, cases = _evidence(sc, codes, points, "weakness")
    basis = _basis(sc, graded, name, points)
    if failing is not None:
        basis += f"; {name}'s own records: {failing.tally.line(False)}"
        evs = [*evs, *failing.tally.wide_neg]
    if esc:
        n_open = len({d.case[i] for i in recs if d.escalations[i] == OPEN})
        basis += (
            f"; safeguarding concerns recorded on {n} of {name}'s cases; {n_open} not yet escalated"
        )
    theme = make_theme(sc, "weakness", "area", text, [*recs, *evs], basis=basis,
                       crits=[*(c.criterion for c in points)], cases=cases)  # fmt: skip
    theme.kept = True  # every judgement below good has a key finding (tester 12)
    theme.escalated = frozenset(esc)
    theme.sentences += _lower_marks(sc, graded, [codes])
    return theme


def _lower_marks(sc: Scene, graded: Graded, groups: Sequence[tuple[str, ...]]) -> list[Sentence]:
    """The marker, once in the key findings, of each area of `groups` graded below good
    whose own evidence may support a lower grade (`GradeCheck.lower`; tester 25's A10)."""
    out = []
    for codes in groups:
        check = area_check(sc.data, codes)
        if check is None or not check.lower:
            continue
        grade = sc.data.framework.grade(next(g for c, _r, g in graded if c == codes))
        mark = str(wording()["marks"]["disputed_area"]).format(
            area=area_name(sc.data, codes), grade=grade.label.lower(), what=check.what
        )
        out.append(Sentence(text=mark, role="marker", basis=check.line()))
    return out


def states_weakness(
    sc: Scene, codes: tuple[str, ...], criterion: str, besides: frozenset[str]
) -> bool:
    """Whether the finding on an area graded below good (`below`) names the weakness on
    `criterion` among its own cases' points, once the criteria `besides` are stated in
    another finding."""
    _pool, _jdef, j = area_pool(sc.data, codes)
    points = [c for c in _area_points(sc, sc.areas[codes], "weakness",
                                      j.rationale if j else "", limit=None)
              if c.criterion not in besides]  # fmt: skip
    return criterion in [c.criterion for c in named_points(points)]


def below_good_areas(sc: Scene) -> list[tuple[str, ...]]:
    """The visited areas graded below good whose own evidence is no better than their
    grade: each has a key finding that says the concerns escalated on its cases."""
    disputed = _better_than_graded(sc.data)
    return [codes for codes, rank, _g in _area_grades(sc) if rank >= 3 and codes not in disputed]


def _better_than_graded(d: DraftData) -> set[tuple[str, ...]]:
    """The areas whose own evidence disputes their grade, except those whose evidence
    may support a lower grade than one below good (`GradeCheck.lower`): said with their
    reasons and the marker (`below`; tester 25's A10)."""
    out = set()
    for codes in disputed_areas(d):
        check = area_check(d, codes)
        if check is None or not check.lower:
            out.add(codes)
    return out


def below_good(sc: Scene, named: set[tuple[str, ...]]) -> list[Theme]:
    """Each visited area graded below good that no other finding on the areas names
    (issue 15, tester 12: Area 2, requiring improvement, had no key finding): one area
    with the reasons its own evidence gives (`below`); two or more together, by grade,
    with the safeguarding concerns escalated on their cases (so that an inspection
    with most areas below good is not summarised area by area)."""
    graded = _area_grades(sc)
    left = [(codes, rank) for codes, rank, _g in graded if rank >= 3 and codes not in named
            and codes not in _better_than_graded(sc.data)]  # fmt: skip
    if len(left) == 1:
        one = below(sc, graded, left[0][0], "area_below")
        return [one] if one else []
    theme: Theme | None = None
    for rank in sorted({r for _c, r in left}, reverse=True):
        groups = [group for group, r in left if r == rank]
        codes = tuple(c for group in groups for c in group)
        recs, esc = escalated_in(sc, codes)
        n = len(esc)
        points = _shared_points(sc, groups)
        frame = ("areas_below_escalated" if esc else "areas_below") + ("_weak" if points else "")
        text = choose_text(sc, wording()["frames"][frame], f"key|areas_below|{rank}",
                           areas=areas_named(sc.data, groups), judged=wording()["judged"][str(rank)],
                           cases=f"{number_text(n)} of their cases" if n > 1 else "one of their cases",
                           open=still_open(sc, recs),
                           nouns=nouns_list([pairs[0][1].words.noun for pairs in points]))  # fmt: skip
        basis = f"Area grades: {_grades(sc, graded)}" + (
            f"; safeguarding concerns recorded on {n} of their cases" if esc else "")  # fmt: skip
        evs: list[int] = []
        cases: list[int] = []
        for pairs in points:
            for group, c in pairs:
                basis += f"; {area_name(sc.data, group)}'s own cases: {cases_line(c.tally)}"
                got = _evidence(sc, group, [c], "weakness")
                evs, cases = [*evs, *got[0]], [*cases, *got[1]]
        said = make_theme(sc, "weakness", "area", text, [*recs, *evs], basis=basis,
                          crits=[pairs[0][1].criterion for pairs in points], cases=cases)  # fmt: skip
        said.sentences += _lower_marks(sc, graded, groups)
        theme = fold(theme, said)
        theme.escalated |= esc
    if theme is None:
        return []
    theme.kept = True  # every judgement below good has a key finding
    theme.grades = len(left)
    return [theme]


def _laws_below(sc: Scene) -> list[str]:
    """The national law-type judgements graded below good (their ids)."""
    d, out = sc.data, []
    for jid in sc.body.laws.values():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        if rank is not None and rank >= 3:
            out.append(jid)
    return out


def _shared_points(
    sc: Scene, groups: list[tuple[str, ...]]
) -> list[list[tuple[tuple[str, ...], Claim]]]:
    """The reasons a group of areas below good shares (session 15: such a group had a
    placeholder, no reasons): the weak points of their own cases (`_area_points`, every
    one: not one another finding states) weak in at least half of the group's areas and
    two of them, and not a weakness of a law type judged below good (its finding's
    reason: a point is said in one finding), the most cases against first; each as its
    areas' claims."""
    found: dict[str, list[tuple[tuple[str, ...], Claim]]] = {}
    laws = _laws_below(sc)
    for group in groups:
        for c in _area_points(sc, sc.areas[group], "weakness", limit=None):
            # A law type's reason its finding may name (`gradethemes._weak`) stays its.
            if not any(sc.body.judgement(jid, c.criterion) == "against" for jid in laws):
                found.setdefault(c.criterion, []).append((group, c))
    need = max(2, (len(groups) + 1) // 2)
    ranked = sorted(
        (crit for crit, got in found.items() if len(got) >= need),
        key=lambda crit: (-sum(len(c.tally.neg) for _g, c in found[crit]), crit),
    )
    return [found[crit] for crit in ranked[: wording()["limits"]["nouns"]]]


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
