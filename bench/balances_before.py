"""The Judgements screen's evidence balances as they were read before the grouped read
of `store/balances.py`: kept here only as the benchmark's baseline.

One statement took the `DISTINCT` of every (judgement, evidence item) pair, joining each
item's criteria to the criterion-to-judgement pairs and reading each item by id, then
grouped the pairs per area and across the inspection; a second joined every grading to
every (judgement, criterion) pair.  About 7 s of CPU at 6,000 cases."""

from __future__ import annotations

import json

from store.models import CoverageCell, JudgementBalance
from store.store import Store

EVIDENCE_SQL = """
    WITH jc(judgement_id, criterion_id) AS (
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
        FROM json_each(?)
    ), tagged AS (
        SELECT DISTINCT jc.judgement_id, e.id, e.source, e.polarity, e.case_id,
               coalesce(e.area_code, c.area_code) AS area
        FROM evidence e LEFT JOIN cases c ON c.id = e.case_id
        JOIN evidence_criterion ec ON ec.evidence_id = e.id
        JOIN jc ON jc.criterion_id = ec.criterion_id
    )
    SELECT judgement_id, 1 AS by_area, area, count(*) AS n,
           count(DISTINCT source) AS s, sum(polarity = 'strength') AS st,
           sum(polarity = 'development') AS dv, count(DISTINCT case_id) AS cases
    FROM tagged GROUP BY judgement_id, area
    UNION ALL
    SELECT judgement_id, 0, NULL, count(*), count(DISTINCT source),
           sum(polarity = 'strength'), sum(polarity = 'development'),
           count(DISTINCT case_id)
    FROM tagged GROUP BY judgement_id
"""

GRADINGS_SQL = """
    WITH jc(judgement_id, criterion_id) AS (
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
        FROM json_each(?)
    )
    SELECT jc.judgement_id, c.area_code, g.grade, count(*) AS n
    FROM gradings g JOIN cases c ON c.id = g.case_id
    JOIN jc ON jc.criterion_id = g.criterion_id
    GROUP BY jc.judgement_id, c.area_code, g.grade
"""


def balances_before(store: Store) -> list[JudgementBalance]:
    """What `Store.judgement_balances` returned, computed the old way."""
    fw = store.framework
    pairs = json.dumps([[j, c.id] for c in fw.criteria for j in c.judgements])
    found: dict[tuple[str, str | None], JudgementBalance] = {}

    def entry(judgement_id: str, area_code: str | None) -> JudgementBalance:
        key = (judgement_id, area_code)
        if key not in found:
            found[key] = JudgementBalance(judgement_id=judgement_id, area_code=area_code)
        return found[key]

    evidence = store.conn.execute(EVIDENCE_SQL, (pairs,)).fetchall()
    gradings = store.conn.execute(GRADINGS_SQL, (pairs,)).fetchall()
    for judgement_id, by_area, area, n, s, st, dv, cases in evidence:
        if by_area and area is None:
            continue
        entry(judgement_id, area).evidence = CoverageCell(
            evidence=n, sources=s, strengths=st, developments=dv, cases=cases
        )
    for judgement_id, area_code, grade, n in gradings:
        for area in (area_code, None):
            tally = entry(judgement_id, area).case_gradings
            tally[grade] = tally.get(grade, 0) + n
    return list(found.values())
