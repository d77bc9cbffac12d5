"""An area with no grade says first the point its cases fall short on in most of them
(issue 15, case23; tester 22's A2).

Under a framework that judges no area (2013, 2021), an area section whose case files
weigh for it opens on its strengths and says its weaknesses last.  Tester 22's Area 11
was strong on almost everything, but the work drifted without a plan in 15 of its 18
cases: the section gave two paragraphs of strengths, then "Practice falls short in most
cases. ..." as its last sentence, and never said that the area's own audit and a focus
group of its practitioners had found the same drift, nor that its service manager knew
and had started fortnightly plan reviews.  A reader would not have known that planning
was the area's one real weakness, nor how far it reached.

Such a section now says, straight after its safeguarding weaknesses (`safefirst`), each
finding about its cases whose side against rests on the framework's `material_cases`
cases or more and on more than half of the cases with a view (`falls_short`), by the
paragraph on weaknesses' own machinery (its sentence, an example, what it meant for
the children); then, where the area's own records about itself (not a case) on the
same point go the same way, whose they are ("Internal audits and practitioners in Area
11 say the same.", `failures.toml` [most_context]), and the leaders' response where
the area's own notes give it (`mainfailure.leaders_sentence`: they know, their plan,
whether it has made a difference yet).  They count within the number of weaknesses
the section states (`safefirst.counted`).  An area whose files weigh against opens on
its weaknesses already (`arealead`); an area with a grade follows its grade.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft.attributed import named_sources
from exporters.draft.claims import Context, unsaid
from exporters.draft.evensplit import even
from exporters.draft.fitting import is_stakeholder
from exporters.draft.mainfailure import leaders_sentence
from exporters.draft.tallies import Claim, same_point
from exporters.draft.trace import traced
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, join_list
from exporters.model import Paragraph, Sentence

# The sentences each section opened with (`with_context`), by the id of its context,
# with a weak reference to it, so that `own_paragraph` finds them after assembly.
_OPENED: dict[int, tuple[weakref.ref[Context], list[Sentence]]] = {}


@cache
def _wording() -> dict[str, Any]:
    return dict(wording_table("failures.toml")["most_context"])


def applies(ctx: Context) -> bool:
    """Whether the section is an area's with no grade to follow whose case files weigh
    for it (one weighing against opens on its weaknesses already: `arealead`)."""
    return bool(ctx.pool.areas) and ctx.grade is None and not ctx.pool.weighs_against()


def short_in_most(ctx: Context, claim: Claim) -> bool:
    """Whether a finding about the section's cases falls short in most of them: its side
    against on `material_cases` cases or more and on more than half of those with a
    view, never a small sample nor a near-even split (four against and three for:
    `evensplit.even`, where neither side is the finding)."""
    t = claim.tally
    return (
        claim.by_cases
        and not claim.small
        and claim.direction in ("against", "balanced")
        and len(t.neg) >= ctx.data.rules.material_cases
        and 2 * len(t.neg) > t.views
        and not even(ctx.data, t)
    )


def falls_short(ctx: Context, claims: Sequence[Claim]) -> list[Claim]:
    """The findings the section says first (module docstring), the most cases against
    first; none where the section is not an ungraded area's weighing for it."""
    if not applies(ctx):
        return []
    found = [c for c in unsaid(ctx, claims) if short_in_most(ctx, c)]
    return sorted(found, key=lambda c: (-len(c.tally.neg), c.criterion))


def agreeing_records(ctx: Context, claim: Claim) -> list[int]:
    """The area's own records about itself (not about one case) on the claim's point
    that go its way: the inspectors' own development notes (an audit, a group of
    practitioners; never a stakeholder's view, which the section's views sentence
    says), none hedged, where they outnumber such notes the other way (judges who
    "praised and criticised the timeliness of reports in equal measure" tell no one
    story: tester 20's Area 9)."""
    d = ctx.data
    points = same_point(claim.criterion)
    own = [i for i in ctx.pool.wide
           if not d.case[i] and i not in d.hedged and not points.isdisjoint(d.crits[i])
           and not is_stakeholder(d.words, d.source[i])]  # fmt: skip
    against = [i for i in own if d.polarity[i] == "development"]
    return against if 2 * len(against) > len(own) else []


