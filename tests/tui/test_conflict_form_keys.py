"""The conflict form answers the keys a lead presses first (tester 11, item 7): Enter on
the grade opens its choices, Ctrl+B keeps both texts without moving to the text first,
and says why when there are no two texts to keep."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Select, TextArea

from store.framework import load_framework
from store.models import Area, CaseFile, Grading, Inspector
from store.store import Store
from tests.tui.helpers import toasts
from tests.tui.test_conflicts_screen import RATIONALES, StoreApp, settle
from tui.modals.conflict_form import ConflictForm
from tui.screens.conflicts import ConflictsScreen


def grade_clash(tmp_path: Path, rationales: dict[str, str]) -> Store:
    """A master whose SW1 grading Alice and Bob changed apart, with these rationales."""
    m = Store.create(tmp_path / "m.db", load_framework("cafcass-2018"), title="T",
                     lead="Ruth Okafor")  # fmt: skip
    m.put_area(Area(code="6", name="Hampshire", visited=True))
    case_id = m.put_case(
        CaseFile(ref="C-1000-AA", area_code="6", law_type="PRIVATE", case_type="CAO", stage="WTFH")
    )
    for name, grade in (("Alice Able", "good"), ("Bob Brown", "inadequate")):
        who = m.put_inspector(Inspector(name=name, initials=name[0] + name.split()[1][0]))
        other = Store.open(m.issue(tmp_path / f"{name[:3]}.db", who))
        other.set_grading(
            Grading(case_id=case_id, criterion_id="SW1", grade=grade, rationale=rationales[name])
        )
        other.close()
    for f in ("Ali.db", "Bob.db"):
        m.merge_from(tmp_path / f)
    return m


async def open_form(app: StoreApp, pilot: object) -> ConflictForm:
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("e")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    form = app.screen
    assert isinstance(form, ConflictForm)
    return form


@pytest.mark.asyncio
async def test_enter_opens_the_grade_and_a_choice_is_kept(tmp_path: Path) -> None:
    store = grade_clash(tmp_path, RATIONALES)
    app = StoreApp(store, ConflictsScreen())
    try:
        async with app.run_test(size=(140, 36)) as pilot:
            form = await open_form(app, pilot)
            grade = form.query_one("#cf-grade", Select)
            assert form.focused is not None and grade in form.focused.ancestors_with_self
            before = grade.value
            await pilot.press("enter")
            await settle(pilot)
            assert grade.expanded
            await pilot.press("down", "enter")
            await settle(pilot)
            chosen = form.query_one("#cf-grade", Select)  # read afresh after the keys
            assert not chosen.expanded and chosen.value != before
            assert form.values()["grade"] == grade.value
    finally:
        store.close()


@pytest.mark.asyncio
async def test_ctrl_b_keeps_both_rationales_from_the_grade(tmp_path: Path) -> None:
    store = grade_clash(tmp_path, RATIONALES)
    app = StoreApp(store, ConflictsScreen())
    try:
        async with app.run_test(size=(140, 36)) as pilot:
            form = await open_form(app, pilot)
            await pilot.press("ctrl+b")  # the focus is on the grade, not the text
            await settle(pilot)
            rationale = form.query_one("#cf-rationale", TextArea)
            assert all(text in rationale.text for text in RATIONALES.values())
            assert form.focused is rationale
    finally:
        store.close()


@pytest.mark.asyncio
async def test_ctrl_b_says_why_when_the_texts_are_the_same(tmp_path: Path) -> None:
    same = "Seen alone twice; the plan names who checks the father's contact."
    store = grade_clash(tmp_path, {"Alice Able": same, "Bob Brown": same})
    app = StoreApp(store, ConflictsScreen())
    try:
        async with app.run_test(size=(140, 36), notifications=True) as pilot:
            form = await open_form(app, pilot)
            await pilot.press("ctrl+b")
            await settle(pilot)
            assert form.query_one("#cf-rationale", TextArea).text == same
            assert any("no two texts to keep" in t for t in toasts(app))
    finally:
        store.close()
