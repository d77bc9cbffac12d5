"""`write_demo`: a whole demo inspection, written through the public Store API."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from demo.cases import CaseDrawer, DrawnCase, SampleKind
from demo.cast import AREAS, LEAD_NAME, PROTECTED, VISITED, initials, team
from demo.notes import AREA_POLARITY, NATIONAL_POLARITY, NoteWriter
from demo.texts import texts
from store.framework import Framework, load_framework
from store.ids import natural_id, protected_name_id, uuid7
from store.models import Area, Inspector, Judgement, ProtectedName, Record, Role
from store.store import Store


@dataclass
class DemoStats:
    """What `write_demo` wrote, and how long it took."""

    cases: int
    evidence: int
    gradings: int
    judgements: int
    inspectors: int
    areas: int
    visited: int
    escalations: int
    seconds: float

    def summary(self) -> str:
        """One line for the CLI."""
        return (
            f"{self.cases:,} cases in {self.visited} visited areas (of {self.areas}), "
            f"{self.evidence:,} evidence items, {self.gradings:,} gradings, "
            f"{self.judgements} judgements, {self.inspectors} inspectors, "
            f"{self.escalations} safeguarding escalations ({self.seconds:.1f} s)"
        )


@dataclass
class _Team:
    lead: str
    people: list[tuple[str, str, Role]]
    case_holders: list[str]
    analyst: str
    area_owner: dict[str, str] = field(default_factory=dict)
    area_team: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class _Plan:
    """Records to write, by author, and what they add up to."""

    store: Store
    batches: dict[str, list[tuple[str, Record]]] = field(default_factory=dict)
    evidence: int = 0
    gradings: int = 0
    judgements: int = 0
    escalations: int = 0

    def add(self, author: str, rid: str, record: Record) -> None:
        self.batches.setdefault(author, []).append((rid, record))

    def write(self) -> None:
        """Everything in one transaction: the lead's batch first, then each author's."""
        with self.store.transaction():
            for author, records in self.batches.items():
                if records:
                    self.store.bulk_create(records, author=author)


def write_demo(
    path: Path | str,
    *,
    cases: int = 600,
    inspectors: int = 10,
    seed: int = 2018,
    framework: Framework | None = None,
) -> DemoStats:
    """Write a demo inspection to a new file at `path` and say what it holds.

    The same seed gives the same content; the file is created 0600 and issued to the lead.
    """
    started = time.perf_counter()
    if cases < 1:
        raise ValueError("cases must be at least 1")
    if inspectors < 2:
        raise ValueError("inspectors must be at least 2 (a lead and one more)")
    fw = framework or load_framework("cafcass-2018")
    rng = random.Random(seed)
    store = Store.create(
        path,
        fw,
        title=f"Inspection of Cafcass as a national organisation (demo, seed {seed})",
        lead=LEAD_NAME,
        start_date="2018-02-05",
        end_date="2018-03-02",
    )
    try:
        lead_id = store.me_id
        assert lead_id is not None
        stats = _populate(store, fw, rng, lead_id, cases, inspectors)
    finally:
        store.close()
    stats.seconds = time.perf_counter() - started
    return stats


def _populate(
    store: Store, fw: Framework, rng: random.Random, lead_id: str, n_cases: int, k: int
) -> DemoStats:
    plan = _Plan(store, {lead_id: []})
    crew = _add_team(plan, rng, lead_id, k)
    _add_areas(plan, crew)
    notes = NoteWriter(fw, rng)
    drawn = _add_cases(plan, CaseDrawer(fw, rng), rng, crew, n_cases)
    for d in drawn:
        if d.case.status != "not-started":
            _add_case_work(plan, notes, rng, d)
    _add_area_evidence(plan, notes, rng, crew, n_cases)
    _add_judgements(plan, fw, rng, crew)
    for i, (name, category) in enumerate(PROTECTED):
        case_id = drawn[i % len(drawn)].case_id
        rid = protected_name_id(store.inspection_id, name, category, case_id)
        plan.add(lead_id, rid, ProtectedName(name=name, category=category, case_id=case_id))
    plan.write()
    return DemoStats(
        cases=n_cases,
        evidence=plan.evidence,
        gradings=plan.gradings,
        judgements=plan.judgements,
        inspectors=len(crew.people),
        areas=len(AREAS),
        visited=len(VISITED),
        escalations=plan.escalations,
        seconds=0.0,
    )


def _add_team(plan: _Plan, rng: random.Random, lead_id: str, k: int) -> _Team:
    taken = {initials(LEAD_NAME, set())}
    people: list[tuple[str, str, Role]] = [(lead_id, LEAD_NAME, "lead")]
    for name, role in team(k, rng):
        iid = uuid7()
        people.append((iid, name, role))
        plan.add(lead_id, iid, Inspector(name=name, initials=initials(name, taken), role=role))
    holders = [p[0] for p in people if p[2] in ("lead", "deputy-lead", "team-inspector")]
    analyst = next((p[0] for p in people if p[2] == "data-analyst"), lead_id)
    return _Team(lead_id, people, holders, analyst)


def _add_areas(plan: _Plan, crew: _Team) -> None:
    """The 17 areas; each visited area gets an owner and a field team."""
    for code, name, region in AREAS:
        rid = natural_id("area", plan.store.inspection_id, code)
        plan.add(crew.lead, rid, Area(code=code, name=name, region=region, visited=code in VISITED))
    visited = list(VISITED)
    field_team = crew.case_holders[1:] or crew.case_holders
    crew.area_owner = {code: field_team[i % len(field_team)] for i, code in enumerate(visited)}
    crew.area_team = {code: [crew.area_owner[code]] for code in visited}
    for i, person in enumerate(crew.case_holders):
        members = crew.area_team[visited[i % len(visited)]]
        if person not in members:
            members.append(person)


def _add_cases(
    plan: _Plan, drawer: CaseDrawer, rng: random.Random, crew: _Team, n_cases: int
) -> list[DrawnCase]:
    """A fifth of the sample is national (any area, areas not visited twice as likely);
    the rest is spread over the visited areas."""
    visited = list(VISITED)
    unvisited = [a[0] for a in AREAS if a[0] not in VISITED]
    n_national = max(1, round(n_cases * 0.2)) if n_cases >= 5 else 0
    drawn = []
    for i in range(n_cases):
        sample: SampleKind
        if i < n_national:
            code = rng.choice([a[0] for a in AREAS] + unvisited)
            sample, quality, owners = "national", "good", crew.case_holders
        else:
            code = visited[i % len(visited)] if rng.random() < 0.5 else rng.choice(visited)
            sample = rng.choices(
                ("area-sampled", "area-tracked", "thematic", "substitute"),
                weights=(68, 26, 4, 2),
            )[0]
            quality, owners = VISITED[code], crew.area_team[code]
        d = drawer.draw(code, quality, sample, owners)
        d.case_id = uuid7()
        plan.add(crew.lead, d.case_id, d.case)
        drawn.append(d)
    return drawn


def _add_case_work(plan: _Plan, notes: NoteWriter, rng: random.Random, d: DrawnCase) -> None:
    n = rng.randint(25, 65) if d.case.status == "complete" else rng.randint(8, 52)
    work = notes.case_work(d, n)
    for ev in work.evidence:
        plan.add(d.owner, uuid7(), ev)
    for g in work.gradings:
        plan.add(d.owner, plan.store.grading_id(g.case_id, g.criterion_id), g)
    plan.evidence += len(work.evidence)
    plan.gradings += len(work.gradings)
    plan.escalations += work.escalations


def _add_area_evidence(
    plan: _Plan, notes: NoteWriter, rng: random.Random, crew: _Team, n_cases: int
) -> None:
    """Evidence about each visited area (leaning as its quality does), a little data
    about the areas not visited, and national evidence."""
    words = texts()
    visited = list(VISITED)
    per_area = max(len(visited) * 6, round(n_cases * 2.6)) // len(visited)
    for code in visited:
        weights = AREA_POLARITY.get(VISITED[code], AREA_POLARITY["good"])
        for _ in range(per_area):
            theme = rng.choice(words.area_themes)
            plan.add(
                rng.choice(crew.area_team[code]), uuid7(), notes.area_note(theme, weights, code)
            )
            plan.evidence += 1
    data_theme = words.area_themes[-1]
    for code in (a[0] for a in AREAS if a[0] not in VISITED):
        for _ in range(rng.randint(1, 3)):
            ev = notes.area_note(data_theme, AREA_POLARITY["good"], code)
            plan.add(crew.analyst, uuid7(), ev)
            plan.evidence += 1
    for _ in range(max(6, round(n_cases * 0.3))):
        author = rng.choice((crew.lead, crew.analyst))
        ev = notes.area_note(words.national_themes[0], NATIONAL_POLARITY, None)
        plan.add(author, uuid7(), ev)
        plan.evidence += 1


def _add_judgements(plan: _Plan, fw: Framework, rng: random.Random, crew: _Team) -> None:
    """Two national practice judgements graded good, a third still an emerging view, and
    four of the visited areas judged at their quality, the weakest always among them
    (the others not yet)."""
    store, words = plan.store, texts()
    rationales = words.keyed["judgement_rationale"]
    national = [j for j in fw.judgements if j.scope == "national" and not j.overall]
    for j in national[:2]:
        judgement = Judgement(
            judgement_id=j.id, grade="good", rationale=rng.choice(rationales["good"]).text
        )
        plan.add(crew.lead, store.judgement_record_id(j.id, None), judgement)
        plan.judgements += 1
    if len(national) > 2:
        j = national[2]
        judgement = Judgement(judgement_id=j.id, grade=None, rationale=words.draft_rationale)
        plan.add(crew.lead, store.judgement_record_id(j.id, None), judgement)
        plan.judgements += 1
    area_j = next((j for j in fw.judgements if j.scope == "area"), None)
    if area_j is None:
        return
    order = ("outstanding", "good", "requires-improvement", "inadequate")
    weakest = max(VISITED, key=lambda code: order.index(VISITED[code]))
    others = [code for code in VISITED if code != weakest]
    for code in sorted([weakest, *rng.sample(others, 3)]):
        grade = VISITED[code]
        judgement = Judgement(
            judgement_id=area_j.id,
            area_code=code,
            grade=grade,
            rationale=rng.choice(rationales[grade]).text,
        )
        plan.add(crew.area_owner[code], store.judgement_record_id(area_j.id, code), judgement)
        plan.judgements += 1
