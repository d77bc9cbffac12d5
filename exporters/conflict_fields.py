"""A record's fields as the lead reads and edits them when settling a conflict.

Pure functions, no widgets: each field's name for people (`field_label`), a value as
people read it (`cell_text`, labels for codes), the record named in full
(`record_label`, `labelled`, with the names `read_lookups` reads), what kind of input
edits it (`field_input`: free text, a choice among labelled codes, ticks, or read-only),
and the "keep both" text of a field the sides wrote differently (`both_texts`).  The
conflicts screen (`tui/screens/conflicts.py`), its edit form
(`tui/modals/conflict_form.py`) and `fieldwork conflicts` (`cli/conflicts.py`) share
them, so the command line and the workbench name fields and values alike.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from store.errors import FieldworkError
from store.models import AGE_BANDS, POLARITY_LABELS, PROGRESS_LABELS, ROLE_LABELS, STATUS_LABELS

if TYPE_CHECKING:
    from store.conflicts import Conflict, ConflictSide
    from store.framework import Framework
    from store.store import Store

FIELD_LABELS = {
    "text": "What was read, seen or heard",
    "child_words": "The child's own words",
    "child_words_flag": "Has the child's words",
    "criteria": "Criteria",
    "polarity": "Finding",
    "source": "Source",
    "safeguarding": "Safeguarding concern",
    "escalation": "Escalation",
    "escalation_note": "Escalation note",
    "case_id": "Case",
    "area_code": "Area",
    "criterion_id": "Criterion",
    "judgement_id": "Judgement",
    "grade": "Grade",
    "rationale": "Rationale",
    "inspector_id": "Inspector",
    "status": "Status",
    "stage": "Stage",
    "law_type": "Law type",
    "case_type": "Case type",
    "age_band": "Age band",
    "child_seen": "Child seen",
    "seen_alone": "Seen alone",
    "notes": "Notes",
    "ref": "Case reference",
    "(deleted)": "Deleted",
}
"""Field names as the lead reads them (any other: its name, spaced and capitalised)."""

LONG_TEXT = frozenset(
    {
        "text",
        "child_words",
        "safeguarding",
        "escalation_note",
        "rationale",
        "notes",
        "organisation_note",
        "reason",
    }
)
"""Fields of prose: edited in a text area, and the sides' texts can be kept both."""

IDENTITY = frozenset({"case_id", "criterion_id", "judgement_id"})
"""Fields that say what the record is about: shown, not edited, when the sides agree."""

NONE = "__none__"
"""A choice's value for "no value" (a Select cannot hold None)."""

ESCALATION_LABELS = {
    "none": "No escalation",
    "needs-escalation": "Needs escalating",
    "escalated": "Escalated",
}
SEEN_ALONE_LABELS = {
    "yes": "Yes",
    "no": "No",
    "not-appropriate": "Not appropriate",
    "unknown": "Unknown",
}
CATEGORY_LABELS = {
    "child": "Child",
    "parent": "Parent",
    "carer": "Carer",
    "other-person": "Other person",
    "school": "School",
    "place": "Place",
}


@dataclass(frozen=True)
class Lookups:
    """Names for the ids a conflict's fields hold (read by the screen's worker)."""

    people: dict[str, str] = field(default_factory=dict)
    """Inspector id -> name."""
    areas: dict[str, str] = field(default_factory=dict)
    """Area code -> name."""
    cases: dict[str, str] = field(default_factory=dict)
    """Case id -> reference, for the cases the conflicts are about."""


def field_label(name: str) -> str:
    """A record field's name for people."""
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def _code_labels(fw: Framework, kind: str, name: str, look: Lookups) -> dict[str, str] | None:
    """The labelled choices of a coded field (code -> label), or None for other fields."""
    vocab = {
        "source": fw.sources,
        "stage": fw.stages,
        "law_type": fw.law_types,
        "case_type": fw.case_types,
    }
    if name in vocab:
        return {v.code: v.label for v in vocab[name]}
    if name == "grade":
        if kind == "grading":
            codes = [*fw.grade_codes(), *(o.code for o in fw.grading_options)]
            return {c: fw.grading_label(c) for c in dict.fromkeys(codes)}
        return {**{c: fw.grade(c).label for c in fw.grade_codes()}, NONE: "Not yet judged"}
    fixed = {
        "polarity": POLARITY_LABELS,
        "status": STATUS_LABELS,
        "escalation": ESCALATION_LABELS,
        "seen_alone": SEEN_ALONE_LABELS,
        "role": ROLE_LABELS,
        "category": CATEGORY_LABELS,
        "age_band": {b: b for b in AGE_BANDS},
        "progress": {**PROGRESS_LABELS, NONE: "Not yet decided"},
    }
    if name in fixed:
        return dict(fixed[name])
    if name == "inspector_id":
        return {**look.people, NONE: "Nobody"}
    if name == "area_code" and kind != "area":
        return {**{c: f"{c} {n}" for c, n in look.areas.items()}, NONE: "National"}
    if name == "criterion_id":
        return {c.id: f"{c.id} {c.text}" for c in fw.criteria}
    if name == "judgement_id":
        return {j.id: f"{j.id} {j.title}" for j in fw.judgements}
    if name == "case_id":
        return {**{i: f"Case {r}" for i, r in look.cases.items()}, NONE: "No case"}
    return None


