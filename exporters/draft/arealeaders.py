"""What an area section says of its own leaders, beyond its claims (issue 15, case22;
tester 21's A4 and A6).

Tester 21's inadequate Area 4 held its manager's account of six vacancies and caseloads
of 26 and a staff survey in which 41% of staff called their workload manageable; the
section said none of it.  An area whose grade its findings about the service explain
(`localfacts.sets_apart`: below good, its weaknesses; outstanding, its strengths) gives
the figures its notes on its workforce hold (staffing, workloads, the culture: the
framework's workforce criteria) after the claims they bear out, with their source, as
the national leadership section does (`leadersfigures.add_figures`).  Only the
workforce's: a figure in a note on leadership ("the area's audit found children were
not seen alone in 9 of 20 files") is often about the practice audited, not about what
the claim says of leaders.
"""

from __future__ import annotations

from exporters.draft.claims import Context
from exporters.draft.leadersfigures import add_figures
from exporters.draft.localfacts import sets_apart
from exporters.model import Paragraph

_FOLLOWS = ("example", "impact", "quote")  # what stays with the claim it follows


def said(ctx: Context, paras: list[Paragraph]) -> None:
    """Add to an area section's paragraphs the figures of its workforce's notes (see the
    module docstring)."""
    d, areas = ctx.data, ctx.pool.areas
    if not areas or not (sets_apart(d, areas, "against") or sets_apart(d, areas, "for")):
        return
    for p in paras:
        sents = list(p.sentences)
        k = 0
        while k < len(sents):
            s = sents[k]
            end = k + 1
            while end < len(sents) and sents[end].role in _FOLLOWS:
                end += 1
            if s.role == "claim" and len(s.criteria) == 1 and _workforce(ctx, s.criteria[0]):
                run = Paragraph(theme=p.theme, sentences=sents[k:end])
                add_figures(ctx, [run])
                sents[k:end] = run.sentences
                end = k + len(run.sentences)
            k = end
        p.sentences = sents


def _workforce(ctx: Context, crit: str) -> bool:
    d = ctx.data
    return d.words.criterion(d.framework, crit).theme == "workforce"
