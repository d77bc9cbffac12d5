"""The evidence editor: criteria, source, finding, the text, the child's own words and
any safeguarding concern.  Nothing typed is lost: while the form differs from what was
last saved, it is kept as a draft every `Settings.autosave_seconds` (off the UI thread),
discarded when the evidence is saved or the changes discarded.  Leaving with changes
asks.  Tab moves the focus as it is typed (`tui/widgets/tab_focus.py`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.timer import Timer
from textual.widgets import Checkbox, Header, Input, Label, OptionList, Select, Static, TextArea
from textual.worker import Worker

from exporters.gradable import case_criteria
from store.ids import uuid7
from store.models import POLARITY_LABELS, Evidence, StoredArea
from tui import hangup
from tui.messages import (
    DraftDiscarded,
    DraftSaved,
    EvidenceLoaded,
    EvidenceSaved,
    LookupsLoaded,
)
from tui.modals.leave_editor import LeaveChoice, LeaveEditorModal
from tui.navigation import NATIONAL, EditorContext
from tui.screens.editor_child import CHILD_WORDS_LABEL, ChildWordsShown
from tui.screens.evidence_fields import (
    FIELDS,
    NO_FINDING,
    empty_form,
    evidence_of,
    form_of,
    where_line,
)
from tui.widgets.choice import Choice
from tui.widgets.criteria_picker import CriteriaPicker
from tui.widgets.footer import Footer
from tui.widgets.identify_warning import IdentifyWarning
from tui.widgets.paste_input import PasteInput
from tui.widgets.tab_focus import TabTextArea
from tui.widgets.tick_box import TickBox


class EvidenceEditorScreen(ChildWordsShown):
    """Write or change one piece of evidence; dismisses with its id when saved."""

    AUTO_FOCUS = ""  # none: on_mount focuses the search box without scrolling
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]  # -short: compact (app.tcss)
    BINDINGS = [
        Binding(
            "ctrl+s",
            "save",
            "Save",
            id="save-evidence",
            tooltip="Save this evidence (committed at once).",
        ),
        Binding(
            "escape",
            "leave",
            "Back",
            id="leave-editor",
            tooltip="Leave the editor; asks first if there are unsaved changes.",
        ),
        Binding(
            "ctrl+g",
            "focus_criteria",
            "Criteria",
            id="focus-criteria",
            tooltip="Jump to the criteria search.",
            priority=True,  # the keys typed next go there (tui.widgets.typed_ahead)
        ),
        Binding(
            "ctrl+f",
            "focus_finding",
            "Finding",
            id="focus-finding",
            tooltip="Jump to the finding and open its choices.",
            priority=True,
        ),
        Binding(
            "ctrl+t",
            "focus_text",
            "Text",
            id="focus-text",
            tooltip="Jump to the evidence text.",
            priority=True,
        ),
    ]

    def __init__(self, context: EditorContext) -> None:
        super().__init__()
        self.context = context
        if not context.draft_key:
            context.draft_key = f"evidence:{context.evidence_id or 'new:' + uuid7()}"
        self._restoring = bool(context.form)
        self._loaded = bool(context.form) or context.evidence_id is None
        if not context.form:
            context.form = empty_form(context.case_id, context.area_code)
            context.baseline = dict(context.form)
        elif not context.baseline:
            context.baseline = empty_form(context.case_id, context.area_code)
        self._changed = False
        self._last_draft: dict[str, Any] | None = dict(context.form) if self._restoring else None
        self._draft_lock = threading.Lock()
        self._finished = False
        self._draft_worker: Worker[None] | None = None
        self._autosave: Timer | None = None
        self._saving = False
        self._then: Callable[[], object] = lambda: None

    # Layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        fw = self.store.framework
        form = self.context.form
        yield Header()
        with VerticalScroll(id="editor-body"):
            yield Static(self._title(), id="editor-title")
            if not self.context.case_id:
                with Horizontal(classes="editor-row"):
                    yield Label("About", classes="editor-label")
                    yield Select[str](
                        [("National organisation", NATIONAL)],
                        value=form["about"] if form["about"] == NATIONAL else Select.NULL,
                        allow_blank=False,
                        compact=True,
                        id="editor-about",
                    )
            yield CriteriaPicker(
                fw.criteria, form["criteria"],
                case_first=self._practice_first(form["about"]),
                id="editor-criteria",
            )  # fmt: skip
            with Horizontal(classes="editor-row"):
                yield Label("Source", classes="editor-label")
                yield Choice(
                    [(s.label, s.code) for s in fw.sources],
                    value=form["source"] or Select.NULL,
                    prompt="Choose the source",
                    compact=True,
                    id="editor-source",
                )
            with Horizontal(classes="editor-row"):
                yield Label("Finding", classes="editor-label")
                yield Choice(
                    [(label, code) for code, label in POLARITY_LABELS.items()],
                    value=form["polarity"] or Select.NULL,
                    prompt="Not chosen yet (Ctrl+F)",
                    compact=True,
                    id="editor-polarity",
                )
            yield Label("What you read, saw or heard")
            yield TabTextArea(
                form["text"],
                id="editor-text",
                soft_wrap=True,
                show_line_numbers=False,
                tab_behavior="focus",
            )
            yield Label(CHILD_WORDS_LABEL, id="editor-child-words-label")
            yield TabTextArea(
                form["child_words"],
                id="editor-child-words",
                placeholder="Leave empty if none",
                soft_wrap=True,
                show_line_numbers=False,
                tab_behavior="focus",
            )
            yield TickBox("Safeguarding concern", form["concern"], id="editor-concern")
            yield TabTextArea(  # wraps: the text senior managers act on is read back whole
                form["safeguarding"],  # (tester 29, F14: a one-line box at 80 columns)
                id="editor-safeguarding",
                placeholder="The concern, for senior managers (required)",
                soft_wrap=True,
                show_line_numbers=False,
                tab_behavior="focus",
            )
            yield TickBox("Escalated to senior managers", form["escalated"], id="editor-escalated")
            yield PasteInput(
                form["escalation_note"],
                id="editor-escalation-note",
                placeholder="To whom and when it was escalated",
            )
        yield Static("", id="editor-where")
        yield Footer()

    def _title(self) -> str:
        verb = "Edit evidence" if self.context.evidence_id else "New evidence"
        extra = " (restored draft)" if self._restoring else ""
        return f"[b]{verb}[/b] · {self.context.about_label}{extra}"

    def on_mount(self) -> None:
        self.sub_title = self.context.about_label
        self._show_form(self.context.form)
        if not self.context.case_id:
            self.load_areas()
        else:
            self.load_case_age(self.context.case_id)
        if not self._loaded and self.context.evidence_id:
            self.load_evidence(self.context.evidence_id)
        self._autosave = self.set_interval(self.fw.settings.autosave_seconds, self._autosave_tick)
        hangup.hold(self)
        if self._restoring and self.context.form["text"]:
            self.action_focus_text()  # the typing goes on where it stopped (tester 23, F4)
        else:
            # Without scrolling: Textual centres a widget focused the usual way, which on
            # a short terminal scrolled the title and the search box off the top.
            self.query_one("#criteria-search", Input).focus(scroll_visible=False)
        self.type_handed_keys()  # typed before it showed (tester 30, F6)
        IdentifyWarning.attach(self, "editor-text", "editor-child-words", "editor-safeguarding",
                               "editor-escalation-note")  # fmt: skip

    def _show_form(self, form: dict[str, Any]) -> None:
        """The concern's fields when ticked; the child's words where a child may be."""
        self._show_concern(bool(form["concern"]))
        self.show_child_words(form)

    def _show_concern(self, on: bool) -> None:
        for wid in ("#editor-safeguarding", "#editor-escalated", "#editor-escalation-note"):
            self.query_one(wid).display = on

    # Loading --------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="editor-load", exit_on_error=False)
    def load_evidence(self, evidence_id: str) -> None:
        """Read the evidence to edit."""
        self.post_message(EvidenceLoaded(self.store.evidence(evidence_id)))

    @work(thread=True, exclusive=True, group="editor-areas", exit_on_error=False)
    def load_areas(self) -> None:
        """Read the areas evidence may be about."""
        self.post_message(LookupsLoaded(self.store.areas(), []))

    def on_lookups_loaded(self, message: LookupsLoaded) -> None:
        """Offer the areas as subjects of non-case evidence."""
        about: Select[str] = self.query_one("#editor-about", Select)
        current = self.context.form["about"]
        areas: list[StoredArea] = message.areas
        about.set_options(
            [("National organisation", NATIONAL)]
            + [(f"Area {a.code}: {a.name}", a.code) for a in areas]
        )
        about.value = current if any(a.code == current for a in areas) else NATIONAL

    def on_evidence_loaded(self, message: EvidenceLoaded) -> None:
        """Fill the form from the stored evidence."""
        ev = message.evidence
        self.context.case_ref, self.context.area_code = ev.case_ref, ev.area_code
        form = form_of(ev)
        self.context.form = form
        self.context.baseline = dict(form)
        self._fill(form)
        self._loaded = True
        self.show_about(form["about"])

    def _fill(self, form: dict[str, Any]) -> None:
        self.query_one(CriteriaPicker).set_selected(form["criteria"])
        if form["source"]:
            self.query_one("#editor-source", Select).value = form["source"]
        self.query_one("#editor-polarity", Select).value = form["polarity"] or Select.NULL
        self.query_one("#editor-text", TextArea).load_text(form["text"])
        self.query_one("#editor-child-words", TextArea).load_text(form["child_words"])
        self.query_one("#editor-concern", Checkbox).value = form["concern"]
        self.query_one("#editor-safeguarding", TextArea).load_text(form["safeguarding"])
        self.query_one("#editor-escalated", Checkbox).value = form["escalated"]
        self.query_one("#editor-escalation-note", Input).value = form["escalation_note"]
        self._show_form(form)

    # State ----------------------------------------------------------------------------
    def form(self) -> dict[str, Any]:
        """What the form shows now."""
        source = self.query_one("#editor-source", Select).value
        polarity = self.query_one("#editor-polarity", Select).value
        if self.context.case_id:
            about: Any = "case"
        else:
            value = self.query_one("#editor-about", Select).value
            about = value if isinstance(value, str) else NATIONAL
        return {
            "about": about,
            "criteria": self.query_one(CriteriaPicker).selected,
            "source": source if isinstance(source, str) else None,
            "polarity": polarity if isinstance(polarity, str) else None,
            "text": self.query_one("#editor-text", TextArea).text,
            "child_words": self.query_one("#editor-child-words", TextArea).text,
            "concern": self.query_one("#editor-concern", Checkbox).value,
            "safeguarding": self.query_one("#editor-safeguarding", TextArea).text,
            "escalated": self.query_one("#editor-escalated", Checkbox).value,
            "escalation_note": self.query_one("#editor-escalation-note", Input).value,
        }

    @property
    def dirty(self) -> bool:
        """True while the form differs from what is stored."""
        return self._loaded and self.form() != self.context.baseline

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """A keystroke in the text: note it; the autosave tick does the rest."""
        self._changed = True
        IdentifyWarning.changed(self, event.control)

    def on_input_changed(self, event: Input.Changed) -> None:
        """A keystroke in a one-line field."""
        self._changed = True
        IdentifyWarning.changed(self, event.control)

    def on_select_changed(self, event: Select.Changed) -> None:
        """A choice changed; About changed, the criteria offered first follow it."""
        self._changed = True
        if event.select.id == "editor-about" and isinstance(event.value, str):
            picker = self.query_one("#editor-criteria", CriteriaPicker)
            picker.rank_first(self._practice_first(event.value))

    def _practice_first(self, about: str) -> list[str]:
        """The criteria offered first on a note about `about`: on a case's or an area's,
        those about cases ("supervision" is QPN4 before LGS1: tester 17, F4)."""
        return [] if about == NATIONAL else case_criteria(self.store.framework)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """A box was ticked; the concern's fields show only when there is a concern."""
        self._changed = True
        if event.checkbox.id == "editor-concern":
            self._show_concern(event.value)

    def on_criteria_picker_changed(self, event: CriteriaPicker.Changed) -> None:
        """Criteria ticked or unticked."""
        self._changed = True

    # Autosave -------------------------------------------------------------------------
    def _autosave_tick(self) -> None:
        if not self._changed or self._finished or not self._loaded:
            return
        if self._draft_worker is not None and not self._draft_worker.is_finished:
            return  # the previous draft is still being written; try next tick
        self._changed = False
        form = self.form()
        if form == self._last_draft:
            return
        if form == self.context.baseline and self._last_draft is None:
            return
        self._last_draft = form
        self._draft_worker = self.write_draft(self._payload(form))

    def write_draft_now(self) -> None:
        """Write the form as a draft on this thread (the terminal is closing)."""
        form = self.form() if self._loaded else self.context.baseline
        if form == self.context.baseline and self._last_draft is None:
            return
        with self._draft_lock:
            if not self._finished:
                self.store.save_draft(self.context.draft_key, self._payload(form))

    def _payload(self, form: dict[str, Any]) -> dict[str, Any]:
        c = self.context
        return {
            "kind": "evidence",
            "evidence_id": c.evidence_id,
            "case_id": c.case_id,
            "case_ref": c.case_ref,
            "area_code": c.area_code,
            "about_label": c.about_label,
            "text": form["text"],
            "form": form,
            "baseline": c.baseline,
        }

    @work(thread=True, group="editor-draft", exit_on_error=False)
    def write_draft(self, payload: dict[str, Any]) -> None:
        """Keep the form as a draft (one committed transaction)."""
        with self._draft_lock:
            if self._finished:
                return
            self.store.save_draft(self.context.draft_key, payload)
        self.post_message(DraftSaved(self.context.draft_key))

    # Saving ---------------------------------------------------------------------------
    def action_save(self) -> None:
        """Check the form and commit it."""
        if self._saving or not self._loaded:
            return
        result = evidence_of(self.form(), self.context.case_id)
        if isinstance(result, str):
            self.notify(result, title="Not saved yet", severity="warning")
            focus = {
                "Choose at least": "#criteria-search",
                "Choose the source": "#editor-source",
                NO_FINDING: "#editor-polarity",
                "Write what": "#editor-text",
                "Describe the": "#editor-safeguarding",
            }
            for start, wid in focus.items():
                if result.startswith(start):
                    self.set_focus(self.query_one(wid))
            return
        self._saving = True
        self.save_evidence(result)

    @work(thread=True, exclusive=True, group="editor-save", exit_on_error=False)
    def save_evidence(self, evidence: Evidence) -> None:
        """Commit the evidence, then drop its draft."""
        try:
            with self._draft_lock:
                evidence_id = self.store.put_evidence(evidence, self.context.evidence_id)
                self._finished = True
                self.store.discard_draft(self.context.draft_key)
        finally:
            self._saving = False
        self.post_message(
            EvidenceSaved(evidence_id, evidence.case_id, self.context.evidence_id is None)
        )

    def on_evidence_saved(self, message: EvidenceSaved) -> None:
        """Saved: say so and go back."""
        self.notify(self.saved_message, timeout=6 if self.not_started else 3)
        self._close(message.evidence_id)

    def _close(self, result: str | None) -> None:
        hangup.release(self)
        if self._autosave is not None:
            self._autosave.stop()
        then = self._then
        self.dismiss(result)
        then()

    # Leaving --------------------------------------------------------------------------
    def action_leave(self) -> None:
        """Leave; ask first when there are unsaved changes."""
        self.confirm_leave(lambda: None)

    def confirm_leave(self, then: Callable[[], object]) -> None:
        """Leave the editor (asking first if dirty), then call `then()`."""
        self._then = then
        if not self.dirty:
            self.discard_draft()
            return

        def answered(choice: LeaveChoice | None) -> None:
            if choice == "save":
                self.action_save()
            elif choice == "discard":
                self.discard_draft()
            else:
                self._then = lambda: None

        self.app.push_screen(LeaveEditorModal(self), answered)

    @work(thread=True, exclusive=True, group="editor-save", exit_on_error=False)
    def discard_draft(self) -> None:
        """Drop the draft (after any draft write in flight), then close."""
        with self._draft_lock:
            self._finished = True
            self.store.discard_draft(self.context.draft_key)
        self.post_message(DraftDiscarded(self.context.draft_key))

    def on_draft_discarded(self, message: DraftDiscarded) -> None:
        """The draft is gone: close."""
        self._close(None)

    def action_focus_criteria(self) -> None:
        """Jump to the criteria search."""
        self.set_focus(self.query_one("#criteria-search", Input))

    def action_focus_finding(self) -> None:
        """Jump to the finding and open its choices."""
        finding = self.query_one("#editor-polarity", Select)
        self.set_focus(finding)
        finding.action_show_overlay()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Say which field has the focus, what Enter does there and where Tab goes."""
        chain = self.focus_chain
        here = self.focused
        listed = False
        if isinstance(here, OptionList) and isinstance(here.parent, Select):
            here, listed = here.parent, True  # an open list is in the chain as its choice
        k = chain.index(here) if here in chain else -1
        ids = [self._field_id(w) for w in chain]
        line = where_line(ids[k], ids[(k + 1) % len(ids)], ids[k - 1], listed) if k >= 0 else ""
        self.query_one("#editor-where", Static).update(line)

    @staticmethod
    def _field_id(widget: Any) -> str | None:
        """The id in `FIELDS` of the field `widget` is or is part of."""
        for node in (widget, *widget.ancestors):
            if node.id in FIELDS:
                return str(node.id)
        return None

    def action_focus_text(self) -> None:
        """Jump to the end of the evidence text."""
        text = self.query_one("#editor-text", TextArea)
        self.set_focus(text)
        text.move_cursor(text.document.end)
