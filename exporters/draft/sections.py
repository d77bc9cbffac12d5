"""Findings sections: one per national judgement and one per visited area (or per group
of areas the framework reports together, such as London's 15a and 15b).

A section opens with a headline matched to its grade (the lead's rationale goes into
that sentence's comment, never the body; a grade marked provisional is shown as a
bracketed placeholder), followed by 3 to 6 paragraphs in the report's order:
leadership, partners, practice, workforce, and the weaknesses, which come second when
the grade is below good.  Where the section's evidence disagrees with its grade, a
bracketed note after the headline says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from exporters.draft import (
    areacause,
    areaharm,
    areainterpreter,
    arealead,
    arealeaders,
    arealeadership,
    areaown,
    areastrong,
    areatogether,
    areaundrafted,
)
from exporters.draft import coverage as cover
from exporters.draft import paragraphs as build
from exporters.draft.agreement import GradeCheck, grade_check
from exporters.draft.areagroups import area_groups as area_groups
from exporters.draft.areagroups import area_judgement as area_judgement
from exporters.draft.areagroups import area_label as area_label
from exporters.draft.areagroups import area_name as area_name
from exporters.draft.areagroups import grade_words, place_name, split_grades, split_marker
from exporters.draft.arealaw import judges_law_types, split_by_law
from exporters.draft.arealeft import left_weaknesses
from exporters.draft.areaminor import minor_weaknesses, said_as_minor
from exporters.draft.childwords import quote_a_child
from exporters.draft.claims import Context
from exporters.draft.concentration import add_where
from exporters.draft.concerns import tell
from exporters.draft.data import DraftData
from exporters.draft.impact import add_area_impact_examples, add_impact_example
from exporters.draft.judgementpool import LinkedPool as LinkedPool
from exporters.draft.judgementpool import judgement_pool as judgement_pool
from exporters.draft.judgementpool import weighing_pool
from exporters.draft.lawsubjects import add_subjects
from exporters.draft.leaderscheck import aspects_check, mark_thin
from exporters.draft.leadersdata import add_wrong_figures
from exporters.draft.leadersfigures import add_figures
from exporters.draft.leadersstrength import add_lone_strengths
from exporters.draft.leaderstwice import said_once
from exporters.draft.leadersweaker import add_weaker_area
from exporters.draft.lowcoverage import base_once
from exporters.draft.mainfailure import name_failure
from exporters.draft.perdata import PerData
from exporters.draft.rarersaid import add_rarer
from exporters.draft.safefirst import not_on_one_record, said_first
from exporters.draft.sectionopening import opening
from exporters.draft.shared import reported_line
from exporters.draft.tallies import Pool
from exporters.draft.themeplaces import placeholders
from exporters.draft.themeplaces import theme_placeholder as theme_placeholder
from exporters.draft.trace import Used, Voice
from exporters.draft.twoways import mark_both_ways
from exporters.draft.words import join_list, number_text
from exporters.model import Paragraph, Section, Sentence
from store.framework import JudgementDef
from store.models import StoredJudgement

MAX_PARAGRAPHS = 6
MIN_PARAGRAPHS = 3


def recorded_grade(data: DraftData, j: StoredJudgement | None) -> tuple[str | None, bool]:
    """(grade, provisional): a grade whose rationale marks it provisional is not used."""
    if j is None or not j.grade:
        return None, False
    return j.grade, data.words.is_provisional(j.rationale)


def heading_grade(data: DraftData, heading: str, grade: str | None, provisional: bool) -> str:
    """A heading made with no grade, its placeholder showing a provisional grade."""
    if grade and provisional:
        shown = data.framework.grade(grade).heading
        return heading.replace("[not yet judged]", f"[{shown}: provisional]")
    return heading


def headline(
    ctx: Context, kind: str, jdef: JudgementDef | None, j: StoredJudgement | None,
    check: GradeCheck | None,
) -> list[Sentence]:  # fmt: skip
    """The opening sentence matched to the grade, and a marked note when the evidence
    disagrees with it."""
    d = ctx.data
    w = d.words
    if jdef is None:
        return []
    grade, provisional = recorded_grade(d, j)
    where = f"Judgement {jdef.id}" + (f" ({ctx.area})" if jdef.scope == "area" else "")
    notes = [f"Rationale recorded with the grade: {' '.join(j.rationale.split())}"] if (
        j and j.rationale.strip()) else []  # fmt: skip
    conflicts = [j.id] if j is not None and j.meta.conflict else []
    if grade is None or provisional:
        text = (
            w.text["headline_provisional"].format(grade=d.framework.grade(grade).heading)
            if grade
            else w.text["headline_placeholder"]
        )
        flags = ["provisional"] if provisional else []
        held = [Sentence(text=text, role="placeholder", basis=f"{where}: not yet settled",
                         notes=notes, conflicts=conflicts, flags=flags)]  # type: ignore[arg-type]  # fmt: skip
        # A provisional grade the evidence disputes: the lead learns it before settling.
        if grade and check is not None and not check.agrees:
            held.append(_marker(d, f"{d.framework.grade(grade).heading} (provisional)", check))
        return held
    disputed = check is not None and not check.agrees
    # The local services' opening says every visited area's settled grade, the grade
    # the lead recorded, disputed or not (tester 18's F14: good and outstanding areas
    # vanished from it); a disputed area's own section carries the marker.
    ranks = [d.framework.grade(g).rank for g in area_grades(d)] if kind == "local" else []
    apart = [area_name(d, c) for c in disputed_areas(d)] if kind == "local" else []
    # Where the evidence disputes the grade, the opening says the balance plainly and
    # the marker below it says what disagrees (never the opening).
    spread = spread_ranks(d) if jdef.scope == "national" else []
    o = opening(ctx, kind, grade, ranks, disputed=disputed, spread=spread)
    why = ("the section's evidence disagrees with the grade" if disputed
           else "no stock headline is borne out by the section's own tallies")  # fmt: skip
    said = "has no finding to go by" if o.placeholder else "states the balance of its findings"
    rests = o.lines if o.headline else (*o.lines, f"{why}, so the opening {said}")
    if apart:
        one = len(apart) == 1
        rests = (*rests, (f"the grade of {apart[0]} is counted as recorded, although its own "
                          "evidence disagrees with it: its section says so") if one else (
                          f"the grades of {join_list(apart)} are counted as recorded, although "
                          "their own evidence disagrees with them: their sections say so"))  # fmt: skip
    out = [Sentence(
        text=o.text, role="placeholder" if o.placeholder else "headline",
        evidence_ids=[j.id] if j else [],
        criteria=list(o.criteria), notes=notes, conflicts=conflicts,
        basis=f"{where}: {d.framework.grade(grade).label}; rests on: " + "; ".join(rests),
    )]  # fmt: skip
    if check is not None and not check.agrees:
        out.append(_marker(d, d.framework.grade(grade).heading, check))
    return out


def _marker(data: DraftData, grade: str, check: GradeCheck) -> Sentence:
    """The bracketed note that the section's evidence disagrees with its grade."""
    text = data.words.text["disagreement"].format(grade=grade, what=check.what)
    return Sentence(
        text=text, role="marker", flags=["disagrees with the grade"], basis=check.line()
    )


