"""A section's opening sentence: a headline its own tallies bear out, or the judgement.

A headline states findings ("capable leaders provide effective oversight"), so it is
chosen only where the section's evidence bears out every finding it states
(`drafting.toml`, [headlines]): each criterion listed as a strength leans for in the
section, each weakness leans against, each mixed one has evidence on both sides.
"@practice" is the section's claims about practice with cases taken together, "@areas"
the grades of the visited areas.  A criterion needs the framework's `material_cases`
records or cases at least: one manager's word is not a finding.  Where no headline is borne out, the section opens
with the judgement itself ("Inspectors judged practice in private law cases to be
good."), which says no more than the grade; a headline that the section's own findings
contradict is never written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exporters.draft.claims import Context
from exporters.draft.words import Headline

PRACTICE = "@practice"
AREAS = "@areas"
# "Practice is effective": at least twice as many practice findings for as against.
STRONG_RATIO = 2
# "Quality varies": the smaller side at least a third of the larger.
MIXED_RATIO = 3


@dataclass(frozen=True)
class Finding:
    """Which way the section's evidence goes on one thing a headline may state."""

    pos: int
    neg: int
    line: str  # the tally as the comment and the QA view show it

    def bears(self, side: str) -> bool:
        """Whether the evidence bears out stating this as a strength, a weakness or mixed."""
        if side == "strengths":
            return self.pos > 0 and self.pos >= STRONG_RATIO * self.neg
        if side == "weaknesses":
            return self.neg > 0 and self.neg >= self.pos
        return min(self.pos, self.neg) > 0 and MIXED_RATIO * min(self.pos, self.neg) >= max(
            self.pos, self.neg
        )


@dataclass(frozen=True)
class Opening:
    """The chosen opening: its text, the tallies it rests on, and the criteria named."""

    text: str
    lines: tuple[str, ...]
    criteria: tuple[str, ...]
    judged_only: bool


def finding(ctx: Context, token: str, area_grades: Sequence[int]) -> Finding | None:
    """The section's evidence on a criterion, on its practice, or on its areas' grades
    (ranks: 1 outstanding ... 4 inadequate); None when there is none."""
    if token == PRACTICE:
        claims = [c for c in ctx.pool.claims() if c.theme == "practice" and c.by_cases]
        pos = sum(c.lean == "for" for c in claims)
        neg = len(claims) - pos
        if not claims:
            return None
        return Finding(pos, neg, f"Practice findings: {pos} lean for, {neg} against")
    if token == AREAS:
        if not area_grades:
            return None
        good = sum(r <= 2 for r in area_grades)
        below = len(area_grades) - good
        return Finding(good, below, f"Areas visited: {good} good or better, {below} below good")
    claim = ctx.pool.claim(token)
    # A headline states a finding of the section, not one record's view of it.
    if claim is None or claim.tally.weight < ctx.data.rules.material_cases:
        return None
    # The claim's own verdict, as counts: one side, or (balanced) both, the larger first.
    lean_for = claim.lean == "for"
    if claim.direction == "balanced":
        pos, neg = (2, 1) if lean_for else (1, 2)
    else:
        pos, neg = (1, 0) if claim.direction == "for" else (0, 1)
    return Finding(pos, neg, claim.tally.line(claim.by_cases))


def borne_out(
    ctx: Context, headline: Headline, area_grades: Sequence[int] = ()
) -> tuple[str, ...] | None:
    """The tallies a headline rests on, or None when the section does not bear out
    every finding it states."""
    lines: list[str] = []
    for side, tokens in (
        ("strengths", headline.strengths),
        ("weaknesses", headline.weaknesses),
        ("mixed", headline.mixed),
    ):
        for token in tokens:
            f = finding(ctx, token, area_grades)
            if f is None or not f.bears(side):
                return None
            lines.append(f.line)
    return tuple(lines) if lines else None


def opening(
    ctx: Context, kind: str, grade: str, area_grades: Sequence[int] = (), *, disputed: bool = False
) -> Opening:
    """The section's opening for a settled grade: a headline the section bears out
    (chosen by the report's voice, so openings vary), or the judgement itself, always
    where the section's evidence disagrees with its grade (`disputed`): a headline in
    the grade's words would paper over what the lead must settle."""
    d = ctx.data
    w = d.words
    law = {"private": "private law", "public": "public law"}.get(kind, "")
    fill = {"area": ctx.area, "place": ctx.place, "law": law, "org": d.inspection.organisation}
    options = w.headlines.get(kind, w.headlines["leadership"]).get(grade, ())
    borne: dict[str, tuple[Headline, tuple[str, ...]]] = {}
    for h in () if disputed else options:
        lines = borne_out(ctx, h, area_grades)
        if lines is not None:
            borne[h.text.format(**fill)] = (h, lines)
    said = None
    if borne:
        texts = list(borne)
        said = ctx.voice.choose(texts, ctx.key, "headline", openings=ctx.openings, distinct=True)
    if said is not None:
        h, lines = borne[said]
        named = tuple(t for t in (*h.strengths, *h.weaknesses, *h.mixed) if not t.startswith("@"))
        return Opening(said, lines, named, judged_only=False)
    # No headline is borne out, or each one borne out is already said in another
    # section: the judgement itself.
    j = w.headline_judged
    what = j["what"].get(kind, j["what"]["leadership"]).format(**fill)
    judged = j["judged"][grade]
    texts = [t.format(what=what, What=what[:1].upper() + what[1:], judged=judged)
             for t in j["sentence"]]  # fmt: skip
    text = ctx.voice.must(texts, ctx.key, "headline")
    return Opening(text, (), (), judged_only=True)
