"""The case list's Graded column says how far a case's grading has gone, as the case
screen's Grading tab does ("3/20"): a bare "3" read as a grade or a score (noticed by
the lead in session 28, after tester 28 read the column at 80 columns)."""

from __future__ import annotations

import pytest

from exporters.gradable import case_criteria
from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, open_case, screen_text, settle


@pytest.mark.asyncio
async def test_graded_reads_as_criteria_graded_out_of_those_a_case_is_graded_on(
    make_hw: AppFactory,
) -> None:
    app = make_hw(start_screen="cases")
    store = app.store
    of = len(case_criteria(store.framework))
    graded = {}
    for row in store.case_rows():
        graded[row.ref] = row.graded_count
    ref = max(graded, key=lambda r: (graded[r], r))
    assert graded[ref] > 0 and of > graded[ref]
    async with app.run_test(size=(120, 36)) as pilot:
        _, table = await case_list(pilot)
        cells = {table.get_row_at(i)[0]: table.get_row_at(i) for i in range(table.row_count)}
        assert cells[ref][-1] == f"{graded[ref]}/{of}", cells[ref]
        ungraded = next(r for r, n in graded.items() if n == 0)
        assert cells[ungraded][-1] == f"0/{of}"
        bar = set("▁▂▃▄▅▆▇█▔▕▏")  # the table's scrollbar, at the end of some lines
        shown = [[w for w in s.split() if not set(w) <= bar] for s in screen_text(app).splitlines()]
        rows = [words for words in shown if words[:1] and words[0] in graded]
        assert any(graded[words[0]] for words in rows), shown  # a graded case on screen
        for words in rows:
            assert words[-1] == f"{graded[words[0]]}/{of}", words
        await open_case(pilot, ref)
        await settle(pilot)
        assert f"Grading ({graded[ref]}/{of})" in screen_text(app)
