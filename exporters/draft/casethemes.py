"""The key findings' themes drawn from the cases (`themes.py` chooses among them):
safeguarding failing in material numbers of cases, with the concerns escalated; the
strongest and the weakest practice across law types and areas; an area standing apart
from the others.  What each theme is: `themes.py`'s docstring.  Wording:
`key_findings.toml`.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from exporters.draft.claims import (
    Context,
)
from exporters.draft.coverage import escalations
from exporters.draft.data import DraftData
from exporters.draft.headlines import MOSTLY
from exporters.draft.sameness import fresh_wordings
from exporters.draft.sections import (
    area_name,
)
from exporters.draft.tallies import Claim, Pool, Tally, same_point, share_words
from exporters.draft.trace import traced
from exporters.draft.words import (
    capitalise,
    count_of,
    counts_instead,
    join_list,
    number_text,
    proportion_word,
    wording_dir,
)
from exporters.model import Sentence

Side = Literal["strength", "weakness", "views"]
SMALL = " (counts: few cases)"  # a tally said in counts, flagged "small sample"


@cache
def wording() -> dict[str, Any]:
    """`key_findings.toml`: the frames, quotas and limits of the key findings."""
    with (wording_dir() / "key_findings.toml").open("rb") as fh:
        return tomllib.load(fh)


@dataclass
class Theme:
    """One key finding: which side it is on, what it weighs (the cases and records it
    rests on) and its sentences; `urgent` leads whatever the grade, and `kept` is stated
    whatever the grade's quota."""

    side: Side
    name: str
    weight: int
    sentences: list[Sentence]
    urgent: bool = False
    kept: bool = False  # stated whatever the grade's quota


@dataclass
class Scene:
    """What the themes are drawn from: the summary's context, the claims that may be
    key findings (`national`), each law type's cases and each visited area's evidence."""

    ctx: Context
    claims: list[Claim]
    laws: dict[str, Pool]
    areas: dict[tuple[str, ...], Pool]
    # The sides on which an area visited stands apart from the others ("weakness": one
    # far below them, or inadequate while others are not; `areathemes.apart_sides`).
    apart: frozenset[str] = frozenset()

    @property
    def data(self) -> DraftData:
        return self.ctx.data


def everything(data: DraftData, key: str) -> Pool:
    """The whole inspection's evidence: every case read and every record about an area or
    the organisation."""
    wide = sorted([*data.national, *(i for evs in data.area_level.values() for i in evs)])
    return Pool(data, set(data.national_cases), wide, key=key)


def grade_rank(data: DraftData, grade: str | None) -> int | None:
    """A grade's rank (1 outstanding ... 4 inadequate), None for no grade or one the
    framework does not know."""
    if not grade:
        return None
    try:
        return data.framework.grade(grade).rank
    except (KeyError, ValueError):
        return None


def choose_text(sc: Scene, options: Sequence[str], what: str, **fill: str) -> str:
    """One of the frames, filled in, as the report's voice chooses it (one not said yet
    where one is left)."""
    ctx = sc.ctx
    filled = [o.format(**fill) for o in options]
    return ctx.voice.choose(filled, ctx.key, what, openings=ctx.openings) or filled[0]


def cases_line(t: Tally, label: str = "") -> str:
    """A tally as a key finding's comment gives it ("QP5 (public law): 4 for, 1 against
    of 5")."""
    where = f" ({label})" if label else ""
    return f"{t.criterion}{where}: {len(t.pos)} for, {len(t.neg)} against of {t.views}"


def _records(sc: Scene, crits: Sequence[str], cases: set[int], polarity: str) -> list[int]:
    """The inspectors' own records of one polarity on the criteria, in the given cases."""
    d, pool = sc.data, sc.ctx.pool
    return [i for c in crits for i in pool.records(c, polarity) if d.case[i] in cases and d.own[i]]


