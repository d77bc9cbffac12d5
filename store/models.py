"""The pydantic models at the store's boundary.

Screens, the CLI and the exporters read and write these; nothing outside `store/` sees
a row dict.  A *record* model (Area, Inspector, CaseFile, Evidence, Grading, Judgement,
ProtectedName, Sample, InspectionInfo, Recommendation) is what a user edits; it is stored as immutable
versions and its current value is read back with provenance (`Provenance`).
"""

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Role = Literal["lead", "deputy-lead", "team-inspector", "data-analyst", "quality-assurance"]
LEAD_ROLES: frozenset[str] = frozenset({"lead", "deputy-lead"})
"""The lead and deputies: who may assign cases, grade judgements, export the draft and
see the team's progress, and whose files hold the whole inspection (never cut down)."""
ROLE_LABELS: dict[str, str] = {
    "lead": "Lead inspector",
    "deputy-lead": "Deputy lead inspector",
    "team-inspector": "Team inspector",
    "data-analyst": "Senior data analyst",
    "quality-assurance": "Quality assurance manager",
}
CaseStatus = Literal["not-started", "in-progress", "complete"]
STATUS_LABELS: dict[str, str] = {
    "not-started": "Not started",
    "in-progress": "In progress",
    "complete": "Complete",
}
SAMPLE_LABELS: dict[str, str] = {
    "national": "not sampled",  # on the organisation's list, not drawn for an area
    "area-sampled": "sampled",
    "area-tracked": "tracked",
    "thematic": "thematic sample",
    "substitute": "substitute",
    "replaced": "replaced",
}
"""How a case's sample mark reads to a person (the stored mark stays the code)."""
SAMPLE_CODES: dict[str, str] = {"national": "not-sampled"}
"""The code the exports and `--json` give a stored sample mark that reads otherwise to an
analyst: a case on the organisation's list that was never drawn is stored as `national`
(the list the sample is drawn from) but is `not-sampled` to whoever filters the CSV
(tester 32, F12: 2,335 cases read as a national sample)."""


def sample_code(stored: str) -> str:
    """A stored sample mark as the exports and `--json` give it."""
    return SAMPLE_CODES.get(stored, stored)


Polarity = Literal["strength", "development", "neutral"]
POLARITY_LABELS: dict[str, str] = {
    "strength": "Strength",
    "development": "Area for development",
    "neutral": "Neutral",
}
SeenAlone = Literal["yes", "no", "not-appropriate", "unknown"]
EscalationStatus = Literal["none", "needs-escalation", "escalated"]
AgeBand = Literal["0-1", "2-4", "5-9", "10-13", "14-15", "16-17", "unknown"]
AGE_BANDS: tuple[str, ...] = ("0-1", "2-4", "5-9", "10-13", "14-15", "16-17", "unknown")


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 case', '7 cases' (`plural` where adding an s is wrong)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def area_order(code: str) -> tuple[int, str]:
    """Sort key for service-area codes: numerically, then by suffix ("2" < "15a" < "15b")."""
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, code)


class Model(BaseModel):
    """Base of the store's models.  Each is built (its validator compiled) on first use,
    not at import: most are not needed to show the first screen, and building them all
    cost a tenth of the TUI's start-up (`bench/bench_tui.py`).

    Creating a model class is cheaper still when its annotations are objects, not
    strings (this module has no `from __future__ import annotations`), and when a
    mutable default is written as `[]` or `{}` (pydantic copies it for each instance)
    rather than `default_factory=list`, whose signature pydantic inspects."""

    model_config = ConfigDict(defer_build=True)


