"""Keeping one side of a note whose text two people rewrote: the question asked
"Keep Sarah's version of Evidence on case ...: <the other side's wording>?", as the
record's name quotes one side's text, so it read as keeping the wording it supersedes
(tester 17, F9).  The question now quotes the side it keeps.  Names and notes written
here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.framework import load_framework
from store.models import Area, CaseFile, Evidence, Inspector
from store.store import Store
from tests.tui.test_conflicts_screen import StoreApp, settle
from tui.modals.confirm import ConfirmModal
from tui.screens.conflicts import ConflictsScreen

FIRST = "Read with the FCA. Wishes and feelings noted on the file."
SIDES = {
    "Nadia Shah": "Wishes and feelings gathered over two visits and set out in her own words.",
    "Owen Kerr": "Read with the FCA: the child's wishes were recorded but never weighed.",
}


@pytest.fixture
def rewritten(tmp_path: Path) -> Iterator[Store]:
    m = Store.create(tmp_path / "m.db", load_framework("cafcass-2021"), title="T",
                     lead="Ruth Okafor")  # fmt: skip
    m.put_area(Area(code="5", name="Durham", visited=True))
    case_id = m.put_case(CaseFile(ref="D-4410-RT", area_code="5", law_type="PUBLIC",
                                  case_type="S31", stage="ISSUE"))  # fmt: skip
    note = Evidence(case_id=case_id, criteria=["QP3"], source="CASE_FILE", text=FIRST)
    note_id = m.put_evidence(note)
    files = []
    for name in SIDES:
        who = m.put_inspector(Inspector(name=name, initials=name[0] + name.split()[1][0]))
        files.append(m.issue(tmp_path / f"{name.split()[0]}.db", who))
    for name, path in zip(SIDES, files, strict=True):
        with Store.open(path) as s:
            s.put_evidence(note.model_copy(update={"text": SIDES[name]}), note_id)
    for path in files:
        m.merge_from(path)
    assert len(m.conflicts()) == 1
    yield m
    m.close()


@pytest.mark.asyncio
async def test_the_question_quotes_the_side_it_keeps(rewritten: Store) -> None:
    app = StoreApp(rewritten, ConflictsScreen())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        for name, text in SIDES.items():
            side = next(i for i, s in enumerate(rewritten.conflicts()[0].sides)
                        if s.author_name == name)  # fmt: skip
            screen.action_take(side)  # type: ignore[attr-defined]
            await settle(pilot)
            asked = app.screen
            assert isinstance(asked, ConfirmModal)
            first_line = asked.question.splitlines()[0]
            assert first_line.startswith(f"Keep {name}'s version of Evidence on case D-4410-RT: ")
            assert text[:40] in first_line
            other = next(t for n, t in SIDES.items() if n != name)
            assert other[:40] not in first_line and FIRST[:30] not in first_line
            await pilot.press("n")
            await settle(pilot)