def criterion_name(fw: Framework, criterion_id: Any) -> str:
    """A criterion by its id and its words, from the framework ("QP1 delay is
    appropriately avoided"); an id the framework does not hold, as itself."""
    try:
        return f"{criterion_id} {fw.criterion(str(criterion_id)).text}"
    except KeyError:
        return str(criterion_id)


def judgement_name(fw: Framework, judgement_id: Any) -> str:
    """A judgement by its id and its title, from the framework."""
    try:
        return f"{judgement_id} {fw.judgement(str(judgement_id)).title}"
    except KeyError:
        return str(judgement_id)


def cell_text(fw: Framework, kind: str, name: str, value: Any, look: Lookups | None = None) -> str:
    """A field's value for people: labels for codes, criteria and judgements by their
    names (with the id; one criterion a line), the whole text."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name == "criteria" and isinstance(value, list):
        return "\n".join(criterion_name(fw, v) for v in value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if name == "criterion_id":
        return criterion_name(fw, value)
    if name == "judgement_id":
        return judgement_name(fw, value)
    try:
        labels = _code_labels(fw, kind, name, look or Lookups())
    except (KeyError, ValueError, LookupError):
        return value
    if labels is None:
        return value
    return labels.get(value, value)


def record_label(fw: Framework, kind: str, values: dict[str, Any], look: Lookups) -> str:
    """What a record in conflict is, in full, for people: the case by its reference,
    the criterion or judgement by its name, an evidence note with its whole text
    ("Evidence on case A-101: Child clear that ...")."""
    case_id = values.get("case_id")
    case = f"case {look.cases.get(str(case_id), case_id)}"
    code = values.get("area_code")
    area = f"area {code} {look.areas.get(str(code), '')}".rstrip() if code else "national"
    if kind == "grading":
        return f"Grading of {case} against {criterion_name(fw, values.get('criterion_id'))}"
    if kind == "evidence":
        where = case if case_id else area
        return f"Evidence on {where}: {values.get('text') or ''}".rstrip(": ")
    if kind == "judgement":
        return f"Judgement {judgement_name(fw, values.get('judgement_id'))} ({area})"
    if kind == "case":
        return f"Case {values.get('ref', '')}"
    if kind == "area":
        return f"Area {values.get('code')} {values.get('name', '')}".rstrip()
    if kind == "inspector":
        return f"Inspector {values.get('name', '')}"
    if kind == "protected_name":
        category = CATEGORY_LABELS.get(str(values.get("category")), values.get("category"))
        return f"Protected name ({category or ''})"
    if kind == "recommendation":
        return f"Previous inspection's recommendation {values.get('number')}"
    return kind.replace("_", " ").capitalize()


def read_lookups(store: Store, conflicts: list[Conflict]) -> Lookups:
    """Names for the people, areas and cases the conflicts' fields name (a worker's read)."""
    case_ids = {
        str(v)
        for c in conflicts
        for s in c.sides
        for k, v in s.values.items()
        if k == "case_id" and v
    }
    cases: dict[str, str] = {}
    for case_id in sorted(case_ids):
        try:
            cases[case_id] = store.case(case_id).ref
        except FieldworkError:
            continue
    return Lookups(
        people={p.id: p.name for p in store.inspectors()},
        areas={a.code: a.name for a in store.areas()},
        cases=cases,
    )


def labelled(store: Store, conflicts: list[Conflict], look: Lookups) -> list[Conflict]:
    """The conflicts, each labelled in full for the lead: the case by its reference, the
    criterion by its words, an evidence note's whole text (the store's label cuts the
    text at 50 characters and names a criterion by its id).  The label is made from the
    record as it was before the sides parted (their common ancestor), so it names the
    record without taking a side, and says so where both sides rewrote its text; from the
    oldest side when there is no ancestor."""
    fw = store.framework
    out = []
    for c in conflicts:
        values = c.base or next((s.values for s in c.sides if s.values), {})
        label = record_label(fw, c.kind, values, look)
        if (
            c.kind == "evidence"
            and c.base
            and all(s.values.get("text") != c.base.get("text") for s in c.sides if s.values)
        ):  # both sides rewrote it: the label's wording is neither's (tester 20, F9)
            label += " (as it read before both edits)"
        out.append(c.model_copy(update={"label": label}))
    return out


def named_by(c: Conflict, kept: dict[str, Any] | None) -> str:
    """The record's name in the kept side's own words: a note's label quotes its text as
    it was before the sides parted, so asking to keep a version under it read as keeping
    that wording (tester 17, F9; tester 18, F13)."""
    text = str((kept or {}).get("text") or "")
    if c.kind != "evidence" or ":" not in c.label or not text:
        return c.label
    return f"{c.label.split(':', 1)[0]}: {text}"


def brief(text: str, limit: int = 120) -> str:
    """`text` whole if it is short, else cut at a word before `limit` characters, with
    "…" (for questions and titles that name a record the screen shows in full)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


