"""The evidence editor's box for the child's own words: whom it is for.

The box is for a case's note: a child is quoted only from their own recorded words.  A
note about the national organisation or an area (board papers, a judge's view) has no
child to quote, so the box is not shown there (tester 17, F5), unless the note holds
words already (recorded before), which stay in sight and editable, so nothing is hidden.
On a case whose child is too young to be quoted, the box's label says so before anything
is typed (tester 13, F6)."""

from __future__ import annotations

from typing import Any

from textual import work
from textual.widgets import Label, TextArea

from tui.messages import CaseAgeKnown
from tui.screens.editor_about import AboutTitled

CHILD_WORDS_LABEL = "The child's own words (as said)"


class ChildWordsShown(AboutTitled):
    """An editor whose child's-words box (`#editor-child-words`, labelled by
    `#editor-child-words-label`) shows only where a child may be quoted."""

    def show_child_words(self, form: dict[str, Any]) -> None:
        """Hide the box (class `-no-child`, app.tcss) on a national or area note holding
        no child's words."""
        self.set_class(not self.context.case_id and not form["child_words"], "-no-child")

    @work(thread=True, exclusive=True, group="editor-age", exit_on_error=False)
    def load_case_age(self, case_id: str) -> None:
        """Read the age band of the case's child, and who holds the case."""
        case = self.store.case(case_id)
        holder = case.inspector_id
        held_by = self.store.display_name(holder) if holder and holder != self.store.me_id else ""
        waiting = case.ref if case.status == "not-started" else ""
        self.post_message(CaseAgeKnown(case.age_band, held_by, waiting))

    @property
    def saved_message(self) -> str:
        """What saving says: on a case another inspector holds, whose it is (tester 31,
        F8: a lead's note on a colleague's case surfaced only as a conflict at merge)."""
        if self.held_by:
            return (
                f"Evidence saved, on a case {self.held_by} holds: tell them, or merge it to them."
            )
        if self.not_started:  # as the command line reminds (tester 34, F14)
            return (f"Evidence saved. Case {self.not_started} is still marked Not started: "
                    "set its Status on the case screen (Tab from the evidence).")  # fmt: skip
        return "Evidence saved."

    def on_case_age_known(self, message: CaseAgeKnown) -> None:
        """A child too young to be quoted: the words' label says so.  A case another
        inspector holds: the heading says whose it is."""
        from exporters.quoting import too_young_note

        if message.held_by:
            self.held_by = message.held_by
            self.retitle()
        self.not_started = message.not_started

        note = too_young_note(message.age_band)
        label = f"{CHILD_WORDS_LABEL}: aged {message.age_band}, not quoted in the draft"
        self.query_one("#editor-child-words-label", Label).update(
            label if note else CHILD_WORDS_LABEL
        )
        self.query_one("#editor-child-words", TextArea).tooltip = note or None
