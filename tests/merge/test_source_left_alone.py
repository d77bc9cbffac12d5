"""A merge only reads the inspector's file: nothing is left beside it (no empty -wal or
-shm file for the inspector to wonder about or copy back by mistake), its bytes are
unchanged, and a file still open in the app, with changes in its WAL, is read whole.

The team is hand-made (`tests/merge/files.py`), not the demo."""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from store.store import Store
from tests.merge.files import fieldwork, make_team, sha


def sidecars(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.glob(db.name + "-*"))


def texts(db: Path) -> set[str]:
    with Store.open(db) as s:
        return {e.text for e in s.all_evidence()}


def test_merging_a_closed_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    before = sha(team.alice)
    assert sidecars(team.alice) == []
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0, out
    assert "evidence: 3 new" in out
    assert sidecars(team.alice) == []
    assert sha(team.alice) == before
    assert texts(team.alice) <= texts(team.master)


def test_a_file_open_in_the_app_is_read_with_its_unsaved_to_disk_changes(tmp_path: Path) -> None:
    """Her app has the file open and has just saved a note, which sits in the WAL:
    the merge takes it, and her app goes on saving afterwards."""
    team = make_team(tmp_path)
    with Store.open(team.alice) as open_in_app:
        open_in_app.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE",
                     text="Saved a moment ago, still in the write-ahead log.")
        )  # fmt: skip
        assert Path(str(team.alice) + "-wal").exists()
        code, out = fieldwork("merge", str(team.master), str(team.alice))
        assert code == 0, out
        assert "Saved a moment ago, still in the write-ahead log." in texts(team.master)
        open_in_app.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE",
                     text="Saved after the merge.")
        )  # fmt: skip
    assert "Saved after the merge." in texts(team.alice)
