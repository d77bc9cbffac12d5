"""Where a weakness's cases against are concentrated, for the key findings
(`safeguardthemes.py`, `practicethemes.py`): one law type ("public law cases"), or one
or two visited areas ("in Area 11", "in two of the five areas visited (Areas 2 and
4)"), said with that law type's (those areas') own share, never a national share the
other areas do not share; otherwise all the cases with a view, the share of them all.
A sentence counts by one measure: weaknesses concentrated in different places are
said in sentences of their own (`one_measure`).  A national judgement's section says
where too, after the weakness (`said_where`).

The areas are concentrated (issue 15, from the last independent audit) where the fewest
of them, at most `[limits] concentrated_areas` (two), hold the framework's
`concentrated_share` (three quarters) of the cases against, their own share against is
at least `[limits] concentrated_ratio` (twice) the other areas', and each named area
has the framework's `material_cases` cases against and more against than for, not a
near-even split (`casethemes.even`, as the area's own section weighs it); two
areas are named only where the other areas have `min_cases` cases with a view to set
them against.  The cases against are then where a lead would say "particularly in Area
X and Area Y", and the rest of the service does not share the national share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import combinations

from exporters.draft.areagroups import area_groups, area_label, area_name
from exporters.draft.byrate import by_rate
from exporters.draft.casethemes import SMALL, Scene, cases_line, even, safeguarding, wording
from exporters.draft.claims import Context
from exporters.draft.data import DraftData
from exporters.draft.lowcoverage import share_of, sparse
from exporters.draft.safety import safety_criteria
from exporters.draft.tallies import Claim, Tally, share_words
from exporters.draft.trace import opening, traced
from exporters.draft.words import capitalise, count_of, counts_instead, join_list, number_text
from exporters.model import Paragraph, Sentence


def share(sc: Scene, t: Tally, side: str = "against") -> str:
    """How many of the cases with a view go against (`side` "for": for): the
    framework's proportion word ("most of the"), or below its `min_cases` the counts
    ("two of the three", "both"), or, where the cases for and against are about equal
    (`casethemes.even`), the counts below `[limits] even_counts_below` cases with a view
    ("three of the five", never "the majority of"), and above it, where about half of
    them go that way, "about half of the"."""
    rules, lim = sc.data.rules, wording()["limits"]
    n, views = len(t.pos if side == "for" else t.neg), t.views
    if sparse(t):  # few of the sampled cases in scope with a view: counts, with their base
        return share_of(rules, t, n)
    split = even(sc.data, t)
    if counts_instead(rules, n, views) or split and views < lim["even_counts_below"]:
        return count_of(n, views).removesuffix(" cases")
    if split and abs(2 * n - views) <= max(1, 2 * lim["even_margin"] * views):
        # About as many for as against, and about half the cases: "about half of the",
        # never "the majority of" nine of seventeen ([even]).
        return str(wording()["even"]["half" if 2 * n == views else "about_half"])
    return share_words(rules, n, views)


Where = tuple[str, str, Tally]  # law type words, area words, the tally said
Groups = tuple[tuple[str, ...], ...]  # visited areas (each a group reported together)


def where(sc: Scene, c: Claim) -> tuple[Where, list[str]]:
    """Where a weakness's cases against are concentrated: one law type ("public law "),
    where the framework's `concentrated_share` of them are of it and its own cases lean
    against, unless every one of them is in the one or two visited areas `in_areas`
    finds, or those areas (`in_areas`), or, for a safeguarding weakness,
    one law type the other law types' own cases do not share (`law_of`, `opposed`),
    with that law type's (those areas') own tally; else all the cases ("", "", the
    tally).  With the tallies it rests on."""
    d = sc.data
    t = c.tally
    lines = [cases_line(t)]
    laws = {law: pool.tally(c.criterion) for law, pool in sc.laws.items()}
    top_law = law_of(d, t, laws)
    found = in_areas(sc, c)
    # A law type's weakness whose every case against lies in the one or two areas found
    # is those areas' (tester 21's A5: "In the majority of the public law cases ...,
    # the advice the court receives is not good enough", its four cases against all in
    # Area 4, beside the public law section's strength in the reports' analysis).
    if found is not None and top_law and not _all_in(d, t, found[0], found[1]):
        found = None
    if found is not None:
        groups, mine, rest = found
        if rest.views:  # the other areas' tally, then the areas' own (said last)
            lines.append(cases_line(rest, "the other areas visited"))
        return ("", _in_words(d, list(sc.areas), groups), mine), [
            *lines,
            cases_line(mine, _names(d, groups)),
        ]
    # Neither one law type's nor one or two areas': a safeguarding weakness the other
    # law types' own cases do not share is still one law type's (`law_of`, `opposed`).
    top_law = top_law or law_of(d, t, laws, opposed=c.criterion in safeguarding(d))
    if top_law:
        lt = laws[top_law]
        law = f"{d.framework.law_type_label(top_law).lower()} "
        return (law, "", lt), [*lines, cases_line(lt, law.strip())]
    return ("", "", t), lines


def _all_in(d: DraftData, t: Tally, groups: Groups, mine: Tally) -> bool:
    """Whether every case against a point is in the areas of `groups`, whose own tally
    (`mine`) is a finding: on the framework's `min_cases` cases with a view, or against
    in every one of more than `material_cases` (never "in both cases ... in Area 6":
    a handful of cases stays with its law type, whose key finding asks the same)."""
    codes = {x for g in groups for x in g}
    rules = d.rules
    enough = mine.views >= rules.min_cases or len(mine.neg) == mine.views > rules.material_cases
    return enough and all(d.case_area[k] in codes for k in t.neg)


def law_of(
    d: DraftData, t: Tally, laws: dict[str, Tally], leaning: bool = True, opposed: bool = False
) -> str:
    """The law type a weakness's cases against (`t.neg`) are concentrated in ("" for
    none): of two law types or more (`laws`, each law type's own tally), the one holding
    the framework's `concentrated_share` of them, and, where the weakness is said as a
    share of its cases (`leaning`: a key finding), its own cases leaning against (more
    against than for, and not a near-even split, as its section weighs them); for an
    improvement point's "particularly in" (`leaning` False), that or its share against
    at least `[limits] concentrated_ratio` times the other law types', as areas' is.
    With `opposed` (a safeguarding weakness, which the key findings state whatever the
    grade), it is also one law type's where the other law types' own cases lean the
    other way (`_opposed`), whatever its share of the cases against.  The rate, not
    the count, where the other law types have cases to compare with (`byrate.by_rate`)."""
    by_law = Counter(d.case_law[k] for k in t.neg)
    top, n = by_law.most_common(1)[0] if by_law else ("", 0)
    if len(laws) < 2 or top not in laws or not by_rate(d, laws, top):
        return ""
    lt = laws[top]
    if n < d.rules.concentrated_share * len(t.neg):
        return top if opposed and _opposed(d, top, n, len(t.neg), laws) else ""
    if len(lt.neg) > len(lt.pos) and not even(d, lt):
        return top
    if leaning:
        return ""
    neg = sum(len(x.neg) for law, x in laws.items() if law != top)
    views = sum(x.views for law, x in laws.items() if law != top)
    ratio = wording()["limits"]["concentrated_ratio"]
    return top if views and len(lt.neg) * views >= ratio * neg * lt.views else ""


def _opposed(
    d: DraftData, top: str, n: int, against: int, laws: dict[str, Tally], split: bool = False
) -> bool:
    """Whether a weakness is one law type's (`top`, holding `n` of the `against` cases
    against) though it holds less than the `concentrated_share` of them: more than half
    of them, its own cases leaning against, and every other law type's own cases leaning
    the other way, as a strength (more for than against, not a near-even split), as
    their sections say it.  A share of all the cases would then state a weakness that
    the other law type's section contradicts (tester 12: "in many of the cases ...,
    concerns for the child's safety are not dealt with well enough", 16 of 40, beside
    private law's "strong in the majority of the cases", 14 for and five against; 11 of
    the 16 were public law's).  With `split`, its own cases split about evenly instead
    (`split_law`)."""
    mine = laws[top]
    leans = len(mine.neg) > len(mine.pos) and not even(d, mine)
    if 2 * n <= against or (not even(d, mine) if split else not leans):
        return False
    return all(len(x.pos) > len(x.neg) and not even(d, x) for law, x in laws.items() if law != top)


def split_law(sc: Scene, c: Claim) -> tuple[str, Tally] | None:
    """The law type a weakness's cases against are concentrated in where its own cases
    split about evenly (`casethemes.even`), so that `where` names no place for it: with
    that law type's own tally; None where `where` names a place, or the cases against
    are spread.  A share of all the cases would be a national weakness the other law
    type does not share (tester 15: "in some of the cases", five of 25, four of them
    public law and public law's own cases four against and three for, beside private
    law's "almost all" effective)."""
    d, t = sc.data, c.tally
    (law, area, _mine), _lines = where(sc, c)
    if law or area or len(sc.laws) < 2 or not t.neg:
        return None
    top, n = Counter(d.case_law[k] for k in t.neg).most_common(1)[0]
    if top not in sc.laws:
        return None
    laws = {law: pool.tally(c.criterion) for law, pool in sc.laws.items()}
    if n < d.rules.concentrated_share * len(t.neg) and not _opposed(
        d, top, n, len(t.neg), laws, split=True
    ):
        return None
    lt = laws[top]
    return (top, lt) if even(d, lt) else None


def place_words(d: DraftData, groups: Groups) -> str:
    """Some visited areas as the report names them ("Area 11", "Areas 2 and 4")."""
    return _names(d, groups)


def within(d: DraftData, t: Tally, codes: tuple[str, ...]) -> Tally:
    """A tally of the cases in some areas only."""
    return _within(d, t, codes)


@dataclass(frozen=True)
class _Split:
    """A criterion's tally split by visited area: each area's own tally, and the cases
    for, against and with a view in each (of the tally said of all the cases)."""

    own: dict[tuple[str, ...], Tally]
    neg: Counter[str]
    views: Counter[str]


def in_areas(sc: Scene, c: Claim) -> tuple[Groups, Tally, Tally] | None:
    """The fewest visited areas where a weakness's cases against are concentrated (see
    the module docstring), with their own tally (their cases together, from each area's
    own pool) and the other areas' (for the comment); None where the cases against are
    spread."""
    own = {codes: pool.tally(c.criterion) for codes, pool in sc.areas.items()}
    return areas_of(sc.data, c.tally, own)


def areas_of(
    d: DraftData,
    t: Tally,
    own: dict[tuple[str, ...], Tally],
    leaning: bool = True,
    share: float | None = None,
) -> tuple[Groups, Tally, Tally] | None:
    """`in_areas` for a tally of all the cases and each visited area's own (`own`, by
    the groups the report gives a section); `leaning` False (an improvement point's
    "particularly in", which states no share there): each area named need not lean
    against the point, only hold `material_cases` cases against it.  `share`: the share
    of the cases against the areas must hold (default the framework's
    `concentrated_share`; never half or less)."""
    lim = wording()["limits"]
    least = d.rules.concentrated_share if share is None else share
    if len(own) < 2 or not t.neg:
        return None
    split = _Split(
        own=own,
        neg=Counter(d.case_area[k] or "" for k in t.neg),
        views=Counter(d.case_area[k] or "" for k in (*t.pos, *t.neg, *t.mixed)),
    )
    for size in range(1, min(lim["concentrated_areas"], len(own) - 1) + 1):
        fits = [g for g in combinations(own, size)
                if _concentrated(d, t, split, g, leaning, least)]  # fmt: skip
        if fits:
            best = max(fits, key=lambda g: sum(split.neg[x] for codes in g for x in codes))
            rest = tuple(codes for codes in own if codes not in best)
            return best, _together(t, split, best), _together(t, split, rest)
    return None


def _concentrated(
    d: DraftData, t: Tally, split: _Split, groups: Groups, leaning: bool, least: float
) -> bool:
    """Whether the cases against a weakness are concentrated in these visited areas:
    `least` of them there (and more than half), a share against there at least
    `concentrated_ratio` times the other areas', and each area with `material_cases`
    cases against and more against than for."""
    lim = wording()["limits"]
    rules = d.rules
    codes = [x for g in groups for x in g]
    neg, views = sum(split.neg[x] for x in codes), sum(split.views[x] for x in codes)
    if not views or neg < least * len(t.neg) or 2 * neg <= len(t.neg):
        return False
    for g in groups:
        own = split.own[g]
        # Each area's own cases weak on it, as its section weighs them: more against
        # than for, and not a near-even split (`casethemes.even`: three against and two
        # for is "three of the five ..., but in two" there, no weak practice).
        if len(own.neg) < rules.material_cases:
            return False
        if leaning and (len(own.neg) <= len(own.pos) or even(d, own)):
            return False
    others_neg = len(t.neg) - neg
    others_views = t.views - views
    # Two areas named are set against the rest ("two of the five areas visited"), which
    # needs the framework's `min_cases` cases there to set them against.
    if len(groups) > 1 and others_views < rules.min_cases:
        return False
    # Their share against (neg / views) at least the ratio times the others', by cross
    # multiplying (no division by the others' cases with a view, which may be none).
    return bool(neg * others_views >= lim["concentrated_ratio"] * others_neg * views)


def _together(t: Tally, split: _Split, groups: Groups) -> Tally:
    """Some visited areas' own tallies as one (their cases together)."""
    tallies = [split.own[g] for g in groups]
    return Tally(
        criterion=t.criterion,
        pos=tuple(k for t in tallies for k in t.pos),
        neg=tuple(k for t in tallies for k in t.neg),
        mixed=tuple(k for t in tallies for k in t.mixed),
        wide_pos=(),
        wide_neg=(),
        sampled=sum(t.sampled for t in tallies),
    )


def _names(d: DraftData, groups: Groups) -> str:
    """The areas as the report names them: "Area 11", "Areas 2 and 4", "Area 2 and
    London" (areas reported together under one name)."""
    if all(len(g) == 1 for g in groups):
        return area_label([g[0] for g in groups])
    return join_list([area_name(d, g) for g in groups])


def _in_words(d: DraftData, visited: Sequence[tuple[str, ...]], groups: Groups) -> str:
    """Where, after the cases ([where]): " in Area 11", or " in two of the five areas
    visited (Areas 2 and 4)" (`visited`: every visited area, by section)."""
    w = wording()["where"]
    if len(groups) == 1:
        return str(w["one_area"]).format(area=_names(d, groups))
    # Areas reported together count once, as in the count of areas visited (London
    # North's 15a and 15b are one of "the five areas visited", not two of six).
    named, seen = len(groups), len(visited)
    return str(w["areas"]).format(count=number_text(named), visited=number_text(seen),
                                  areas=_names(d, groups))  # fmt: skip


def states_weakness(d: DraftData, c: Claim) -> bool:
    """Whether a national section's claim about cases states a weakness a reader takes
    as the service's: it leans against, or it is balanced and its cases split about
    evenly (`casethemes.even`: "in 22 of the 47 cases ... not dealt with well enough; in
    21, they are") or it is on keeping children safe (`safety.safety_criteria`).  A
    strength with a minority against says no more."""
    if not c.by_cases or not c.tally.neg:
        return False
    if c.lean == "against":
        return True
    return c.direction == "balanced" and (
        even(d, c.tally) or c.criterion in safety_criteria(d.framework)
    )


def said_where(
    ctx: Context, claim: Claim, said: set[Groups] | None = None, around: Set[str] = frozenset()
) -> list[Sentence]:
    """In a national section, after a claim stating a weakness (`states_weakness`) whose
    cases against are mostly in one or two visited areas (`areas_of` with the
    `[limits] located_share`, more than half of them, on the section's own cases): a
    sentence saying where, and how the other areas' cases went ("Of the 22 cases where
    the work on following up safeguarding concerns falls short, 14 are in two of the six
    areas visited (Areas 7 and 10); in the other four areas, it falls short in eight of
    the 31 cases inspectors could assess."), so that one or two weak areas do not read
    as the whole service (tester 25's A1; the key findings say it too).  None where they
    are spread, or in an area's own section, or where fewer than the framework's
    `min_cases` cases go against or have a view in the other areas (where the cases are
    says nothing then that the counts do not).  It holds whatever the areas and the
    framework: the areas' own tallies decide, never their grades.  Where the section
    named the same areas before (`said`, the places named so far, added to), the
    shorter "Again, ..." frame.  Where it would open as the sentence before or after it
    does (`around`: their `trace.opening`s; "Of the cases ..., half show ..."), the same
    said with its count first (`body_turned`), where that opens otherwise."""
    d, t = ctx.data, claim.tally
    if ctx.pool.areas or not states_weakness(d, claim):
        return []
    groups = area_groups(d)
    lim = wording()["limits"]
    found = areas_of(d, t, {g: _within(d, t, g) for g in groups}, share=lim["located_share"])
    if found is None:
        return []
    best, mine, rest = found
    n, k = len(t.neg), len(mine.neg)
    if n < d.rules.min_cases or rest.views < d.rules.min_cases:
        return []  # a handful of cases, or none elsewhere to set them against: no finding
    w = wording()["where"]
    others = len(groups) - len(best)
    # The point named, not "this": the sentence may open a paragraph of its own
    # (tester 23's A6, "Of the nine cases where this falls short, ...").
    frame = "body_all" if k == n else "body"
    again = said is not None and best in said
    if said is not None:
        said.add(best)
    fill = dict(
        n=number_text(n), k=number_text(k), where=_in_words(d, groups, best),
        noun=claim.words.noun, areas=_names(d, best),
        rest=str(w["others" if others > 1 else "other"]).format(count=number_text(others)),
        r=number_text(len(rest.neg)), v=number_text(rest.views),
    )  # fmt: skip
    frame = frame + "_again" if again else frame
    text = str(w[frame]).format(**fill)
    turned = (capitalise(str(f).format(**fill)) for f in w.get(f"{frame}_turned", ()))
    if opening(text) in around:
        text = next((t for t in turned if opening(t) not in around), text)
    cases = set(mine.neg)
    evs = [i for i in ctx.pool.records(claim.criterion, "development") if d.case[i] in cases]
    basis = cases_line(mine, _names(d, best))
    if rest.views:
        basis += "; " + cases_line(rest, "the other areas visited")
    return [traced(text, evs, d, role="claim", criteria=[claim.criterion], basis=basis,
                   direction="against", cases=mine.neg, by_cases=True)]  # fmt: skip


def located_in_law(sc: Scene, c: Claim, t: Tally) -> Sentence | None:
    """In the key findings, after a safeguarding weakness said of one law type (`t`, its
    cases' tally): where most of its cases against are, as its section says it
    (`said_where`'s rule: one or two visited areas holding more than half of them), in a
    sentence of its own ("Of the 22 cases where practice falls short, 14 are in two of
    the six areas visited (Areas 7 and 10)."; tester 25's A1: "in about half of the
    cases" read as the whole service's); None where they are spread, or too few."""
    d = sc.data
    groups = area_groups(d)
    lim = wording()["limits"]
    found = areas_of(d, t, {g: _within(d, t, g) for g in groups}, share=lim["located_share"])
    if found is None:
        return None
    best, mine, rest = found
    n, k = len(t.neg), len(mine.neg)
    if n < d.rules.min_cases or rest.views < d.rules.min_cases or k == n:
        return None
    text = str(wording()["where"]["key_finding"]).format(
        n=number_text(n), k=number_text(k), where=_in_words(d, groups, best)
    )
    basis = cases_line(mine, _names(d, best)) + "; " + cases_line(rest, "the other areas visited")
    return traced(text, [], d, role="claim", criteria=[c.criterion], basis=basis,
                  direction="against", cases=mine.neg, by_cases=True)  # fmt: skip


def add_where(ctx: Context, paras: list[Paragraph]) -> None:
    """After each sentence of a national section stating one claim's weakness about
    cases, in whichever paragraph it is said (the safeguarding opening, the strengths
    with what falls short, the weaknesses), where its cases against are
    (`said_where`), once a criterion."""
    if ctx.pool.areas:
        return
    done: set[str] = set()
    said: set[Groups] = set()
    for k, p in enumerate(paras):
        out: list[Sentence] = []
        for j, x in enumerate(p.sentences):
            out.append(x)
            if x.role != "claim" or not x.by_cases or len(x.criteria) != 1:
                continue
            crit = x.criteria[0]
            claim = ctx.pool.claim(crit)
            if crit in done or x.direction not in ("against", "balanced") or claim is None:
                continue
            done.add(crit)
            around = {opening(y.text) for y in p.sentences[j : j + 2]}
            out.extend(said_where(ctx, claim, said, around))
        if len(out) != len(p.sentences):
            paras[k] = p.model_copy(update={"sentences": out})


def _within(d: DraftData, t: Tally, codes: tuple[str, ...]) -> Tally:
    """A tally of the cases in some areas only."""

    def keep(ks: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(k for k in ks if d.case_area[k] in codes)

    return Tally(criterion=t.criterion, pos=keep(t.pos), neg=keep(t.neg), mixed=keep(t.mixed),
                 wide_pos=(), wide_neg=())  # fmt: skip


Measured = tuple[Claim, str, str, Tally]  # a claim, its law type and area words, its tally


def one_measure(sc: Scene, claims: Sequence[Claim]) -> list[tuple[list[Measured], list[str]]]:
    """The weaknesses of one finding, each with where it is concentrated (`where`) and
    the tally its share is of, grouped by that place, one sentence each (a sentence
    counts by one measure: never a private law share beside an area's, and never a
    national share for a weakness concentrated in some areas); the group of the
    highest share in its own place first, each as the claims come within it.  With the
    comment's line for each."""
    groups: dict[tuple[str, str], tuple[list[Measured], list[str]]] = {}
    for c in claims:
        (law, area, mine), said = where(sc, c)
        if counts_instead(sc.data.rules, len(mine.neg), mine.views):
            said = [*said[:-1], said[-1] + SMALL]
        found, lines = groups.setdefault((law, area), ([], []))
        found.append((c, law, area, mine))
        lines.append("; ".join(said))
    return sorted(groups.values(), key=lambda g: -max(len(t.neg) / t.views for *_x, t in g[0]))
