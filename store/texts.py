"""Free text at rest: every field an inspector writes in their own words, across the
whole file, for the identifiability check (`fieldwork check`) and the CSV export.

Only reads.  One row per non-empty field, so a caller scans each field once and can
say which record and which field a hit came from.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import NamedTuple

from store.connection import StoreBase, locked

# (kind, working table, free-text columns).  Case references, codes and grades are not
# free text; the inspection's own "Information about" text is the team's template.
FREE_TEXT_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("evidence", "evidence", ("text", "child_words", "safeguarding", "escalation_note")),
    ("case", "cases", ("notes",)),
    ("grading", "gradings", ("rationale",)),
    ("judgement", "judgements", ("rationale",)),
    ("recommendation", "recommendations", ("text", "finding")),
)
FIELD_LABELS: dict[str, str] = {
    "text": "text",
    "child_words": "child's words",
    "safeguarding": "safeguarding note",
    "escalation_note": "escalation note",
    "notes": "case notes",
    "rationale": "rationale",
    "organisation_note": "organisation note",
    "reason": "reason",
    "finding": "finding",
}


class FreeText(NamedTuple):
    """One non-empty free-text field of one record."""

    kind: str
    record_id: str
    field: str
    text: str
    case_id: str | None
    side: str = ""
    """For a version in conflict that is not the one shown: who wrote it."""


class FreeTextMixin(StoreBase):
    """Reading every free-text field of the file."""

    @locked
    def free_texts(self) -> list[FreeText]:
        """Every non-empty free-text field of every live record: evidence (text, the
        child's words, safeguarding and escalation notes), case notes, and the
        rationales of gradings and judgements."""
        return self._free_texts("", ())

    @locked
    def free_texts_of(self, record_ids: Collection[str]) -> list[FreeText]:
        """The free-text fields `free_texts` gives, of the given records only (in the same
        order): what the export's identifiability gate needs to say which records hold a
        hit's words, without reading every text in the file."""
        if not record_ids:
            return []
        where = "id IN (SELECT value FROM json_each(?)) AND "
        return self._free_texts(where, (json.dumps(sorted(record_ids)),))

    def _free_texts(self, where: str, params: tuple[str, ...]) -> list[FreeText]:
        """`free_texts`, each table's rows narrowed by `where` (SQL ending in AND)."""
        out: list[FreeText] = []
        for kind, table, fields in FREE_TEXT_FIELDS:
            case_col = {"case": "id", "judgement": "NULL", "recommendation": "NULL"}.get(
                kind, "case_id"
            )
            for column in fields:
                out.extend(
                    FreeText(kind, r[0], column, r[1], r[2])
                    for r in self.conn.execute(
                        f"SELECT id, {column}, {case_col} FROM {table} WHERE {where}"
                        f"{column} IS NOT NULL AND trim({column}) <> '' ORDER BY rowid",
                        params,
                    )
                )
        return out

    @locked
    def earlier_free_texts(self) -> list[FreeText]:
        """The free text of each record's earlier versions (not its current one) that
        differs from its current wording and was not redacted: the words a correction
        took out, which the file still holds in its history (tester 29, F10: `check`
        said nothing of them).  A deleted record has no current wording: every version
        of it counts (tester 30, F15: a note deleted to settle a conflict kept a town in
        its history, and `check` said nothing)."""
        from store.redaction import MARKER  # redaction reads this module's field list

        out: list[FreeText] = []
        for kind, table, fields in FREE_TEXT_FIELDS:
            current = {
                r[0]: r[1:]
                for r in self.conn.execute(f"SELECT id, head_vid, {', '.join(fields)} FROM {table}")
            }
            rows = self.conn.execute(
                "SELECT vid, rid, data FROM version WHERE tbl = ? AND deleted = 0 "
                "AND data IS NOT NULL ORDER BY rid, hlc",
                (kind,),
            )
            for vid, rid, data in rows:
                now = current.get(rid)
                if now is not None and vid == now[0]:
                    continue
                values = json.loads(data)
                for i, column in enumerate(fields):
                    text = values.get(column)
                    if isinstance(text, str) and text.strip() and MARKER not in text \
                            and (now is None or text != now[i + 1]):  # fmt: skip
                        out.append(FreeText(kind, rid, column, text, None))
        return out
