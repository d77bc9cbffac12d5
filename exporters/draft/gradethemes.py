"""The key findings' theme on a law type's judgement graded below good (`themes.py`
chooses among the themes): every judgement below good has a key finding (issue 15,
tester 12: public law, the one national judgement requiring improvement, had none).
The area judgements below good are `areathemes.below_good`'s, the national
leadership's `servicethemes.leaders_theme`.

A law type's finding gives its grade and the reasons it rests on: the weaknesses its
own cases show, as its section weighs them (never a point the section says is a
strength, or even), the weightiest first (`kfreasons.weigh`: the largest share against,
on a floor of cases with a view, so never the largest share of a few cases, tester 14);
with none, those in most of its cases another finding states of other cases
(`kfreasons.elsewhere`), then a subject of practice, then (requiring improvement) those
in a material minority of its cases, never the least of them first (tester 31's A18);
with none, its grade alone, and a placeholder for the reasons.

Which finding owns a point (session 15): a weakness whose cases against are
concentrated in one law type (`concentration.where`) is that law type's reason, its
finding's before any other's (`law_owned`); one concentrated in one or two areas, or
spread over all the cases, is the weakest practice's or the area's finding's, and the
law type's finding names its other reasons.  A group of areas below good names the
weak points their own cases share that no other finding states and that are not a
weakness of a law type judged below good (`areathemes._shared_points`); with none, a
placeholder for the reasons.  A point is said in one finding only.
Wording: `key_findings.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.casethemes import (
    Scene,
    Theme,
    cases_line,
    choose_text,
    even,
    fold,
    grade_rank,
    make_theme,
    own_records,
    wording,
)
from exporters.draft.concentration import Measured, where
from exporters.draft.kfreasons import elsewhere, weigh
from exporters.draft.kfsplit import law_finding
from exporters.draft.kfworst import inadequate, main_reason, reason_clause
from exporters.draft.lawsubjects import key_clause
from exporters.draft.sections import recorded_grade
from exporters.draft.stance import SIDE
from exporters.draft.tallies import Claim, Pool, same_point
from exporters.model import Section, Sentence


def law_themes(sc: Scene, owned: dict[str, set[str]], wide: Sequence[Theme] = ()) -> list[Theme]:
    """The finding on the law types whose national judgements are graded below good: a
    sentence for each, naming the weaknesses said of its own cases (`owned`,
    `law_owned`) and the others no other finding states; with none, its weaknesses in
    most of its cases that findings on other cases state, but none of the findings on
    all the cases (`wide`: `kfreasons.elsewhere`)."""
    d = sc.data
    out = []
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        if rank is None or grade is None or rank < 3 or law not in sc.laws:
            continue
        label = d.framework.law_type_label(law).lower()
        points = _weak(sc, sc.laws[law], jid, owned.get(law, set()))
        if not points:  # tester 31's A18: never the least weakness for want of the others
            points = elsewhere(sc, sc.laws[law], jid, wide)
        if not points and (t := _subject_theme(sc, law, jid, grade, rank)) is not None:
            out.append(t)
            continue
        if not points and rank == REQUIRES_IMPROVEMENT:
            points = _minority(sc, sc.laws[law], owned.get(law, set()))
        found: list[Measured] = [(c, f"{label} ", "", c.tally) for c in points]
        frame = _frame(sc, law, rank, points)
        reason = main_reason(sc, law) if rank == INADEQUATE else None
        lead = None if reason is None else _lead(sc, law, jid, grade, reason)
        if lead is not None:  # the grade and its main reason, then the other weaknesses
            frame = frame.replace("law_inadequate", "law_inadequate_more")
        fill = {"law": label, "Law": label.capitalize(), "judged": wording()["judged"][str(rank)]}
        # Its reasons in 45 words, the others in a sentence of their own (`kfsplit`).
        head = f"Judgement {jid}: {d.framework.grade(grade).label}"
        t = law_finding(sc, "weakness", frame, fill, found, law, head)
        if lead is not None:
            t = fold(lead, t) if points else lead
        t.law = law
        t.reasoned = bool(points) or lead is not None
        out.append(t)
    # The worst grade first (an inadequate law type's finding before one requiring
    # improvement, whose reasons may be a placeholder: kf30).
    out.sort(key=lambda t: -_rank(sc, t.law))
    # A law type judged inadequate is a finding of its own, first (`kforder.place`):
    # never folded beside another law type's (tester 30: public law's grade in the middle
    # of a 100-word bullet after the private law list).
    alone = [t for t in out if t.law and inadequate(sc, t.law)]
    for t in alone:
        t.kept = True
    out = [t for t in out if t not in alone]
    # Both law types below good: one finding, a sentence each (room for the others).
    # A law type's sentence that gives its grade alone takes the placeholder for its
    # reasons there and then: folded beside the other's reasons it would get none
    # (tester 27's A5: "Practice in public law is judged to require improvement." bare).
    joined: Theme | None = None
    for t in out:
        if (
            any(o.reasoned for o in out)
            and not t.reasoned
            and not any(x.criteria for x in t.sentences)
        ):
            t.sentences.append(Sentence(text=str(wording()["frames"]["reasons_placeholder"]),
                                        role="placeholder", basis=t.sentences[0].basis))  # fmt: skip
        joined = fold(joined, t)
    if joined is None:
        return alone
    joined.law = out[0].law if len(out) == 1 else ""
    joined.kept = True  # every judgement below good has a key finding
    return [*alone, joined]


def _lead(sc: Scene, law: str, jid: str, grade: str, reason: Claim) -> Theme:
    """The finding's first sentence on a law type judged inadequate: the grade and its
    main reason (`kfworst`), "Practice in public law is judged to be inadequate: in most
    of the public law cases inspectors could assess, ..."."""
    d = sc.data
    label = d.framework.law_type_label(law).lower()
    text = choose_text(sc, wording()["frames"]["law_inadequate_reason"], f"key|lead|{law}",
                       law=label, Law=label.capitalize(), judged=wording()["judged"]["4"],
                       reason=reason_clause(sc, law, reason))  # fmt: skip
    basis = (f"Judgement {jid}: {d.framework.grade(grade).label}; its main reason: "
             f"{cases_line(reason.tally, label)}")  # fmt: skip
    crits = [reason.criterion]
    return make_theme(sc, "weakness", "law", text,
                      own_records(sc, crits, set(reason.tally.neg), "development"),
                      crits=crits, basis=basis, cases=reason.tally.neg)  # fmt: skip


