"""The report's other parts, in the 2018 report's order: the overall judgement and its
table, the summary of key findings, what needs to improve, information about the
organisation, previous inspections, and (at the end) information about this inspection,
the team and how to complain.

Key findings are drawn from themes across the judgements (the whole sample and all the
evidence about the service), not copied from one section.  What needs to improve is
`improvements.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from exporters.draft import service
from exporters.draft.attributed import hedged, named_sources, one_area
from exporters.draft.claims import (
    Context,
    claim_records,
    claim_sentence,
    claim_with_impact,
    stakeholder_views,
    unsaid,
)
from exporters.draft.data import DraftData
from exporters.draft.examples import split_sentences
from exporters.draft.headlines import MOSTLY, opening
from exporters.draft.sections import recorded_grade
from exporters.draft.tallies import Claim, Pool
from exporters.draft.trace import Used, Voice
from exporters.draft.words import join_list, number_text, proportion_word
from exporters.model import Paragraph, Section, Sentence, Table
from store.models import ROLE_LABELS


def fmt_date(iso: str | None) -> str:
    """'5 February 2018' from '2018-02-05'."""
    if not iso:
        return ""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B %Y')}"


def overall_grade(data: DraftData) -> tuple[str | None, str]:
    """The overall judgement's grade (None when not made) and its heading form."""
    fw = data.framework
    overall = next((j for j in fw.judgements if j.overall), None)
    if overall is None:
        return None, ""
    grade, provisional = recorded_grade(data, data.judgement(overall.id))
    if grade is None or provisional:
        return None, ""
    return grade, fw.grade(grade).heading


def overall_section(data: DraftData) -> Section:
    """The overall judgement, its sentence and the table of judgements."""
    fw = data.framework
    w = data.words
    org = data.inspection.organisation
    overall = next((j for j in fw.judgements if j.overall), None)
    national = [j for j in fw.judgements if j.scope == "national"]
    rows = []
    for jdef in national:
        j = data.judgement(jdef.id)
        grade, provisional = recorded_grade(data, j)
        label = fw.grade(grade).label if grade else "Not yet judged"
        if provisional:
            label = f"[{label}: provisional]"
        if j is not None and j.meta.conflict:
            label += " " + w.text["conflict_marker"]
        rows.append([jdef.title, label])
    grade, heading = overall_grade(data)
    oj = data.judgement(overall.id) if overall else None
    text = (w.text["overall"].format(org=org, grade=heading) if grade
            else w.text["overall_placeholder"].format(org=org))  # fmt: skip
    first = Sentence(text=text, role="headline" if grade else "placeholder",
                     basis=f"Judgement {overall.id}" if overall else "",
                     evidence_ids=[oj.id] if oj else [],
                     conflicts=[oj.id] if oj is not None and oj.meta.conflict else [])  # fmt: skip
    title = fw.heading_for(overall.id, grade) if overall else f"Inspection of {org}"
    return Section(
        kind="overall", heading=title, judgement_id=overall.id if overall else None, grade=grade,
        intro=[Paragraph(kind="plain", sentences=[first])],
        table=Table(header=["Judgement", "Grade"], rows=rows),
    )  # fmt: skip


def everything(data: DraftData, key: str) -> Pool:
    wide = sorted([*data.national, *(i for evs in data.area_level.values() for i in evs)])
    return Pool(data, set(data.national_cases), wide, key=key)


