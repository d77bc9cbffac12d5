"""A claim about the service said as what its sources say (`support.toml`,
[attributed]), not in the criterion's own words.

The criterion's wording names particulars ("leaders play an active and influential part
in the local family justice board", "... to tackle delay") that a few notes seldom
bear out.  So a claim about the service is attributed, in cautious words, when

- every record behind it is an interview with stakeholders (judges, magistrates, local
  authority staff, partner agencies): they said what they said, no more;
- it rests on fewer records than the framework's `min_cases`; or
- as many records are for it as against it (board minutes showing quarterly scrutiny
  beside performance data showing a fall: neither side is the finding).

Sources are named as the notes name them: a judiciary note about magistrates names
magistrates, not judges.  No consequence ("As a result, ...") follows an attributed
claim.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import zip_longest
from typing import TYPE_CHECKING

from exporters.draft.data import DraftData
from exporters.draft.tallies import Claim
from exporters.draft.trace import traced
from exporters.draft.words import capitalise, has_words, join_list
from exporters.model import Flag, Sentence

if TYPE_CHECKING:
    from exporters.draft.claims import Context


def named_sources(d: DraftData, evs: Iterable[int]) -> list[str]:
    """The sources of some records as the report names them, the commonest first; a
    stakeholder group (judges, magistrates) as the notes themselves name it."""
    w = d.words
    evs = list(evs)
    names: list[str] = []
    for code, _n in Counter(d.source[i] for i in evs).most_common():
        groups = w.stakeholder_groups.get(code)
        if not groups:
            names.append(w.source_nouns.get(code, code.lower().replace("_", " ")))
            continue
        mine = [i for i in evs if d.source[i] == code]
        texts = d.texts(mine)
        said = " ".join(texts[i].text for i in mine)
        cued = [g for g in groups if g in w.stakeholder_cues]
        named = [g for g in cued if any(has_words(said, c) for c in w.stakeholder_cues[g])]
        plain = [g for g in groups if g not in w.stakeholder_cues]
        names += named or plain or list(groups[:1])
    return list(dict.fromkeys(names))


def is_attributed(d: DraftData, claim: Claim, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim about the service is said as what its sources say (see the module
    docstring)."""
    if claim.by_cases:
        return False
    evs = [*st, *dv]
    if not evs:
        return False
    if all(d.source[i] in d.words.partner_quotes for i in evs):
        return True
    return len(evs) < d.rules.min_cases or (claim.direction == "balanced" and len(st) == len(dv))


def attributed_claim(
    ctx: Context, claim: Claim, st: Sequence[int], dv: Sequence[int]
) -> Sentence | None:
    """The claim as what its sources say, in words not yet used in the report."""
    d = ctx.data
    frames = d.words.support.attributed
    evs = [*st, *dv]
    people = all(d.source[i] in d.words.partner_quotes for i in evs)
    pos_src, neg_src = named_sources(d, st), named_sources(d, dv)
    kind: str = claim.direction
    if kind == "balanced" and set(pos_src) & set(neg_src):
        kind = "mixed"  # the same sources on both sides: their views are mixed
    side = {"for": st, "against": dv}.get(kind, evs)
    src = join_list(named_sources(d, side))
    fill = {
        "src": src, "Src": capitalise(src), "topic": claim.words.about_what,
        "Topic": capitalise(claim.words.about_what),
        "pos_src": join_list(pos_src), "Pos_src": capitalise(join_list(pos_src)),
        "neg_src": join_list(neg_src),
    }  # fmt: skip
    options = [f.format(**fill) for f in frames[f"people_{kind}" if people else kind]]
    text = ctx.voice.choose(options, ctx.key, claim.criterion, openings=ctx.openings)
    if text is None:
        return None
    ctx.ends[claim.criterion] = "against" if kind == "against" else "for"
    ctx.stated.add(claim.criterion)
    flags: list[Flag] = list(ctx.flags)
    if len(evs) < d.rules.min_cases:
        flags.append("small sample")
    if kind in ("balanced", "mixed"):
        flags.append("mixed evidence")
    ordered = [i for pair in zip_longest(st, dv) for i in pair if i is not None]
    used = ordered if kind in ("balanced", "mixed") else list(side)
    basis = claim.tally.line(False)
    return traced(
        text, used, d, role="claim", criteria=[claim.criterion], basis=basis, flags=flags,
        direction=claim.direction, by_cases=False,
    )  # fmt: skip
