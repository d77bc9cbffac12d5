"""Read models for screens: the case list, home summary, coverage, search; drafts.
(The file check is in `store/checks.py`.)"""

from __future__ import annotations

import json
import re
from typing import Any

from store.connection import StoreBase, locked, reading
from store.framework import Framework
from store.homesummary import AreaSummary, CriterionCount, HomeSummary, StatusCounts
from store.models import (
    CaseFilter,
    CaseRow,
    Coverage,
    CoverageCell,
    Draft,
    SearchHit,
    area_order,
)
from store.progress import IN_WORK
from store.working import TABLES

_SORTS = {
    "ref": "c.ref",
    "area": "CAST(c.area_code AS INTEGER), c.area_code, c.ref",  # "2" before "15a"
    "status": "c.status, c.ref",
    "inspector": "i.initials, c.ref",
    "evidence": "evidence_count, c.ref",
    "updated": "c.updated_at, c.ref",
}

CASE_ROW_SELECT = """
    SELECT c.id, c.ref, c.area_code, c.law_type, c.case_type, c.application, c.stage,
           c.status, c.inspector_id, coalesce(i.initials, '') AS inspector_initials, c.conflict,
           (SELECT count(*) FROM evidence e WHERE e.case_id = c.id) AS evidence_count,
           (SELECT count(*) FROM gradings g WHERE g.case_id = c.id) AS graded_count,
           (SELECT count(*) FROM evidence e WHERE e.case_id = c.id
                AND e.escalation = 'needs-escalation') AS open_escalations
    FROM cases c LEFT JOIN inspectors i ON i.id = c.inspector_id
"""

SEARCH_SQL = """
    SELECT e.id, e.case_id, c.ref, coalesce(e.area_code, c.area_code) AS area_code,
           e.source, e.polarity,
           snippet(evidence_fts, -1, '[', ']', ' … ', 40) AS snip,
           (SELECT group_concat(criterion_id, ' ') FROM evidence_criterion ec
            WHERE ec.evidence_id = e.id) AS crits
    FROM evidence_fts JOIN evidence e ON e.rowid = evidence_fts.rowid
    LEFT JOIN cases c ON c.id = e.case_id
    WHERE evidence_fts MATCH ? ORDER BY rank LIMIT ?
"""
"""Full-text search: (FTS5 match expression, limit); `bench/bench_tui.py` times it raw."""


def _case_where(f: CaseFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("c.area_code", f.area_code),
        ("c.law_type", f.law_type),
        ("c.case_type", f.case_type),
        ("c.status", f.status),
        ("c.inspector_id", f.inspector_id),
    ):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.sample:  # the sampled cases, substitutes and cases held: or the rest
        clauses.append(f"({IN_WORK})" if f.sample == "in" else f"NOT ({IN_WORK})")
    text = f.text.strip()
    if text:
        clauses.append("(c.ref LIKE ? ESCAPE '\\' OR c.notes LIKE ? ESCAPE '\\')")
        like = "%" + re.sub(r"([%_\\])", r"\\\1", text) + "%"
        params += [like, like]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


