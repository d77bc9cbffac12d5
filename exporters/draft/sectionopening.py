"""A section's opening sentence (`opening`): a stock headline its own tallies bear out
(`headlines.borne_out`), chosen by the report's voice so that openings vary, or, where
none is, the section's quality in the grade's own terms and then the balance of its
findings weighed against that grade (`balance_opening`; [headline_judged] graded:
"Practice in public law proceedings is good, with strengths outweighing weaknesses,
though not by much: inspectors found weaknesses in ... in particular"), or, for a
section weighed by its aspects, how many are strengths, mixed and weaknesses
(`aspects_opening`).  Never the judgement alone, which would only repeat the heading
above it, nor a balance that reads as another grade; where the evidence and the grade
disagree beyond the grade check's margin, the marker after the opening says so, never
the opening.  A section with no finding at all opens with a bracketed placeholder for
the lead.  Which way a section's evidence goes, and which headlines it bears out:
`headlines.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exporters.draft.claims import Context
from exporters.draft.headlines import (
    ASPECTS,
    SIDES,
    Finding,
    balance,
    borne_out,
    outweighed,
    said_side,
    weak_topic,
)
from exporters.draft.leadersopening import achieved
from exporters.draft.localopening import areas_counted
from exporters.draft.lowcoverage import share_of, with_base
from exporters.draft.tallies import Claim
from exporters.draft.words import Headline, capitalise, join_list, number_text


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


def opening(
    ctx: Context, kind: str, grade: str, area_grades: Sequence[int] = (), *,
    disputed: bool = False, left_out: Sequence[str] = (), spread: Sequence[int] = (),
) -> Opening:  # fmt: skip
    """The section's opening for a settled grade: a headline the section bears out
    (chosen by the report's voice, so openings vary), or the balance of its findings
    (`balance_opening`), always where the section's evidence disagrees with its grade
    (`disputed`): a headline in the grade's words would paper over what the lead must
    settle.  `left_out`: the areas whose grades `area_grades` leaves out, their own
    evidence disputing them (local services); `spread`: the grade ranks of every visited
    area, for a section spanning them (`borne_out`)."""
    d = ctx.data
    fill = _fill(ctx, kind)
    options = d.words.headlines.get(kind, d.words.headlines["leadership"]).get(grade, ())
    borne: dict[str, tuple[Headline, tuple[str, ...]]] = {}
    # A stock headline speaks of every area visited: not when some are left out.  Nor
    # where an area graded good has a weakness to name: the balance opening says the
    # grade and names it (tester 33's A10: "... a service that is good overall." opened
    # the one area whose weakness the lead wanted said).
    stock = not (disputed or left_out or _good_with_weakness(ctx, kind, grade))
    for h in options if stock else ():
        lines = borne_out(ctx, h, area_grades, spread)
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


def _good_with_weakness(ctx: Context, kind: str, grade: str) -> bool:
    """Whether an area section graded good has a weakness its opening would name
    (`named_weaknesses`) on at least the framework's `min_cases` cases with a view: a
    weakness of two files in three is the body's to say, not the opening's."""
    if kind != "area" or ctx.data.framework.grade(grade).rank != GOOD:
        return False
    least = ctx.data.rules.min_cases
    return any(c.by_cases and c.tally.views >= least for c in named_weaknesses(ctx))


def _fill(ctx: Context, kind: str) -> dict[str, str]:
    law = {"private": "private law", "public": "public law"}.get(kind, "")
    org = ctx.data.inspection.organisation
    return {"area": ctx.area, "place": ctx.area, "law": law, "org": org}


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
    fine = found.fine_band(band, found.throughout(ctx))
    # Strong throughout with nearly nothing against (`nearly_all` times as much for): an
    # outstanding grade's terms say "almost all", not "most" (tester 18's Area 6, 48
    # findings for and two against, read flat for an outstanding area).
    if fine == "strong" and found.pos >= float(bands.get("nearly_all", "inf")) * found.neg:
        fine = "nearly_all"
    rank = min(max(ctx.data.framework.grade(grade).rank, 1), 4)
    if found.said == ASPECTS:
        return aspects_opening(ctx, found, rank, (fine, band), what)
    by_areas = kind == "local" and bool(area_grades or left_out)
    table = j["graded_areas" if by_areas else "graded"][str(rank)]
    forms: list[str] = table.get(fine) or table[band]
    weak = () if by_areas else named_weaknesses(ctx)
    named = join_list([with_share(ctx, c) for c in weak])
    best = () if by_areas else strongest(ctx)
    forms = [f for f in forms if ("{best}" in f) == bool(best)] or [
        f for f in forms if "{best}" not in f
    ]
    usable = [f for f in forms if ("{weak}" in f) == bool(weak)] or [
        f for f in forms if "{weak}" not in f
    ]
    visited = j["visited_apart" if left_out else "visited"].format(areas=join_list(list(left_out)))
    counted = areas_counted(ctx, rank, band, left_out) if by_areas else None
    if counted is not None:
        usable, fill = counted
    else:
        fill = {"visited": visited}
    strongest_named = _topics([ctx.data.words.criteria[c.criterion].noun for c in best])
    texts = [t.format(what=what, What=capitalise(what), weak=named, best=strongest_named, **fill)
             for t in usable]  # fmt: skip
    text = ctx.voice.must(texts, ctx.key, "headline")
    said = weak if "{weak}" in usable[0] else ()
    shown = best if "{best}" in usable[0] else ()
    lines = (found.line, *(f"{c.criterion}: {c.tally.line(c.by_cases)}" for c in (*shown, *said)))
    return Opening(text, lines, tuple(c.criterion for c in said), headline=False)


def strongest(ctx: Context, most: int = 2) -> tuple[Claim, ...]:
    """The practice an outstanding section's opening names as its strongest (tester 33's
    A10: Area 2, graded outstanding, opened "... makes a real difference to most children
    ..., although there were some weaknesses", as a good area opens): the points where
    almost every case with a view bears the strength out (at least `nearly_all` times as
    many for as against, [headline_judged] `bands`), on at least the framework's
    `min_cases` cases, the largest share first, then the most cases; `most` at most.
    Where some point falls short in a share worth stating, the opening never says
    "consistently" (tester 12's Area 5)."""
    if ctx.grade is None or ctx.data.framework.grade(ctx.grade).rank != 1:
        return ()
    ratio = float(ctx.data.words.headline_judged["bands"].get("nearly_all", 9.0))
    least = ctx.data.rules.min_cases
    found = [
        c for c in ctx.pool.claims()
        if c.by_cases and c.direction == "for" and c.criterion in ctx.data.words.criteria
        and c.tally.views >= least and len(c.tally.pos) >= ratio * len(c.tally.neg)
    ]  # fmt: skip
    found.sort(key=lambda c: (-len(c.tally.pos) / c.tally.views, -len(c.tally.pos), c.criterion))
    picked = found[:most]
    if len(picked) > 1 and all(
        " and " in ctx.data.words.criteria[c.criterion].noun for c in picked
    ):
        picked = picked[:1]
    return tuple(picked)


def with_share(ctx: Context, claim: Claim) -> str:
    """A weakness the opening names, with the share of its cases that falls short in
    the framework's proportion words ([headline_judged] `named_share`: "management
    oversight on children's files (weak in the majority of the cases inspectors could
    assess)"), so that the balance before it ("weaknesses a little more often than
    strengths", of all the section's findings) never reads as this weakness's share
    (tester 20's F18: 19 of 27 cases); a finding about the service, by its topic alone."""
    topic = weak_topic(ctx, claim)
    t = claim.tally
    if not claim.by_cases or not t.neg or not t.views:
        return topic
    n = len(t.neg)
    share = "both of the" if n == t.views == 2 else share_of(ctx.data.rules, t, n)
    form: str = ctx.data.words.headline_judged["named_share"]
    return with_base(t, form.format(topic=topic, share=share))  # counts where few have a view


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
        if c.lean == "against" and c.against_weight >= least and not outweighed(ctx, c)
        and (c.by_cases or said_side(ctx, c) == "against")
    ]  # fmt: skip
    order = {c.criterion: k for k, c in enumerate(against)}
    against.sort(key=lambda c: (-c.against_weight, order[c.criterion]))
    picked = against[:most]
    if len(picked) > 1 and any(" and " in weak_topic(ctx, c) for c in picked):
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
    # With no weakness counted, a good or outstanding leadership opens on what its
    # leaders achieve, the count in the comment (kf34's `leadersopening`; tester 33).
    if (lead := achieved(ctx, rank, fine, what)) is not None:
        return Opening(lead, (found.line,), (), headline=False)
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
    if rank >= BELOW_GOOD:  # what is not yet good first (tester 31's A17; kf32)
        order = sorted(order, key=lambda s: s != "against")
    parts = []
    for side in (s for s in order if n[s]):
        one, many = j["findings_count"][side]
        k = n[side]
        part = (one if k == 1 else many).format(
            k=number_text(k) if k < sum(n.values()) else f"all {number_text(k)}"
        )
        if side == "against" and weak:
            named = _topics([weak_topic(ctx, c) for c in weak])
            key = "findings_named" if len(weak) == k else "findings_named_some"
            part += j[key].format(weak=named)
        parts.append(part)
    of = j["findings_of"].format(n=number_text(sum(n.values())))
    text = form.format(What=capitalise(what), what=what, of=of, counts=join_list(parts))
    lines = (found.line, *(f"{c.criterion}: {c.tally.line(c.by_cases)}" for c in weak))
    return Opening(text, lines, tuple(c.criterion for c in weak), headline=False)


ASPECTS_NAMED = 3  # the most weaknesses an opening weighed by aspects lists in full
GOOD = 2  # the rank of good
BELOW_GOOD = 3  # the rank of requires improvement: an opening counts its weaknesses first


def _topics(topics: list[str]) -> str:
    """Topics in a list, "a, b, and c" where one holds an "and" of its own (never "a and
    b and c")."""
    if len(topics) > 1 and any(" and " in t for t in topics):
        return ", ".join(topics[:-1]) + ", and " + topics[-1]
    return join_list(topics)
