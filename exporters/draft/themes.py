"""The summary of key findings: a handful of findings drawn from themes across the
judgements (issue 15), not one sentence per criterion copied from the body.

Each theme is read from the whole inspection (`Scene`):

- **leaders**: what the national leadership judgement's evidence bears out (its
  headline, or its weightiest finding about the service in the grade's direction, on
  more than one record; where the weightiest leans that way but not all one way, the
  criteria its records bear out, `leaders_by_criteria`);
- **areas**: an area judged inadequate, or far below the others (two grades or more),
  or one far above them, named only where its own cases bear the point out (its
  weakest, or strongest, practice) and its own evidence does not dispute its grade; or,
  with no such area, the best and the weakest area where their grades are two or more
  apart, or that every area visited is good or better (below good);
- **safeguarding**: the safeguarding criteria failing in material numbers of cases
  (`material_against`), and the concerns inspectors escalated, with how many were still
  waiting to be escalated when the inspection ended (stated whatever the grade);
- **strongest practice**: the practice criteria strong in most cases, never leaning
  against in a law type or an area with enough cases, said to hold "in both private and
  public law" or "in every area visited" only where each bears it out;
- **weakest practice**: the practice criteria against in a large share of the cases,
  said of one law type, or of the one or two areas visited, where the cases against
  are concentrated there (`concentration.py`: never a national share the other areas
  do not share), a weakness concentrated elsewhere in a sentence of its own;
- **the service**: the workforce's and partnerships' weightiest clear finding about the
  service (not a balanced one: a key finding never praises and criticises one thing);
- **what stakeholders say**: the balance of judges', local authorities' and partners'
  views (`stakeholders.views`), after the other findings on its side.

`key_findings` chooses among them in proportion to the overall grade
(`key_findings.toml` [quota]): a good or outstanding organisation's findings lead with
its strengths, one that requires improvement or is inadequate with its failures; a
safeguarding failure in most of the cases with a view leads whatever the grade.  Within
a side the weightiest come first (the cases and records a finding rests on), a finding
on fewer than the framework's `min_cases` of them last.  Every finding is a traced
sentence: its comment gives what it rests on (the grades, the tallies by law type and
area, the escalations), as the body's sentences do.  Wording: `key_findings.toml`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from exporters.draft import service, subjects
from exporters.draft.agreement import practice_findings
from exporters.draft.areagroups import area_groups
from exporters.draft.areathemes import apart_sides, area_themes
from exporters.draft.attributed import hedged, one_area
from exporters.draft.casethemes import (
    Scene,
    Side,
    Theme,
    choose_text,
    grade_rank,
    make_theme,
    nouns_list,
)
from exporters.draft.casethemes import wording as kf_wording
from exporters.draft.claims import (
    Context,
    claim_records,
    claim_sentence,
    stakeholder_views,
    unsaid,
)
from exporters.draft.data import DraftData
from exporters.draft.gradethemes import law_good_themes, law_owned, law_themes
from exporters.draft.headlines import MOSTLY, opening
from exporters.draft.judgementname import named_is
from exporters.draft.kfchecks import carry_marks, carry_note_marks
from exporters.draft.leadersmessage import Message, denies_progress, message
from exporters.draft.practicethemes import practice_themes
from exporters.draft.safeguardthemes import safeguarding_theme
from exporters.draft.sections import area_pool, recorded_grade
from exporters.draft.stance import SIDE, Sections
from exporters.draft.tallies import Claim, Pool, same_point
from exporters.model import Section, Sentence


def scene(ctx: Context) -> Scene:
    """The summary's scene (see `Scene`)."""
    d = ctx.data
    claims = [c for c in ctx.pool.claims() if national(ctx, c)]
    laws = {law: Pool(d, d.cases_of_law.get(law, set()), [], key=f"summary|{law}")
            for law in ("PRIVATE", "PUBLIC") if d.cases_of_law.get(law)}  # fmt: skip
    areas = {codes: area_pool(d, codes)[0] for codes in area_groups(d)}
    sc = Scene(ctx, claims, laws, areas, sections=Sections(d))
    sc.apart = apart_sides(sc)
    return sc


