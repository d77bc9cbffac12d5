"""The key findings' themes about the service (`themes.py` chooses among the themes):

- **leaders**: what the national leadership judgement's evidence bears out (its
  headline, or its weightiest finding about the service in the grade's direction, on
  more than one record; where the weightiest leans that way but not all one way, the
  criteria its records bear out, `leaders_by_criteria`), with the leaders' central
  message (`leadersmessage.message`);
- **the service**: the workforce's and partnerships' weightiest clear finding about the
  service (not a balanced one: a key finding never praises and criticises one thing);
- **what stakeholders say**: the balance of judges', local authorities' and partners'
  views (`stakeholders.views`).

Each is a finding about the service as the body's national sections weigh it
(`_borne`), never one person's view (`_one_voice`).  Wording: `key_findings.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from exporters.draft import kfleaders, ownview, subjects
from exporters.draft.attributed import hedged
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
from exporters.draft.claims import claim_records, claim_sentence, stakeholder_views, unsaid
from exporters.draft.data import DraftData
from exporters.draft.headlines import MOSTLY
from exporters.draft.judgementname import named_is
from exporters.draft.kfclaims import weight
from exporters.draft.leadersmessage import Message, denies_progress, message
from exporters.draft.sectionopening import Opening, opening
from exporters.draft.sections import recorded_grade, spread_ranks
from exporters.draft.stance import SIDE
from exporters.draft.tallies import Claim, same_point
from exporters.model import Sentence


def leaders_theme(sc: Scene) -> list[Theme]:
    """What the national leadership judgement's evidence bears out, on the side of its
    grade: a headline borne out (`sectionopening.opening`), else its weightiest finding about
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
    o = opening(ctx, "leadership", grade, spread=spread_ranks(d))
    # What leaders know of the weaknesses, their plan and its impact (tester 14).
    m, msg = message(sc, lead.id)
    # A headline only where the body's sections weigh each of its points its way, and
    # never one claiming a progress the notes deny.
    borne = (o.headline and all(sc.body.agree([sc.body.judgement(lead.id, c)], side) for c in o.criteria)
             and not any(denies_progress(m, [o.text])))  # fmt: skip
    # A headline naming no point of the leaders' own evidence ("Leaders' actions have
    # not yet made enough difference to children's experiences.", on practice alone)
    # gives no reason its grade rests on: the points the leadership's records bear out
    # come first where there are any (tester 23's A10: the key finding was the headline
    # and "[Add the main reasons for this grade.]" beside weaknesses in workloads).
    if borne and (o.criteria or msg is not None):
        return [_with_message(_headline(sc, o, lead.id, label, side), msg)]
    # The grade and its strongest points, named as the body's section weighs them.
    if by := leaders_by_criteria(sc, lead.id, rank, side, m):
        return [_with_message(t, msg) for t in by]
    s = _weightiest(sc, lead.id, side, m)
    if s is None and borne:
        return [_with_message(_headline(sc, o, lead.id, label, side), msg)]
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


def _headline(sc: Scene, o: Opening, jid: str, label: str, side: Side) -> Theme:
    """The leaders' finding as the headline their section bears out (`o`)."""
    said = [Sentence(text=o.text, role="headline", criteria=list(o.criteria),
                     direction="for" if side == "strength" else "against",
                     basis=f"Judgement {jid}: {label}; rests on: {'; '.join(o.lines)}")]  # fmt: skip
    sc.ctx.stated.update(o.criteria)
    # A national judgement's grade is always among the key findings.
    return Theme(side, "leaders", weight(sc.ctx, said)[0], said, kept=True)


def _weightiest(sc: Scene, jid: str, side: Side, m: Message) -> Sentence | None:
    """The sentence of the weightiest claim about the leadership on `side` that its
    section (judgement `jid`) weighs that way (`_borne`), more than one person's view and claiming no
    progress the notes deny; None where there is none."""
    lean = "for" if side == "strength" else "against"
    for c in _leading(sc, lean):
        if c.direction == "balanced" or not _borne(sc, c.criterion, side, jid):
            # A balanced point is never "largely a weakness, though with some
            # strengths"; one the section weighs otherwise is not its finding.
            continue
        s = claim_sentence(sc.ctx, c)
        if s is not None and not _one_voice(sc, s) and not any(denies_progress(m, [s.text])):
            return s
    return None


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
    # The points the lead's rationale gives, in its order, each borne out by a record
    # and leaning the grade's way (`kfleaders.named`; tester 35's A4).
    lead = kfleaders.named(d, jid, side, {c: a for c, (a, b) in counts.items() if len(a) > len(b)})
    # Each named as the body's sections weigh it (`_borne`), never by a count of its own.
    # The strongest points first: those clearly one way (`MOSTLY`), by their share
    # (tester 12: the judiciary, 4 for and 0 against, was left out for a point on 9
    # and 5), then the most records.
    named = sorted((crit not in lead, lead.index(crit) if crit in lead else 0,
                    len(a) < MOSTLY * len(b), -len(a) / (len(a) + len(b)), -len(a), crit)
                   for crit, (a, b) in counts.items()
                   if (len(a) >= d.rules.material_cases or crit in lead) and _borne(sc, crit, side, jid)
                   and crit in may and sc.ctx.stated.isdisjoint(same_point(crit)))  # fmt: skip
    lim = kf_wording()["limits"]  # more points only where the rationale gives more
    most = min(lim["leader_nouns"], max(lim["nouns"], len(lead)))
    crits = [crit for *_k, crit in named][:most]
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
    ) + f"; weighed as {mine} in the section" + (
        f"; named in the lead's rationale: {', '.join(c for c in crits if c in lead)}"
        if any(c in lead for c in crits) else "")  # fmt: skip
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
    """The records that count: a hedged strength ("too early to tell") never does, nor
    someone's word that the figures agree (`ownview.views_only`)."""
    return [i for i in evs if i not in set(hedged(d, evs)) | ownview.views_only(d)]  # kf30


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
