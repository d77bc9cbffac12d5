"""The key findings' themes on practice across law types and areas (`themes.py` chooses
among the themes): the strongest practice, said to hold "in both private and public law"
or "in every area visited" only where each bears it out, and the weakest, said of where
its cases against are concentrated (`concentration.py`).  Wording: `key_findings.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.areathemes import below_good_areas
from exporters.draft.casethemes import (
    Scene,
    Theme,
    cases_line,
    choose_text,
    even,
    fold,
    make_theme,
    nouns_list,
    own_records,
    safeguarding,
    wording,
)
from exporters.draft.concentration import Measured, in_areas, one_measure, share, where
from exporters.draft.data import DraftData
from exporters.draft.headlines import MOSTLY
from exporters.draft.improvements import minority_reasons
from exporters.draft.kfrationale import named_weak
from exporters.draft.lawstrengths import below_good, law_points
from exporters.draft.lowcoverage import with_base
from exporters.draft.tallies import Claim, Tally, same_point
from exporters.draft.words import proportion_word
from exporters.model import Section


def _strong(sc: Scene, c: Claim) -> tuple[tuple[bool, bool], str] | None:
    """Whether a practice criterion is among the strongest: at least `min_cases` cases
    with a view, `strong_share` of them for it and at least `MOSTLY` times as many for as
    against, and no law type with enough cases leaning against it, nor more than a
    quarter of the areas visited (one area of four or more is that area's); with where
    it holds ([scope]: every area only on `material_cases` cases of each, none standing
    apart below the others) and its tallies."""
    d, lim = sc.data, wording()["limits"]
    t = c.tally
    pos, neg = len(t.pos), len(t.neg)
    if t.views < d.rules.min_cases or pos < lim["strong_share"] * t.views or pos < MOSTLY * neg:
        return None
    lines = [cases_line(t)]
    laws = 0
    for law, pool in sc.laws.items():
        lt = pool.tally(c.criterion)
        if lt.views >= d.rules.min_cases and len(lt.neg) >= len(lt.pos):
            return None
        laws += _bears(d, c, pool.claim(c.criterion))
        if lt.views:
            lines.append(cases_line(lt, d.framework.law_type_label(law).lower()))
    seen = leaning = 0
    for pool in sc.areas.values():
        at = pool.tally(c.criterion)
        leaning += at.views >= d.rules.material_cases and len(at.neg) > len(at.pos)
        seen += at.views >= d.rules.material_cases and len(at.pos) > len(at.neg)
    # One area of several leaning against is that area's weakness, said in its own
    # section, not a reason to leave a national strength unsaid (tester 19, A1: one area
    # requiring improvement beside six good or outstanding kept every practice strength
    # out of an outstanding service's key findings); where more than a quarter of the
    # areas lean against (one of three), the strength is not the service's.
    if leaning and 4 * leaning > len(sc.areas):
        return None
    both = len(sc.laws) == 2 and laws == 2
    # "In every area visited" only where each area's own cases (more than one) bear it
    # out and no area stands apart below the others (issue 15).
    every = len(sc.areas) > 1 and seen == len(sc.areas) and "weakness" not in sc.apart
    return (both, every), "; ".join(lines)


def _thin(sc: Scene, thin: Sequence[Claim], of: int, side: str) -> list[str]:
    """The comment's line on the points as strong (weak) left out of a superlative for
    their base (`based`): "too few of 60 cases: QP2, QP6"."""
    d = sc.data
    if side == "for":
        left = [c.criterion for c in thin if _strong(sc, c) is not None]
    else:
        left = [c.criterion for c in thin if len(c.tally.neg) >= len(c.tally.pos)
                and _enough_against(d, c.tally)]  # fmt: skip
    return [f"too few of {of} cases: {', '.join(left)}"] if left else []


def _scope(held: Sequence[tuple[bool, bool]]) -> str:
    """Where every one of some strengths holds ([scope]): in both law types, in every
    area visited, both, or neither."""
    scope = wording()["scope"]
    both, every = all(h[0] for h in held), all(h[1] for h in held)
    if both and every:
        return str(scope["both_and_every"])
    return str(scope["both_laws"] if both else scope["every_area"] if every else "")


def _bears(data: DraftData, c: Claim, mine: Claim | None) -> bool:
    """Whether a law type's own cases bear out a practice strength said of all of them:
    at least the framework's `min_cases` cases with a view, and a share for that earns
    the same proportion word or better (2 of 4 is not "most")."""
    if mine is None or not mine.by_cases or mine.lean != "for" or mine.direction == "against":
        return False
    t, rules = mine.tally, data.rules
    if t.views < rules.min_cases:
        return False
    word = proportion_word(rules, len(c.tally.pos), c.tally.views)
    floor = next((b.at_least for b in rules.proportion_bands if b.word == word), 1.0)
    return len(t.pos) / t.views >= floor


def _enough_against(d: DraftData, t: Tally) -> bool:
    """Whether a criterion's cases against make it a candidate for the weakest practice:
    `weak_share` of at least `min_cases` cases with a view (and `material_cases`), or
    every one of more than `material_cases` cases (none for it in three of three is
    weaker than three against in five, and is said in counts)."""
    n, views, rules = len(t.neg), t.views, d.rules
    if n == views > rules.material_cases:
        return True
    share = wording()["limits"]["weak_share"]
    return views >= rules.min_cases and n >= max(rules.material_cases, share * views)


def _weak_somewhere(sc: Scene, c: Claim) -> bool:
    """Whether a point of practice is a candidate for the weakest practice: its cases
    against are at least as many as those for, and enough (`_enough_against`), across
    all the cases, or in the one or two visited areas they are concentrated in
    (`concentration.in_areas`: tester 22's A1, case planning weak in 15 of Area 11's 18
    cases and sound almost everywhere else, was missing from the key findings), unless
    one of those is graded below good: its own finding names its weak points
    (`areathemes.below`)."""
    d, t = sc.data, c.tally
    if len(t.neg) >= len(t.pos) and _enough_against(d, t):
        return True
    found = in_areas(sc, c)
    if found is None or not set(found[0]).isdisjoint(below_good_areas(sc)):
        return False
    mine = found[1]
    return len(mine.neg) >= len(mine.pos) and _enough_against(d, mine)


def assessed(sc: Scene) -> int:
    """The cases inspectors assessed: those with a view on any point of practice."""
    cases: set[int] = set()
    for c in sc.ctx.pool.claims():
        if c.by_cases:
            cases.update((*c.tally.pos, *c.tally.neg, *c.tally.mixed))
    return len(cases)


def based(sc: Scene, c: Claim, of: int) -> bool:
    """Whether a point of practice has the base a national superlative can rest on: a
    view in at least the framework's `superlative_base_share` of the `of` cases
    inspectors assessed (tester 12: initial risk assessment, 10 of 11 of 60 cases, and
    case planning, 6 of 8, led the key findings as "practice is at its best in ...")."""
    return c.tally.views >= sc.data.rules.superlative_base_share * of


def practice_themes(sc: Scene, body: Sequence[Section] = ()) -> list[Theme]:
    """The strongest practice and the weakest (see the module docstring), each only on
    points with the base a national finding can carry (`based`), and the strengths
    particular to one law type that its section (in `body`) states (`lawstrengths`)."""
    d, lim, frames = sc.data, wording()["limits"], wording()["frames"]
    guard = safeguarding(d)
    of = assessed(sc)
    unsaid = [c for c in sc.claims if c.by_cases
              and sc.ctx.stated.isdisjoint(same_point(c.criterion))]  # fmt: skip
    practice = [c for c in unsaid if based(sc, c, of)]
    thin = [c for c in unsaid if c not in practice]
    # Never a strength a judgement's recorded rationale names as a weakness (tester 26's
    # F12: initial risk assessment, 58 of 70, beside "checks and risk assessments were
    # late or missing"; `kfrationale`).
    # Nor one of the reasons for a grade below good resting on minority weaknesses: a
    # point to improve (`improvements.minority_reasons`).
    rationale = named_weak(d) | minority_reasons(d)
    strong = [(c, got) for c in practice if (got := _strong(sc, c)) is not None]
    strong.sort(key=lambda x: (-len(x[0].tally.pos) / x[0].tally.views, -len(x[0].tally.pos)))
    # The comment names those the finding would have named otherwise.
    left = [c.criterion for c, _ in strong[: lim["nouns"]] if c.criterion in rationale]
    strong = [(c, got) for c, got in strong if c.criterion not in rationale]
    out: list[Theme] = []
    if strong:
        top = strong[: lim["nouns"]]
        where = _scope([g[0] for _c, g in top])
        said = items(sc, [(c, "", "", c.tally) for c, _ in top], "strong")
        rivals = _as_far(sc, [(c, "", "", c.tally) for c, _ in top], "for")
        frame = "strong_plain" if rivals else "strongest"
        text = choose_text(sc, frames[frame], f"key|{frame}", items=said,
                           scope=f",{where}" if where else "")  # after a share: a comma  # fmt: skip
        cases = [k for c, _ in top for k in c.tally.pos]
        crits = [c.criterion for c, _ in top]
        why = [
            f"not said as strengths (the grade's rationale, or a minority weakness the grade rests on): {', '.join(left)}"
        ]
        basis = "; ".join([*(g[1] for _c, g in top), *rivals, *_thin(sc, thin, of, "for"),
                           *(why if left else [])])  # fmt: skip
        out.append(make_theme(sc, "strength", "strongest", text,
                              own_records(sc, crits, set(cases), "strength"), crits=crits,
                              basis=basis, cases=cases))  # fmt: skip
    named = [c for c, _ in strong[: lim["nouns"]]]
    points = law_points(sc, [c for c in unsaid if c.criterion not in rationale], named, body)
    out += _law_strengths(sc, points, bool(strong), below_good(sc, named))
    weak = [c for c in practice if c.criterion not in guard and _weak_somewhere(sc, c)]
    weak.sort(key=lambda c: (-len(c.tally.neg) / c.tally.views, -len(c.tally.neg)))
    if weak:
        out.append(_weakest(sc, weak[: lim["nouns"]], _thin(sc, thin, of, "against")))
    return out


def _law_strengths(sc: Scene, points: list[Measured], after: bool, below: bool) -> list[Theme]:
    """The finding on the strengths particular to one law type (`lawstrengths.py`), each
    said of its law type's cases, "also" after the strongest practice (`after`); its
    comment says which rule chose them (`below`: a service below good, whose strength
    need not be particular to its law type, kf20b's A5)."""
    if not points:
        return []
    frame = "strong_law" if after else "strong_plain"
    text = choose_text(sc, wording()["frames"][frame], f"key|{frame}",
                       items=items(sc, points, "strong"), scope="")  # fmt: skip
    cases = [k for *_x, t in points for k in t.pos]
    crits = [c.criterion for c, *_x in points]
    lines = [f"{cases_line(c.tally)}; {cases_line(t, law.strip())}" for c, law, _a, t in points]
    rule = wording()["basis"]["law_own" if below else "law_particular"]
    basis = "; ".join([*lines, str(rule)])
    return [make_theme(sc, "strength", "strongest_law", text,
                       own_records(sc, crits, set(cases), "strength"), crits=crits,
                       basis=basis, cases=cases)]  # fmt: skip


def _weakest(sc: Scene, weak: Sequence[Claim], base: list[str]) -> Theme:
    """The weakest practice: one sentence for each place the weaknesses are
    concentrated in (`concentration.one_measure`), the first "Practice is weakest in
    ...", any other "Practice is also weak in ..."; a place where a point is an even
    split (`casethemes.even`) "Practice is inconsistent in ..." ([frames] `weak_even`); each traced to the cases its shares
    are of."""
    theme: Theme | None = None
    # An even split is never "the weakest" nor "weak practice" (tester 11's inspection:
    # "the weakest practice is in ... seeing children and seeing them alone, a weakness
    # in half of the cases", 30 for and 30 against): said after the clear weaknesses,
    # in a sentence of its own.
    groups = [(g, evens) for found, lines in one_measure(sc, weak) for evens in (False, True)
              if (g := _split(sc.data, found, lines, evens))[0]]  # fmt: skip
    groups.sort(key=lambda x: x[1])
    first_even = bool(groups) and groups[0][1]
    for k, ((found, lines), evens) in enumerate(groups):
        frame = "weakest" if k == 0 else "weak_plain" if first_even else "weakest_also"
        if evens:
            frame = "weak_even"
        elif not k and (rivals := _as_far(sc, found, "against")):
            frame, lines = "weak_plain", [*lines, *rivals]
        text = choose_text(sc, wording()["frames"][frame], f"key|{frame}",
                           items=items(sc, found, "weak"))  # fmt: skip
        cases = [k for _c, _law, _area, t in found for k in t.neg]
        crits = [c.criterion for c, *_x in found]
        said = make_theme(sc, "weakness", "weakest", text,
                          own_records(sc, crits, set(cases), "development"), crits=crits,
                          basis="; ".join([*lines, *base]), cases=cases)  # fmt: skip
        theme = fold(theme, said)
    assert theme is not None  # one group at least: `weak` is never empty
    return theme


def _split(
    d: DraftData, found: list[Measured], lines: list[str], evens: bool
) -> tuple[list[Measured], list[str]]:
    """The points of one place's sentence (and their comment lines) that are even splits
    (`evens`) or not (`casethemes.even`)."""
    kept = [k for k, (*_x, t) in enumerate(found) if even(d, t) == evens]
    return [found[k] for k in kept], [lines[k] for k in kept]


def _as_far(sc: Scene, found: Sequence[Measured], side: str) -> list[str]:
    """The points about cases not named in the strongest (weakest) practice that are
    about as strong (weak): a share of their cases for (`side` "against": against) at
    least the named points' lowest less `[limits] even_margin` (a tenth), measured on
    all the cases with a view, on the named points' law type where they are said of
    one, and where the point's own cases against are concentrated
    (`concentration.where`), each on at least `min_cases` cases with a view, and
    `material_cases` on that side (safeguarding counted too: "the weakest practice is
    in information sharing", 13 of 21 private law cases, beside safeguarding, 5 of 8,
    was not; tester 11's claim 2), and each with the base a superlative rests on
    (`based`).  None: the superlative holds.  Each as its comment gives it."""
    d, margin = sc.data, wording()["limits"]["even_margin"]

    def part(t: Tally, rival: bool = True) -> float:
        """The share on `side`; 0 for a rival on too few cases to compare."""
        n = len(t.pos if side == "for" else t.neg)
        if not t.views:
            return 0.0
        enough = t.views >= d.rules.min_cases and n >= d.rules.material_cases or (
            side == "against" and n == t.views > d.rules.material_cases)  # fmt: skip
        return n / t.views if enough or not rival else 0.0

    low = min(part(t, rival=False) for *_x, t in found)
    named = {c.criterion for c, *_x in found}
    law = next((lw for lw, pool in sc.laws.items() if found[0][1].startswith(
        d.framework.law_type_label(lw).lower())), "")  # fmt: skip
    out: list[tuple[float, str, Tally]] = []
    of = assessed(sc)
    for c in sc.claims:
        # A point on too few cases for a superlative (`based`) does not contest one.
        if not c.by_cases or c.criterion in named or not low or not based(sc, c, of):
            continue
        measures = [("", c.tally)]
        if law:
            measures.append(
                (d.framework.law_type_label(law).lower(), sc.laws[law].tally(c.criterion))
            )
        if side == "against":
            (in_law, in_area, mine), _lines = where(sc, c)
            measures.append(((in_law + in_area).strip(), mine))
        hit = max(((part(t), label, t) for label, t in measures), key=lambda x: x[0])
        if hit[0] >= low - margin:
            out.append(hit)
    out.sort(key=lambda x: -x[0])
    lines = [cases_line(t, label) for _p, label, t in out[:3]]
    if len(out) > 3:  # a key finding's comment stays short: the CSV trace has the tallies
        lines[-1] += f" and {len(out) - 3} more"
    said = "strong" if side == "for" else "weak"
    return [f"about as {said}: " + "; ".join(lines)] if lines else []


def items(sc: Scene, found: Sequence[Measured], kind: str) -> str:
    """The strongest (`kind` "strong") or weakest ("weak") practice, each point named
    once with its evidence, a share of the cases inspectors could assess ("case
    recording, a weakness in all three cases inspectors could assess"), never its
    noun and then a wording saying the same again (tester 8, key finding 1); two points
    with the same share are named together ("..., each a strength in most of the cases
    inspectors could assess")."""
    w = wording()["frames"]
    side = "for" if kind == "strong" else "against"
    shares = [share(sc, t, side) for _c, _law, _area, t in found]
    law, area = found[0][1], found[0][2]
    places = {(law_, area_) for _c, law_, area_, _t in found}
    if len(found) > 1 and len(set(shares)) == 1 and len(places) == 1:
        nouns = nouns_list([c.words.noun for c, *_ in found])
        return with_base(found[0][3], str(w[f"{kind}_items_alike"].format(
            nouns=nouns, share=shares[0], law=law, in_area=area)), law=law, where=area)  # fmt: skip
    # Points in a row with the same share and place are named together, the later ones
    # more briefly (a law type's three reasons: "..., and in seeing children and
    # analysis in reports, each a weakness in the majority of the private law cases").
    runs: list[list[int]] = []
    for k, (_c, law_, area_, _t) in enumerate(found):
        prev = runs[-1][-1] if runs else -1
        if prev >= 0 and (shares[prev], *found[prev][1:3]) == (shares[k], law_, area_):
            runs[-1].append(k)
        else:
            runs.append([k])
    said = []
    for n, run in enumerate(runs):
        c, law_, area_, _t = found[run[0]]
        if len(run) > 1:
            nouns = nouns_list([found[k][0].words.noun for k in run])
            frame = w[f"{kind}_items_alike" if n == 0 else f"{kind}_items_alike_again"]
            said.append(frame.format(nouns=nouns, share=shares[run[0]], law=law_, in_area=area_))
        else:
            frame = w[f"{kind}_item" if n == 0 else f"{kind}_item_again"]
            said.append(frame.format(noun=c.words.noun, share=shares[run[0]], law=law_,
                                     in_area=area_))  # fmt: skip
        said[-1] = with_base(found[run[0]][3], said[-1], law=law_, where=area_)
    return str(w["item_join"]).join(said)
