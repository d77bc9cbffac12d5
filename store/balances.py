"""The evidence and case gradings behind each judgement (for information, never a grade).

`judgement_evidence` and `judgement_case_gradings` answer for one judgement and area:
they are the plain statement of what a balance is, and the reference the tests hold
`judgement_balances` to.  `judgement_balances` answers for every judgement in every area
at once (the Judgements screen) in two statements, whatever the size of the inspection:

1. Each criterion that informs a judgement gets a bit; an evidence item's *criteria set*
   is the sum of the bits of its criteria (one `sum` per item over `evidence_criterion`,
   which holds each pair once, so the sum is the set).  A judgement is a bit mask over
   the criteria, so "the item informs judgement J" is `set & mask(J) != 0`, and an
   item's *judgement set* (one bit per judgement) is a handful of integer tests.
2. The items are grouped by (judgement set, area, case) and (judgement set, area,
   source): a few tens of thousands of groups at 6,000 cases.  Each group is then
   credited to the judgements of its set, and the judgements' counts, distinct cases
   and distinct sources are summed from the groups, per area and across the inspection.

An item is counted once per judgement however many of its criteria inform it.  SQLite's
integers are 64-bit, so criteria sets take 62 criteria per column and a statement
handles 62 judgements; larger frameworks add columns or statements (per framework, never
per case).  The old single pass (a `DISTINCT` over every (judgement, item) pair, then
random reads of every item) took about 7 s of CPU at 6,000 cases.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from store.connection import StoreBase, locked
from store.framework import Framework
from store.models import CoverageCell, JudgementBalance

BITS = 62
"""Criteria per criteria-set column, and judgements per statement (SQLite integers are
signed 64-bit: sums of distinct powers of two below 2**62 never overflow)."""


def _chunks(items: Sequence[str], size: int) -> list[list[str]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def balance_sql(fw: Framework, judgements: Sequence[str]) -> tuple[str, dict[str, str]]:
    """The grouped read of the evidence balances of these judgements (at most `BITS`):
    the statement and its parameters.  Only integers built here are written into the
    SQL; the framework's ids travel as parameters."""
    assert 0 < len(judgements) <= BITS
    wanted = set(judgements)
    criteria = [c for c in fw.criteria if wanted & set(c.judgements)]
    columns = _chunks([c.id for c in criteria], BITS)
    weights: list[list[Any]] = []
    for k, chunk in enumerate(columns):
        for i, cid in enumerate(chunk):
            weights.append([cid] + [1 << i if n == k else 0 for n in range(len(columns))])
    informs = {c.id: set(c.judgements) for c in criteria}
    tests = []
    for bit, jid in enumerate(judgements):
        parts = []
        for k, chunk in enumerate(columns):
            mask = sum(1 << i for i, cid in enumerate(chunk) if jid in informs[cid])
            if mask:
                parts.append(f"(em.cs{k} & {mask})")
        test = " OR ".join(f"{p} != 0" for p in parts) or "0"
        tests.append(f"(({test}) << {bit})")
    weight_cols = ", ".join(f"w{k}" for k in range(len(columns))) or "w0"
    weight_reads = (
        ", ".join(f"json_extract(value, '$[{k + 1}]')" for k in range(len(columns))) or "0"
    )
    sums = ", ".join(f"sum(cw.w{k}) AS cs{k}" for k in range(len(columns))) or "0 AS cs0"
    sql = f"""
        WITH cw(c, {weight_cols}) AS MATERIALIZED (
            SELECT json_extract(value, '$[0]'), {weight_reads} FROM json_each(:weights)
        ), jb(judgement_id, bit) AS MATERIALIZED (
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
            FROM json_each(:bits)
        ), em AS MATERIALIZED (
            SELECT ec.evidence_id AS id, {sums}
            FROM cw JOIN evidence_criterion ec ON ec.criterion_id = cw.c
            GROUP BY ec.evidence_id
        ), items AS MATERIALIZED (
            SELECT {" | ".join(tests) or "0"} AS js,
                   coalesce(e.area_code, c.area_code) AS area,
                   e.case_id, e.source, e.polarity
            FROM em JOIN evidence e ON e.id = em.id LEFT JOIN cases c ON c.id = e.case_id
        ), by_case AS MATERIALIZED (
            SELECT js, area, case_id, count(*) AS n,
                   coalesce(sum(polarity = 'strength'), 0) AS st,
                   coalesce(sum(polarity = 'development'), 0) AS dv
            FROM items GROUP BY js, area, case_id
        ), by_source AS MATERIALIZED (
            SELECT DISTINCT js, area, source FROM items
        )
        SELECT 'items' AS part, jb.judgement_id, 1 AS by_area, b.area, sum(b.n) AS n,
               sum(b.st) AS st, sum(b.dv) AS dv, count(DISTINCT b.case_id) AS cases
        FROM by_case b JOIN jb ON b.js & jb.bit GROUP BY jb.judgement_id, b.area
        UNION ALL
        SELECT 'items', jb.judgement_id, 0, NULL, sum(b.n), sum(b.st), sum(b.dv),
               count(DISTINCT b.case_id)
        FROM by_case b JOIN jb ON b.js & jb.bit GROUP BY jb.judgement_id
        UNION ALL
        SELECT 'sources', jb.judgement_id, 1, s.area, count(DISTINCT s.source), 0, 0, 0
        FROM by_source s JOIN jb ON s.js & jb.bit GROUP BY jb.judgement_id, s.area
        UNION ALL
        SELECT 'sources', jb.judgement_id, 0, NULL, count(DISTINCT s.source), 0, 0, 0
        FROM by_source s JOIN jb ON s.js & jb.bit GROUP BY jb.judgement_id
    """
    params = {
        "weights": json.dumps(weights),
        "bits": json.dumps([[jid, 1 << bit] for bit, jid in enumerate(judgements)]),
    }
    return sql, params