def _few_named(basis: str, most: int = 3) -> str:
    """A comment naming at most `most` of the cases whose notes disagree (a key finding
    counts hundreds of cases: the CSV trace lists them all)."""
    head, sep, named = basis.partition("; notes disagree in ")
    refs = named.split(", ")
    if not sep or len(refs) <= most:
        return basis
    return f"{head}{sep}{', '.join(refs[:most])} and {len(refs) - most} more"


def make_theme(
    sc: Scene, side: Side, name: str, text: str, evs: Sequence[int], *, crits: Sequence[str],
    basis: str, cases: Sequence[int] = (), urgent: bool = False,
) -> Theme:  # fmt: skip
    """A finding of one sentence traced to the records `evs` and the cases counted, its
    criteria remembered as stated, weighed by its cases and records about
    the service."""
    d = sc.data
    direction = {"strength": "for", "weakness": "against"}.get(side, "balanced")
    s = traced(text, list(dict.fromkeys(evs)), d, role="claim", criteria=list(crits),
               basis=basis, direction=direction, cases=cases)  # fmt: skip
    s.basis = _few_named(s.basis)
    if SMALL in basis:
        s.flags = [*s.flags, "small sample"]
    sc.ctx.stated.update(crits)
    heavy = len(set(cases)) + sum(1 for i in set(evs) if not d.case[i])
    return Theme(side, name, heavy, [s], urgent)


# Safeguarding ------------------------------------------------------------------


def safeguarding(data: DraftData) -> set[str]:
    """The framework's safeguarding criteria: those of a group whose name says so."""
    fw = data.framework
    groups = {g for g, name in fw.criterion_groups.items() if "safeguard" in name.lower()}
    return {c.id for c in fw.criteria if c.group in groups}


def material_against(data: DraftData, c: Claim) -> bool:
    """Whether the cases against a claim are enough to state: the framework's
    `material_cases`, or every case with a view on it in one visited area (0 of 3 in an
    area is a finding about that area, however the rest of the sample went)."""
    neg = set(c.tally.neg)
    if len(neg) >= data.rules.material_cases:
        return True
    on = set(c.tally.pos) | set(c.tally.mixed) | neg
    for a in data.areas:
        mine = {k for k in on if data.case_area[k] == a.code}
        if a.visited and len(mine) >= 2 and mine <= neg:
            return True
    return False


def safeguarding_theme(sc: Scene) -> list[Theme]:
    """The safeguarding criteria failing in material numbers of cases, and the concerns
    inspectors found to escalate, in one sentence: one finding, stated whatever the
    grade (`kept`), and first of all (`urgent`) where a safeguarding criterion fails in
    more than half of at least `min_cases` cases with a view."""
    d, w = sc.data, wording()["frames"]
    guard = safeguarding(d)
    weak = [c for c in sc.claims if c.criterion in guard and c.by_cases and c.tally.neg
            and material_against(d, c)]  # fmt: skip
    weak = sorted(weak, key=lambda c: -len(c.tally.neg))[: wording()["limits"]["nouns"]]
    esc = _escalations(sc)
    if not weak:
        return [] if esc is None else [_escalated_alone(sc, *esc)]
    clauses = _weak_clauses(sc, weak)
    share = wording()["limits"]["weak_share"]
    wide = any(len(c.tally.neg) >= share * c.tally.views for c in weak)
    joined = _joined([x for x, _ in clauses])
    text = choose_text(sc, w["safeguarding" if wide else "safeguarding_few"],
                       "key|safeguarding", clauses=joined, Clauses=capitalise(joined))  # fmt: skip
    basis = "; ".join(b for _, b in clauses)
    heavy = 0
    if esc is not None:  # one sentence: the concerns escalated are the same point
        fill, esc_basis, _records_escalated, heavy = esc
        text = text[:-1] + w["escalated_also"].format(**fill) + text[-1]
        basis += "; " + esc_basis
    cases = [k for c in weak for k in c.tally.neg]
    theme = make_theme(sc, "weakness", "safeguarding", text,
                       _records(sc, [c.criterion for c in weak], set(cases), "development"),
                       crits=[c.criterion for c in weak], basis=basis, cases=cases)  # fmt: skip
    theme.weight += heavy
    theme.urgent = any(2 * len(c.tally.neg) > c.tally.views >= d.rules.min_cases for c in weak)
    theme.kept = True
    return [theme]


