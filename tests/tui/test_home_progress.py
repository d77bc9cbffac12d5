"""Home shows my progress (#17): cases complete, criteria graded, cases not started,
children not seen, for my allocation; the lead also sees the team's.

On the hand-written inspection: the figures are worked out here from the store's
records (cases, gradings), not from the progress query the screen uses."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from store.models import CaseFilter, Grading
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tui.screens.home import HomeScreen


def _expected(store: Store, inspector_id: str | None) -> tuple[str, str, str, str]:
    """(cases complete, criteria graded, not started, child not seen) counted from the
    records."""
    rows = store.case_rows(CaseFilter(inspector_id=inspector_id), 0, 10_000)
    cases = [store.case(r.id) for r in rows]
    # A case is graded on practice (safeguarding and quality of practice), never on the
    # leadership groups: in the 2018 framework, groups SW, QP and QPN, 20 criteria.
    practice = [c.id for c in store.framework.criteria if c.group in ("SW", "QP", "QPN")]
    assert len(practice) == 20
    graded = sum(
        1 for c in cases for k, g in store.gradings_for_case(c.id).items()
        if g.grade and k in practice
    )  # fmt: skip
    complete = sum(1 for c in cases if c.status == "complete")
    not_started = sum(1 for c in cases if c.status == "not-started")
    not_seen = sum(1 for c in cases if c.child_seen is False)
    return (
        f"{complete} of {len(cases)} cases complete",
        f"{graded} criteria graded",
        f"{not_started} not started",
        f"child not seen in {not_seen}",
    )


async def _progress(app_factory: AppFactory, as_id: str | None) -> tuple[str, Store]:
    app = app_factory()
    if as_id:
        app.store.set_me(as_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        text = str(app.screen.query_one("#home-progress", Static).render())
    return " ".join(text.split()), app.store


@pytest.mark.asyncio
async def test_a_team_inspector_sees_their_own_progress(make_hw: AppFactory) -> None:
    app = make_hw()
    inspector = next(p for p in app.store.inspectors() if p.role == "team-inspector")
    mine = app.store.case_rows(CaseFilter(inspector_id=inspector.id), 0, 10_000)
    assert mine, "the hand-written inspector has cases"
    # Grade one more criterion in one of their cases, as them.
    app.store.set_me(inspector.id)
    app.store.set_grading(
        Grading(case_id=mine[0].id, criterion_id="QPN4", grade="good", rationale="Sound.")
    )
    app.store.set_grading(  # leadership: not among the criteria a case is graded on
        Grading(case_id=mine[0].id, criterion_id="LG4", grade="good", rationale="Sound.")
    )
    text, store = await _progress(make_hw, inspector.id)
    assert text.startswith("Your progress:")
    assert "team's" not in text
    for part in _expected(store, inspector.id):
        assert part in text


@pytest.mark.asyncio
async def test_the_lead_sees_the_team_s_progress(make_hw: AppFactory) -> None:
    text, store = await _progress(make_hw, None)
    team_line = text.split("Your progress")[0]
    assert team_line.startswith("The team's progress:")
    for part in _expected(store, None):
        assert part in team_line


def test_no_case_recording_the_child_seen_is_not_read_as_none_unseen() -> None:
    """Tester 14, F10: 'child not seen in 0 · not recorded in 64' read as good news when
    no inspector had set the case's 'child seen' yet."""
    from store.progress import Progress
    from tui.screens.home import progress_text

    none_yet = Progress(cases=64, criteria=1280, graded=121, child_seen_unknown=64)
    said = progress_text("The team's progress", none_yet)
    assert "whether the child was seen: not yet recorded on any case" in said
    assert "not seen in 0" not in said
    some = Progress(cases=64, criteria=1280, child_not_seen=3, child_seen_unknown=40)
    assert "child not seen in 3 · not recorded in 40" in progress_text("Mine", some)