def key_findings(
    ctx: Context, grade: str | None, body: Sequence[Section] = ()
) -> list[list[Sentence]]:
    """The key findings, each a list of sentences, in the order the summary states them;
    each carrying the markers the body's sections (`body`) put on the same point
    (`kfchecks.carry_marks`); first, each of the body's claims counting a note another
    section marks is marked too (`kfchecks.carry_note_marks`)."""
    carry_note_marks(ctx.data, body)
    sc = scene(ctx)
    guard = safeguarding_theme(sc)
    # A weakness said of one law type's cases is a reason that law type's grade rests
    # on: its finding names it, no other takes it first (`gradethemes.law_owned`; tester
    # 14: the weakest practice took late checks from private law's finding, then was
    # left out for room).
    owned = law_owned(sc)
    sc.ctx.stated.update(*owned.values())
    practice, areas = practice_themes(sc), area_themes(sc)
    laws = law_themes(sc, owned)
    found = [
        *guard, *practice, *areas, *laws,
        *law_good_themes(sc, laws), *leaders_theme(sc), *service_themes(sc), *views_theme(sc),
    ]  # fmt: skip
    out = [with_reasons(t).sentences for t in choose(sc, once(one_way(found)), grade)]
    carry_marks(ctx.data, out, body)
    return out


GRADED = ("leaders", "law", "area")  # the themes that give a judgement's grade


def with_reasons(t: Theme) -> Theme:
    """A finding that only gives a grade ("Practice in public law is judged to require
    improvement.": no point of its own evidence rests on enough cases or records, and no
    concern was escalated) followed by a placeholder for the lead to add the reasons
    ([frames] `reasons_placeholder`), never a bare grade (issue 15: a key finding gives
    a reason)."""
    bare = not t.escalated and not t.reasoned and not any(s.criteria for s in t.sentences)
    if t.name in GRADED and bare:
        key = "reasons_placeholder_many" if t.grades > 1 else "reasons_placeholder"
        text = str(kf_wording()["frames"][key])
        basis = "; ".join(s.basis for s in t.sentences if s.basis)
        basis += "; no point of its own evidence rests on enough cases or records, or each is said in another key finding"
        t.sentences.append(Sentence(text=text, role="placeholder", basis=basis))
    return t


def once(found: list[Theme]) -> list[Theme]:
    """The themes without the concerns escalated said on their own where the findings on
    the areas below good already say each of them (the same cases counted twice)."""
    said = frozenset().union(*(t.escalated for t in found if t.name == "area"))
    return [t for t in found if t.name != "escalated" or not t.escalated <= said]


def one_way(found: list[Theme]) -> list[Theme]:
    """The themes with none stating a point another states the other way (a strength
    in seeing children beside a weakness in it): of two such, the urgent, kept or
    weightier one stays (issue 15: no two key findings state one theme both ways)."""
    ranked = sorted(found, key=lambda t: (not t.urgent, not t.kept, -t.weight))
    said: dict[str, set[tuple[str, str]]] = {"strength": set(), "weakness": set()}
    dropped: list[Theme] = []
    for t in ranked:
        # Neither concerns escalated (counts) nor stakeholders' views (what they say, on
        # every criterion their notes touch) state a point of practice.
        if t.side not in said or t.name in ("escalated", "views"):
            continue
        # A law type's finding says its points of its own cases only: another law
        # type's may state them the other way (a contrast), no other finding may.
        points = {(p, t.law) for s in t.sentences for c in s.criteria for p in same_point(c)}
        other = "weakness" if t.side == "strength" else "strength"
        if any(p == q and (law == o or not law or not o)
               for p, law in points for q, o in said[other]):  # fmt: skip
            dropped.append(t)
        else:
            said[t.side] |= points
    return [t for t in found if t not in dropped]


