"""The summary of key findings: a handful of findings drawn from themes across the
judgements (issue 15), not one sentence per criterion copied from the body.

Each theme is read from the whole inspection (`Scene`):

- **leaders**: what the national leadership judgement's evidence bears out (its
  headline, or its weightiest finding about the service in the grade's direction, on
  more than one record; where the weightiest leans that way but not all one way, the
  criteria its records bear out, `leaders_by_criteria`);
- **areas**: an area judged inadequate, or far below the others (two grades or more),
  or one far above them (or the only one outstanding), named only where its own cases
  bear the point out (its weakest, or strongest, practice) and, below the others, its
  own evidence does not dispute its grade (above them, the finding carries its
  section's check: tester 21's A8); or,
  with no such area, the best and the weakest area where their grades are two or more
  apart, or that every area visited is good or better (below good);
- **safeguarding**: the safeguarding criteria failing in material numbers of cases
  (`material_against`), and the concerns inspectors escalated, with how many were still
  waiting to be escalated when the draft was made (stated whatever the grade);
- **strongest practice**: the practice criteria strong in most cases, never leaning
  against in a law type or an area with enough cases, said to hold "in both private and
  public law" or "in every area visited" only where each bears it out;
- **weakest practice**: the practice criteria against in a large share of the cases,
  said of one law type, or of the one or two areas visited, where the cases against
  are concentrated there (`concentration.py`: never a national share the other areas
  do not share), a weakness concentrated elsewhere in a sentence of its own;
- **the service**: the workforce's and partnerships' weightiest clear finding about the
  service (not a balanced one: a key finding never praises and criticises one thing);
- **what stakeholders say**: the balance of judges', local authorities' and partners'
  views (`stakeholders.views`), after the other findings on its side.

The themes about the service (leaders, the service, stakeholders) are read in
`servicethemes.py`; which claims may be key findings, and what each weighs, in
`kfclaims.py`.

`key_findings` chooses among them in proportion to the overall grade
(`key_findings.toml` [quota]): a good or outstanding organisation's findings lead with
its strengths, one that requires improvement or is inadequate with its failures; a
safeguarding weakness (the concerns escalated, or keeping children safe failing in
material numbers of cases) leads where a judgement it bears on is below good or it is
found in most of its cases, and otherwise follows the strengths (`kforder.py`).  Within
a side the weightiest come first (the cases and records a finding rests on), a finding
on fewer than the framework's `min_cases` of them last.  Every finding is a traced
sentence: its comment gives what it rests on (the grades, the tallies by law type and
area, the escalations), as the body's sentences do.  Wording: `key_findings.toml`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from exporters.draft.agreement import practice_findings
from exporters.draft.areagroups import area_groups
from exporters.draft.areathemes import apart_sides, area_themes
from exporters.draft.casethemes import Scene, Theme, grade_rank
from exporters.draft.casethemes import wording as kf_wording
from exporters.draft.claims import Context
from exporters.draft.gradethemes import law_good_themes, law_owned, law_themes
from exporters.draft.kfchecks import carry_marks, carry_note_marks
from exporters.draft.kfclaims import national
from exporters.draft.kfcredit import credit_last
from exporters.draft.kfgoodarea import good_area
from exporters.draft.kfimpact import add_impact
from exporters.draft.kforder import place
from exporters.draft.kfoutstanding import outstanding_first
from exporters.draft.kfthin import thin_last
from exporters.draft.kfweakarea import stronger_area, weaker_area
from exporters.draft.kfworst import without_lead
from exporters.draft.practicethemes import practice_themes
from exporters.draft.safeguardthemes import safeguarding_theme
from exporters.draft.sections import area_pool
from exporters.draft.servicethemes import leaders_theme, service_themes, views_theme
from exporters.draft.stance import Sections
from exporters.draft.tallies import Pool, same_point
from exporters.model import Section, Sentence


def scene(ctx: Context) -> Scene:
    """The summary's scene (see `Scene`)."""
    d = ctx.data
    claims = [c for c in ctx.pool.claims() if national(ctx, c)]
    laws = {law: Pool(d, d.cases_of_law.get(law, set()), [], key=f"summary|{law}")
            for law in ("PRIVATE", "PUBLIC") if d.cases_of_law.get(law)}  # fmt: skip
    areas = {codes: area_pool(d, codes)[0] for codes in area_groups(d)}
    sc = Scene(ctx, claims, laws, areas, sections=Sections(d))
    sc.apart = apart_sides(sc)
    return sc


