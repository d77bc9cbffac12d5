"""A lead accepts a hit with a reason that names the word ("Quarndon is the panel's
name, not a person"): the decision's own reason is not listed as a hit of its own, with
advice to revoke it and accept again (tester 28, F3's addendum).  Written by hand."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, run


def test_a_reason_naming_the_word_it_accepts_is_not_listed_as_a_hit(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    run("evidence", "add", db, "--national", "--criteria", "LG3", "--source", "QA_AUDIT",
        "--polarity", "strength", "--text",
        "The Quarndon panel audits ten files a month and its findings reach the board.")  # fmt: skip
    hits = json.loads(run("identify", "hits", db, "--json").output)
    (hit,) = [h for h in hits if h["text"] == "Quarndon"]
    run("identify", "accept", db, hit["hit_id"], "--reason",
        "Quarndon is the name of the audit panel, not of a person.")  # fmt: skip
    hits = json.loads(run("identify", "hits", db, "--json").output)
    assert [h["where"] for h in hits if h["text"] == "Quarndon"] == [hit["where"]], hits
    assert all(h["accepted"] for h in hits if h["text"] == "Quarndon")
    said = run("identify", "hits", db).output
    assert "in the reason" not in said and "revoke" not in said, said
