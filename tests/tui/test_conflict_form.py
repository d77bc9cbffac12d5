"""Settling a conflict in a form, on a hand-made team (not the demo): Alice and Bob each
changed the same note after taking the master; the lead sees labelled fields, keeps both
texts in the form (nothing added to them), is told whose version is superseded, and a
crash keeps the edit.  (`b` on the conflicts screen keeps a note's sides as two notes:
tests/tui/test_merge10_keep_both_screen.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from textual.widgets import Button, DataTable, Select, SelectionList, TextArea

from store.models import Evidence
from store.store import Store
from tests.conftest import _private_copy
from tests.merge.files import make_team
from tests.tui.helpers import run_palette_command, screen_text, settle, table_rows, top
from tui.app import FieldworkApp, make_app
from tui.modals.confirm import ConfirmModal
from tui.modals.conflict_form import ConflictForm
from tui.modals.drafts import DraftRecoveryModal
from tui.screens.conflicts import ConflictsScreen
from tui.settings import Settings

SIZE = (120, 40)
ALICE_ADDS = " The father's new partner was checked with the police before the visit."
BOB_ADDS = " No record that the school was asked for its view."


@dataclass(frozen=True)
class Clash:
    master: Path
    evidence_id: str
    alice_text: str
    bob_text: str


@pytest.fixture(scope="module")
def _clash(tmp_path_factory: pytest.TempPathFactory) -> Clash:
    """A master holding one note in conflict: Alice added a sentence and kept it a
    strength, Bob added another and made it an area for development; made once for the
    module (three files and four merges), each test takes a copy of the master."""
    team = make_team(tmp_path_factory.mktemp("clash"), notes=1)
    with Store.open(team.master) as m:
        m.merge_from(team.alice)
    with Store.open(team.bob) as b:
        b.merge_from(team.master)
        (ev,) = b.evidence_for_case(team.case_id)
        bob_text = ev.text + BOB_ADDS
        b.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1", "SW2"], source=ev.source,
                     polarity="development", text=bob_text),
            ev.id,
        )  # fmt: skip
    with Store.open(team.alice) as a:
        (ev,) = a.evidence_for_case(team.case_id)
        alice_text = ev.text + ALICE_ADDS
        a.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source=ev.source,
                     polarity="strength", text=alice_text),
            ev.id,
        )  # fmt: skip
    with Store.open(team.master) as m:
        m.merge_from(team.alice)
        m.merge_from(team.bob)
        assert len(m.conflicts()) == 1
    return Clash(team.master, ev.id, alice_text, bob_text)


@pytest.fixture
def clash(_clash: Clash, tmp_path: Path) -> Clash:
    """`_clash` with a private copy of its master for one test to change."""
    return replace(_clash, master=_private_copy(_clash.master, tmp_path, "master.db"))


@pytest.fixture
def open_app(clash: Clash) -> Iterator[list[Store]]:
    stores: list[Store] = []
    yield stores
    for s in stores:
        s.close()


def app_on(clash: Clash, stores: list[Store]) -> FieldworkApp:
    store = Store.open(clash.master)
    stores.append(store)
    return make_app(store, Settings(autosave_seconds=0.1))


async def open_conflicts(pilot: object) -> ConflictsScreen:
    await run_palette_command(pilot, "Conflicts")  # type: ignore[arg-type]
    screen = pilot.app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ConflictsScreen)
    return screen


@pytest.mark.asyncio
async def test_keep_both_texts_in_a_labelled_form_names_whose_change_is_superseded(
    clash: Clash, open_app: list[Store]
) -> None:
    app = app_on(clash, open_app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_conflicts(pilot)
        finding = next(r for r in table_rows(screen.query_one("#conflicts-sides", DataTable))
                       if r[0].endswith("Finding"))  # fmt: skip
        assert set(finding[1:]) == {"Strength", "Area for development"}
        await pilot.press("e")
        await settle(pilot)
        form = top(app)
        assert isinstance(form, ConflictForm)
        form.query_one("#cf-text", TextArea).focus()
        await pilot.press("ctrl+b")  # keep both texts in the form
        await settle(pilot)
        shown = screen_text(app)
        for label in ("What was read, seen or heard", "Finding", "Criteria", "Escalation"):
            assert label in shown
        assert "Area for development" in shown and "Strength" in shown  # labels
        assert "CASE_FILE" not in shown and '"polarity"' not in shown  # no codes, no JSON
        both = form.query_one("#cf-text", TextArea).text
        assert clash.alice_text in both and clash.bob_text in both
        assert "[" not in both and "Alice" not in both  # no one's name or time in the text
        # The criteria are ticks; Bob's added criterion (a change only he made) is kept.
        ticks = form.query_one("#cf-criteria", SelectionList)
        assert set(ticks.selected) == {"SW1", "SW2"}
        polarity = form.query_one("#cf-polarity", Select)
        polarity.value = "development"
        # Edit the joined text before keeping it.
        area = form.query_one("#cf-text", TextArea)
        area.load_text(both + "\n\nLead: both points stand.")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        assert "supersedes" in asked.question
        # Both texts are kept whole: nobody's words are superseded (tester 12 read the
        # old question, naming both versions, as both wordings lost).  Alice's finding
        # (a strength) is what the lead changed, so her version is named, in that field.
        assert "Alice Able's version" in asked.question and "Bob Brown's" not in asked.question
        assert "in: Finding." in asked.question
        assert "What was read, seen or heard" not in asked.question
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(top(app), ConflictsScreen)
        assert app.store.conflicts() == []
        kept = app.store.evidence(clash.evidence_id)
        assert clash.alice_text in kept.text and clash.bob_text in kept.text
        assert kept.text.endswith("Lead: both points stand.")
        assert kept.polarity == "development" and kept.criteria == ["SW1", "SW2"]
        assert app.store.drafts() == []


@pytest.mark.asyncio
async def test_edit_prefills_from_the_side_under_the_cursor_and_cancel_asks(
    clash: Clash, open_app: list[Store]
) -> None:
    app = app_on(clash, open_app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_conflicts(pilot)
        sides = screen.query_one("#conflicts-sides", DataTable)
        headers = [str(c.label) for c in sides.columns.values()]
        bob = next(i for i, h in enumerate(headers) if "Bob Brown" in h)
        sides.move_cursor(column=bob)
        await pilot.press("e")
        await settle(pilot)
        form = top(app)
        assert isinstance(form, ConflictForm)
        assert form.query_one("#cf-text", TextArea).text == clash.bob_text
        assert form.query_one("#cf-polarity", Select).value == "development"
        assert set(form.query_one("#cf-criteria", SelectionList).selected) == {"SW1", "SW2"}
        assert "Prefilled from Bob Brown" in screen_text(app)
        form.query_one("#cf-text", TextArea).load_text("Changed my mind.")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        assert isinstance(asked.focused, Button) and str(asked.focused.label) == "Keep editing"
        await pilot.press("n")  # keep editing
        await settle(pilot)
        assert top(app) is form
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("y")  # discard
        await settle(pilot)
        assert isinstance(top(app), ConflictsScreen)
        assert len(app.store.conflicts()) == 1
        assert app.store.drafts() == []


@pytest.mark.asyncio
async def test_a_conflict_edit_is_kept_as_a_draft_and_offered_back_after_a_crash(
    clash: Clash, open_app: list[Store]
) -> None:
    words = "Typed into the conflict form before the laptop was closed."
    first = app_on(clash, open_app)
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_conflicts(pilot)
        await pilot.press("e")
        await settle(pilot)
        form = top(first)
        assert isinstance(form, ConflictForm)
        form.query_one("#cf-text", TextArea).load_text(words)
        await pilot.pause()
        form.draft.flush()
        await settle(pilot)
        (draft,) = first.store.drafts()
        assert draft.payload["kind"] == "conflict" and draft.payload["values"]["text"] == words
        # The app stops here without saving.
    second = app_on(clash, open_app)
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        offered = top(second)
        assert isinstance(offered, DraftRecoveryModal)
        assert words[:40] in str(table_rows(offered.query_one(DataTable)))
        await pilot.press("enter")
        await settle(pilot)
        form = top(second)
        assert isinstance(form, ConflictForm)
        assert form.query_one("#cf-text", TextArea).text == words
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert second.store.conflicts() == []
        assert second.store.evidence(clash.evidence_id).text == words
        assert second.store.drafts() == []


@pytest.mark.asyncio
async def test_the_question_names_the_note_by_the_wording_kept(
    clash: Clash, open_app: list[Store]
) -> None:
    """Tester 18, F13: "Keep this version of Evidence on case ...: <the wording before
    the sides parted>?", a wording neither side now has; it quotes the one kept."""
    app = app_on(clash, open_app)
    kept = "Settled by the deputy: the gap is in recording and analysis."
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_conflicts(pilot)
        await pilot.press("e")
        await settle(pilot)
        form = top(app)
        assert isinstance(form, ConflictForm)
        form.query_one("#cf-text", TextArea).load_text(kept)
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        first = asked.question.splitlines()[0]
        assert first.startswith("Keep this version of Evidence on case ")
        assert first.endswith(f": {kept.rstrip('.')}?"), first
