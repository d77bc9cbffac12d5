"""`redact --keep-current` refused because the field to keep still names someone says
the way through: erase the earlier wording of the other fields alone with --field
(tester 29, F9: the message said only to correct it first or to drop --keep-current)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import listed_file, refused, run

LIST = (
    "Case No,Child First Name,Child Surname,Law type,Order type,Area,Stage\n"
    "NW-6101,Renata,Kowalska,Public law,Care order,Area 11 - Greater Manchester,IRH\n"
)


def test_the_refusal_names_the_fields_that_can_go(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    new = run("evidence", "add", db, "--case", ref, "--criteria", "SW1", "--source",
              "Case file scrutiny", "--polarity", "development", "--text",
              "Renata not seen alone before the IRH.", "--safeguarding",
              "Mother's new partner has a caution for assault; Kowalska family not told.",
              "--escalated", "--escalation-note", "Raised with the service manager.")  # fmt: skip
    rid = new.stdout.strip().splitlines()[-1].strip()
    run("evidence", "edit", db, rid, "--safeguarding",
        "Mother's new partner has a caution for assault; the family was not told.")  # fmt: skip
    said = refused("redact", db, rid, "--keep-current", "--reason", "names in history")
    assert "--field safeguarding --field escalation-note --keep-current" in said, said
    done = run("redact", db, rid, "--field", "safeguarding", "--field", "escalation-note",
               "--keep-current", "--reason", "names in history").output  # fmt: skip
    assert "erased from its earlier versions" in done, done
