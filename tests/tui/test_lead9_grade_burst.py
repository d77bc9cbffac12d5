"""A digit picks a grade and what is typed straight after it goes into the rationale
in the order typed, however the terminal splits the burst.  The real process once
wrote 'ce: once at school (alone);Seen twi wishes ...' for 'Seen twice: once at school
(alone); wishes ...' (tests/tui/test_crash_rationales, a clean-clone CI run): keys that
reached the grade list before it moved the focus were sent on behind keys that had
reached the rationale meanwhile.  The digit is now handled before the app hands the
next key on, so every later key reaches the rationale directly."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Input

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tests.tui.test_inspector_day import SIZE, _case_with_ungraded_evidence, _grade_dialog, _open
from tests.tui.test_tab_burst import burst
from tui.modals.grade import GradeOptions

RATIONALE = 'Seen twice: once at school (alone); wishes "home, with Nan" & 100% clear.'
KEYS = {" ": "space"}


@pytest.mark.asyncio
@pytest.mark.parametrize("split", [1, 4, 9])
@pytest.mark.parametrize("pause", [0, 1, 2])
async def test_a_burst_after_a_digit_is_typed_in_order(
    make_hw: AppFactory, split: int, pause: int
) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        assert isinstance(modal.focused, GradeOptions)
        keys = [KEYS.get(c, c) for c in RATIONALE]
        burst(app, "2", *keys[:split])  # one read from the terminal
        for _ in range(pause):
            await asyncio.sleep(0)  # the app hands some keys on before the next read
        burst(app, *keys[split:])
        await settle(pilot)
        assert modal.query_one(Input).value == RATIONALE
        assert modal.query_one(GradeOptions).highlighted == 1  # Good
