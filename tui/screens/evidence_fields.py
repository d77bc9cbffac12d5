"""The evidence editor's form: its fields, in the order Tab moves through them, what each
is called and what Enter does there (the line above the keys says it for the field in
use, so that an inspector never types a new line into the text believing they are on
the finding), the form of new and of stored evidence, and the record a form saves.

The finding is never chosen for the inspector: new evidence starts with none, and the
editor will not save until one is chosen (a note left "neutral" by default would count
neither for nor against the service without anyone having decided so).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from store.models import Evidence, StoredEvidence
from tui.navigation import NATIONAL

FORM_FIELDS = (
    "about",
    "criteria",
    "source",
    "polarity",
    "text",
    "child_words",
    "concern",
    "safeguarding",
    "escalated",
    "escalation_note",
)


class Field(NamedTuple):
    """One field as the inspector meets it."""

    name: str
    enter: str
    """What Enter does there."""


FIELDS: dict[str, Field] = {
    "editor-about": Field("About", "Enter opens the choices"),
    "criteria-search": Field("Criteria", "type words or an id, Down goes to the list"),
    "criteria-list": Field("Criteria", "Space or Enter ticks the highlighted criterion"),
    "editor-source": Field("Source", "Enter opens the choices"),
    "editor-polarity": Field(
        "Finding", "Enter opens the choices: strength, area for development or neutral"
    ),
    "editor-text": Field("What you read, saw or heard", "Enter starts a new line"),
    "editor-child-words": Field(
        "The child's own words",
        "Enter starts a new line; the Source says where they were read or heard",
    ),
    "editor-concern": Field("Safeguarding concern", "Space ticks or unticks it"),
    "editor-safeguarding": Field("The concern", "type it for senior managers"),
    "editor-escalated": Field("Escalated", "Space ticks or unticks it"),
    "editor-escalation-note": Field("To whom and when", "type it"),
}
"""Each focusable field by widget id, in the order Tab moves through them."""

NO_FINDING = "Choose the finding: strength, area for development or neutral (Ctrl+F)."


OPEN_LIST = "Up and Down move, Enter chooses, Escape closes the list"
"""What Enter does in a choice's list once it is open (Ctrl+F opens the Finding's)."""


def where_line(
    current: str | None, after: str | None, before: str | None, listed: bool = False
) -> str:
    """The line saying which field has the focus, what Enter does there (in its open
    list, with `listed`), and where Tab and Shift+Tab go (field ids from `FIELDS`; None
    where there is no such field)."""
    here = FIELDS.get(current or "")
    if here is None:
        return ""
    parts = [f"[b]In {here.name}[/b]: {OPEN_LIST if listed else here.enter}"]
    nxt, prev = FIELDS.get(after or ""), FIELDS.get(before or "")
    if nxt is not None and nxt.name != here.name:
        parts.append(f"Tab: {nxt.name}")
    if prev is not None and prev.name != here.name:
        parts.append(f"Shift+Tab: {prev.name}")
    return " · ".join(parts)


def empty_form(case_id: str | None, area_code: str | None) -> dict[str, Any]:
    """The form of new evidence: no finding chosen."""
    return {
        "about": "case" if case_id else (area_code or NATIONAL),
        "criteria": [],
        "source": "CASE_FILE" if case_id else None,
        "polarity": None,
        "text": "",
        "child_words": "",
        "concern": False,
        "safeguarding": "",
        "escalated": False,
        "escalation_note": "",
    }


def form_of(ev: StoredEvidence) -> dict[str, Any]:
    """The form showing stored evidence."""
    return {
        "about": "case" if ev.case_id else (ev.area_code or NATIONAL),
        "criteria": list(ev.criteria),
        "source": ev.source,
        "polarity": ev.polarity,
        "text": ev.text,
        "child_words": ev.child_words,
        "concern": ev.escalation != "none" or bool(ev.safeguarding.strip()),
        "safeguarding": ev.safeguarding,
        "escalated": ev.escalation == "escalated",
        "escalation_note": ev.escalation_note,
    }


def evidence_of(form: dict[str, Any], case_id: str | None) -> Evidence | str:
    """The record the editor stores from its `form` (about `case_id`, else what About
    says), or the first problem with the form."""
    if not form["criteria"]:
        return "Choose at least one criterion."
    if not form["source"]:
        return "Choose the source of this evidence."
    if not form["polarity"]:
        return NO_FINDING
    if not form["text"].strip():
        return "Write what you read, saw or heard."
    concern = bool(form["concern"])
    if concern and not form["safeguarding"].strip():
        return "Describe the safeguarding concern for senior managers."
    area = None if case_id or form["about"] == NATIONAL else form["about"]
    return Evidence(
        case_id=case_id,
        area_code=area,
        criteria=form["criteria"],
        source=form["source"],
        polarity=form["polarity"],
        text=form["text"].strip(),
        child_words=form["child_words"].strip(),
        child_words_flag=bool(form["child_words"].strip()),
        safeguarding=form["safeguarding"].strip() if concern else "",
        escalation=("escalated" if form["escalated"] else "needs-escalation")
        if concern
        else "none",
        escalation_note=form["escalation_note"].strip() if concern else "",
    )
