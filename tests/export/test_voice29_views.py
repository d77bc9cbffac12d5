"""A stakeholder's view is said about what their note's own words name, never a topic a
keyword alone gave (issue 15, tester 29's F5: "LFJB chair: HoP drives board's work on
PLO timeliness; Cafcass data used to target delay." was drafted in three places as the
chair speaking well of "the timeliness of the service's requests to them").

Read on the hand-written corpus `tests/export/voice29_views` and drafted on a small
hand-written inspection.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.regard import fitted, read, said_of
from tests.export.small import Small
from tests.export.voice23_inspection import AREAS, GRADES
from tests.export.voice29_views import LEAD_T, NOTES, Note

GROUPS = {
    "INT_JUDICIARY": ["judges", "magistrates"],
    "INT_LA": ["local authority staff"],
    "INT_PARTNER": ["partner agencies"],
}


def _said(note: Note) -> tuple[list[str], list[str]]:
    """What the draft says the note's view is about, on its recorded side and the other,
    as `viewgroup.weigh` says each (fitted to the speakers, said for them)."""
    groups = GROUPS[note.source]
    seen = read(note.text, note.polarity, "", tuple(groups))
    about = said_of(groups, fitted(list(seen.about), groups, note.text))
    other = said_of(groups, fitted(list(seen.other), groups, note.text))
    return about, other


def test_the_corpus_holds_every_group() -> None:
    assert len(NOTES) >= 15
    assert {n.source for n in NOTES} == set(GROUPS)
    assert sum(n.source == "INT_PARTNER" for n in NOTES) >= 8


@pytest.mark.parametrize("note", NOTES, ids=[n.text[:40] for n in NOTES])
def test_a_view_is_said_only_of_what_its_note_names(note: Note) -> None:
    about, other = _said(note)
    assert set(about) <= note.may, (note.text, about)
    assert not (set(about) | set(other)) & note.never, (note.text, about, other)
    assert note.must <= set(about), (note.text, about)


CHAIR = (
    "LFJB chair: HoP drives board's work on PLO timeliness; Cafcass uses its data to target delay."
)
ATTENDS = "LFJB chair: Cafcass attends every board meeting and contributes well."
JUDGES = (
    "The designated family judge said the reports are thorough and the guardians well prepared."
)


def _views(tmp_path: Path) -> list[str]:
    """The views sentences of a report whose Rushby board chair praises the head of
    practice's lead on the board's timeliness work, and whose Eastfold chair praises
    Cafcass's part in the board."""
    s = Small(tmp_path / "chair.db", areas=AREAS)
    try:
        for code in ("91", "92", "93"):
            s.cases_noted(code, 10, set() if code != "93" else {"QP3"})
            s.judge("J18-4A", GRADES[code], area=code)
            s.about_area(code, ["LGN4"], "strength", JUDGES, "INT_JUDICIARY")
        s.about_area("93", ["LGN4"], "strength", CHAIR, "INT_PARTNER")
        s.about_area("92", ["LGN4"], "strength", ATTENDS, "INT_PARTNER")
        for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
            s.judge(jid, "good")
        report = draft_report(load(s.store))
    finally:
        s.close()
    return [x.text for p in report.paragraphs() for x in p.sentences]


def test_the_board_chair_is_said_to_praise_what_they_praised(tmp_path: Path) -> None:
    """The chair praised the service's lead on the board's timeliness work: never "the
    timeliness of the service's requests to them", which nobody said; the chair praising
    Cafcass's part in the board names the board once."""
    text = " ".join(_views(tmp_path))
    assert "requests to them" not in text
    # (the chair's clause may open a sentence of its own: views over 40 words are split)
    assert f"the chair of the local family justice board spoke well of {LEAD_T}" in text.lower()
    assert "the service's work with the board" in text, text
    assert "board spoke well of the service's part in the local family justice board" not in text
