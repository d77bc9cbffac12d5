"""The safeguarding concerns inspectors escalated in a section's cases, and the
section's sentences on them: a concern resting on one case said as what happened
(`concerns`), then the count of the others ("in six other cases"), each concern said
once (issue 15, tester 12: a one-case concern said in a claim, again as "This was a
safeguarding concern ...", and counted again among the section's escalations).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from exporters.draft import escalated
from exporters.draft.claims import Context
from exporters.draft.safety import safety_criteria
from exporters.draft.trace import traced
from exporters.draft.wording import wording_table
from exporters.draft.words import number_text
from exporters.model import Sentence
from store.models import counted

OPEN = "needs-escalation"


@cache
def _wording() -> dict[str, Any]:
    return wording_table("coverage.toml")


def _say(ctx: Context, kind: str, what: str, **fill: str) -> str:
    """One of the wordings of `kind` ("made", "open"), filled in, not yet said in the
    report where one is left; in an area's section, one of the further wordings
    (`coverage.toml` "made_more", "open_more") where each of the first is said, but for
    its count, in another area's already (issue 15: seven areas, five wordings)."""
    w = _wording()["escalations"]
    filled = [o.format(**fill) for o in w[kind]]
    key = (ctx.key, what)
    said = ctx.voice.choose(filled, *key, openings=ctx.openings, distinct=True)
    if said is None:
        more = [o.format(**fill) for o in w[f"{kind}_more"]]
        said = ctx.voice.choose(more, *key, openings=ctx.openings, distinct=True)
    return said or ctx.voice.choose(filled, *key, openings=ctx.openings) or filled[0]


@dataclass
class Escalations:
    """The safeguarding concerns escalated in a section's cases: the cases (numbers), the
    ones still open, and each escalated record's criteria."""

    cases: set[int] = field(default_factory=set)
    open: set[int] = field(default_factory=set)
    records: list[int] = field(default_factory=list)

    def criteria(self, ctx: Context) -> set[str]:
        """The criteria the escalated records are about."""
        return {c for i in self.records for c in ctx.data.crits[i]}


def escalations(ctx: Context) -> Escalations:
    """The escalations recorded on the section's cases (a concern recorded about an
    area rather than a case counts towards its criteria, not its cases)."""
    d = ctx.data
    out = Escalations()
    for i, status in sorted(d.escalations.items()):
        if not ctx.pool.holds_concern(i):  # each said in one section (`judgementpool`)
            continue
        out.records.append(i)
        k = d.case[i]
        if k:
            out.cases.add(k)
            if status == OPEN:
                out.open.add(k)
    return out


# A note saying the court did not hear of a risk ("court not told of the police call-out",
# "never shared with the court", "the court was unaware").
_COURT_NOT_TOLD = re.compile(
    r"\bcourt\b[^.;]{0,40}\b(?:not|never|unaware|wasn't|was not)\b"
    r"|\b(?:not|never)\b[^.;]{0,40}\b(?:to|with) the court\b",
    re.IGNORECASE,
)


def safety_in_doubt(ctx: Context, criterion: str) -> bool:
    """Whether an area section's own evidence speaks against what a strength on keeping
    children safe means for children (tester 33's A13: "This means that courts hear about
    risks to children in time to act on them" in the one area where inspectors escalated
    two concerns, one a risk the court had not heard of): inspectors escalated a
    safeguarding concern on one of its cases, or one of its development notes on keeping
    children safe says the court was not told.  The share the claim gives stands; only the
    sentence on its impact goes (`impact.impact_sentence`)."""
    if not ctx.pool.areas or criterion not in safety_criteria(ctx.data.framework):
        return False
    if escalations(ctx).cases:
        return True
    d = ctx.data
    notes = [i for c in safety_criteria(d.framework) for i in ctx.pool.records(c, "development")]
    texts = d.texts(notes)
    return any(_COURT_NOT_TOLD.search(texts[i].text) for i in notes)


