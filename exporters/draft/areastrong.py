"""A strong area's section built from what weighs most (issue 15, case32; tester 31's
"Does the outstanding area read as outstanding?").

Tester 31's Area 2 (graded outstanding, 12 sampled) opened well, "Highly effective
leaders in Area 2 set high expectations ...", then went on to management oversight on
one case file and information sharing on one case, each marked "[One case only: check
before use]", before the strengths three cases bore out; the manager's account of
monthly audits fed back within a week was drafted nowhere (the one case on oversight,
the same point, had taken its place), and three more one-case strengths sat in the
"[Strengths also found, not yet drafted: ...]" note.

In an area section that puts its strengths first (`onecase.strong_area`):
- a strength resting on one case is no paragraph's finding (`onecase.grouped_apart`):
  such strengths are named together, after the section's other strengths, in one
  sentence marked for the lead (`grouped`), at most `MAX_NAMED` of them, the rest in its
  comment; the area's own records on the same point (its managers' account) are then
  said in their place (`paragraphs.leadership`, `arealeadership.said`);
- where its findings about leaders, partners and the workforce rest on one case or one
  record each and its practice strengths on several cases, those strengths come first,
  straight after the headline, and the area's own findings about its leaders, partners
  and workforce follow in one paragraph where they fit (`ordered`).
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.claims import Context, claim_records, unsaid
from exporters.draft.coverage import _mistagged as mistagged
from exporters.draft.coverage import join_nouns, material_strength, wording
from exporters.draft.onecase import grouped_apart, strong_area
from exporters.draft.tallies import Claim, same_point
from exporters.draft.trace import traced
from exporters.model import Flag, Paragraph, Sentence

MAX_NAMED = 4  # one-case strengths named in the sentence; the rest in its comment
MAX_SENTENCES = 8  # as `paragraphs.MAX_SENTENCES`
_HEAD = ("headline", "marker", "placeholder", "fixed")


def grouped(ctx: Context, paras: list[Paragraph]) -> None:
    """Name a strong area's strengths resting on one case each in one sentence at the
    end of its last paragraph on strengths (before its weaknesses), marked for the lead
    (module docstring); nothing where there are none or every one is said already."""
    said = {c for p in paras for s in p.sentences for c in s.criteria}
    found = [c for c in unsaid(ctx, ctx.pool.claims()) if grouped_apart(ctx, c)
             and said.isdisjoint(same_point(c.criterion))]  # fmt: skip
    if not found or not strong_area(ctx):
        return
    found.sort(key=lambda c: not material_strength(ctx, c))  # a case graded good first
    k = max((n for n, p in enumerate(paras) if p.theme not in ("development", "placeholder")),
            default=None)  # fmt: skip
    if k is None:
        return
    s = _sentence(ctx, found)
    paras[k] = paras[k].model_copy(update={"sentences": [*paras[k].sentences, s]})


def _sentence(ctx: Context, found: Sequence[Claim]) -> Sentence:
    """The one-case strengths in one sentence (`coverage.toml` [one_case] `strengths_*`),
    each point's tally in the comment."""
    d = ctx.data
    w = wording()["one_case"]
    shown = list(found[:MAX_NAMED])
    many = len(shown) > 1
    options = [o.format(nouns=join_nouns([c.words.noun for c in shown]))
               for o in w["strengths_each" if many else "strengths_one"]]  # fmt: skip
    text = ctx.voice.choose(options, ctx.key, "one-case strengths") or options[0]
    text = f"{text} {w['marker_each' if many else 'marker_one']}"
    evs: list[int] = []
    cases: list[int] = []
    marks: list[str] = []
    for c in shown:
        mine = claim_records(ctx, c)[0]
        evs += mine
        cases += c.tally.pos
        ctx.stated.add(c.criterion)
        if mistagged(ctx, c, mine):  # as `coverage.grouped_sentence` marks a weakness's
            ctx.used.records.update(mine)  # no example from it
            marks.append(d.words.text["tag_marker"].format(noun=c.words.noun))
    basis = "; ".join(f"{c.tally.line(True)} (one case: no proportion word)" for c in shown)
    notes = []
    if found[MAX_NAMED:]:
        rest = [c.words.noun for c in found[MAX_NAMED:]]
        notes = [f"Also good in one case each, not named: {join_nouns(rest)}"]
        basis += "; not named: " + "; ".join(c.tally.line(True) for c in found[MAX_NAMED:])
    flags: list[Flag] = [*ctx.flags, "small sample"]
    if marks:
        text = " ".join([text, *marks])
        flags.append("may be tagged wrongly")
        basis += "; the notes do not mention what their criterion names: check their criteria"
    s = traced(
        text, list(dict.fromkeys(evs)), d, role="claim", case_refs=ctx.pool.refs(set(cases)),
        criteria=[c.criterion for c in shown], basis=basis, flags=flags, cases=set(cases),
        direction="for", by_cases=False,  # names points, states no share
    )  # fmt: skip
    s.notes = [*s.notes, *notes]
    return s


def _weight(ctx: Context, s: Sentence) -> int:
    """The cases (or, for a finding about the service, the records) a claim's side rests
    on, its heaviest criterion's."""
    out = 0
    for crit in s.criteria:
        c = ctx.pool.claim(crit)
        if c is None:
            continue
        t = c.tally
        side = t.neg if s.direction == "against" else t.pos
        wide = t.wide_neg if s.direction == "against" else t.wide_pos
        out = max(out, len(side) if c.by_cases else len(wide) + len(side))
    return out


def ordered(
    ctx: Context, head: Sequence[Sentence], first: list[Paragraph], body: list[Paragraph],
    workforce: list[Paragraph],
) -> list[Paragraph]:  # fmt: skip
    """A strong area's paragraphs before its weaknesses: its practice strengths straight
    after the headline (`head`, the opening paragraph's first sentences), then its own
    findings about its leaders, partners and workforce, where these rest on one case or
    one record each and those strengths on several cases (module docstring); otherwise
    as built: leadership (`first`), partners and practice (`body`), workforce."""
    built = [*first, *body, *workforce]
    if not strong_area(ctx) or not first:
        return built
    practice = [p for p in body if p.theme == "practice"]
    others = [p for p in body if p.theme != "practice"]
    opening = [s for s in first[0].sentences if any(s is h for h in head)]
    rest = [*(s for s in first[0].sentences if not any(s is h for h in head)), *(
        s for p in [*first[1:], *others, *workforce] for s in p.sentences)]  # fmt: skip
    weights = [_weight(ctx, s) for p in practice for s in p.sentences if s.role == "claim"]
    thin = all(_weight(ctx, s) < 2 for s in rest if s.role in ("claim", "views"))
    if not opening or not practice or max(weights, default=0) < 2 or not thin:
        return built
    lead = practice[0].model_copy(update={"sentences": [*opening, *practice[0].sentences]})
    out = [lead, *practice[1:]]
    if len(rest) <= MAX_SENTENCES:
        return [*out, Paragraph(theme="leadership", sentences=rest)] if rest else out
    return [*out, *(p.model_copy(update={"sentences": [s for s in p.sentences if not any(
        s is h for h in head)]}) for p in [*first, *others, *workforce])]  # fmt: skip
