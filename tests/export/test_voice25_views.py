"""A stakeholder's criticism names only what their note criticises, and the praise in
the same note stays praise (issue 15, tester 24's A3: Area 8's only judges' note said
letters to court are late and s7 reports have slipped, "good when they arrive", the
delay affecting listing, and the draft said the judges raised "concerns about the
quality of reports and joint working with the service").

Read on the hand-written corpus `tests/export/voice25_views` (judges, local authority
staff, police, health and schools, praise and criticism in one note) and drafted on the
hand-written `tests/export/voice25_inspection`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.regard import fitted, read, said_of
from tests.export import voice25_inspection as v25
from tests.export.voice25_views import NOTES, Note

GROUPS = {
    "INT_JUDICIARY": ["judges", "magistrates"],
    "INT_LA": ["local authority staff"],
    "INT_PARTNER": ["partner agencies"],
}


def _sides(note: Note) -> tuple[list[str], list[str]]:
    """What the note is drafted as criticising and as praising (as `viewgroup.weigh`
    says each side of it), fitted to its speakers and said for them."""
    groups = GROUPS[note.source]
    seen = read(note.text, note.polarity, "", tuple(groups))
    about = said_of(groups, fitted(list(seen.about), groups, note.text))
    other = said_of(groups, fitted(list(seen.other), groups, note.text))
    return (about, other) if note.polarity == "development" else (other, about)


def test_the_corpus_holds_every_group_both_ways() -> None:
    assert len(NOTES) >= 15
    assert {n.source for n in NOTES} == set(GROUPS)
    assert {n.polarity for n in NOTES} == {"strength", "development"}
    assert sum(bool(n.praised and n.criticised) for n in NOTES) >= 12


@pytest.mark.parametrize("note", NOTES, ids=[n.text[:40] for n in NOTES])
def test_a_note_is_criticised_and_praised_for_what_it_says(note: Note) -> None:
    criticised, praised = _sides(note)
    assert criticised, note.text
    assert set(criticised) <= note.criticised, note.text
    assert set(praised) <= note.praised, note.text


# What the draft says a group criticised: the words after a frame of criticism, to the
# end of its clause.
CRITICISM = re.compile(
    r"(?:critical of|concerns? about|shortcomings in|fault with|criticism of|criticising|"
    r"reservations about)([^;,.]*)"
)


def test_the_judges_criticism_is_of_late_letters_only(tmp_path: Path) -> None:
    """Rushby's judges praised the letters' quality and criticised their lateness: every
    clause saying what judges criticised names the timeliness of reports, never their
    quality nor joint working."""
    s = v25.build_late_letters(tmp_path / "late.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    views = [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    criticised = [m for x in views for m in CRITICISM.findall(x)]
    assert any("timeliness of reports" in c for c in criticised), views
    for clause in criticised:
        assert "quality of reports" not in clause and "joint working" not in clause, views
