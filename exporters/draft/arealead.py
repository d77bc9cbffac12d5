"""An area section with no grade opens on its weightiest findings by cases (issue 15,
case18; tester 17's F14 (a)).

Under a framework that judges no area (the 2013 and 2021 frameworks) an area section
has no headline, so it opened on whatever its first paragraph held.  Tester 17's
weakest area, where children's wishes and feelings and listening to children fell
short in all 12 cases sampled, opened on safeguarding points resting on fewer cases,
and left those two in the note of what was not drafted, while a one-case strength on
management oversight was drafted: the section did not read weak.

An area with no grade whose case files weigh against (`tallies.Pool.weighs_against`)
therefore opens on its weightiest weaknesses: a weakness in keeping children safe on
the framework's `material_cases` or more cases first (`leading`, case22), then the
finding about cases that the most cases go against, less those for it (never a small
sample), and a second weighing as much where it makes another point
(`tallies.same_point`); the paragraph they open is one of weaknesses (`themed`).  An
area whose files weigh for it opens on its strengths, chosen by share and importance
(`strengthrank.py`), as before: opening it on the claim with the most cases for took
their examples and children's words from its strengths (the hand-written
voice16_inspection).  They are said by the claim's own sentence, so their
proportion words, shapes and comments are those of every claim; the section's later
paragraphs do not state them again (`Context.stated`).  An area with a grade opens on
its grade's headline (`sections.headline`), not on these.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import areamost
from exporters.draft.claims import Context, claim_sentence
from exporters.draft.safety import safety_criteria
from exporters.draft.tallies import Claim, same_point
from exporters.model import Paragraph, Sentence

MAX_LEAD = 2  # findings the opening states at most
MAX_SENTENCES = 8  # as `paragraphs.MAX_SENTENCES`: a paragraph's sentences, about
_OTHER = {"for": "against", "against": "for"}


def _side_cases(claim: Claim, side: str) -> int:
    t = claim.tally
    return len(t.neg) if side == "against" else len(t.pos)


def _net(claim: Claim, side: str) -> int:
    """The cases on `side` less those the other way: "about half" of the cases against
    and half for is no weightiest weakness (tester 13's Area 6 beside safeguarding
    concerns not followed up in five of six)."""
    return _side_cases(claim, side) - _side_cases(claim, _OTHER[side])


def weightiest(ctx: Context, side: str) -> list[Claim]:
    """The findings about the section's cases that the most cases bear out on `side`
    ("for" or "against"), less those the other way (`_net`): the heaviest, and up to
    `MAX_LEAD` - 1 more weighing as much, each making its own point; none resting on a
    small sample."""
    pool = ctx.pool
    order = ctx.data.criterion_rank
    found = [c for c in pool.claims() if c.by_cases and not c.small and c.lean == side
             and _side_cases(c, side) > 0]  # fmt: skip
    found.sort(key=lambda c: (-_net(c, side), -_side_cases(c, side),
                              order.get(c.criterion, 999), c.criterion))  # fmt: skip
    out: list[Claim] = []
    for c in found:
        if out and _net(c, side) < _net(out[0], side):
            break
        if all(same_point(c.criterion).isdisjoint(same_point(k.criterion)) for k in out):
            out.append(c)
        if len(out) == MAX_LEAD:
            break
    return out


def leading(ctx: Context) -> list[Claim]:
    """The findings an area section with no grade whose files weigh against opens on:
    a weakness in keeping children safe (`safety.safety_criteria`) on the framework's
    `material_cases` or more of its cases against, then the weightiest (`weightiest`),
    `MAX_LEAD` at most, as a section graded below good leads with its weaknesses,
    safeguarding first (case21's note: tester 20's Area 5 opened on delay, its
    safeguarding concerns not followed up in two of four cases after it)."""
    heaviest = weightiest(ctx, "against")
    safe = safety_criteria(ctx.data.framework)
    least = ctx.data.rules.material_cases
    first = [c for c in ctx.pool.claims() if c.by_cases and c.criterion in safe
             and c.lean == "against" and len(c.tally.neg) >= least]  # fmt: skip
    first.sort(key=lambda c: (-_net(c, "against"), -len(c.tally.neg), c.criterion))
    out = first[:1]
    for c in heaviest:
        if len(out) < MAX_LEAD and all(
            same_point(c.criterion).isdisjoint(same_point(k.criterion)) for k in out
        ):
            out.append(c)
    return out


def opening(ctx: Context) -> list[Sentence]:
    """The opening sentences of an area section with no grade (module docstring): its
    weightiest weaknesses where its case files weigh against, its weightiest strength
    where they weigh for it (`strongest`); none for a section with a grade, or with no
    finding about cases to open on."""
    if not ctx.pool.areas or ctx.grade is not None:
        return []
    if not ctx.pool.weighs_against():
        return strongest(ctx)
    side = "against"
    out: list[Sentence] = []
    for claim in leading(ctx):
        ctx.side, ctx.illustrate = side, False
        s = claim_sentence(ctx, claim)
        ctx.side = ""
        if s is None:
            continue
        out.append(s)
    return out


def strongest(ctx: Context) -> list[Sentence]:
    """What an area with no grade whose case files weigh for it opens on: the finding
    about its cases that the most cases bear out, less those against it (`weightiest`:
    never a small sample), with what it means for children and an example, as the
    paragraph on practice says a strength (tester 29's A15: Brackenmoor-like Area 5 opened
    on information sharing short in three of five cases, its wishes and feelings, six of
    eight, coming later).  Its safeguarding weaknesses, and the points most of its cases
    fall short on, follow it (`safefirst.said_first`); none where no finding about cases
    rests on more than a small sample."""
    from exporters.draft.childwords import with_child_words
    from exporters.draft.safefirst import with_example

    said = [s for claim in weightiest(ctx, "for")[:1] for s in with_example(ctx, claim, True)]
    # A child's own words on its point follow it, as in the paragraph on practice (the
    # hand-written voice16_inspection: Westbrook's child's words went with its strength).
    return with_child_words(ctx.pool, ctx.used, ctx.voice, said, ctx.ends) if said else []


def after(
    ctx: Context, said: list[Sentence], rest: list[Paragraph], workforce: list[Paragraph]
) -> list[Paragraph]:
    """The paragraphs after the weaknesses that decide a section's grade below good
    (`sections._paragraphs`): the leadership's lesser points (`said`), the rest of its
    findings and its workforce's.  In an area section the leaders' points and the
    workforce's (staffing, workloads, the staff survey) make one paragraph straight after
    the weaknesses and the few strengths of its practice, the area's own paragraph on its
    leadership and management, before what its partners say (tester 21's A4: Area 4's
    managers' oversight was one sentence folded among its practice weaknesses, and its
    vacancies came last, after the stakeholders)."""
    lead = [Paragraph(theme="leadership", sentences=said)] if said else []
    if not ctx.pool.areas or not (said or workforce):
        return [*lead, *rest, *workforce]
    joined = [*said, *(s for p in workforce[:1] for s in p.sentences)]
    practice = [p for p in rest if p.theme == "practice"]
    others = [p for p in rest if p.theme != "practice"]
    leaders = Paragraph(theme="leadership", sentences=joined)
    return [*practice, leaders, *workforce[1:], *others]


def led(
    ctx: Context, first: list[Paragraph], rest: list[Paragraph], workforce: list[Paragraph]
) -> list[Paragraph]:
    """The paragraphs of a section that puts its weaknesses first and opens on its
    leadership (`first`, the weaknesses not deciding before it): in an area section its
    workforce's findings (`workforce`: staffing, workloads, the staff survey) join the
    opening paragraph on its leadership where the two make a paragraph of
    `paragraphs.MAX_SENTENCES` at most, else follow it, before the weaknesses (`rest`);
    elsewhere they close the section as before."""
    if not ctx.pool.areas or not first or not workforce:
        return [*first, *rest, *workforce]
    said = [s for p in workforce for s in p.sentences]
    last = first[-1]
    if len(last.sentences) + len(said) > MAX_SENTENCES:
        return [*first, *workforce, *rest]
    joined = last.model_copy(update={"sentences": [*last.sentences, *said]})
    return [*first[:-1], joined, *rest]


def themed(ctx: Context, paras: list[Paragraph]) -> list[Paragraph]:
    """The section's paragraphs, the first marked as weaknesses where it opens on this
    module's findings against (it is built as the section's opening paragraph), or, in
    an area whose files weigh for it, the points most of its cases fall short on as a
    paragraph of their own (`areamost.own_paragraph`)."""
    if ctx.grade is None and opens(ctx, paras) and paras[0].theme != "development":
        paras[0] = paras[0].model_copy(update={"theme": "development"})
    if areamost.applies(ctx):
        return areamost.own_paragraph(ctx, paras)
    return paras


def opens(ctx: Context, paras: Sequence[Paragraph]) -> bool:
    """Whether the section's paragraphs (`paras`, in order) open on this module's
    findings against, so that its weaknesses are its body rather than its close (a
    placeholder for a theme with no evidence goes after them, not between the opening
    and the weaknesses it opens on)."""
    first = paras[0].sentences if paras else []
    return (
        bool(first)
        and first[0].role == "claim"
        and first[0].direction == "against"
        and any(first[0].criteria == [c.criterion] for c in leading(ctx))
    )


def early(ctx: Context, weak: list[Paragraph], tail: list[Paragraph]) -> list[Paragraph]:
    """How an area graded below good is led, said early (tester 28's A6: the area
    sections opened on practice tallies and said how the area is led and managed only
    after every practice finding): where the weaknesses deciding its grade open it
    (`sections._paragraphs`), its paragraph on its leaders and workforce (`after`) comes
    straight after the first of them (its sentence and what follows it: its example,
    its impact), before the rest of its practice, where that paragraph states a weakness
    of its leadership (management oversight, audits, the workforce).  The deciding
    weakness stays first (the session-9 tester), the leaders' points and staffing stay
    one paragraph (case22).  Otherwise the paragraphs as they were."""
    at = next((k for k, p in enumerate(tail) if p.theme == "leadership"), None)
    if not ctx.pool.areas or not weak or at is None:
        return [*weak, *tail]
    led = tail[at]
    if not any(s.role == "claim" and s.direction in ("against", "balanced") for s in led.sentences):
        return [*weak, *tail]
    said = weak[0].sentences
    cut = next((k for k, s in enumerate(said) if k and s.role in ("claim", "fixed")), len(said))
    head = weak[0].model_copy(update={"sentences": said[:cut]})
    more = [weak[0].model_copy(update={"sentences": said[cut:]})] if said[cut:] else []
    return [head, led, *more, *weak[1:], *tail[:at], *tail[at + 1 :]]
