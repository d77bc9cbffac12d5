"""The key finding crediting an area judged good or better in a service judged below
good (issue 15, kf24; tester 23's A2: the failing service's one good area, with effective
managers' oversight in seven of its 10 files, strong analysis in all nine reports and
up-to-date records, got half a bullet, "from Area 6, judged good, where its own cases
show strong practice in analysis in reports", beside the weakest area).

Where the service is below good (the overall grade, or the middle of the national ones:
`themes.overall_rank`) and fewer than half the areas visited with a settled grade are
good or better, the best of those (the highest grade, then the first) gets a strength
finding of its own naming what its own cases show to be strong: the practice findings
on at least the framework's `material_cases` of its cases, at least `MOSTLY` times as
many for as against, that the area's own section states (never one its marker leaves
out as a weakness), those its headline names first, then those it states one way, then
the most cases, up to [limits] `nouns`, leaving out a point another finding already
says of the same area (the spread's "strong practice in analysis in reports").  Said
after the finding that names the area where one does (the spread between the best and
the weakest area: the summary's count stays the same), else a finding of its own,
stated whatever the grade's quota.  None where another finding credits the area on its
own (an area standing apart above the others), or where its own cases bear out no such
point.  It names no criterion as stated (as the spread does for its best area): it is
the area's own cases, a contrast with the findings on the whole service, never the
opposite of them.  Wording: `key_findings.toml` [frames] `area_credit`,
`area_credit_also`.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.areagroups import area_name
from exporters.draft.casethemes import (
    Scene,
    Theme,
    cases_line,
    choose_text,
    grade_rank,
    make_theme,
    nouns_list,
)
from exporters.draft.casethemes import wording as kf_wording
from exporters.draft.headlines import MOSTLY
from exporters.draft.sections import area_pool, recorded_grade
from exporters.draft.tallies import Claim
from exporters.draft.words import capitalise
from exporters.model import Section


def good_area(
    sc: Scene, found: Sequence[Theme], rank: int | None, body: Sequence[Section] = ()
) -> list[Theme]:
    """The finding crediting the service's best area (see the module docstring), or none;
    `rank`: the service's grade rank, `found`: the other findings, `body`: the drafted
    sections (the area's own says each point it names)."""
    d = sc.data
    if rank is None or rank < 3:
        return []
    graded = []
    for codes in sc.areas:
        _pool, _jdef, j = area_pool(d, codes)
        grade, provisional = recorded_grade(d, j)
        r = None if provisional else grade_rank(d, grade)
        if r is not None:
            graded.append((r, codes))
    good = sorted((r, k, codes) for k, (r, codes) in enumerate(graded) if r <= 2)
    if not good or 2 * len(good) >= len(graded):
        return []
    best_rank, _k, codes = good[0]
    name = area_name(d, codes)
    mine = [t for t in found for s in t.sentences if _names(s.text, name)]
    if any(t.side == "strength" and t.name == "area" for t in mine):
        return []  # credited on its own already (an area standing apart above the others)
    # What those findings say of the area (a weakness they state is another area's).
    said = " ".join(s.text for t in mine for s in t.sentences)
    others = {c for t in mine for s in t.sentences if s.direction == "against" for c in s.criteria}
    points = _strong(sc, codes, said, others, _section(body, codes))
    if not points:
        return []
    frame = "area_credit_also" if mine else "area_credit"
    text = choose_text(sc, kf_wording()["frames"][frame], f"key|credit|{name}", area=name,
                       Area=capitalise(name), judged=kf_wording()["judged"][str(best_rank)],
                       nouns=nouns_list([c.words.noun for c in points]))  # fmt: skip
    cases = [k for c in points for k in c.tally.pos]
    pool = sc.areas[codes]
    evs = [i for c in points for i in pool.records(c.criterion, "strength")
           if d.case[i] in set(cases) and d.own[i]]  # fmt: skip
    basis = f"{name}, {kf_wording()['judged'][str(best_rank)]}, in a service below good; its own cases: "
    basis += "; ".join(cases_line(c.tally) for c in points)
    theme = make_theme(sc, "strength", "good_area", text, evs, crits=[], basis=basis, cases=cases)
    if mine:  # said after the finding that names the area (the spread): one finding
        mine[0].sentences += theme.sentences
        return []
    theme.kept = True  # the one good area of a failing service is always credited
    return [theme]


def _names(text: str, name: str) -> bool:
    """Whether a finding's sentence names the area ("Area 6", never "Area 61")."""
    at = text.find(name)
    return at >= 0 and not text[at + len(name) : at + len(name) + 1].isalnum()


def _section(body: Sequence[Section], codes: tuple[str, ...]) -> Section | None:
    return next((s for s in body if s.area_code in codes), None)


def _said(sec: Section | None, roles: tuple[str, ...]) -> set[str] | None:
    """The criteria the area's drafted section states in a sentence of one of `roles`
    that is not its weakness alone (None where there is no section)."""
    if sec is None:
        return None
    return {c for p in sec.paragraphs for x in p.sentences for c in x.criteria
            if x.role in roles and x.direction in ("for", "balanced", "")}  # fmt: skip


def _strong(
    sc: Scene, codes: tuple[str, ...], said: str, others: set[str], sec: Section | None
) -> list[Claim]:
    """The area's own practice findings its cases show strong (see the module
    docstring), the most cases, then the largest share, first, less those `said` (the
    other findings naming the area) names as the area's, not as a weakness of another
    area's (`others`: "to Area 11, ..., weak practice in management oversight"), and
    those the area's section does not state (`stated`: a point its marker names among
    the weaknesses it leaves undrafted, avoiding delay in two of seven cases, is no
    strength to credit); the points its headline names first, then those it states one
    way (not balanced)."""
    d = sc.data
    stated, headline = _said(sec, ("headline", "claim")), _said(sec, ("headline",)) or set()
    found = []
    for c in sc.areas[codes].claims():
        pos, neg = len(c.tally.pos), len(c.tally.neg)
        if not c.by_cases or pos < d.rules.material_cases or pos < MOSTLY * neg:
            continue
        if stated is not None and c.criterion not in stated:
            continue
        if c.words.noun in said and c.criterion not in others:
            continue
        share = pos / (pos + neg + len(c.tally.mixed))
        found.append(
            (c.criterion not in headline, c.direction != "for", -pos, -share, c.criterion, c)
        )
    ranked = [c for *_k, c in sorted(found, key=lambda x: x[:5])]
    return ranked[: kf_wording()["limits"]["nouns"]]
