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
section's evidence disputes the grade, the section opens with its quality in the
grade's own terms and then the balance of its findings weighed against that grade
([headline_judged] graded: "Practice in public law proceedings is good, with
strengths outweighing weaknesses, though not by much: inspectors found weaknesses in
... in particular"), never with the judgement alone, which would only repeat the heading
above it, nor with a balance that reads as another grade; where the evidence and the
grade disagree beyond the grade check's margin, the marker after the opening says so,
never the opening.  A section with no finding at all opens with a bracketed
placeholder for the lead.  A headline that the section's own findings contradict is
never written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exporters.draft import escalated, service
from exporters.draft.agreement import practice_findings
from exporters.draft.attributed import is_attributed, said_as
from exporters.draft.claims import Context, claim_records
from exporters.draft.judgementpool import weighing_pool
from exporters.draft.localopening import areas_counted
from exporters.draft.proportion import OUTWEIGHED, in_proportion, weakness_cases
from exporters.draft.subjects import names_usual, weakness_words
from exporters.draft.tallies import Claim, Pool
from exporters.draft.words import Headline, capitalise, join_list, number_text

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

    def fine_band(self, band: str) -> str:
        """`band` told apart further: "mixed" by which side is ahead ("mixed_for", "even"
        or "mixed_against": a grade's opening weighs the balance against the grade), and
        "strong" or "weak" with nothing on the other side ("all_for", "all_against")."""
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


def _outweighed(ctx: Context, claim: Claim) -> bool:
    """Whether the body says a finding about the service as its strength, its weakness
    side out of proportion to the section's grade (`proportion.in_proportion`): no
    weakness for an opening to name, and counted for in its balance."""
    return not claim.by_cases and _said(ctx, claim) == OUTWEIGHED


def _weak_topic(ctx: Context, claim: Claim) -> str:
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
    ctx: Context, kind: str, grade: str, area_grades: Sequence[int] = (), *,
    disputed: bool = False, left_out: Sequence[str] = (),
) -> Opening:  # fmt: skip
    """The section's opening for a settled grade: a headline the section bears out
    (chosen by the report's voice, so openings vary), or the balance of its findings
    (`balance_opening`), always where the section's evidence disagrees with its grade
    (`disputed`): a headline in the grade's words would paper over what the lead must
    settle.  `left_out`: the areas whose grades `area_grades` leaves out, their own
    evidence disputing them (local services)."""
    d = ctx.data
    fill = _fill(ctx, kind)
    options = d.words.headlines.get(kind, d.words.headlines["leadership"]).get(grade, ())
    borne: dict[str, tuple[Headline, tuple[str, ...]]] = {}
    # A stock headline speaks of every area visited: not when some are left out.
    for h in () if disputed or left_out else options:
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
    return balance_opening(ctx, kind, grade, area_grades, left_out=left_out)


def _fill(ctx: Context, kind: str) -> dict[str, str]:
    law = {"private": "private law", "public": "public law"}.get(kind, "")
    org = ctx.data.inspection.organisation
    return {"area": ctx.area, "place": ctx.area, "law": law, "org": org}


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


def balance_opening(
    ctx: Context, kind: str, grade: str, area_grades: Sequence[int] = (), *,
    left_out: Sequence[str] = (),
) -> Opening:  # fmt: skip
    """The opening where no headline is borne out: the section's quality in the terms of
    its `grade` (a grade code), then the balance of its findings weighed against that
    grade ([headline_judged] `graded`, by the grade's rank and the band of the balance:
    "... is good, with strengths outweighing weaknesses, though not by much: inspectors
    found weaknesses in ... in particular"), naming the weaknesses the section states.  The
    local services weigh their areas' grades instead (`graded_areas`), leaving out
    `left_out`, the areas whose grades their own evidence disputes.  Where the evidence
    disagrees with the grade, the balance is still said plainly: the marker after the
    opening says why, never the opening.  A placeholder for the lead where the section
    has no finding to go by, saying why: too few findings, or (local services) the areas'
    grades their own evidence disputes leave too few to go by."""
    j = ctx.data.words.headline_judged
    fill = _fill(ctx, kind)
    what = j["what"].get(kind, j["what"]["leadership"]).format(**fill)
    found = balance(ctx, kind, area_grades, areas_judged=bool(left_out))
    if found is None:
        if not left_out:
            return Opening(j["none"], (), (), headline=False, placeholder=True)
        one = len(left_out) == 1
        apart = {
            "areas": join_list(list(left_out)), "grades": "grade" if one else "grades",
            "they": "it" if one else "they", "be": "is" if one else "are",
            "their": "its" if one else "their",
        }  # fmt: skip
        text = j["none_disputed"].format(**apart)
        return Opening(text, (), (), headline=False, placeholder=True)
    bands = j["bands"]
    band = found.band(float(bands["leaning"]), float(bands["mostly"]))
    fine = found.fine_band(band)
    rank = min(max(ctx.data.framework.grade(grade).rank, 1), 4)
    if found.said == ASPECTS:
        return aspects_opening(ctx, found, rank, (fine, band), what)
    by_areas = kind == "local" and bool(area_grades or left_out)
    table = j["graded_areas" if by_areas else "graded"][str(rank)]
    forms: list[str] = table.get(fine) or table[band]
    weak = () if by_areas else named_weaknesses(ctx)
    named = join_list([_weak_topic(ctx, c) for c in weak])
    usable = [f for f in forms if ("{weak}" in f) == bool(weak)] or [
        f for f in forms if "{weak}" not in f
    ]
    visited = j["visited_apart" if left_out else "visited"].format(areas=join_list(list(left_out)))
    counted = areas_counted(ctx, rank, band, left_out) if by_areas else None
    if counted is not None:
        usable, fill = counted
    else:
        fill = {"visited": visited}
    texts = [t.format(what=what, What=capitalise(what), weak=named, **fill) for t in usable]
    text = ctx.voice.must(texts, ctx.key, "headline")
    said = weak if "{weak}" in usable[0] else ()
    lines = (found.line, *(f"{c.criterion}: {c.tally.line(c.by_cases)}" for c in said))
    return Opening(text, lines, tuple(c.criterion for c in said), headline=False)


