"""The report's other parts, in the 2018 report's order: the overall judgement and its
table, the summary of key findings, what needs to improve, information about the
organisation, previous inspections, and (at the end) information about this inspection,
the team and how to complain.

Key findings are drawn from themes across the judgements (`themes.py`), not copied
from one section.  What needs to improve is
`improvements.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from exporters.draft.areagroups import area_groups, area_label, place_name
from exporters.draft.attributed import named_sources
from exporters.draft.casethemes import everything
from exporters.draft.claims import Context
from exporters.draft.data import DraftData
from exporters.draft.examples import split_sentences
from exporters.draft.previous import key_finding as previous_finding
from exporters.draft.previous import previous_section
from exporters.draft.rarerwork import sample_lines
from exporters.draft.readable import within
from exporters.draft.sections import recorded_grade
from exporters.draft.themes import key_findings
from exporters.draft.trace import Used, Voice
from exporters.draft.wording import wording_table
from exporters.draft.words import join_list, number_text
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
            else w.text["overall_placeholder"].format(org=org) if overall
            else w.text["no_overall"].format(org=org, n=number_text(len(national))))  # fmt: skip
    # The comment names the grade by its label and carries the lead's rationale, as
    # every other judgement's does (tester 13: "Judgement J13-0" and nothing more).
    said = f"Judgement {overall.id}" if overall else ""
    said += f": {fw.grade(grade).label}" if said and grade else ""
    why = " ".join(oj.rationale.split()) if oj is not None else ""
    first = Sentence(text=text, role="headline" if grade else "placeholder" if overall else "fixed",
                     basis=said,
                     notes=[f"Rationale recorded with the grade: {why}"] if why else [],
                     evidence_ids=[oj.id] if oj else [],
                     conflicts=[oj.id] if oj is not None and oj.meta.conflict else [])  # fmt: skip
    title = fw.heading_for(overall.id, grade) if overall else f"Inspection of {org}"
    return Section(
        kind="overall", heading=title, judgement_id=overall.id if overall else None, grade=grade,
        intro=[Paragraph(kind="plain", sentences=[first])],
        table=Table(header=["Judgement", "Grade"], rows=rows),
    )  # fmt: skip


def summary_section(
    data: DraftData, voice: Voice, used: Used, body: Sequence[Section] = ()
) -> Section:
    """The summary of key findings: a handful of findings drawn from themes across the
    judgements (`themes.key_findings`), in proportion to the overall grade; `body`, the
    sections drafted, whose checks a finding on the same point carries."""
    w = data.words
    org = data.inspection.organisation
    grade, heading = overall_grade(data)
    ctx = Context(everything(data, "summary"), voice, used, "summary", org, org, grade=grade)
    bullets = [Paragraph(kind="bullet", theme="summary", sentences=ss)
               for ss in key_findings(ctx, grade, body)]  # fmt: skip
    since = previous_finding(data, grade)
    if since:  # after the headline finding: what came of the last inspection's advice
        bullets.insert(
            min(1, len(bullets)), Paragraph(kind="bullet", theme="previous", sentences=since)
        )
    judged = any(j.overall for j in data.framework.judgements)
    text = (w.text["summary_intro"].format(org=org, grade=heading) if grade
            else w.text["summary_placeholder"].format(org=org) if judged
            else w.text["summary_intro_no_overall"])  # fmt: skip
    intro = Sentence(text=text, role="fixed" if grade or not judged else "placeholder",
                     basis="Overall judgement" if judged else "The judgements")  # fmt: skip
    return Section(kind="summary", heading="Summary of key findings",
                   intro=[Paragraph(kind="plain", sentences=[intro])], paragraphs=bullets)  # fmt: skip


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
    said = m.sentence.format(did=joined)
    if within(said) or len(did) == 1:
        return said
    # Too long to read at one go (tester 30): what inspectors read, then the rest.
    more = str(wording_table("support.toml")["methods"]["more"])
    return f"{m.sentence.format(did=did[0])} {more.format(did=', and '.join(did[1:]))}"


def organisation_sections(data: DraftData, improve: Section | None = None) -> list[Section]:
    """Information about the organisation (the inspection's editable note) and the
    previous inspections (`previous.py`: as the lead recorded it, beside the draft's
    points to improve, `improve`; or a placeholder)."""
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
        previous_section(data, improve)
        or Section(kind="previous", heading="Previous inspections", paragraphs=[previous]),
    ]


def inspection_section(data: DraftData) -> Section:
    """How the inspection was done, the team, and how to complain."""
    w = data.words
    t = w.text
    seen = set(data.case) - {0} - data.replaced  # a replaced case is not one read
    law = Counter(data.case_law[k] for k in seen if k <= len(data.cases))
    fw = data.framework
    parts = [f"{number_text(n)} in {fw.law_type_label(lt).lower()}"
             for lt, n in sorted(law.items(), key=lambda kv: -kv[1]) if lt]  # fmt: skip
    visited = [f"{place_name(data, codes)} ({area_label(codes)})" for codes in area_groups(data)]
    # Who carried it out: the team now, and anyone who left it after recording work.
    recorded = data.store.work_recorded() if data.store is not None else {}
    team = [i for i in data.inspectors if i.active or recorded.get(i.id)]
    hmi = sum(1 for i in team if i.role in ("lead", "deputy-lead", "team-inspector"))
    others = len(team) - hmi
    support = t["inspection_support"].format(
        n=number_text(others), colleagues="colleague" if others == 1 else "colleagues"
    ) if others > 0 else "."  # fmt: skip
    bullets = [
        t["inspection_cases"].format(n=number_text(len(seen)))
        + (f": {join_list(parts)}." if parts else "."),
        t["inspection_areas"].format(n=number_text(len(visited)))
        + (": " + "; ".join(visited) + "." if visited else "."),
        methods_sentence(data),
        t["inspection_basis"].format(basis=data.inspection.statutory_basis),
        t["inspection_team"].format(n=number_text(hmi),
                                    inspectors="inspector" if hmi == 1 else "inspectors") + support,
    ]  # fmt: skip
    intro = [Paragraph(kind="bullet", boilerplate=True, sentences=[Sentence(text=b, role="fixed")])
             for b in bullets]  # fmt: skip
    left = [i.name for i in team if not i.active]
    if left:  # tester 22, A11: the team was twelve at any time, the table lists thirteen
        said = t["inspection_team_left"].format(names=join_list(left))
        intro[-1].sentences.append(Sentence(text=said, role="placeholder"))
    # After the cases: the rarer work sampled, and the cases no judgement counts (law15).
    intro[1:1] = [
        Paragraph(kind="bullet", boilerplate=True, sentences=[
            Sentence(text=text, role="fixed"),
            *([Sentence(text=blank, role="placeholder")] if blank else []),
        ])
        for text, blank in sample_lines(data)
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
        intro=intro,
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