def area_grades(data: DraftData) -> list[str]:
    """The settled grades of the visited areas (none where the framework judges no
    area), as recorded, whether or not an area's own evidence disputes its grade: what
    the local services' opening and summary rest on."""
    jdef = area_judgement(data)
    if jdef is None:
        return []
    out = []
    for codes in area_groups(data):  # areas reported together count once, if graded as one
        if split_grades(data, codes):
            continue
        grade, provisional = recorded_grade(data, area_pool(data, codes)[2])
        if grade and not provisional:
            out.append(grade)
    return out


def spread_ranks(data: DraftData) -> list[int]:
    """The ranks of the visited areas' settled grades (1 outstanding ... 4 inadequate):
    what a section spanning every area says "consistently" of (`headlines.borne_out`)."""
    return [data.framework.grade(g).rank for g in area_grades(data)]


# Each area section's check of its grade against its evidence, by id of the draft's
# data (not hashable) with a weak reference to it: the local services' section, drafted
# after the areas, reads them rather than tallying every area again.
_CHECKS: PerData[tuple[str, ...], GradeCheck | None] = PerData()


def _remember_check(data: DraftData, codes: tuple[str, ...], check: GradeCheck | None) -> None:
    _CHECKS.of(data)[codes] = check


def area_pool(
    data: DraftData, codes: tuple[str, ...]
) -> tuple[Pool, JudgementDef | None, StoredJudgement | None]:
    """An area's (or areas reported together) evidence pool, the framework's per-area
    judgement and the first of the areas' recorded judgements with a grade."""
    cases = set().union(*(data.cases_in_area.get(c, set()) for c in codes))
    wide = sorted(i for c in codes for i in data.area_level.get(c, ()))
    pool = Pool(data, cases, wide, key=f"area|{'+'.join(codes)}", areas=codes)
    jdef = area_judgement(data)
    recorded = [data.judgement(jdef.id, c) for c in codes] if jdef else []
    return pool, jdef, next((x for x in recorded if x is not None and x.grade), None)


