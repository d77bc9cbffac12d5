"""The shapes of a claim's sentence: which frames a claim may be said in, which cases
its share is of, and which side each frame says last.

A balanced claim (material cases on both sides) has a family of shapes in
`drafting.toml` ([frames.cases] `balanced_for`, `balanced_against`; the `small_`
frames for counts): most say the larger side first ("Most of the cases sampled show
that ..., although in a small number, ..."); others give the smaller side a short
sentence of its own ("... In a small number, however, ..."), fold it into a clause
("..., though not in a small number, ..."), or say which cases the shares are of once,
before both ("Of the cases with evidence on X, most show that ..., and a small number
that ...").  The section's voice (`trace.Voice`) prefers an opening the section has
not used, so that no one shape opens most of a section's balanced sentences.

Only the side a sentence says last may be illustrated by the example after it
(`claims.may_illustrate`), so a claim whose example is still wanted (`Context.
illustrate`) is said in a shape that ends on the side it leans to ("While a small
number of the cases ... show that ..., most show that ..."); the others are free to
put the larger side first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from exporters.draft.sameness import runs
from exporters.draft.tallies import Claim
from exporters.draft.trace import normal, opening

if TYPE_CHECKING:
    from exporters.draft.claims import Context

# A frame's placeholders for one side: its proportion words, counts and wordings.
_MARK = re.compile(
    r"\{(?:(pos|Pos|for|For|strength|Strength)|(neg|Neg|against|Against|weakness|Weakness))"
    r"(?:_of|_alone|_n)?\}"
)


@cache  # a frame's sides are read once, not once per sentence built in it
def said_last(frame: str) -> str:
    """Which side a frame says last: "against" where its last placeholder for a side is
    the weakness's (its wording, its proportion word or its count: "..., although a
    small number do not" ends on the weakness though it does not word it), else
    "for".  Read from the frame, not from the sentence, since a plain clause ("practice
    is not yet good enough") is not found in the sentence as written (reader 5,
    finding 8: an example of the strength after "..., although in some cases practice
    is not yet good enough")."""
    last = ""
    for m in _MARK.finditer(frame):
        last = "for" if m.group(1) else "against"
    return last or "for"


@cache
def said_first(frame: str) -> str:
    """Which side a frame says first ("for" or "against"; `said_last`)."""
    m = _MARK.search(frame)
    return "against" if m and not m.group(1) else "for"


def larger_first(
    ctx: Context, claim: Claim, options: Sequence[str], first: Mapping[str, str]
) -> list[str]:
    """Of a balanced claim's wordings, those that say its larger side first (`first`:
    wording -> the side it says first), where one of them is fresh: not said before,
    opening as no sentence of the section has (`trace.opening`), and near-verbatim to
    nothing the report (in an area section, another area) has said
    (`exporters.draft.sameness`); else all of them, for `Voice.choose` to choose among.
    So most balanced sentences put the larger side first, and one says the smaller
    side first only where the section has used every other opening."""
    t = claim.tally
    if claim.direction != "balanced" or len(t.pos) == len(t.neg):
        return list(options)
    voice, area = ctx.voice, ctx.key.startswith("area|")

    def fresh(o: str) -> bool:
        if normal(o) in voice.said or opening(o) in ctx.openings:
            return False
        r = runs(o)
        return not voice.report.near(r) and not (area and voice.areas.near(r))

    best = [o for o in options if first.get(o) == claim.lean and fresh(o)]
    return best or list(options)


def lean_last(claim: Claim, options: dict[str, str], illustrate: str) -> list[str]:
    """The wordings a claim may be said in.  For a balanced claim whose example is
    still wanted (`illustrate`: the side it would illustrate, its paragraph's), those
    that say that side last, where there are any: only the side said last may be
    illustrated (`may_illustrate`), so a weakness in the paragraph on weaknesses can
    still be followed by its example; the other balanced claims may be said in any
    shape.  Of those, the ones that name the criterion once, where there are any ("In
    all of the cases with evidence on children's wishes and feelings, children's wishes
    and feelings are ..." says it twice)."""
    out = list(options)
    if claim.direction == "balanced" and illustrate:
        out = [o for o in out if options[o] == illustrate] or out
    noun = claim.words.noun.lower()
    return [o for o in out if o.lower().count(noun) <= 1] or out


_SHARE = re.compile(r"\{(pos|neg)\} cases")


def of_the_cases_counted(frame: str) -> str:
    """A frame whose share says which cases it is of, where not every sampled case has a
    view (reader's finding 3: "in all cases" said of six of 12 sampled cases): its first
    "{pos} cases" reads "{pos_of} the cases {counted}", a later one "{neg_of} them"
    (the frames of balanced claims say the second side without "cases": "..., although
    in a small number, ...")."""
    first = "{counted}" not in frame

    def sub(m: re.Match[str]) -> str:
        nonlocal first
        side = m.group(1)
        if first:
            first = False
            return f"{{{side}_of}} the cases {{counted}}"
        return f"{{{side}_of}} them"

    out = _SHARE.sub(sub, frame)
    for clause in ("{strength}", "{weakness}"):  # "..., in most of them, however, ..."
        out = out.replace("{counted} " + clause, "{counted}, " + clause)
    return out


_GERUND = re.compile(r"^\w+ing\b")  # "seeing children": not "could assess seeing children"


def with_counted(ctx: Context, claim: Claim, frames: Sequence[str]) -> list[tuple[str, str]]:
    """Each frame with each way of saying which cases a share is of, so areas differ."""
    said, w, noun = counted(ctx, claim), ctx.data.words, claim.words.noun
    nouns = () if _GERUND.match(noun) else w.counted_nouns  # "the cases on {noun}" needs a noun
    more = () if said == "sampled" else (*w.counted, *nouns)
    forms = list(dict.fromkeys([said, *(f.format(noun=noun) for f in more)]))
    return [(f, c) for f in frames for c in (forms if "{counted}" in f else forms[:1])]


def counted(ctx: Context, claim: Claim) -> str:
    """Which cases a share is of: "sampled" when every case of the section's sample has
    a view on the criterion, else "with evidence on" the criterion (three of 12 sampled
    cases with a view are not "the three cases sampled")."""
    if claim.tally.views >= ctx.pool.sample_size:
        return "sampled"
    return f"with evidence on {claim.words.noun}"


def frames_of(
    claim: Claim, counts: bool, family: Mapping[str, tuple[str, ...]], side: str = ""
) -> tuple[str, ...]:
    """A claim's frames in its family: those of its direction ("for", "against"), or
    for a balanced claim those of the side it leans to ("balanced_for") and, where one
    side is larger and the paragraph states that side (`side`: "for", "against", or ""
    where no paragraph does), the shapes that fold the smaller into a clause
    ("folded_for": the paragraph on weaknesses words the weakness of a claim leaning
    to the strength); with counts instead of proportion words, the same after "small_"
    where the family has them (else "small_balanced")."""
    t = claim.tally
    if claim.direction != "balanced":
        return family[f"small_{claim.direction}" if counts else claim.direction]
    kind = f"balanced_{claim.lean}"
    fold = len(t.pos) != len(t.neg) and side in ("", claim.lean)
    folded = f"folded_{claim.lean}" if fold else ""
    if counts:
        kind = f"small_{kind}" if f"small_{kind}" in family else "small_balanced"
        folded = f"small_{folded}" if folded else ""
    return (*family[kind], *family.get(folded, ()))