InputKind = Literal["text", "line", "choice", "ticks", "fixed"]


@dataclass(frozen=True)
class FieldInput:
    """How the form edits one field."""

    name: str
    label: str
    kind: InputKind
    differs: bool
    """The sides hold different values for it."""
    options: list[tuple[str, str]] = field(default_factory=list)
    """For a choice: (label, value) pairs; for ticks: (label, item) pairs."""
    booleans: bool = False
    """A yes/no choice (the record stores True/False)."""


def _bool_choices(nullable: bool) -> list[tuple[str, str]]:
    return [("Yes", "yes"), ("No", "no")] + ([("Not recorded", NONE)] if nullable else [])


def field_input(fw: Framework, conflict: Conflict, name: str, look: Lookups) -> FieldInput:
    """The input for one field of a conflict's record."""
    seen = [s.values.get(name) for s in conflict.sides if not s.deleted]
    differs = name in conflict.fields or any(v != seen[0] for v in seen)
    label = field_label(name)
    about = name in IDENTITY or (conflict.kind == "evidence" and name == "area_code")
    if all(v == seen[0] for v in seen) and about:
        return FieldInput(name, label, "fixed", differs)
    if any(isinstance(v, bool) for v in seen) or name in ("child_seen", "visited", "active"):
        choices = _bool_choices(name == "child_seen")
        return FieldInput(name, label, "choice", differs, choices, booleans=True)
    if name == "criteria":
        items = dict.fromkeys(c for v in seen if isinstance(v, list) for c in v)
        texts = {c.id: c.text for c in fw.criteria}
        options = [(f"{c} {texts.get(c, '')}".strip(), c) for c in items]
        return FieldInput(name, label, "ticks", differs, options)
    if any(isinstance(v, (list, dict, int, float)) for v in seen):
        return FieldInput(name, label, "fixed", differs)
    labels = _code_labels(fw, conflict.kind, name, look)
    if labels is not None:
        for v in seen:  # a code this framework does not list still shows, as itself
            key = NONE if v is None else str(v)
            labels.setdefault(key, key)
        return FieldInput(name, label, "choice", differs, [(t, c) for c, t in labels.items()])
    return FieldInput(name, label, "text" if name in LONG_TEXT else "line", differs)


def to_choice(value: Any) -> str:
    """A stored value as a choice's value."""
    if value is None:
        return NONE
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def from_choice(value: str, booleans: bool) -> Any:
    """A choice's value as the record stores it."""
    if value == NONE:
        return None
    if booleans:
        return value == "yes"
    return value


def when(side: ConflictSide) -> str:
    """When a side was written, to the minute: "2026-11-30 14:02"."""
    return side.at[:16].replace("T", " ")


def when_from(side: ConflictSide) -> str:
    """When a side was written and, where a merge brought it, from which file:
    "2026-11-30 14:02, from FM_laptop2.db" (two copies of one inspector's file give
    sides by one author, often in one minute: the file tells them apart)."""
    return f"{when(side)}, from {side.came_from}" if side.came_from else when(side)


def came_from(side: ConflictSide) -> str:
    """Where a side came from, for the conflicts screen's row: "FM_laptop2.db (merged
    2026-12-05 07:10)", or "written in this file"."""
    if side.came_from is None:
        return "written in this file"
    at = f" (merged {side.merged_at[:16].replace('T', ' ')})" if side.merged_at else ""
    return side.came_from + at


def side_name(side: ConflictSide) -> str:
    """Whose a side is, when and from which file, for marks and questions: "Alice Able,
    2026-11-30 14:02, from AA.db"."""
    return f"{side.author_name}, {when_from(side)}"


def both_texts(conflict: Conflict, name: str) -> str:
    """Every side's text of a field, one after another as paragraphs, oldest side first
    (sides with the same text once, an empty text left out).  Nothing is added: no
    name or time, which would be saved into the text and reach the draft and the
    exports (whose each text is shows beside it, in the sides)."""
    parts: list[str] = []
    for s in conflict.sides:
        text = str(s.values.get(name) or "").strip()
        if not s.deleted and text and text not in parts:
            parts.append(text)
    return "\n\n".join(parts)


