"""A case never said both ways on one subject (issue 15, case16; tester 15's D2).

Tester 15's Area 6 said that "in all cases, the analysis in the report is sound" and, one
paragraph on, that in one case "the court is not given advice of the quality it needs",
both of C-1927-WD: its grading counted it for analysis in reports (QP7), while its own
note "Initial analysis agrees with the LA's threshold view in two lines", tagged with
analysis (QP7) and the advice to the court (SW2), counted it against the advice, where
it was the case's only evidence.  One note, two sentences, opposite verdicts on one case.

The rule: where one of a case's own development notes (counted, not hedged) is tagged
with two criteria or more, and the case is counted against on one of them (by the note,
a grading or other notes) but for on another (by a grading, or by other notes), the case
is counted neither way on the second: it is *mixed* there, inside the denominator and on
neither side, and the comment says so.  The strength sentence then claims only cases
whose own notes bear it out, and no example or excerpt of it comes from that case
(examples and excerpts come from the cases a claim counts on its side).  It works one way
only: a weakness is never taken away by a note's praise (a grading below good stands
beside a strength note tagged with another point too), and a grading with no
development note tagged with another point is the inspector's judgement and stands (the
tally rule).

Across notes too (tester 16's D9): a case graded good or better on a criterion whose own
notes on that same criterion (counted, not hedged) do not bear the grade out, a
development note and no more strength notes than development notes ("Not seen alone:
every visit with the carer in the room" on a case graded good on seeing children alone,
beside one note of a visit at school, or alone), is counted neither way on it.  Tester 16's Area 6 said "Across
all cases, practitioners see children ... alone where that is right" of ten cases graded
good, two of whose own notes said the child was never seen alone.  The grade and the
note disagree; the draft claims neither, and the comment names the case.  A case graded
good whose strength notes outnumber a development point of its own stands: an inspector
may record what could be better in a good case.  One way only here as well: a grading
below good beside a strength note of its own stands, and an ungraded case is counted by
the larger side of its notes (the tally rule).

Across criteria of one theme too (tester 22's A8: Area 11 praised "avoiding delay (in all
five cases with evidence on it)" where four of those five cases' own notes on planning
said the work had drifted for seven to 11 weeks): a case counted for a criterion whose
own development note (counted, not hedged) on another criterion of the same theme says
the first one's point fell short, by one of the words `criteria.toml` lists for it in
`elsewhere_against` ("drift" for avoiding delay), is counted neither way on it.  The
note's polarity says what fell short; the word says it is the other criterion's point.
So too a child's relationship with the practitioner and the direct work with the child
(tester 23's A7: Area 5 said none of its 14 children was seen as needed, then "Across
all of the cases ..., practitioners build good relationships with children" of nine
cases, five of whose own notes on seeing children said "not seen" or "never seen
alone"): a case whose own note says the child was not seen, or never seen alone, is
counted neither way on either.

Nor is "all" said of a strength where a case counted for it holds a development note of
its own on it, or, on keeping children safe, a safeguarding concern inspectors escalated
(tester 24's A9) (an ungraded case whose strength notes outnumber it, or a good grade its
strength notes bear out): where every case with a view goes for a claim, such cases are
counted neither way in that claim (`not_all`, called by `tallies.Pool.claim`), which is then
said of the others ("almost all", "nine of the ten"), its comment naming them.
"""

from __future__ import annotations

import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from exporters.draft.data import DraftData
from exporters.draft.fitting import has_any_words
from exporters.draft.safety import safety_criteria
from exporters.draft.wording import wording_table

if TYPE_CHECKING:
    from exporters.draft.tallies import Tally

# By id of the draft's data (not hashable), with a weak reference to it, so that a new
# draft's data never meets an old one's answer.
_HELD: dict[int, tuple[weakref.ref[DraftData], dict[str, frozenset[int]]]] = {}


def overruled(data: DraftData) -> dict[str, frozenset[int]]:
    """By criterion, the cases counted neither way on it (see the module docstring):
    counted for it against one of their own development notes on it, where the case is
    counted against on another of that note's criteria.  Worked out once per draft."""
    held = _HELD.get(id(data))
    if held is not None and held[0]() is data:
        return held[1]
    found: dict[str, set[int]] = defaultdict(set)
    crits, case, pol, own, hedged = data.crits, data.case, data.polarity, data.own, data.hedged
    for_, against = data.cases_for, data.cases_against
    for i, tags in enumerate(crits):
        k = case[i]
        if len(tags) < 2 or not k or pol[i] != "development" or not own[i] or i in hedged:
            continue
        decided = [c for c in tags if k in against.get(c, ())]  # counted the note's way
        if not decided:
            continue
        for c in tags:
            if k in for_.get(c, ()) and any(x != c for x in decided):
                found[c].add(k)
    for c, k in (*_graded_against_own_note(data), *_said_on_another(data)):
        found[c].add(k)
    for key in [key for key, (ref, _) in _HELD.items() if ref() is None]:
        del _HELD[key]
    answer = {c: frozenset(ks) for c, ks in found.items()}
    _HELD[id(data)] = (weakref.ref(data), answer)
    return answer


