"""Inspection frameworks as data.

A framework file (TOML, JSON or YAML) lists the judgements, the criteria that inform
them, the grade scale, and the vocabularies inspectors pick from (evidence sources,
law types, case types, stages of the child's journey).  The built-in frameworks live
in `templates/frameworks/`; a team can pass its own file with the same shape.
"""

import json
from pathlib import Path
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from store.errors import FrameworkError
from store.frameworkfile import parse_file, problem

_ID = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"


class _Strict(BaseModel):
    """Built at import: every database holds a framework, validated as it opens.  Written
    as `store.models.Model` explains (real annotations, plain mutable defaults)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class GradeDef(_Strict):
    """One point on the judgement scale."""

    code: str = Field(pattern=r"^[a-z][a-z\-]*$", description="Stable code stored in the database.")
    label: str = Field(description="Capitalised label, as in a judgement table ('Good').")
    heading: str = Field(description="Lower-case form used at the end of a heading ('good').")
    rank: int = Field(ge=1, le=4, description="1 is best (outstanding), 4 is worst.")
    alt_labels: list[str] = Field(default=[], description="Other labels in use.")


class GradingOption(_Strict):
    """A non-grade answer for a case-level grading: not applicable, not enough evidence."""

    code: str = Field(pattern=r"^[a-z][a-z/\-]*$")
    label: str


class JudgementDef(_Strict):
    """A graded judgement.  `heading` is a full sentence ending in the grade."""

    id: str = Field(pattern=_ID)
    title: str
    scope: Literal["national", "area"] = "national"
    heading: str = Field(
        description="Heading template; {grade} is the lower-case grade, "
        "{area_name} and {area_code} are filled for area judgements."
    )
    overall: bool = Field(default=False, description="The overall effectiveness judgement.")
    note: str = ""


class CriterionDef(_Strict):
    """A quality-of-practice criterion with a stable short id."""

    id: str = Field(pattern=_ID)
    group: str
    text: str
    judgements: list[str] = Field(min_length=1)
    provisional: bool = Field(
        default=False,
        description="True where the wording could not be confirmed from the published "
        "framework and a team should check it before relying on it.",
    )
    phrase: str = Field(
        default="",
        description="What the draft calls the criterion's practice, as a noun phrase "
        "('work on children's identity and culture'), for a criterion the built-in wording "
        "does not know (a team's own); without it the draft quotes the criterion's text.",
    )


class VocabItem(_Strict):
    """A code and its label, for sources, law types, case types and stages."""

    code: str = Field(pattern=r"^[A-Z0-9_/]+$")
    label: str
    law_types: list[str] = Field(default=[], description="Where it applies.")
    hint: str = ""


class ProportionBand(_Strict):
    """One row of the proportion-words table: a share of the cases of at least
    `at_least` (and below the row above) is called `word` ("most", "a small number of"),
    where at least `min_cases` cases have a view (else the draft gives the counts: "four
    of the five cases", not "the vast majority of")."""

    at_least: float = Field(ge=0, le=1)
    word: str = Field(min_length=1)
    min_cases: int | None = Field(
        default=None,
        ge=1,
        description="The fewest cases with a view for this word; left out, the built-in "
        "framework's row of the same word, else none.",
    )


class GradeEvidence(_Strict):
    """Superseded, no longer read: whether a section's evidence agrees with its grade
    follows the grade's descriptor (`exporters.draft.agreement`, bounds in the wording
    file `drafting.toml`, [grade_check]).  Kept so that framework files and databases
    that carry it still load."""

    grade: str
    max_against: float = Field(default=1.0, ge=0, le=1)
    min_against: float = Field(default=0.0, ge=0, le=1)
    max_against_one: float = Field(
        default=1.0, ge=0, le=1, description="The most any one criterion may show against."
    )


class DraftingTable(_Strict):
    """A framework file's `[drafting]` table as written: how the draft turns tallies into
    words.  A field left out (None, or an empty list) is taken from the built-in framework
    file of the same id, or else from the default framework's file (`drafting_rules`), so
    that the values live in one place: the framework files."""

    proportion_bands: list[ProportionBand] = Field(
        default=[], description="Highest first; the last row's floor is usually 0."
    )
    min_cases: int | None = Field(
        default=None, ge=1, description="Fewer cases with a view than this: counts, not words."
    )
    material_cases: int | None = Field(
        default=None, ge=1, description="The fewest cases on one side worth stating."
    )
    min_service_records: int | None = Field(
        default=None,
        ge=1,
        description="Fewer records bearing out a claim about the service: said as its "
        "sources' view.",
    )
    material_share: float | None = Field(
        default=None, ge=0, le=1, description="The smallest share of one side worth stating."
    )
    material_floor_share: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="A side with this share of the cases is stated however few they are.",
    )
    stakeholder_positive_below: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="A stakeholder group is positive when under this share of its records "
        "are critical.",
    )
    stakeholder_critical_above: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="A stakeholder group is critical when over this share of its records are.",
    )
    near_same_share: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="Two examples sharing this share of their words are the same example.",
    )
    particular_share: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="A word in at most this share of the criteria's wording is particular to them.",
    )
    concentrated_share: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="The share of weak cases in one law type or two areas worth naming.",
    )
    superlative_base_share: float | None = Field(
        default=None, gt=0, le=1, description="A superlative's least share of cases assessed."
    )
    report_together: list[list[str]] = Field(
        default=[], description="Area codes reported in one section ('15a', '15b')."
    )
    grade_evidence: list[GradeEvidence] = []

    @model_validator(mode="after")
    def _bands_descend(self) -> Self:
        floors = [b.at_least for b in self.proportion_bands]
        if any(a <= b for a, b in zip(floors, floors[1:], strict=False)):
            raise ValueError("proportion_bands must be listed highest first, each floor lower")
        if floors and floors[-1] != 0:
            raise ValueError(
                "the last of the proportion_bands must start at 0 (at_least = 0.0), so that "
                "every share has a word"
            )
        return self


