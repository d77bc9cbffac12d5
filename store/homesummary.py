"""The inspection at a glance, as the workbench's Home screen shows it
(`Store.home_summary`)."""

from __future__ import annotations

from store.models import Model, StoredInspector


class StatusCounts(Model):
    not_started: int = 0
    in_progress: int = 0
    complete: int = 0

    @property
    def total(self) -> int:
        return self.not_started + self.in_progress + self.complete


class AreaSummary(Model):
    code: str
    name: str
    visited: bool
    cases: StatusCounts
    my_cases: StatusCounts
    evidence: int


class CriterionCount(Model):
    criterion_id: str
    text: str
    evidence: int
    sources: int


class HomeSummary(Model):
    """The inspection at a glance, for the home screen."""

    title: str
    me: StoredInspector | None
    areas: list[AreaSummary]
    evidence_total: int
    my_evidence: int
    open_escalations: int
    thin_criteria: list[CriterionCount]
    conflicts: int
    my_unmarked: list[str] = []
    """References of my cases still marked Not started that have evidence recorded."""
