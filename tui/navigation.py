"""Where a screen asks to go: messages the app handles, and what a screen may read of it.

Screens, modals and widgets never import the app (`tui/app.py` imports them).  To open
another screen they post one of these messages; it bubbles from the screen to the app,
whose handler pushes the screen.  What they read of the app (the store, the settings)
they see through the `Workbench` protocol, which the app satisfies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, cast

from textual.message import Message

from store.models import LEAD_ROLES

if TYPE_CHECKING:
    from textual.app import App

    from store.store import Store
    from tui.settings import Settings

NATIONAL = "__national__"
"""The editor's "about" value for evidence about Cafcass as a whole."""


@dataclass
class EditorContext:
    """What the evidence is about and which record it edits (None: new evidence)."""

    evidence_id: str | None = None
    case_id: str | None = None
    case_ref: str | None = None
    area_code: str | None = None
    draft_key: str = ""
    form: dict[str, Any] = field(default_factory=dict)
    baseline: dict[str, Any] = field(default_factory=dict)

    @property
    def about_label(self) -> str:
        """A short description for titles and lists of drafts: the case by its reference
        (never an internal id: "Case" alone until the reference is read)."""
        if self.case_id or self.case_ref:
            return f"Case {self.case_ref}" if self.case_ref else "Case"
        if self.area_code and self.area_code != NATIONAL:
            return f"Area {self.area_code}"
        return "National"


class Workbench(Protocol):
    """What screens may read and keep on the app (`FieldworkApp` provides it)."""

    store: Store
    settings: Settings
    deleted: list[tuple[str, str | None]]
    """Evidence deleted in this session, newest last: (evidence id, case id)."""
    pending_case_filter: str | None
    """An area the case list should filter on when it is next shown."""
    role: str | None
    """The role of the inspector the file is issued to (None: not known yet, or the
    lead's own file)."""


def is_lead(app: App[Any]) -> bool:
    """True when the file is the lead's own or issued to the lead or a deputy."""
    return cast("Workbench", app).role in (None, *LEAD_ROLES)


def lead_only(app: App[Any], what: str, then: Callable[[], object]) -> None:
    """Run a lead's action, or say why a team inspector cannot."""
    if is_lead(app):
        then()
        return
    app.notify(
        f"Only the lead or a deputy lead can {what}; this file is issued to a team inspector.",
        title="For the lead",
        severity="warning",
        timeout=6,
    )


class OpenCase(Message):
    """Show a case's screen, optionally with one note highlighted."""

    def __init__(self, case_id: str, evidence_id: str | None = None) -> None:
        super().__init__()
        self.case_id = case_id
        self.evidence_id = evidence_id


class OpenEditor(Message):
    """Open the evidence editor; `callback` gets the saved evidence's id (or None)."""

    def __init__(
        self, context: EditorContext, callback: Callable[[str | None], None] | None = None
    ) -> None:
        super().__init__()
        self.context = context
        self.callback = callback


class ShowIdentifying(Message):
    """Show every hit of the identifiability check, to accept, withdraw or redact."""


class ShowCases(Message):
    """Show the case list, filtered on an area (None: as it was)."""

    def __init__(self, area_code: str | None = None) -> None:
        super().__init__()
        self.area_code = area_code