def _rank(sc: Scene, law: str) -> int:
    """The grade rank of law type `law`'s national judgement (0 for none or provisional)."""
    d = sc.data
    grade, provisional = recorded_grade(d, d.judgement(sc.body.laws[law]))
    return 0 if provisional else grade_rank(d, grade) or 0


INADEQUATE = 4  # the grade rank of inadequate


def _frame(sc: Scene, law: str, rank: int, points: Sequence[Claim]) -> str:
    """The frame of a law type's finding below good: its grade alone with no reasons;
    inadequate, said as inadequate, and as widespread where its own cases bear that out
    (`widespread`); else "the weaknesses inspectors found include ..." (kf30: public law
    judged inadequate, weak in most of its cases on most points and in every area
    visited, read as one more grade requiring improvement)."""
    if not points:
        return "law_below_only"
    if rank < INADEQUATE:
        return "law_below"
    return "law_inadequate_widespread" if widespread(sc, law) else "law_inadequate"


def widespread(sc: Scene, law: str) -> bool:
    """Whether a law type's weaknesses are widespread: of the points of practice its own
    cases are counted on (the framework's `min_cases` cases with a view at least), at
    least two, and more than half, fail in more than half of their cases with a view,
    and every visited area holding cases of the law type with a view on those points
    has cases against on them."""
    d = sc.data
    counted = [c for c in sc.laws[law].claims()
               if c.by_cases and c.tally.views >= d.rules.min_cases]  # fmt: skip
    weak = [c for c in counted if 2 * len(c.tally.neg) > c.tally.views]
    if len(weak) < 2 or 2 * len(weak) <= len(counted):
        return False
    areas = {d.case_area[k] for c in weak for k in (*c.tally.pos, *c.tally.neg, *c.tally.mixed)}
    against = {d.case_area[k] for c in weak for k in c.tally.neg}
    return areas <= against