def agreeing_sentence(ctx: Context, claim: Claim) -> Sentence | None:
    """Whose records about the area say the same as the claim (`agreeing_records`), in
    one sentence ([most_context] `agree`), or None where none does."""
    d = ctx.data
    evs = agreeing_records(ctx, claim)
    if not evs:
        return None
    sources = join_list(named_sources(d, evs)[:3])
    # One source the report names in the singular ("performance information"): "tells",
    # not "tell" (tester 24's A11).
    one = len({d.source[i] for i in evs}) == 1 and d.source[evs[0]] in d.words.singular_evidence
    fill = {"sources": sources, "Sources": capitalise(sources), "area": ctx.area,
            "s": "s" if one else ""}  # fmt: skip
    options = [capitalise(f.format(**fill)) for f in _wording()["agree"]]
    text = ctx.voice.must(options, ctx.key, claim.criterion, "most-context")
    basis = (f"{len(evs)} development {'record' if len(evs) == 1 else 'records'} about "
             f"{ctx.area} on this point go the same way as its case files")  # fmt: skip
    return traced(text, evs, d, role="claim", criteria=[claim.criterion], basis=basis,
                  flags=list(ctx.flags), direction="against")  # fmt: skip


def with_context(ctx: Context, claims: Sequence[Claim], said: list[Sentence]) -> list[Sentence]:
    """`said` (the opening's weaknesses) with, after each of `claims` that it states and
    the example and impact that follow it, whose records about the area say the same
    (`agreeing_sentence`), and the leaders' response once, after the first."""
    out = list(said)
    leaders_said = stated = False
    for claim in claims:
        at = next((k for k, s in enumerate(out)
                   if s.role == "claim" and s.criteria == [claim.criterion]), None)  # fmt: skip
        if at is None:
            continue
        stated = True
        at += 1
        while at < len(out) and out[at].role in ("example", "quote", "impact"):
            at += 1
        added = [s for s in (agreeing_sentence(ctx, claim),) if s is not None]
        if not leaders_said:
            leaders = leaders_sentence(ctx)
            leaders_said = leaders is not None
            added += [leaders] if leaders is not None else []
        out[at:at] = added
    for key in [key for key, (ref, _) in _OPENED.items() if ref() is None]:
        del _OPENED[key]
    if stated:  # a section opening on its safeguarding weaknesses alone is left as it was
        _OPENED[id(ctx)] = (weakref.ref(ctx), out)
    return out


def own_paragraph(ctx: Context, paras: list[Paragraph]) -> list[Paragraph]:
    """The section's paragraphs with the sentences it opened with (`with_context`: its
    safeguarding weaknesses and the points most of its cases fall short on, with what
    the area's own evidence says of them) as a paragraph of weaknesses of their own,
    before the leadership findings they were drafted ahead of, so that the note of the
    weaknesses it leaves out follows them (`sections.mark_undrafted`); the paragraphs as
    they are where it opened on none."""
    held = _OPENED.get(id(ctx))
    if held is None or held[0]() is not ctx or not held[1] or not paras:
        return paras
    opened = held[1]
    first = paras[0].sentences
    n = len(opened)
    # After the strength the section opens on (`arealead.strongest`), where it has one.
    at = next((k for k, x in enumerate(first) if x is opened[0]), None)
    if at is None or any(a is not b for a, b in zip(first[at:], opened, strict=False)):
        return paras
    if len(first) < at + n:
        return paras
    head = list(first[:at])
    if len(head) == 1:  # one sentence is no paragraph: it opens the weaknesses
        head, at = [], 0
    weak = Paragraph(theme="development", sentences=list(first[at : at + n]))
    left, after = list(first[at + n :]), list(paras[1:])
    if len(left) == 1 and after:  # one sentence is no paragraph: it opens the next
        after[0] = after[0].model_copy(update={"sentences": [*left, *after[0].sentences]})
        left = []
    rest = [paras[0].model_copy(update={"sentences": left})] if left else []
    opening = [Paragraph(theme="practice", sentences=head)] if head else []
    return [*opening, weak, *rest, *after]
