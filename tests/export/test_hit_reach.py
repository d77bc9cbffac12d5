"""`fieldwork identify hits` says which exports each hit stops, and the exports do what
it says (tester 13, F11: "2 stopping exports" for details in a case's working notes, and
then every export ran).  On the fixed export fixture with planted text, not the demo."""

from __future__ import annotations

import json
from pathlib import Path

from tests.export import fixture_data
from tests.team.helpers import run

WORKING = "Ring foster carer re Tiegan-Rose Okafor, 14 Larch Street, before Thursday."
PLANTED = "Mother said Rocco Dunmore is thriving at Hollybank Primary School."


def _hits(db: Path) -> list[dict[str, object]]:
    return list(json.loads(run("identify", "hits", db, "--json").output))


def test_a_detail_in_working_notes_is_said_to_stop_only_the_dump(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db")
    run("case", "edit", db, "C-002", "--notes", WORKING)
    hits = _hits(db)
    assert hits and {h["stops"] for h in hits} == {"dump"}, hits
    listed = run("identify", "hits", db).output.splitlines()
    assert all("stops only 'fieldwork dump'" in line for line in listed[:-1])
    assert listed[-1] == f"{len(hits)} hits: {len(hits)} stop only 'fieldwork dump'."
    assert any(h["text"] == "Tiegan-Rose Okafor" for h in hits)  # a child with the lead's surname
    # and so it is: the report and the CSV files are written, the dump refuses
    run("export", "report", db, "-o", tmp_path / "r.docx")
    run("export", "csv", db, "-o", tmp_path / "csv")
    run("dump", db, code=2)


def test_what_each_hit_is_said_to_stop_is_what_the_exports_do(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db", plant={"text": PLANTED})
    run("case", "edit", db, "C-002", "--notes", WORKING)
    hits = _hits(db)
    stops = {str(h["stops"]) for h in hits}
    assert "dump" in stops and stops & {"every", "csv"}, hits
    report = run("export", "report", db, "-o", tmp_path / "r.docx",
                 code=2 if "every" in stops else 0)  # fmt: skip
    csv = run("export", "csv", db, "-o", tmp_path / "csv", code=2)
    csv_words = [str(h["text"]) for h in hits if h["stops"] in ("every", "csv")]
    dump_only = [str(h["text"]) for h in hits if h["stops"] == "dump"]
    assert all(w in csv.output for w in csv_words) or "detail" in csv.output
    assert not any(w in report.output for w in dump_only)
