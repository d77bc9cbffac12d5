"""Help: every screen and dialog, what it is for, how to reach it and its keys, opening at
the section of the screen or dialog it was asked for from.

`SECTIONS` names every screen and dialog class of the app, in the order the help shows
them; `tests/tui/test_help.py` fails when a screen or dialog has no section, so a new
one is added here in one line.  The keys are read from each class's bindings (as
remapped in the settings' keymap), so they never go out of date.
"""

from __future__ import annotations

import importlib
from typing import Any, NamedTuple

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.keys import key_to_character
from textual.widgets import Header, Static

from tui.evidence_flags import LEGEND
from tui.screens.base import FieldworkScreen
from tui.widgets.footer import Footer


class Section(NamedTuple):
    """One screen or dialog in the help."""

    target: str
    """"module:Class" of the screen or dialog ("" for the keys that work everywhere)."""
    title: str
    about: str
    """What it is for and how to reach it, for people."""


SECTIONS: list[Section] = [
    Section(
        "",
        "Everywhere",
        "These keys work on every screen. Ctrl+P opens the command "
        "palette for the rarer actions and the lead's screens.",
    ),
    Section(
        "tui.screens.home:HomeScreen",
        "Home",
        "The inspection at a glance: my cases, "
        "the team's by area and status, open escalations, thin criteria (h).",
    ),
    Section(
        "tui.screens.case_list:CaseListScreen",
        "Case list",
        "The cases in the sample (p: every case of the list), or mine, filtered and "
        "sorted; Enter opens a case (c).",
    ),
    Section(
        "tui.screens.case:CaseScreen",
        "Case",
        "One child's case: its evidence and its "
        "gradings against each criterion (Enter on the case list). Above the tabs, the "
        "case's stage, its status, whether the child was seen and seen alone: Tab from "
        "the evidence moves to each in turn (Shift+Tab back), Enter opens the choice, "
        "Up and Down pick and Enter takes it. The status is yours to set: grading and "
        "notes never change it. In the evidence and the grading grid, Home and End go to "
        "the first and last row. " + LEGEND,
    ),
    Section(
        "tui.modals.note_view:NoteView",
        "Reading a note",
        "One note in full, with who wrote it and when (Enter on a note in a case).",
    ),
    Section(
        "tui.modals.grade:GradeModal",
        "Grade dialog",
        "Grade one criterion for this case with its evidence in view, and say why (g in a case).",
    ),
    Section(
        "tui.screens.evidence_editor:EvidenceEditorScreen",
        "Evidence editor",
        "Write or change a note (n or e in a case). Tab moves to the next field and "
        "Shift+Tab back, in this order: criteria (type to search, Down into the list, "
        "Space ticks), source, finding, what you read, saw or heard, the child's own "
        "words, safeguarding concern. The line above the keys names the field you are in "
        "and what Enter does there: in a choice Enter opens it, in the text Enter starts a "
        "new line. Ctrl+G, Ctrl+F and Ctrl+T jump to the criteria, the finding and the "
        "text. A note is saved only once a finding is chosen: none is chosen for you.",
    ),
    Section(
        "tui.modals.leave_editor:LeaveEditorModal",
        "Leaving the editor",
        "Asked when you leave the editor with unsaved changes: save, discard or keep editing.",
    ),
    Section(
        "tui.modals.pick:PickModal",
        "Choosing from a list",
        "Type to narrow the list, arrows to move, Enter to choose.",
    ),
    Section(
        "tui.modals.deleted:DeletedEvidenceModal",
        "Evidence I deleted",
        "My deleted notes, newest first, even after leaving the case; Enter restores one.",
    ),
    Section(
        "tui.screens.search:SearchScreen",
        "Search",
        "Full-text search over all evidence; Enter opens a result in its case (/).",
    ),
    Section(
        "tui.screens.coverage:CoverageScreen",
        "Coverage",
        "Criteria against visited areas: where evidence is thin (v).",
    ),
    Section(
        "tui.modals.drafts:DraftRecoveryModal",
        "Unsaved work found",
        "Offered at start "
        "when a session ended before saving: restore each draft where it was written, "
        "or discard it.",
    ),
    Section(
        "tui.screens.judgements:JudgementsScreen",
        "Judgements (the lead)",
        "Grade each judgement beside the balance of its evidence (palette: Judgements).",
    ),
    Section(
        "tui.modals.assign:AssignDialog",
        "Assign cases (the lead)",
        "Give the "
        "highlighted case, or every case in an area, to an inspector; it asks with the "
        "count first (palette: Assign cases).",
    ),
    Section(
        "tui.modals.export:ExportDialog",
        "Export (the lead)",
        "An area's findings, the "
        "whole draft report, or CSV: what and where (palette: Export to Word).",
    ),
    Section(
        "tui.modals.export_progress:ExportProgressScreen",
        "Export running",
        "The export's progress; if the identifiability check stops it, what it found and where.",
    ),
    Section(
        "tui.screens.conflicts:ConflictsScreen",
        "Conflicts (the lead)",
        "Records whose "
        "versions disagree after a merge, side by side: keep a side, keep both texts, or "
        "edit (palette: Conflicts).",
    ),
    Section(
        "tui.modals.conflict_form:ConflictForm",
        "Settling a conflict",
        "The record's "
        "fields in a form prefilled from one side; Ctrl+S asks, naming whose version is "
        "superseded (e or b on Conflicts).",
    ),
    Section(
        "tui.screens.merge_log:MergeLogScreen",
        "Merge log",
        "Every merge into this file, newest first; Enter opens one (palette: Merge log).",
    ),
    Section(
        "tui.screens.merge_changes:MergeChangesScreen",
        "One merge",
        "What a merge did, "
        "record by record: added, changed (which fields), deleted, new conflicts.",
    ),
    Section(
        "tui.screens.team:TeamScreen",
        "Team and areas (the lead)",
        "People and service areas: add, change, remove, visit (palette: Team and areas).",
    ),
    Section(
        "tui.screens.previous:PreviousScreen",
        "Previous inspection (the lead)",
        "The last inspection's date and overall judgement, its recommendations, and how far "
        "each was acted on with what inspectors found; the draft's Previous inspections "
        "section and a key finding are written from them (palette: Previous inspection).",
    ),
    Section(
        "tui.screens.identify:IdentifyScreen",
        "Identifying details (the lead)",
        "Every hit of the identifiability check: accept one with a reason, withdraw a "
        "decision, or redact the text it rests in (palette: Identifying details).",
    ),
    Section(
        "tui.modals.reason:ReasonModal",
        "A reason (the lead)",
        "Why a hit may stay in exports, or why a note's text is erased from its whole "
        "history in every copy (palette on a case); at least two words, kept in the audit "
        "trail.",
    ),
    Section(
        "tui.modals.form:FormModal",
        "A short form",
        "A few values to fill in (a person, an area); Enter keeps them, Escape cancels.",
    ),
    Section(
        "tui.modals.confirm:ConfirmModal",
        "A question",
        "A yes/no question before something that cannot be undone lightly.",
    ),
    Section("tui.screens.help:HelpScreen", "Help", "This page."),
]
"""Every screen and dialog in the help, in order; add one line for a new one."""


