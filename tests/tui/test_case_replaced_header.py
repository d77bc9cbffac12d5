"""A case a substitute replaced says so on its screen, with the case to record on
instead (tester 15, F8: an inspector went on recording on a replaced case for weeks,
and the draft counted none of it).  On the hand-written inspection."""

from __future__ import annotations

import pytest

from store.sampling import IN_SAMPLE
from tests.tui.conftest import AppFactory
from tests.tui.helpers import screen_text, settle
from tui.screens.case import CaseScreen


@pytest.mark.asyncio
async def test_a_replaced_case_names_its_substitute(make_hw: AppFactory) -> None:
    app = make_hw()
    store = app.store
    code = store.areas(visited_only=True)[0].code
    drawn = store.draw_sample(areas=[code], per_area=3, seed=15, mode="redraw").areas[code]
    facts = {f.id: f for f in store.case_facts()}
    sampled = store.case(drawn[0])
    spare = store.case(next(i for i, f in facts.items()
                            if f.area_code == code and f.sample not in IN_SAMPLE))  # fmt: skip
    store.substitute(sampled.id, "Out of scope", with_id=spare.id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(sampled.id))
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert f"Replaced in the sample by {spare.ref}" in text, text
        app.pop_screen()
        app.push_screen(CaseScreen(spare.id))
        await settle(pilot)
        assert "Replaced in the sample" not in screen_text(app)
