"""The case screen's grading: the grid of criteria, the grade dialog with this case's
evidence for the criterion in view, moving on to the next ungraded criterion after a
grade, and asking before a case is marked complete with criteria ungraded.

`CaseScreen` (`tui/screens/case.py`) inherits this; it holds the bindings.
"""

from __future__ import annotations

from typing import Any

from textual import work
from textual.widgets import DataTable, Select, TabbedContent

from store.models import (
    STATUS_LABELS,
    CaseFile,
    Grading,
    StoredCase,
    StoredEvidence,
    StoredGrading,
)
from tui.drafting import grading_key
from tui.markup import escape
from tui.messages import GradingSaved
from tui.modals.confirm import ConfirmModal
from tui.modals.grade import GradeChoice, GradeModal
from tui.screens.base import FieldworkScreen
from tui.widgets.criterion_evidence import CriterionEvidence, excerpt, notes_on, tally


class CaseGrading(FieldworkScreen[None]):
    """Grading one case's criteria (a part of `CaseScreen`)."""

    case_id: str
    case: StoredCase | None
    evidence: list[StoredEvidence]
    gradings: dict[str, StoredGrading]
    _after_grade: str | None
    gradable: list[str] | None = None
    """The criteria a case can be graded against (`exporters.gradable`), read in the
    case's worker (`prepare_grading`): the progress counts count these only."""

    def _current_evidence(self) -> StoredEvidence | None:
        raise NotImplementedError

    def save_case(self, record: CaseFile) -> Any:
        """Commit the case's attributes (the case screen's worker)."""
        raise NotImplementedError

    def load(self) -> Any:
        """Read the case again (the case screen's worker)."""
        raise NotImplementedError

    def _fill_grading(self) -> None:
        fw = self.store.framework
        table: DataTable[str] = self.query_one("#case-grading", DataTable)
        row = table.cursor_row
        # The id, the grade, this case's evidence (+strengths −developments), each
        # column's padding (2) and the scrollbar take what they need; the wording and,
        # from 100 columns, the rationale share the rest.  The pane below shows the
        # highlighted criterion whole, its rationale and its evidence.
        labels = [fw.grading_label(code) for code in fw.grading_codes()] + ["·"]
        id_width = max(len("Criterion"), *(len(c.id) for c in fw.criteria))
        wide = self.size.width >= 100
        grade_width = max(len("Grade"), *map(len, labels))
        fixed = id_width + grade_width + len("Evidence") + 5 * 2 + 2
        rest = max(20, self.size.width - fixed)
        wording = rest * 11 // 20 if wide else rest
        why = rest - wording
        table.clear(columns=True)
        # Every column is given its width: a table filled under a dialog (the grade
        # dialog, and the terminal resized meanwhile) measured none of its new rows and
        # kept each column as wide as its heading: "Wording" and "Rationale" (tester 21's
        # F7, seen on Textual 8.2.8), and the grade cut to "Requi" (tester 33, F5).
        table.add_column("Criterion", width=id_width)
        table.add_column("Grade", width=grade_width)
        table.add_column("Evidence", width=len("Evidence"))
        table.add_column("Wording", width=wording)
        if wide:
            table.add_column("Rationale", width=why)
        for c in map(fw.criterion, self.grid_ids()):
            g = self.gradings.get(c.id)
            cells = [
                c.id,
                fw.grading_label(g.grade) if g else "·",
                tally(notes_on(c.id, self.evidence)),
                excerpt(c.text, wording),
            ]
            if wide:
                cells.append(excerpt(g.rationale if g else "", why))
            table.add_row(*cells, key=c.id)
        if self._after_grade is not None:
            row = self._next_ungraded(self._after_grade)
            self._after_grade = None
        table.move_cursor(row=max(0, row), animate=False)
        self._show_criterion(max(0, row))

    def _show_criterion(self, row: int) -> None:
        """The pane under the grid: the criterion on `row`, its grade and evidence."""
        ids = self.grid_ids()
        if 0 <= row < len(ids):
            cid = ids[row]
            pane = self.query_one(CriterionEvidence)
            pane.show(self.store.framework, cid, self.gradings.get(cid), self.evidence)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving in the grid shows that criterion in the pane below."""
        if event.data_table.id == "case-grading":
            self._show_criterion(event.cursor_row)

    def prepare_grading(self) -> None:
        """Read which criteria a case can be graded against (in the case's worker: the
        wording data takes a moment to read the first time)."""
        if self.gradable is None:
            from exporters.gradable import case_criteria

            self.gradable = case_criteria(self.store.framework)

    def grid_ids(self) -> list[str]:
        """The criteria the grid lists: those a case can be graded against, and any other
        this case has a grade on, so that it can be seen and cleared (tester 31, F11: the
        grid listed the leadership criteria too, and a grade given on one two rows below
        the one meant was drafted as what stakeholders said)."""
        every = [c.id for c in self.store.framework.criteria]
        if self.gradable is None:
            return every
        wanted = set(self.gradable) | {cid for cid, g in self.gradings.items() if g.grade}
        return [cid for cid in every if cid in wanted]

    def graded_of(self) -> tuple[int, int]:
        """(criteria graded, criteria a case can be graded against) in this case."""
        ids = self.gradable or [c.id for c in self.store.framework.criteria]
        return sum(1 for cid in ids if (g := self.gradings.get(cid)) and g.grade), len(ids)

    def _next_ungraded(self, criterion_id: str) -> int:
        """The row of the first ungraded criterion a case can be graded against after
        `criterion_id` (wrapping round); the criterion's own row when every one is."""
        ids = self.grid_ids()
        wanted = set(self.gradable or ids)
        start = ids.index(criterion_id) if criterion_id in ids else 0
        for step in range(1, len(ids) + 1):
            i = (start + step) % len(ids)
            g = self.gradings.get(ids[i])
            if ids[i] in wanted and (g is None or not g.grade):
                return i
        return start

    def _ask_before_complete(self, c: StoredCase) -> bool:
        """Marking complete with criteria ungraded asks first; True while it asks."""
        graded, total = self.graded_of()
        if graded >= total:
            return False
        status: Select[str] = self.query_one("#case-status", Select)

        def answered(yes: bool | None) -> None:
            if yes:
                record = CaseFile.model_validate(
                    {**c.model_dump(exclude={"meta"}), "status": "complete"}
                )
                self.case = StoredCase.model_validate({**record.model_dump(), "meta": c.meta})
                self.save_case(record)
            else:
                with status.prevent(Select.Changed):
                    status.value = c.status

        self.app.push_screen(
            ConfirmModal(
                f"Only {graded} of {total} criteria are graded in case {c.ref}. "
                "Mark it complete anyway?",
                yes="Mark complete",
                no="Not yet",
            ),
            answered,
        )
        return True

    # Grading --------------------------------------------------------------------------
    def action_switch_tab(self) -> None:
        """Evidence or grading."""
        tabs = self.query_one(TabbedContent)
        tabs.active = "tab-grading" if tabs.active == "tab-evidence" else "tab-evidence"
        table_id = "#case-grading" if tabs.active == "tab-grading" else "#case-evidence"
        self.query_one(table_id, DataTable).focus()

    def action_grade(self) -> None:
        """Grade the highlighted criterion (from the evidence tab: its first criterion)."""
        tabs = self.query_one(TabbedContent)
        grid: DataTable[str] = self.query_one("#case-grading", DataTable)
        if tabs.active != "tab-grading":
            ev = self._current_evidence()
            tabs.active = "tab-grading"
            grid.focus()
            ids = self.grid_ids()
            if ev is not None and (shown := [c for c in ev.criteria if c in ids]):
                grid.move_cursor(row=ids.index(shown[0]), animate=False)
        row = grid.cursor_row
        ids = self.grid_ids()
        if 0 <= row < len(ids):
            self._open_grade_dialog(ids[row])

    def _criterion_evidence(self, criterion_id: str) -> str:
        """This case's notes on a criterion, one line each: strengths first."""
        marks = {"strength": "[green]+ Strength[/]", "development": "[yellow]− Development[/]"}
        return "\n".join(
            f"{marks.get(ev.polarity, '· Neutral')}: {escape(' '.join(ev.text.split()))}"
            for ev in notes_on(criterion_id, self.evidence)
        )

    def _open_grade_dialog(self, criterion_id: str, draft: dict[str, Any] | None = None) -> None:
        """The grade dialog for one criterion (from a draft: with the draft's values)."""
        fw = self.store.framework
        criterion = fw.criterion(criterion_id)
        g = self.gradings.get(criterion_id)
        stored = (g.grade if g else None, g.rationale if g else "")
        grade, rationale = stored
        if draft is not None:
            grade, rationale = draft.get("grade"), str(draft.get("rationale") or "")
        options = [(code, fw.grading_label(code)) for code in fw.grading_codes()]
        ref = self.case.ref if self.case else ""

        def graded(choice: GradeChoice | None) -> None:
            if choice is not None:
                self.save_grading(criterion_id, choice)

        self.app.push_screen(
            GradeModal(
                f"[b]{criterion.id}[/b] {escape(criterion.text)}",
                options,
                grade,
                rationale,
                evidence=self._criterion_evidence(criterion_id),
                draft_key=grading_key(self.case_id, criterion_id),
                draft_about={
                    "case_id": self.case_id,
                    "case_ref": ref,
                    "criterion_id": criterion_id,
                    "about_label": f"Case {ref}, grade for {criterion_id}",
                },
                stored=stored,
            ),
            graded,
        )

    @work(thread=True, group="case-grade", exit_on_error=False)
    def save_grading(self, criterion_id: str, choice: GradeChoice) -> None:
        """Commit a grade, or clear it; then drop the dialog's draft."""

        def save() -> None:
            if choice.grade is None:
                if criterion_id in self.gradings:
                    self.store.clear_grading(self.case_id, criterion_id)
            else:
                self.store.set_grading(
                    Grading(
                        case_id=self.case_id,
                        criterion_id=criterion_id,
                        grade=choice.grade,
                        rationale=choice.rationale,
                    )
                )

        if choice.draft is not None:
            choice.draft.committed(self.store, save)
        else:
            save()
        self.post_message(GradingSaved(self.case_id, criterion_id, choice.grade))

    def status_hint(self, criterion_id: str, grade: str | None) -> str:
        """A reminder that the case's status is set by hand, where the grade just saved
        leaves the status behind the grading: every criterion graded and the case not
        complete, or a first grade on a case not started ("" otherwise).  Nothing sets
        the status but the inspector."""
        c = self.case
        if c is None or grade is None or c.status == "complete":
            return ""
        ids = set(self.gradable or [k.id for k in self.store.framework.criteria])
        graded = {cid for cid, g in self.gradings.items() if g.grade} | {criterion_id}
        said = STATUS_LABELS[c.status]
        if ids <= graded:
            return (f"Every criterion is graded, and the case is still ‘{said}’: its status "
                    "is set by hand; choose Complete in the status box at the top.")  # fmt: skip
        if c.status == "not-started":
            return (f"The case is still ‘{said}’: its status is set by hand; choose In "
                    "progress in the status box at the top.")  # fmt: skip
        return ""

    def on_grading_saved(self, message: GradingSaved) -> None:
        """Show the new grade (with `status_hint` where the status lags behind it); the
        grid moves on to the next ungraded criterion."""
        label = self.store.framework.grading_label(message.grade) if message.grade else "cleared"
        hint = self.status_hint(message.criterion_id, message.grade)
        said = f"{message.criterion_id}: {label}."
        self.notify(f"{said} {hint}" if hint else said, timeout=10 if hint else 2)
        if message.grade:
            self._after_grade = message.criterion_id
        self.load()
