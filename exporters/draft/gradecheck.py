"""Whether a grade a lead records agrees with the evidence, by the same rule the draft
uses to mark a section (`agreement.grade_check`), for the judgements screen to say so
when a grade is chosen.

    data = exporters.draft.load(store)          # once: a few whole-table reads
    check = grade_check_for(data, "J18-4A", "good", area_code="3")
    if check is not None and not check.agrees:
        hint = check.what    # "weaknesses were found in the vast majority of the ..."

Passing the `Store` itself loads the evidence on each call (a fraction of a second on
an inspection of some hundreds of cases); a screen that offers several grades in turn
loads `DraftData` once, off the UI thread, and passes it.
"""

from __future__ import annotations

from exporters.draft.agreement import GradeCheck, grade_check
from exporters.draft.areagroups import area_groups
from exporters.draft.data import DraftData, load
from exporters.draft.judgementpool import weighing_pool
from exporters.draft.sections import area_pool
from store.store import Store

__all__ = ["GradeCheck", "grade_check_for", "grade_hint"]


def grade_check_for(
    source: Store | DraftData, judgement_id: str, grade: str | None, area_code: str | None = None
) -> GradeCheck | None:
    """How the evidence of the section that judgement `judgement_id` heads (for an area
    judgement, the section of `area_code` and any areas reported with it) compares with
    `grade` (a grade code of the framework, such as "good"; not necessarily the one
    recorded).  `GradeCheck.agrees` is False where the draft would mark the section:
    `what` then says what disagrees in the draft's words (to follow "the grade ... but"),
    and `line()` gives the counts.

    None where the draft makes no such check: no grade, an unknown judgement, an area
    not visited, a section without practice evidence from cases (national leadership,
    the leadership of local services), or too little of it to judge."""
    data = source if isinstance(source, DraftData) else load(source)
    if not grade:
        return None
    try:
        jdef = data.framework.judgement(judgement_id)
    except KeyError:
        return None
    if jdef.scope == "area":
        group = next((g for g in area_groups(data) if area_code in g), None)
        if group is None:
            return None
        pool = area_pool(data, group)[0]
        return grade_check(pool, grade)
    if jdef.overall:
        return None
    # Weighed on every criterion linked to it, those another section says included
    # (`judgementpool`), as the draft's own check of the section is.
    pool = weighing_pool(data, jdef)
    return grade_check(pool, grade) if pool.case_ids else None


def grade_hint(
    source: Store | DraftData, judgement_id: str, grade: str | None, area_code: str | None = None
) -> str:
    """What the `judge` command and the judgements screen say of a grade the evidence
    disagrees with (`grade_check_for`), in the draft marker's words: "The evidence
    disagrees with a grade of good: weaknesses were found in ..."; of a grade below good
    the evidence may be too high for, "The evidence may support a lower grade than
    requires improvement to be good: ..."; "" where it agrees or the draft makes no
    check."""
    data = source if isinstance(source, DraftData) else load(source)
    check = grade_check_for(data, judgement_id, grade, area_code)
    if check is None or check.agrees or not grade:
        return ""
    heading = data.framework.grade(grade).heading
    if check.lower:  # the other way for a grade below good (tester 25's A10)
        return f"The evidence may support a lower grade than {heading}: {check.found}."
    return f"The evidence disagrees with a grade of {heading}: {check.what}."