Escalated = tuple[dict[str, str], str, list[int], int]


def _escalations(sc: Scene) -> Escalated | None:
    """The safeguarding concerns inspectors found to escalate, by count (in one area,
    named, where every case is there): the frame's fill, the comment's line, the
    records and the number of cases."""
    d, w = sc.data, wording()
    esc = escalations(sc.ctx)
    n, k = len(esc.cases), len(esc.open)
    if not n:
        return None
    areas = {d.case_area[c] for c in esc.cases}
    where = ""
    if len(areas) == 1 and (code := areas.pop()) and len(sc.areas) > 1:
        where = f" in {area_name(d, (code,))}"
    so_far = w["so_far"]
    if not k:
        said = so_far["one_done" if n == 1 else "all"]
    elif k == n:
        said = so_far["one_open" if n == 1 else "none"]
    else:
        said = so_far["some"].format(open=number_text(k))
    fill = {"cases": f"{number_text(n)} case{'' if n == 1 else 's'}", "where": where,
            "so_far": said}  # fmt: skip
    basis = (f"Safeguarding concerns recorded on {n} case{'' if n == 1 else 's'}{where}; "
             f"{k} not yet escalated")  # fmt: skip
    return fill, basis, esc.records, n


def _escalated_alone(
    sc: Scene, fill: dict[str, str], basis: str, records: list[int], n: int
) -> Theme:
    """The concerns escalated as a finding of their own: counts only, the comment naming
    no case."""
    d = sc.data
    text = choose_text(sc, wording()["frames"]["escalated"], "key|escalated", **fill)
    crits = sorted({c for i in records for c in d.crits[i]} & safeguarding(d)) or sorted(
        {c for i in records for c in d.crits[i]})  # fmt: skip
    s = traced(text, records, d, role="claim", basis=basis, direction="against",
               criteria=crits, with_excerpts=False)  # fmt: skip
    s.case_refs, s.evidence_ids = [], []  # counts only: the comment names no case
    return Theme("weakness", "escalated", n, [s], kept=True)


# Practice across law types and areas -----------------------------------------


def _joined(clauses: Sequence[str]) -> str:
    """Clauses in one sentence: "a, and b" (each clause may hold a comma of its own)."""
    return ", and ".join(clauses) if len(clauses) == 2 else join_list(list(clauses))


def nouns_list(nouns: Sequence[str]) -> str:
    """Nouns in a list, "a, and b" where one holds an "and" of its own."""
    if len(nouns) == 2 and any(" and " in n for n in nouns):
        return ", and ".join(nouns)
    return join_list(list(nouns))


def _share(sc: Scene, t: Tally, side: str = "against") -> str:
    """How many of the cases with a view go against (`side` "for": for): the
    framework's proportion word ("most of the"), or below its `min_cases` the counts
    ("two of the three", "both")."""
    rules = sc.data.rules
    n, views = len(t.pos if side == "for" else t.neg), t.views
    if counts_instead(rules, n, views):
        return count_of(n, views).removesuffix(" cases")
    return share_words(rules, n, views)


Where = tuple[str, str, Tally]  # law type words, area words, the tally said


