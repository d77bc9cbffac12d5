"""A case: its attributes (stage, child seen, seen alone, status are editable), its
evidence, and a grading grid of the framework's criteria."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Header, Label, Select, Static, TabbedContent, TabPane

from store.models import (
    POLARITY_LABELS,
    STATUS_LABELS,
    CaseFile,
    CaseFilter,
    StoredCase,
    StoredEvidence,
    StoredGrading,
)
from tui.evidence_flags import flags, identifying_notes
from tui.messages import (
    CaseLoaded,
    CaseSaved,
    EvidenceDeleted,
    EvidenceRestored,
    NotesMarked,
)
from tui.modals.note_view import NoteAction, NoteView, day
from tui.navigation import EditorContext
from tui.screens.case_grading import CaseGrading
from tui.screens.case_header import SEEN, SEEN_ALONE, case_header, seen_update, seen_value
from tui.widgets.criterion_evidence import CriterionEvidence
from tui.widgets.footer import Footer
from tui.widgets.grid_table import GridTable

SHORT_POLARITY = {"strength": "Strength", "development": "Development", "neutral": "Neutral"}
"""Findings in the evidence list below 110 columns ("Area for development" in full above)."""

SORTS: list[tuple[str, Callable[[StoredEvidence], Any]]] = [
    ("as recorded", lambda ev: ev.meta.created_at),
    ("newest first", lambda ev: "".join(chr(0x10FFFF - ord(ch)) for ch in ev.meta.updated_at)),
    ("by criterion", lambda ev: (ev.criteria[:1], ev.meta.created_at)),
    ("by finding", lambda ev: (list(POLARITY_LABELS).index(ev.polarity), ev.meta.created_at)),
]
"""The evidence list's orders (`o` cycles): a name and a sort key."""

FILTERS: list[tuple[str, Callable[[StoredEvidence], bool]]] = [
    ("all", lambda ev: True),
    ("strengths", lambda ev: ev.polarity == "strength"),
    ("areas for development", lambda ev: ev.polarity == "development"),
    ("the child's words", lambda ev: bool(ev.child_words)),
    ("safeguarding", lambda ev: bool(ev.safeguarding) or ev.escalation != "none"),
]
"""The evidence list's filters (`f` cycles): a name and a test."""


