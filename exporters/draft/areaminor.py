"""An area graded good or better states its recurring minor weaknesses (the independent
tester's audit after session 19, A9).

The real report says, even of a strong area, what could be better "in a small number of
cases", in a clause or sentence of its own, in proportion to the grade.  The tally rule
keeps a side off a claim below the framework's `material_share` of its cases
(`tallies.material`), so two cases of 22 without a letter about the court's decision
left "almost all cases show that families receive the information they need" and
nothing else: an outstanding area with a recurring weakness said none.

Here an area graded good or better, whose evidence agrees with its grade, has its
best-evidenced recurring weaknesses said with their strength ("In almost all cases ...,
although in a small number, ..."): each on the framework's `material_cases` or more of
its cases against, on a claim about cases that would be said one way only, the most
cases against first (a case graded below good counting twice, as `weakchoice.weight`
does), up to the grade's number in `drafting.toml` [minor_weaknesses_stated]
(outstanding: isolated weaknesses, one; good: some, two), less the weaknesses of that
weight the section already has to say.  Never more than the grade allows, never none
where a weakness recurs.

A weakness whose notes the inspector marked minor is said as minor (`said_as_minor`;
tester 21's A6: "Minor: case plan not updated ... Otherwise strong file." on six of an
outstanding area's seven cases read "six of the seven cases ... show that case records
are not kept well enough").
"""

from __future__ import annotations

from functools import cache

from exporters.draft.agreement import GradeCheck
from exporters.draft.claims import Context
from exporters.draft.data import GOOD_RANK
from exporters.draft.tallies import Claim, Pool
from exporters.draft.wording import wording_table
from exporters.draft.words import number_text
from exporters.model import Paragraph, Sentence


@cache
def allowance() -> dict[str, int]:
    """How many recurring weaknesses an area of each grade says at least, where its
    evidence has them (`drafting.toml` [minor_weaknesses_stated])."""
    raw = wording_table("drafting.toml")
    return {k: int(v) for k, v in raw.get("minor_weaknesses_stated", {}).items()}


def _against(pool: Pool, claim: Claim) -> int:
    """The cases against a claim, a case graded below good on it counted twice."""
    graded = pool.data.graded_weak.get(claim.criterion, set())
    return len(claim.tally.neg) + len(graded.intersection(claim.tally.neg))


def minor_weaknesses(pool: Pool, grade: str | None, check: GradeCheck | None) -> frozenset[str]:
    """The criteria whose weakness an area section (`pool`) graded `grade` says beside
    its strength, where its claim would say the strength alone: see the module's
    docstring.  Empty for a national section, a grade below good, or a grade the
    evidence disagrees with (every material weakness is said then)."""
    d = pool.data
    if not pool.areas or not grade or (check is not None and not check.agrees):
        return frozenset()
    ranks = {g.code: g.rank for g in d.framework.grades}
    if ranks.get(grade, GOOD_RANK + 1) > GOOD_RANK:
        return frozenset()
    least = d.rules.material_cases
    claims = [c for c in pool.claims() if c.by_cases and len(c.tally.neg) >= least]
    said = sum(c.direction != "for" for c in claims)
    room = allowance().get(grade, 0) - said
    if room <= 0:
        return frozenset()
    hidden = [c for c in claims if c.direction == "for"]
    hidden.sort(key=lambda c: (-_against(pool, c), -len(c.tally.neg) / c.tally.views, c.criterion))
    return frozenset(c.criterion for c in hidden[:room])


def marked_minor(text: str, rules: dict[str, list[str]]) -> bool:
    """Whether a note's words mark it minor (`failures.toml` [minor])."""
    low = " ".join(text.lower().split())
    return any(low.startswith(x) for x in rules["opens"]) or any(x in low for x in rules["holds"])


def said_as_minor(ctx: Context, paras: list[Paragraph]) -> None:
    """Say as minor, in an area section, each weakness about cases whose cases against
    carry notes on it that the inspector marked minor, and none that is not (tester 21's
    A6): every case against, "although inspectors judged each of these shortfalls
    minor"; at least half, with their count (`failures.toml` [minor]); a balanced
    claim where its sentence ends on the shortfalls."""
    if not ctx.pool.areas:
        return
    rules = wording_table("failures.toml")["minor"]
    for p in paras:
        for s in p.sentences:
            if s.role != "claim" or len(s.criteria) != 1 or not _ends_weak(ctx, s):
                continue
            claim = ctx.pool.claim(s.criteria[0])
            if claim is None or not claim.by_cases or len(claim.tally.neg) < 2:
                continue
            n = _minor_cases(ctx, claim, rules)
            against = len(claim.tally.neg)
            if 2 * n < against:
                continue
            tail = rules["all"] if n == against else rules["some"].format(n=number_text(n))
            body, mark = s.text, ""
            if body.endswith("]") and " [" in body:
                body, mark = body[: body.rindex(" [")], body[body.rindex(" [") :]
            s.text = f"{body.rstrip('.')}, {tail}.{mark}"
            s.basis = f"{s.basis}; {n} of the {against} cases against: notes marked minor"


def _ends_weak(ctx: Context, s: Sentence) -> bool:
    """Whether a claim's sentence says its weakness last: a weakness, or a balanced
    claim whose side against ends it (`Context.ends`), so that the words on minor
    shortfalls follow the shortfalls."""
    if s.direction == "balanced":
        return ctx.ends.get(s.criteria[0]) == "against"
    return s.direction == "against"


def _minor_cases(ctx: Context, claim: Claim, rules: dict[str, list[str]]) -> int:
    """The cases against a claim whose development notes on its criterion are all marked
    minor."""
    d = ctx.data
    notes: dict[int, list[int]] = {}
    for i in ctx.pool.records(claim.criterion, "development"):
        if d.case[i] in claim.tally.neg:
            notes.setdefault(d.case[i], []).append(i)
    texts = d.texts([i for rs in notes.values() for i in rs])
    return sum(
        1 for case in claim.tally.neg
        if notes.get(case) and all(marked_minor(texts[i].text, rules) for i in notes[case])
    )  # fmt: skip
