"""The export dialog in its own words (issue #15): records in conflict stop the export
with a sentence naming the dialog's own control (never the command line's
`--allow-conflicts`), the control writes the draft with each affected sentence marked,
and evidence that disagrees with a grade is a warning in the framework's proportion
words, not percentages.  On a small inspection written in the test."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Static

from store.models import Inspector, Judgement
from store.store import Store
from tests.export.small import Small
from tests.tui.helpers import paste, run_palette_command, screen_text, settle, top
from tui.app import make_app
from tui.modals.export import CONFLICTS_LABEL, ExportDialog
from tui.modals.export_progress import ExportProgressScreen
from tui.settings import Settings

SIZE = (120, 40)


def _inspection(path: Path, conflict: bool) -> None:
    """Area 6, judged outstanding, with weaknesses in seven of its ten cases; with
    `conflict`, two inspectors then grade the area differently."""
    s = Small(path)
    for k in range(10):
        c = s.case()
        weak = k < 7
        for crit in ("QP5", "QP7"):
            s.ev(c, [crit], "development" if weak else "strength",
                 f"In case {k + 1} the work on {crit} was {'thin' if weak else 'thorough'} "
                 "for the child.")  # fmt: skip
    s.judge("J18-4A", "outstanding", area="6")
    if conflict:
        a = s.store.put_inspector(Inspector(name="Alice Able", initials="AA", role="deputy-lead"))
        b = s.store.put_inspector(Inspector(name="Bob Brown", initials="BB", role="deputy-lead"))
        copies = [
            s.store.issue(path.with_name("a.db"), a),
            s.store.issue(path.with_name("b.db"), b),
        ]
        for copy, grade in zip(copies, ("good", "inadequate"), strict=True):
            with Store.open(copy) as store:
                store.set_judgement(Judgement(judgement_id="J18-4A", area_code="6", grade=grade))
        for copy in copies:
            s.store.merge_from(copy)
    s.close()


async def _export(pilot: Pilot[Any], out: Path, allow_conflicts: bool) -> ExportProgressScreen:
    await run_palette_command(pilot, "Export to Word")
    dialog = top(pilot.app)
    assert isinstance(dialog, ExportDialog)
    dialog.query_one("#export-path", Input).value = str(out)
    box = dialog.query_one("#export-allow-conflicts", Checkbox)
    assert box.display and str(box.label) == CONFLICTS_LABEL
    if allow_conflicts:
        box.toggle()
    await pilot.press("ctrl+s")
    await settle(pilot)
    progress = top(pilot.app)
    assert isinstance(progress, ExportProgressScreen) and progress.done
    return progress


def _result(progress: ExportProgressScreen) -> str:
    return str(progress.query_one("#export-result", Static).render())


@contextlib.asynccontextmanager
async def _workbench(tmp_path: Path, conflict: bool) -> AsyncIterator[Pilot[Any]]:
    """The app running on `_inspection(conflict)` written into tmp_path."""
    db = tmp_path / "t.db"
    _inspection(db, conflict=conflict)
    with Store.open(db) as store:
        async with make_app(store, Settings()).run_test(size=SIZE) as pilot:
            yield pilot


@pytest.mark.asyncio
async def test_records_in_conflict_stop_the_export_in_the_dialog_s_words(tmp_path: Path) -> None:
    out = tmp_path / "area.docx"
    async with _workbench(tmp_path, conflict=True) as pilot:
        progress = await _export(pilot, out, allow_conflicts=False)
        said = _result(progress)
        assert progress.written is None and progress.error == said
        assert said.startswith("Nothing was written: the draft uses 1 record in conflict")
        assert f"'{CONFLICTS_LABEL}' ticked" in said and "Conflicts" in said
        assert "--" not in said and "fieldwork " not in said  # no command-line wording
        assert not out.exists()
        await pilot.press("escape")
        await settle(pilot)
        progress = await _export(pilot, out, allow_conflicts=True)
        said = _result(progress)
        assert progress.written == out, said
        assert "1 record is in conflict, marked in it" in said
    body = " ".join(p.text for p in Document(str(out)).paragraphs)
    assert "[In conflict: settle before use]" in body


@pytest.mark.asyncio
async def test_evidence_that_disagrees_with_the_grade_is_a_warning_in_words(
    tmp_path: Path,
) -> None:
    out = tmp_path / "area.docx"
    async with _workbench(tmp_path, conflict=False) as pilot:
        progress = await _export(pilot, out, allow_conflicts=False)
        said = _result(progress)
    warnings = [line for line in said.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1, said
    # 14 of 20 case findings against: the framework's "the majority of" (0.51 to 0.75),
    # never "most" (from 0.75); no percentage.
    assert "the grade recorded is outstanding" in warnings[0]
    assert "weaknesses were found in the majority of the findings on practice" in warnings[0]
    assert not re.search(r"\d+\s*%", said)
    body = " ".join(p.text for p in Document(str(out)).paragraphs)
    assert "[Check before use: the grade recorded is outstanding, but weaknesses" in body
    assert not re.search(r"\d+\s*%", body)


@pytest.mark.asyncio
async def test_the_palette_names_the_qa_view_beside_the_export(tmp_path: Path) -> None:
    """A deputy looking for the QA reader's view finds it named on the palette's export
    command (tester 19, F18: only the dialog's list named it)."""
    async with _workbench(tmp_path, conflict=False) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await paste(pilot, "Export to Word")
        await settle(pilot)
        shown = screen_text(pilot.app)
    assert "the QA view" in shown, shown
