"""Issue 15, tester 12: stakeholders' views true to their notes, read on the hand-written
inspections (`tests/fixtures/handwritten`, `tests/export/*_inspection`) and the demo,
none of which these rules were written on (`test_views12_bodies.py`,
`test_views12_law.py` and `test_views12_speech.py` hold the notes written for them):

- a views clause names the local family justice board only where one of the notes it
  rests on from that group names a family justice board (never for the Young People's
  Board, the safeguarding partnership or multi-agency audits);
- no sentence re-reports a note's own reported speech ("told inspectors that two LAs
  describe ...").
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from exporters.model import ReportModel, Sentence
from tests.export.conftest import INSPECTIONS, inspection_copy
from tests.export.test_views12_speech import REREPORTED

FJB = re.compile(r"\b(?:family justice boards?|fjb|lfjb)\b", re.IGNORECASE)
GROUPS = {"judges": "INT_JUDICIARY", "magistrates": "INT_JUDICIARY",
          "local authority": "INT_LA", "partner agencies": "INT_PARTNER",
          # a partner agency's one note, said by who spoke (session 13)
          "chair of the local family justice board": "INT_PARTNER"}  # fmt: skip


def _sentences(report: ReportModel) -> list[Sentence]:
    return [x for p in report.paragraphs() for x in p.sentences]


def _notes(db: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(db) as con:
        return {i: (s, t) for i, s, t in con.execute("select id, source, text from evidence")}


def _check(report: ReportModel, notes: dict[str, tuple[str, str]]) -> None:
    for x in _sentences(report):
        assert not REREPORTED.search(x.text), x.text
        if x.role != "views":
            continue
        for clause in re.split(r"[;:]|(?<=\.) ", x.text):  # a clause, or a sentence
            if "local family justice board" not in clause:
                continue
            sources = {s for name, s in GROUPS.items() if name in clause.lower()}
            named = [ev for ev in x.evidence_ids if notes[ev][0] in sources
                     and FJB.search(notes[ev][1])]  # fmt: skip
            assert named, clause


@pytest.mark.parametrize("name", sorted(INSPECTIONS))
def test_views_on_the_hand_written_inspections(
    name: str,
    handwritten_reports: dict[str, ReportModel],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _check(handwritten_reports[name], _notes(inspection_copy(tmp_path_factory, name)))


def test_views_on_the_demo(demo_drafts: tuple[ReportModel, ReportModel], demo_db: Path) -> None:
    notes = _notes(demo_db)
    for report in demo_drafts:
        _check(report, notes)