def _graded_against_own_note(data: DraftData) -> list[tuple[str, int]]:
    """(criterion, case) for each case graded good or better on a criterion whose own
    notes on it (counted, not hedged) do not bear the grade out: a development note, and
    no more strength notes than development notes."""
    case, own, hedged = data.case, data.own, data.hedged
    found: list[tuple[str, int]] = []
    for c, good in data.graded_good.items():
        weighed = [Counter(case[i] for i in data.of_polarity.get((c, side), ())
                           if own[i] and i not in hedged and case[i] in good)
                   for side in ("development", "strength")]  # fmt: skip
        dev, st = weighed
        found += [(c, k) for k in sorted(dev) if k and dev[k] >= st[k]]
    return found


@cache
def _elsewhere_against() -> dict[str, tuple[str, ...]]:
    """By criterion, the words `criteria.toml` gives it in `elsewhere_against`."""
    raw = wording_table("criteria.toml")
    return {k: tuple(v["elsewhere_against"]) for k, v in raw.items()
            if isinstance(v, dict) and v.get("elsewhere_against")}  # fmt: skip


def _said_on_another(data: DraftData) -> list[tuple[str, int]]:
    """(criterion, case) for each case counted for a criterion with `elsewhere_against`
    words, one of whose own development notes (counted, not hedged) on another criterion
    of the same theme uses one of them (see the module docstring).  Only the notes of the
    cases counted for it are read."""
    fw, w = data.framework, data.words
    case, own, hedged, crits = data.case, data.own, data.hedged, data.crits
    found: list[tuple[str, int]] = []
    for c, cues in sorted(_elsewhere_against().items()):
        counted_for = data.cases_for.get(c)
        if c not in data.framework_ids or not counted_for:
            continue
        theme = w.criterion(fw, c).theme
        others = [x.id for x in fw.criteria if x.id != c and w.criterion(fw, x.id).theme == theme]
        notes = sorted({i for x in others for i in data.of_polarity.get((x, "development"), ())
                        if case[i] in counted_for and own[i] and i not in hedged
                        and c not in crits[i]})  # fmt: skip
        if not notes:
            continue
        texts = data.texts(notes)
        found += sorted({(c, case[i]) for i in notes if has_any_words(texts[i].text, cues)})
    return found


def noted_against(data: DraftData, criterion: str, cases: Iterable[int]) -> frozenset[int]:
    """Those of `cases` with a development note of their own on `criterion` (counted,
    not hedged), and, on a criterion about keeping children safe (`safety_criteria`),
    those with a safeguarding concern inspectors escalated or found to escalate, on a
    note on any criterion: where a strength is said of every case with a view, these are
    counted neither way in it (`tallies.Pool.claim`), so that "all" is never said of a
    case whose own note goes against it (tester 16's D9), nor the response to
    safeguarding concerns said effective in all cases beside a concern inspectors asked
    senior managers to act on (tester 24's A9: Area 11's "In all cases, the response to
    safeguarding concerns is effective", its escalated concern filed under information
    sharing)."""
    case, own, hedged = data.case, data.own, data.hedged
    wanted = set(cases)
    noted = {case[i] for i in data.of_polarity.get((criterion, "development"), ())
             if case[i] in wanted and own[i] and i not in hedged}  # fmt: skip
    if criterion in safety_criteria(data.framework):
        noted |= {case[i] for i in data.escalations if case[i] in wanted}
    return frozenset(noted)


def not_all(d: DraftData, t: Tally) -> Tally:
    """The tally a claim states where every case with a view (two at least) goes for it:
    the cases holding a development note of their own on it counted neither way
    (`noted_against`), so that "all" is never said of them; the tally as it is
    otherwise, or where every case holds one."""
    if t.views < 2 or t.neg or t.mixed:
        return t
    noted = noted_against(d, t.criterion, t.pos)
    if not noted or len(noted) == len(t.pos):
        return t
    return replace(t, pos=tuple(k for k in t.pos if k not in noted),
                   mixed=tuple(sorted(noted)), held=tuple(sorted({*t.held, *noted})))  # fmt: skip