def key_findings(
    ctx: Context, grade: str | None, body: Sequence[Section] = ()
) -> list[list[Sentence]]:
    """The key findings, each a list of sentences, in the order the summary states them;
    each carrying the markers the body's sections (`body`) put on the same point
    (`kfchecks.carry_marks`); first, each of the body's claims counting a note another
    section marks is marked too (`kfchecks.carry_note_marks`)."""
    carry_note_marks(ctx.data, body)
    sc = scene(ctx)
    guard = safeguarding_theme(sc)
    # A weakness said of one law type's cases is a reason that law type's grade rests
    # on: its finding names it, no other takes it first (`gradethemes.law_owned`; tester
    # 14: the weakest practice took late checks from private law's finding, then was
    # left out for room).
    owned = law_owned(sc)
    sc.ctx.stated.update(*owned.values())
    practice, areas = practice_themes(sc, body), area_themes(sc)
    laws = law_themes(sc, owned, [*guard, *practice])  # findings on all the cases (kf32)
    guard = without_lead(sc, guard, laws)  # said by the inadequate law type's (`kfworst`)
    found = [
        *guard, *practice, *areas, *laws,
        *law_good_themes(sc, laws, body), *leaders_theme(sc), *service_themes(sc), *views_theme(sc),
    ]  # fmt: skip
    # Where no area is graded, the one or two where practice is clearly weaker
    # (`kfweakarea`; tester 26's F12).
    found += weaker_area(sc)
    found += stronger_area(sc, overall_rank(sc, grade))  # below good (tester 27's A15)
    # A service below good credits its one good area (`kfgoodarea`; tester 23's A2).
    found += good_area(sc, found, overall_rank(sc, grade), body)
    # A point on a handful of the many cases read goes last (`kfthin`; tester 32's A2).
    chosen = choose(sc, thin_last(sc, once(one_way(found))), grade)
    # An outstanding service: its leaders and their impact first (`kfoutstanding`, kf34).
    chosen = outstanding_first(sc, chosen, overall_rank(sc, grade))
    # A service below good whose findings credit nothing: its few strengths last (kf35).
    chosen = credit_last(sc, chosen, overall_rank(sc, grade))
    add_impact(sc, chosen)  # what outstanding practice did for a child (`kfimpact`)
    out = [with_reasons(t).sentences for t in chosen]
    carry_marks(ctx.data, out, body)
    return out


GRADED = ("leaders", "law", "area")  # the themes that give a judgement's grade


def with_reasons(t: Theme) -> Theme:
    """A finding that only gives a grade ("Practice in public law is judged to require
    improvement.": no point of its own evidence rests on enough cases or records, and no
    concern was escalated) followed by a placeholder for the lead to add the reasons
    ([frames] `reasons_placeholder`), never a bare grade (issue 15: a key finding gives
    a reason)."""
    bare = not t.escalated and not t.reasoned and not any(s.criteria for s in t.sentences)
    if t.name in GRADED and bare:
        key = "reasons_placeholder_many" if t.grades > 1 else "reasons_placeholder"
        text = str(kf_wording()["frames"][key])
        basis = "; ".join(s.basis for s in t.sentences if s.basis)
        basis += "; no point of its own evidence rests on enough cases or records, or each is said in another key finding"
        t.sentences.append(Sentence(text=text, role="placeholder", basis=basis))
    return t


def once(found: list[Theme]) -> list[Theme]:
    """The themes without the concerns escalated said on their own where the findings on
    the areas below good already say each of them (the same cases counted twice)."""
    said = frozenset().union(*(t.escalated for t in found if t.name == "area"))
    return [t for t in found if t.name != "escalated" or not t.escalated <= said]


def one_way(found: list[Theme]) -> list[Theme]:
    """The themes with none stating a point another states the other way (a strength
    in seeing children beside a weakness in it): of two such, the urgent, kept or
    weightier one stays (issue 15: no two key findings state one theme both ways)."""
    ranked = sorted(found, key=lambda t: (not t.urgent, not t.kept, -t.weight))
    said: dict[str, set[tuple[str, str]]] = {"strength": set(), "weakness": set()}
    dropped: list[Theme] = []
    for t in ranked:
        # Neither concerns escalated (counts) nor stakeholders' views (what they say, on
        # every criterion their notes touch) state a point of practice; an area's
        # finding says its own cases' points, a contrast with the service's (tester
        # 28: Area 11's weak oversight on its files dropped the finding on outstanding
        # leaders, whose grade is always a key finding).
        if t.side not in said or t.name in ("escalated", "views", "area"):
            continue
        # A law type's finding says its points of its own cases only: another law
        # type's may state them the other way (a contrast), no other finding may.
        points = {(p, t.law) for s in t.sentences for c in s.criteria for p in same_point(c)}
        other = "weakness" if t.side == "strength" else "strength"
        if any(p == q and (law == o or not law or not o)
               for p, law in points for q, o in said[other]):  # fmt: skip
            dropped.append(t)
        else:
            said[t.side] |= points
    return [t for t in found if t not in dropped]


