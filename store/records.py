"""Typed reads and writes of each kind of record."""

from __future__ import annotations

import difflib
import functools
import json
import re
from typing import Any, TypeVar

from store.accents import plain
from store.connection import locked, reading
from store.errors import InvalidInputError, NotFoundError
from store.framework import Framework
from store.history import HistoryMixin
from store.ids import natural_id, protected_name_id, uuid7
from store.models import (
    Area,
    CaseFile,
    Evidence,
    Grading,
    InspectionInfo,
    Inspector,
    Judgement,
    JudgementPlace,
    ProtectedName,
    Record,
    Stored,
    StoredArea,
    StoredCase,
    StoredEvidence,
    StoredGrading,
    StoredInspection,
    StoredInspector,
    StoredJudgement,
    StoredProtectedName,
    area_order,
)
from store.versions import created_order

EVIDENCE_SELECT = """
    SELECT e.*, c.ref AS case_ref,
        (SELECT group_concat(criterion_id, ' ') FROM
            (SELECT criterion_id FROM evidence_criterion ec
             WHERE ec.evidence_id = e.id ORDER BY criterion_id)) AS criteria_list
    FROM evidence e LEFT JOIN cases c ON c.id = e.case_id
"""


class RecordsMixin(HistoryMixin):
    framework: Framework

    # Inspection ---------------------------------------------------------------------
    @reading
    def inspection(self) -> StoredInspection:
        rows = self._rows("SELECT * FROM inspection WHERE id = ?", (self.inspection_id,))
        if not rows:
            raise NotFoundError(f"{self.path} holds no inspection record; run 'fieldwork check'.")
        return _stored(StoredInspection, rows[0], self)

    @locked
    def update_inspection(self, info: InspectionInfo, author: str | None = None) -> None:
        self._write(info, self.inspection_id, author)

    # Areas ----------------------------------------------------------------------------
    @reading
    def areas(self, visited_only: bool = False) -> list[StoredArea]:
        where = "WHERE visited = 1" if visited_only else ""
        rows = self._rows(f"SELECT * FROM areas {where}")
        return sorted(
            (_stored(StoredArea, r, self) for r in rows), key=lambda a: area_order(a.code)
        )

    @reading
    def area(self, code: str) -> StoredArea:
        rows = self._rows("SELECT * FROM areas WHERE code = ?", (code,))
        if not rows:
            known = ", ".join(a.code for a in self.areas())
            raise NotFoundError(f"There is no service area {code!r}; the areas are {known}.")
        return _stored(StoredArea, rows[0], self)

    @locked
    def put_area(self, area: Area, author: str | None = None) -> str:
        return self._write(area, natural_id("area", self.inspection_id, area.code), author)

    # Inspectors -----------------------------------------------------------------------
    @reading
    def inspectors(self) -> list[StoredInspector]:
        rows = self._rows("SELECT * FROM inspectors ORDER BY name")
        return [_stored(StoredInspector, r, self) for r in rows]

    @reading
    def inspector(self, inspector_id: str) -> StoredInspector:
        rows = self._rows("SELECT * FROM inspectors WHERE id = ?", (inspector_id,))
        if not rows:
            raise NotFoundError(f"There is no inspector with id {inspector_id}.")
        return _stored(StoredInspector, rows[0], self)

    @reading
    def find_inspector(self, name_or_initials: str) -> StoredInspector:
        """By full name, initials or id, in any case and with or without accents ("Sean
        O Briain" for Seán Ó Briain: tester 24, F5); one clear error when ambiguous."""
        wanted = _folded(name_or_initials)
        people = self.inspectors()
        named = {p.id: _folded(p.name) for p in people}
        for match in (
            [p for p in people if p.id == name_or_initials],
            [p for p in people if named[p.id] == wanted],
            [p for p in people if _folded(p.initials) == wanted],
            [p for p in people if wanted and wanted in named[p.id]],
        ):
            if len(match) == 1:
                return match[0]
            if len(match) > 1:
                names = ", ".join(p.name for p in match)
                raise NotFoundError(f"{name_or_initials!r} matches {names}; give the full name.")
        known = ", ".join(p.name for p in people) or "none yet"
        by_name = {named[p.id]: p.name for p in people}
        near = difflib.get_close_matches(wanted, list(by_name), n=1, cutoff=0.7)
        hint = f"did you mean {by_name[near[0]]}? " if near else ""
        raise NotFoundError(
            f"There is no inspector called {name_or_initials!r} in this inspection "
            f"({hint}inspectors: {known})."
        )

    @locked
    def put_inspector(
        self, inspector: Inspector, inspector_id: str | None = None, author: str | None = None
    ) -> str:
        return self._write(inspector, inspector_id or uuid7(), author)

    @reading
    def me(self) -> StoredInspector | None:
        if not self.me_id:
            return None
        try:
            return self.inspector(self.me_id)
        except NotFoundError:
            return None

    def display_name(self, inspector_id: str | None) -> str:
        """An inspector's name for display; the id itself if unknown."""
        if not inspector_id:
            return ""
        if self._names is None or inspector_id not in self._names:
            with self._serial():
                self._names = {
                    r[0]: r[1] for r in self.conn.execute("SELECT id, name FROM inspectors")
                }
        return self._names.get(inspector_id, inspector_id)

    # Cases ----------------------------------------------------------------------------
    @reading
    def case(self, case_id: str) -> StoredCase:
        rows = self._rows("SELECT * FROM cases WHERE id = ?", (case_id,))
        if not rows:
            raise NotFoundError(f"There is no case with id {case_id}.")
        return _stored(StoredCase, rows[0], self)

    @reading
    def case_by_ref(self, ref: str) -> StoredCase:
        rows = self._rows("SELECT * FROM cases WHERE ref = ?", (ref.strip().upper(),))
        if not rows:
            raise NotFoundError(
                f"There is no case with reference {ref!r}; references look like "
                f"'{self._example_ref()}'."
            )
        return _stored(StoredCase, rows[0], self)

    def _example_ref(self) -> str:
        return str(self._scalar("SELECT ref FROM cases ORDER BY ref LIMIT 1") or "C-1234-AB")

    @locked
    def put_case(
        self, case: CaseFile, case_id: str | None = None, author: str | None = None
    ) -> str:
        self._validate_case(case)
        return self._write(case, case_id or uuid7(), author)

    def _validate_case(self, case: CaseFile) -> None:
        fw = self.framework
        for value, items, what in (
            (case.law_type, fw.law_types, "law type"),
            (case.case_type, fw.case_types, "case type"),
            (case.stage, fw.stages, "stage"),
        ):
            if value not in {i.code for i in items}:
                codes = ", ".join(i.code for i in items)
                raise InvalidInputError(f"{value!r} is not a {what} in this framework ({codes}).")

    # Evidence -------------------------------------------------------------------------
    @reading
    def evidence(self, evidence_id: str) -> StoredEvidence:
        rows = self._rows(EVIDENCE_SELECT + " WHERE e.id = ?", (evidence_id,))
        if not rows:
            raise NotFoundError(f"There is no evidence with id {evidence_id}.")
        return _stored_evidence(rows[0], self)

    @reading
    def evidence_for_case(self, case_id: str) -> list[StoredEvidence]:
        rows = self._rows(
            EVIDENCE_SELECT + " WHERE e.case_id = ? ORDER BY e.created_at", (case_id,)
        )
        return [_stored_evidence(r, self) for r in rows]

    @reading
    def evidence_for_area(self, area_code: str, include_cases: bool = True) -> list[StoredEvidence]:
        """Evidence about an area; with include_cases, also from the area's cases."""
        sql = EVIDENCE_SELECT + " WHERE e.area_code = ?"
        params: list[Any] = [area_code]
        if include_cases:
            sql += " OR e.case_id IN (SELECT id FROM cases WHERE area_code = ?)"
            params.append(area_code)
        rows = self._rows(sql + " ORDER BY e.created_at", params)
        return [_stored_evidence(r, self) for r in rows]

    @reading
    def national_evidence(self) -> list[StoredEvidence]:
        rows = self._rows(
            EVIDENCE_SELECT
            + " WHERE e.case_id IS NULL AND e.area_code IS NULL ORDER BY e.created_at"
        )
        return [_stored_evidence(r, self) for r in rows]

    @reading
    def all_evidence(self) -> list[StoredEvidence]:
        rows = self._rows(EVIDENCE_SELECT + f" ORDER BY {created_order('evidence', 'e')}")
        return [_stored_evidence(r, self) for r in rows]

    @locked
    def put_evidence(
        self, evidence: Evidence, evidence_id: str | None = None, author: str | None = None
    ) -> str:
        """Create (no id) or edit evidence; the criteria and source must be the framework's."""
        self._validate_evidence(evidence)
        return self._write(evidence, evidence_id or uuid7(), author)

    def _validate_evidence(self, ev: Evidence) -> None:
        fw = self.framework
        known = {c.id for c in fw.criteria}
        unknown = [c for c in ev.criteria if c not in known]
        if unknown:
            raise InvalidInputError(
                f"Unknown criterion {', '.join(unknown)}; see the framework's criteria "
                f"(for example {fw.criteria[0].id})."
            )
        if ev.source not in {s.code for s in fw.sources}:
            codes = ", ".join(s.code for s in fw.sources)
            raise InvalidInputError(f"{ev.source!r} is not an evidence source ({codes}).")
        if ev.case_id and not self._scalar("SELECT 1 FROM cases WHERE id = ?", (ev.case_id,)):
            raise NotFoundError(f"There is no case with id {ev.case_id}.")
        if ev.area_code and not self._scalar("SELECT 1 FROM areas WHERE code = ?", (ev.area_code,)):
            raise NotFoundError(f"There is no service area {ev.area_code!r}.")
        if ev.escalation != "none" and not ev.safeguarding.strip():
            raise InvalidInputError("A safeguarding escalation needs a note of the concern.")

    @locked
    def delete_evidence(self, evidence_id: str, author: str | None = None) -> None:
        self._delete("evidence", evidence_id, author)

    @locked
    def restore_evidence(self, evidence_id: str, author: str | None = None) -> None:
        """Undo a delete."""
        self._restore("evidence", evidence_id, author)

    @reading
    def escalations(self, open_only: bool = True) -> list[StoredEvidence]:
        where = "e.escalation = 'needs-escalation'" if open_only else "e.escalation != 'none'"
        rows = self._rows(
            EVIDENCE_SELECT + f" WHERE {where} ORDER BY {created_order('evidence', 'e')}"
        )
        return [_stored_evidence(r, self) for r in rows]

    # Gradings -------------------------------------------------------------------------
    @staticmethod
    def grading_id(case_id: str, criterion_id: str) -> str:
        return natural_id("grading", case_id, criterion_id)

    @reading
    def gradings_for_case(self, case_id: str) -> dict[str, StoredGrading]:
        rows = self._rows("SELECT * FROM gradings WHERE case_id = ?", (case_id,))
        return {r["criterion_id"]: _stored(StoredGrading, r, self) for r in rows}

    @reading
    def all_gradings(self) -> list[StoredGrading]:
        return [
            _stored(StoredGrading, r, self)
            for r in self._rows(
                f"SELECT * FROM gradings g ORDER BY {created_order('grading', 'g')}"
            )
        ]

    def _check_values(self, record: Record) -> None:
        """Refuse codes the framework does not hold in a record written whole (a conflict
        settled by editing its values)."""
        if isinstance(record, CaseFile):
            self._validate_case(record)
        elif isinstance(record, Evidence):
            self._validate_evidence(record)
        elif isinstance(record, Grading):
            self._validate_grade(record.grade, self.framework.grading_codes())
        elif isinstance(record, Judgement) and record.grade is not None:
            self._validate_grade(record.grade, self.framework.grade_codes())

    @staticmethod
    def _validate_grade(grade: str, codes: list[str]) -> None:
        if grade not in codes:
            raise InvalidInputError(f"{grade!r} is not a grade ({', '.join(codes)}).")

    @locked
    def set_grading(self, grading: Grading, author: str | None = None) -> str:
        self._validate_grade(grading.grade, self.framework.grading_codes())
        try:
            self.framework.criterion(grading.criterion_id)
        except KeyError:
            raise InvalidInputError(f"Unknown criterion {grading.criterion_id}.") from None
        if not self._scalar("SELECT 1 FROM cases WHERE id = ?", (grading.case_id,)):
            raise NotFoundError(f"There is no case with id {grading.case_id}.")
        rid = self.grading_id(grading.case_id, grading.criterion_id)
        return self._write(grading, rid, author)

    @locked
    def clear_grading(self, case_id: str, criterion_id: str, author: str | None = None) -> None:
        self._delete("grading", self.grading_id(case_id, criterion_id), author)

    # Judgements -----------------------------------------------------------------------
    def judgement_record_id(self, judgement_id: str, area_code: str | None) -> str:
        return natural_id("judgement", self.inspection_id, judgement_id, area_code or "national")

    @reading
    def judgements(self) -> list[StoredJudgement]:
        return [
            _stored(StoredJudgement, r, self)
            for r in self._rows(
                f"SELECT * FROM judgements j ORDER BY {created_order('judgement', 'j')}"
            )
        ]

    @reading
    def judgement_places(self) -> list[JudgementPlace]:
        """Every judgement the framework asks for, in its order, per visited area where
        it is made per area, each with what is recorded (the Judgements screen's list
        and `fieldwork judgements`)."""
        stored = {(j.judgement_id, j.area_code): j for j in self.judgements()}
        areas = [(a.code, a.name) for a in self.areas(visited_only=True)]
        return [
            JudgementPlace(
                judgement_id=jdef.id,
                title=jdef.title,
                area_code=code,
                area_name=name,
                recorded=stored.get((jdef.id, code)),
            )  # fmt: skip
            for jdef in self.framework.judgements
            for code, name in (areas if jdef.scope == "area" else [(None, "")])
        ]

    @reading
    def judgement(self, judgement_id: str, area_code: str | None = None) -> StoredJudgement | None:
        rows = self._rows(
            "SELECT * FROM judgements WHERE id = ?",
            (self.judgement_record_id(judgement_id, area_code),),
        )
        return _stored(StoredJudgement, rows[0], self) if rows else None

    @locked
    def set_judgement(self, judgement: Judgement, author: str | None = None) -> str:
        try:
            jdef = self.framework.judgement(judgement.judgement_id)
        except KeyError:
            ids = ", ".join(j.id for j in self.framework.judgements)
            raise InvalidInputError(
                f"{judgement.judgement_id!r} is not a judgement in this framework ({ids})."
            ) from None
        if jdef.scope == "area" and not judgement.area_code:
            raise InvalidInputError(f"Judgement {jdef.id} is made per area: give --area.")
        if jdef.scope == "national" and judgement.area_code:
            raise InvalidInputError(f"Judgement {jdef.id} is national: leave out --area.")
        if judgement.area_code:
            self.area(judgement.area_code)
        if judgement.grade is not None:
            self._validate_grade(judgement.grade, self.framework.grade_codes())
        rid = self.judgement_record_id(judgement.judgement_id, judgement.area_code)
        return self._write(judgement, rid, author)

    # Protected names ------------------------------------------------------------------
    @reading
    def protected_names(self) -> list[StoredProtectedName]:
        rows = self._rows("SELECT * FROM protected_names ORDER BY name")
        return [_stored(StoredProtectedName, r, self) for r in rows]

    @locked
    def add_protected_name(self, name: ProtectedName, author: str | None = None) -> str:
        rid = protected_name_id(self.inspection_id, name.name, name.category, name.case_id)
        return self._write(name, rid, author)


T = TypeVar("T", bound=Stored)


@functools.cache
def _field_plan(cls: type[Stored]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The record fields of a Stored model, and which of them are stored as JSON text."""
    names = tuple(n for n in cls.model_fields if n != "meta")
    json_fields = frozenset(
        n for n in names if any(t in str(cls.model_fields[n].annotation) for t in ("list", "dict"))
    )
    return names, json_fields


def _stored(cls: type[T], row: dict[str, Any], store: HistoryMixin) -> T:
    names, json_fields = _field_plan(cls)
    fields = {}
    for name in names:
        if name not in row:
            continue
        value = row[name]
        if name in json_fields and isinstance(value, str):
            value = json.loads(value)
        fields[name] = value
    fields["meta"] = store._provenance(row)
    return cls.model_validate(fields)


def _stored_evidence(row: dict[str, Any], store: HistoryMixin) -> StoredEvidence:
    row = dict(row)
    row["criteria"] = (row.pop("criteria_list") or "").split()
    return _stored(StoredEvidence, row, store)


def _folded(name: str) -> str:
    """A name to compare: accents and punctuation off, any case, single spaces."""
    return " ".join(re.sub(r"[.'’\-]", " ", plain(name)).casefold().split())
