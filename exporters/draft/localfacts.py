"""What an area's section says about the service: what is local to the area (issue 15,
tester 16 D7: every area section said the same staff survey, staffing and stakeholder
sentences, 12% of area sentences shared).

A finding about the service (a leadership or partnership criterion, said from records,
not as a share of cases) that the visited areas share is a fact about the service, not
about one area: where at least `support.toml` [local] `min_areas` visited areas have
records about the service on the criterion and at least `share` of them lean the same
way (`area_lean`), the areas leaning that way leave it to the national section that
counts every area's records on it (a local-services judgement the criterion informs,
`said_nationally`), which says it once; an area leaning the other way, or with records
the other way too ("mostly strengths, although not consistently"), says its own
finding, which is local (`not_local`).  So does an area whose grade the finding
explains (`sets_apart`, case22; tester 21's A4 and A6): an area graded below good says
its own weaknesses about the service (its six vacancies and caseloads of 26 are why
its leadership is inadequate, though other areas have vacancies too), an area graded
outstanding its own strengths.  The same holds for what each group of
stakeholders told inspectors in an area (`stakeholders`, `local_groups`).  Where no
national section counts the areas' records (a framework with no judgement of local
services), or fewer areas were visited, each area says what it found.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from exporters.draft.areagroups import area_judgement, split_grades
from exporters.draft.data import GOOD_RANK, DraftData
from exporters.draft.viewowner import WHOLE_KINDS
from exporters.draft.wording import wording_table


@cache
def local_rules() -> tuple[int, float]:
    """`support.toml` [local]: the fewest visited areas with records on a finding for it
    to be shared (`min_areas`), and the share of them that must lean alike (`share`)."""
    local = wording_table("support.toml")["local"]
    return int(local["min_areas"]), float(local["share"])


def visited(d: DraftData) -> list[str]:
    """The codes of the visited areas."""
    return [a.code for a in d.areas if a.visited]


def area_lean(d: DraftData, areas: Iterable[str], criterion: str) -> str:
    """Which way the records about the service of `areas` (no case's) lean on
    `criterion`: "for" (more strengths than development points; a hedged strength
    counts neither way), "against", "even", or "" where they have none.  What someone
    told inspectors is not counted here: a group's view is local or not by what the
    group said (`viewgroup.local`), and one person's own words, said once, are the
    area's (the same words in another area are never said again: `service.said_already`)."""
    pos = neg = 0
    people = d.words.quote_sources
    for code in areas:
        for i in d.area_level.get(code, ()):
            if criterion not in d.crits[i] or d.source[i] in people:
                continue
            pos += d.polarity[i] == "strength" and i not in d.hedged
            neg += d.polarity[i] == "development"
    if not pos and not neg:
        return ""
    return "for" if pos > neg else "against" if neg > pos else "even"


def common_lean(d: DraftData, criterion: str) -> str:
    """The way the visited areas' records about the service on `criterion` lean where
    they share it (`support.toml` [local]); "" where they do not, or too few areas have
    records on it."""
    most, share = local_rules()
    leans = [lean for code in visited(d) if (lean := area_lean(d, (code,), criterion))]
    if len(leans) < most:
        return ""
    for side in ("for", "against"):
        if leans.count(side) >= share * len(leans):
            return side
    return ""


def said_nationally(d: DraftData, criterion: str) -> bool:
    """Whether a national section counts every area's records on `criterion`: a
    judgement of the leadership of local services that the criterion informs."""
    w = d.words
    try:
        informs = d.framework.criterion(criterion).judgements
    except KeyError:
        return False
    return any(
        j.scope == "national" and not j.overall and j.id in informs
        and w.judgement_kind(j) == "local"
        for j in d.framework.judgements
    )  # fmt: skip


def not_local(d: DraftData, areas: tuple[str, ...], criterion: str, direction: str) -> bool:
    """Whether an area section (`areas`) leaves its finding about the service on
    `criterion`, said one way (`direction` "for" or "against"; a balanced finding is the
    area's own), to the national section (see the module docstring): the visited areas'
    records share that lean, this area's all go that way, and a national section says
    it."""
    if not areas or direction not in ("for", "against"):
        return False
    common = common_lean(d, criterion)
    return (
        common == direction
        and not sets_apart(d, areas, direction)
        and area_lean(d, areas, criterion) == common
        and not _other_way(d, areas, criterion, common)
        and said_nationally(d, criterion)
    )


def sets_apart(d: DraftData, areas: tuple[str, ...], direction: str) -> bool:
    """Whether a finding about the service said one way (`direction`) explains the
    settled grade recorded for `areas`: "against" in an area graded below good, "for"
    in one graded at the framework's top grade (outstanding).  Never for an area with no
    settled grade (the framework judges no area, a provisional grade, or areas reported
    together and graded apart)."""
    jdef = area_judgement(d)
    if jdef is None or split_grades(d, areas):
        return False
    recorded = [j for c in areas if (j := d.judgement(jdef.id, c)) is not None and j.grade]
    if not recorded or not recorded[0].grade or d.words.is_provisional(recorded[0].rationale):
        return False
    rank = d.framework.grade(recorded[0].grade).rank
    if direction == "against":
        return rank > GOOD_RANK
    return direction == "for" and rank == min(g.rank for g in d.framework.grades)


def _other_way(d: DraftData, areas: Iterable[str], criterion: str, lean: str) -> bool:
    """Whether any of the areas' own records about the service on `criterion` goes the
    other way from `lean`: the area's finding then has a nuance of its own ("mostly
    strengths, although not consistently"), and is said there."""
    other = "development" if lean == "for" else "strength"
    people = d.words.quote_sources
    return any(
        criterion in d.crits[i] and d.polarity[i] == other and d.source[i] not in people
        for code in areas for i in d.area_level.get(code, ())
    )  # fmt: skip


def whole_view_said(d: DraftData) -> bool:
    """Whether a national section says every stakeholder group's whole view (a section
    counting every area or the whole national sample, on no one law type:
    `viewowner.WHOLE_KINDS`), and enough areas were visited for a view shared by them to
    be the service's rather than one area's (`support.toml` [local] `min_areas`)."""
    w = d.words
    if len(visited(d)) < local_rules()[0]:
        return False
    return any(
        j.scope == "national" and not j.overall and w.judgement_kind(j) in WHOLE_KINDS
        and not w.kind_law_types.get(w.judgement_kind(j))
        for j in d.framework.judgements
    )  # fmt: skip
