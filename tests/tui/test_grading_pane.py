"""The grading tab shows the evidence per criterion (#17): for the highlighted
criterion, its whole wording, the grade and the whole rationale, and this case's
strengths and areas for development with short excerpts; the grid counts them.

On the hand-written inspection, with notes and a rationale written here."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from store.models import CaseFilter, Evidence, Grading
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tui.screens.case import CaseScreen
from tui.widgets.criterion_evidence import CriterionEvidence

RATIONALE = (
    "The guardian met the boy three times at his foster carer's home and once at school, "
    "recorded what he said about his sister in his own words, and the final analysis "
    "weighs those views against the risk the local authority described; the court was "
    "told plainly why his wish to go home could not be met yet."
)
STRENGTH = (
    "Direct work over three visits used a feelings jar and a drawing of his bedroom; "
    "the guardian wrote down which of the two homes he felt safe in and why."
)
DEVELOPMENT = (
    "His wish to see his grandmother weekly is noted in the visit log but never reaches "
    "the analysis or the recommendation to the court."
)
CRITERION = "QP3"


def _prepare(store: Store) -> str:
    """A case with no notes on QP3: a long rationale, a strength and a development."""
    for row in store.case_rows(CaseFilter(), 0, 1000):
        if not any(CRITERION in e.criteria for e in store.evidence_for_case(row.id)):
            case_id = row.id
            break
    else:
        raise AssertionError("the hand-written inspection has a case with nothing on QP3")
    store.set_grading(
        Grading(case_id=case_id, criterion_id=CRITERION, grade="good", rationale=RATIONALE)
    )
    for polarity, text in (("development", DEVELOPMENT), ("strength", STRENGTH)):
        store.put_evidence(
            Evidence(
                case_id=case_id,
                criteria=[CRITERION, "QP9"],
                source="CASE_FILE",
                polarity=polarity,  # type: ignore[arg-type]
                text=text,
            )
        )
    return case_id


def _pane_text(case: CaseScreen) -> str:
    return " ".join(str(case.query_one(CriterionEvidence).render()).split())


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_highlighted_criterion_shows_its_rationale_and_evidence(
    make_hw: AppFactory, size: tuple[int, int]
) -> None:
    app = make_hw()
    case_id = _prepare(app.store)
    ids = [c.id for c in app.store.framework.criteria]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case_id))
        await settle(pilot)
        case = app.screen
        assert isinstance(case, CaseScreen)
        await pilot.press("t")
        grid = case.query_one("#case-grading", DataTable)
        assert grid.has_focus
        # The grid counts this case's evidence per criterion.
        row = grid.get_row_at(ids.index(CRITERION))
        assert str(row[2]) == "+1 −1"
        assert str(row[1]) == "Good"
        # Walk down to QP3 with the keys: the pane follows the cursor.
        for _ in range(ids.index(CRITERION)):
            await pilot.press("down")
        await pilot.pause()
        shown = _pane_text(case)
        wording = app.store.framework.criterion(CRITERION).text
        assert wording in shown
        assert f"Rationale: {RATIONALE}" in shown  # the whole rationale, at either width
        assert "1 strength, 1 area for development" in shown
        # Strength first, each note an excerpt on one line.
        assert shown.index("+ Strength") < shown.index("− Development")
        assert STRENGTH[:30] in shown and DEVELOPMENT[:30] in shown
        pane = case.query_one(CriterionEvidence)
        lines = str(pane.render()).splitlines()
        for line in lines[-2:]:
            assert len(line) <= pane.size.width - 2  # no note wraps onto a second line
        assert pane.region.bottom <= size[1] - 1  # above the footer, on screen
        # Up one: the pane shows that criterion instead.
        await pilot.press("up")
        await pilot.pause()
        above = ids[ids.index(CRITERION) - 1]
        shown = _pane_text(case)
        assert shown.startswith(f"{above} ") and RATIONALE[:20] not in shown
        graded = above in app.store.gradings_for_case(case_id)
        assert ("Grade:" if graded else "Not graded yet") in shown
