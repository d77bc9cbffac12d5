"""The Judgements screen's hint when a grade disagrees with the evidence.

When the lead chooses a grade, or opens a judgement whose recorded grade the evidence
disagrees with, one plain line under the form says what disagrees, in the draft's own
words.  The rule is the export's (`exporters.draft.grade_check_for`, the check behind
the draft's "[Check before use: the grade recorded is …, but …]" marker): the screen
has no rule of its own.  The draft's facts are read once, in a worker, and kept until
the screen reads everything again; each check runs in a worker too.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message
from textual.widgets import Static

from tui.screens.base import FieldworkScreen
from tui.screens.judgement_rows import JudgementRow

if TYPE_CHECKING:
    from store.store import Store


class GradeChecked(Message):
    """What the evidence says of a grade chosen for a judgement ("" when it agrees)."""

    def __init__(self, key: str, grade: str, hint: str) -> None:
        super().__init__()
        self.key = key
        self.grade = grade
        self.hint = hint


class GradeHints:
    """The draft's facts, read once for every check the screen asks for."""

    def __init__(self) -> None:
        self._data: Any = None
        self._lock = threading.Lock()

    def forget(self) -> None:
        """Read the evidence again at the next check (after a refresh)."""
        with self._lock:
            self._data = None

    def hint(self, store: Store, judgement_id: str, area_code: str | None, grade: str) -> str:
        """The hint for `grade` on this judgement: "" where the evidence agrees or the
        draft makes no check; otherwise "The evidence disagrees with a grade of good:
        weaknesses were found in …".  Call it from a worker."""
        from exporters.draft import grade_hint, load

        with self._lock:  # one check at a time: the draft's facts keep caches
            if self._data is None:
                self._data = load(store)
            return grade_hint(self._data, judgement_id, grade, area_code)


class GradeHintScreen(FieldworkScreen[None]):
    """The part of the Judgements screen that checks a grade against the evidence."""

    current: JudgementRow | None
    hints: GradeHints

    def form(self) -> tuple[str | None, str]:
        raise NotImplementedError

    def check_chosen_grade(self) -> None:
        """Check the grade the form shows now (clear the hint at once; it comes back
        from a worker if the evidence disagrees)."""
        self.query_one("#judgements-hint", Static).update("")
        row = self.current
        grade = self.form()[0]
        if row is not None and grade:
            self.check_grade(row.key, row.judgement_id, row.area_code, grade)

    @work(thread=True, exclusive=True, group="judgements-hint", exit_on_error=False)
    def check_grade(self, key: str, judgement_id: str, area_code: str | None, grade: str) -> None:
        """Check one grade against the evidence (`GradeHints.hint`)."""
        self.post_message(GradeChecked(key, grade, self.hints.hint(self.store, judgement_id,
                                                                    area_code, grade)))  # fmt: skip

    def on_grade_checked(self, message: GradeChecked) -> None:
        """Show the hint if the form still shows that judgement and grade."""
        row = self.current
        if row is not None and row.key == message.key and self.form()[0] == message.grade:
            self.query_one("#judgements-hint", Static).update(message.hint)