def choose(sc: Scene, found: list[Theme], grade: str | None) -> list[Theme]:
    """The findings the summary states, in order: any urgent one first, then the side the
    overall grade leads with, the views of stakeholders where they are mixed, then the
    other side; each side the weightiest first, a finding on fewer than `min_cases`
    cases and records after the others (`[quota]`, `[limits]`)."""
    d = sc.data
    rank = grade_rank(d, grade)
    if rank is None:
        pos, neg = practice_findings(sc.ctx.pool)
        rank = 2 if pos >= neg else 3
    quota = kf_wording()["quota"][str(rank)]
    least = d.rules.min_cases

    def order(t: Theme) -> tuple[bool, bool, int]:
        return (t.name == "views", t.weight < least, -t.weight)

    urgent = [t for t in found if t.urgent]

    def side(which: str, room: int) -> list[Theme]:
        ts = sorted((t for t in found if t.side == which and not t.urgent), key=order)
        kept = [t for t in ts if t.kept]
        rest = [t for t in ts if not t.kept][: max(0, room)]
        return sorted([*kept, *rest], key=order)

    lead = quota["lead"]
    sides = {"strength": side("strength", quota["strength"]),
             "weakness": side("weakness", quota["weakness"] - len(urgent))}  # fmt: skip
    if lead == "strength":
        room = max(1, len(sides["strength"]) - 1) - len(urgent)
        sides["weakness"] = _fewer(sides["weakness"], room, order)
    other = "weakness" if lead == "strength" else "strength"
    views = [t for t in found if t.side == "views"]
    out = [*urgent, *sides[lead], *views, *sides[other]]
    most = kf_wording()["limits"]["most"]
    while len(out) > most and (drop := [t for t in out if not (t.kept or t.urgent)]):
        out.remove(drop[-1])
    return out


def _fewer(weak: list[Theme], room: int, order: Callable[[Theme], Any]) -> list[Theme]:
    """A good or outstanding organisation's weaknesses, fewer than its strengths where
    the evidence allows, and one at least (its key findings are mostly positive: where
    the evidence is not, the grade check says so, not the key findings).  Stated whatever the room: safeguarding (`kept`) and
    what a grade says (an area standing apart below the others, leaders judged below
    good); the weightiest of the rest fill what room is left."""
    graded = ("leaders", "area", "spread", "law")
    kept = [t for t in weak if t.kept or t.name in graded]
    rest = [t for t in weak if t not in kept]
    # A finding that only gives a grade ("Services in Area 12 are judged to require
    # improvement.") names no point of practice: it takes no room from the weightiest
    # weakness the evidence shows.
    bare = sum(not any(s.criteria for s in t.sentences) for t in kept)
    return sorted([*kept, *rest[: max(0, room - len(kept) + bare)]], key=order)


# Leaders, the service and stakeholders -------------------------------------------


