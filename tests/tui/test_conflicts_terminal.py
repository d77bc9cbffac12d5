"""The conflicts screen in a real terminal (tmux), at 120x40 and 80x24 (#17, tester
finding 10: the first conflict showed only "Deleted no / no" until `r` was pressed).

On the hand-written inspection: two team inspectors each rewrite the same case's notes
and the same note's text (words written for this test), and the lead merges both files,
so the first conflict shown is the case's notes.  Each side's whole text must be on
screen, side by side, as soon as the screen opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.models import CaseFile, CaseFilter, Evidence
from store.store import Store
from tests.tui.tmux import TmuxSession, needs_tmux

WORDS = {
    "notes": (
        "Father's contact supervised at the family centre; the guardian read the centre's "
        "notes before the hearing.",
        "Contact arrangements changed twice in October; nobody recorded why.",
    ),
    "text": (" The plan weighs the sister's wish to stay at her school.", " No analysis."),
}


def _two_sided(master: Path, tmp_path: Path) -> str:
    """Two inspectors' rival edits of one case and one of its notes, merged; the case's
    reference."""
    with Store.open(master) as m:
        people = [p for p in m.inspectors() if p.role != "lead"][:2]
        files = [m.issue(tmp_path / f"{p.initials}.db", p.id) for p in people]
        case = min(m.case_rows(CaseFilter(), 0, 1000), key=lambda r: r.ref)
    for n, path in enumerate(files):
        with Store.open(path) as s:
            c = s.case(case.id)
            kept = CaseFile.model_validate(c.model_dump(include=set(CaseFile.model_fields)))
            s.put_case(kept.model_copy(update={"notes": WORDS["notes"][n]}), case.id)
            note = min(s.evidence_for_case(case.id), key=lambda e: e.text)
            values = {k: getattr(note, k) for k in Evidence.model_fields}
            values["text"] = note.text + WORDS["text"][n]
            s.put_evidence(Evidence.model_validate(values), note.id)
    with Store.open(master) as m:
        for path in files:
            m.merge_from(path)
        assert len(m.conflicts()) == 2
    return case.ref


@needs_tmux
@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_both_sides_whole_on_opening(
    handwritten_db: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    ref = _two_sided(handwritten_db, tmp_path)
    tmux = TmuxSession(handwritten_db, tmp_path, *size)
    try:
        tmux.wait_for("You are")
        tmux.send("C-p")
        tmux.wait_for("Search for commands")
        tmux.type("Conflicts")
        tmux.wait_for("Records whose versions disagree")
        tmux.wait_still()  # the matches settled: Conflicts first
        tmux.send("Enter")
        tmux.wait_for(f"Case {ref}")
        shown = tmux.wait_for("nobody recorded why.")  # the last words of side 2
        # Side 1's words in full too, wrapped in its own column beside side 2's.
        words = " ".join(line for line in shown.splitlines())
        for word in ("Father's", "supervised", "family", "guardian", "hearing.", "October;"):
            assert word in words, shown
        assert "Shown for now" in shown, shown
    finally:
        tmux.close()
