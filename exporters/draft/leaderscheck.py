"""The grade check of a section weighed by its aspects rather than by cases (national
leadership: issue 15, tester 31's A17: "The leadership of Cafcass Marches Service is not
yet consistently good, although of the four aspects of its work that inspectors
evaluated, three are strengths and one is a weakness", then praise; no marker, no
warning, although the README promises one where strengths dominate a grade requiring
improvement).

Why no check fired: `agreement.grade_check` weighs findings on practice in cases, and a
leadership section has none, so it was never checked at all.  Here its aspects are
weighed as its opening counts them (`headlines.balance`: a mixed aspect half on each
side), by the same bounds of the grade's descriptor (`drafting.toml` [grade_check]
`min_findings_against`: below good, strengths dominating) with a margin of one aspect
(`aspects_check`).  Only on enough evidence: where the section's records about the
service are fewer than the framework's `min_service_records` for each aspect it weighs
(tester 31's five notes behind four aspects), the aspects cannot confirm or dispute the
grade, so no marker; the margin of the opening says so instead (`mark_thin`), with how
the aspects lean, and the opening is flagged a small sample.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporters.draft.agreement import GradeCheck, grade_rules
from exporters.draft.claims import Context
from exporters.draft.headlines import ASPECTS, balance
from exporters.draft.words import number_text
from exporters.model import Paragraph

MARGIN = 2  # one aspect, in the doubled counts of `headlines.balance`


@dataclass(frozen=True)
class AspectsCheck(GradeCheck):
    """A grade check on a section's aspects (`aspects_check`): `findings_for` and
    `findings_against` are the doubled counts of `headlines.balance`."""

    records: int = 0  # the records about the service behind the section's claims

    def line(self) -> str:
        """The counts behind the check, for the comment and the QA view."""
        n = self.findings_for + self.findings_against
        return (f"{self.findings_against / 2:g} of the {n / 2:g} aspects the section states "
                f"lean to the weakness (a mixed one half each way), on {self.records} "
                "records about the service")  # fmt: skip


def _records(ctx: Context) -> int:
    """The records about the service behind the section's claims."""
    seen: set[int] = set()
    for c in ctx.pool.claims():
        seen.update(c.tally.wide_pos, c.tally.wide_neg, c.tally.hedged)
    return len(seen)


def _aspects(ctx: Context) -> tuple[int, int] | None:
    """The section's aspects, doubled (`headlines.balance`), where it is weighed by them."""
    found = balance(ctx, "leadership")
    if found is None or found.said != ASPECTS:
        return None
    return found.pos, found.neg


def thin(ctx: Context) -> bool:
    """Whether the section's records about the service are too few to weigh its grade:
    fewer than the framework's `min_service_records` for each aspect it states."""
    got = _aspects(ctx)
    if got is None:
        return False
    aspects = (got[0] + got[1]) // 2
    return _records(ctx) < ctx.data.rules.min_service_records * aspects


def aspects_check(ctx: Context, grade: str | None) -> GradeCheck | None:
    """Whether a section weighed by its aspects agrees with `grade`: below good, not
    where strengths dominate its aspects beyond the descriptor's bound by one aspect
    (`min_findings_against`); good or better, not where weaknesses pass its bound by one
    aspect (`max_findings_against`); None with no grade, no aspects, too few of them
    (`[grade_check] min_findings`) or thin evidence (`thin`), except a grade above
    aspects whose weaknesses dominate it: thin evidence cannot confirm a lower grade, but
    a good grade over eight weak aspects of eleven is the slip a lead most needs caught
    (tester 34, F15: 16 records behind 11 aspects, so nothing was said)."""
    got = _aspects(ctx)
    if not grade or got is None:
        return None
    scant = thin(ctx)
    pos, neg = got
    rules = grade_rules()
    if (pos + neg) // 2 < rules.min_findings:
        return None
    rank = ctx.data.framework.grade(grade).rank
    rule = rules.by_rank.get(rank)
    bound = rule.min_findings_against if rule is not None else 0.0
    ceiling = rule.max_findings_against if rule is not None else 1.0
    stronger = bound > 0 and (neg + MARGIN) / (pos + neg) < bound
    # Good or better with weaknesses dominating its aspects (tester 34, F15: leadership
    # graded good with eight of its eleven aspects weaknesses, and nothing said).
    weaker = ceiling < 1 and (neg - MARGIN) / (pos + neg) > ceiling
    n = number_text((pos + neg) // 2)
    what = ""
    if stronger:
        what = ctx.data.words.text["disagreement_aspects_strengths"].format(
            k=number_text(pos // 2), n=n
        )
    elif weaker:
        what = ctx.data.words.text["disagreement_aspects_weaknesses"].format(
            k=number_text(neg // 2), n=n
        )
    if scant:  # thin evidence: only a grade above weak aspects is marked
        if not weaker:
            return None
        stronger = False
    reason = "strengths" if stronger else "findings" if weaker else ""
    return AspectsCheck(grade, pos, neg, 0, 0, "", 0, 0, not (stronger or weaker), what,
                        reason, records=_records(ctx))  # fmt: skip


def mark_thin(ctx: Context, paras: list[Paragraph]) -> None:
    """Where the section's evidence is thin (`thin`), its opening's margin says so, and
    how its aspects lean beside the grade, and the opening is flagged a small sample."""
    if not thin(ctx):
        return
    got = _aspects(ctx)
    first = next((s for p in paras for s in p.sentences if s.role == "headline"), None)
    if got is None or first is None:
        return
    pos, neg = got
    line = ctx.data.words.text["thin_aspects"].format(
        records=_records(ctx), n=(pos + neg) // 2, least=ctx.data.rules.min_service_records,
        strong=f"{pos / 2:g}", weak=f"{neg / 2:g}",
    )  # fmt: skip
    first.basis = f"{first.basis}; {line}" if first.basis else line
    first.flags = list(dict.fromkeys([*first.flags, "small sample"]))