class DraftingRules(_Strict):
    """The drafting rules a draft uses, every one set: the inspectorate's own proportion
    bands, the sample below which no proportion word is used, what is material, the areas
    reported together and what evidence agrees with each grade (`drafting_rules`)."""

    proportion_bands: list[ProportionBand] = Field(min_length=1)
    min_cases: int = Field(ge=1)
    material_cases: int = Field(ge=1)
    min_service_records: int = Field(ge=1)
    material_share: float = Field(ge=0, le=1)
    material_floor_share: float = Field(ge=0, le=1)
    stakeholder_positive_below: float = Field(ge=0, le=1)
    stakeholder_critical_above: float = Field(ge=0, le=1)
    near_same_share: float = Field(gt=0, le=1)
    particular_share: float = Field(gt=0, le=1)
    concentrated_share: float = Field(gt=0, le=1)
    superlative_base_share: float = Field(gt=0, le=1)
    report_together: list[list[str]]
    grade_evidence: list[GradeEvidence]

    def together_with(self, code: str) -> list[str]:
        """The areas reported in one section with area `code` (itself among them), or
        `[code]` where the framework reports it alone."""
        return next((g for g in self.report_together if code in g), [code])

    @model_validator(mode="after")
    def _stakeholder_bands(self) -> Self:
        if self.stakeholder_positive_below > self.stakeholder_critical_above:
            raise ValueError(
                "stakeholder_positive_below must not be above stakeholder_critical_above"
            )
        return self


