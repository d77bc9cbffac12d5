"""Which key findings on a weakness come before the strengths (issue 15, tester 28: an
outstanding service's summary opened on concerns not followed up in a small number of
its cases, where the 2018 report opens an outstanding service's findings on its
strengths and says a small shortfall after them).

A finding on a safeguarding weakness (the concerns inspectors escalated, or keeping
children safe failing: `safeguarding`) leads the summary only where

- it is found in most of the cases with evidence on it: more than half of at least the
  framework's `min_cases`, of all the cases (`Theme.urgent`, set by `safeguardthemes`)
  or of the law type's or areas' cases it is said of (`in_most`, by
  `concentration.where`: "in the majority of the private law cases"), or
- a judgement it bears on is graded requires improvement or inadequate (`bears_below_good`:
  the national judgements linked to its criteria that count its cases, by their law
  type; for the concerns escalated alone, the judgements counting the escalated cases).

The finding on a law type judged inadequate comes next (`inadequate_law`, `place`, kf30),
before the weakest practice and the strengths.

Otherwise it is said among the weaknesses, after the strengths a good or outstanding
service leads with (`themes.choose`), weighed as the others are.

The summary reads in the direction of most of the grades (tester 32: two of three
judgements good, public law requiring improvement, and the report opened on public law's
safeguarding weakness, so the whole read as requiring improvement).  In a service whose
grades are mostly good or better (`service_rank`: the overall grade, else the middle of
the national ones, the worse of two), the strengths come first, then the weaknesses, the
safeguarding finding first among them; it leads only where it is found in most of all
the cases with evidence on it (`Theme.urgent`) and no judgement below good bears on it,
a failure that none of the grades accounts for (the sections' grade checks mark it).  One
a judgement below good bears on is that judgement's reason, said among the weaknesses
with the weaker judgement's finding.  A point resting on a handful of the many cases
read goes after every other finding (`kfthin.THIN`).
"""

from __future__ import annotations

from exporters.draft.casethemes import Scene, Theme, grade_rank
from exporters.draft.concentration import where
from exporters.draft.kfthin import THIN
from exporters.draft.kfworst import inadequate
from exporters.draft.safety import safety_criteria
from exporters.draft.sections import recorded_grade

BELOW_GOOD = 3  # the grade rank of requires improvement
INADEQUATE = 4


def leads(sc: Scene, t: Theme) -> bool:
    """Whether finding `t` comes before every other (see the module docstring)."""
    if strengths_lead(sc):  # most grades good or better (tester 32)
        return t.urgent and safeguarding(sc, t) and not bears_below_good(sc, t)
    if not safeguarding(sc, t):
        return t.urgent
    return t.urgent or in_most(sc, t) or bears_below_good(sc, t)


def place(sc: Scene, t: Theme) -> int:
    """Where finding `t` goes in the summary: 0 first (the finding on a law type judged
    inadequate: `inadequate_law`, its grade and main reason first, `kfworst`; tester
    30), 1 next (it `leads`), 2 where its side and weight put it, and in a service
    whose grades are mostly good or better every other weakness after the strengths
    (3: the safeguarding finding first among them, as `themes.choose` lists it), 4
    last (a point on a handful of the cases read: `kfthin`)."""
    if inadequate_law(sc, t):
        return 0
    if t.name == THIN:
        return 4
    if leads(sc, t):
        return 1
    return 3 if t.side == "weakness" and strengths_lead(sc) else 2


def strengths_lead(sc: Scene) -> bool:
    """Whether most of the service's grades are good or better (`service_rank`)."""
    rank = service_rank(sc)
    return rank is not None and rank < BELOW_GOOD


def service_rank(sc: Scene) -> int | None:
    """The service's grade rank, as `themes.overall_rank` gives it for the side the
    summary leads with: the overall grade's, else the middle of the national
    judgements' grades, the worse of two; None where there is none."""
    d = sc.data
    if (rank := grade_rank(d, sc.ctx.grade)) is not None:
        return rank
    ranks = sorted(r for j in d.judgements
                   if j.area_code is None and (r := grade_rank(d, j.grade)) is not None)  # fmt: skip
    return ranks[len(ranks) // 2] if ranks else None


def inadequate_law(sc: Scene, t: Theme) -> bool:
    """Whether `t` is the finding on a law type judged inadequate (`gradethemes.law_themes`
    gives it a finding of its own), which comes first, before the safeguarding
    weaknesses, the weakest practice and the strengths (kf30: public law judged
    inadequate was the third finding, after the weakest practice; tester 30: it came
    after the safeguarding finding's words of a grade requiring improvement)."""
    return t.name == "law" and t.side == "weakness" and bool(t.law) and inadequate(sc, t.law)


def in_most(sc: Scene, t: Theme) -> bool:
    """Whether a criterion on keeping children safe that finding `t` states (not the
    advice to the court or letters to families: `safety.safety_criteria`) fails in more than half of at
    least `min_cases` cases with a view, in the place its sentence says it of (a law
    type, one or two areas, or all the cases: `concentration.where`)."""
    crits = {c for s in t.sentences for c in s.criteria} & set(safety_criteria(sc.data.framework))
    least = sc.data.rules.min_cases
    for c in sc.claims:
        if c.criterion in crits and c.by_cases and c.tally.neg:
            (_law, _area, mine), _lines = where(sc, c)
            if 2 * len(mine.neg) > mine.views >= least:
                return True
    return False


def safeguarding(sc: Scene, t: Theme) -> bool:
    """Whether a finding is on a safeguarding weakness: the concerns inspectors escalated,
    or the safeguarding criteria failing (`safeguardthemes`) where one of them is about
    keeping children safe (`safety.safety_criteria`: not letters to families alone)."""
    if t.side != "weakness" or t.name not in ("safeguarding", "escalated"):
        return False
    safe = safety_criteria(sc.data.framework)
    return bool(t.escalated) or any(c in safe for s in t.sentences for c in s.criteria)


def bears_below_good(sc: Scene, t: Theme) -> bool:
    """Whether a national judgement finding `t` bears on is graded requires improvement
    or inadequate (a provisional grade is none): one linked to a criterion the finding
    states (to keeping children safe, for the concerns escalated alone) whose law type,
    if it has one, is that of a case the finding rests on."""
    d = sc.data
    cases = set(t.escalated)
    crits: set[str] = set()
    for s in t.sentences:
        crits.update(s.criteria)
        cases.update(d.case[i] for r in s.evidence_ids if (i := d.index_of.get(r)) is not None)
    laws = {d.case_law[k] for k in cases if k}
    crits = crits or set(safety_criteria(d.framework))  # the concerns escalated alone
    by_law = {jid: law for law, jid in sc.body.laws.items()}
    for jdef in d.framework.judgements:
        if jdef.scope != "national" or jdef.overall:
            continue
        linked = any(jdef.id in d.framework.criterion(c).judgements for c in crits)
        law = by_law.get(jdef.id, "")
        if not linked or (law and law not in laws):
            continue
        grade, provisional = recorded_grade(d, d.judgement(jdef.id))
        rank = None if provisional else grade_rank(d, grade)
        if rank is not None and rank >= BELOW_GOOD:
            return True
    return False