def summary_section(data: DraftData, voice: Voice, used: Used) -> Section:
    """Key findings across the judgements: leadership, practice in both law types,
    partnerships, the workforce, and the main weakness, each from the whole inspection,
    the weightiest first (`_ordered`).  A claim about the service is a key finding only
    where it stands on the notes of more than one area and not on hedged notes alone
    (`_national`)."""
    w = data.words
    org = data.inspection.organisation
    grade, heading = overall_grade(data)
    pool = everything(data, "summary")
    ctx = Context(pool, voice, used, "summary", org, org, grade=grade)
    claims = [c for c in pool.claims() if _national(ctx, c)]
    items: list[tuple[list[Claim], list[Sentence]]] = []

    def bullet(chosen: list[Claim], sentences: list[Sentence]) -> None:
        if sentences:
            items.append((chosen, sentences))

    head = _leadership_head(ctx)
    top, said = _first_said(ctx, claims, "leadership", impact=False)
    bullet(top, head + said)
    bullet([], _both_law_types(data, ctx, claims))
    views = stakeholder_views(ctx)
    partner, said = _first_said(ctx, claims, "partners", impact=False)
    bullet(partner, ([views] if views else []) + said)
    bullet(*_first_said(ctx, claims, "workforce", impact=True))
    weak = sorted((c for c in unsaid(ctx, claims) if c.lean == "against" or c.direction == "balanced"),
                  key=lambda c: (-c.against_weight, c.criterion))[:1]  # fmt: skip
    # Safeguarding weaknesses are stated, wherever they were found, whatever the
    # balance across the inspection (reader 5's finding 2).
    guard = [c for c in unsaid(ctx, claims) if c.criterion in safeguarding(data)
             and c.tally.neg and material_against(data, c) and c not in weak][:1]  # fmt: skip
    bullet(guard + weak, [s for c in guard + weak if (s := claim_sentence(ctx, c)) is not None])
    bullets = [Paragraph(kind="bullet", theme="summary", sentences=ss)
               for _c, ss in _ordered(ctx, items)]  # fmt: skip
    text = (w.text["summary_intro"].format(org=org, grade=heading) if grade
            else w.text["summary_placeholder"].format(org=org))  # fmt: skip
    intro = Sentence(text=text, role="fixed" if grade else "placeholder", basis="Overall judgement")
    return Section(kind="summary", heading="Summary of key findings",
                   intro=[Paragraph(kind="plain", sentences=[intro])], paragraphs=bullets)  # fmt: skip


def _first_said(
    ctx: Context, claims: list[Claim], theme: str, impact: bool
) -> tuple[list[Claim], list[Sentence]]:
    """The weightiest strength on a theme not stated yet that has something left to
    say (a claim whose one note the report has said already says nothing new)."""
    for c in unsaid(ctx, claims):
        if c.theme == theme and c.lean == "for":
            said = claim_with_impact(ctx, c, impact)
            if said:
                return [c], said
    return [], []


def _leadership_head(ctx: Context) -> list[Sentence]:
    """A leadership headline the evidence bears out; not the judgement alone, which the
    summary's introduction already states."""
    data = ctx.data
    w = data.words
    lead = next((j for j in data.framework.judgements if w.judgement_kind(j) == "leadership"), None)
    if lead is None:
        return []
    lead_grade, provisional = recorded_grade(data, data.judgement(lead.id))
    if not lead_grade or provisional:
        return []
    o = opening(ctx, "leadership", lead_grade)
    if not o.headline:
        return []
    return [Sentence(text=o.text, role="headline", criteria=list(o.criteria),
                     basis=f"Judgement {lead.id}; rests on: {'; '.join(o.lines)}")]  # fmt: skip


def _national(ctx: Context, c: Claim) -> bool:
    """Whether a claim may be a key finding: a claim about cases, or a claim about the
    service that still leans the same way once its hedged notes are left out
    (`service.standing`) and rests on the notes of more than one area
    (`attributed.one_area`): one area's complaints note is that area's finding."""
    if c.by_cases:
        return c.lean != "for" or not _contrary(ctx, c)
    st, dv = claim_records(ctx, c)
    stood, st, dv = service.standing(ctx, c, st, dv)
    if stood is None or stood.lean != c.lean:
        return False
    return one_area(ctx.data, [*st, *dv]) is None


def _contrary(ctx: Context, c: Claim) -> bool:
    """Whether records the case count leaves out go against a strength about cases: a
    note against it on a case not counted (a local authority's view, say) or about the
    service.  Counted with them, a strength on fewer than the framework's `min_cases`
    cases is no key finding ("both cases ... show" when a third says otherwise), nor
    one its evidence no longer carries as a strength."""
    t, d = c.tally, ctx.data
    counted = {*t.pos, *t.neg, *t.mixed}
    against = [i for i in ctx.pool.records(c.criterion, "development") if d.case[i] not in counted]
    if not against:
        return False
    extra = [i for i in ctx.pool.records(c.criterion, "strength") if d.case[i] not in counted]
    pos, neg = len(t.pos) + len(extra), len(t.neg) + len(against)
    return t.views < d.rules.min_cases or pos < MOSTLY * neg


