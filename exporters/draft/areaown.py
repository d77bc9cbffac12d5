"""An area graded below good says its own notes about how it is led first in its
paragraph on its leaders (issue 15, case32; tester 31's "Does the inadequate area read as
inadequate?"); a strong area's finding about its leaders said only by naming its sources
says what its own note says (`own_notes_for`, case33).

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
from exporters.model import Paragraph, Sentence


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


# A claim about the service said only by naming its sources ("File evidence and managers'
# accounts suggest that ..."): `service.attributed`'s basis for it.
_NAMED_ONLY = "said as what its sources show"


def own_notes_for(ctx: Context, paras: list[Paragraph]) -> None:
    """In a strong area (`onecase.strong_area`), a finding about its leaders said only by
    naming its sources ("File evidence and managers' accounts suggest that the oversight
    of practice is effective", tester 31's outstanding Area 2, whose service manager's
    note says audits run every month and are fed back to each practitioner within a
    week) says what the area's own note says instead (kf32's `leadersarea.area_notes`,
    on the side for): the sentence keeps its records, its cases and its comment (the
    files' tally with the records'), so nothing it rested on is lost; nothing where no
    such note of the area's reads as a sentence of the report's."""
    from exporters.draft.leadersarea import area_notes  # kf32's
    from exporters.draft.onecase import strong_area
    from exporters.draft.tallies import same_point

    if not ctx.pool.areas or not strong_area(ctx):
        return
    every = {c.id for c in ctx.data.framework.criteria}
    for k, p in enumerate(paras):
        for j, s in enumerate(p.sentences):
            if s.role != "claim" or s.by_cases or s.direction != "for" or len(s.criteria) != 1:
                continue
            if _NAMED_ONLY not in s.basis:
                continue
            saved = set(ctx.stated)
            ctx.stated.clear()  # only the notes on this sentence's point
            ctx.stated.update(every - same_point(s.criteria[0]))
            try:
                notes = [n for n in area_notes(ctx, "for")
                         if set(n.evidence_ids) <= set(s.evidence_ids)]  # fmt: skip
            finally:
                ctx.stated.clear()
                ctx.stated.update(saved)
            if not _says_it(ctx, notes):
                continue
            said = s.model_copy(update={
                "text": " ".join(n.text for n in notes),
                "basis": f"{s.basis}; said in the words of the area's own "
                         f"note{'s' if len(notes) > 1 else ''}",
            })  # fmt: skip
            sents = [*p.sentences[:j], said, *p.sentences[j + 1 :]]
            paras[k] = p = p.model_copy(update={"sentences": sents})


def _says_it(ctx: Context, notes: list[Sentence]) -> bool:
    """Whether one note of the area's, said as one sentence, may stand for the finding: not
    several (the demo's observed supervision came out as a label, a finding and a
    consequence), and not one saying the service's view agrees with the inspectors' or
    is rosier, which `ownview` says in its own way."""
    from exporters.draft.examples import split_sentences
    from exporters.draft.ownview import agrees, rosier

    if len(notes) != 1 or len(split_sentences(notes[0].text)) != 1:
        return False
    d = ctx.data
    ids = {x: k for k, x in enumerate(d.ids)}
    texts = d.texts([ids[e] for e in notes[0].evidence_ids if e in ids])
    return not any(agrees(t.text) or rosier(t.text) for t in texts.values())