def named_weaknesses(ctx: Context, most: int = 2) -> tuple[Claim, ...]:
    """The weaknesses the section states that an opening names (by topic: "the use of
    performance information"): its claims leaning against with the framework's
    `material_cases` cases or records against at least, the most first, `most` at most (one only where
    two would run "and" into "and": "seeing children and seeing them alone and ...")."""
    least = ctx.data.rules.material_cases  # one case or record is no weakness to name
    # As the body says each one (`said_side`): a finding about the service its paragraph
    # calls mixed is no weakness for the opening to name.
    against = [
        c for c in ctx.pool.claims()
        if c.lean == "against" and c.against_weight >= least and not _outweighed(ctx, c)
        and (c.by_cases or said_side(ctx, c) == "against")
    ]  # fmt: skip
    order = {c.criterion: k for k, c in enumerate(against)}
    against.sort(key=lambda c: (-c.against_weight, order[c.criterion]))
    picked = against[:most]
    if len(picked) > 1 and any(" and " in _weak_topic(ctx, c) for c in picked):
        picked = picked[:1]
    return tuple(picked)


def aspects_opening(
    ctx: Context, found: Finding, rank: int, bands: tuple[str, str], what: str
) -> Opening:
    """The opening of a section weighed by its aspects (`balance`: national leadership):
    the grade in the words the balance allows ([headline_judged] `findings`, by rank and
    band, "mixed" where the band has no form of its own), then what it counts, in
    numbers, the larger side first, and the weaknesses it names ("... of the ten aspects
    of its work that inspectors weighed, four are strengths, four are mixed and two are
    weaknesses (the use of performance information and workforce planning)")."""
    j = ctx.data.words.headline_judged
    table = j["findings"][str(rank)]
    fine, band = bands
    form = table.get(fine) or table.get(band) or table["mixed"]
    n = {s: 0 for s in SIDES}
    counted: list[Claim] = []
    for c in ctx.pool.claims():
        side = said_side(ctx, c)
        if side:
            n[side] += 1
        if side == "against":
            counted.append(c)
    # The weaknesses counted are named, all of them where they are few enough to list
    # (tester 12: "two are weaknesses (among them the timeliness of the work)" named one
    # of two); "among them" only of a longer list.
    everyone = len(counted) <= ASPECTS_NAMED
    weak = tuple(sorted(counted, key=lambda c: -c.against_weight)) if everyone else (
        named_weaknesses(ctx))  # fmt: skip
    first = "for" if found.pos >= found.neg else "against"
    order = sorted(SIDES, key=lambda s: (-n[s], s != first, s == "mixed"))
    parts = []
    for side in (s for s in order if n[s]):
        one, many = j["findings_count"][side]
        k = n[side]
        part = (one if k == 1 else many).format(
            k=number_text(k) if k < sum(n.values()) else f"all {number_text(k)}"
        )
        if side == "against" and weak:
            named = _topics([_weak_topic(ctx, c) for c in weak])
            key = "findings_named" if len(weak) == k else "findings_named_some"
            part += j[key].format(weak=named)
        parts.append(part)
    of = j["findings_of"].format(n=number_text(sum(n.values())))
    text = form.format(What=capitalise(what), what=what, of=of, counts=join_list(parts))
    lines = (found.line, *(f"{c.criterion}: {c.tally.line(c.by_cases)}" for c in weak))
    return Opening(text, lines, tuple(c.criterion for c in weak), headline=False)


ASPECTS_NAMED = 3  # the most weaknesses an opening weighed by aspects lists in full


def _topics(topics: list[str]) -> str:
    """Topics in a list, "a, b, and c" where one holds an "and" of its own (never "a and
    b and c")."""
    if len(topics) > 1 and any(" and " in t for t in topics):
        return ", ".join(topics[:-1]) + ", and " + topics[-1]
    return join_list(topics)