def area_check(data: DraftData, codes: tuple[str, ...]) -> GradeCheck | None:
    """An area's check of its grade, as its section found it (or worked out here when
    its section was not drafted in this run)."""
    held = _CHECKS.of(data)
    if codes in held:
        return held[codes]
    pool, _, j = area_pool(data, codes)
    grade, provisional = recorded_grade(data, j)
    check = grade_check(pool, None if provisional else grade)
    _remember_check(data, codes, check)
    return check


def disputed_areas(data: DraftData) -> list[tuple[str, ...]]:
    """The visited areas (or groups reported together) whose recorded grade their own
    evidence disagrees with (`tallies.grade_check`)."""
    out = []
    for codes in area_groups(data):
        check = area_check(data, codes)
        if check is not None and not check.agrees:
            out.append(codes)
    return out


def _paragraphs(ctx: Context, lead: list[Sentence], with_cases: bool) -> list[Paragraph | None]:
    claims = ctx.pool.claims()
    ctx.told = tell(ctx)  # concerns on one case, said as what happened with the escalations
    weak_first = ctx.grade in ("requires-improvement", "inadequate") or (
        ctx.grade is None and ctx.pool.weighs_against()  # no grade: by the case files
    )
    # A safeguarding weakness first, whatever the grade: straight after the headline
    # where the weaknesses would otherwise come last (`safefirst`; tester 20's A3).
    safe = [] if weak_first else said_first(ctx, claims, lead)
    first = build.leadership(ctx, claims, [*lead, *safe])
    if weak_first:
        dev = build.development(ctx, claims, last=False)
        rest = [*build.practice(ctx, claims), *build.partners(ctx, claims)]
        left = left_weaknesses(ctx, claims, dev)  # what the strengths paragraphs left
        if build.decides(ctx, dev, first, lead):
            # The weakness that decides the grade straight after the headline, the
            # leadership's lesser points after it (the session-9 tester: Area 7's delay,
            # weak in five of five cases, a paragraph after one performance report).
            said = [x for p in first for x in p.sentences if not any(x is h for h in lead)]
            opens = [Paragraph(theme="leadership", sentences=list(lead))] if lead else []
            # In an area, its leaders' points and its workforce's in one paragraph (case22).
            tail = arealead.after(ctx, said, rest, build.workforce(ctx, claims))
            return [*opens, *arealead.early(ctx, [*dev, *left], tail)]  # how it is led
        return [*arealead.led(ctx, first, [*dev, *left, *rest], build.workforce(ctx, claims))]
    if with_cases:
        body = [*build.partners(ctx, claims), *build.practice(ctx, claims)]
    else:
        body = build.partners(ctx, claims)
    # A strong area: what most weighs first, one-case points after (`areastrong`).
    before = areastrong.ordered(ctx, [*lead, *safe], first, body, build.workforce(ctx, claims))
    return [*before, *build.development(ctx, claims, before=before, escalations=not safe)]


def mark_undrafted(ctx: Context, paras: list[Paragraph]) -> None:
    """Tell the lead, in a bracketed note after the section's weaknesses, what material
    weakness it leaves out (`coverage.undrafted_marker`)."""
    marker = cover.undrafted_marker(ctx, paras, cover.escalations(ctx))
    if marker is None:
        return
    dev = [k for k, p in enumerate(paras) if p.theme == "development"]
    if not paras:
        paras.append(Paragraph(theme="placeholder", sentences=[marker]))
        return
    k = dev[-1] if dev else len(paras) - 1
    paras[k] = paras[k].model_copy(update={"sentences": [*paras[k].sentences, marker]})