class Record(Model):
    """Base of every mergeable record: the fields that are versioned."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    kind: ClassVar[str] = ""

    def data(self) -> dict[str, Any]:
        """The versioned content: the record kind's own fields, JSON-ready.  A record
        read back (`StoredEvidence`) and written again versions only those: its `meta`
        and read-only extras are not content, and a version holding them would be
        refused as damaged by every file it is merged into."""
        own = next(c for c in type(self).__mro__ if "kind" in vars(c))
        fields = own.model_fields if issubclass(own, Record) else type(self).model_fields
        return self.model_dump(mode="json", include=set(fields))


class Provenance(Model):
    """Who made a record and who last changed it, and whether its versions disagree."""

    id: str
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    origin: str = Field(description="Replica (database file) that wrote the current version.")
    head_vid: str = Field(description="The version currently shown.")
    conflict: bool = False


class InspectionInfo(Record):
    kind: ClassVar[str] = "inspection"
    title: str
    organisation: str = "Cafcass"
    framework_id: str
    start_date: str | None = None
    end_date: str | None = None
    inspection_type: Literal["full", "focused", "monitoring"] = "full"
    statutory_basis: str = "Education and Inspections Act 2006, section 143"
    organisation_note: str = Field(default="", description="Editable 'Information about' text.")
    previous_date: str | None = Field(
        default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$",
        description="When the previous inspection was (YYYY-MM or YYYY-MM-DD).")  # fmt: skip
    previous_grade: str | None = Field(
        default=None, description="The previous inspection's overall judgement (a grade code)."
    )


class Area(Record):
    kind: ClassVar[str] = "area"
    code: str = Field(pattern=r"^[0-9]{1,3}[a-z]?$")
    name: str
    region: str = ""
    visited: bool = False


class Inspector(Record):
    kind: ClassVar[str] = "inspector"
    name: str = Field(min_length=1)
    initials: str = Field(min_length=1, max_length=4)
    role: Role = "team-inspector"
    active: bool = True


class CaseFile(Record):
    """A sampled child's case.  `ref` is our pseudonym; no name is ever stored here."""

    kind: ClassVar[str] = "case"
    ref: str = Field(pattern=r"^[A-Z0-9][A-Z0-9\-]{2,19}$")
    area_code: str
    law_type: str
    case_type: str
    stage: str
    age_band: AgeBand = "unknown"
    child_seen: bool | None = None
    seen_alone: SeenAlone = "unknown"
    inspector_id: str | None = None
    status: CaseStatus = "not-started"
    sample: Literal[
        "national", "area-tracked", "area-sampled", "thematic", "substitute", "replaced"
    ] = "area-sampled"
    source_key: str | None = Field(
        default=None,
        description="Keyed hash of the organisation's case number: lets a re-import "
        "find the same case without storing the number.",
    )
    notes: str = ""
    application: str | None = None
    """For an Other application, what kind the case list named it (SGO, ENFORCEMENT:
    `templates/case_list.toml` [other_applications]), for the draft's rarer work."""

    def data(self) -> dict[str, Any]:
        """As `Record.data`, without `application` where it is not set: a case of any
        other type is versioned as it was before the field existed, so a save that
        changes nothing still writes no version."""
        out = super().data()
        if out.get("application") is None:
            out.pop("application", None)
        return out


class Evidence(Record):
    """What an inspector read, saw or heard, against one or more criteria."""

    kind: ClassVar[str] = "evidence"
    case_id: str | None = None
    area_code: str | None = Field(
        default=None, description="Set for evidence about an area rather than one case."
    )
    criteria: list[str] = Field(min_length=1)
    source: str
    polarity: Polarity = "neutral"
    text: str = Field(min_length=1)
    child_words: str = Field(default="", description="The child's own words, as said.")
    child_words_flag: bool = False
    safeguarding: str = Field(default="", description="What must go to senior managers.")
    escalation: EscalationStatus = "none"
    escalation_note: str = ""

    @field_validator("criteria")
    @classmethod
    def _sorted_unique(cls, v: list[str]) -> list[str]:
        return sorted(set(v))

    @property
    def about(self) -> Literal["case", "area", "national"]:
        if self.case_id:
            return "case"
        return "area" if self.area_code else "national"


class Grading(Record):
    """The grade for one case against one criterion (one per pair: natural key)."""

    kind: ClassVar[str] = "grading"
    case_id: str
    criterion_id: str
    grade: str
    rationale: str = ""


class Judgement(Record):
    """A graded judgement, national (area_code None) or for one visited area."""

    kind: ClassVar[str] = "judgement"
    judgement_id: str
    area_code: str | None = None
    grade: str | None = None
    rationale: str = ""


class ProtectedName(Record):
    """A name that must never appear in a report (child, parent, carer, school, street)."""

    kind: ClassVar[str] = "protected_name"
    name: str = Field(min_length=2)
    category: Literal["child", "parent", "carer", "other-person", "school", "place"] = "child"
    case_id: str | None = None


class Sample(Record):
    """A recorded sample draw: seed and method, so that it can be repeated."""

    kind: ClassVar[str] = "sample"
    seed: int
    method: str
    areas: list[str]
    per_area: int
    case_ids: list[str]
    substitutions: list[dict[str, str]] = []


PROGRESS_LABELS: dict[str, str] = {
    "met": "acted on",
    "partly-met": "partly acted on",
    "not-met": "not acted on",
}
"""How far a previous inspection's recommendation was acted on, as the draft says it."""


class Recommendation(Record):
    """One recommendation of the previous inspection, numbered as that report did, and
    what this inspection found of it (the lead's decision, like a judgement)."""

    kind: ClassVar[str] = "recommendation"
    number: int = Field(ge=1, le=99)
    text: str = Field(min_length=3)
    progress: Literal["met", "partly-met", "not-met"] | None = None
    finding: str = ""
    # The framework's criteria it is about, so the draft can set it beside this
    # inspection's findings on them ([] in a file made before they could be linked).
    criteria: list[str] = []

    @field_validator("criteria", mode="before")
    @classmethod
    def _none_is_empty(cls, v: object) -> object:
        return [] if v is None else v


