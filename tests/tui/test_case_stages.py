"""Stages offered by the case's law type (#17): a private-law case is not offered
public-law stages and the other way round; a stage recorded before that does not fit
stays offered (marked) and is not changed by opening the case.

On the hand-written inspection."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Select

from store.models import CaseFile, CaseFilter
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tui.app import FieldworkApp
from tui.screens.case import CaseScreen

PUBLIC_ONLY = {"PRE_PROC", "ISSUE", "CMH", "IRH"}
PRIVATE_ONLY = {"WTFH", "FHDRA"}


def _case_of(store: Store, law: str) -> str:
    for row in store.case_rows(CaseFilter(), 0, 1000):
        if store.case(row.id).law_type == law:
            return row.id
    raise AssertionError(f"the hand-written inspection has a {law} case")


def _labels(select: Select[str]) -> list[str]:
    """What the stage list offers, as the inspector reads it (its drop-down's lines)."""
    overlay = select.query_one(OptionList)
    return [str(overlay.get_option_at_index(i).prompt) for i in range(overlay.option_count)]


async def _offered(app: FieldworkApp, pilot: Pilot[Any], law: str) -> tuple[list[str], str]:
    """The stages a case of `law` offers, and its stage, on a case screen pushed on the
    running app (and closed again)."""
    cid = _case_of(app.store, law)
    codes = {s.label: s.code for s in app.store.framework.stages}
    app.push_screen(CaseScreen(cid))
    await settle(pilot)
    select = app.screen.query_one("#case-stage", Select)
    offered = [codes[label] for label in _labels(select)]
    value = str(select.value)
    app.pop_screen()
    await settle(pilot)
    return offered, value


@pytest.mark.asyncio
async def test_only_the_law_type_s_stages_are_offered(make_hw: AppFactory) -> None:
    """Both law types in one run of the app: opening a case only reads it (the next test
    asserts that nothing is written), so the second case opens as it would alone."""
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for law, excluded in (("PRIVATE", PUBLIC_ONLY), ("PUBLIC", PRIVATE_ONLY)):
            offered, value = await _offered(app, pilot, law)
            assert offered and not excluded & set(offered), (law, offered)
            assert "FINAL" in offered and "CLOSED" in offered, (law, offered)
            assert value in offered, (law, value, offered)


@pytest.mark.asyncio
async def test_a_stage_that_does_not_fit_is_kept_and_marked(make_hw: AppFactory) -> None:
    app = make_hw()
    store = app.store
    case_id = _case_of(store, "PRIVATE")
    c = store.case(case_id)
    store.put_case(
        CaseFile.model_validate({**c.model_dump(exclude={"meta", "id"}), "stage": "CMH"}), case_id
    )
    versions = len(store.record_history("case", case_id))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case_id))
        await settle(pilot)
        select = app.screen.query_one("#case-stage", Select)
        assert select.value == "CMH"
        labels = _labels(select)
        assert "Case management hearing (not a private law stage)" in labels
        public = {s.label for s in store.framework.stages if s.code in PUBLIC_ONLY - {"CMH"}}
        assert not public & set(labels)
    assert store.case(case_id).stage == "CMH"
    assert len(store.record_history("case", case_id)) == versions  # nothing written