def _subject_theme(sc: Scene, law: str, jid: str, grade: str, rank: int) -> Theme | None:
    """A law type below good whose criteria give its finding no reason to name: the
    subject of practice its cases fail on most (`lawsubjects.key_clause`; tester 17:
    private law's finding gave its grade alone, and never said that work on domestic
    abuse was uneven, the failure its notes name most), counted by cases as its section
    counts it; None where its cases fail on no subject in material numbers."""
    d = sc.data
    label = d.framework.law_type_label(law).lower()
    said = key_clause(sc.ctx, sc.laws[law].case_ids, label, wording()["judged"][str(rank)])
    if said is None:
        return None
    text, subject = said
    basis = (f"Judgement {jid}: {d.framework.grade(grade).label}; notes naming "
             f"{subject.name} on {len(subject.cases)} {label} cases: for in "
             f"{len(subject.pos)}, against in {len(subject.neg)}")  # fmt: skip
    t = make_theme(sc, "weakness", "law", text, list(subject.records[:40]), crits=[],
                   basis=basis, cases=sorted(subject.neg))  # fmt: skip
    t.reasoned = True
    t.law = law
    return t


def law_owned(sc: Scene) -> dict[str, set[str]]:
    """The weaknesses said of one law type's cases (`concentration.where`: that law type
    holds the framework's `concentrated_share` of the cases against, and its own cases
    lean against) whose national judgement is below good, by law type: the reasons
    that law type's grade rests on, which its finding names and no other finding takes
    first (the weakest practice, an area's), unless one stated already (safeguarding's).
    A weakness said of one or two areas, or
    of all the cases, is not a law type's own: the weakest practice or an area's finding
    may name it, and the law type's finding names its other reasons."""
    d = sc.data
    below = set()
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        if rank is not None and rank >= 3 and law in sc.laws:
            below.add(law)
    labels = {f"{d.framework.law_type_label(law).lower()} ": law for law in below}
    out: dict[str, set[str]] = {}
    for c in sc.claims:
        if not c.by_cases or not c.tally.neg or not labels:
            continue
        if not sc.ctx.stated.isdisjoint(same_point(c.criterion)):
            continue  # said already (the safeguarding finding's)
        (law_words, _area, _t), _lines = where(sc, c)
        if law_words in labels:
            out.setdefault(labels[law_words], set()).add(c.criterion)
    return out


