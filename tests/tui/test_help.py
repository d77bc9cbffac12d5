"""The help covers every screen and dialog of the app and opens at the one it was asked
for from (on the hand-written inspection)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import pytest
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

import tui
from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, top
from tui.modals.grade import GradeModal
from tui.screens.case import CaseScreen
from tui.screens.help import SECTIONS, HelpScreen, section_class

BASES = {
    "tui.screens.base:FieldworkScreen",
    "tui.screens.base:TypingScreen",
    "tui.screens.editor_about:AboutTitled",
    "tui.screens.editor_child:ChildWordsShown",
    "tui.screens.judgement_hint:GradeHintScreen",
    "tui.screens.case_grading:CaseGrading",
    "tui.modals.chooser:ChooserModal",
}
"""Base classes of screens, never shown themselves."""


def _subclasses(cls: type) -> Iterator[type]:
    sub: type
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def every_screen_and_dialog() -> set[str]:
    """ "module:Class" of every screen and modal dialog the app's package defines."""
    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        importlib.import_module(info.name)
    return {
        f"{c.__module__}:{c.__name__}"
        for c in _subclasses(Screen)
        if c.__module__.startswith("tui.")
    } - BASES


def test_every_screen_and_dialog_has_a_help_section() -> None:
    found = every_screen_and_dialog()
    assert len(found) > 20
    covered = {s.target for s in SECTIONS}
    assert found - covered == set(), "add a Section to tui/screens/help.py for these"
    assert covered - found == {""}  # and no section names a class that is gone
    for section in SECTIONS[1:]:
        assert issubclass(section_class(section), Screen)


@pytest.mark.asyncio
async def test_help_opens_at_the_screen_or_dialog_it_was_asked_for_from(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    case = app.store.case_rows(CaseFilter(), 0, 1000)[0]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case.id))
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        help_screen = top(app)
        assert isinstance(help_screen, HelpScreen)
        body = help_screen.query_one("#help-body", VerticalScroll)
        here = help_screen.query_one("#help-CaseScreen", Static)
        assert "you are here" in str(here.render())
        assert body.scroll_y > 0 and here.region.y <= body.region.y + 1
        sections = help_screen.query(".help-section")
        assert len(sections) == len(SECTIONS)
        assert sum("you are here" in str(s.render()) for s in sections) == 1
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("g")  # the grade dialog
        await settle(pilot)
        assert isinstance(top(app), GradeModal)
        await pilot.press("f1")
        await settle(pilot)
        help_screen = top(app)
        assert isinstance(help_screen, HelpScreen)
        grade = help_screen.query_one("#help-GradeModal", Static)
        assert "you are here" in str(grade.render()) and "Grade dialog" in str(grade.render())
        body = help_screen.query_one("#help-body", VerticalScroll)
        assert grade.region.y <= body.region.y + 1
