"""`redact --keep-current` after a correction whose only hit is one the lead accepted
(tester 31, F12): a note named a school; it was reworded to "at school (Welsh-medium)",
which the check reads as a school's name, and the lead accepted that hit as naming
nobody; keeping the corrected wording and erasing the school's name from the note's
history was refused, "correct it first".  An accepted hit is no detail here, as it is
none at an export; one not accepted still refuses."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import listed_file, refused, run

LIST = (
    "Case number,Child ID,Date of birth,Law type,Case type,Stage,Service area\n"
    "CN-7101,A1,14/02/2015,Private law,Child arrangements,FHDRA,Area 2\n"
)


def _note(db: Path, text: str) -> str:
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    out = run("evidence", "add", db, "--as", "Grace Whitfield", "--case", ref,
              "--criteria", "QPN2", "--source", "CASE_FILE", "--finding", "strength",
              "--text", text).stdout  # fmt: skip
    return out.strip()


def test_a_correction_whose_only_hit_was_accepted_keeps_its_wording(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    note = _note(db, "Seen at Ysgol Bryn Alyn on Monday, settled and chatty.")
    # The rewording holds a false alarm the check keeps on purpose (two capitalised words
    # joined by "and" read as two people): the lead accepts it as naming nobody.
    run("evidence", "edit", db, note, "--as", "Grace Whitfield",
        "--text", "Hope and patience were shown at school on Monday; settled and chatty.")  # fmt: skip
    message = refused("redact", db, note, "--keep-current", "--reason", "school named")
    assert "still holds an identifying detail: correct it first" in message
    hits = json.loads(run("identify", "hits", db, "--json").output)
    left = [h for h in hits if note in json.dumps(h)]
    assert [h["text"] for h in left] == ["Hope"]
    run("identify", "accept", db, left[0]["hit_id"], "--reason", "a virtue, not a person")
    said = run("redact", db, note, "--keep-current", "--reason", "school named").output
    assert "redaction" in said
    history = run("dump", db).output
    assert "Bryn Alyn" not in history
    assert "Hope and patience were shown at school on Monday" in history


def test_a_hit_not_accepted_still_refuses(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    note = _note(db, "Seen at Ysgol Bryn Alyn on Monday, settled and chatty.")
    run("evidence", "edit", db, note, "--as", "Grace Whitfield",
        "--text", "Seen at Ysgol Bryn Alyn again, with mum this time.")  # fmt: skip
    message = refused("redact", db, note, "--keep-current", "--reason", "school named")
    assert "still holds an identifying detail: correct it first" in message