class BalancesMixin(StoreBase):
    """What the lead sees beside each judgement: its evidence and case gradings."""

    framework: Framework

    def _judgement_criteria(self, judgement_id: str) -> str:
        """The ids of the criteria that inform a judgement, as a JSON list for json_each."""
        return json.dumps([c.id for c in self.framework.criteria if judgement_id in c.judgements])

    @locked
    def judgement_evidence(self, judgement_id: str, area_code: str | None = None) -> CoverageCell:
        """The evidence balance behind a judgement: distinct items tagged with a criterion
        that informs it (for an area, the area's own evidence and its cases'), how many
        are strengths or areas for development, the kinds of source and the cases."""
        r = self._rows(
            """
            SELECT count(DISTINCT e.id) AS n, count(DISTINCT e.source) AS s,
                   count(DISTINCT CASE WHEN e.polarity = 'strength' THEN e.id END) AS st,
                   count(DISTINCT CASE WHEN e.polarity = 'development' THEN e.id END) AS dv,
                   count(DISTINCT e.case_id) AS cases
            FROM evidence e LEFT JOIN cases c ON c.id = e.case_id
            WHERE EXISTS (SELECT 1 FROM evidence_criterion ec
                          WHERE ec.evidence_id = e.id
                            AND ec.criterion_id IN (SELECT value FROM json_each(?)))
              AND (? IS NULL OR coalesce(e.area_code, c.area_code) = ?)
            """,
            (self._judgement_criteria(judgement_id), area_code, area_code),
        )[0]
        return CoverageCell(
            evidence=r["n"], sources=r["s"], strengths=r["st"], developments=r["dv"],
            cases=r["cases"],
        )  # fmt: skip

    @locked
    def judgement_case_gradings(
        self, judgement_id: str, area_code: str | None = None
    ) -> dict[str, int]:
        """How the cases were graded on the criteria that inform a judgement (grade code
        to count), for information only: a judgement is judged, never averaged."""
        rows = self._rows(
            """
            SELECT g.grade, count(*) AS n FROM gradings g JOIN cases c ON c.id = g.case_id
            WHERE g.criterion_id IN (SELECT value FROM json_each(?))
              AND (? IS NULL OR c.area_code = ?)
            GROUP BY g.grade
            """,
            (self._judgement_criteria(judgement_id), area_code, area_code),
        )
        return {r["grade"]: r["n"] for r in rows}

    @locked
    def judgement_balances(self) -> list[JudgementBalance]:
        """`judgement_evidence` and `judgement_case_gradings` for every judgement of the
        framework, per area and across the inspection (area None): one grouped read of
        the evidence (see the module's docstring) and one of the gradings."""
        found: dict[tuple[str, str | None], JudgementBalance] = {}

        def entry(judgement_id: str, area_code: str | None) -> JudgementBalance:
            key = (judgement_id, area_code)
            if key not in found:
                found[key] = JudgementBalance(judgement_id=judgement_id, area_code=area_code)
            return found[key]

        fw = self.framework
        for group in _chunks([j.id for j in fw.judgements], BITS):
            sql, params = balance_sql(fw, group)
            for r in self._rows(sql, params):
                if r["by_area"] and r["area"] is None:
                    continue  # national evidence counts only across the inspection
                balance = entry(r["judgement_id"], r["area"])
                if r["part"] == "sources":
                    balance.evidence = balance.evidence.model_copy(update={"sources": r["n"]})
                else:
                    balance.evidence = CoverageCell(
                        evidence=r["n"], sources=balance.evidence.sources, strengths=r["st"],
                        developments=r["dv"], cases=r["cases"],
                    )  # fmt: skip
        pairs = json.dumps([[j, c.id] for c in fw.criteria for j in c.judgements])
        for r in self._rows(
            """
            WITH jc(judgement_id, criterion_id) AS MATERIALIZED (
                SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
                FROM json_each(?)
            ), graded AS MATERIALIZED (
                SELECT g.criterion_id, c.area_code, g.grade, count(*) AS n
                FROM gradings g JOIN cases c ON c.id = g.case_id
                GROUP BY g.criterion_id, c.area_code, g.grade
            )
            SELECT jc.judgement_id, g.area_code, g.grade, sum(g.n) AS n
            FROM graded g JOIN jc ON jc.criterion_id = g.criterion_id
            GROUP BY jc.judgement_id, g.area_code, g.grade
            """,
            (pairs,),
        ):
            for area in (r["area_code"], None):
                gradings = entry(r["judgement_id"], area).case_gradings
                gradings[r["grade"]] = gradings.get(r["grade"], 0) + r["n"]
        return list(found.values())
