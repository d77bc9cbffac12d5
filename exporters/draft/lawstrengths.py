"""The key findings' strengths particular to one law type (issue 15, kf20; tester 19's
outstanding inspection): a strength whose cases for are concentrated in one law type's
cases is weighed, and said, on that law type's cases, as a weakness concentrated there
is (`concentration.where`).

Tester 19's summary left out two of the strongest, most widespread strengths of the
evidence: the analysis of domestic abuse risk in private law and children's guardians'
challenge in public law, each a strength in most of its law type's cases in most areas.
The strongest practice (`practicethemes`) is measured on every case inspectors
assessed: a point only one law type's cases can show has no view in the other's, so it
lacked the base a national superlative rests on (half of the cases assessed, public law
being a third of them), or lost to points held in every case; and where every law type
is good or better no law type's finding says its strengths (`gradethemes.law_good_themes`
speaks only beside a law type below good).  So each law type judged good or better, where
none is below good, gives its weightiest particular strength (the most cases for): the
framework's `concentrated_share` of the point's cases for are its cases, its own cases
bear the point out as the strongest practice's are borne out (`strong_share`, `MOSTLY`,
`min_cases`), on the `superlative_base_share` of its own cases assessed, not leaning
against in more than a quarter of the areas visited, and its section states it as a
strength in a sentence of its own.  Said in one finding, each point of its law type's cases ("Practice is also
strong in ..., a strength in most of the private law cases inspectors could assess").
Wording: `key_findings.toml` [frames] `strong_law`.

Where every law type is judged below good and no strength holds across the service
(tester 20's A5: a summary requiring improvement named no strength), the point need not
be particular to the law type nor rest on the superlative's base: its section states it
and its own cases bear it out ("Practice is strong in ..., a strength in almost all of
the public law cases inspectors could assess"), said after the weaknesses where the
grade leads with them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from exporters.draft.casethemes import Scene, grade_rank, wording
from exporters.draft.concentration import Measured
from exporters.draft.headlines import MOSTLY
from exporters.draft.lawsubjects import subjects
from exporters.draft.sections import recorded_grade
from exporters.draft.stance import SIDE
from exporters.draft.tallies import Claim, Pool, Tally
from exporters.draft.words import proportion_word
from exporters.model import Section


def _graded_well(sc: Scene) -> dict[str, str]:
    """The law types judged good or better, by law type -> judgement id, where no law
    type is judged below good (beside one, `gradethemes.law_good_themes` says them)."""
    d = sc.data
    out: dict[str, str] = {}
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        if rank is not None and rank >= 3:
            return {}
        if rank is not None and law in sc.laws:
            out[law] = jid
    return out


def _all_below_good(sc: Scene) -> dict[str, str]:
    """The law types, by law type -> judgement id, where each law type graded is judged
    below good (none, where one is good or better or none is graded)."""
    d = sc.data
    out: dict[str, str] = {}
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        if rank is not None and rank < 3:
            return {}
        if rank is not None and law in sc.laws:
            out[law] = jid
    return out


def _assessed(pool: Pool) -> int:
    """A law type's cases inspectors assessed: those with a view on any point of
    practice."""
    cases: set[int] = set()
    for c in pool.claims():
        if c.by_cases:
            cases.update((*c.tally.pos, *c.tally.neg, *c.tally.mixed))
    return len(cases)


def _particular(sc: Scene, c: Claim, law: str, lt: Tally, of: int) -> bool:
    """Whether a point is a strength particular to `law` (see the module docstring)."""
    d = sc.data
    t = c.tally
    by_law = Counter(d.case_law[k] for k in t.pos)
    if not t.pos or by_law[law] < d.rules.concentrated_share * len(t.pos):
        return False
    return _own(sc, c, lt, of)


def _own(sc: Scene, c: Claim, lt: Tally, of: int | None) -> bool:
    """Whether a law type's own cases (`lt`, of `of` it assessed) bear a strength out as
    the strongest practice's are borne out (see the module docstring); on any share of
    the cases assessed where `of` is None."""
    d, lim = sc.data, wording()["limits"]
    pos, neg = len(lt.pos), len(lt.neg)
    if lt.views < d.rules.min_cases or pos < lim["strong_share"] * lt.views or pos < MOSTLY * neg:
        return False
    if of is not None and lt.views < d.rules.superlative_base_share * of:
        return False
    leaning = 0
    for pool in sc.areas.values():
        at = pool.tally(c.criterion)
        leaning += at.views >= d.rules.material_cases and len(at.neg) > len(at.pos)
    return not (leaning and 4 * leaning > len(sc.areas))


def _stated_alone(body: Sequence[Section], jid: str) -> set[str] | None:
    """The criteria the body's section on judgement `jid` states as a strength in a
    sentence of their own (not in a list of other strengths with their counts); None
    where the body holds no such section (the key findings drafted on their own)."""
    sec = next((x for x in body if x.kind == "judgement" and x.judgement_id == jid), None)
    if sec is None:
        return None
    return {x.criteria[0] for p in [*sec.intro, *sec.paragraphs] for x in p.sentences
            if x.role == "claim" and x.direction == "for" and len(x.criteria) == 1}  # fmt: skip


def below_good(sc: Scene, named: Sequence[Claim]) -> bool:
    """Whether the law types' strengths are chosen by the rule for a service below good
    (see the module docstring): no law type judged good or better, where none is below
    good, and no strength held across the service (`named`)."""
    return not _graded_well(sc) and not named


def law_points(
    sc: Scene, unsaid: Sequence[Claim], named: Sequence[Claim], body: Sequence[Section] = ()
) -> list[Measured]:
    """The strengths particular to one law type (see the module docstring), one for each
    law type, the most cases for first, none named already (`named`: the strongest
    practice's points), each with its law type's words and own tally.  Where the body is
    drafted, only a point the law type's section states as a strength in a sentence of
    its own: the finding summarises the section, in the same words for its share, never
    a point the section lists among its lesser strengths with counts."""
    d = sc.data
    found: list[tuple[int, Measured]] = []
    # Where every law type is below good and no strength holds across the service, a
    # law type's strength need not be particular to it: its own cases bear it out
    # (tester 20's A5: the summary of a service requiring improvement named no strength,
    # though public law's section found relationships strong in nine of ten cases), on
    # any share of the cases assessed: not a superlative, the section's own finding.
    below = below_good(sc, named)
    laws = _all_below_good(sc) if below else _graded_well(sc)
    for law, jid in laws.items():
        pool = sc.laws[law]
        alone = _stated_alone(body, jid)
        of = _assessed(pool)
        label = d.framework.law_type_label(law).lower()
        best: tuple[int, Measured] | None = None
        for c in unsaid:
            if c in named or not c.by_cases or (alone is not None and c.criterion not in alone):
                continue
            lt = pool.tally(c.criterion)
            if not (_own(sc, c, lt, None) if below else _particular(sc, c, law, lt, of)):
                continue
            if sc.body.judgement(jid, c.criterion) != SIDE["strength"]:
                continue
            if best is None or len(lt.pos) > best[0]:
                best = (len(lt.pos), (c, f"{label} ", "", lt))
        if best is not None:
            found.append((best[0], _with_subject(sc, best[1], pool)))
    return [m for _n, m in sorted(found, key=lambda x: -x[0])]


def _with_subject(sc: Scene, m: Measured, pool: Pool) -> Measured:
    """The point named with the subject of practice its notes speak of, where one does
    (`lawsubjects.subjects`: "initial risk assessment, including the work on domestic
    abuse"; tester 19 looked for domestic abuse and found no criterion naming it): the
    subject whose notes on the law type's cases are filed under the point's criterion
    most, counted on the framework's `min_cases` cases or more, for in as large a share of
    them as the point's proportion word says of the point, the most cases for first."""
    c, law, area, lt = m
    d = sc.data
    word = proportion_word(d.rules, len(lt.pos), lt.views)
    floor = next((b.at_least for b in d.rules.proportion_bands if b.word == word), 1.0)
    found = [x for x in subjects(sc.ctx, pool.case_ids) if x.criterion == c.criterion
             and len(x.cases) >= d.rules.min_cases and len(x.pos) >= floor * len(x.cases)]  # fmt: skip
    if not found:
        return m
    top = max(found, key=lambda x: (len(x.pos), x.name))
    noun = str(wording()["frames"]["with_subject"]).format(noun=c.words.noun, subject=top.name)
    return (replace(c, words=replace(c.words, noun=noun)), law, area, lt)