class CaseScreen(CaseGrading):
    """One sampled child's case."""

    AUTO_FOCUS = "#case-evidence"
    EDITOR_KEYS = {"n": "new_evidence", "e": "edit_evidence"}
    BINDINGS = [
        Binding("escape", "back", "Back", id="case-back", tooltip="Back to where you were."),
        Binding(
            "n",
            "new_evidence",
            "New",
            id="case-new-evidence",
            tooltip="Record new evidence for this case.",
        ),
        Binding(
            "o",
            "sort_evidence",
            "Sort",
            id="case-sort-evidence",
            show=False,
            tooltip="Sort the evidence: as recorded, newest first, by criterion, by finding.",
        ),
        Binding(
            "f",
            "filter_evidence",
            "Filter",
            id="case-filter-evidence",
            show=False,
            tooltip="Show all evidence, strengths, areas for development, the child's words, "
            "or safeguarding concerns.",
        ),
        Binding(
            "e",
            "edit_evidence",
            "Edit",
            id="case-edit-evidence",
            tooltip="Edit the highlighted evidence.",
        ),
        Binding(
            "d",
            "delete_evidence",
            "Delete",
            id="case-delete-evidence",
            tooltip="Delete the highlighted evidence (u undoes).",
        ),
        Binding("u", "undo", "Undo", id="case-undo", tooltip="Undo the last delete."),
        Binding("g", "grade", "Grade", id="case-grade", tooltip="Grade the highlighted criterion."),
        Binding(
            "right_square_bracket",
            "next_case(1)",
            "Next case",
            id="case-next",
            tooltip="The next case allocated to you (by reference).",
        ),
        Binding(
            "left_square_bracket",
            "next_case(-1)",
            "Previous case",
            id="case-previous",
            show=False,
            tooltip="The previous case allocated to you (by reference).",
        ),
        Binding(
            "t",
            "switch_tab",
            "Evidence/Grading",
            id="case-tab",
            tooltip="Switch between the evidence list and the grading grid.",
        ),
    ]

    def __init__(
        self,
        case_id: str,
        focus_evidence: str | None = None,
        regrade: dict[str, Any] | None = None,
    ) -> None:
        """`regrade`: a grading draft to reopen in the grade dialog once loaded."""
        super().__init__()
        self.case_id = case_id
        self.focus_evidence = focus_evidence
        self.regrade = regrade
        self._after_grade: str | None = None
        """The criterion just graded: the grid moves on to the next ungraded one."""
        self.case: StoredCase | None = None
        self.evidence: list[StoredEvidence] = []
        self.shown: list[StoredEvidence] = []
        """The evidence as listed: sorted and filtered."""
        self.sort_index = 0
        self.filter_index = 0
        self.initials: dict[str, str] = {}
        self.identifying: frozenset[str] = frozenset()  # notes marked `!` (evidence_flags)
        self.gradings: dict[str, StoredGrading] = {}

    def selected_case_id(self) -> str | None:
        """This case."""
        return self.case_id

    def on_resize(self, event: events.Resize) -> None:
        """The columns share the new width."""
        if self.case is not None:
            self._fill_evidence()
            self._fill_grading()

    def compose(self) -> ComposeResult:
        fw = self.store.framework
        yield Header()
        yield Static("Loading…", id="case-attributes")
        # The choices are hidden until they hold the case's values: the class is on their
        # two rows, not the screen, so that taking it off restyles those rows alone.
        with Horizontal(id="case-edits", classes="-loading"):
            yield Label("Stage", classes="case-label")
            yield Select[str](
                [(s.label, s.code) for s in fw.stages],
                allow_blank=False,
                compact=True,
                id="case-stage",
            )
            yield Select[str](
                [(label, code) for code, label in STATUS_LABELS.items()],
                allow_blank=False,
                compact=True,
                id="case-status",
            ).with_tooltip("Set by hand: grading and evidence never change the case's status.")
        with Horizontal(id="case-edits2", classes="-loading"):
            yield Select[str](SEEN, allow_blank=False, compact=True, id="case-seen")
            yield Select[str](SEEN_ALONE, allow_blank=False, compact=True, id="case-seen-alone")
        with TabbedContent(id="case-tabs"):
            with TabPane("Evidence", id="tab-evidence"):
                ev: DataTable[str] = GridTable(id="case-evidence", cursor_type="row")
                yield ev
            with TabPane("Grading", id="tab-grading"):
                yield GridTable(id="case-grading", cursor_type="row")
                yield CriterionEvidence(id="case-criterion")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#case-evidence", DataTable).focus()

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="case", exit_on_error=False)
    def load(self) -> None:
        """Read the case, its evidence and its gradings."""
        self.prepare_grading()
        case = self.store.case(self.case_id)
        self.post_message(
            CaseLoaded(
                case,
                self.store.evidence_for_case(self.case_id),
                self.store.gradings_for_case(self.case_id),
                self.store.display_name(case.inspector_id),
                {p.id: p.initials for p in self.store.inspectors()},
                self.store.replaced_by(self.case_id) if case.sample == "replaced" else None,
                self.store.siblings_of(self.case_id),
            )
        )

    @work(thread=True, exclusive=True, group="case-marks", exit_on_error=False)
    def mark_identifying(self, evidence: list[StoredEvidence]) -> None:
        """Find the notes to mark `!`, apart from `load` (the check may build its scanner)."""
        self.post_message(NotesMarked(self.case_id, identifying_notes(self.store, evidence)))

    def on_case_loaded(self, message: CaseLoaded) -> None:
        """Show the case."""
        fw = self.store.framework
        c = self.case = message.case
        self.evidence = message.evidence
        self.gradings = message.gradings
        self.initials = message.initials
        self.sub_title = f"Case {c.ref}"
        self.query_one("#case-attributes", Static).update(
            case_header(c, fw, message.inspector_name, message.replaced_by, message.siblings)
        )
        self._offer_stages(c)
        self._show_choices(c)
        for row in self.query("#case-edits, #case-edits2"):
            row.remove_class("-loading")
        self._fill_evidence()
        self.mark_identifying(message.evidence)
        self._fill_grading()
        tabs = self.query_one(TabbedContent)
        tabs.get_tab("tab-evidence").label = self._evidence_label()
        tabs.get_tab("tab-grading").label = "Grading ({}/{})".format(*self.graded_of())
        if self.regrade is not None:
            draft, self.regrade = self.regrade, None
            self._open_grade_dialog(str(draft.get("criterion_id")), draft)

    def on_notes_marked(self, message: NotesMarked) -> None:
        """Mark the notes holding an identifying detail (`tui.evidence_flags`)."""
        if message.case_id == self.case_id and message.identifying != self.identifying:
            self.identifying = message.identifying
            self._fill_evidence()

    def _offer_stages(self, c: StoredCase) -> None:
        """Offer the stages of the case's law type (a stage recorded before that does
        not fit stays offered, marked, so it is never changed behind the inspector)."""
        fw = self.store.framework
        options = [(s.label, s.code) for s in fw.stages_for(c.law_type)]
        if c.stage not in {code for _, code in options}:
            law = fw.law_type_label(c.law_type).lower()
            options.append((f"{fw.stage_label(c.stage)} (not a {law} stage)", c.stage))
        select: Select[str] = self.query_one("#case-stage", Select)
        with select.prevent(Select.Changed):
            select.set_options(options)
            select.value = c.stage

    def _fill_evidence(self) -> None:
        fw = self.store.framework
        table: DataTable[str] = self.query_one("#case-evidence", DataTable)
        row = table.cursor_row
        keep = FILTERS[self.filter_index][1]
        self.shown = sorted((ev for ev in self.evidence if keep(ev)), key=SORTS[self.sort_index][1])
        # Each column's width is set here, from the room there is: a table measuring its
        # own columns after a refill can draw rows at the headers' widths until it next
        # measures (Textual 8.2), which cut "Area for development" to "Area fo".
        wide = self.size.width >= 110  # narrower: short findings and sources, the day only
        findings = POLARITY_LABELS if wide else SHORT_POLARITY
        criteria = min(14, max([8, *(len(" ".join(ev.criteria)) for ev in self.shown)]))
        widths = {"Criteria": criteria, "Finding": max(map(len, findings.values())),
                  "Text": 0, "!": 3, "Source": 20 if wide else 12, "By": 3,
                  "Date": 11 if wide else 6}  # fmt: skip
        widths["Text"] = max(16, self.size.width - sum(widths.values()) - 2 * len(widths) - 2)
        table.clear(columns=True)
        for label, width in widths.items():
            table.add_column(label, width=width, key=label)
        for ev in self.shown:
            table.add_row(
                " ".join(ev.criteria)[:criteria],
                findings[ev.polarity],
                " ".join(ev.text.split())[: widths["Text"]],
                flags(ev, self.identifying),
                fw.source_label(ev.source)[: widths["Source"]],
                self.initials.get(ev.meta.created_by, "?"),
                day(ev.meta.created_at, year=wide),
                key=ev.id,
            )
        if self.focus_evidence:
            for i, ev in enumerate(self.shown):
                if ev.id == self.focus_evidence:
                    row = i
            self.focus_evidence = None
            self.query_one(TabbedContent).active = "tab-evidence"
            table.focus()
        if self.shown:
            table.move_cursor(row=max(0, min(row, len(self.shown) - 1)), animate=False)

    # Attributes -----------------------------------------------------------------------
    def on_select_changed(self, event: Select.Changed) -> None:
        """Commit an attribute as soon as it is changed."""
        c = self.case
        if c is None or not isinstance(event.value, str):
            return
        update: dict[str, Any] = {}
        wid = event.select.id
        if wid == "case-stage" and event.value != c.stage:
            update["stage"] = event.value
        elif wid == "case-status" and event.value != c.status:
            if event.value == "complete" and self._ask_before_complete(c):
                return
            update["status"] = event.value
        elif wid in ("case-seen", "case-seen-alone"):
            update = seen_update(c.child_seen, c.seen_alone, wid, event.value)
        if update:
            record = CaseFile.model_validate({**c.model_dump(exclude={"meta"}), **update})
            self.case = StoredCase.model_validate({**record.model_dump(), "meta": c.meta})
            self.save_case(record)
            self._show_choices(self.case)  # the other answer, where it followed

    def _show_choices(self, c: StoredCase) -> None:
        """The header's choices as the case holds them."""
        for wid, value in (
            ("#case-stage", c.stage),
            ("#case-status", c.status),
            ("#case-seen", seen_value(c.child_seen)),
            ("#case-seen-alone", c.seen_alone),
        ):
            select: Select[str] = self.query_one(wid, Select)
            if select.value != value:
                select.value = value

    @work(thread=True, group="case-save", exit_on_error=False)
    def save_case(self, record: CaseFile) -> None:
        """Commit the case's attributes."""
        self.store.put_case(record, self.case_id)
        self.post_message(CaseSaved(self.case_id))

    def on_case_saved(self, message: CaseSaved) -> None:
        """Say it is saved."""
        self.notify("Case saved.", timeout=2)

    # Evidence -------------------------------------------------------------------------
    def _current_evidence(self) -> StoredEvidence | None:
        table: DataTable[str] = self.query_one("#case-evidence", DataTable)
        if self.query_one(TabbedContent).active != "tab-evidence" or not self.shown:
            return None
        row = table.cursor_row
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def action_sort_evidence(self) -> None:
        """The next sort order."""
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self._refill_evidence(f"Sorted {SORTS[self.sort_index][0]}.")

    def action_filter_evidence(self) -> None:
        """The next filter."""
        self.filter_index = (self.filter_index + 1) % len(FILTERS)
        self._refill_evidence(f"Showing {FILTERS[self.filter_index][0]}.")

    def _refill_evidence(self, say: str) -> None:
        current = self._current_evidence()
        self.focus_evidence = current.id if current else None
        self._fill_evidence()
        tabs = self.query_one(TabbedContent)
        tabs.get_tab("tab-evidence").label = self._evidence_label()
        self.notify(say, timeout=2)

    def _evidence_label(self) -> str:
        """The evidence tab's label: how many notes, which are shown, in what order."""
        order = f", {SORTS[self.sort_index][0]}" if self.sort_index else ""
        if not self.filter_index:
            return f"Evidence ({len(self.evidence)}{order})"
        what = FILTERS[self.filter_index][0]
        return f"Evidence ({len(self.shown)} of {len(self.evidence)}: {what}{order})"

    def action_view_evidence(self) -> None:
        """Read the highlighted note; from there, e edits it."""
        ev = self._current_evidence()
        if ev is None:
            return

        def closed(action: NoteAction | None) -> None:
            if action == "edit":
                self._edit(ev)

        self.app.push_screen(NoteView(ev.id), closed)

    def _saved(self, evidence_id: str | None) -> None:
        """The editor closed: highlight the note it saved."""
        if evidence_id:
            self.focus_evidence = evidence_id

    def current_evidence(self) -> StoredEvidence | None:
        """The highlighted evidence on the evidence tab (None elsewhere)."""
        return self._current_evidence()

    def action_new_evidence(self) -> None:
        """New evidence for this case."""
        if self.case is not None:
            self.open_editor(
                EditorContext(case_id=self.case_id, case_ref=self.case.ref), self._saved
            )

    def action_edit_evidence(self) -> None:
        """Edit the highlighted evidence."""
        ev = self._current_evidence()
        if ev is not None:
            self._edit(ev)

    def _edit(self, ev: StoredEvidence) -> None:
        context = EditorContext(evidence_id=ev.id, case_id=self.case_id, case_ref=ev.case_ref)
        self.open_editor(context, self._saved)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter reads a note (e edits it), or grades a criterion."""
        event.stop()
        if event.data_table.id == "case-evidence":
            self.action_view_evidence()
        else:
            self.action_grade()

    def action_delete_evidence(self) -> None:
        """Delete the highlighted evidence; u undoes."""
        ev = self._current_evidence()
        if ev is not None:
            self.delete_evidence(ev.id)

    @work(thread=True, group="case-delete", exit_on_error=False)
    def delete_evidence(self, evidence_id: str) -> None:
        """Delete (a tombstone version; undoable)."""
        self.store.delete_evidence(evidence_id)
        self.post_message(EvidenceDeleted(evidence_id, self.case_id))

    def on_evidence_deleted(self, message: EvidenceDeleted) -> None:
        """Offer the undo."""
        self.fw.deleted.append((message.evidence_id, message.case_id))
        self.notify("Evidence deleted. Press u to undo.", title="Deleted", timeout=8)
        self.load()

    def action_undo(self) -> None:
        """Restore my last deleted note in this case (from the store: it survives
        leaving the case and quitting)."""
        self.undo_delete()

    @work(thread=True, group="case-delete", exit_on_error=False)
    def undo_delete(self) -> None:
        """Find my newest deletion in this case that is still deleted; restore it."""
        gone = self.store.deleted_evidence(limit=1, case_id=self.case_id)
        if not gone:
            self.app.call_from_thread(self.notify, "Nothing deleted in this case to undo.")
            return
        evidence_id = gone[0].evidence_id
        self.store.restore_evidence(evidence_id)
        self.post_message(EvidenceRestored(evidence_id, self.case_id))

    def on_evidence_restored(self, message: EvidenceRestored) -> None:
        """Show it again."""
        if (message.evidence_id, self.case_id) in self.fw.deleted:
            self.fw.deleted.remove((message.evidence_id, self.case_id))
        self.notify("Evidence restored.", timeout=3)
        self.focus_evidence = message.evidence_id
        self.load()

    # Moving between my cases -----------------------------------------------------------
    def action_next_case(self, step: int) -> None:
        """The next (or previous) case allocated to me."""
        self.find_next_case(step)

    @work(thread=True, exclusive=True, group="case-next", exit_on_error=False)
    def find_next_case(self, step: int) -> None:
        """Find my neighbouring case by reference, then show it in place of this one."""
        me = self.store.me_id
        if me is None:
            self.app.call_from_thread(self.notify, "This file is not issued to anyone.")
            return
        f = CaseFilter(inspector_id=me)
        ids = [r.id for r in self.store.case_rows(f, 0, self.store.count_cases(f))]
        if not ids or ids == [self.case_id]:
            self.app.call_from_thread(self.notify, "No other case is allocated to you.")
            return
        i = ids.index(self.case_id) + step if self.case_id in ids else 0
        self.app.call_from_thread(self._show_case, ids[i % len(ids)])

    def _show_case(self, case_id: str) -> None:
        self.app.switch_screen(CaseScreen(case_id))

    def action_back(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
