"""A point a national section states twice, from the same notes, said once (issue 15,
tester 20's A10: "Evidence from managers and the staff survey point to shortfalls in how
leaders plan the workforce and control workloads." and, two sentences later, "The staff
survey shows weaknesses in practitioners' workloads.", both from one staff survey note
filed under workloads and under the culture staff work in).

A section states each criterion's point once (`tallies.same_point`), but one note filed
under two criteria may give both the same subject: a claim about the service says what
its notes speak of (`subjects.following`), so the culture's claim on a note about
workloads is about practitioners' workloads.  A later claim about the service is the
same point as an earlier one of the section where both go the same way, every record it
rests on on that side is one the earlier rests on, and the subject it is said with is
the earlier's own or one a note of the earlier's speaks of (`subjects.note_subject`:
the staff survey note speaks of workloads, one of the subjects of workforce planning,
which the earlier claim is said with).
It is left out, with what illustrates it; the earlier claim's comment names its
criterion.  Two criteria a note speaks of as different things ("clear priorities" and
"quarterly performance reports" from one board paper) are both said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from exporters.draft import subjects
from exporters.draft.claims import Context
from exporters.draft.tallies import Claim
from exporters.model import Paragraph, Sentence

_FOLLOWS = ("example", "impact", "quote")  # what goes with the claim it follows


@dataclass(frozen=True)
class _Said:
    """A claim about the service the section states: its sentence, its records on the
    side it states, and the subjects it is about (its own and those its notes speak of)."""

    sentence: Sentence
    records: frozenset[int]
    topics: frozenset[str]
    own: str


def said_once(ctx: Context, paras: list[Paragraph]) -> None:
    """Leave out each claim about the service that says again a point an earlier claim
    of the section has said from the same notes (see the module docstring)."""
    said: list[_Said] = []
    for p in paras:
        sents = list(p.sentences)
        k = 0
        while k < len(sents):
            mine = _said(ctx, sents[k])
            if mine is None:
                k += 1
                continue
            first = next((x for x in said if _repeats(mine, x)), None)
            if first is None:
                said.append(mine)
                k += 1
                continue
            end = k + 1
            while end < len(sents) and sents[end].role in _FOLLOWS:
                end += 1
            del sents[k:end]
            crit = mine.sentence.criteria[0]
            first.sentence.basis += (
                f"; also says {crit}'s point (the same notes, on {mine.own}: said once)"
            )
        p.sentences = sents
    paras[:] = [p for p in paras if p.sentences]


def _repeats(later: _Said, earlier: _Said) -> bool:
    return (
        later.sentence.direction == earlier.sentence.direction
        and later.records <= earlier.records
        and later.own in earlier.topics
    )


def _said(ctx: Context, s: Sentence) -> _Said | None:
    """A claim about the service stated one way, as `_Said` holds it; None for any other
    sentence."""
    d = ctx.data
    if s.role != "claim" or s.by_cases or s.direction not in ("for", "against"):
        return None
    if len(s.criteria) != 1:
        return None
    claim = ctx.pool.claim(s.criteria[0])
    if claim is None or claim.by_cases:
        return None
    polarity = "strength" if s.direction == "for" else "development"
    index = d.index_of
    recs = [index[r] for r in s.evidence_ids if r in index]
    side = [i for i in recs if d.polarity[i] == polarity]
    if not side:
        return None
    claim = replace(claim, direction="for" if s.direction == "for" else "against")
    st, dv = (side, []) if s.direction == "for" else ([], side)
    own, topics = _topics(ctx, claim, st, dv)
    return _Said(s, frozenset(side), frozenset(topics), own)


def _topics(
    ctx: Context, claim: Claim, st: Sequence[int], dv: Sequence[int]
) -> tuple[str, list[str]]:
    """The topic a claim is said with, and every topic it covers: that one and those of
    the subjects its notes speak of, note by note."""
    usual = claim.words.about_what
    chosen = subjects.subject_of(ctx.data, claim, st, dv)
    if chosen is None:
        return usual, [usual]
    subs = replace(subjects.subjects()[claim.criterion], usual_topic=usual)
    texts = ctx.data.texts([*st, *dv])
    each = [subjects.note_subject(texts[i].text, subs) for i in [*st, *dv]]
    own = subjects.topic(subs, chosen[0])
    return own, [own, *(subjects.topic(subs, x) for x in (*chosen[1], *each) if x is not None)]
