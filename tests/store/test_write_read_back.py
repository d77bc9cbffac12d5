"""A record read back from the store and written again versions only its own fields,
so the file stays mergeable (a version carrying `meta` would be refused as damaged)."""

from __future__ import annotations

import json
from pathlib import Path

from store.models import Evidence
from tests.export.small import Small


def test_evidence_read_back_and_saved_again_versions_only_its_fields(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    rid = s.ev(s.case(), ["QP3"], "strength", "The report sets out what the girl wants.")
    stored = s.store.evidence(rid)
    edited = stored.model_copy(update={"text": "The report sets out what the girl wants and why."})
    s.store.put_evidence(edited, rid)
    rows = s.store.conn.execute(
        "SELECT data FROM version WHERE rid = ? ORDER BY hlc", (rid,)
    ).fetchall()
    s.close()
    assert len(rows) == 2
    for (data,) in rows:
        assert set(json.loads(data)) == set(Evidence.model_fields)
