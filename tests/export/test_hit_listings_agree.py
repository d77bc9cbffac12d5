"""The workbench's Identifying details and `fieldwork identify hits` list the same hits,
under the same ids, in the same order: a lead who reviews hits in one and accepts them in
the other must meet the same list.  On the fixed export fixture, with a working note that
names a child, an escalation note dated as the check asks (the date of raising it is the
inspection's own event, no hit in either), and the same date beside a birth cue (a hit in
both)."""

from __future__ import annotations

import json
from pathlib import Path

from exporters.identify.listing import hit_rows
from store.store import Store
from tests.export import fixture_data
from tests.team.helpers import run


def _cli_ids(db: Path) -> list[str]:
    return [str(h["hit_id"]) for h in json.loads(run("identify", "hits", db, "--json").output)]


def test_the_workbench_lists_what_identify_hits_lists(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db")
    run("case", "edit", db, "C-002", "--notes", "Ring foster carer re Tiegan-Rose Okafor.")
    run("evidence", "add", db, "--case", "C-003", "--criteria", "SW1", "--source", "CASE_FILE",
        "--polarity", "development", "--text", "Checks on the new partner not followed up.",
        "--safeguarding", "Partner's police check not requested.", "--escalated",
        "--escalation-note", "Raised with the service manager on 12/11/2026.")  # fmt: skip
    run("evidence", "add", db, "--case", "C-003", "--criteria", "QP1", "--source", "CASE_FILE",
        "--polarity", "strength", "--text", "Report filed in time; born 12/11/2016.")  # fmt: skip
    listed = _cli_ids(db)
    with Store.open(db) as store:
        rows = hit_rows(store)
    assert [r.hit_id for r in rows] == listed
    texts = [r.hit.text for r in rows]
    assert "Tiegan-Rose Okafor" in texts and texts.count("12/11/2016") == 1
    assert "12/11/2026" not in texts  # the escalation's own date, in neither list
