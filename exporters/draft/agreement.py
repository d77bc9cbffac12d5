"""Whether a section's evidence agrees with its grade (`grade_check`).

The grade's own descriptor, as the framework's four grades read (`drafting.toml`,
[grade_check], by the grade's rank, so a team's own grade codes work too):

- outstanding: practice is consistently strong; no weakness is material (not a large
  share of the aspects of practice inspectors assessed, nor of the case findings, nor
  most of the cases on any one aspect, safeguarding included);
- good: strengths outweigh weaknesses, safeguarding (keeping children safe:
  `safety.safety_criteria`) does not fail in most of the cases on any one aspect of it
  (on `min_safeguarding_cases` cases, fewer than other aspects need: three of four
  cases failing on safeguarding disputes a good grade), and
  the cases' gradings below good do not outnumber those good or better (on the
  framework's `min_cases` gradings at least), and, where the findings are evenly
  balanced, no more than a quarter of the aspects judged fail in most of their cases
  (`_failing`);
- requires improvement and inadequate: strengths do not dominate, except that
  requires improvement stands where safeguarding falls short in a tenth of the cases on
  an aspect of it (`kept_by_safeguarding`; tester 26's F10: "not yet good" for its
  safeguarding weaknesses in a minority of cases, with most practice sound);
- requires improvement: nor are the failures an inadequate grade's, widespread
  (weaknesses in most of the findings on practice) or on keeping children safe
  (safeguarding failing in most of the cases on one aspect of it); such evidence is said
  to perhaps support a lower grade (`GradeCheck.lower`; tester 25's A10), as a good
  grade's is said to be disputed by its weaknesses.

A disagreement must be material for the grade (tester 18's F14): a good area is mostly
good with some weaknesses, an outstanding one strong with isolated weaknesses, so

- a weakness in fewer than the framework's `material_cases` cases on an aspect is
  isolated, and never disputes a grade on that aspect alone (one weak case of three on
  information to families in an outstanding area whose 50 other findings were
  strengths);
- a balance of the case findings or of the findings on practice disputes a grade
  only where it passes the grade's bound by more than `material_cases` of its own
  count: what one or two cases counted the other way would undo is a near-even split,
  not a disagreement (a good area with 12 of 22 findings on practice against and 9 of
  20 gradings below good, while its notes ran two to one for it).  The same margin
  both ways: strengths dispute a grade below good only as clearly.  The case gradings
  take no margin: they are the team's own settled verdicts, and a majority of them
  below good (five of eight; 12 of 20) disputes good as the judgements screen shows it.

"Findings on practice" are what the section's opening counts (`practice_findings`: the
cases for and against on each criterion the section states as a share of cases, so an
aspect seen in one case weighs a fifth of one seen in five), so a section whose
opening says its findings are mostly positive is never disputed for weaknesses
outweighing strengths.  Case findings are every case's view on every practice
criterion, whether or not the section states it.  What disagrees is said in the framework's proportion words, as
the draft says shares (`tallies.share_words`); the counts go to the comment (`line`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from exporters.draft.data import GOOD_RANK
from exporters.draft.lowcoverage import share_of
from exporters.draft.safety import safety_criteria
from exporters.draft.tables import drafting_table
from exporters.draft.tallies import Pool, Tally, share_words
from exporters.draft.words import number_text


@dataclass(frozen=True)
class GradeRule:
    """What evidence a grade's descriptor allows (shares of the section's evidence
    against; a share beyond a bound disputes the grade).  1.0 and 0.0: not applied."""

    rank: int
    max_findings_against: float = 1.0  # aspects of practice leaning to the weakness
    max_cases_against: float = 1.0  # case findings on practice that are weaknesses
    max_one_against: float = 1.0  # the cases against on any one aspect of practice
    max_safeguarding_against: float = 1.0  # the cases against on any safeguarding aspect
    min_findings_against: float = 0.0  # below: strengths dominate the aspects
    min_cases_against: float = 0.0  # below: strengths dominate the case findings
    max_graded_below: float = 1.0  # the section's case gradings that are below good
    max_aspects_failing: float = 1.0  # the aspects judged whose cases mostly fail ...
    aspects_at_against: float = 0.0  # ... where this share of the findings or more is against
    kept_by_safeguarding: float = 0.0  # strengths do not dispute the grade where safeguarding
    # falls short in this share of the cases on one aspect or more (0: not applied)


@dataclass(frozen=True)
class GradeRules:
    """The [grade_check] table: a rule per grade rank, the framework's criterion group
    on safeguarding, the fewest aspects of practice a balance is judged on, and the
    fewest cases a safeguarding aspect is judged on."""

    by_rank: dict[int, GradeRule]
    min_findings: int
    min_safeguarding_cases: int


@cache
def grade_rules() -> GradeRules:
    """The [grade_check] table of `drafting.toml`, read once."""
    raw = drafting_table("grade_check")
    fields = set(GradeRule.__dataclass_fields__)
    by_rank = {
        int(g["rank"]): GradeRule(**{k: v for k, v in g.items() if k in fields})
        for g in raw["grades"]
    }
    return GradeRules(by_rank, int(raw["min_findings"]), int(raw["min_safeguarding_cases"]))


def practice_findings(pool: Pool) -> tuple[int, int]:
    """The section's findings on practice, for and against: over its claims about
    practice stated as shares of cases (what the opening's balance counts), the cases
    counted for and against each, so that an aspect seen in one case weighs a fifth of
    one seen in five, and an aspect split evenly weighs on both sides (a new lead's
    own inspection: eleven single-case strengths outweighed three aspects that failed
    in most cases, and a section graded requires improvement opened "mostly
    positive")."""
    pos = neg = 0
    for c in pool.claims():
        if c.theme == "practice" and c.by_cases:
            pos, neg = pos + len(c.tally.pos), neg + len(c.tally.neg)
    return pos, neg


@dataclass(frozen=True)
class GradeCheck:
    """How a section's evidence compares with a grade: whether it `agrees`, and if not,
    `what` disagrees in the draft's words ("weaknesses were found in most of the
    findings on practice across its sampled cases") and the `criteria` it rests on (all
    of the section's practice when empty); `line()` gives the counts."""

    grade: str
    findings_for: int  # aspects of practice leaning to the strength
    findings_against: int  # ... and to the weakness
    against: int  # case findings on practice criteria that are weaknesses
    views: int  # all case findings on practice criteria
    worst: str  # the aspect with the largest share of its cases against
    worst_against: int
    worst_views: int
    agrees: bool
    what: str  # what disagrees, in the draft's words ("" when it agrees)
    reason: str = ""  # "cases", "findings", "safeguarding", "graded", "aspects", "one",
    # "strengths", "few"
    criteria: tuple[str, ...] = ()
    graded_good: int = 0  # case gradings good or better on the section's criteria
    graded_below: int = 0  # ... and below good
    lower: bool = False  # a grade below good whose evidence may support a lower one
    found: str = ""  # ... and what was found, without "the evidence may support ..."

    @property
    def against_share(self) -> float:
        """The share of the case findings on practice that are weaknesses."""
        return self.against / self.views if self.views else 0.0

    @property
    def weaker(self) -> bool:
        """Whether the evidence is weaker than the grade (else stronger)."""
        return self.reason not in ("strengths", "few")

    def line(self) -> str:
        """The counts behind the check, for the comment and the QA view."""
        out = f"{self.against} of {self.views} case findings on practice criteria are weaknesses"
        n = self.findings_for + self.findings_against
        if n:
            out += f"; {self.findings_against} of {n} findings on practice lean to the weakness"
        if self.worst and self.worst_against:
            out += f"; on {self.worst}, {self.worst_against} of {self.worst_views} cases"
        if self.graded_good + self.graded_below:
            out += (
                f"; {self.graded_below} of {self.graded_good + self.graded_below}"
                " case gradings are below good"
            )
        return out


def _worst(
    pool: Pool, crits: list[str], min_cases: int, min_against: int
) -> tuple[str, Tally | None]:
    """The criterion with the largest share of its cases against (enough cases only,
    and enough of them against not to be isolated)."""
    worst, worst_t = "", None
    for crit in crits:
        t = pool.tally(crit)
        if (
            t.views >= min_cases
            and len(t.neg) >= min_against
            and (worst_t is None or len(t.neg) * worst_t.views > len(worst_t.neg) * t.views)
        ):
            worst, worst_t = crit, t
    return worst, worst_t


def graded_balance(pool: Pool) -> tuple[int, int]:
    """The case gradings on the section's criteria (each case graded on each criterion,
    as the judgements screen counts them): good or better, and below good."""
    d, cases = pool.data, pool.case_ids
    good = sum(len(d.graded_good.get(c, set()) & cases) for c in pool.criteria())
    below = sum(len(d.graded_weak.get(c, set()) & cases) for c in pool.criteria())
    return good, below


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def _above(count: int, total: int, bound: float, margin: int) -> bool:
    """Whether `count` of `total` is above the `bound` share by more than `margin` of
    it: still above with `margin` fewer (a disagreement that one or two cases counted
    the other way would undo is not material)."""
    return total > 0 and (count - margin) / total > bound


def _below(count: int, total: int, bound: float, margin: int) -> bool:
    """Whether `count` of `total` is below the `bound` share by more than `margin`."""
    return total > 0 and (count + margin) / total < bound


def _material_aspect(t: Tally | None, bound: float, floor: int) -> bool:
    """Whether one aspect's cases against pass `bound` and are not isolated: at least
    `floor` (the framework's `material_cases`) of them."""
    return t is not None and len(t.neg) >= floor and _share(len(t.neg), t.views) > bound


def grade_check(pool: Pool, grade: str | None) -> GradeCheck | None:
    """Whether the section's evidence agrees with `grade` (the grade's descriptor:
    `GradeRule`); None when there is no grade, no rule for it, or too little practice
    evidence to judge (fewer case findings than the framework's `min_cases`)."""
    d = pool.data
    if not grade:
        return None
    try:
        rank = d.framework.grade(grade).rank
    except (KeyError, ValueError):
        return None
    rules = grade_rules()
    rule = rules.by_rank.get(rank)
    practice = [c for c in pool.criteria() if d.words.criterion(d.framework, c).about == "cases"]
    tallies = [pool.tally(c) for c in practice]
    views = sum(t.views for t in tallies)
    against = sum(len(t.neg) for t in tallies)
    if rule is None or views < d.rules.min_cases:
        return None
    pos, neg = practice_findings(pool)
    min_cases = d.rules.min_cases
    m = d.rules.material_cases  # the margin a disagreement must pass its bound by
    worst, worst_t = _worst(pool, practice, min_cases, m)
    safeguarding = _safety(pool, practice)
    sg, sg_t = _worst(pool, safeguarding, rules.min_safeguarding_cases, m)
    g_good, g_below = graded_balance(pool)
    aspects = [c for c in practice if pool.tally(c).views >= min_cases]  # judged on enough cases
    failing = _failing(pool, aspects, m)
    judged = pos + neg >= rules.min_findings
    reason, crit, t = "", "", None
    if _above(against, views, rule.max_cases_against, m):
        reason = "cases"
    elif judged and _above(neg, pos + neg, rule.max_findings_against, m):
        reason = "findings"
    elif _material_aspect(sg_t, rule.max_safeguarding_against, m):
        reason, crit, t = "safeguarding", sg, sg_t
    elif (
        g_good + g_below >= min_cases and _share(g_below, g_good + g_below) > rule.max_graded_below
    ):
        reason = "graded"  # the team's own settled verdicts: no margin
    elif (judged and _share(neg, pos + neg) >= rule.aspects_at_against
          and _above(len(failing), len(aspects), rule.max_aspects_failing, 0)):  # fmt: skip
        reason, crit, t = "aspects", failing[0], pool.tally(failing[0])
    elif _material_aspect(worst_t, rule.max_one_against, m):
        reason, crit, t = "one", worst, worst_t
    elif _kept(rule, sg_t, m):
        pass  # requires improvement for its safeguarding weaknesses (tester 26's F10)
    elif judged and _below(neg, pos + neg, rule.min_findings_against, m):
        reason = "strengths"
    elif _below(against, views, rule.min_cases_against, m):
        reason = "few"
    what = _what(pool, reason, (pos, neg, against, views), crit, t)
    if reason == "aspects":
        what = d.words.text["disagreement_aspects"].format(
            count=len(failing), n=len(aspects),
            noun=d.words.criterion(d.framework, crit).noun,
        )  # fmt: skip
    if reason == "graded":
        what = d.words.text["disagreement_graded"].format(
            share=share_words(d.rules, g_below, g_good + g_below)
        )
    w_n, w_v = (len(worst_t.neg), worst_t.views) if worst_t else (0, 0)
    lower = rank > GOOD_RANK and bool(what) and reason not in ("strengths", "few")
    found = what
    if lower:  # requires improvement with an inadequate grade's failures
        if reason == "findings":
            found = d.words.text["disagreement_widespread"].format(
                share=share_words(d.rules, neg, pos + neg)
            )
        what = d.words.text["disagreement_lower"].format(what=found)
    return GradeCheck(
        grade, pos, neg, against, views, worst, w_n, w_v, not what, what, reason,
        (crit,) if crit else (), g_good, g_below, lower, found if lower else "",
    )  # fmt: skip


def _kept(rule: GradeRule, sg_t: Tally | None, floor: int) -> bool:
    """Whether a grade below good stands whatever the strengths, for its safeguarding:
    an aspect of it falls short in `kept_by_safeguarding` of its cases or more, in at
    least `floor` (`material_cases`) of them (requires improvement: "not yet good", a
    minority of safeguarding failures being enough to keep a service from good)."""
    if not rule.kept_by_safeguarding or sg_t is None or len(sg_t.neg) < floor:
        return False
    return _share(len(sg_t.neg), sg_t.views) >= rule.kept_by_safeguarding


def _failing(pool: Pool, aspects: list[str], margin: int) -> list[str]:
    """The aspects of practice (judged on enough cases) whose cases mostly fail, beyond
    what `margin` cases the other way would undo, the worst first (tester
    20, F18: five of 16 aspects failing in most of their cases beside a good grade, all
    within its even balance of findings, raised nothing)."""
    out = [c for c in aspects if _above(len(pool.tally(c).neg), pool.tally(c).views, 0.5, margin)]
    return sorted(out, key=lambda c: -_share(len(pool.tally(c).neg), pool.tally(c).views))


def _safety(pool: Pool, practice: list[str]) -> list[str]:
    """The practice criteria on keeping children safe (`safety.safety_criteria`)."""
    safe = safety_criteria(pool.data.framework)
    return [c for c in practice if c in safe]


def _coverage(pool: Pool, t: Tally) -> str:
    """Where fewer than half of the section's sampled cases have a view on the aspect
    its check rests on, how many do (`drafting.toml` [text] `disagreement_coverage`):
    the share disputing the grade is of those (tester 28's A2: safeguarding judged on
    29 of the 84 files read, where inspectors wrote about it when something was wrong,
    said "many" and disputed an outstanding grade, and nothing told the lead)."""
    sampled = pool.sample_size
    if not sampled or 2 * t.views >= sampled:
        return ""
    text = pool.data.words.text["disagreement_coverage"]
    return text.format(n=number_text(t.views), sampled=number_text(sampled), base=pool.base)


def _what(
    pool: Pool, reason: str, counts: tuple[int, int, int, int], crit: str, t: Tally | None
) -> str:
    """What disagrees with the grade, in the draft's words (`drafting.toml`, [text])."""
    d = pool.data
    text, rules = d.words.text, d.rules
    pos, neg, against, views = counts
    if reason == "cases":
        return text["disagreement_many"].format(share=share_words(rules, against, views))
    if reason == "findings":
        return text["disagreement_findings"].format(share=share_words(rules, neg, pos + neg))
    if reason in ("safeguarding", "one") and t is not None:
        noun = d.words.criterion(d.framework, crit).noun
        # A share of an aspect fewer than half the sampled cases have evidence on is said
        # in counts (`lowcoverage.share_of`, as the body says it; kf30, case29's leftover).
        said = text["disagreement_one"].format(
            share=share_of(rules, t, len(t.neg)), noun=noun, criterion=crit
        )
        return said + _coverage(pool, t)
    if reason == "strengths":
        return text["disagreement_strengths"].format(share=share_words(rules, pos, pos + neg))
    if reason == "few":
        few = "disagreement_few" if against else "disagreement_none"
        return text[few].format(share=share_words(rules, against, views))
    return ""
