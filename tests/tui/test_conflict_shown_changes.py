"""Keeping one side of a grading in conflict says every field that changes on screen,
not only whose change it supersedes (tester 14, F9: "It supersedes Lucy Chen's version
in: Rationale", while the grade went from requires improvement to inadequate unsaid,
because only Marcus had changed the grade).  A hand-built master: the grading was
recorded once, then Marcus rewrote its grade and rationale and Lucy its rationale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.framework import load_framework
from store.models import Area, CaseFile, Grading, Inspector
from store.store import Store
from tests.tui.test_conflicts_screen import StoreApp, settle
from tui.modals.confirm import ConfirmModal
from tui.screens.conflicts import ConflictsScreen


@pytest.fixture
def graded(tmp_path: Path) -> Iterator[Store]:
    m = Store.create(tmp_path / "m.db", load_framework("cafcass-2018"), title="T",
                     lead="Ruth Okafor")  # fmt: skip
    m.put_area(Area(code="3", name="Kent", visited=True))
    case_id = m.put_case(
        CaseFile(ref="K-3104-LM", area_code="3", law_type="PRIVATE", case_type="CAO", stage="WTFH")
    )
    first = Grading(case_id=case_id, criterion_id="QP2", grade="requires-improvement",
                    rationale="Checks late; no record of police checks before the letter.")  # fmt: skip
    m.set_grading(first)
    files = {}
    for name, initials in (("Lucy Chen", "LC"), ("Marcus Bell", "MB")):
        who = m.put_inspector(Inspector(name=name, initials=initials))
        files[name] = m.issue(Path(m.path).parent / f"{initials}.db", who)
    with Store.open(files["Marcus Bell"]) as s:
        s.set_grading(
            first.model_copy(
                update={
                    "grade": "inadequate",
                    "rationale": "Police checks never requested; risk unassessed.",
                }
            )
        )
    with Store.open(files["Lucy Chen"]) as s:  # the later side: the one shown
        s.set_grading(first.model_copy(update={"rationale": "Checks late by three weeks."}))
    for path in files.values():
        m.merge_from(path)
    assert len(m.conflicts()) == 1
    yield m
    m.close()


@pytest.mark.asyncio
async def test_keeping_a_side_names_the_grade_it_changes(graded: Store) -> None:
    app = StoreApp(graded, ConflictsScreen())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        (conflict,) = graded.conflicts()
        # The side not shown (whichever the clocks made it): keeping it changes both the
        # grade and the rationale on screen, though only Marcus changed the grade.
        other = next(i for i, s in enumerate(conflict.sides) if not s.winner)
        shown = next(s for s in conflict.sides if s.winner)
        app.screen.action_take(other)  # type: ignore[attr-defined]
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, ConfirmModal)
        assert f"It supersedes {shown.author_name}'s version" in asked.question
        assert "What shows now changes in: Grade, Rationale" in asked.question, asked.question
