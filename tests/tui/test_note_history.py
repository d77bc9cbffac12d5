"""The read-only note view shows the history of the note's versions (#17): who, when,
and what changed (the words added and removed, the finding before and after).

On the hand-written inspection: a note edited here by a colleague, then by its author."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.models import CaseFilter, Evidence, Inspector
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import read_note
from tui.modals.note_view import words_changed

KEPT = "Mother confirmed the contact rota by phone on Tuesday."
DROPPED = "Rota unclear; father disputes the Tuesday handover."
ADDED = "and the school nurse confirmed the bruising was reported the same day"


def test_words_changed_names_what_was_added_and_removed() -> None:
    assert words_changed("seen twice at home", "seen twice at school") == (
        "removed “home”, added “school”"
    )
    assert words_changed("", "first words") == "added “first words”"
    assert words_changed("a b c", "a  b\nc") == "spacing only"
    many = words_changed("one two three four five six", "1 two 3 four 5 six 7")
    assert many.endswith("and 1 more")


@pytest.mark.asyncio
async def test_the_note_view_lists_each_version_with_who_and_what_changed(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    store = app.store
    case = store.case_rows(CaseFilter(), 0, 1)[0]
    note = next(e for e in store.evidence_for_case(case.id) if e.polarity == "strength")
    colleague = store.put_inspector(Inspector(name="Priya Shah", initials="PS"))
    fields = note.model_dump(exclude={"meta", "case_ref"})
    edited = Evidence.model_validate({**fields, "text": f"{note.text} {ADDED}"})
    store.put_evidence(edited, note.id, author=colleague)
    again = Evidence.model_validate({**edited.model_dump(), "polarity": "neutral"})
    store.put_evidence(again, note.id)
    me = store.display_name(store.me_id)
    async with app.run_test(size=(120, 40)) as pilot:
        text = await read_note(pilot, case.id, note.id)
        history = text[text.index("History") :].splitlines()[1:]
        assert len(history) == 3
        author = store.display_name(note.meta.created_by)
        assert f"{author}  wrote it" in history[0]
        assert "Priya Shah  changed text: added “and the school nurse confirmed" in history[1]
        assert f"{me}  changed finding: Strength → Neutral" in history[2]
        assert history[0][:16] <= history[1][:16] <= history[2][:16]  # oldest first


@pytest.mark.asyncio
async def test_a_conflict_settled_by_keeping_one_side_names_both_sides(
    make_hw: AppFactory, tmp_path: Path
) -> None:
    """Tester 31, F14: the lead kept an inspector's text, unchanged, and the history read
    "settled a conflict: nothing" while the header named the lead as its last author."""
    app = make_hw()
    store = app.store
    case = store.case_rows(CaseFilter(), 0, 1)[0]
    note = store.evidence_for_case(case.id)[0]
    fields = note.model_dump(exclude={"meta", "case_ref"})
    nia = store.put_inspector(Inspector(name="Nia Pryce", initials="NP"))
    issued = store.issue(tmp_path / "nia.db", nia)
    with Store.open(issued) as theirs:
        theirs.put_evidence(
            Evidence.model_validate({**fields, "text": f"{note.text} {KEPT}"}), note.id
        )
    store.put_evidence(
        Evidence.model_validate({**fields, "text": f"{note.text} {DROPPED}"}), note.id
    )
    store.merge([issued], backup=False)
    store.resolve(note.id, take="Nia Pryce")
    me = store.display_name(store.me_id)
    async with app.run_test(size=(140, 40)) as pilot:
        text = await read_note(pilot, case.id, note.id)
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith("Written by"))
    assert "last changed by Nia Pryce on" in header
    assert f"kept by {me}, settling a conflict, on" in header
    settled = text[text.index("History") :].splitlines()[-1]
    assert f"{me}  settled a conflict: kept Nia Pryce's version; set aside {me}'s" in settled
    assert "(text with “Rota unclear; father disputes”" in settled  # what it said instead
    assert "nothing" not in settled
