"""The line a national judgement's section gives to the criteria it weighs but another
section says (`judgementpool`: a criterion two judgements share is said by the first
listed whose section counts the same cases).  Under the 2013 framework, the quality of
practice's section weighs late checks, children not seen and information sharing,
which the safeguarding section reports: it says so once, naming them and which way
they went, and never states them again (tester 13's F14)."""

from __future__ import annotations

from exporters.draft.agreement import GradeCheck
from exporters.draft.claims import Context
from exporters.draft.coverage import join_nouns
from exporters.draft.judgementpool import owner
from exporters.draft.tallies import Claim, Pool
from exporters.model import Paragraph, Sentence
from store.framework import JudgementDef

# Which way a claim leans, as the line names its findings (the order they are said in).
_SIDES = ("against", "for")


def reported_line(
    ctx: Context, weighed: Pool, jdef: JudgementDef, paras: list[Paragraph],
    check: GradeCheck | None = None,
) -> None:  # fmt: skip
    """End the section's findings with one sentence naming the criteria its grade is
    weighed on that another section reports (with material evidence in `weighed`), by
    the side they went, and that section: "The weaknesses found in initial risk
    assessment and seeing children and seeing them alone, reported in the section on
    safeguarding and promoting the welfare of children, also weigh in this judgement."
    Nothing where the section says every criterion it weighs.  Where the section's
    grade `check` disagrees because of them (its criteria among theirs, or the whole
    section's balance and they lean the way that disagrees), the line is flagged
    "disagrees with the grade", as `sections.flag_disagreeing` flags a claim."""
    d = ctx.data
    owners: dict[str, list[Claim]] = {}
    by_owner: dict[str, JudgementDef] = {}
    for c in weighed.claims():
        other = owner(d.framework, d.words, jdef, c.criterion)
        if other is not None:
            owners.setdefault(other.id, []).append(c)
            by_owner[other.id] = other
    order = d.criterion_rank
    for jid, claims in owners.items():
        claims.sort(key=lambda c: order.get(c.criterion, len(order)))
        sentence = _line(ctx, by_owner[jid], claims)
        if _disputed_by(check, claims):
            sentence.flags = ["disagrees with the grade"]
        if not paras:
            paras.append(Paragraph(theme="practice", sentences=[sentence]))
            continue
        last = paras[-1]
        paras[-1] = last.model_copy(update={"sentences": [*last.sentences, sentence]})


def _disputed_by(check: GradeCheck | None, claims: list[Claim]) -> bool:
    """Whether the grade check's disagreement rests on these claims."""
    if check is None or check.agrees:
        return False
    if check.criteria:
        return not set(check.criteria).isdisjoint(c.criterion for c in claims)
    contrary = "against" if check.weaker else "for"
    return any(c.lean == contrary for c in claims)


def _line(ctx: Context, other: JudgementDef, claims: list[Claim]) -> Sentence:
    d = ctx.data
    text = d.words.text
    parts = []
    for side in _SIDES:  # by the side each leans to (a balanced claim's larger side)
        nouns = [c.words.noun for c in claims if c.lean == side]
        # A noun with "and" of its own last ("information sharing and seeing children
        # and seeing them alone", not "seeing children and seeing them alone and ...").
        nouns.sort(key=lambda n: " and " in n)
        if nouns:
            parts.append(text[f"shared_{side}"].format(nouns=join_nouns(nouns)))
    findings = " and ".join(parts)
    section = other.title[:1].lower() + other.title[1:] if other.title[1:2].islower() else (
        other.title)  # fmt: skip
    said = text["shared_reported"].format(findings=findings, section=section)
    basis = f"Weighed in this judgement, reported under {other.id}: " + "; ".join(
        f"{c.criterion}: {c.tally.line(c.by_cases)}" for c in claims
    )
    return Sentence(
        text=said[:1].upper() + said[1:], role="fixed", basis=basis,
        criteria=[c.criterion for c in claims],
    )  # fmt: skip
