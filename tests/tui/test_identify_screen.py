"""The lead's identifying-details screen on the small fixed inspection with planted
notes: the hits listed with the hit marked, one accepted with a reason (and only that
one passes an export), the decision withdrawn, a record redacted; and its picture at
120x40."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable

from cli.root import cli
from exporters.csv_export import write_csvs
from exporters.draft import load
from exporters.errors import IdentifyingDetailsError
from exporters.identify import listing
from store.models import Evidence
from store.store import Store
from tests.tui.helpers import paste, settle, shown_toasts
from tui.app import make_app
from tui.modals.reason import ReasonModal
from tui.screens.identify import IdentifyScreen
from tui.settings import Settings

NOTES = (
    "Seen at home with her brother Tyler Brookes, who was also at the visit.",
    "The mother asked the FCA to ring her on 07700 900518 before the hearing.",
)


def _plant(db: Path) -> list[str]:
    """Two notes holding a name and a phone number on case A-101."""
    ids = []
    with Store.open(db) as store:
        case = next(c for c in store.case_rows(limit=10) if c.ref == "A-101")
        for text in NOTES:
            ids.append(store.put_evidence(
                Evidence(case_id=case.id, criteria=["QP1"], source="CASE_FILE", text=text)
            ))  # fmt: skip
        store.conn.execute(
            "UPDATE evidence SET created_at = '2019-10-02T10:15:00.000Z', "
            "updated_at = '2019-10-02T10:15:00.000Z'"
        )
    return ids


async def _open(pilot: Any) -> IdentifyScreen:
    await settle(pilot)
    pilot.app.push_screen(IdentifyScreen())
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, IdentifyScreen)
    return screen


def _rows(screen: IdentifyScreen) -> list[tuple[str, str, str]]:
    """(kind, hit text, decision) of every row shown."""
    table = screen.query_one("#identify-table", DataTable)
    out = []
    for i in range(table.row_count):
        cells = table.get_row_at(i)
        out.append((str(cells[1]), screen.rows[i].hit.text, str(cells[2])))
    return out


@pytest.mark.asyncio
async def test_accept_withdraw_and_redact_from_the_screen(snapshot_db: Path) -> None:
    eids = _plant(snapshot_db)
    store = Store.open(snapshot_db)
    try:
        app = make_app(store, Settings())
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            screen = await _open(pilot)
            assert ("name", "Tyler Brookes", "stops") in _rows(screen)
            assert ("phone", "07700 900518", "stops") in _rows(screen)
            # The ids are those the command line takes.
            table = screen.query_one("#identify-table", DataTable)
            shown = {str(table.get_row_at(i)[0]) for i in range(table.row_count)}
            res = CliRunner().invoke(cli, ["identify", "hits", str(snapshot_db), "--json"])
            assert shown == {h["hit_id"] for h in json.loads(res.output)}
            # The excerpt marks the hit inside the words around it.
            name_at = next(i for i, r in enumerate(screen.rows) if r.hit.kind == "name")
            excerpt = screen.query_one("#identify-table", DataTable).get_row_at(name_at)[3]
            assert "her brother Tyler Brookes, who was" in str(excerpt)
            assert any("reverse" in str(s.style) for s in excerpt.spans)

            # Accept the name with a reason.
            screen.query_one("#identify-table", DataTable).move_cursor(row=name_at)
            await pilot.press("a")
            await settle(pilot)
            assert isinstance(app.screen, ReasonModal)
            assert "as identifying nobody" in str(app.screen.query_one("#reason-question").render())
            await paste(pilot, "A character in the book the child read.")
            await pilot.press("enter")
            await settle(pilot)
            assert ("name", "Tyler Brookes", "passes") in _rows(screen)
            assert ("phone", "07700 900518", "stops") in _rows(screen)
            (decision,) = store.identify_decisions()
            assert decision.hit_kind == "name"
            assert decision.reason == "A character in the book the child read."
            # Only that hit passes: the CSV export (all the notes) stops on the phone alone.
            with pytest.raises(IdentifyingDetailsError) as stopped:
                write_csvs(load(store), snapshot_db.parent / "csv")
            assert {h.kind for h in stopped.value.hits} == {"phone"}

            # Withdraw it.
            name_at = next(i for i, r in enumerate(screen.rows) if r.hit.kind == "name")
            screen.query_one("#identify-table", DataTable).move_cursor(row=name_at)
            await pilot.press("w")
            await settle(pilot)
            assert ("name", "Tyler Brookes", "stops") in _rows(screen)
            assert store.identify_decisions() == []

            # Redact the note that holds the phone number.
            phone_at = next(i for i, r in enumerate(screen.rows) if r.hit.kind == "phone")
            screen.query_one("#identify-table", DataTable).move_cursor(row=phone_at)
            await pilot.press("x")
            await settle(pilot)
            assert isinstance(app.screen, ReasonModal)
            assert "Erase the text of" in str(app.screen.query_one("#reason-question").render())
            await paste(pilot, "The note held a parent's number.")
            await pilot.press("enter")
            await settle(pilot)
            kinds = [r[0] for r in _rows(screen)]
            assert "phone" not in kinds and "name" in kinds
            assert store.evidence(eids[1]).text == "[redacted]"
            assert any("erased" in t for t in await shown_toasts(pilot))
    finally:
        store.close()


@pytest.mark.asyncio
async def test_a_reason_that_names_someone_is_refused(snapshot_db: Path) -> None:
    _plant(snapshot_db)
    store = Store.open(snapshot_db)
    try:
        app = make_app(store, Settings())
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            screen = await _open(pilot)
            phone_at = next(i for i, r in enumerate(screen.rows) if r.hit.kind == "phone")
            screen.query_one("#identify-table", DataTable).move_cursor(row=phone_at)
            await pilot.press("a")
            await settle(pilot)
            await paste(pilot, "It is Tyler Brookes's mother's number.")
            await pilot.press("enter")
            await settle(pilot)
            assert store.identify_decisions() == []
            assert any("identifying detail" in t for t in await shown_toasts(pilot))
            assert ("phone", "07700 900518", "stops") in _rows(screen)
    finally:
        store.close()


@pytest.mark.asyncio
async def test_a_clean_file_says_so(handwritten_store: Store) -> None:
    """The hand-written inspection (another engineer's 300 notes and its draft)."""
    app = make_app(handwritten_store, Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        assert screen.rows == []
        summary = str(screen.query_one("#identify-summary").render())
        assert "No identifying details" in summary


@pytest.mark.parametrize("size", [(120, 40)], ids=["120x40"])
def test_snapshot(
    snap_compare: Any, snapshot_db: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hit id is keyed by the inspection's own random id, so the picture shows a
    stand-in for it (the Pilot test above checks the real ids)."""
    _plant(snapshot_db)
    monkeypatch.setattr(listing, "hit_id", lambda _iid, h: f"{h.kind[:4]}-{len(h.text):02d}")
    store = Store.open(snapshot_db)
    try:

        async def open_it(pilot: Any) -> None:
            await _open(pilot)
            pilot.app.clear_notifications()
            await pilot.pause()

        app = make_app(store, Settings())
        assert snap_compare(app, terminal_size=size, run_before=open_it)
    finally:
        store.close()


@pytest.mark.asyncio
async def test_a_team_inspector_cannot_decide(snapshot_db: Path, tmp_path: Path) -> None:
    _plant(snapshot_db)
    with Store.open(snapshot_db) as master:
        nadia = next(i for i in master.inspectors() if i.role == "team-inspector")
        issued = master.issue(tmp_path / "nadia.db", nadia.id)
    store = Store.open(issued)
    try:
        app = make_app(store, Settings())
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            screen = await _open(pilot)
            assert screen.rows  # she sees the hits in her own file
            for key in ("a", "x"):
                await pilot.press(key)
                await settle(pilot)
                assert app.screen is screen  # no dialog opened
            assert store.identify_decisions() == [] and store.redactions() == []
            # Waited for: under load the toast is mounted after the keys have settled.
            assert any("Only the lead" in t for t in await shown_toasts(pilot))
    finally:
        store.close()