def leaders_theme(sc: Scene) -> list[Theme]:
    """What the national leadership judgement's evidence bears out, on the side of its
    grade: a headline borne out (`headlines.opening`), else its weightiest finding about
    the service that goes that way."""
    ctx, d = sc.ctx, sc.data
    # The national leadership judgement (never the overall one, which a framework's
    # table of kinds may leave out: its kind then defaults to leadership).
    lead = next((j for j in d.framework.judgements if not j.overall and j.scope == "national"
                 and d.words.judgement_kind(j) == "leadership"), None)  # fmt: skip
    if lead is None:
        return []
    grade, provisional = recorded_grade(d, d.judgement(lead.id))
    rank = None if provisional else grade_rank(d, grade)
    if rank is None or not grade:
        return []
    side: Side = "strength" if rank <= 2 else "weakness"
    label = d.framework.grade(grade).label  # the comment names the grade as the report does
    o = opening(ctx, "leadership", grade)
    # What leaders know of the weaknesses, their plan and its impact (tester 14).
    m, msg = message(sc, lead.id)
    # A headline only where the body's sections weigh each of its points its way, and
    # never one claiming a progress the notes deny.
    if (o.headline and all(sc.body.agree([sc.body.judgement(lead.id, c)], side) for c in o.criteria)
            and not any(denies_progress(m, [o.text]))):  # fmt: skip
        said = [Sentence(text=o.text, role="headline", criteria=list(o.criteria),
                         direction="for" if side == "strength" else "against",
                         basis=f"Judgement {lead.id}: {label}; rests on: {'; '.join(o.lines)}")]  # fmt: skip
        ctx.stated.update(o.criteria)
    else:
        # The grade and its strongest points, named as the body's section weighs them.
        if by := leaders_by_criteria(sc, lead.id, rank, side, m):
            return [_with_message(t, msg) for t in by]
        lean = "for" if side == "strength" else "against"
        s = None
        for c in _leading(sc, lean):
            if c.direction == "balanced" or not _borne(sc, c.criterion, side, lead.id):
                # A balanced point is never "largely a weakness, though with some
                # strengths"; one the section weighs otherwise is not its finding.
                continue
            s = claim_sentence(ctx, c)
            if s is not None and not _one_voice(sc, s) and not any(denies_progress(m, [s.text])):
                break
            s = None
        # The grade is said first, whatever point follows it (tester 12: the key
        # findings had lost the national leadership's grade).
        text = choose_text(sc, kf_wording()["frames"]["leaders_grade"], "key|leaders_grade",
                           judged=kf_wording()["judged"][str(rank)], Leadership_is=named_is(lead))  # fmt: skip
        said = [Sentence(text=text, role="fixed", basis=f"Judgement {lead.id}: {label}")]
        if s is not None:
            s.basis = f"Judgement {lead.id}: {label}; {s.basis}"
            said.append(s)
    # A national judgement's grade is always among the key findings.
    return [_with_message(Theme(side, "leaders", weight(ctx, said)[0], said, kept=True), msg)]


def _with_message(t: Theme, msg: Sentence | None) -> Theme:
    """The leaders' finding with their central message after its grade and points
    (`leadersmessage.message`): a reason its grade rests on."""
    if msg is not None:
        t.sentences.append(msg)
        t.reasoned = True
    return t


def _leading(sc: Scene, lean: str) -> list[Claim]:
    """The claims about the national leadership that may be its key finding, the one
    with the most evidence first (cases and records, `Tally.weight`): those going the
    leadership grade's way (`lean`), and those balanced but leaning that way on more
    than one record (leaders slow to act, said on five notes, before one board paper's
    point said on two: the session-9 tester)."""
    d = sc.data
    out = []
    for c in _unsaid(sc):
        if c.theme != "leadership" or c.by_cases or c.lean != lean:
            continue
        if c.direction == "balanced":
            st, dv = claim_records(sc.ctx, c)
            mine, other = (st, dv) if lean == "for" else (dv, st)
            if len(_firm(d, list(mine))) < max(2, MOSTLY * len(other)):
                continue
        elif c.direction != lean:
            continue
        out.append(c)
    return sorted(out, key=lambda c: -c.tally.weight)