class Framework(_Strict):
    """A whole framework: what the inspection judges and how evidence is classified."""

    id: str = Field(pattern=_ID)
    title: str
    year: int
    summary: str = ""
    grades: list[GradeDef] = Field(min_length=4, max_length=4)
    grading_options: list[GradingOption] = []
    judgements: list[JudgementDef] = Field(min_length=1)
    criteria: list[CriterionDef] = Field(min_length=1)
    sources: list[VocabItem] = Field(min_length=1)
    law_types: list[VocabItem] = Field(min_length=1)
    case_types: list[VocabItem] = Field(min_length=1)
    stages: list[VocabItem] = Field(min_length=1)
    criterion_groups: dict[str, str] = {}
    drafting: DraftingTable = DraftingTable()

    @model_validator(mode="after")
    def _references_resolve(self) -> Self:
        judgement_ids = [j.id for j in self.judgements]
        _unique("judgements", judgement_ids)
        _unique("criteria", [c.id for c in self.criteria])
        _unique("grades", [g.code for g in self.grades])
        _unique("sources", [s.code for s in self.sources])
        _unique("case_types", [s.code for s in self.case_types])
        _unique("stages", [s.code for s in self.stages])
        if sorted(g.rank for g in self.grades) != [1, 2, 3, 4]:
            raise ValueError("grades must have ranks 1, 2, 3 and 4, once each")
        known = set(judgement_ids)
        for i, criterion in enumerate(self.criteria):
            for ref in criterion.judgements:
                if ref not in known:
                    raise ValueError(
                        f"criteria no. {i + 1} ({criterion.id}) refers to judgement {ref!r}, "
                        f"which the framework does not define"
                    )
            if self.criterion_groups and criterion.group not in self.criterion_groups:
                raise ValueError(
                    f"criteria no. {i + 1} ({criterion.id}) is in group {criterion.group!r}, "
                    f"which [criterion_groups] does not define"
                )
        law = {lt.code for lt in self.law_types}
        for group_name, items in (("case_types", self.case_types), ("stages", self.stages)):
            for i, item in enumerate(items):
                for ref in item.law_types:
                    if ref not in law:
                        raise ValueError(
                            f"{group_name} no. {i + 1} ({item.code}) refers to law type {ref!r}, "
                            f"which the framework does not define"
                        )
        for j in self.judgements:
            if j.scope == "area" and "{area_name}" not in j.heading:
                raise ValueError(
                    f"judgement {j.id} is per area but its heading has no {{area_name}}"
                )
            if "{grade}" not in j.heading:
                raise ValueError(f"judgement {j.id} heading must end in {{grade}}")
        return self

    # Look-ups used throughout the app -------------------------------------------------
    def grade(self, code: str) -> GradeDef:
        for g in self.grades:
            if g.code == code:
                return g
        raise KeyError(code)

    def grade_codes(self) -> list[str]:
        return [g.code for g in sorted(self.grades, key=lambda g: g.rank)]

    def grading_codes(self) -> list[str]:
        """Every value a case grading may take: the four grades, then the options."""
        return self.grade_codes() + [o.code for o in self.grading_options]

    def grading_label(self, code: str) -> str:
        for g in self.grades:
            if g.code == code:
                return g.label
        for o in self.grading_options:
            if o.code == code:
                return o.label
        return code

    def judgement(self, judgement_id: str) -> JudgementDef:
        for j in self.judgements:
            if j.id == judgement_id:
                return j
        raise KeyError(judgement_id)

    def criterion(self, criterion_id: str) -> CriterionDef:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def criterion_text(self, criterion_id: str) -> str:
        """A criterion's words; for an id this framework does not have (a note recorded
        in a file issued before the master's framework changed), a sentence saying so."""
        try:
            return self.criterion(criterion_id).text
        except KeyError:
            return f"(not a criterion of {self.id}: change it to one of its own)"

    def source_label(self, code: str) -> str:
        return _label(self.sources, code)

    def case_type_label(self, code: str) -> str:
        return _label(self.case_types, code)

    def stage_label(self, code: str) -> str:
        return _label(self.stages, code)

    def stages_for(self, law_type: str) -> list[VocabItem]:
        """The stages of the child's journey a case of this law type goes through, in
        order (a stage that names no law type applies to every one)."""
        return [s for s in self.stages if not s.law_types or law_type in s.law_types]

    def law_type_label(self, code: str) -> str:
        return _label(self.law_types, code)

    def heading_for(
        self, judgement_id: str, grade: str | None, area_name: str = "", area_code: str = ""
    ) -> str:
        """The judgement's heading sentence; a visible placeholder when not yet graded."""
        j = self.judgement(judgement_id)
        grade_text = self.grade(grade).heading if grade else "[not yet judged]"
        area_label = f"Areas {area_code}" if " and " in area_code else f"Area {area_code}"
        return j.heading.format(
            grade=grade_text, area_name=area_name, area_code=area_code, area_label=area_label
        )


