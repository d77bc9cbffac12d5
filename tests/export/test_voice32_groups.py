"""A note about several people in shorthand is theirs, never "one" of them (issue 15,
tester 31's A15: "Chester judges highly positive: '...'; reports always on time." was
drafted "One judge had strong praise for the timeliness of reports.").  The notes are
voice32's own, in the shapes inspectors type them; no name is a real person's or place's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.words import words
from tests.export.small import Small
from tests.export.voice23_inspection import AREAS, GRADES

# (source, note, the role it is said by)
GROUPS = [
    ("INT_JUDICIARY", "Eastfold judges highly positive: 'the best team we work with'; reports always on time.",
     "judges"),
    ("INT_JUDICIARY", "Judges very critical of late filing in the summer.", "judges"),
    ("INT_JUDICIARY", "DFJ and judges positive about the new duty rota.", "judges"),
    ("INT_JUDICIARY", "Wellbrook magistrates impressed by the safeguarding letters.", "magistrates"),
    ("INT_JUDICIARY", "Magistrates: letters always on time.", "magistrates"),
    ("INT_LA", "Local authority managers critical of delays in allocating guardians.",
     "local authority staff"),
    ("INT_LA", "Rushby social workers broadly positive about joint visits.",
     "local authority social workers"),
    # One person stays one.
    ("INT_JUDICIARY", "DFJ at Eastfold positive about the quality of reports.",
     "the designated family judge"),
    ("INT_JUDICIARY", "Judges' clerk said listing is slow.", "one judge"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "note", "role"), GROUPS, ids=[g[1][:40] for g in GROUPS])
def test_a_group_in_shorthand_is_said_as_the_group(source: str, note: str, role: str) -> None:
    assert words().speaker(source, note) == role


def test_judges_praise_is_never_one_judge(tmp_path: Path) -> None:
    s = Small(tmp_path / "g.db", areas=AREAS)
    try:
        for code in ("91", "92", "93"):
            s.cases_noted(code, 8, set() if code != "93" else {"QP3"})
            s.judge("J18-4A", GRADES[code], area=code)
        s.about_area("92", ["LGN4"], "strength", GROUPS[0][1], "INT_JUDICIARY")
        s.about_area("93", ["LGN4"], "development", GROUPS[5][1], "INT_LA")
        for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
            s.judge(jid, "good")
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = [x.text for sec in report.sections for p in (*sec.intro, *sec.paragraphs)
            for x in p.sentences if {"LGN4"} & set(x.criteria)]  # fmt: skip
    text = " ".join(said).lower()
    assert "judges" in text, said
    for one in ("one judge", "the same judge", "one local authority", "a local authority"):
        assert one not in text, said