class QueriesMixin(StoreBase):
    framework: Framework

    # Case list ------------------------------------------------------------------------
    @reading
    def count_cases(self, f: CaseFilter | None = None) -> int:
        where, params = _case_where(f or CaseFilter())
        return int(self._scalar(f"SELECT count(*) FROM cases c {where}", params))

    @reading
    def case_rows(
        self, f: CaseFilter | None = None, offset: int = 0, limit: int = 100
    ) -> list[CaseRow]:
        """One page of the case list: the screen asks only for the rows it shows."""
        f = f or CaseFilter()
        where, params = _case_where(f)
        order = _SORTS[f.sort]
        if f.descending:
            order = ", ".join(part + " DESC" for part in order.split(", "))
        rows = self._rows(
            f"{CASE_ROW_SELECT} {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [CaseRow.model_validate(r) for r in rows]

    # Home -----------------------------------------------------------------------------
    @reading
    def home_summary(self, thin_threshold: int = 3) -> HomeSummary:
        me = self.me_id or ""
        areas = {
            r["code"]: AreaSummary(
                code=r["code"],
                name=r["name"],
                visited=bool(r["visited"]),
                cases=StatusCounts(),
                my_cases=StatusCounts(),
                evidence=0,
            )
            for r in self._rows("SELECT code, name, visited FROM areas")
        }
        for r in self._rows(
            "SELECT c.area_code, c.status, c.inspector_id = ? AS mine, count(*) AS n "
            f"FROM cases c WHERE {IN_WORK} GROUP BY c.area_code, c.status, mine",
            (me,),
        ):
            summary = areas.get(r["area_code"])
            if summary is None:
                continue
            key = str(r["status"]).replace("-", "_")
            for tally in [summary.cases] + ([summary.my_cases] if r["mine"] else []):
                setattr(tally, key, getattr(tally, key) + r["n"])
        for r in self._rows(
            "SELECT coalesce(e.area_code, c.area_code) AS code, count(*) AS n FROM evidence e "
            "LEFT JOIN cases c ON c.id = e.case_id GROUP BY code"
        ):
            if r["code"] in areas:
                areas[r["code"]].evidence = r["n"]
        counts = {
            r["criterion_id"]: (r["n"], r["s"])
            for r in self._rows(
                "SELECT ec.criterion_id, count(*) AS n, count(DISTINCT e.source) AS s "
                "FROM evidence_criterion ec JOIN evidence e ON e.id = ec.evidence_id "
                "GROUP BY ec.criterion_id"
            )
        }
        thin = [
            CriterionCount(
                criterion_id=c.id,
                text=c.text,
                evidence=counts.get(c.id, (0, 0))[0],
                sources=counts.get(c.id, (0, 0))[1],
            )
            for c in self.framework.criteria
            if counts.get(c.id, (0, 0))[0] < thin_threshold or counts.get(c.id, (0, 0))[1] < 2
        ]
        from store.records import RecordsMixin  # local: avoids a cycle at import

        me_model = RecordsMixin.me(self)  # type: ignore[arg-type]
        title = self._scalar("SELECT title FROM inspection") or ""
        return HomeSummary(
            title=title,
            me=me_model,
            areas=sorted(areas.values(), key=lambda a: (not a.visited, area_order(a.code))),
            evidence_total=int(self._scalar("SELECT count(*) FROM evidence")),
            my_evidence=int(
                self._scalar("SELECT count(*) FROM evidence WHERE created_by = ?", (me,))
            ),
            open_escalations=int(
                self._scalar("SELECT count(*) FROM evidence WHERE escalation = 'needs-escalation'")
            ),
            thin_criteria=sorted(thin, key=lambda c: (c.evidence, c.sources, c.criterion_id)),
            conflicts=self._conflict_count(),
            my_unmarked=[r["ref"] for r in self._rows(
                f"SELECT c.ref FROM cases c WHERE {IN_WORK} AND c.inspector_id = ? AND "
                "c.status = 'not-started' AND EXISTS (SELECT 1 FROM evidence e WHERE "
                "e.case_id = c.id) ORDER BY c.ref", (me,))],
        )  # fmt: skip

    def _conflict_count(self) -> int:
        total = 0
        for table in TABLES.values():
            total += int(self._scalar(f"SELECT count(*) FROM {table} WHERE conflict = 1"))
        return total

    # Coverage -------------------------------------------------------------------------
    @reading
    def coverage(self) -> Coverage:
        """Evidence per criterion and visited area: count, distinct sources, balance."""
        visited = [r["code"] for r in self._rows("SELECT code FROM areas WHERE visited = 1")]
        visited.sort(key=area_order)
        cells: dict[str, dict[str, CoverageCell]] = {}
        for r in self._rows(
            """
            SELECT ec.criterion_id AS crit, coalesce(e.area_code, c.area_code) AS code,
                   count(*) AS n, count(DISTINCT e.source) AS s,
                   sum(e.polarity = 'strength') AS st, sum(e.polarity = 'development') AS dv,
                   count(DISTINCT e.case_id) AS cases
            FROM evidence_criterion ec
            JOIN evidence e ON e.id = ec.evidence_id
            LEFT JOIN cases c ON c.id = e.case_id
            GROUP BY crit, code
            """
        ):
            cells.setdefault(r["crit"], {})[r["code"] or "national"] = CoverageCell(
                evidence=r["n"],
                sources=r["s"],
                strengths=r["st"] or 0,
                developments=r["dv"] or 0,
                cases=r["cases"],
            )
        return Coverage(
            areas=visited, criteria=[c.id for c in self.framework.criteria], cells=cells
        )

    # Search ---------------------------------------------------------------------------
    @reading
    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Full-text search over evidence text, the child's words and safeguarding notes."""
        match = fts_query(query)
        if not match:
            return []
        rows = self._rows(SEARCH_SQL, (match, limit))
        return [
            SearchHit(
                evidence_id=r["id"],
                case_id=r["case_id"],
                case_ref=r["ref"],
                area_code=r["area_code"],
                criteria=sorted((r["crits"] or "").split()),
                source=r["source"],
                polarity=r["polarity"],
                snippet=r["snip"] or "",
            )
            for r in rows
        ]

    # Drafts (local, unmerged) ---------------------------------------------------------
    @locked
    def save_draft(self, key: str, payload: dict[str, Any]) -> None:
        """Keep text being typed; committed at once so a crash loses nothing older."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO drafts (key, payload, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, "
                "updated_at = excluded.updated_at",
                (key, json.dumps(payload), self._now_iso()),
            )

    @reading
    def drafts(self) -> list[Draft]:
        out = []
        for r in self._rows("SELECT * FROM drafts ORDER BY updated_at"):
            payload = json.loads(r["payload"])
            out.append(Draft(key=r["key"], payload=payload, updated_at=r["updated_at"],
                             saved_at=self._saved_at(payload)))  # fmt: skip
        return out

    def _saved_at(self, payload: dict[str, Any]) -> str | None:
        """When a note already saved begins with an evidence draft's words: the draft
        is likely that note half-typed, caught by a backup and back after a restore
        (tester 26, F9: saving it made a second note)."""
        text = " ".join(str(payload.get("text") or "").split())
        if payload.get("kind") != "evidence" or len(text) < DRAFT_LIKE:
            return None
        if payload.get("evidence_id"):
            where, params = "id = ?", [payload["evidence_id"]]
        elif payload.get("case_id"):
            where, params = "case_id = ?", [payload["case_id"]]
        else:
            where, params = "case_id IS NULL AND area_code IS ?", [payload.get("area_code")]
        for row in self._rows(f"SELECT text, created_at FROM evidence WHERE {where}", params):
            if " ".join(str(row["text"]).split()).startswith(text):
                return str(row["created_at"])
        return None

    @locked
    def discard_draft(self, key: str) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM drafts WHERE key = ?", (key,))


DRAFT_LIKE = 12
"""Characters a draft needs before a saved note beginning with them makes it stale."""


def fts_query(text: str) -> str:
    """Turn what an inspector types into a safe FTS5 query: every word must match,
    the last one as a prefix, and quotes keep phrases together."""
    phrases = re.findall(r'"([^"]+)"', text)
    rest = re.sub(r'"[^"]*"', " ", text)
    words = re.findall(r"[\w']+", rest, flags=re.UNICODE)
    parts = ['"' + p.replace('"', "") + '"' for p in phrases if p.strip()]
    for i, w in enumerate(words):
        w = w.replace("'", " ").strip()
        if not w:
            continue
        quoted = '"' + w + '"'
        parts.append(quoted + "*" if i == len(words) - 1 and not phrases else quoted)
    return " ".join(parts)
