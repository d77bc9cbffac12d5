"""Which way a section's evidence goes, and which stock headlines it bears out (the
opening itself, headline or balance: `sectionopening.py`).

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
is mostly weak, never "variable"; "consistently" needs no side against worth stating
and, across the visited areas, none graded below good (`borne_out`).  A headline that
the section's own findings contradict is never written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exporters.draft import escalated, service
from exporters.draft.agreement import practice_findings
from exporters.draft.attributed import is_attributed, said_as
from exporters.draft.claims import Context, claim_records
from exporters.draft.judgementpool import weighing_pool
from exporters.draft.proportion import OUTWEIGHED, in_proportion, weakness_cases
from exporters.draft.subjects import names_usual, subject_of, weakness_words
from exporters.draft.tallies import Claim, Pool, material
from exporters.draft.words import Headline, number_text

OTHER = "other"  # said of another subject than the criterion's (`Finding.said`)
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
    # How the section's body says a finding about the service (`_said`): "mixed" ("a
    # mixed picture of ...") is no strength or weakness for a headline to state;
    # `OUTWEIGHED` is said as the strength, its weakness out of proportion to the grade;
    # `OTHER`: none of its notes speaks of the criterion's usual subject, which a
    # headline would state.
    said: str = ""

    def bears(self, side: str) -> bool:
        """Whether the evidence bears out stating this as a strength, a weakness or mixed."""
        if side == "strengths":
            return self.balance() == "strong" and self.said in ("", "for", OUTWEIGHED)
        if side == "weaknesses":
            return self.neg > 0 and self.neg >= self.pos and self.said in ("", "against")
        mixed = self.pos > 0 and self.neg > 0 and self.balance() == "mixed"
        return mixed and self.said not in (OTHER, OUTWEIGHED)

    def throughout(self, ctx: Context) -> bool:
        """Whether nothing goes against it in a share worth stating (`tallies.material`,
        the framework's `material_cases` and `material_share`: the body would state that
        side), as "consistently" says."""
        return not material(self.neg, self.pos + self.neg, ctx.data.rules)

    def band(self, leaning: float, mostly: float) -> str:
        """The balance in the opening's words ([headline_judged] `bands`): "strong" or
        "weak" (one side at least `mostly` times the other), "leaning_for" or
        "leaning_against" (at least `leaning` times), else "mixed"."""
        big, small = max(self.pos, self.neg), min(self.pos, self.neg)
        if big == small:
            return "mixed"
        side = self.pos > self.neg
        if big >= mostly * small:
            return "strong" if side else "weak"
        if big >= leaning * small:
            return "leaning_for" if side else "leaning_against"
        return "mixed"

    def fine_band(self, band: str, steady: bool = True) -> str:
        """`band` told apart further: "mixed" by which side is ahead ("mixed_for", "even"
        or "mixed_against": a grade's opening weighs the balance against the grade),
        "strong" or "weak" with nothing on the other side ("all_for", "all_against"),
        and "strong" with a side against worth stating ("strong_some", where not
        `steady`: `throughout`), which an outstanding grade's terms never call
        "consistently strong" (tester 12's Area 5: 46 for, 6 against)."""
        if band == "strong" and min(self.pos, self.neg) and not steady:
            return "strong_some"
        if band in ("strong", "weak"):
            return band if min(self.pos, self.neg) else f"all_{'for' if self.pos else 'against'}"
        if band != "mixed":
            return band
        if self.pos == self.neg:
            return "even"
        return "mixed_for" if self.pos > self.neg else "mixed_against"

    def balance(self) -> str:
        """ "strong" (mostly for), "weak" (mostly against) or "mixed" (neither side
        `MOSTLY` times the other)."""
        if self.pos > 0 and self.pos >= MOSTLY * self.neg:
            return "strong"
        if self.neg > 0 and self.neg >= MOSTLY * self.pos:
            return "weak"
        return "mixed"


def finding(ctx: Context, token: str, area_grades: Sequence[int]) -> Finding | None:
    """The section's evidence on a criterion, on its practice, or on its areas' grades
    (ranks: 1 outstanding ... 4 inadequate); None when there is none."""
    if token == PRACTICE:
        pos, neg = practice_findings(weighed(ctx))  # as the grade check counts them
        if not pos + neg:
            return None
        return Finding(pos, neg, f"Case findings on practice: {pos} for, {neg} against")
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
    # A headline states the criterion's usual subject ("leaders ... manage them well"):
    # not where none of its notes speaks of it (`subjects`).
    said = _said(ctx, claim) if names_usual(ctx.data, claim, *claim_records(ctx, claim)) else OTHER
    pos, neg = _sides(claim)
    line = claim.tally.line(claim.by_cases)
    if said == OUTWEIGHED:
        # As the body weighs it (`proportion.in_proportion`): a weakness side resting on
        # fewer cases than `min_cases` counts by its cases, not by its records.
        st, dv = claim_records(ctx, claim)
        neg = min(neg, weakness_cases(ctx.data, dv) or neg)
        cases = f"{number_text(neg)} case{'' if neg == 1 else 's'}"
        line = f"{line}; its weaknesses rest on {cases}, too few to weigh against the grade"
    return Finding(pos, neg, line, said)


def finding_about(ctx: Context, token: str, topic: str) -> Finding | None:
    """The section's evidence on a criterion about the service whose notes speak of a
    particular subject (`topic`, one of its [subjects] in `criteria.toml`: "the
    board's oversight of leaders"), as the body says it (`subjects.subject_of`: the
    subject its sentence names, or one beside it); None where they speak of another
    or the criterion has too few records (tester 25's A5: an outstanding leadership
    whose priorities' notes are about the board's scrutiny opened by counting aspects,
    no stock headline naming what its leaders did)."""
    claim = ctx.pool.claim(token)
    if claim is None or claim.by_cases or claim.tally.weight < ctx.data.rules.material_cases:
        return None
    st, dv = claim_records(ctx, claim)
    chosen = subject_of(ctx.data, claim, st, dv)
    if chosen is None or topic not in (chosen[0].topic, *(x.topic for x in chosen[1])):
        return None
    pos, neg = _sides(claim)
    line = f"{claim.tally.line(claim.by_cases)}; its notes speak of {topic}"
    return Finding(pos, neg, line, _said(ctx, claim))


def weighed(ctx: Context) -> Pool:
    """The pool a section's balance on practice is counted on, as its grade check counts
    it: a national judgement's on every criterion linked to it, those another section
    says included (`judgementpool.weighing_pool`: under the 2013 framework, quality of
    practice weighs seeing children, initial risk assessment and information sharing,
    which the safeguarding section says; without them its opening lost "though not by
    much" and read as strong); any other section's own pool."""
    d = ctx.data
    kind, _sep, rest = ctx.pool.key.partition("|")
    jid = rest.split("|", 1)[0]
    if kind != "judgement" or not jid:
        return ctx.pool
    jdef = next((j for j in d.framework.judgements if j.id == jid), None)
    return ctx.pool if jdef is None or jdef.scope != "national" else weighing_pool(d, jdef)


def _said(ctx: Context, claim: Claim) -> str:
    """How the body will say a finding about the service ("" for one about cases): one
    said as what its sources said (`claims.claim_sentence`), with its hedged notes taken
    from its strengths, is said as its larger side where the other is a minority
    ("... mostly show strengths in ..., although there are a few weaknesses"), and
    "mixed" only near an even split ("a mixed picture of ...": `attributed.said_as`);
    one in its criterion's own words is said the way it leans, a balanced one with a
    caveat ("..., though not yet consistently")."""
    if claim.by_cases:
        return ""
    st, dv = claim_records(ctx, claim)
    if is_attributed(ctx.data, claim, st, dv) or not service.borne_out_enough(ctx, claim, st, dv):
        stood, st, dv = service.standing(ctx, claim, st, dv)
        if stood is None:
            return "none"
        kind = said_as(ctx.data, stood, st, dv)
        # The same proportion rule with the section's grade as the body's
        # (`attributed.attributed_claim`): in a section graded good or better, a weakness
        # side resting on fewer cases than `min_cases` is not set level with the
        # strengths.
        if in_proportion(ctx.data, ctx.grade, kind, st, dv) != kind:
            return OUTWEIGHED
        return "mixed" if kind in ("balanced", "mixed") else kind.removeprefix("mostly_")
    return claim.lean if claim.direction == "balanced" else claim.direction


def outweighed(ctx: Context, claim: Claim) -> bool:
    """Whether the body says a finding about the service as its strength, its weakness
    side out of proportion to the section's grade (`proportion.in_proportion`): no
    weakness for an opening to name, and counted for in its balance."""
    return not claim.by_cases and _said(ctx, claim) == OUTWEIGHED


def weak_topic(ctx: Context, claim: Claim) -> str:
    """What a weakness an opening names is about: what the claim's development notes
    speak of (`subjects.weakness_words`), not its strengths ("weaknesses ... in the
    priorities leaders set" where only the strategy was praised and the weaknesses were
    the pace of improvement)."""
    return weakness_words(ctx.data, claim, claim_records(ctx, claim)[1]).about_what


def _sides(claim: Claim) -> tuple[int, int]:
    """A claim's own counts for and against: its cases, or for a finding said of the
    service its records and the case files it answers to.  A claim its evidence does
    not carry as a strength (`Claim.lean`: the case files go against it) never counts
    as more for than against: two cases for and two against bear out no "timely"."""
    t = claim.tally
    pos, neg = len(t.pos), len(t.neg)
    if not claim.by_cases:
        pos += len(t.wide_pos) + (len(t.files.pos) if t.files else 0)
        neg += len(t.wide_neg) + (len(t.files.neg) if t.files else 0)
    if claim.direction == "for" and not neg:
        pos = max(pos, 1)
    if claim.direction == "against" and not pos:
        neg = max(neg, 1)
    if claim.lean == "against" and pos > neg:
        pos = neg
    return pos, neg


def borne_out(
    ctx: Context, headline: Headline, area_grades: Sequence[int] = (), spread: Sequence[int] = ()
) -> tuple[str, ...] | None:
    """The tallies a headline rests on, or None when the section does not bear out
    every finding it states.  A headline saying its strengths hold throughout
    (`Headline.consistent`: "consistently strong practice") also needs each of them
    with no side against worth stating (`tallies.material`: a third of the case
    findings against is no consistency, however far the strengths outnumber them), and
    no visited area graded below good among `spread`, the grade ranks of the visited
    areas a section spanning them covers (tester 16: "children benefit from
    consistently strong practice" beside an inadequate area)."""
    if headline.consistent and any(r > GOOD for r in spread):
        return None
    lines: list[str] = []
    about = dict(headline.about)
    for side, tokens in (
        ("strengths", headline.strengths),
        ("weaknesses", headline.weaknesses),
        ("mixed", headline.mixed),
    ):
        for token in tokens:
            topic = about.get(token, "")
            f = finding_about(ctx, token, topic) if topic else finding(ctx, token, area_grades)
            if f is None or not f.bears(side):
                return None
            if headline.consistent and side == "strengths" and not f.throughout(ctx):
                return None
            lines.append(f.line)
    return tuple(lines) if lines else None


GOOD = 2  # the rank of a good grade (1 outstanding ... 4 inadequate)


def balance(
    ctx: Context, kind: str, area_grades: Sequence[int] = (), *, areas_judged: bool = False
) -> Finding | None:
    """Which way the section's findings go, taken together: its areas' grades for the
    local services (where any is counted, or `areas_judged`: some were left out), else
    its findings on practice, else every finding the section states; None when there
    are too few to speak of a balance (`MIN_FINDINGS`, `MIN_AREAS`)."""
    if kind == "local" and (area_grades or areas_judged):
        return finding(ctx, AREAS, area_grades)
    found = finding(ctx, PRACTICE, area_grades)
    if found is not None:
        return found if found.pos + found.neg >= MIN_FINDINGS else None
    # The same findings the section states (`paragraphs`: every claim of the pool), not
    # only the weightiest, each as its own sentence says it (`said_side`): an opening
    # must agree with the sentences below it ("mixed" below is never a weakness above).
    sides = [s for s in map(lambda c: said_side(ctx, c), ctx.pool.claims()) if s]
    n = {side: sides.count(side) for side in SIDES}
    if len(sides) < MIN_FINDINGS:
        return None
    line = (f"Aspects as the section states them: {n['for']} strengths, {n['mixed']} mixed, "
            f"{n['against']} weaknesses (a mixed one weighs half on each side)")  # fmt: skip
    # Doubled, so that a mixed aspect weighs half on each side.
    return Finding(2 * n["for"] + n["mixed"], 2 * n["against"] + n["mixed"], line, ASPECTS)


SIDES = ("for", "mixed", "against")
ASPECTS = "aspects"  # `Finding.said` of a balance counted by aspects (`balance`)


def said_side(ctx: Context, claim: Claim) -> str:
    """How the section's body says a claim: "for" (a strength, mostly strengths, or a
    strength with its weakness out of proportion to the grade), "against", or "mixed"
    (the two in similar measure: "a mixed picture of ...", "half ..., the others ...");
    "" where its sentence states neither (`_said`: "none").  A claim about cases by
    its tally's balance (`Finding.balance`: "most ..., although in a small number ..."
    is said as its larger side)."""
    if claim.by_cases:
        if escalated.kept(ctx.pool, claim).direction == "against":
            return "against"  # a concern escalated is never balanced away (`escalated`)
        pos, neg = _sides(claim)
        return {"strong": "for", "weak": "against"}.get(Finding(pos, neg, "").balance(), "mixed")
    said = _said(ctx, claim)
    if said in ("for", OUTWEIGHED):
        return "for"
    if said == "none":
        return ""
    return said if said in ("against", "mixed") else "mixed"
