"""What needs to improve: the most material weaknesses across the inspection, each
naming the practice fault its records describe, its purpose, and where it is
concentrated (a law type, or areas whose own cases bear it out)."""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import replace

from exporters.draft.areagroups import area_groups
from exporters.draft.byrate import worse_by_share
from exporters.draft.casethemes import everything, material_against, safeguarding, wording
from exporters.draft.concentration import areas_of, law_of, place_words, within
from exporters.draft.data import DraftData
from exporters.draft.headlines import GOOD
from exporters.draft.improvecause import (
    carried,
    counted_material,
    counted_point,
    counted_weight,
    with_cause,
)
from exporters.draft.improveplace import by_rate
from exporters.draft.improvestated import stated_weaknesses, unfinished_point
from exporters.draft.safety import safety_criteria
from exporters.draft.sections import recorded_grade
from exporters.draft.subjects import NEUTRAL, subject_of, weakness_words
from exporters.draft.tallies import Claim, Pool, Tally, same_point
from exporters.draft.trace import normal, traced
from exporters.model import Paragraph, Section, Sentence

MAX_IMPROVEMENTS = 5


def improvements_section(data: DraftData, stated: Sequence[Section] = ()) -> Section:
    """What needs to improve: the most material weaknesses across the inspection, each
    naming the practice fault, its purpose and where it is concentrated; and a weakness
    about the service a national section graded good or better states (`stated`: the
    drafted national sections; `improvestated`)."""
    w = data.words
    org = data.inspection.organisation
    pool = everything(data, "improve")
    floor = data.rules.material_cases
    weak = [c for c in map(pool.claim, pool.criteria()) if c is not None]
    # A counted finding of the service's own checks is material on its own (`improvecause`).
    weak = [c for c in weak if len(c.tally.neg) >= floor or len(c.tally.wide_neg) >= floor
            or c.lean == "against" or counted_material(data, c)]  # fmt: skip
    # By how many cases and records are against, weighed by their share: a share alone
    # would put one national note (1 of 1) above delay found in 8 of 14 cases, a count
    # alone 8 of 40 above 5 of 6.  A weakness concentrated in one or two areas weighs by
    # its share there (`_weighed_share`).
    # Safeguarding first, wherever its weaknesses were found (reader 5's finding 2).
    guard = safeguarding(data)
    weak = [c for c in weak if c.criterion not in guard] + [
        c for c in map(pool.claim, sorted(guard & set(pool.criteria())))
        if c is not None and material_against(data, c)
    ]  # fmt: skip
    # In judgements below good, never a point whose cases and records lean positive
    # (tester 20's A2: advice to the court, five cases for and four against, was the
    # second point to improve for a service requiring improvement).  A good service's
    # points are the weaknesses of its minority of cases: every point leans positive.
    # Keeping children safe is the exception, whatever the grade (README: safeguarding
    # weaknesses come first in what needs to improve; tester 26's F11: concerns not
    # followed up in 10 of 70 cases, a service requiring improvement, no point on it).
    # So is a judgement whose grade rests on weaknesses in a minority of cases: its
    # material minority weaknesses are its points (`_on_minorities`; tester 26's F11).
    safe = safety_criteria(data.framework)
    graded = _graded(data)
    minority = _on_minorities(data, pool, graded, safe)
    weak = [c for c in weak if c.criterion in safe or _material_minority(data, c, minority)
            or not (_leans_for(c) and _below(data, c, graded))]  # fmt: skip
    weak = [c for c in weak if not contradicted(data, c)]
    # No more points than the evidence carries (`improvecause.carried`: a good service's
    # weakness in a small number of cases is no point; tester 33).
    weak = [c for c in weak if carried(data, c, set(guard) | set(safe))]
    # Keeping children safe first of those (tester 24's A5: the advice to the court, in
    # the framework's group on safeguarding, came before following up concerns).
    weak.sort(key=lambda c: (c.criterion not in guard, c.criterion not in safe,
                             -_weight(data, c), c.criterion))  # fmt: skip
    out = []
    for c in stated_weaknesses(data, with_each_judgement(data, weak, pool), weak, stated):
        dv = pool.records(c.criterion, "development")
        text, bearing = unfinished_point(data, c, dv) if not c.by_cases else ("", [])
        why = ""
        # A point made material by a counted finding of the service's own checks is said
        # for it; any other from the cause its notes keep naming (`improvecause`).
        if (
            not text
            and counted_weight(data, c) >= _weight(data, c, counted=False)
            and (got := counted_point(data, c))
        ):
            text, bearing, why = got
        if not text:
            text, bearing = improvement_fault(data, c, dv)
            text, why = with_cause(data, c, text, dv)
        where = _concentrated(data, c, bearing)
        if where:
            at = text.find(", so that")
            at = at if at != -1 else len(text) - 1
            text = f"{text[:at]}, particularly {where}{text[at:]}"
        t = c.tally
        out.append(Paragraph(kind="bullet", theme="improve", sentences=[traced(
            text, dv, data, role="claim", criteria=[c.criterion], direction="against",
            basis=f"Weaknesses on {c.criterion}: {t.line(c.by_cases)}" + (f"; {why}" if why else ""),
            cases=t.neg,
        )]))  # fmt: skip
    if not out:
        out.append(Paragraph(kind="bullet", theme="placeholder", sentences=[Sentence(
            text=w.text["improve_placeholder"], role="placeholder")]))  # fmt: skip
    return Section(kind="improve", heading=f"What does {org} need to improve?", paragraphs=out)