def leaders_by_criteria(
    sc: Scene, jid: str, rank: int, side: Side, m: Message | None = None
) -> list[Theme]:
    """The leadership judgement's grade with the criteria its records about the service
    bear out on that side, where no one claim says it: only where those records lean the
    grade's way (more strengths than areas for development for a good or outstanding
    leadership), each criterion named on at least `material_cases` records on that side
    and weighed on that side by the body's national sections (`_borne`: never "found
    weaknesses in" a point its section says "both strengths and weaknesses" in), on the
    notes of more than one area (`national`), and not a point already stated."""
    d, pool = sc.data, sc.ctx.pool
    mine, other = ("strength", "development") if side == "strength" else ("development", "strength")
    counts: dict[str, tuple[list[int], list[int]]] = {}
    for c in d.framework.criteria:
        if jid in c.judgements:
            got = [[i for i in pool.records(c.id, pol) if not d.case[i]] for pol in (mine, other)]
            counts[c.id] = (_firm(d, got[0]), _firm(d, got[1]))
    if sum(len(a) for a, _b in counts.values()) <= sum(len(b) for _a, b in counts.values()):
        return []
    may = {c.criterion for c in sc.claims}  # never one area's notes (`national`)
    # Each named as the body's sections weigh it (`_borne`), never by a count of its own.
    # The strongest points first: those clearly one way (`MOSTLY`), by their share
    # (tester 12: the judiciary, 4 for and 0 against, was left out for a point on 9
    # and 5), then the most records.
    named = sorted((len(a) < MOSTLY * len(b), -len(a) / (len(a) + len(b)), -len(a), crit)
                   for crit, (a, b) in counts.items()
                   if len(a) >= d.rules.material_cases and _borne(sc, crit, side, jid)
                   and crit in may and sc.ctx.stated.isdisjoint(same_point(crit)))  # fmt: skip
    crits = [crit for *_k, crit in named][: kf_wording()["limits"]["nouns"]]
    if not crits:
        return []
    # Each named by the particular subject its notes on that side speak of, as the body
    # names it (`subjects.following`: "the timeliness of work on ..."), else by its noun.
    named_nouns = [(crit, _said_noun(d, cl, side, counts[crit][0]))
                   for crit in crits if (cl := pool.claim(crit)) is not None]  # fmt: skip
    # Never a strength claiming a progress the leadership's notes deny (tester 14:
    # "progress with improvement" beside "Plan not yet showing impact").
    if m is not None and side == "strength":
        denied = denies_progress(m, [n for _c, n in named_nouns])
        named_nouns = [x for x, no in zip(named_nouns, denied, strict=True) if not no]
    crits = [crit for crit, _n in named_nouns]
    nouns = [n for _c, n in named_nouns]
    if not crits:
        return []
    text = choose_text(sc, kf_wording()["frames"][f"leaders_{side}"], "key|leaders",
                       judged=kf_wording()["judged"][str(rank)], nouns=nouns_list(nouns),
                       Leadership_is=named_is(d.framework.judgement(jid)))  # fmt: skip
    evs = [i for crit in crits for i in counts[crit][0]]
    # The points named, each weighed on that side by the leadership's section (`_borne`).
    basis = f"Judgement {jid}: rank {rank}; records about the service: " + "; ".join(
        f"{crit}: {len(counts[crit][0])} {mine}, {len(counts[crit][1])} {other}" for crit in crits
    ) + f"; weighed as {mine} in the section"  # fmt: skip
    theme = make_theme(sc, side, "leaders", text, evs, crits=crits, basis=basis)
    theme.kept = True  # a national judgement's grade is always among the key findings
    return [theme]


def _said_noun(d: DraftData, cl: Claim, side: Side, mine: Sequence[int]) -> str:
    """The noun a key finding names a point by: the particular subject its notes on
    `side` speak of, else the criterion's own noun (never the neutral subject's)."""
    claim = replace(cl, direction="for" if side == "strength" else "against")
    chosen = subjects.subject_of(d, claim, mine, mine)
    if chosen is None or chosen[0].name == subjects.NEUTRAL:
        return cl.words.noun
    return subjects.following(d, claim, mine, mine).words.noun


def _borne(sc: Scene, crit: str, side: Side, jid: str = "") -> bool:
    """Whether the sections a key finding about the service summarises weigh its point
    on `side`, as the finding would state it: the judgement `jid`'s section (the
    national leadership's, for a finding about the leadership), else every national
    section holding the point; one at least does, and none the other way or evenly
    ("both strengths and weaknesses": `stance.Sections.agree`; tester 11's claim 3)."""
    got = [sc.body.judgement(jid, crit)] if jid else sc.body.national(crit)
    return SIDE[side] in got and sc.body.agree(got, side)


def _firm(d: DraftData, evs: list[int]) -> list[int]:
    """The records that count: a hedged strength ("too early to tell") never does."""
    return [i for i in evs if i not in set(hedged(d, evs))]


def _one_voice(sc: Scene, s: Sentence) -> bool:
    """Whether a sentence about the service rests on fewer records than the framework's
    `material_cases` (one person's view said as theirs is no key finding)."""
    return len(s.evidence_ids) < sc.data.rules.material_cases


def _unsaid(sc: Scene) -> list[Claim]:
    return unsaid(sc.ctx, sc.claims)