def escalation_sentences(
    ctx: Context, esc: Escalations, drafting: Collection[str] = ()
) -> list[Sentence]:
    """The section's concerns said as what happened (`Context.told`), then how many of
    its other cases inspectors escalated to senior managers for safeguarding concerns,
    and how many were still open, by count alone: no detail of any case or child.  A
    case whose concern a sentence has said already (`Context.escalations_said`) is
    not counted again; the rest are then "other cases".  `drafting`: the criteria the
    section drafts claims on (a claim on another criterion says nothing here).  The
    marker for the concerns still open counts the cases the count said, or names the
    section's whole number (tester 13: "five cases ... three of these had been
    escalated" then "[three of these are not yet recorded as escalated]")."""
    from exporters.draft.concerns import sentences as told_sentences  # it reads claims

    told = [t for t in ctx.told if t.case in esc.cases]
    said = ctx.escalations_said | {t.case for t in told}
    rest = esc.cases - said - _claims_to_say(ctx, esc, drafting)
    out = told_sentences(ctx, told, len(rest))
    ctx.escalations_said.update(t.case for t in told)
    out += _counted(ctx, esc, rest, other=bool(said & esc.cases))
    k = len(esc.open)
    if not k:
        return out
    n = len(esc.cases)
    if n == 1 or (rest and esc.open <= set(rest)):  # the count just said holds them all
        n = len(rest) or n
        waiting = ("this concern is" if n == 1 else "one of these is" if k == 1
                   else f"{number_text(k)} of these are")  # fmt: skip
    else:
        waiting = (f"{number_text(k)} of the {number_text(n)} cases with safeguarding concerns "
                   f"in this section {'is' if k == 1 else 'are'}")  # fmt: skip
    text = _wording()["escalations"]["marker"].format(waiting=waiting,
                                                      them="it" if k == 1 else "them")  # fmt: skip
    basis = f"Safeguarding concerns recorded on {counted(n, 'case')}; {k} not yet escalated"
    return [*out, Sentence(text=text, role="placeholder", basis=basis)]


def _claims_to_say(ctx: Context, esc: Escalations, drafting: Collection[str]) -> set[int]:
    """The escalated cases a claim not yet drafted will say were a safeguarding concern
    (`escalated.stated`: in a section graded below good, a weakness on a criterion
    outside safeguarding whose cases against carry the concern), so that the count,
    drafted before it where the weaknesses come first, leaves them to it."""
    d = ctx.data
    grade = ctx.grade
    if grade is None or d.framework.grade(grade).rank <= escalated.GOOD_RANK:
        return set()
    out: set[int] = set()
    for c in esc.criteria(ctx):
        if c in ctx.stated or c not in drafting or escalated.safeguarding(ctx.pool, c):
            continue
        claim = ctx.pool.claim(c)
        if claim is None or not claim.by_cases:
            continue
        if escalated.kept(ctx.pool, claim).lean == "against":
            out.update(ctx.pool.escalated(c))
    return out


def _counted(ctx: Context, esc: Escalations, rest: Collection[int], other: bool) -> list[Sentence]:
    """The count of the escalated cases `rest` ("two other cases" after a sentence that
    said one of the section's concerns)."""
    n = len(rest)
    if not n:
        return []
    cases = f"{number_text(n)}{' other' if other else ''} case{'' if n == 1 else 's'}"
    k = len(esc.open & set(rest))
    if not k:
        text = _say(ctx, "made", "escalations", cases=cases)
    else:
        text = _say(ctx, "open", "escalations", cases=cases, done=_escalated_so_far(n, n - k))
    basis = (f"Safeguarding concerns recorded on {n} case{'' if n == 1 else 's'}"
             f"{' not said in another sentence' if other else ''}; "
             f"{k} not yet escalated (needs escalation)")  # fmt: skip
    records = [i for i in esc.records if ctx.data.case[i] in rest]
    s = traced(text, records, ctx.data, role="fixed", basis=basis, with_excerpts=False)
    s.case_refs = []  # counts only: the comment names no case
    s.evidence_ids = []
    ctx.escalations_said.update(rest)
    return [s]


def _escalated_so_far(n: int, done: int) -> str:
    """How many of `n` cases' concerns the file records as escalated: "two of these had
    been escalated", "none had yet been escalated", or, of one case, "they had not yet been
    escalated" (every frame speaks of the concerns in it, plural)."""
    if done == 0:
        return "they had not yet been escalated" if n == 1 else "none had yet been escalated"
    return f"{number_text(done)} of these had been escalated"