def _where(sc: Scene, c: Claim) -> tuple[Where, list[str]]:
    """Where a weakness's cases against are concentrated: one law type ("public law "), or
    one area (" in Area 11"), with that law type's (area's) own tally, where the
    framework's `concentrated_share` of the cases against are there and its own cases
    lean against; else all the cases ("", "", the tally).  With the tallies it rests on."""
    d = sc.data
    t = c.tally
    conc = d.rules.concentrated_share
    by_law = Counter(d.case_law[k] for k in t.neg)
    top_law, n_law = by_law.most_common(1)[0] if by_law else ("", 0)
    by_area = Counter(d.case_area[k] for k in t.neg)
    lines = [cases_line(t)]
    if len(sc.laws) > 1 and top_law in sc.laws and n_law >= conc * len(t.neg):
        lt = sc.laws[top_law].tally(c.criterion)
        if len(lt.neg) > len(lt.pos):
            law = f"{d.framework.law_type_label(top_law).lower()} "
            return (law, "", lt), [*lines, cases_line(lt, law.strip())]
    if len(sc.areas) > 1:
        for codes, pool in sc.areas.items():
            at = pool.tally(c.criterion)
            n = sum(by_area[x] for x in codes)
            if n >= conc * len(t.neg) and len(at.neg) > len(at.pos):
                name = area_name(d, codes)
                return ("", f" in {name}", at), [*lines, cases_line(at, name)]
    return ("", "", t), lines


def _weak_clauses(sc: Scene, claims: Sequence[Claim]) -> list[tuple[str, str]]:
    """The weaknesses of one sentence as the key findings say them ("in most of the public
    law cases inspectors could assess, <weakness>", the second more briefly), with the
    tallies each rests on.  One sentence counts by one measure: where every one of its
    weaknesses is concentrated in the same law type (area), its shares are of that law
    type's (area's) cases; otherwise each is of all the cases with a view (never a
    private law share beside an area's)."""
    found = [_where(sc, c) for c in claims]
    places = {(law, area) for (law, area, _t), _l in found}
    out = []
    for k, (c, ((law, area, mine), lines)) in enumerate(zip(claims, found, strict=True)):
        if len(places) > 1:
            law, area, mine, lines = "", "", c.tally, lines[:1]
        frame = wording()["frames"]["share" if k == 0 else "share_again"]
        lead = frame.format(share=_share(sc, mine), law=law, in_area=area)
        if counts_instead(sc.data.rules, len(mine.neg), mine.views):
            lines = [*lines[:-1], lines[-1] + SMALL]
        out.append((lead + _general(sc, c, "weakness"), "; ".join(lines)))
    return out


def _general(sc: Scene, c: Claim, side: str) -> str:
    """The criterion's wording true of any strength (weakness) on it, one the report has
    not said yet where one is left (`sameness.fresh_wordings`)."""
    w = c.words
    options = (w.strength_general or w.strength) if side == "strength" else (
        w.weakness_general or w.weakness)  # fmt: skip
    fresh = fresh_wordings(sc.ctx.voice.said, options)
    return fresh[0] if fresh else c.words.noun


