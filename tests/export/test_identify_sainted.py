"""Tester 25, F10: "goes to St Mary's and is in Year 6" was labelled only as a short form
of a protected child's name ("Mary"), so a lead who knew no child of that name might
accept it and let the school out.  The hit now says it names a place after a saint: the
child's setting, whoever the name is.  A protected child's name elsewhere keeps its own
label alone.  On the fixed export fixture, with a child named here by hand."""

from __future__ import annotations

from pathlib import Path

from exporters.identify.listing import hit_rows
from store.models import ProtectedName
from store.store import Store
from tests.export import fixture_data
from tests.team.helpers import run


def _notes(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        return {r.hit.text: r.hit.note for r in hit_rows(store) if r.hit.kind == "protected-name"}


def test_a_saints_name_is_said_to_be_a_place(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db")
    with Store.open(db) as store:
        store.add_protected_name(ProtectedName(name="Marigold Featherstone", category="child"))
    for text in ("Lives with mum, goes to St Mary's and is in Year 6.",
                 "Marigold said she likes her new teacher."):  # fmt: skip
        run("evidence", "add", db, "--case", "C-003", "--criteria", "QP3", "--source",
            "CASE_FILE", "--polarity", "strength", "--text", text)  # fmt: skip
    notes = _notes(db)
    assert "Mary" in notes and "Marigold" in notes, notes
    assert "‘St Mary's’, a place named after a saint" in notes["Mary"], notes
    assert "saint" not in notes["Marigold"]
