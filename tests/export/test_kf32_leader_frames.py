"""Issue 15, kf32 (tester 31's A10): a leadership sentence resting on one narrow note
never states its criterion's whole verdict.  Tester 31's "CEO and board set out a regional
plan but it is not yet translated into area targets; priorities in the plan are generic."
became "Managers' accounts show that the board does not hold leaders to account well
enough": the note names the board, and says nothing of how it holds leaders to account.

On kf32's service with the notes of `kf32_leaders` (each about one thing its criterion
covers: a plan's targets, two vacant posts, one audit's actions), written out in full
(`NARROW`) and as inspectors type them (`TERSE`): every claim drawn from those notes alone
(no case file behind it) uses none of its criterion's verdict wordings, the criterion's
own or those of the subjects it covers (the board's oversight, supervision, vacancies);
it says the note in its own words or names what the note points to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load, subjects
from exporters.draft.data import DraftData
from exporters.model import ReportModel
from tests.export.kf32_inspection import build
from tests.export.kf32_leaders import NARROW, SAYS, TERSE, Note


def _verdicts(d: DraftData, criterion: str) -> list[str]:
    """Every wording that states the criterion's verdict (its own and its subjects')."""
    w = d.words.criterion(d.framework, criterion)
    out = [*w.strength, *w.weakness, *w.strength_general, *w.weakness_general]
    subs = subjects.subjects().get(criterion)
    if subs is not None:
        for s in (subs.usual, subs.neutral, *subs.other):
            out += [*s.strength, *s.weakness]
    return [x.lower() for x in out if x]


def _drafted(
    tmp_path: Path, notes: tuple[Note, ...]
) -> tuple[DraftData, ReportModel, dict[str, str]]:
    s = build(tmp_path / "k32.db", leaders=notes)
    try:
        d = load(s.store)
        texts = {n[3] for n in notes}
        ids = {e.id: e.text for e in s.store.all_evidence() if e.text in texts}
        return d, draft_report(d), ids
    finally:
        s.close()


@pytest.mark.parametrize("notes", [NARROW, TERSE], ids=["written", "terse"])
def test_a_narrow_note_never_becomes_its_criterion_s_verdict(
    tmp_path: Path, notes: tuple[Note, ...]
) -> None:
    d, report, ids = _drafted(tmp_path, notes)
    assert len(ids) == len(notes)
    seen = 0
    for sec in report.sections:
        for p in [*sec.intro, *sec.paragraphs]:
            for x in p.sentences:
                # Resting on the notes alone: no case behind it (its tally names none).
                if x.role != "claim" or x.case_refs or "case files" in x.basis:
                    continue
                if not x.evidence_ids or not set(x.evidence_ids) <= set(ids):
                    continue
                seen += 1
                low = x.text.lower()
                allowed = {v for i in x.evidence_ids for v in SAYS.get(ids[i], ())}
                for c in x.criteria:
                    said = [v for v in _verdicts(d, c) if v in low and v not in allowed]
                    assert not said, (sec.heading, x.text, said)
    assert seen >= len(notes) // 2, seen  # the notes are drafted, not left out
