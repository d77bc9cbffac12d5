"""`fieldwork evidence add` chooses no finding for the inspector, as the editor no
longer does: a note given no --polarity is refused in one sentence, exit 2, and
nothing is saved (it was saved as neutral, so a tired inspector's notes were silently
neither strengths nor areas for development)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, refused, run, unchanged

LIST = (
    "Case number,Law type,Case type,Service area\r\n"
    "MV-2201,Private,Child arrangements,Area 4 - Mersey Vale\r\n"
)


def test_a_note_without_its_finding_is_refused_and_nothing_saved(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    src = tmp_path / "list.csv"
    src.write_text(LIST, encoding="utf-8")
    run("cases", "import", db, src)
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    note = ("--case", ref, "--criteria", "SW1", "--source", "CASE_FILE",
            "--text", "Saw the child twice at school; wishes written up in her own words.")  # fmt: skip
    with unchanged(db):
        message = refused("evidence", "add", db, *note)
    assert "--polarity is required" in message
    assert "strength, development or neutral" in message
    new_id = run("evidence", "add", db, *note, "--polarity", "strength").output.strip()
    listed = json.loads(run("evidence", "list", db, "--json").output)
    assert [(e["id"], e["polarity"]) for e in listed] == [(new_id, "strength")]
