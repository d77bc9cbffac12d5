"""A section's opening sentence: a headline its own tallies bear out, or the balance of
its findings.

A headline states findings ("capable leaders provide effective oversight"), so it is
chosen only where the section's evidence bears out every finding it states
(`drafting.toml`, [headlines]): each criterion listed as a strength leans for in the
section, each weakness leans against, each mixed one has evidence on both sides.
"@practice" is the section's claims about practice with cases taken together, "@areas"
the grades of the visited areas.  A criterion needs the framework's `material_cases`
records or cases at least: one manager's word is not a finding.

Words of balance match the balance: "mostly" (a strength headline, or "most aspects")
needs one side at least `MOSTLY` times the other; "variable" or "mixed" needs neither
side to be that far ahead, so a section whose findings are four for and eleven against
is mostly weak, never "variable".  Where no headline is borne out, or where the
section's evidence disputes the grade, the section opens with the balance of its
findings in those words ([headline_judged] balance: "Inspectors found weaknesses in
most aspects of ..."), never with the judgement alone, which would only repeat the
heading above it; a section with no finding at all opens with a bracketed placeholder
for the lead.  A headline that the section's own findings contradict is never written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exporters.draft.claims import Context
from exporters.draft.words import Headline

PRACTICE = "@practice"
AREAS = "@areas"
# "Mostly" one way: that side at least twice the other.  Neither side so far ahead:
# "mixed", "variable".
MOSTLY = 2
# The balance of a section's findings is said only of this many findings at least (of
# two areas, for the local services): "most aspects" of one or two is not a balance.
MIN_FINDINGS = 3
MIN_AREAS = 2


@dataclass(frozen=True)
class Finding:
    """Which way the section's evidence goes on one thing a headline may state."""

    pos: int
    neg: int
    line: str  # the tally as the comment and the QA view show it

    def bears(self, side: str) -> bool:
        """Whether the evidence bears out stating this as a strength, a weakness or mixed."""
        if side == "strengths":
            return self.balance() == "strong"
        if side == "weaknesses":
            return self.neg > 0 and self.neg >= self.pos
        return self.pos > 0 and self.neg > 0 and self.balance() == "mixed"

    def balance(self) -> str:
        """ "strong" (mostly for), "weak" (mostly against) or "mixed" (neither side
        `MOSTLY` times the other)."""
        if self.pos > 0 and self.pos >= MOSTLY * self.neg:
            return "strong"
        if self.neg > 0 and self.neg >= MOSTLY * self.pos:
            return "weak"
        return "mixed"


@dataclass(frozen=True)
class Opening:
    """The chosen opening: its text, the tallies it rests on, the criteria named, and
    whether it is a stock headline (not the balance of the findings, nor a placeholder
    for the lead: `placeholder`)."""

    text: str
    lines: tuple[str, ...]
    criteria: tuple[str, ...]
    headline: bool
    placeholder: bool = False


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
        if len(area_grades) < MIN_AREAS:
            return None  # one area's grade is no picture of local services
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
    (chosen by the report's voice, so openings vary), or the balance of its findings
    (`balance_opening`), always where the section's evidence disagrees with its grade
    (`disputed`): a headline in the grade's words would paper over what the lead must
    settle."""
    d = ctx.data
    fill = _fill(ctx, kind)
    options = d.words.headlines.get(kind, d.words.headlines["leadership"]).get(grade, ())
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
        return Opening(said, lines, named, headline=True)
    # No headline is borne out, or each one borne out is already said in another
    # section: the balance of the section's findings.
    return balance_opening(ctx, kind, area_grades)


def _fill(ctx: Context, kind: str) -> dict[str, str]:
    law = {"private": "private law", "public": "public law"}.get(kind, "")
    org = ctx.data.inspection.organisation
    return {"area": ctx.area, "place": ctx.area, "law": law, "org": org}


def balance(ctx: Context, kind: str, area_grades: Sequence[int] = ()) -> Finding | None:
    """Which way the section's findings go, taken together: its areas' grades for the
    local services, else its findings on practice, else every finding it rests on
    enough evidence for (`material_cases`); None when there are too few to speak of a
    balance (`MIN_FINDINGS`, `MIN_AREAS`)."""
    if kind == "local" and area_grades:
        return finding(ctx, AREAS, area_grades)
    found = finding(ctx, PRACTICE, area_grades)
    if found is None:
        least = ctx.data.rules.material_cases
        claims = [c for c in ctx.pool.claims() if c.tally.weight >= least]
        pos = sum(c.lean == "for" for c in claims)
        found = Finding(
            pos, len(claims) - pos, f"Findings: {pos} lean for, {len(claims) - pos} against"
        )
    return found if found.pos + found.neg >= MIN_FINDINGS else None


def balance_opening(ctx: Context, kind: str, area_grades: Sequence[int] = ()) -> Opening:
    """The opening where no headline is borne out: the balance of the section's
    findings in words that match it ("strengths in most aspects", "strengths and
    weaknesses in similar measure", "weaknesses in most aspects"), which tells the
    reader more than the heading above it; a placeholder for the lead where the
    section has no finding to go by."""
    j = ctx.data.words.headline_judged
    what = j["what"].get(kind, j["what"]["leadership"]).format(**_fill(ctx, kind))
    found = balance(ctx, kind, area_grades)
    if found is None:
        return Opening(j["none"], (), (), headline=False, placeholder=True)
    band = found.balance()
    forms = j["balance_areas" if kind == "local" and area_grades else "balance"][band]
    texts = [t.format(what=what, What=what[:1].upper() + what[1:]) for t in forms]
    text = ctx.voice.must(texts, ctx.key, "headline")
    return Opening(text, (found.line,), (), headline=False)