def mark_unsaid_strengths(ctx: Context, paras: list[Paragraph]) -> None:
    """Tell the lead, in a bracketed placeholder at the end of each theme's paragraph
    (after the section's last paragraph on strengths where the theme has none), which
    strengths with material evidence the section leaves out
    (`coverage.unsaid_strengths`)."""
    for theme, note in cover.unsaid_strengths(ctx, paras):
        k = strengths_place(ctx.grade, paras, theme)
        if k is None:
            paras.append(Paragraph(theme="placeholder", sentences=[note]))
            continue
        paras[k] = paras[k].model_copy(update={"sentences": [*paras[k].sentences, note]})


def strengths_place(grade: str | None, paras: Sequence[Paragraph], theme: str) -> int | None:
    """The paragraph a theme's placeholder of strengths not drafted ends: the theme's
    last, or the section's last on strengths, never a paragraph stating no finding (the
    headline and, for local services, the areas' count) while one states some, and,
    where the grade puts the weaknesses first, never before them (tester 11's local services:
    the note sat after the count of areas, before every weakness); None for none."""
    kept = [k for k, p in enumerate(paras) if p.theme != "placeholder"]
    body = [k for k in kept if any(x.role in ("claim", "views") for x in paras[k].sentences)]
    body = body or kept
    mine = [k for k in body if paras[k].theme == theme]
    kept = mine or [k for k in body if paras[k].theme != "development"]
    if not kept:  # only weaknesses: after them
        return body[-1] if body else None
    k = kept[-1]
    weak_first = grade in ("requires-improvement", "inadequate")
    if weak_first and any(paras[j].theme == "development" for j in body if j > k):
        return body[-1]  # after the weaknesses, at the end of the findings
    return k


def assemble(ctx: Context, paragraphs: list[Paragraph | None], minimum: int) -> list[Paragraph]:
    """Keep 3 to 6 paragraphs: fold a one-sentence paragraph into the one before (an
    opening paragraph of one sentence, into the one after), and add placeholders for the
    themes with no evidence (before a closing paragraph on weaknesses)."""
    kept: list[Paragraph] = []
    themes: list[dict[int, str]] = []  # where each folded paragraph starts, and its theme
    for p in paragraphs:
        if p is None or not p.sentences:
            continue
        if len(kept) == 1 and len(kept[0].sentences) < 2:
            themes[0][len(kept[0].sentences)] = p.theme
            p = p.model_copy(update={"sentences": [*kept.pop().sentences, *p.sentences]})
            themes[0] = {0: p.theme, **themes[0]}
            kept.append(p)
            continue
        if kept and len(p.sentences) < 2 and p.theme != "development":
            themes[-1][len(kept[-1].sentences)] = p.theme
            kept[-1] = kept[-1].model_copy(
                update={"sentences": [*kept[-1].sentences, *p.sentences]}
            )
            continue
        kept.append(p)
        themes.append({0: p.theme})
    placeholders(ctx, kept, themes, minimum)  # for the themes it states nothing about
    kept = build.split_long(kept, themes, MAX_PARAGRAPHS)
    while len(kept) > MAX_PARAGRAPHS:  # never cut: join the two shortest neighbours
        k = min(range(1, len(kept)),
                key=lambda i: len(kept[i - 1].sentences) + len(kept[i].sentences))  # fmt: skip
        joined = [*kept[k - 1].sentences, *kept[k].sentences]
        kept[k - 1 : k + 1] = [kept[k - 1].model_copy(update={"sentences": joined})]
    return kept