def _strong(sc: Scene, c: Claim) -> tuple[tuple[bool, bool], str] | None:
    """Whether a practice criterion is among the strongest: at least `min_cases` cases
    with a view, `strong_share` of them for it and at least `MOSTLY` times as many for as
    against, and no law type or area with enough cases leaning against it; with where
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
    seen = 0
    for pool in sc.areas.values():
        at = pool.tally(c.criterion)
        if at.views >= d.rules.material_cases and len(at.neg) > len(at.pos):
            return None
        seen += at.views >= d.rules.material_cases and len(at.pos) > len(at.neg)
    both = len(sc.laws) == 2 and laws == 2
    # "In every area visited" only where each area's own cases (more than one) bear it
    # out and no area stands apart below the others (issue 15).
    every = len(sc.areas) > 1 and seen == len(sc.areas) and "weakness" not in sc.apart
    return (both, every), "; ".join(lines)


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


def practice_themes(sc: Scene) -> list[Theme]:
    """The strongest practice and the weakest (see the module docstring)."""
    d, lim, frames = sc.data, wording()["limits"], wording()["frames"]
    guard = safeguarding(d)
    practice = [c for c in sc.claims if c.by_cases
                and sc.ctx.stated.isdisjoint(same_point(c.criterion))]  # fmt: skip
    strong = [(c, got) for c in practice if (got := _strong(sc, c)) is not None]
    strong.sort(key=lambda x: (-len(x[0].tally.pos) / x[0].tally.views, -len(x[0].tally.pos)))
    out: list[Theme] = []
    if strong:
        top = strong[: lim["nouns"]]
        where = _scope([g[0] for _c, g in top])
        items = _items(sc, [(c, "", "", c.tally) for c, _ in top], "strong")
        text = choose_text(sc, frames["strongest"], "key|strongest", items=items,
                           scope=f",{where}" if where else "")  # after a share: a comma  # fmt: skip
        cases = [k for c, _ in top for k in c.tally.pos]
        crits = [c.criterion for c, _ in top]
        out.append(make_theme(sc, "strength", "strongest", text,
                          _records(sc, crits, set(cases), "strength"), crits=crits,
                          basis="; ".join(g[1] for _c, g in top), cases=cases))  # fmt: skip
    weak = [c for c in practice if c.criterion not in guard and len(c.tally.neg) >= len(c.tally.pos)
            and _enough_against(d, c.tally)]  # fmt: skip
    weak.sort(key=lambda c: (-len(c.tally.neg) / c.tally.views, -len(c.tally.neg)))
    if weak:
        top_weak = weak[: lim["nouns"]]
        found, lines = _one_measure(sc, top_weak)
        text = choose_text(sc, frames["weakest"], "key|weakest", items=_items(sc, found, "weak"))
        cases = [k for c in top_weak for k in c.tally.neg]
        crits = [c.criterion for c in top_weak]
        out.append(make_theme(sc, "weakness", "weakest", text,
                          _records(sc, crits, set(cases), "development"), crits=crits,
                          basis="; ".join(lines), cases=cases))  # fmt: skip
    return out


Measured = tuple[Claim, str, str, Tally]  # a claim, its law type and area words, its tally


def _one_measure(sc: Scene, claims: Sequence[Claim]) -> tuple[list[Measured], list[str]]:
    """The weaknesses of one finding, each with where it is concentrated (`_where`) and
    the tally its share is of, by one measure: where all are concentrated in the same
    law type (area), that law type's (area's) cases; otherwise all the cases with a
    view.  With the comment's line for each (as `_weak_clauses`)."""
    found = [_where(sc, c) for c in claims]
    places = {(law, area) for (law, area, _t), _l in found}
    out: list[Measured] = []
    lines: list[str] = []
    for c, ((law, area, mine), said) in zip(claims, found, strict=True):
        if len(places) > 1:
            law, area, mine, said = "", "", c.tally, said[:1]
        if counts_instead(sc.data.rules, len(mine.neg), mine.views):
            said = [*said[:-1], said[-1] + SMALL]
        out.append((c, law, area, mine))
        lines.append("; ".join(said))
    return out, lines


def _items(sc: Scene, found: Sequence[Measured], kind: str) -> str:
    """The strongest (`kind` "strong") or weakest ("weak") practice, each point named
    once with its evidence, a share of the cases inspectors could assess ("case
    recording, a weakness in all three cases inspectors could assess"), never its
    noun and then a wording saying the same again (tester 8, key finding 1); two points
    with the same share are named together ("..., each a strength in most of the cases
    inspectors could assess")."""
    w = wording()["frames"]
    side = "for" if kind == "strong" else "against"
    shares = [_share(sc, t, side) for _c, _law, _area, t in found]
    law, area = found[0][1], found[0][2]
    if len(found) > 1 and len(set(shares)) == 1:
        nouns = nouns_list([c.words.noun for c, *_ in found])
        return str(w[f"{kind}_items_alike"].format(nouns=nouns, share=shares[0], law=law,
                                                   in_area=area))  # fmt: skip
    said = [
        w[f"{kind}_item" if k == 0 else f"{kind}_item_again"].format(
            noun=c.words.noun, share=share, law=law_, in_area=area_)
        for k, ((c, law_, area_, _t), share) in enumerate(zip(found, shares, strict=True))
    ]  # fmt: skip
    return str(w["item_join"]).join(said)