def superseded(conflict: Conflict, values: dict[str, Any] | None) -> list[str]:
    """For each side, what keeping `values` (None: the deletion) replaces of it, in
    words: every field it changed whose value is not kept, by its label."""
    out = []
    for s in conflict.sides:
        if s.deleted:
            if values is not None:
                out.append(f"{s.author_name}'s deletion ({when_from(s)}): the record stays")
            continue
        if values is None:
            out.append(f"{s.author_name}'s version ({when_from(s)}): the record is deleted")
            continue
        lost = [field_label(k) for k in s.values if _loses(conflict, s, k, values)
                or _grade_under(conflict, s, k, values)]  # fmt: skip
        if lost:
            out.append(f"{s.author_name}'s version ({when_from(s)}) in: " + ", ".join(lost))
    return out


def history_note(conflict: Conflict, values: dict[str, Any] | None) -> str:
    """What becomes of the superseded sides, said of what each did: words written stay
    in the history and no longer show; a deletion stays in the history and the record
    shows again (before, "What they wrote stays in the history" was said of a deleter)."""
    deleted = values is not None and any(s.deleted for s in conflict.sides)
    wrote = [s for s in conflict.sides if not s.deleted]
    edits = values is None or any(_loses(conflict, s, k, values) for s in wrote for k in s.values)
    if deleted and not edits:
        return "The deletion stays in the history, and the record shows again."
    tail = " The deletion stays in the history too, and the record shows." if deleted else ""
    return "What they wrote stays in the history but no longer shows." + tail


def shown_changes(conflict: Conflict, values: dict[str, Any] | None) -> list[str]:
    """The fields, by label, whose value on screen now (`conflict.shown`) keeping
    `values` changes, whoever changed them: a grade the other side set changes too, and
    is named, though it supersedes nobody's change (tester 14, F9: "It supersedes ...
    in: Rationale", and the grade went from requires improvement to inadequate unsaid)."""
    if values is None:
        return []
    return [
        field_label(k) for k in values if k in conflict.shown and values[k] != conflict.shown[k]
    ]


def _loses(conflict: Conflict, side: ConflictSide, name: str, values: dict[str, Any]) -> bool:
    """Whether keeping `values` replaces a change `side` made to field `name` (a value
    it holds unchanged from before the sides parted is no change of its own)."""
    mine = side.values.get(name)
    kept = values.get(name)
    if mine == kept:
        return False
    if name in LONG_TEXT and _holds_paragraph(kept, mine):
        return False  # "keep both": this side's text is kept whole, as a paragraph
    return conflict.base is None or mine != conflict.base.get(name)


def _grade_under(conflict: Conflict, side: ConflictSide, name: str, values: dict[str, Any]) -> bool:
    """Whether `name` is the grade a side's rationale stands on, and keeping `values`
    replaces both: a grade and its rationale are one judgement, so the grade is named
    with the rationale even where the side kept the grade from before they parted
    (tester 34, F4: "Superseded: Dylan's version in: Rationale", his grade replaced too)."""
    return (
        name == "grade"
        and side.values.get(name) != values.get(name)
        and _loses(conflict, side, "rationale", values)
    )


def _holds_paragraph(kept: Any, text: Any) -> bool:
    """Whether the kept text holds `text` whole as one or more of its paragraphs (as
    `both_texts` writes each side's text)."""
    if not isinstance(kept, str) or not isinstance(text, str) or not text.strip():
        return False
    paragraphs = [p.strip() for p in kept.split("\n\n")]
    mine = [p.strip() for p in text.split("\n\n")]
    return any(paragraphs[i : i + len(mine)] == mine for i in range(len(paragraphs)))


def changed_by(conflict: Conflict, name: str) -> list[str]:
    """Who changed a field that merged without conflict: the authors of the sides
    holding the value shown, where it is not the value before the sides parted."""
    value = conflict.shown.get(name)
    before = (conflict.base or {}).get(name)
    return list(
        dict.fromkeys(
            s.author_name
            for s in conflict.sides
            if not s.deleted and s.values.get(name) == value and value != before
        )
    )


def merged_changes(conflict: Conflict) -> list[str]:
    """The fields the sides differ in that merged without conflict, each with whose
    change stands: "Finding (changed by Rajesh Patel alone)"."""
    out = []
    for k in conflict.merged_fields:
        who = changed_by(conflict, k)
        by = f" (changed by {' and '.join(who)} alone)" if who else ""
        out.append(field_label(k) + by)
    return out