def section_class(section: Section) -> Any:
    """The class a section is about (imported on demand; the app's for "Everywhere")."""
    module, _, name = section.target.partition(":")
    return getattr(importlib.import_module(module), name)


def bindings_of(cls: type) -> list[BindingType]:
    """The bindings a class and its Fieldwork base classes declare (not Textual's own)."""
    found: list[BindingType] = []
    for klass in reversed(cls.__mro__):
        if klass.__module__.startswith("tui.") and "BINDINGS" in vars(klass):
            found.extend(vars(klass)["BINDINGS"])
    return found


def _rows(bindings: list[BindingType], keymap: dict[str, str]) -> list[tuple[str, str, str]]:
    """Each binding's keys (as remapped in the settings' keymap), what it does, and the
    id the keymap knows it by."""
    rows: list[tuple[str, str, str]] = []
    for b in bindings:
        if isinstance(b, Binding):
            keys = keymap.get(b.id, b.key) if b.id else b.key
            shown = " ".join(_key_name(k.strip()) for k in keys.split(","))
            what = b.tooltip or b.description
            if rows and rows[-1][1] == what and b.id and rows[-1][2]:
                # One row for a family of keys doing one thing (the grade dialog's digits):
                # its keys, and its ids from the first to the last.
                last_keys, _, ids = rows[-1]
                rows[-1] = (f"{last_keys} {shown}", what, f"{ids.split(' … ')[0]} … {b.id}")
                continue
            rows.append((shown, what, b.id or ""))
    return rows