def _weak(sc: Scene, pool: Pool, jid: str, owned: set[str]) -> list[Claim]:
    """A law type's own weaknesses its section weighs as weaknesses: at least the
    framework's `material_cases` cases against and more against than for, on at least
    `min_cases` cases with a view (or against in every one of more than
    `material_cases`), and not a point another key finding
    states (but those said of this law type's cases, `owned`); the
    reasons the grade rests on, the weightiest first (`kfreasons.weigh`: the largest
    share against on the floor of cases with a view, children's safety and seeing
    children first where shares are close; tester 31's A18), all of them named where
    they fit (tester 14: private law's
    finding named parents' interviews, 5 of 7 against, and left out late safeguarding
    checks, 26 of 36, and children not seen, 22 of 36); at most `[limits] law_nouns`.
    Beside them, the even split (`casethemes.even`) its section states with the most
    cases against, where it has as many as one of them, said after them as a weakness
    in about half of the cases; never alone (tester 27's A6: children not seen as they
    need to be in 29 of 56 private law cases, an inadequate judgement, left out)."""
    d = sc.data
    out = []
    for c in pool.claims():
        t = c.tally
        if not c.by_cases:
            continue
        if c.criterion not in owned and not sc.ctx.stated.isdisjoint(same_point(c.criterion)):
            continue
        split = even(d, t)
        if len(t.neg) < d.rules.material_cases or (len(t.neg) <= len(t.pos) and not split):
            continue
        # A national grade's reason rests on the framework's `min_cases` cases with a
        # view, or every one of more than `material_cases` (both of two cases is an
        # area's point, said in counts there; all three public law cases is a reason).
        few = t.views < d.rules.min_cases and not len(t.neg) == t.views > d.rules.material_cases
        side = "even" if split else SIDE["weakness"]
        if few or sc.body.judgement(jid, c.criterion) != side:
            continue
        out.append((-len(t.neg), -len(t.neg) / t.views, c.criterion, c))
    # A reason on fewer than `min_cases` cases with a view (every one of three, said in
    # counts and flagged as a small sample in its section) only where no firmer reason
    # is there (tester 17: "... and in direct work with children, a weakness in all
    # three public law cases" after two reasons in the majority of 25 cases).
    firm = [x for x in out if x[3].tally.views >= d.rules.min_cases]
    ranked = [c for *_k, c in sorted(firm or out, key=lambda x: x[:3])]
    # The weightiest first (`kfreasons.weigh`: the largest share, children's safety and
    # seeing them before points of process where shares are close; tester 31's A18).
    chosen = weigh(sc, [c for c in ranked if not even(d, c.tally)])[
        : wording()["limits"]["law_nouns"]
    ]
    # An even split is a reason beside weaknesses in most cases, never alone: the one
    # with the most cases against, said after them, where it has as many cases against
    # as one of them (tester 27's A6).
    halves = [c for c in ranked if even(d, c.tally)]
    if chosen and halves and len(halves[0].tally.neg) >= min(len(c.tally.neg) for c in chosen):
        chosen.append(halves[0])
    return chosen


REQUIRES_IMPROVEMENT = 3  # the grade rank of requires improvement


def _minority(sc: Scene, pool: Pool, owned: set[str]) -> list[Claim]:
    """A law type judged to require improvement with no weakness in most of its cases:
    the weaknesses in a material minority of them (the framework's `material_cases`
    cases against, and `[limits] law_minority_share` of the cases with a view, on at
    least `min_cases`), the grade's reasons ("a material minority of weaknesses"), the most cases
    against first (tester 30, kf30's leftover: private law requiring improvement beside
    public law judged inadequate read "[Add the main reasons for this grade.]" though its
    own cases showed both).  Never a point another finding states, but one said of this
    law type's cases (`owned`) or one the inadequate law type's finding opens on that
    this law type's cases do not fail in most of (`kfworst.main_reason`: no other finding
    says it of these cases)."""
    d = sc.data
    leads = {c.criterion for x in sc.laws if inadequate(sc, x) and (c := main_reason(sc, x))}
    out = []
    for c in pool.claims():
        t = c.tally
        if not c.by_cases or t.views < d.rules.min_cases or len(t.neg) < d.rules.material_cases:
            continue
        if len(t.neg) < wording()["limits"]["law_minority_share"] * t.views:
            continue
        stated = not sc.ctx.stated.isdisjoint(same_point(c.criterion))
        # the lead's point, unless these cases fail in most (`kfworst._elsewhere` says it)
        lead = c.criterion in leads and 2 * len(t.neg) <= t.views
        if stated and c.criterion not in owned and not lead:
            continue
        out.append(c)
    # The weightiest first: the largest share against, keeping children safe and seeing
    # children before points of process where the shares are close (`kfreasons.weigh`;
    # tester 24's A5, tester 31's A18).
    return weigh(sc, out)[: wording()["limits"]["law_nouns"]]


def _section_states(body: Sequence[Section], jid: str) -> set[str] | None:
    """The criteria the body's section on judgement `jid` states in a claim that is not
    against (a strength, or balanced); None where the body holds no such section (the
    key findings drafted on their own)."""
    sec = next((x for x in body if x.kind == "judgement" and x.judgement_id == jid), None)
    if sec is None:
        return None
    return {c for p in [*sec.intro, *sec.paragraphs] for x in p.sentences
            if x.role == "claim" and x.direction != "against" for c in x.criteria}  # fmt: skip


