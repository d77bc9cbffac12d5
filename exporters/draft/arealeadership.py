"""An area's own leadership of practice, said from its records about itself rather than
as a share of a handful of cases (issue 15, case30; tester 29's F11).

Tester 29's strong area held an interview with its head of practice (weekly
performance meetings, dip sampling, acting on what they find: managers' oversight of
practice, LG4) and an observed supervision (filed under management oversight, QPN4),
both strengths.  A section states a point once (`tallies.same_point`: managers'
oversight and the case files on management oversight are one point), and the point
was said from two case files, "In both cases with evidence on management oversight on
children's files (of the 13 sampled), managers' oversight on the file is good.": the
head of practice and the supervision seen were drafted nowhere.

Where an area's section says such a point only as a small share of its cases (fewer
than the framework's `min_cases` with a view), or not at all, and the area's own records
about itself on it (an interview with its managers, an observation, an audit; never a
stakeholder's view, which the views sentence says) are drafted nowhere, the section says
it as a finding about the service instead (`links`: the finding said of the service and
the case criterion it answers to, `criteria.toml` `case_criterion`), in the place of the
sentence on the files, or at the end of its paragraph on leadership: its sources named,
the files counted with them (`Pool.claim`), the area's records on the case criterion
that go the same way counted too ("Managers' accounts and observation of supervision
show ..."), never as a share of cases.  A share on enough cases stands as it is (the
margin names what it leaves: `areaundrafted`).
"""

from __future__ import annotations

from exporters.draft.attributed import named_sources
from exporters.draft.claims import Context, fitting_wordings, sources_phrase
from exporters.draft.fitting import is_stakeholder
from exporters.draft.localfacts import not_local
from exporters.draft.tallies import Claim, case_links
from exporters.draft.trace import traced
from exporters.draft.words import capitalise
from exporters.model import Flag, Paragraph, Sentence

_SIDE = {"for": "strength", "against": "development"}


def _own_records(ctx: Context, criteria: set[str]) -> list[int]:
    """The area's records about itself (not a case) on `criteria`: the inspectors' own
    and its managers', never a stakeholder's view, none hedged."""
    d = ctx.data
    return [i for i in ctx.pool.wide
            if not d.case[i] and not criteria.isdisjoint(d.crits[i]) and i not in d.hedged
            and not is_stakeholder(d.words, d.source[i])]  # fmt: skip


def _at(paras: list[Paragraph], files: str) -> tuple[int, int] | None:
    """Where the section says the point as a share of its cases on `files`: (paragraph,
    sentence), or None."""
    for k, p in enumerate(paras):
        for j, s in enumerate(p.sentences):
            if s.role == "claim" and s.by_cases and s.criteria == [files]:
                return k, j
    return None


def said(ctx: Context, paras: list[Paragraph]) -> None:
    """Say each point on the area's leadership of practice from its own records, where
    the section says it only on a small share of cases or not at all (module
    docstring)."""
    d = ctx.data
    if not ctx.pool.areas or not paras:
        return
    cited = {e for p in paras for s in p.sentences for e in s.evidence_ids}
    for service, files in case_links().items():
        if service not in d.framework_ids or files not in d.framework_ids:
            continue
        own = _own_records(ctx, {service, files})
        if not own or any(d.ids[i] in cited for i in own):
            continue
        at = _at(paras, files)
        if at is not None and "small sample" not in paras[at[0]].sentences[at[1]].flags:
            continue  # a share on enough cases stands
        if any(service in s.criteria for p in paras for s in p.sentences if s.role != "headline"):
            continue
        claim = ctx.pool.claim(service)
        if claim is None or claim.by_cases or claim.direction == "balanced":
            continue
        if not_local(d, ctx.pool.areas, service, claim.direction):
            continue  # the areas' shared finding: the national section says it (voice17)
        s = _sentence(ctx, claim, files, own)
        if s is None:
            continue
        said = [s]
        _place(paras, at, said)
        cited |= {e for x in said for e in x.evidence_ids}


def _sentence(ctx: Context, claim: Claim, files: str, own: list[int]) -> Sentence | None:
    """The finding about the service, from the area's own records on its side (`own`:
    on it or on the case criterion it answers to, `files`), their sources named
    ("Evidence from managers' accounts and observation of supervision shows that ..."),
    in the criterion's wording those records bear out, else its general one; the case
    files counted in its comment.  None where none of its records goes its way."""
    d = ctx.data
    side = _SIDE[claim.lean]
    evs = [i for i in own if d.polarity[i] == side]
    if not evs:
        return None
    w = claim.words
    wordings, general = (w.strength, w.strength_general) if side == "strength" else (
        w.weakness, w.weakness_general)  # fmt: skip
    fit = fitting_wordings(ctx, claim, wordings, evs) or tuple(general)
    key = "for" if side == "strength" else "against"
    frames = [f for f in d.words.frames["service"][key] if "{src}" in f]
    src = sources_phrase(ctx, evs)
    options = [capitalise(f.format(src=src, strength=x, weakness=x)) for f in frames for x in fit]
    text = ctx.voice.choose(options, ctx.key, claim.criterion, "own-records")
    if text is None:  # every wording said in another area: not again word for word
        return None
    t = claim.tally
    files_line = (
        f"; case files: {t.files.line(True)}" if t.files is not None and t.files.views else ""
    )
    n = len(evs)
    basis = (f"{n} {side} record{'' if n == 1 else 's'} about {ctx.area} on {claim.criterion} "
             f"or {files} ({', '.join(named_sources(d, evs))}){files_line}; said from the "
             "area's own records, not as a share of its cases")  # fmt: skip
    ctx.stated.add(claim.criterion)
    flags: list[Flag] = list(ctx.flags)
    if n < d.rules.min_service_records:
        flags.append("small sample")
    return traced(text, evs, d, role="claim", criteria=[claim.criterion], basis=basis,
                  flags=flags, direction=claim.lean)  # fmt: skip


def _place(paras: list[Paragraph], at: tuple[int, int] | None, said: list[Sentence]) -> None:
    """In the place of the sentence on the files (`at`), or at the end of the section's first paragraph on leadership (else its first)."""
    if at is not None:
        k, j = at
        sents = list(paras[k].sentences)
        sents[j : j + 1] = said  # an example of the files stays: it bears the point out
        paras[k] = paras[k].model_copy(update={"sentences": sents})
        return
    k = next((n for n, p in enumerate(paras) if p.theme == "leadership"), 0)
    paras[k] = paras[k].model_copy(update={"sentences": [*paras[k].sentences, *said]})
