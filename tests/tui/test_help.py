"""The help covers every screen and dialog of the app and opens at the one it was asked
for from (on the hand-written inspection)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import pytest
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

import tui
from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, top, widget_text
from tui.app import FieldworkApp
from tui.modals.grade import GradeModal
from tui.screens.case import CaseScreen
from tui.screens.help import SECTIONS, HelpScreen, _rows, bindings_of, section_class, section_id

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
        here = help_screen.query_one("#help-CaseScreen", Vertical)
        assert "you are here" in widget_text(here)
        assert body.scroll_y > 0 and here.region.y <= body.region.y + 1
        sections = help_screen.query(".help-section")
        assert len(sections) == len(SECTIONS)
        assert sum("you are here" in widget_text(s) for s in sections) == 1
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("g")  # the grade dialog
        await settle(pilot)
        assert isinstance(top(app), GradeModal)
        await pilot.press("f1")
        await settle(pilot)
        help_screen = top(app)
        assert isinstance(help_screen, HelpScreen)
        grade = help_screen.query_one("#help-GradeModal", Vertical)
        assert "you are here" in widget_text(grade) and "Grade dialog" in widget_text(grade)
        body = help_screen.query_one("#help-body", VerticalScroll)
        assert grade.region.y <= body.region.y + 1


@pytest.mark.asyncio
async def test_help_keys_read_as_three_columns_at_80_columns(make_hw: AppFactory) -> None:
    """In a narrow terminal a key's description wraps under itself, not under the keys,
    and its keymap id stays on the key's own line (tester 27: ids wrapped to the left
    edge among the descriptions)."""
    app = make_hw()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        help_screen = top(app)
        assert isinstance(help_screen, HelpScreen)
        wrapped = 0
        keymap = help_screen.fw.settings.keymap
        for section in SECTIONS:
            cls = section_class(section) if section.target else type(app)
            ids = [binding_id for _, _, binding_id in _rows(bindings_of(cls), keymap)]
            if not ids:
                continue
            keys = help_screen.query_one(f"#{section_id(section)} .help-keys", Static)
            lines = [line[2:] for line in widget_text(keys).splitlines()]  # its left margin
            firsts = [line for line in lines if line[:1].strip()]
            # A key's line ends with its keymap id, in the order of the bindings.
            assert [line.rsplit(None, 1)[-1] for line in firsts] == [i.split()[-1] for i in ids]
            # Descriptions begin where the first line's first double gap ends.
            column = min(len(line) - len(line.split("  ", 1)[1].lstrip()) for line in firsts)
            for line in lines:
                assert len(line) <= 80 - 4, line
                if line not in firsts:  # a description's next line, under itself
                    assert line[:column].strip() == "" and line[column : column + 1].strip(), line
                    wrapped += 1
        assert wrapped > 0  # at 80 columns some descriptions do wrap


def test_the_help_holds_no_developers_references() -> None:
    """What the help shows is for inspectors: no "(tester 23, F8)" (tester 28, F12)."""
    for section in SECTIONS:
        cls = section_class(section) if section.target else FieldworkApp
        said = [section.about, *(what for _, what, _ in _rows(bindings_of(cls), {}))]
        assert not [s for s in said if "tester" in s.lower()], section.title