def with_each_judgement(
    data: DraftData, weak: list[Claim], pool: Pool | None = None
) -> list[Claim]:
    """The improvement points, the weightiest first (`weak` in order): `MAX_IMPROVEMENTS`,
    and one more for each national judgement graded below good whose own weaknesses the
    list would otherwise leave out, its weightiest (tester 17: leaders judged inadequate,
    on seven records against their use of performance information, while all five points
    were practice faults found in dozens of cases).  The point is added, never put in
    another's place: at first it took the lightest point's, and that was a weakness in
    most cases (tester 17's second audit)."""

    def of(c: Claim) -> list[str]:
        return data.framework.criterion(c.criterion).judgements

    if pool is not None:
        weak = _specific_first(data, weak, pool, of)
    chosen = weak[:MAX_IMPROVEMENTS]

    for jid in _below_good(data):
        if any(jid in of(c) for c in chosen):
            continue
        made = {k for x in chosen for k in same_point(x.criterion)}
        owns = [c for c in weak[MAX_IMPROVEMENTS:] if jid in of(c) and c.lean == "against"
                and c.against_weight >= data.rules.material_cases
                and c.criterion not in made]  # fmt: skip
        # The weightiest whose records name a fault to put right, before one said only
        # as "Tackle the weaknesses found in ..." (tester 23's A9: work with family
        # justice partners, generic, in the place of workloads, 44% in the survey).
        specific = [c for c in owns if pool is not None and not _generic(data, c, pool)]
        picked = specific or owns
        if picked:
            chosen = [*chosen, picked[0]]
    return chosen


def _specific_first(
    data: DraftData, weak: list[Claim], pool: Pool, of: Callable[[Claim], list[str]]
) -> list[Claim]:
    """`weak` with each point about the service of a national judgement below good said
    only in general terms (`_broad`) giving its place to the points of the same
    judgement after it that name a fault (leaning against, on `material_cases` records
    or more), in their order, and itself put last: it takes room only where no point
    naming a fault is left (tester 27's A14: "Strengthen the management of the
    service, ..." from thirteen notes naming no one fault took the place of the point on
    performance information that counts a letter as done once it is started)."""
    out = list(weak)
    for jid in _below_good(data):
        mine = [c for c in out if not c.by_cases and jid in of(c)]
        broad = [c for c in mine if _broad(data, c, pool)]
        if not broad:
            continue
        at = out.index(broad[0])
        pulled = [c for c in mine[mine.index(broad[0]) + 1 :] if c not in broad
                  and c.lean == "against" and c.against_weight >= data.rules.material_cases]  # fmt: skip
        rest = [c for c in out[at:] if c not in pulled and c not in broad]
        out = [*out[:at], *pulled, *rest, *broad]
    return out


def _broad(data: DraftData, c: Claim, pool: Pool) -> bool:
    """Whether a point about the service would be worded only in general terms: the
    generic point, or its criterion's own for notes naming none of its subjects
    ("Strengthen the management of the service, ...")."""
    if _generic(data, c, pool):
        return True
    dv = pool.records(c.criterion, "development")
    if data.words.support.improvement_fit(c.criterion, [data.text(i) for i in dv]):
        return False
    chosen = subject_of(data, replace(c, direction="against"), (), dv)
    return chosen is not None and chosen[0].name == NEUTRAL


def _generic(data: DraftData, c: Claim, pool: Pool) -> bool:
    """Whether a point would be worded only as the generic one (no fault its records
    describe, nor the criterion's own point)."""
    dv = pool.records(c.criterion, "development")
    text, _ = improvement_fault(data, c, dv)
    generic = data.words.support.improve_generic.format(
        topic=weakness_words(data, c, dv).about_what
    )
    return text == generic


def _graded(data: DraftData) -> dict[str, int]:
    """The national judgements (not the overall one) with a settled grade: its rank."""
    out = {}
    for j in data.framework.judgements:
        if j.overall or j.scope != "national":
            continue
        grade, provisional = recorded_grade(data, data.judgement(j.id))
        if grade and not provisional:
            out[j.id] = data.framework.grade(grade).rank
    return out


