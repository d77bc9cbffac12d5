"""What an area's records hold that its section does not draft, said in the margin
(issue 15, case30; tester 29's F11).

Tester 29's strong area held an interview with its head of practice on how she leads
(weekly performance meetings, dip sampling, acting on what they find) and an observed
supervision, both strengths: no sentence of the section drew on either, and nothing
told the lead so.  The markers of weaknesses and strengths not drafted
(`coverage.undrafted_marker`, `coverage.unsaid_strengths`) name only points with
material evidence; one record on a point is never material, so it passed in silence.

Every area section now says, in the margin of its first sentence (and so in the QA
view), each criterion whose notes about the area, or on its cases, no sentence of the
section draws on: a note is drawn on when a sentence cites it, or, on a case, when a
claim the section states by its cases counts it (its tally), or when a sentence (a
claim, a marker, a placeholder) names its criterion.  "[not drafted]: 1 note on LG4
(managers' oversight of practice: interview with manager or leader) ...".  Every
criterion an area's records are filed under is then either drafted or listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from exporters.draft.claims import Context
from exporters.draft.tallies import case_links
from exporters.model import Paragraph

MAX_LISTED = 6  # criteria the note names one by one; the rest by their ids only
_MARGIN = ("claim", "views", "headline", "placeholder", "marker")


def left_out(ctx: Context, paras: Sequence[Paragraph]) -> dict[str, list[int]]:
    """The section's records no sentence draws on (module docstring), by the criterion
    they are filed under that the section does not name (a record about the area on a
    named criterion, but cited by no sentence, under its first criterion), in the
    framework's order; {} outside an area's section."""
    d = ctx.data
    if not ctx.pool.areas:
        return {}
    said = [s for p in paras for s in p.sentences]
    cited = {e for s in said for e in s.evidence_ids}
    named = {c for s in said for c in s.criteria}
    # A claim by cases counts its cases' notes; one about the service, its case files'
    # (`tallies.case_links`: managers' oversight counts the files on management oversight).
    links = case_links()
    claims = [s for s in said if s.role == "claim"]
    counted = {c for s in claims if s.by_cases for c in s.criteria}
    counted |= {links[c] for s in claims for c in s.criteria if c in links}
    cases = set(ctx.pool.case_ids)
    own = [i for i, k in enumerate(d.case) if k in cases]
    out: dict[str, list[int]] = defaultdict(list)
    for i in [*own, *ctx.pool.wide]:
        crits = list(d.crits[i])
        if not crits or d.ids[i] in cited:
            continue
        if d.case[i] and (set(crits) & counted or set(crits) <= named):
            continue  # counted by a claim on its cases, or its point named
        left = [c for c in crits if c not in named] or crits
        out[left[0]].append(i)
    order = d.criterion_rank
    return dict(sorted(out.items(), key=lambda kv: (order.get(kv[0], 999), kv[0])))


def lower_first(label: str) -> str:
    """A source's label inside a sentence: "interview with practitioner (FCA or
    guardian)", its abbreviations kept."""
    return label[:1].lower() + label[1:]


def note_text(ctx: Context, left: dict[str, list[int]]) -> str:
    """The margin's line naming what the section leaves out (`left_out`)."""
    d = ctx.data
    parts = []
    for k, (crit, recs) in enumerate(left.items()):
        n = len(recs)
        head = f"{n} note{'' if n == 1 else 's'} on {crit}"
        if k >= MAX_LISTED:
            parts.append(head)
            continue
        sources = sorted({lower_first(d.framework.source_label(d.source[i])) for i in recs})
        topic = d.words.criterion(d.framework, crit).noun
        parts.append(f"{head} ({topic}: {', '.join(sources)})")
    return (
        "[not drafted]: " + "; ".join(parts) + ". No sentence of this section draws on "
        "them: write them in where they make a finding, or leave them out."
    )


def add_note(ctx: Context, paras: list[Paragraph]) -> None:
    """Put the line naming what the section leaves out (`note_text`) in the margin of its
    first sentence that has a comment; nothing where it leaves nothing out."""
    left = left_out(ctx, paras)
    if not left:
        return
    for p in paras:
        for s in p.sentences:
            if s.role in _MARGIN:
                s.notes = [*s.notes, note_text(ctx, left)]
                return