def service_themes(sc: Scene) -> list[Theme]:
    """The workforce's and the partnerships' weightiest clear finding about the service,
    on at least the framework's `min_cases` records and case files (a balanced one
    praises and criticises one thing, and one person's view is theirs: neither is a key
    finding)."""
    out = []
    least = sc.data.rules.min_cases
    for theme in ("workforce", "partners"):
        # The body's sections weigh it the same way (`_borne`).
        c = next((c for c in _unsaid(sc) if c.theme == theme and not c.by_cases
                  and c.direction != "balanced" and c.tally.weight >= least
                  and _borne(sc, c.criterion, "strength" if c.direction == "for" else "weakness")),
                 None)  # fmt: skip
        side: Side = "strength" if c is not None and c.direction == "for" else "weakness"
        s = claim_sentence(sc.ctx, c) if c is not None else None
        if c is None or s is None or _one_voice(sc, s):
            continue
        out.append(Theme(side, theme, weight(sc.ctx, [s])[0], [s]))
    return out


def views_theme(sc: Scene) -> list[Theme]:
    """What judges, local authorities and partners say, on the side their views take
    (said between the two sides where they differ)."""
    s = stakeholder_views(sc.ctx)
    if s is None:
        return []
    side: Side = {"for": "strength", "against": "weakness"}.get(s.direction, "views")  # type: ignore[assignment]
    return [Theme(side, "views", weight(sc.ctx, [s])[0], [s])]


# Which claims may be key findings, and what they weigh ---------------------------


def national(ctx: Context, c: Claim) -> bool:
    """Whether a claim may be a key finding: a claim about cases, or a claim about the
    service that still leans the same way once its hedged notes are left out
    (`service.standing`) and rests on the notes of more than one area
    (`attributed.one_area`): one area's complaints note is that area's finding."""
    if c.by_cases:
        return c.lean != "for" or not _contrary(ctx, c)
    st, dv = claim_records(ctx, c)
    stood, st, dv = service.standing(ctx, c, st, dv)
    if stood is None or stood.lean != c.lean:
        return False
    return one_area(ctx.data, [*st, *dv]) is None


def _contrary(ctx: Context, c: Claim) -> bool:
    """Whether records the case count leaves out go against a strength about cases: a
    note against it on a case not counted (a local authority's view, say) or about the
    service.  Counted with them, a strength on fewer than the framework's `min_cases`
    cases is no key finding ("both cases ... show" when a third says otherwise), nor
    one its evidence no longer carries as a strength."""
    t, d = c.tally, ctx.data
    counted = {*t.pos, *t.neg, *t.mixed}
    against = [i for i in ctx.pool.records(c.criterion, "development") if d.case[i] not in counted]
    if not against:
        return False
    extra = [i for i in ctx.pool.records(c.criterion, "strength") if d.case[i] not in counted]
    pos, neg = len(t.pos) + len(extra), len(t.neg) + len(against)
    return t.views < d.rules.min_cases or pos < MOSTLY * neg


def weight(ctx: Context, sentences: list[Sentence]) -> tuple[int, int]:
    """The distinct cases and records about the service behind a key finding's claims,
    and how many areas they come from: from each claim's own trace, or, for a headline
    traced only to its criteria, from their tallies."""
    d = ctx.data
    index = d.index_of
    area_of = {c.ref: c.area_code for c in d.cases}
    cases: set[str] = set()
    records: set[int] = set()
    for s in sentences:
        if s.role not in ("claim", "headline", "views"):
            continue
        if s.case_refs or s.evidence_ids:
            cases.update(s.case_refs)
            records.update(i for r in s.evidence_ids if (i := index.get(r)) is not None
                           and not d.case[i])  # fmt: skip
            continue
        for crit in s.criteria:
            t = ctx.pool.tally(crit)
            cases.update(d.case_ref[k] for k in (*t.pos, *t.neg, *t.mixed))
            records.update((*t.wide_pos, *t.wide_neg))
    records -= set(hedged(d, records))
    areas = {a for r in cases if (a := area_of.get(r))}
    areas |= {a for i in records if (a := d.record_area.get(i))}
    return len(cases) + len(records), len(areas)
