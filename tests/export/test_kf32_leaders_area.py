"""Issue 15, kf32 (kf31's leftover; tester 31's Area 4 and Area 2): an area's own notes
about how it is led, drafted as findings of its section by `leadersarea.area_notes`, the
function the area sections call (the seam agreed with case32 in owners32.md).

On kf32's service with the area notes of `kf32_leaders.AREA_OWN`: Cotton's head of
practice's note (no file audits since March, a team manager post empty for five months)
is said as a weakness in the report's words, its shorthand written out; Ashby's service
manager's grip and its mentoring as strengths; the figure and the judge's view are left
to the sentences that say those; nothing is said twice, nor on the other side.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import load
from exporters.draft.claims import Context
from exporters.draft.data import DraftData
from exporters.draft.leadersarea import area_notes, written
from exporters.draft.sections import area_name, area_pool
from exporters.draft.trace import Used, Voice
from tests.export.kf32_inspection import build
from tests.export.kf32_leaders import AREA_OWN

SHORTHAND = ("HoP", " SM ", " wk", " avg", " 5 ", "admitted no ")


@pytest.fixture
def data(tmp_path: Path) -> Iterator[DraftData]:
    s = build(tmp_path / "k32.db", leaders=AREA_OWN)
    try:
        yield load(s.store)
    finally:
        s.close()


def _ctx(d: DraftData, code: str) -> Context:
    pool = area_pool(d, (code,))[0]
    name = area_name(d, (code,))
    return Context(pool, Voice(), Used(d.rules.near_same_share), pool.key, name, name)


def test_an_inadequate_area_s_own_note_on_its_leaders_is_a_finding(data: DraftData) -> None:
    d = data
    ctx = _ctx(d, "43")
    said = area_notes(ctx, "against")
    texts = [s.text for s in said]
    assert len(said) == 1, texts
    text = texts[0]
    assert text.startswith("The head of practice admitted that there had been no file audits"), text
    assert "has been vacant for five months" in text and "with cover from Brill" in text, text
    assert not any(x in f" {text} " for x in SHORTHAND), text
    assert said[0].direction == "against" and said[0].criteria == ["LG4"], said[0]
    assert "LG4" in ctx.stated
    assert area_notes(ctx, "against") == []  # said once
    assert area_notes(_ctx(d, "43"), "for") == []  # never on the other side


def test_a_good_area_s_own_notes_on_its_leaders_are_strengths(data: DraftData) -> None:
    d = data
    texts = [s.text for s in area_notes(_ctx(d, "41"), "for")]
    assert len(texts) == 2, texts
    grip = next(t for t in texts if "grip" in t)
    assert grip.startswith("The service manager has a firm grip on practice, with fortnightly"), (
        grip
    )
    assert any("mentored by an experienced colleague" in t for t in texts), texts
    assert not any(x in f" {t} " for t in texts for x in SHORTHAND), texts


def test_a_note_written_in_full_keeps_its_words(data: DraftData) -> None:
    # Written out as it stands (`written`, where the note reads as no sentence of its own):
    # its role given its article, its tense and its participle kept.
    ctx = _ctx(data, "42")
    i = next(i for i in ctx.pool.wide if data.text(i).startswith("Service manager admitted"))
    text = written(ctx, i)
    assert text.startswith("The service manager admitted that no supervision audits have"), text
    assert "has been unfilled for four months, covered two days a week." in text, text
    assert "has been has been" not in text and ", with covered" not in text, text
