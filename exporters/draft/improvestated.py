"""Improvement points for the weaknesses a national section states about the service
(tester 22's A9): a leadership section graded outstanding said, with its example, that
the system to check quality when practitioners step down from self-regulating their own
work is agreed but live in only 4 of 17 areas, and no point asked for it to be finished,
because weaknesses found in a minority of many cases weighed more.

A national judgement graded good or better whose drafted section states a weakness about
the service in a sentence of its own (a claim or an example against it, resting on the
framework's `material_cases` records against or more: "... show strengths in the use of
performance information, but evidence from managers shows weaknesses" is followed by
what those managers said, the system live in 4 of 17 areas) that no point makes gets one point
more, its weightiest: added, never in another's place (as `improvements.with_each_judgement` adds
one for a judgement below good).  Where those records say that something agreed is not
yet in place everywhere ("... is agreed but only live in 4 of 17 areas", "... is not yet
fully in place"), the point names that thing and asks for it to be finished
(`unfinished_point`; wording in `rests.toml` [unfinished]), with the purpose of the
criterion's own point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft.data import DraftData
from exporters.draft.headlines import GOOD
from exporters.draft.sections import recorded_grade
from exporters.draft.tallies import Claim, same_point
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise
from exporters.model import Section


@cache
def _wording() -> dict[str, Any]:
    return dict(wording_table("rests.toml")["unfinished"])


@cache
def _pattern() -> re.Pattern[str]:
    """The clause naming a thing agreed but not yet in place everywhere: "the X is (agreed
    but) only live in ...", "the X is not yet fully in place"."""
    w = _wording()
    before = "|".join(re.escape(x) for x in w["before"])
    state = "|".join(re.escape(x) for x in w["states"])
    return re.compile(
        rf"\b(?P<thing>(?:the|a|an|its|their) [^;:.]{{3,140}}?) (?P<be>is|are) "
        rf"(?:(?:{before}) )?(?:{state})\b",
        re.IGNORECASE,
    )


def unfinished_thing(text: str) -> tuple[str, str]:
    """The thing a note says is agreed but not yet in place everywhere ("the system to
    check quality when ...") and its verb ("is", "are"); ("", "") where it says none."""
    m = _pattern().search(text)
    if m is None:
        return "", ""
    thing = m["thing"]
    return thing[0].lower() + thing[1:], m["be"].lower()


def unfinished_point(data: DraftData, c: Claim, dv: Sequence[int]) -> tuple[str, list[int]]:
    """The point asking for a thing agreed but not in place everywhere to be finished,
    and the records saying so: where `material_cases` of the records against (`dv`) name
    such a thing, the shortest name any of them gives it; else ("", [])."""
    named = [(i, unfinished_thing(data.text(i))) for i in dv]
    named = [(i, found) for i, found in named if found[0]]
    if len(named) < data.rules.material_cases:
        return "", []
    thing, be = min((found for _i, found in named), key=lambda x: len(x[0]))
    words = data.words.criterion(data.framework, c.criterion)
    own = words.improve or words.improve_plain
    purpose = own.partition(", so that ")[2].rstrip(".") if ", so that " in own else ""
    w = _wording()
    frame = w["point"] if purpose else w["point_plain"]
    said = frame.format(thing=thing, be=be, purpose=purpose)
    return capitalise(said), [i for i, _t in named]


def stated_weaknesses(
    data: DraftData, chosen: list[Claim], weak: Sequence[Claim], sections: Sequence[Section]
) -> list[Claim]:
    """`chosen`, with one point more for each national judgement graded good or better
    whose drafted section (`sections`) states a weakness about the service in a sentence
    of its own (a claim or an example against it) that no chosen point makes (the same
    point: `tallies.same_point`): of the claims in `weak` (the whole inspection's, in
    order of weight) resting on `material_cases` records against or more, the first its
    section states so."""
    out = list(chosen)
    floor = data.rules.material_cases
    for sec in sections:
        if sec.kind != "judgement" or not sec.judgement_id:
            continue
        grade, provisional = recorded_grade(data, data.judgement(sec.judgement_id))
        if not grade or provisional or data.framework.grade(grade).rank > GOOD:
            continue
        said = {x.criteria[0] for p in sec.paragraphs for x in p.sentences
                if x.direction == "against" and x.role in ("claim", "example")
                and len(x.criteria) == 1}  # fmt: skip
        made = {k for x in out for k in same_point(x.criterion)}
        c = next((c for c in weak if c.criterion in said and not c.by_cases
                  and c.criterion not in made and len(c.tally.wide_neg) >= floor), None)  # fmt: skip
        if c is not None:
            out.append(c)
    return out