def _below_good(data: DraftData) -> list[str]:
    """The national judgements (not the overall one) whose settled grade is below good."""
    return [jid for jid, rank in _graded(data).items() if rank > GOOD]


def _below(data: DraftData, c: Claim, graded: dict[str, int]) -> bool:
    """Whether every judgement the criterion informs that is graded (one at least) is
    graded below good."""
    ranks = [graded[j] for j in data.framework.criterion(c.criterion).judgements if j in graded]
    return bool(ranks) and min(ranks) > GOOD


def improvement_fault(data: DraftData, c: Claim, dv: list[int]) -> tuple[str, list[int]]:
    """The improvement point and the records that bear it out: the fault the records
    against the criterion describe (`support.toml`, [[improve_fit]]) where at least the
    framework's `material_cases` of them describe it (one note is not a practice fault
    to put right across the service), with those records; else the criterion's own
    point, when the records mention every particular it names ("case plans",
    "supervision") and, where it is one of those faults, at least one describes it;
    else its plain form or the generic one, with all of them."""
    sup = data.words.support
    words = weakness_words(data, c, dv)  # the subject its notes speak of
    texts = data.texts(dv)
    said = [texts[i].text for i in dv]
    faults = {t: [i for i in dv if p.search(texts[i].text)]
              for p, t in sup.improve_fits.get(c.criterion, ())}  # fmt: skip
    fit = sup.improvement_fit(c.criterion, said)
    if fit is not None and len(faults[fit]) >= data.rules.material_cases:
        return fit, faults[fit]
    for text in (words.improve, words.improve_plain):
        # The criterion's own point, unless it is a fault none of the notes describes.
        if text and faults.get(text, dv) and not sup.unsupported(text, said):
            return text, dv
    return sup.improve_generic.format(topic=words.about_what), dv


def contradicted(data: DraftData, c: Claim) -> bool:
    """Whether a point resting on records about the service, not on case files, says
    the opposite of what the organisation's own records show (those about the whole
    organisation, which its national section states): they lean for it with fewer than
    `material_cases` against, while the records against it are fewer than
    `min_service_records` different notes (tester 22's A4: "Review workloads and
    workforce planning ..." from one manager's remark on recruitment, typed alike in
    three areas, while the head of HR's account and the staff survey, said as a
    strength in the leadership section, show the workforce well planned)."""
    t, floor = c.tally, data.rules.material_cases
    if len(t.neg) + (len(t.files.neg) if t.files else 0) >= floor:
        return False  # case files bear it out
    whole = set(data.national)
    st = [i for i in t.wide_pos if i in whole]
    dv = [i for i in t.wide_neg if i in whole]
    if len(st) <= len(dv) or len(dv) >= floor:
        return False
    remarks = {normal(data.text(i)) for i in t.wide_neg}
    return len(remarks) < data.rules.min_service_records


def _on_minorities(data: DraftData, pool: Pool, graded: dict[str, int], safe: Set[str]) -> set[str]:
    """The national judgements graded below good whose grade rests on weaknesses in a
    minority of cases: fewer than `[limits] improve_majority_points` of their criteria
    (besides keeping children safe) have the framework's `material_cases` cases against
    and more cases against than for (tester 26's F11: a service requiring improvement
    for children not seen alone in 19 of 70 cases, weak analysis in 18, late checks and
    oversight in 12 each, and no point leaning against: what needs to improve named
    none of them).  Where two or more lean against, they are the reasons for the grade,
    and a point whose cases lean positive stays out (tester 20's A2)."""
    most = wording()["limits"]["improve_majority_points"]
    floor = data.rules.material_cases
    out = set()
    for jid, rank in graded.items():
        if rank <= GOOD:
            continue
        mine = [c for crit in pool.criteria() if crit not in safe
                and jid in data.framework.criterion(crit).judgements
                and (c := pool.claim(crit)) is not None and c.by_cases]  # fmt: skip
        leaning = [
            c for c in mine if len(c.tally.neg) >= floor and len(c.tally.neg) > len(c.tally.pos)
        ]
        if len(leaning) < most:
            out.add(jid)
    return out


def minority_reasons(data: DraftData) -> frozenset[str]:
    """The points of practice that are reasons for a grade below good resting on
    weaknesses in a minority of cases (`_on_minorities`, `_material_minority`): points
    to improve, never the service's strongest practice (tester 26's F12: seeing
    children alone, 19 of 70 cases against, was offered as a strength once initial
    risk assessment was not)."""
    pool = everything(data, "improve")
    graded = _graded(data)
    minority = _on_minorities(data, pool, graded, safety_criteria(data.framework))
    if not minority:
        return frozenset()
    claims = (pool.claim(crit) for crit in pool.criteria())
    return frozenset(c.criterion for c in claims
                     if c is not None and _material_minority(data, c, minority))  # fmt: skip


