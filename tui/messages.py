"""App-level messages: thread workers post these back to the UI thread.

A worker never touches a widget; it calls the store and posts one of these, and the
screen's handler updates its widgets.
"""

from __future__ import annotations

from textual.message import Message

from store.homesummary import HomeSummary
from store.models import (
    CaseRow,
    Coverage,
    Draft,
    SearchHit,
    StoredArea,
    StoredCase,
    StoredEvidence,
    StoredGrading,
    StoredInspector,
)


class StoreFailed(Message):
    """A store call failed with a user-facing sentence."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class HomeLoaded(Message):
    """The home screen's summary and open escalations."""

    def __init__(self, summary: HomeSummary, escalations: list[StoredEvidence]) -> None:
        super().__init__()
        self.summary = summary
        self.escalations = escalations


class LookupsLoaded(Message):
    """Areas and inspectors, for the case list's filters and the editor."""

    def __init__(self, areas: list[StoredArea], inspectors: list[StoredInspector]) -> None:
        super().__init__()
        self.areas = areas
        self.inspectors = inspectors


class CasesCounted(Message):
    """How many cases match the filter of one generation of the case list."""

    def __init__(self, generation: int, total: int) -> None:
        super().__init__()
        self.generation = generation
        self.total = total


class CasesInSample(Message):
    """The case list opens on the cases in the sample: the inspection has drawn one."""

    def __init__(self, generation: int) -> None:
        super().__init__()
        self.generation = generation


class CasesOfMine(Message):
    """The case list opens on the holder's own cases: the file is a team inspector's."""

    def __init__(self, generation: int, inspector_id: str) -> None:
        super().__init__()
        self.generation = generation
        self.inspector_id = inspector_id


class CasePageLoaded(Message):
    """One page of case-list rows for a generation (older generations are dropped)."""

    def __init__(self, generation: int, offset: int, rows: list[CaseRow]) -> None:
        super().__init__()
        self.generation = generation
        self.offset = offset
        self.rows = rows


class CaseLoaded(Message):
    """A case with its evidence and gradings."""

    def __init__(
        self,
        case: StoredCase,
        evidence: list[StoredEvidence],
        gradings: dict[str, StoredGrading],
        inspector_name: str,
        initials: dict[str, str] | None = None,
        replaced_by: str | None = None,
        siblings: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.replaced_by = replaced_by
        """The reference of the case that replaced this one in the sample, if any."""
        self.siblings = siblings or []
        """The references of the child's brothers and sisters in the case list."""
        self.case = case
        self.evidence = evidence
        self.gradings = gradings
        self.inspector_name = inspector_name
        self.initials = initials or {}
        """Inspector id to initials, for the evidence list's author column."""


class NotesMarked(Message):
    """The notes of a case whose free text holds an identifying detail, found after the
    case is shown (the check's word lists can take a second to load)."""

    def __init__(self, case_id: str, identifying: frozenset[str]) -> None:
        super().__init__()
        self.case_id = case_id
        self.identifying = identifying


class CaseSaved(Message):
    """A case's attributes were committed."""

    def __init__(self, case_id: str) -> None:
        super().__init__()
        self.case_id = case_id


class GradingSaved(Message):
    """A grading was committed (or cleared, when grade is None)."""

    def __init__(self, case_id: str, criterion_id: str, grade: str | None) -> None:
        super().__init__()
        self.case_id = case_id
        self.criterion_id = criterion_id
        self.grade = grade


class EvidenceLoaded(Message):
    """Evidence to edit."""

    def __init__(self, evidence: StoredEvidence) -> None:
        super().__init__()
        self.evidence = evidence


class EvidenceSaved(Message):
    """Evidence was committed; its draft is gone."""

    def __init__(self, evidence_id: str, case_id: str | None, created: bool) -> None:
        super().__init__()
        self.evidence_id = evidence_id
        self.case_id = case_id
        self.created = created


class EvidenceDeleted(Message):
    """Evidence was deleted (undoable)."""

    def __init__(self, evidence_id: str, case_id: str | None) -> None:
        super().__init__()
        self.evidence_id = evidence_id
        self.case_id = case_id


class EvidenceRestored(Message):
    """A delete was undone."""

    def __init__(self, evidence_id: str, case_id: str | None) -> None:
        super().__init__()
        self.evidence_id = evidence_id
        self.case_id = case_id


class DraftSaved(Message):
    """The editor's draft was written."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key


class DraftDiscarded(Message):
    """The editor's draft was dropped (changes discarded)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key


class DraftsFound(Message):
    """Drafts left by an earlier run, to offer back."""

    def __init__(self, drafts: list[Draft]) -> None:
        super().__init__()
        self.drafts = drafts


class SearchDone(Message):
    """Full-text search results for one query."""

    def __init__(self, query: str, hits: list[SearchHit]) -> None:
        super().__init__()
        self.query = query
        self.hits = hits


class CoverageLoaded(Message):
    """The coverage matrix."""

    def __init__(self, coverage: Coverage, area_names: dict[str, str]) -> None:
        super().__init__()
        self.coverage = coverage
        self.area_names = area_names


class OpenEvidence(Message):
    """Ask the app to show a piece of evidence (in its case, or in the editor)."""

    def __init__(self, evidence_id: str, case_id: str | None) -> None:
        super().__init__()
        self.evidence_id = evidence_id
        self.case_id = case_id


class CaseAgeKnown(Message):
    """The age band of the child whose case a note is about (the editor's words label),
    and the name of another inspector who holds the case ("" where none does)."""

    def __init__(self, age_band: str, held_by: str = "", not_started: str = "") -> None:
        super().__init__()
        self.age_band = age_band
        self.held_by = held_by
        self.not_started = not_started
        """The case's reference where it is still marked Not started ("" otherwise)."""