def _key_name(key: str) -> str:
    """A key as it is typed: "]" for right_square_bracket, "/" for slash."""
    if key == "slash":
        return "/"
    character = key_to_character(key)
    return character if character and character.isprintable() and key != "space" else key


def _plain(text: str) -> str:
    """Text shown as it is inside markup (a key may be "[")."""
    return text.replace("\\", "\\\\").replace("[", "\\[")


def section_id(section: Section) -> str:
    """The section's widget id."""
    return "help-" + (section.target.rpartition(":")[2] or "everywhere")


def keys_table(rows: list[tuple[str, str, str]]) -> Table:
    """A section's keys as three columns: the keys, what they do (wrapped under itself,
    not under the keys, in a narrow terminal) and the keymap's id (dim: also told apart
    by its column where the terminal shows no colour or dimming)."""
    table = Table.grid(padding=(0, 2), pad_edge=False)
    table.add_column(no_wrap=True, min_width=12, max_width=20)
    table.add_column()
    table.add_column(no_wrap=True, style="dim")
    for keys, what, binding_id in rows:
        table.add_row(Text(keys, style="bold"), Text(what), Text(binding_id))
    return table


class HelpScreen(FieldworkScreen[None]):
    """The keys of every screen and dialog, and what each is for."""

    BINDINGS = [
        Binding(
            "escape,q,question_mark", "back", "Back", id="help-back", tooltip="Close the help."
        ),
    ]

    def __init__(self, start: str | None = None) -> None:
        """`start`: the class name of the screen or dialog to open the help at."""
        super().__init__()
        self.start = start

    def compose(self) -> ComposeResult:
        keymap = self.fw.settings.keymap
        yield Header()
        with VerticalScroll(id="help-body"):
            yield Static(
                "[b]Fieldwork help[/b]: every screen and dialog, what it is for and its keys. "
                "To change a key, name it in the settings file's \\[keymap] table by the id "
                "shown in grey ('fieldwork locate' prints where the file is).",
                id="help-intro",
            )
            for section in SECTIONS:
                cls = section_class(section) if section.target else type(self.app)
                here = " [reverse] you are here [/]" if self._is_start(section) else ""
                with Vertical(classes="help-section", id=section_id(section)):
                    yield Static(f"[b $accent]{_plain(section.title)}[/]{here}")
                    yield Static(f"[i]{_plain(section.about)}[/i]", classes="help-about")
                    rows = _rows(bindings_of(cls), keymap)
                    if rows:
                        yield Static(keys_table(rows), classes="help-keys")
        yield Footer()

    def _is_start(self, section: Section) -> bool:
        return bool(self.start) and section.target.rpartition(":")[2] == self.start

    def on_mount(self) -> None:
        """Open at the section of the screen or dialog the help was asked for from."""
        self.sub_title = "Help"
        for section in SECTIONS:
            if self._is_start(section):
                target = self.query_one(f"#{section_id(section)}", Vertical)
                self.call_after_refresh(
                    self.query_one("#help-body", VerticalScroll).scroll_to_widget,
                    target,
                    animate=False,
                    top=True,
                )

    def action_back(self) -> None:
        """Close the help."""
        self.dismiss(None)
