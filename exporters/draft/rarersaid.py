"""What a national leadership section says of complaints and of the rarer kinds of work
(issue 15, kf20; tester 19's A11: the section said nothing of complaints handling, nor
of secure accommodation, adoption, leave to remove or surrogacy, each resting on one
strength record, while the 2018 report keeps a paragraph on complaints).

A theme's paragraph states its three weightiest strengths (`paragraphs.MAX_CLAIMS`), and
a point on one record is no material strength the placeholder of strengths not drafted
names (`coverage.unsaid_strengths`), so a lone record on complaints or on a rarer kind of
work was passed over in silence.  After the section's paragraphs on strengths, one
short paragraph says each such point the section has not stated, on the criteria listed
in `rests.toml` [rarer_said]: complaints, whatever its records, then each rarer kind of
work resting on fewer records a side than `min_service_records` (`fewrecords.scarce`; a
kind on more is weighed as any point is), as its records stand
(`claims.claim_sentence`: one record as what its one source found, never a share);
where no record about complaints is there at all (on those criteria, or from a
complaints source), an editable placeholder asks the lead for the complaints finding.
In a section graded outstanding, whose strengths are its finding, the paragraph also
says each strength on few records, none against, that the section has not stated and
whose records hold a figure (`leadersfigures.holds_figure`), its figure following it
(tester 22's A10: "92% of children kept the same practitioner from allocation to the end
of proceedings", the strongest national evidence, went unsaid as a fourth strength), or
that two records bear out, which the placeholder of strengths not drafted would name
(tester 24's A8: leaders' priorities, the strategy known by staff in every area, were
parked in that placeholder while one record on secure accommodation had a sentence);
these first, before complaints and the rarer work.
"""

from __future__ import annotations

from exporters.draft.claims import Context, claim_records, claim_sentence, unsaid
from exporters.draft.coverage import material_strength
from exporters.draft.fewrecords import scarce
from exporters.draft.leadersfigures import holds_figure, outstanding
from exporters.draft.leadersrest import wording
from exporters.draft.trace import traced
from exporters.model import Paragraph, Sentence

STRENGTH_THEMES = ("leadership", "partners", "workforce", "practice")


def add_rarer(ctx: Context, paras: list[Paragraph]) -> None:
    """Add the paragraph on complaints and the rarer work (see the module docstring) to
    a national leadership section's paragraphs, after its last on strengths."""
    rules = wording()["rarer_said"]
    d, pool = ctx.data, ctx.pool
    complaints, work = list(rules["complaints"]), list(rules["work"])
    wanted = [c for c in (*complaints, *work) if c in pool.criteria()]
    said: list[Sentence] = []
    by_crit = {c.criterion: c for c in pool.claims()}
    for crit in wanted:
        claim = by_crit.get(crit)
        if claim is None or claim.by_cases or not unsaid(ctx, [claim]):
            continue
        # A rarer kind of work on more records is weighed as any point is (the theme's
        # strengths, the weaknesses the grade states, the markers): only its few records,
        # which no rule makes material, are said here; complaints always.
        if crit not in complaints and not scarce(d, *claim_records(ctx, claim)):
            continue
        sentence = claim_sentence(ctx, claim)
        ctx.stated.add(crit)
        if sentence is not None:
            said.append(sentence)
    if outstanding(ctx):
        said = _figured(ctx, wanted, paras) + said
    sources = set(rules["complaints_sources"])
    heard = any(
        not set(complaints).isdisjoint(d.crits[i]) or d.source[i] in sources
        for c in pool.criteria() for i in pool.records(c)
    )  # fmt: skip
    if not heard:
        text = str(rules["placeholder"])
        said.append(traced(text, [], d, role="placeholder", criteria=[],
                           basis="no record about complaints in this section's evidence"))  # fmt: skip
    if not said:
        return
    last = max(
        (k for k, p in enumerate(paras) if p.theme in STRENGTH_THEMES), default=len(paras) - 1
    )
    paras.insert(last + 1, Paragraph(theme="leadership", sentences=said))


def _figured(ctx: Context, besides: list[str], paras: list[Paragraph]) -> list[Sentence]:
    """The sentences for the strengths on fewer records than `min_service_records`, none
    against, that the section has not stated (criteria other than `besides`, said
    already) and whose records hold a figure or are material (`coverage.material_strength`:
    two records, which the placeholder of strengths not drafted would name, where no
    sentence of `paras` counts their criterion), in the framework's order."""
    d, out = ctx.data, []
    told = {c for p in paras for s in p.sentences for c in s.criteria}
    for claim in ctx.pool.claims():
        if claim.criterion in besides or claim.by_cases or claim.direction != "for":
            continue
        st, dv = claim_records(ctx, claim)
        if dv or not scarce(d, st, dv) or not unsaid(ctx, [claim]):
            continue
        material = material_strength(ctx, claim) and claim.criterion not in told
        if not material and not any(holds_figure(d.text(i)) for i in st):
            continue
        sentence = claim_sentence(ctx, claim)
        if sentence is not None:
            ctx.stated.add(claim.criterion)
            out.append(sentence)
    return out