def _ordered(
    ctx: Context, items: list[tuple[list[Claim], list[Sentence]]]
) -> list[tuple[list[Claim], list[Sentence]]]:
    """Key findings by weight (`_weight`: the cases and records behind them, then how
    many areas), a safeguarding weakness first; a finding resting on fewer than the
    framework's `min_cases` cases and records never leads while a weightier one is
    left (reader 5's finding 6: the report opened on two notes, one of them a plan it
    was too early to judge)."""
    guard = safeguarding(ctx.data)
    least = ctx.data.rules.min_cases

    def key(k: int) -> tuple[bool, bool, int, int, int]:
        chosen, sentences = items[k]
        weight, areas = _weight(ctx, sentences)
        against = any(c.criterion in guard and c.lean == "against" for c in chosen)
        return (not against, weight < least, -weight, -areas, k)

    return [items[k] for k in sorted(range(len(items)), key=key)]


def _weight(ctx: Context, sentences: list[Sentence]) -> tuple[int, int]:
    """The distinct cases and records about the service behind a key finding's claims,
    and how many areas they come from: from each claim's own trace, or, for a headline
    traced only to its criteria, from their tallies."""
    d = ctx.data
    index = d.index_of
    area_of = {c.ref: c.area_code for c in d.cases}
    cases: set[str] = set()
    records: set[int] = set()
    for s in sentences:
        if s.role not in ("claim", "headline", "views"):
            continue
        if s.case_refs or s.evidence_ids:
            cases.update(s.case_refs)
            records.update(i for r in s.evidence_ids if (i := index.get(r)) is not None
                           and not d.case[i])  # fmt: skip
            continue
        for crit in s.criteria:
            t = ctx.pool.tally(crit)
            cases.update(d.case_ref[k] for k in (*t.pos, *t.neg, *t.mixed))
            records.update((*t.wide_pos, *t.wide_neg))
    records -= set(hedged(d, records))
    areas = {a for r in cases if (a := area_of.get(r))}
    areas |= {a for i in records if (a := d.record_area.get(i))}
    return len(cases) + len(records), len(areas)


def _both_law_types(data: DraftData, ctx: Context, claims: list[Claim]) -> list[Sentence]:
    """The weightiest practice strengths across the cases, said once, and said to be
    found "in both private and public law" only where both law types bear them out
    (`_bears`)."""
    pools = {law: Pool(data, data.cases_of_law.get(law, set()), [], key=f"summary|{law}")
             for law in ("PRIVATE", "PUBLIC")}  # fmt: skip
    out: list[Sentence] = []
    for c in unsaid(ctx, claims):
        if c.theme != "practice" or c.lean != "for" or not c.by_cases or len(out) >= 2:
            continue
        s = claim_sentence(ctx, c)
        if s is None:
            continue
        # "In both private and public law" only where each law type's own cases bear
        # it out; else said of the cases without law types.
        if all(_bears(data, c, pools[law].claim(c.criterion)) for law in pools):
            s.text = s.text[:-1] + data.words.text["both_law_types"] + s.text[-1]
        out.append(s)
    return out


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


def methods_sentence(data: DraftData) -> str:
    """How inspectors gathered their evidence, from the sources actually recorded (no
    "parents and carers" when no parent was interviewed); judges and magistrates as the
    notes name them."""
    m = data.words.support.methods
    by_source: dict[str, list[int]] = {}
    for i, code in enumerate(data.source):
        by_source.setdefault(code, []).append(i)

    def named(table: dict[str, str]) -> list[str]:
        out: list[str] = []
        for code, noun in table.items():
            if code not in by_source:
                continue
            if code in data.words.stakeholder_groups:
                out += named_sources(data, by_source[code])
            else:
                out.append(noun)
        return list(dict.fromkeys(out))

    did = [
        frame.format(what=join_list(found), who=join_list(found))
        for frame, table in ((m.read, m.read_sources), (m.observed, m.observed_sources),
                             (m.spoke, m.spoke_sources))
        if (found := named(table))
    ]  # fmt: skip
    if not did:
        return m.none
    # Clauses apart with semicolons, since each is a list with commas of its own.
    joined = did[0] if len(did) == 1 else "; ".join(did[:-1]) + "; and " + did[-1]
    return m.sentence.format(did=joined)


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