def choose(sc: Scene, found: list[Theme], grade: str | None) -> list[Theme]:
    """The findings the summary states, in order: any urgent one and any other on a
    safeguarding weakness that leads (`kforder.leads`), then the side the
    overall grade leads with (with no overall grade, the middle of the national ones, the
    worse of two: tester 20's service, every judgement requiring improvement under a
    framework with no overall one, led on a strength), the views of stakeholders where they are mixed, then the
    other side; each side the weightiest first, a finding on fewer than `min_cases`
    cases and records after the others (`[quota]`, `[limits]`)."""
    d = sc.data
    rank = overall_rank(sc, grade)
    if rank is None:
        pos, neg = practice_findings(sc.ctx.pool)
        rank = 2 if pos >= neg else 3
    quota = kf_wording()["quota"][str(rank)]
    least = d.rules.min_cases

    def order(t: Theme) -> tuple[bool, bool, int]:
        return (t.name == "views", t.weight < least, -t.weight)

    urgent = [t for t in found if t.urgent]

    def side(which: str, room: int) -> list[Theme]:
        ts = sorted((t for t in found if t.side == which and not t.urgent), key=order)
        kept = [t for t in ts if t.kept]
        rest = [t for t in ts if not t.kept][: max(0, room)]
        return sorted([*kept, *rest], key=order)

    lead = quota["lead"]
    sides = {"strength": side("strength", quota["strength"]),
             "weakness": side("weakness", quota["weakness"] - len(urgent))}  # fmt: skip
    if lead == "strength":
        room = max(1, len(sides["strength"]) - 1) - len(urgent)
        sides["weakness"] = _fewer(sides["weakness"], room, order)
    other = "weakness" if lead == "strength" else "strength"
    views = [t for t in found if t.side == "views"]
    out = [*urgent, *sides[lead], *views, *sides[other]]
    # A safeguarding weakness comes first where a judgement it bears on is below good or
    # it is found in most of its cases (tester 24's A5); otherwise it follows the
    # strengths (`kforder`; tester 28: a small shortfall opened an outstanding summary).
    out = sorted(out, key=lambda t: place(sc, t))  # an inadequate law type's next (kf30)
    most = kf_wording()["limits"]["most"]
    while len(out) > most and (drop := [t for t in out if not (t.kept or t.urgent)]):
        out.remove(drop[-1])
    return out


def overall_rank(sc: Scene, grade: str | None) -> int | None:
    """The service's grade rank: the overall grade's, else (the 2021 framework has none)
    the middle of the national ones, the worse of two; None where there is none."""
    d = sc.data
    rank = grade_rank(d, grade)
    if rank is None:
        ranks = sorted(r for j in d.judgements
                       if j.area_code is None and (r := grade_rank(d, j.grade)) is not None)  # fmt: skip
        rank = ranks[len(ranks) // 2] if ranks else None
    return rank


def _fewer(weak: list[Theme], room: int, order: Callable[[Theme], Any]) -> list[Theme]:
    """A good or outstanding organisation's weaknesses, fewer than its strengths where
    the evidence allows, and one at least (its key findings are mostly positive: where
    the evidence is not, the grade check says so, not the key findings).  Stated whatever the room: safeguarding (`kept`) and
    what a grade says (an area standing apart below the others, leaders judged below
    good); the weightiest of the rest fill what room is left."""
    graded = ("leaders", "area", "spread", "law")
    kept = [t for t in weak if t.kept or t.name in graded]
    rest = [t for t in weak if t not in kept]
    # A finding that only gives a grade ("Services in Area 12 are judged to require
    # improvement.") names no point of practice: it takes no room from the weightiest
    # weakness the evidence shows.
    bare = sum(not any(s.criteria for s in t.sentences) for t in kept)
    return sorted([*kept, *rest[: max(0, room - len(kept) + bare)]], key=order)
