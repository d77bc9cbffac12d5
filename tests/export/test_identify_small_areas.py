"""An area section resting on fewer than three sampled cases is a jigsaw hit (issue
14).  The small fixed inspection (`tests/fixtures/snapshot/`) has two visited areas of
two drafted cases each: the warning is right there, so the tests expect it, and the
lead deals with it like any hit."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli
from store.models import Evidence
from store.store import Store


def _fw(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def _hits(db: Path) -> list[dict[str, object]]:
    res = _fw("identify", "hits", db, "--json")
    assert res.exit_code == 0, res.output
    return list(json.loads(res.output))


def test_the_small_fixtures_thin_areas_are_warned_about(snapshot_db: Path) -> None:
    hits = _hits(snapshot_db)
    assert sorted((str(h["kind"]), str(h["text"])) for h in hits) == [
        ("jigsaw", "Area 12"),
        ("jigsaw", "Area 8"),
    ]
    (eight,) = [h for h in hits if h["text"] == "Area 8"]
    assert "rest on 2 sampled cases" in str(eight["note"])
    res = _fw("export", "area", snapshot_db, "--area", "8", "-o", snapshot_db.parent / "a.docx")
    assert res.exit_code == 2
    assert str(eight["hit_id"]) in res.output and "rest on 2 sampled cases" in res.output
    assert not (snapshot_db.parent / "a.docx").exists()


def test_accepting_one_areas_warning_passes_only_that_area(snapshot_db: Path) -> None:
    (eight,) = [h for h in _hits(snapshot_db) if h["text"] == "Area 8"]
    res = _fw("identify", "accept", snapshot_db, str(eight["hit_id"]), "--reason",
              "Both cases are in a large county; nothing else narrows them down.")  # fmt: skip
    assert res.exit_code == 0, res.output
    out = snapshot_db.parent / "a8.docx"
    assert _fw("export", "area", snapshot_db, "--area", "8", "-o", out).exit_code == 0
    assert out.exists()
    refused = _fw(
        "export", "area", snapshot_db, "--area", "12", "-o", snapshot_db.parent / "b.docx"
    )
    assert refused.exit_code == 2 and "Area 12" in refused.output


def test_a_third_case_drafted_lifts_the_warning(snapshot_db: Path) -> None:
    """The count is of the cases the section's sentences rest on: evidence on the area's
    third case (A-103, sampled but without notes) brings Area 8 to three."""
    with Store.open(snapshot_db) as store:
        case = next(c for c in store.case_rows(limit=20) if c.ref == "A-103")
        store.put_evidence(Evidence(case_id=case.id, criteria=["QP7"], source="CASE_FILE",
                                    polarity="strength", text="Report sent on time."))  # fmt: skip
    texts = [str(h["text"]) for h in _hits(snapshot_db)]
    assert "Area 8" not in texts and "Area 12" in texts