def _label(items: list[VocabItem], code: str) -> str:
    for item in items:
        if item.code == code:
            return item.label
    return code


def _unique(name: str, values: list[str]) -> None:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise ValueError(f"{name} lists {v!r} more than once")
        seen.add(v)


# Loading --------------------------------------------------------------------------


def builtin_dir() -> Path:
    """The built-in frameworks' folder.  `importlib.resources` is imported here, not at
    the top: it is about 2 ms of the workbench's start, which reads the database's own
    framework and never needs the built-in ones."""
    from importlib import resources

    return Path(str(resources.files("templates") / "frameworks"))


def builtin_ids() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.toml"))


def builtin_frameworks() -> list[Framework]:
    return [load_framework(i) for i in builtin_ids()]


def load_framework(id_or_path: str | Path) -> Framework:
    """Load a built-in framework by id, or a framework file by path.

    Raises FrameworkError with one sentence naming the file and the line or field at fault.
    """
    path = Path(id_or_path)
    if not path.suffix and str(id_or_path) in builtin_ids():
        path = builtin_dir() / f"{id_or_path}.toml"
    if not path.exists():
        known = ", ".join(builtin_ids())
        raise FrameworkError(
            f"No framework called {str(id_or_path)!r}: give a built-in id ({known}) "
            f"or the path of a .toml, .json or .yaml framework file."
        )
    if path.is_dir():
        raise FrameworkError(f"{path} is a folder; give the path of a framework file.")
    data = parse_file(path)
    text = path.read_text(encoding="utf-8") if path.suffix.lower() == ".toml" else None
    return framework_from_data(data, str(path), text)


def framework_from_data(data: Any, origin: str, text: str | None = None) -> Framework:
    """The framework in `data`, or FrameworkError saying its first problem (`text`: the
    TOML file's text, to say its line)."""
    try:
        return Framework.model_validate(data)
    except ValidationError as exc:
        raise FrameworkError(
            f"Framework file {origin} is not valid: {problem(exc.errors(), data, text)}; "
            f"correct it and try again."
        ) from None


DEFAULT_FRAMEWORK = "cafcass-2018"
"""The built-in framework a new inspection uses unless told otherwise, whose drafting
rules also stand in for a framework file that sets none of its own."""


def drafting_rules(framework: Framework) -> DraftingRules:
    """The framework's drafting rules, each one it leaves out taken from the built-in
    framework file of the same id (a database made before frameworks carried a
    `[drafting]` table holds the framework without it), or else from the default
    framework's file: the framework files are the only place the values are written."""
    own = framework.drafting
    values = own.model_dump(exclude_defaults=True)
    if len(values) < len(DraftingTable.model_fields):
        ref = framework.id if framework.id in builtin_ids() else DEFAULT_FRAMEWORK
        base = load_framework(ref).drafting.model_dump(exclude_defaults=True)
        values = base | values
    values["proportion_bands"] = _band_bases(framework, values.get("proportion_bands", []))
    try:
        return DraftingRules.model_validate(values)
    except ValidationError as exc:
        missing = ", ".join(str(e["loc"][0]) for e in exc.errors())
        raise FrameworkError(
            f"The framework {framework.id!r} has no drafting rule for {missing}, nor has the "
            f"built-in framework file it falls back on; add them to its [drafting] table."
        ) from None


def _band_bases(framework: Framework, bands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The proportion bands, each without a `min_cases` of its own given the built-in
    framework's for the same word (a database made before the rows carried one)."""
    if all("min_cases" in b for b in bands):
        return bands
    ref = framework.id if framework.id in builtin_ids() else DEFAULT_FRAMEWORK
    base = {b.word: b.min_cases for b in load_framework(ref).drafting.proportion_bands}
    return [b if "min_cases" in b or base.get(b["word"]) is None
            else {**b, "min_cases": base[b["word"]]} for b in bands]  # fmt: skip


def dump_framework(framework: Framework) -> str:
    """Canonical JSON, as stored inside an inspection database."""
    return json.dumps(framework.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