class IdentifyDecision(Record):
    """A lead's decision that one hit of the identifiability check identifies nobody:
    that text of that kind passes from then on; every other hit still stops an export.
    The text itself is not stored, only a keyed digest of it (`digest`); who decided
    and when are the record's provenance."""

    kind: ClassVar[str] = "identify_decision"
    hit_kind: str = Field(min_length=1)
    digest: str = Field(pattern=r"^[0-9a-f]{32}$")
    reason: str = Field(min_length=3)


class IdentifyOverride(Record):
    """An export written despite identifying details (`--allow-identifying`): what was
    written and how many hits of which kinds, for the audit trail."""

    kind: ClassVar[str] = "identify_override"
    export: str
    hits: int
    kinds: list[str] = []


class Redaction(Record):
    """A record's free text erased from its whole history (see `store/redaction.py`).
    Who and when are its provenance; the text is never kept."""

    kind: ClassVar[str] = "redaction"
    target_kind: str
    target_id: str
    fields: list[str]
    head: str = Field(description="The redacted version; versions after it keep their words.")
    reason: str = Field(min_length=3)


RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls
    for cls in (
        InspectionInfo,
        Area,
        Inspector,
        CaseFile,
        Evidence,
        Grading,
        Judgement,
        Recommendation,
        ProtectedName,
        Sample,
        IdentifyDecision,
        IdentifyOverride,
        Redaction,
    )
}


# Read models: a record's value together with its provenance -----------------------


class Stored(Model):
    """Mixin for a record as read back: `meta` carries id and provenance."""

    meta: Provenance

    @property
    def id(self) -> str:
        return self.meta.id


class StoredArea(Area, Stored):
    pass


class StoredInspector(Inspector, Stored):
    pass


class StoredCase(CaseFile, Stored):
    pass


class StoredEvidence(Evidence, Stored):
    case_ref: str | None = None


class StoredGrading(Grading, Stored):
    pass


class StoredJudgement(Judgement, Stored):
    pass


class JudgementPlace(Model):
    """One judgement the framework asks for, nationally or for one visited area, with
    what is recorded for it (None: not yet)."""

    judgement_id: str
    title: str
    area_code: str | None = None
    area_name: str = ""
    recorded: StoredJudgement | None = None


class StoredProtectedName(ProtectedName, Stored):
    pass


class StoredInspection(InspectionInfo, Stored):
    pass


class StoredSample(Sample, Stored):
    pass


class StoredIdentifyDecision(IdentifyDecision, Stored):
    pass


class StoredIdentifyOverride(IdentifyOverride, Stored):
    pass


class StoredRedaction(Redaction, Stored):
    pass


class StoredRecommendation(Recommendation, Stored):
    pass


# Query and summary models ---------------------------------------------------------


class CaseFilter(Model):
    """What the case list shows.  Empty fields do not filter."""

    area_code: str | None = None
    law_type: str | None = None
    case_type: str | None = None
    status: CaseStatus | None = None
    inspector_id: str | None = None
    sample: Literal["in", "out"] | None = None  # in the fieldwork (`store.progress.IN_WORK`)
    text: str = ""
    sort: Literal["ref", "area", "status", "inspector", "evidence", "updated"] = "ref"
    descending: bool = False


class CaseRow(Model):
    """One line of the case list."""

    id: str
    ref: str
    area_code: str
    law_type: str
    case_type: str
    application: str | None = None  # what kind of Other application (CaseFile.application)
    stage: str
    status: CaseStatus
    inspector_id: str | None
    inspector_initials: str
    evidence_count: int
    graded_count: int
    open_escalations: int
    conflict: bool


class CoverageCell(Model):
    evidence: int = 0
    sources: int = 0
    strengths: int = 0
    developments: int = 0
    cases: int = 0


class JudgementBalance(Model):
    """The evidence and the case gradings behind one judgement, in one area or (area
    None) across the whole inspection; for information beside the lead's grade."""

    judgement_id: str
    area_code: str | None
    evidence: CoverageCell = CoverageCell()
    case_gradings: dict[str, int] = {}


class Coverage(Model):
    """Criteria against visited areas: how well each finding is triangulated."""

    areas: list[str]
    criteria: list[str]
    cells: dict[str, dict[str, CoverageCell]]

    def cell(self, criterion_id: str, area_code: str) -> CoverageCell:
        return self.cells.get(criterion_id, {}).get(area_code, CoverageCell())


class SearchHit(Model):
    evidence_id: str
    case_id: str | None
    case_ref: str | None
    area_code: str | None
    criteria: list[str]
    source: str
    polarity: str
    snippet: str


class Draft(Model):
    """Text being typed, kept so a crash loses at most a couple of seconds."""

    key: str
    payload: dict[str, Any]
    updated_at: str
    saved_at: str | None = None
    """When a note already saved begins with this draft's words (it is likely stale)."""
