"""The case's evidence list marks, in its `!` column, a note holding a detail that could
identify a child or family, so the inspector who wrote it sees it before the lead's export
stops on it (tester 33: an inspector at 80x24 learned of his four hits only from the lead).
A note the lead accepted the hit of, and a plain note, carry no mark.  The help says what
each mark means.  On the hand-written inspection."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from exporters.identify.decisions import Decisions, decision_digest
from store.models import CaseFilter, Evidence
from tests.tui.conftest import AppFactory
from tests.tui.helpers import screen_text, settle, table_rows
from tui.screens.case import CaseScreen

STREET = "Dad has moved in with his partner at 14 Marlborough Terrace, near the park."
CLUB = "She plays for Thornaby Belles Under 12s every Saturday, says it helps."
PLAIN = "Child seen alone at school; spoke about contact and what she wants to happen."


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@pytest.mark.asyncio
async def test_a_note_with_an_identifying_detail_is_marked(
    make_hw: AppFactory, size: tuple[int, int]
) -> None:
    app = make_hw()
    store = app.store
    case = next(iter(store.case_rows(CaseFilter(), 0, 1000)))
    ids = {
        text: store.put_evidence(
            Evidence(
                case_id=case.id, criteria=["QP3"], source="CASE_FILE", polarity="neutral", text=text
            )
        )  # fmt: skip
        for text in (STREET, CLUB, PLAIN)
    }
    # The lead decided the club identifies nobody: its note is not marked.
    scanner = Scanner.for_store(store)
    club_hits = [h for h in scanner.scan(CLUB, comment=True, evidence_ids=(ids[CLUB],))
                 if h.kind != "case-reference"]  # fmt: skip
    assert club_hits, "the check should find the club"
    for hit in club_hits:
        store.decide_hit(hit.kind, decision_digest(store.inspection_id, hit),
                         "a girls' team across the county: identifies no one")  # fmt: skip
    assert all(Decisions.from_store(store).accepted(h) for h in club_hits)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case.id))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CaseScreen)
        table = screen.query_one("#case-evidence")
        marks = {ev.id: row[3] for ev, row in zip(screen.shown, table_rows(table), strict=True)}  # type: ignore[arg-type]
        assert "!" in marks[ids[STREET]]
        assert "!" not in marks[ids[CLUB]]
        assert "!" not in marks[ids[PLAIN]]
        await pilot.press("question_mark")
        await settle(pilot)
        assert "a detail that could identify a child" in " ".join(screen_text(app).split())
