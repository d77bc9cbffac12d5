"""What a section's weaknesses must cover, and how it says what it leaves out.

The rules (reader 5, third reading, item 1):

- No criterion with two or more cases against it, or carrying a safeguarding concern
  that inspectors escalated to senior managers, is left out of a section in silence:
  it is stated in a sentence of its own or named in a bracketed marker for the lead
  (`undrafted_marker`).
- Points resting on one case never stack as separate sentences: they are named
  together in one ("In one case each, inspectors also found weaknesses in ..."), or,
  where the section already says plenty, left to the comment; a one-case point on
  safeguarding is always named, and one whose case carries an escalated safeguarding
  concern is said as that concern (`Plan.concerns`, `concerns.one_case_sentence`), or
  as what happened where its notes can tell it (`concerns.tell`).
- How many weaknesses get a sentence of their own follows the grade where the evidence
  agrees with it (`drafting.toml`, [weaknesses_stated]): the rest of the material
  ones are named in the marker, so an outstanding area with one weak case stays short
  on weaknesses; where the evidence disagrees with a good or better grade, or the
  grade is below good, every material weakness is stated (up to `MAX_STATED`).
- A section with cases says how many of them inspectors escalated to senior managers
  for safeguarding concerns, and how many were still open, by count alone, each case
  once (`escalations.escalation_sentences`).
- The judgement of local services says what it draws on: the national sample only
  where cases of it were read, and the number of areas visited (`visits_sentence`).
- In an area section, leadership, partnership and workforce findings about the service
  are stated in both directions in their own paragraphs, the weaknesses in proportion
  to the strengths' records (`service_weaknesses`), never as shares of cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from exporters.draft import areaunsaid, casepractice, serviceleft
from exporters.draft.arealevel import FLAG as AREA_FLAG
from exporters.draft.claims import Context, claim_records, unsaid
from exporters.draft.data import DraftData
from exporters.draft.escalations import Escalations as Escalations
from exporters.draft.escalations import escalations as escalations
from exporters.draft.relevance import off_topic
from exporters.draft.tallies import Claim, same_point
from exporters.draft.trace import normal, traced
from exporters.draft.wording import wording_table
from exporters.draft.words import join_list, number_text
from exporters.model import Flag, Paragraph, Sentence

MAX_STATED = 12  # weakness claims with a sentence each, at most, in one section
PLENTY = 8  # weakness claims after which one-case points go to the comment
MIN_AGAINST = 2  # cases against a criterion that make its weakness material
SAFEGUARDING_GROUP = "SW"  # the framework's criterion group on safeguarding and welfare
OPEN = "needs-escalation"


@cache
def wording() -> dict[str, Any]:
    """The wordings of `coverage.toml` (beside the framework's other wording files)."""
    return wording_table("coverage.toml")


def _say(ctx: Context, options: Sequence[str], what: str, **fill: str) -> str:
    """One of the wordings, filled in, not yet said in the report where one is left."""
    filled = [o.format(**fill) for o in options]
    return ctx.voice.choose(filled, ctx.key, what, openings=ctx.openings) or filled[0]


def _against(claim_neg: int) -> bool:
    return claim_neg >= MIN_AGAINST


def safeguarding(ctx: Context, criterion: str) -> bool:
    """Whether a criterion is one of the framework's `SAFEGUARDING_GROUP`."""
    try:
        return ctx.data.framework.criterion(criterion).group == SAFEGUARDING_GROUP
    except KeyError:
        return False


@dataclass
class Plan:
    """The section's weaknesses about cases: those with a sentence each (`stated`), the
    one-case points named together (`grouped`) or left to the comment (`noted`), and the
    material ones not drafted (`left`, named in the marker)."""

    stated: list[Claim] = field(default_factory=list)
    grouped: list[Claim] = field(default_factory=list)
    concerns: list[Claim] = field(default_factory=list)  # one case, an escalated concern
    noted: list[Claim] = field(default_factory=list)
    left: list[Claim] = field(default_factory=list)


def plan(
    ctx: Context, weak: Sequence[Claim], budget: int | None, escalated: set[str],
    mixed: Sequence[Claim] = (),
) -> Plan:  # fmt: skip
    """Which of the weaknesses about cases (`weak`, leaning against, weightiest first)
    get a sentence of their own: the material ones (two or more cases against),
    safeguarding first, then escalated ones, then the balanced claims leaning to the
    strength that no paragraph has stated (`mixed`, with two or more cases against:
    said as balanced; on safeguarding, one case against is enough), up to `budget`
    (None: `MAX_STATED`).  The one-case points are
    named together where there is room, and always when on safeguarding; one whose case
    carries an escalated safeguarding concern is said as that (`Plan.concerns`)."""
    material = [c for c in weak if _against(len(c.tally.neg))]
    single = [c for c in weak if c not in material]
    material.sort(key=lambda c: (not safeguarding(ctx, c.criterion), c.criterion not in escalated))
    material += [c for c in mixed if _against(len(c.tally.neg))
                 or (c.tally.neg and safeguarding(ctx, c.criterion))]  # fmt: skip
    limit = MAX_STATED if budget is None else budget
    out = Plan(stated=material[:limit], left=material[limit:])
    room = limit - len(out.stated) > 0 and len(out.stated) < PLENTY
    for c in single:
        if c.criterion in escalated and ctx.pool.escalated(c.criterion):
            out.concerns.append(c)  # said as a safeguarding concern (`concerns`)
            continue
        keep = room or safeguarding(ctx, c.criterion) or c.criterion in escalated
        (out.grouped if keep else out.noted).append(c)
    return out


def grouped_sentence(ctx: Context, claims: Sequence[Claim], also: bool) -> Sentence | None:
    """The one-case points in one sentence, naming each practice point, marked for the
    lead; the comment keeps each point's tally and excerpts."""
    if not claims:
        return None
    d = ctx.data
    w = wording()["one_case"]
    nouns = join_nouns([c.words.noun for c in claims])
    many = len(claims) > 1
    text = _say(ctx, w["each" if many else "one"], "one case", nouns=nouns,
                also="also " if also else "")  # fmt: skip
    text = f"{text} {w['marker_each' if many else 'marker_one']}"
    evs: list[int] = []
    cases: list[int] = []
    flags: list[Flag] = [*ctx.flags, "small sample"]
    basis = [f"{c.tally.line(True)} (small sample: no proportion word)" for c in claims]
    for c in claims:
        mine = claim_records(ctx, c)[1]
        evs += mine
        cases += c.tally.neg
        ctx.stated.add(c.criterion)
        if _mistagged(ctx, c, mine):  # as `claims._checked` marks a claim on one case
            ctx.used.records.update(mine)  # no example from it
            text += " " + d.words.text["tag_marker"].format(noun=c.words.noun)
            flags.append("may be tagged wrongly")
            basis.append(f"the notes do not mention {c.words.noun}: check their criteria")
    return traced(
        text, list(dict.fromkeys(evs)), d, role="claim", case_refs=ctx.pool.refs(set(cases)),
        criteria=[c.criterion for c in claims], basis="; ".join(basis), flags=flags,
        cases=set(cases), direction="against", by_cases=False,  # names points, states no share
    )  # fmt: skip


def _mistagged(ctx: Context, claim: Claim, evs: Sequence[int]) -> bool:
    """Whether a one-case point's notes may be tagged with the wrong criterion: none of
    them uses a word particular to it, and no grading stands behind them."""
    d = ctx.data
    graded = d.graded.get(claim.criterion, set())
    if not evs or any(d.case[i] in graded for i in evs if d.case[i]):
        return False
    return off_topic(d, claim.criterion, evs)


def noted_points(claims: Sequence[Claim]) -> str:
    """A comment line naming the one-case points the body leaves out."""
    if not claims:
        return ""
    return "Also found in one case each, not drafted: " + "; ".join(
        f"{c.words.noun} ({c.tally.line(True)})" for c in claims
    )


def undrafted_marker(ctx: Context, paras: Sequence[Paragraph], esc: Escalations) -> Sentence | None:
    """A bracketed note naming what the section leaves out: every criterion with two or
    more cases against it (leaning against, or balanced) stated nowhere as a weakness,
    and every escalated concern whose criterion is not stated as a weakness."""
    weak_said = {
        k for p in paras for s in p.sentences
        if s.role == "claim" and s.direction in ("against", "balanced")
        for c in s.criteria for k in same_point(c)
    }  # fmt: skip
    items: list[tuple[str, str]] = []  # (noun, what its evidence holds)
    crits: list[str] = []
    basis: list[str] = []
    for c in ctx.pool.claims():
        t = c.tally
        if not c.by_cases or c.criterion in weak_said or c.criterion in ctx.stated:
            continue
        if (c.lean == "against" or c.direction == "balanced") and _against(len(t.neg)):
            items.append((c.words.noun, f"{number_text(len(t.neg))} of "
                          f"{number_text(t.views)} cases"))  # fmt: skip
            crits.append(c.criterion)
            basis.append(t.line(True))
    # A national judgement's weaknesses about the service it says nowhere, not in a claim,
    # its opening or the stakeholders' views (`serviceleft`).
    views = {k for p in paras for s in p.sentences if s.role in ("views", "headline")
             for c in s.criteria for k in same_point(c)}  # fmt: skip
    for c in serviceleft.left_out(ctx, weak_said | views):
        items.append((serviceleft.noun(ctx, c), serviceleft.records_said(c)))
        crits.append(c.criterion)
        basis.append(c.tally.line(False))
    for c in areaunsaid.left_out(ctx, weak_said | views):  # an area's, in its marker too
        items.append((serviceleft.noun(ctx, c), areaunsaid.evidence_said(c)))
        crits.append(c.criterion)
        basis.append(c.tally.line(False))
    told = {t.record for t in ctx.told}  # said as what happened (`concerns`)
    for i in esc.records:  # each escalated concern: its criterion stated or named here
        mine = list(ctx.data.crits[i])
        if not mine or i in told or weak_said.intersection(mine) or set(crits).intersection(mine):
            continue
        if ctx.data.case[i] in ctx.escalations_said:  # counted among the section's escalations
            continue
        noun = ctx.data.words.criterion(ctx.data.framework, mine[0]).noun
        items.append((noun, "a safeguarding concern raised for senior managers"))
        crits.append(mine[0])
        basis.append(f"escalation recorded on {mine[0]}")
    if not items:
        return None
    text = wording()["undrafted"]["text"].format(items=listed(items))
    return Sentence(
        text=text, role="marker",
        criteria=crits, basis="Not drafted: " + "; ".join(basis),
    )  # fmt: skip


def listed(items: Sequence[tuple[str, str]]) -> str:
    """Points named with what their evidence holds, "X (two of five cases) and Y (one
    development record)"; where every point's is the same, said once after them, "X, Y
    and Z (each one development record)" (tester 31's notes ran to 48 words repeating
    "(one case, graded good or better)" after each)."""
    said = {e for _n, e in items}
    if len(items) > 1 and len(said) == 1:
        return f"{join_list([n for n, _e in items])} (each {said.pop()})"
    return join_list([f"{n} ({e})" for n, e in items])


def _said(paras: Sequence[Paragraph], ctx: Context) -> set[str]:
    """The criteria a section states (in a claim, its opening, or what stakeholders
    say), and those making the same point (`tallies.same_point`)."""
    said = {
        k for p in paras for s in p.sentences
        if s.role in ("claim", "headline", "views") for c in s.criteria for k in same_point(c)
    }  # fmt: skip
    return said | {k for c in ctx.stated for k in same_point(c)}


def material_strength(ctx: Context, claim: Claim) -> bool:
    """Whether a claim's strength side is material evidence a section may not pass over
    in silence: a case graded good or better on it, or two cases for it; for a claim
    about the service, two strength records."""
    t = claim.tally
    if claim.by_cases:
        good = ctx.data.graded_good.get(claim.criterion, set())
        return len(t.pos) >= MIN_AGAINST or not good.isdisjoint(t.pos)
    return len(t.wide_pos) >= MIN_AGAINST


MAX_NAMED = 4  # strengths the note names in the body; the rest go to its comment


def _strength_evidence(ctx: Context, claim: Claim) -> str:
    """What a strength's evidence holds, for the lead, briefly: "two of two cases, both
    graded good or better; one with a child's own words" (the gradings only in a
    small sample, where they weigh most), "three strength records"."""
    d, t = ctx.data, claim.tally
    if not claim.by_cases:
        n = len(t.wide_pos)
        return f"{number_text(n)} strength record{'' if n == 1 else 's'}" + (
            f" and {number_text(len(t.wide_neg))} development" if t.wide_neg else "")  # fmt: skip
    pos = len(t.pos)
    out = "one case" if t.views == 1 else f"{number_text(pos)} of {number_text(t.views)} cases"
    good = len(d.graded_good.get(claim.criterion, set()).intersection(t.pos))
    if good and t.views < d.rules.min_cases:
        which = "" if good == pos == 1 else "both " if good == pos == 2 else (
            "all " if good == pos else f"{number_text(good)} ")  # fmt: skip
        out += f", {which}graded good or better"
    cases = set(t.pos)
    words = [i for i in d.child_words if d.case[i] in cases and claim.criterion in d.crits[i]
             and d.polarity[i] == "strength"]  # fmt: skip
    if words:
        out += f"; {number_text(len(words))} with a child's own words"
    return out


def unsaid_strengths(ctx: Context, paras: Sequence[Paragraph]) -> list[tuple[str, Sentence]]:
    """Bracketed placeholders naming the strengths with material evidence
    (`material_strength`) that the section states nowhere and no other marker names,
    with what their evidence holds, so the lead sees what the draft passes over (tester
    8: an area silent on children's wishes and feelings, graded good in both of its
    cases with a view): one per theme, with the theme (to go in its paragraph), the
    weightiest `MAX_NAMED` in the note, any more by name in its comment."""
    said = _said(paras, ctx)
    named = {c for p in paras for s in p.sentences if s.role in ("marker", "placeholder")
             for c in s.criteria}  # fmt: skip
    found = [c for c in ctx.pool.claims() if c.criterion not in said and c.criterion not in named
             and (material_strength(ctx, c) or serviceleft.one_each(ctx, c))]  # fmt: skip
    themes = list(dict.fromkeys(c.theme for c in found))
    out = []
    for t in themes:
        mine = [c for c in found if c.theme == t]
        # A point with as much evidence against it as for is no strength to write in:
        # the lead is asked to say both sides (tester 11's local services: "Strengths
        # also found: the use of performance information (two strength records and two
        # development)").
        strong = [c for c in mine if _strength_outweighs(c)]
        both = [c for c in mine if not _strength_outweighs(c)]
        out += [(t, _strengths_note(ctx, strong))] if strong else []
        out += [(t, _strengths_note(ctx, both, "both_ways"))] if both else []
    return out


def turned(sentences: Sequence[Sentence]) -> bool:
    """Whether the last claim of some sentences has said a weakness the area's own
    records found beside its case files (`arealevel.weighed`): the next weakness then
    needs no "However, ..." (tester 11: "However ... Nevertheless")."""
    last = [x.flags for x in sentences if x.role == "claim"][-1:]
    return bool(last) and AREA_FLAG in last[0]


def _strength_outweighs(claim: Claim) -> bool:
    """Whether a claim's strength side is the larger: more than half of the cases with a
    view for it (tester 24's A16: "Strengths also found ...: direct work with children
    (four of eight cases)", two against and two mixed, a point a strengths list leaves
    out as no strength), or strength records over development."""
    t = claim.tally
    if claim.by_cases:
        return len(t.pos) > len(t.neg) and 2 * len(t.pos) > t.views
    return len(t.wide_pos) > len(t.wide_neg)


def _strengths_note(ctx: Context, found: Sequence[Claim], key: str = "text") -> Sentence:
    """One theme's placeholder of strengths not drafted (`unsaid_strengths`); `key`
    "both_ways": of points found both ways, for the lead to say both sides."""
    pairs = [(c.words.noun, _evidence(ctx, c, key)) for c in found[:MAX_NAMED]]
    rest = found[MAX_NAMED:]
    w = wording()["unsaid_strengths"]
    items = [listed(pairs)]
    if rest:
        items = [f"{n} ({e})" for n, e in pairs]
        items.append(w["more"].format(n=number_text(len(rest))))
    text = w[key].format(items=join_list(items))
    basis = "Strengths not drafted: " + "; ".join(
        f"{c.criterion} {_brief(c)}" for c in found)  # fmt: skip
    notes = [w["named"].format(items=join_list([c.words.noun for c in rest]))] if rest else []
    # An editable placeholder for the lead, not a marker of something wrong.
    return Sentence(text=text, role="placeholder", criteria=[c.criterion for c in found],
                    basis=basis, notes=notes)  # fmt: skip


def _evidence(ctx: Context, claim: Claim, key: str) -> str:
    """What a point's evidence holds (`_strength_evidence`); found both ways on cases,
    with the cases against too ("four of eight cases for, two against")."""
    said = _strength_evidence(ctx, claim)
    t = claim.tally
    if key != "both_ways" or not claim.by_cases or not t.neg or t.views == 1:
        return said
    head, sep, tail = said.partition(";")
    head = head.replace(" cases", " cases for", 1) if "," not in head else head
    return f"{head}, {number_text(len(t.neg))} against{sep}{tail}"


def _brief(claim: Claim) -> str:
    """A strength's tally in a few words: "7 of 8 cases", "5 strength, 2 development
    records"."""
    t = claim.tally
    if claim.by_cases:
        return f"{len(t.pos)} of {t.views} cases"
    return f"{len(t.wide_pos)} strength, {len(t.wide_neg)} development records"


MAX_SERVICE = 3  # weaknesses about the service with a sentence each, in one theme


def _records(claim: Claim, side: str) -> int:
    t = claim.tally
    return len(t.neg) + len(t.wide_neg) if side == "against" else len(t.pos) + len(t.wide_pos)


def service_weaknesses(
    ctx: Context, claims: Sequence[Claim], theme: str, said: int
) -> tuple[list[Claim], list[Claim]]:
    """A theme's weaknesses about the service that an area section states, weightiest
    first, in proportion to its strengths: `said` strengths were stated, so the
    weaknesses get that many sentences times their records over the strengths' records
    (at least one per strength's worth, at most `MAX_SERVICE`), every one of them when
    there is no strength.  Where the weaknesses' records outnumber the strengths', the
    rest are named together (`service_group`); otherwise they stay in the QA view.
    (stated, named together)."""
    mine = [c for c in claims if c.theme == theme and not c.by_cases]
    weak = [c for c in unsaid(ctx, mine) if c.lean == "against" and not areaunsaid.one_case(c)]
    if not weak:
        return [], []
    weak.sort(key=lambda c: (-_records(c, "against"), c.criterion))
    neg = sum(_records(c, "against") for c in weak)
    pos = sum(_records(c, "for") for c in mine if c.lean == "for")
    k = len(weak) if not pos else int(max(1, said) * neg / pos + 0.5)
    k = min(k, MAX_SERVICE, len(weak))
    return weak[:k], weak[k:] if neg > pos else []


def service_group(ctx: Context, claims: Sequence[Claim], also: bool) -> Sentence | None:
    """A theme's remaining weaknesses about the service named in one sentence (never as
    shares of cases); the comment keeps each one's records."""
    if not claims:
        return None
    d = ctx.data
    nouns = join_nouns([c.words.noun for c in claims])
    text = _say(ctx, wording()["service"]["also"], "service also", nouns=nouns,
                also="also " if also else "")  # fmt: skip
    evs: list[int] = []
    for c in claims:
        evs += claim_records(ctx, c)[1]
        ctx.stated.add(c.criterion)
    return traced(
        casepractice.one_case_marked(d, text, evs), list(dict.fromkeys(evs)), d, role="claim",
        criteria=[c.criterion for c in claims],
        basis="; ".join(c.tally.line(False) for c in claims), direction="against",
    )  # fmt: skip


def worn(ctx: Context, claim: Claim, text: str) -> bool:
    """Whether a sentence says one of its criterion's wordings that the report has
    already said twice in other sentences (`Voice.said`): such a
    weakness is named with the theme's others (`service_group`) rather than said a
    third time in the same words."""
    said = ctx.voice.said
    low = normal(text)
    for x in (*claim.words.strength, *claim.words.weakness):
        nx = normal(x)
        if nx and nx in low and sum(nx in t for t in said if t != low) >= 2:
            return True
    return False


def visits_sentence(data: DraftData, visited: int) -> Sentence:
    """What the judgement of local services draws on (`drafting.toml` `local_visits`):
    the sample of cases from across the country only where a case drawn for the national
    sample was read (has evidence or a grade), and the visits to the `visited` areas,
    "one service area" or "three service areas"."""
    t = data.words.text
    national = len(data.national_sample & data.read_cases)
    areas = t["service_area"] if visited == 1 else t["service_areas"].format(
        n=number_text(visited))  # fmt: skip
    text = t["local_visits" if national else "local_visits_only"].format(areas=areas)
    basis = f"{visited} visited areas recorded; {national} cases of the national sample read"
    return Sentence(text=text, role="fixed", basis=basis)


_LINKS = frozenset({"from", "with", "of", "to", "in", "on", "for", "by", "about"})


def join_nouns(nouns: Sequence[str]) -> str:
    """Criterion nouns listed (`join_list`), those sharing a head and its preposition
    named once, where the first of them stands: "learning from feedback and complaints
    and from audits and reviews", not "learning from ..., learning from ..."."""
    groups: dict[str, list[str]] = {}
    for noun in nouns:
        words = noun.split(" ")
        n = 2 if words[0] == "the" and len(words) > 2 else 1  # "the work with ..."
        key = " ".join(words[:n]) if words[n : n + 1] and words[n] in _LINKS else noun
        groups.setdefault(key, []).append(noun)
    items = [g[0] if len(g) == 1 else k + " " + join_list(
        [x.removeprefix(k + " ") for x in g]) for k, g in groups.items()]  # fmt: skip
    return join_list(items)


def rest_on_gradings(ctx: Context, paras: Sequence[Paragraph]) -> None:
    """Each sentence stating a criterion for the section's cases (its headline, claims,
    tallies) rests on every one of their gradings on it, counted for or against: a
    grading in conflict among them is the sentence's conflict too, so that the export
    stops or marks it whichever side the working copy shows (tester 10: an area's
    opening counted a disputed grading on the side not cited, and its export went out)."""
    disputed = ctx.data.grading_conflict
    cases = ctx.pool.case_ids
    for p in paras:
        for s in p.sentences:
            if s.role not in ("headline", "claim") or not s.criteria:
                continue
            ids = [gid for (k, c), gid in disputed.items() if k in cases and c in s.criteria]
            ids += ctx.data.notes_in_conflict(cases, s.criteria)  # tester 13
            s.conflicts = list(dict.fromkeys([*s.conflicts, *sorted(ids)]))