def _material_minority(data: DraftData, c: Claim, minority: set[str]) -> bool:
    """Whether a point about cases informs a judgement resting on minority weaknesses
    (`_on_minorities`) and goes against in at least `[limits] improve_minority_share` of
    its cases with a view ("some" cases or more), and in `material_cases` of them."""
    t = c.tally
    if (
        not c.by_cases
        or not t.views
        or not minority & set(data.framework.criterion(c.criterion).judgements)
    ):
        return False
    share = wording()["limits"]["improve_minority_share"]
    return len(t.neg) >= data.rules.material_cases and len(t.neg) / t.views >= share


def _leans_for(c: Claim) -> bool:
    """Whether more cases and records are for a point than against it."""
    t = c.tally
    return len(t.pos) + len(t.wide_pos) > len(t.neg) + len(t.wide_neg)


def _weight(data: DraftData, c: Claim, counted: bool = True) -> float:
    """What a point weighs: its cases and records against by their share
    (`_weighed_share`), or its weightiest counted finding's (`improvecause`), the more."""
    own = c.against_weight * _weighed_share(data, c)
    return max(own, counted_weight(data, c)) if counted else own


def _against_share(c: Claim) -> float:
    t = c.tally
    total = t.views + len(t.wide_pos) + len(t.wide_neg)
    return (len(t.neg) + len(t.wide_neg)) / total if total else 0.0


def _weighed_share(data: DraftData, c: Claim) -> float:
    """The share a point's weight is multiplied by: of all the cases and records with a
    view (`_against_share`), or, where its cases against are concentrated in one or two
    visited areas whose own cases lean against it (`concentration.areas_of`, the rule
    that names them: "particularly in Area 8"), of those areas' cases, if larger (tester
    24's A2: delay, in nine of Area 8's 12 cases and one other, 14% of all, came sixth
    and was left out, after a point on eight cases spread thinly)."""
    share = _against_share(c)
    own = {g: within(data, c.tally, g) for g in area_groups(data)}
    found = areas_of(data, c.tally, own)
    if found is None or not found[1].views:
        return share
    return max(share, len(found[1].neg) / found[1].views)


def _concentrated(data: DraftData, c: Claim, bearing: list[int]) -> str:
    """'in public law cases' or 'in Areas 5 and 9' where the cases against whose notes
    bear the point out (`bearing`) are concentrated there, by the key findings' rule
    (`concentration.law_of`, `concentration.areas_of`: one rule for where a weakness is
    concentrated), and there are enough of them to say so (at least three, and the
    framework's `min_cases`); an area named leans against the point in its own cases
    (tester 24's A6)."""
    against = set(c.tally.neg)
    neg = tuple(sorted({k for i in bearing if (k := data.case[i]) in against}))
    if len(neg) < max(3, data.rules.min_cases):
        return ""
    # Where the cases bearing it out are, against each law type's (area's) own cases: no
    # share is said there, so the place need not lean against it (`leaning`).
    t = replace(c.tally, neg=neg)
    laws = {law: _of_law(data, c.tally, law) for law in ("PRIVATE", "PUBLIC")
            if data.cases_of_law.get(law)}  # fmt: skip
    if (law := law_of(data, t, laws, leaning=False)) and worse_by_share(data, laws, {law}):
        return f"in {data.framework.law_type_label(law).lower()} cases"
    own = {g: within(data, c.tally, g) for g in area_groups(data)}
    found = areas_of(data, t, own, leaning=False)
    if found is not None and any(len(own[g].pos) > len(own[g].neg) for g in found[0]):
        # An area whose own cases lean to the strength is never singled out for the
        # weakness beside one where it is common (tester 24's A6: "particularly in Areas
        # 8 and 11", four of five cases against in Area 8, two of eight in Area 11): the
        # areas named lean against it, or none is named.
        found = areas_of(data, t, own)
    if found is None or not worse_by_share(data, own, set(found[0])):
        # Else the areas whose own cases fall short by the rate (tester 35's A17).
        named = by_rate(data, own, neg)
        return f"in {place_words(data, named)}" if named else ""
    return f"in {place_words(data, found[0])}"


def _of_law(data: DraftData, t: Tally, law: str) -> Tally:
    """A tally of one law type's cases only."""

    def keep(ks: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(k for k in ks if data.case_law[k] == law)

    return replace(t, pos=keep(t.pos), neg=keep(t.neg), mixed=keep(t.mixed), wide_pos=(),
                   wide_neg=())  # fmt: skip
