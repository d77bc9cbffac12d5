"""Which claims may be key findings (`national`), and what a key finding weighs
(`weight`): the cases and records about the service behind it, by which the summary
orders its findings (`themes.choose`).
"""

from __future__ import annotations

from exporters.draft import service
from exporters.draft.attributed import hedged, one_area
from exporters.draft.claims import Context, claim_records
from exporters.draft.headlines import MOSTLY
from exporters.draft.tallies import Claim
from exporters.model import Sentence


def national(ctx: Context, c: Claim) -> bool:
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


def weight(ctx: Context, sentences: list[Sentence]) -> tuple[int, int]:
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