def flag_disagreeing(data: DraftData, paras: list[Paragraph], check: GradeCheck | None) -> None:
    """Mark "disagrees with the grade" on the claims that bear out a disagreement the
    section's evidence has with its grade (`agreement.grade_check`; nothing in a
    section whose evidence agrees): weaknesses where the evidence is weaker than the
    grade, strengths where it is stronger (a balanced claim states both), and, where
    the disagreement rests on particular criteria (safeguarding failing widely under a
    good grade), only the claims on those.  The other sentences are not marked."""
    if check is None or check.agrees:
        return
    contrary = ("against", "balanced") if check.weaker else ("for", "balanced")
    only = set(check.criteria)
    for p in paras:
        for s in p.sentences:
            if s.role != "claim" or s.direction not in contrary:
                continue
            if only and only.isdisjoint(s.criteria):
                continue
            s.flags = list(dict.fromkeys([*s.flags, "disagrees with the grade"]))


def area_section(data: DraftData, codes: tuple[str, ...], voice: Voice, used: Used) -> Section:
    """The findings section for a visited area (or areas reported together)."""
    place = place_name(data, codes)
    label = area_label(codes)
    name = area_name(data, codes)
    pool, jdef, j = area_pool(data, codes)
    grade, provisional = recorded_grade(data, j)
    split = split_grades(data, codes)
    if split:  # reported together, graded apart: no one grade to state (`split_grades`)
        grade, provisional = None, False
    settled = None if provisional else grade
    # Checked against a provisional grade too (the lead settles it knowing); the local
    # services count settled grades only, so only those are remembered as disputed.
    check = grade_check(pool, grade)
    _remember_check(data, codes, None if provisional else check)
    pool.minor = minor_weaknesses(pool, settled, check)  # a strong area's few weaknesses
    # One name for the area in every sentence of the section (`area_name`).
    ctx = Context(pool, voice, used, pool.key, name, name, grade=settled)
    lead = [split_marker(data, codes, split)] if split else headline(ctx, "area", jdef, j, check)
    lead = lead or arealead.opening(ctx)  # no grade: its weightiest findings by cases (case18)
    drafted: list[Paragraph | None] = [p for p in _paragraphs(ctx, lead, True) if p is not None]
    if not lead:  # no headline: never opens on one record about the service (`safefirst`)
        drafted = [*not_on_one_record(ctx, [p for p in drafted if p is not None])]
    paras = arealead.themed(ctx, assemble(ctx, drafted, MIN_PARAGRAPHS))
    paras = areatogether.joined(ctx, paras)  # same way in each of few cases (case33)
    if jdef is None and judges_law_types(data):  # an area the law types' sections leave out
        split_by_law(ctx, paras)
    add_area_impact_examples(ctx, paras)  # what its practice meant for a child (case31)
    areaharm.add_harm(ctx, paras)  # weak: what a weakness meant for a child, once (case33)
    areacause.say_cause(ctx, paras)  # its main shortfall first, with the lead's cause (case34)
    areainterpreter.add_interpreting(ctx, paras)  # a child made to interpret (case35)
    quote_a_child(ctx, paras)
    name_failure(ctx, paras)  # below good: the main failure and the leaders' response
    arealeaders.said(ctx, paras)  # the figures its notes hold, where its grade rests on them
    arealeadership.said(ctx, paras)  # its leaders' oversight from its own records (case30)
    areaown.own_notes_first(ctx, paras)  # below good: its own notes on its leaders first
    areaown.own_notes_for(ctx, paras)  # strong: its own note, not its sources named (case33)
    said_as_minor(ctx, paras)  # a weakness its notes mark minor, said so
    areastrong.grouped(ctx, paras)  # a strong area's one-case strengths, together
    mark_undrafted(ctx, paras)
    mark_unsaid_strengths(ctx, paras)
    flag_disagreeing(data, paras, check)
    mark_both_ways(paras)
    cover.rest_on_gradings(ctx, paras)
    base_once(ctx, paras)  # its base said once (tester 30's F12)
    areaundrafted.add_note(ctx, paras)  # what its records hold that no sentence drafts
    code_text = join_list(list(codes))
    if jdef is not None:
        heading = data.framework.heading_for(jdef.id, settled, place, code_text)
        heading = heading_grade(data, heading, grade, provisional)
        if split:
            shown = " or ".join(grade_words(data, g) for g in split)
            heading = heading.replace("[not yet judged]", f"[{shown}: graded differently]")
    else:
        heading = f"Findings in {place} ({label})"
    return Section(
        kind="area", heading=heading, level=2, judgement_id=jdef.id if jdef else None,
        area_code=code_text, grade=settled, paragraphs=paras,
    )  # fmt: skip


