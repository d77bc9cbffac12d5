"""Tester 27: the search at 80 columns showed 26 columns of each snippet, often none of
the words searched for.  The snippet shown begins a few words before its first match
when the match would fall outside the room the table has.  On the small fixed
inspection, with a note written here."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from store.models import Evidence
from tests.tui.conftest import AppFactory
from tests.tui.helpers import paste, screen_text, settle
from tui.screens.search import SearchScreen, around_match, widths


def test_a_match_beyond_the_room_is_brought_into_it() -> None:
    snippet = (
        "the guardian read the file, spoke to the school and then to the [grandmother] at home"
    )
    shown = around_match(snippet, 30)
    assert shown.startswith("… ") and shown.index("[grandmother]") < 30
    assert shown.endswith("[grandmother] at home")
    assert around_match("[Grandmother] was seen at home", 30) == "[Grandmother] was seen at home"
    assert around_match("no match here at all", 10) == "no match here at all"


@pytest.mark.asyncio
async def test_at_80_columns_the_words_searched_for_are_on_screen(make_small: AppFactory) -> None:
    app = make_small()
    app.store.put_evidence(
        Evidence(  # a national note: nothing but its words matters here
            criteria=["QP8"],
            source="CASE_FILE",
            polarity="strength",
            text="The practitioner read the whole file, spoke with the school and the health "
            "visitor, and then met the great-aunt who now cares for the boy at her flat.",
        )
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await paste(pilot, "flat")
        await pilot.press("enter")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        shown = [str(table.get_row_at(i)[3]) for i in range(table.row_count)]
        (row,) = [s for s in shown if "[flat]" in s or "flat" in s]
        room = widths(80)[-1]  # the columns the snippet has at 80 wide
        assert row.index("flat") + len("flat") <= room, row


@pytest.mark.asyncio
async def test_a_wide_terminal_shows_the_source_whole_and_more_of_the_note(
    make_small: AppFactory,
) -> None:
    """At 250 columns the source and the note's words use the width (tester 28, F11:
    "Interview with chi", a snippet of about 60 characters and 120 columns empty), and
    one result is "1 result"."""
    app = make_small()
    text = ("He said his older cousin has been staying for a month and shouts at his mum when "
            "she asks him to leave, and that he hides upstairs with his sister until it stops.")  # fmt: skip
    app.store.put_evidence(
        Evidence(criteria=["QP3"], source="INT_CHILD", polarity="development", text=text)
    )
    async with app.run_test(size=(250, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        await paste(pilot, "cousin")
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "1 result for 'cousin'" in shown, shown
        assert "Interview with child or young person" in shown, shown
        assert "hides upstairs with his sister" in " ".join(shown.split()), shown
