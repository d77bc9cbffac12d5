"""An area graded below good says its own notes about how it is led first in its
paragraph on its leaders (issue 15, case32; tester 31's "Does the inadequate area read as
inadequate?").

Tester 31's inadequate Area 4 held its head of practice's admission, "HoP acknowledged no
QA audits in Area 4 since spring; service manager post vacant 7 months, cover from Area 3
one day a wk." (filed under managers' oversight of practice and the files' oversight),
and drafted it nowhere: its point was said by the case files' share alone.  The 2018
report says what leaders have and have not done.  In an area whose settled grade is
below good (`localfacts.sets_apart`), its own records about itself on the side against
(kf32's `leadersarea.area_notes`, each a finding in the report's voice) that no sentence
of the section draws on yet are said first in its paragraph on its leaders, before the
case files' share on the same point, which still follows them; a paragraph of their own
after the opening where the section has none on its leaders.
"""

from __future__ import annotations

from exporters.draft.claims import Context
from exporters.draft.localfacts import sets_apart
from exporters.model import Paragraph


def own_notes_first(ctx: Context, paras: list[Paragraph]) -> None:
    """Put the area's own notes against before its leaders' other findings (module
    docstring); nothing outside an area graded below good, or where there is none."""
    d, areas = ctx.data, ctx.pool.areas
    if not areas or not paras or not sets_apart(d, areas, "against"):
        return
    from exporters.draft.leadersarea import area_notes  # kf32's

    cited = {e for p in paras for s in p.sentences for e in s.evidence_ids}
    saved = set(ctx.stated)
    ctx.stated.clear()  # the files' share on the same point stands: the notes go before it
    try:
        notes = [s for s in area_notes(ctx, "against") if cited.isdisjoint(s.evidence_ids)]
    finally:
        ctx.stated.clear()
        ctx.stated.update(saved)
    if not notes:
        return
    ctx.stated.update(c for s in notes for c in s.criteria)
    at = next((k for k, p in enumerate(paras) if k and p.theme == "leadership"), None)
    if at is None:
        paras.insert(1, Paragraph(theme="leadership", sentences=notes))
        return
    sents = paras[at].sentences
    j = next((n for n, s in enumerate(sents) if s.role == "claim"), 0)
    paras[at] = paras[at].model_copy(update={"sentences": [*sents[:j], *notes, *sents[j:]]})