def law_good_themes(
    sc: Scene, weak: Sequence[Theme] = (), body: Sequence[Section] = ()
) -> list[Theme]:
    """A law type judged good or better where another is judged below good (tester 14:
    public law, good, had no key finding beside private law's): its grade and the
    strengths its own cases show (`_strong`), the reasons its grade rests on; none where
    its cases show no strength no other finding states (the strongest practice or
    another finding may say it).  A point the other law type's finding (`weak`,
    `law_themes`) names as a weakness of its own cases may be this law type's strength:
    each is said of its own cases, a contrast, not one point both ways (tester 15:
    children seen alone in 18 of 21 private law cases, not in 18 of 26 public law
    cases).  Not kept: the overall grade's quota decides.  Where every law type is good
    or better, the strongest practice says their strengths."""
    d = sc.data
    ranks = {}
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        if rank is not None and grade is not None and law in sc.laws:
            ranks[law] = (rank, grade, jid)
    if not any(r >= 3 for r, _g, _j in ranks.values()):
        return []
    out = []
    for law, (rank, grade, jid) in ranks.items():
        if rank > 2:
            continue
        others = {c for t in weak if t.law != law for s in t.sentences for c in s.criteria}
        points = _strong(sc, sc.laws[law], jid, others, _section_states(body, jid))
        if not points:
            continue
        label = d.framework.law_type_label(law).lower()
        found: list[Measured] = [(c, f"{label} ", "", c.tally) for c in points]
        fill = {"law": label, "Law": label.capitalize(), "judged": wording()["judged"][str(rank)]}
        head = f"Judgement {jid}: {d.framework.grade(grade).label}"
        t = law_finding(sc, "strength", "law_good", fill, found, law, head)
        t.law = law
        out.append(t)
    return out


def _strong(
    sc: Scene, pool: Pool, jid: str, others: set[str] | None = None,
    stated: set[str] | None = None,
) -> list[Claim]:  # fmt: skip
    """A law type's own strengths its section weighs as strengths (`stance`: the side it
    states, a balanced point's larger side, never an even split): at least the
    framework's `min_cases` cases with a view and `material_cases` for, for in most of
    the cases with a view, and not a point another key finding states (but one another
    law type's finding states of its own cases, `others`); the most cases for first,
    then the largest share (tester 15: seeing children alone, 18 of 21, before three
    points at 100% of 14, 9 and 7 cases); at most `[limits] law_nouns`.

    The finding draws on its section's weightiest findings by cases, as the section
    states them (tester 18's F15: private law's key finding named the advice to the
    court, eight of eight cases, interviews with parents, six of seven, and direct work,
    five of six, while its section's main strength, initial risk assessment, 16 of 29
    cases with 10 against, was left out for want of twice as many cases for as against:
    a point the section says is a strength in the majority of its cases is one its key
    finding may name).  Where the body's section is drafted (`stated`: the criteria it
    states in a claim not against), only a point it states: the finding summarises its
    section, never naming a strength the section leaves in its marker of weaknesses not
    drafted."""
    d = sc.data
    out = []
    for c in pool.claims():
        t = c.tally
        said = sc.ctx.stated & set(same_point(c.criterion))
        if not c.by_cases or not said <= (others or set()):
            continue
        if t.views < d.rules.min_cases or len(t.pos) < d.rules.material_cases:
            continue
        if stated is not None and c.criterion not in stated:
            continue
        if 2 * len(t.pos) <= t.views:  # for in most of the cases with a view
            continue
        if sc.body.judgement(jid, c.criterion) != SIDE["strength"]:
            continue
        out.append((-len(t.pos), -len(t.pos) / t.views, c.criterion, c))
    return [c for *_k, c in sorted(out, key=lambda x: x[:3])][: wording()["limits"]["law_nouns"]]