def judgement_section(data: DraftData, jdef: JudgementDef, voice: Voice, used: Used) -> Section:
    """A national judgement's section: its headline and findings."""
    pool, kind, law = judgement_pool(data, jdef)
    cases = pool.case_ids
    j = data.judgement(jdef.id)
    grade, provisional = recorded_grade(data, j)
    settled = None if provisional else grade
    # Weighed on every criterion linked to it, those another section says included.
    weighed = weighing_pool(data, jdef)
    check = grade_check(weighed, grade) if cases else None
    org = data.inspection.organisation
    ctx = Context(pool, voice, used, pool.key, org, org, grade=settled, law=law)
    if not cases:  # weighed by its aspects (national leadership: `leaderscheck`, kf32)
        check = aspects_check(ctx, grade)
    lead = headline(ctx, kind, jdef, j, check)
    if kind == "local":
        lead += local_summary(data)
    paras = assemble(ctx, _paragraphs(ctx, lead, with_cases=bool(cases)), 1)
    if cases:  # a law type's or practice's section quotes a child as an area's does
        add_where(ctx, paras)  # where a weakness's cases against are (tester 25's A1)
        add_impact_example(ctx, paras)  # what a law type's practice meant for a child (kf30)
        quote_a_child(ctx, paras)
        add_subjects(ctx, paras, build.weighs_against(ctx))
    if kind == "leadership":  # complaints and the rarer work, each said (`rarersaid`)
        add_rarer(ctx, paras)
        said_once(ctx, paras)  # a point two criteria's claims make from one note
        add_wrong_figures(ctx, paras)  # the figures leaders rely on, where wrong
        add_figures(ctx, paras)  # the figures its notes hold, with their source
        add_weaker_area(ctx, paras)  # an area whose own notes on its leaders are weak (kf33)
        add_lone_strengths(ctx, paras)  # a leadership strength no sentence says (kf35)
    reported_line(ctx, weighed, jdef, paras, check)
    mark_undrafted(ctx, paras)
    mark_unsaid_strengths(ctx, paras)
    flag_disagreeing(data, paras, check)
    if not cases:
        mark_thin(ctx, paras)  # too few records to weigh its grade: said in the margin
    mark_both_ways(paras)
    cover.rest_on_gradings(ctx, paras)
    base_once(ctx, paras)  # its base said once (tester 30's F12)
    heading = heading_grade(data, data.framework.heading_for(jdef.id, settled), grade, provisional)
    return Section(kind="judgement", heading=heading, level=2, judgement_id=jdef.id,
                   grade=settled, paragraphs=paras)  # fmt: skip


def local_summary(data: DraftData) -> list[Sentence]:
    """How many areas were visited and how they were judged (the leadership of local
    services is judged on all the evidence, not averaged from the areas)."""
    w = data.words
    groups = area_groups(data)
    if not groups:
        return []
    out = [cover.visits_sentence(data, len(groups))]
    apart = [split_marker(data, codes, split, counted=True) for codes in groups
             if (split := split_grades(data, codes))]  # fmt: skip
    counts = Counter(area_grades(data))
    # An area whose own evidence disputes its grade is counted as recorded; its own
    # section carries the marker and the lead's warning, and the key findings name it
    # once, so this section says so only in its comment (tester 25: Area 3's marker
    # three times, here stopping the whole section for two files of one area).
    disputed = [area_name(data, codes) for codes in disputed_areas(data)]
    if counts:
        fw = data.framework
        parts = [
            f"{number_text(n)} {'is' if n == 1 else 'are'} {fw.grade(g).heading}"
            for g, n in sorted(counts.items(), key=lambda kv: fw.grade(kv[0]).rank)
        ]
        basis = "Area judgements: " + ", ".join(
            f"{fw.grade(g).label} {n}" for g, n in sorted(counts.items())
        )
        if disputed:
            basis += (f"; counted as recorded, although their own evidence disputes them: "
                      f"{join_list(disputed)} (see their sections)")  # fmt: skip
        out.append(Sentence(
            text=w.text["local_grades"].format(grades=join_list(parts)), role="fixed",
            basis=basis,
        ))  # fmt: skip
    out += apart  # after the count they are left out of
    return out