def organisation_sections(data: DraftData) -> list[Section]:
    """Information about the organisation (the inspection's editable note) and the
    previous inspections (a placeholder: the data cannot say)."""
    w = data.words
    org = data.inspection.organisation
    note = data.inspection.organisation_note.strip()
    paras = [
        Paragraph(kind="numbered", boilerplate=True,
                  sentences=[Sentence(text=s, role="fixed") for s in split_sentences(block)])
        for block in re.split(r"\n\s*\n", note) if block.strip()
    ] or [Paragraph(kind="numbered", theme="placeholder", sentences=[Sentence(
        text=w.text["organisation_placeholder"].format(org=org), role="placeholder")])]  # fmt: skip
    previous = Paragraph(kind="plain", theme="placeholder", sentences=[Sentence(
        text=w.text["previous_placeholder"].format(org=org), role="placeholder")])  # fmt: skip
    return [
        Section(kind="organisation", heading=f"Information about {org}", paragraphs=paras),
        Section(kind="previous", heading="Previous inspections", paragraphs=[previous]),
    ]


def inspection_section(data: DraftData) -> Section:
    """How the inspection was done, the team, and how to complain."""
    w = data.words
    t = w.text
    seen = set(data.case) - {0}
    law = Counter(data.case_law[k] for k in seen if k <= len(data.cases))
    fw = data.framework
    parts = [f"{number_text(n)} in {fw.law_type_label(lt).lower()}"
             for lt, n in sorted(law.items(), key=lambda kv: -kv[1]) if lt]  # fmt: skip
    visited = [a for a in data.areas if a.visited]
    team = [i for i in data.inspectors if i.active]
    hmi = sum(1 for i in team if i.role in ("lead", "deputy-lead", "team-inspector"))
    others = len(team) - hmi
    support = t["inspection_support"].format(
        n=number_text(others), colleagues="colleague" if others == 1 else "colleagues"
    ) if others > 0 else "."  # fmt: skip
    bullets = [
        t["inspection_cases"].format(n=number_text(len(seen)))
        + (f": {join_list(parts)}." if parts else "."),
        t["inspection_areas"].format(n=number_text(len(visited)))
        + (": " + "; ".join(f"{a.name} (Area {a.code})" for a in visited) + "." if visited else "."),
        methods_sentence(data),
        t["inspection_basis"].format(basis=data.inspection.statutory_basis),
        t["inspection_team"].format(n=number_text(hmi),
                                    inspectors="inspector" if hmi == 1 else "inspectors") + support,
    ]  # fmt: skip
    rank = {r: i for i, r in enumerate(ROLE_LABELS)}
    rows = [[ROLE_LABELS.get(i.role, i.role), i.name]
            for i in sorted(team, key=lambda i: (rank.get(i.role, 9), i.name))]  # fmt: skip
    complaints = Paragraph(kind="plain", boilerplate=True, sentences=[
        Sentence(text=t["complaints"], role="fixed"),
        Sentence(text=t["complaints_placeholder"], role="placeholder"),
    ])  # fmt: skip
    return Section(
        kind="inspection", heading="Information about this inspection",
        intro=[Paragraph(kind="bullet", boilerplate=True, sentences=[Sentence(text=b, role="fixed")])
               for b in bullets],
        table=Table(header=["The inspection team", "Name"], rows=rows),
        paragraphs=[complaints],
    )  # fmt: skip


def dates_line(data: DraftData) -> str:
    """The subtitle: the inspection's dates."""
    start, end = fmt_date(data.inspection.start_date), fmt_date(data.inspection.end_date)
    if start and end:
        return f"Inspection dates: {start} to {end}"
    return "Inspection dates: [add the dates of the inspection]"


def inspection_dates(data: DraftData) -> list[str]:
    """The inspection's own dates as written in the report (allowed by the check)."""
    return [d for d in (fmt_date(data.inspection.start_date),
                        fmt_date(data.inspection.end_date)) if d]  # fmt: skip
