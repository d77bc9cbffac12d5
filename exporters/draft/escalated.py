"""A safeguarding concern inspectors escalated is never balanced away (tester 12, claim 13).

A case counted against a criterion whose own note on it carries a safeguarding concern
that inspectors escalated to senior managers (or found to escalate) is not weighed
level with a single case for it (`kept`, `Pool.escalated`): "Of the two cases
..., one shows that partners are not told promptly what they need to know, but one that
information is shared well" reduced a child's disclosure not shared with the local
authority for five weeks to a one-to-one balance.  The claim is said as its weakness
("In one of the two cases ..., partners are not told promptly what they need to know"),
and, in a section graded below good, the sentence after it says that this was a
safeguarding concern and what inspectors did (`stated`; wording: drafting.toml [text]
`escalated_*`).  On a safeguarding criterion the claim already says so, and the
section's own sentence on escalations (`coverage.escalation_sentence`) counts the
cases.  Two cases for or more are a balance, said as one.
"""

from __future__ import annotations

from dataclasses import replace

from exporters.draft.areaweak import weak_side
from exporters.draft.tallies import Claim, Pool
from exporters.draft.words import number_text
from exporters.model import Sentence

SAFEGUARDING_GROUP = "SW"  # as `coverage.SAFEGUARDING_GROUP`
OPEN = "needs-escalation"  # as `coverage.OPEN`
GOOD_RANK = 2


def kept(pool: Pool, claim: Claim) -> Claim:
    """The claim said as its weakness where a case against it carries a safeguarding
    concern inspectors escalated (or found to escalate) and one case at most goes for
    it: never a one-to-one balance; and, in an area graded below good, its leaders'
    oversight of the work where its strengths are not the majority
    (`areaweak.weak_side`).  Else the claim as it is."""
    if claim.direction != "balanced" or not claim.by_cases:
        return claim
    if len(claim.tally.pos) > 1 or not pool.escalated(claim.criterion):
        return weak_side(pool, claim)
    return replace(claim, direction="against", lean="against")


def safeguarding(pool: Pool, criterion: str) -> bool:
    """Whether a criterion is one of the framework's safeguarding group."""
    try:
        return pool.data.framework.criterion(criterion).group == SAFEGUARDING_GROUP
    except KeyError:
        return False


def stated(
    pool: Pool, claim: Claim, grade: str | None, sentence: Sentence | None,
    said: set[int] | None = None,
) -> Sentence | None:  # fmt: skip
    """The claim's sentence and, in a section graded below good where cases against it
    carry safeguarding concerns, what they were: "This was a safeguarding concern, which
    inspectors escalated to senior managers." (a claim on a safeguarding criterion says
    so itself).  `said`: the section's cases whose escalation a sentence has said
    already (none is said twice, and the next says its own as further concerns), to
    which these cases are added."""
    if sentence is None or grade is None or claim.lean != "against" or not claim.by_cases:
        return sentence
    if pool.data.framework.grade(grade).rank <= GOOD_RANK or safeguarding(pool, claim.criterion):
        return sentence
    held = set() if said is None else said
    found = {k: v for k, v in pool.escalated(claim.criterion).items() if k not in held}
    if not found:
        return sentence
    # Where a sentence of the section has said its cases' concerns already, these are
    # further concerns ("One of these cases also carried ..."), never the same sentence
    # again (tester 21, A10: "In one of these cases, this was a safeguarding concern,
    # ..." twice, back to back, of different cases).
    again = bool(held)
    held.update(found)
    w = pool.data.words.text
    n = len(found)
    how = "escalated" if OPEN not in found.values() else "escalated_open"
    how += "_also" if again else ""
    which = "one" if len(claim.tally.neg) == 1 else "each" if n == len(claim.tally.neg) else "some"
    said_n = w[f"{how}_{which}"].format(n=number_text(n), N=number_text(n).capitalize())
    if claim.direction == "balanced":  # "these cases" after both sides: which? (tester 27's A9)
        said_n = said_n.replace("these cases", w["escalated_balanced_these"])
        if said_n.startswith("This "):
            said_n = f"{w['escalated_balanced_this']} {said_n[5:]}"
    sentence.text = f"{sentence.text} {said_n}"
    sentence.basis += (
        f"; a safeguarding concern recorded on {n} of the cases against it "
        f"({sum(s != OPEN for s in found.values())} escalated), never weighed level with one case for"
    )
    return sentence
