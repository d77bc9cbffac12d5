"""Each incoming version is verified once per merge, and both guarantees still hold:
nothing is written when a source is bad at the gate, and nothing unverified is written
when a source changes between the gate and its own transaction (`store/staging.py`).

The gate (`Store.merge` checking every source) and the transaction are two moments; a
file can change between them (a laptop still writing to it, a failing USB stick).  These
tests change a source exactly there, through the backup the merge writes in between
(`Store.backup`, wrapped) or the progress callback between two sources.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import store.integrity
import store.staging
from store.errors import CorruptDatabaseError
from store.models import Evidence
from store.store import Store
from tests.merge.files import (
    NOTES,
    Team,
    fieldwork,
    flip_bit,
    flip_parent_bit,
    make_team,
    new_versions,
    rewrite_version,
    with_text,
)


def _state(db: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
    """What a merge writes: versions, parent edges and merge-log lines."""
    with sqlite3.connect(db) as c:
        return (
            c.execute("SELECT vid, hash FROM version ORDER BY vid").fetchall(),
            c.execute("SELECT vid, pvid FROM parent ORDER BY vid, pvid").fetchall(),
            c.execute("SELECT count(*) FROM merge_log").fetchone()[0],
        )


@pytest.fixture
def team(tmp_path: Path) -> Team:
    """Alice wrote three notes and then corrected the first (a version with a parent);
    Bob wrote two."""
    t = make_team(tmp_path)
    with Store.open(t.alice) as a:
        first = a.evidence_for_case(t.case_id)[0]
        values = first.model_dump(include=set(Evidence.model_fields))
        a.put_evidence(Evidence.model_validate(values | {"text": first.text + " Confirmed."}),
                       first.id)  # fmt: skip
    with Store.open(t.bob) as b:
        for text in NOTES[3:5]:
            b.put_evidence(Evidence(case_id=t.case_id, criteria=["QP1"], source="CASE_FILE",
                                    text=text))  # fmt: skip
    return t


def _after_gate(monkeypatch: pytest.MonkeyPatch, change: Callable[[], object]) -> None:
    """Run `change` after the merge has checked every source, before it writes: at the
    backup of the target it makes in between."""
    real = Store.backup

    def backup(self: Store, *args: Any, **kwargs: Any) -> Any:
        change()
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "backup", backup)


def _edited(alice: Path) -> str:
    """Alice's version that has a parent (her correction)."""
    with sqlite3.connect(alice) as c:
        return str(c.execute("SELECT vid FROM parent LIMIT 1").fetchone()[0])


DAMAGE: dict[str, Callable[[Path, str], object]] = {
    "a bit of its text flipped": lambda p, v: flip_bit(p, v, "data", 77),
    "its text changed, hash kept": lambda p, v: rewrite_version(
        p, v, False, data=with_text(p, v, lambda t: t.replace("the", "no"))),
    "a bit of its parent edge flipped": lambda p, v: flip_parent_bit(p, v, 13),
    "rewritten and re-hashed into a malformed record": lambda p, v: rewrite_version(
        p, v, True, data='{"case_id": "nobody"}'),
    "its record id changed, everything re-hashed": lambda p, v: rewrite_version(
        p, v, True, rid="not-an-id"),
}  # fmt: skip


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_source_damaged_after_the_gate_is_refused_with_nothing_written(
    team: Team, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    vid = _edited(team.alice)
    before = _state(team.master)
    _after_gate(monkeypatch, lambda: DAMAGE[damage](team.alice, vid))
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 2, out
    assert "Traceback" not in out and str(team.alice) in out
    assert "nothing was merged from it" in out
    assert _state(team.master) == before, "something from the damaged file was written"


def test_a_second_source_damaged_while_the_first_is_merged_undoes_the_first(
    team: Team,
) -> None:
    """Each source is merged in its own transaction (SQLite cannot let go of an attached
    file inside one); the copy taken before the first puts the target back, so a merge
    of several files is all or nothing, even with no backup asked for."""
    bobs = new_versions(team.bob, team.master)
    alices = new_versions(team.alice, team.master)
    vid = bobs[0]
    before = _state(team.master)

    def progress(done: int, total: int) -> None:
        if done == 1:
            flip_bit(team.bob, vid, "data", 40)

    s = Store.open(team.master)
    try:
        with pytest.raises(CorruptDatabaseError, match="nothing was merged from it") as caught:
            s.merge([team.alice, team.bob], backup=False, progress=progress)
        assert "None of the 2 files was merged" in str(caught.value)
        s.put_evidence(  # the file takes new work after being put back
            Evidence(case_id=team.case_id, criteria=["QP1"], source="CASE_FILE",
                     text="Lead's note after the refused merge.")
        )  # fmt: skip
    finally:
        s.close()
    held = {v for v, _ in _state(team.master)[0]}
    assert {v for v, _ in before[0]} < held
    assert not (set(alices) | set(bobs)) & held


def test_a_first_source_damaged_after_the_gate_stops_the_merge_before_any_write(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(team.master)
    vid = new_versions(team.alice, team.master)[0]
    _after_gate(monkeypatch, lambda: flip_bit(team.alice, vid, "data", 9))
    code, out = fieldwork("merge", str(team.master), str(team.alice), str(team.bob))
    assert code == 2 and str(team.alice) in out
    assert _state(team.master) == before


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the id of every version `check_version` verifies in full."""
    seen: list[str] = []
    real = store.integrity.check_version

    def counting(raw: Any, *args: Any, **kwargs: Any) -> str | None:
        seen.append(bytes(raw[0]).decode("utf-8", "replace"))
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(store.staging, "check_version", counting)
    return seen


def test_each_version_is_verified_once(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    incoming = set(new_versions(team.alice, team.master)) | set(new_versions(team.bob, team.master))
    seen = _count_checks(monkeypatch)
    code, out = fieldwork("merge", str(team.master), str(team.alice), str(team.bob))
    assert code == 0, out
    assert sorted(seen) == sorted(incoming), "a version verified twice, or not at all"
    assert incoming <= {v for v, _ in _state(team.master)[0]}


def test_a_version_written_after_the_gate_is_verified_in_full_and_merged(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alice's laptop was still open: she saved one more note after the check."""
    written: list[str] = []

    def more() -> None:
        with Store.open(team.alice) as a:
            written.append(a.put_evidence(Evidence(
                case_id=team.case_id, criteria=["SW2"], source="CASE_FILE",
                text="Late addition: the school nurse confirmed the referral date.")))  # fmt: skip

    incoming = set(new_versions(team.alice, team.master))
    _after_gate(monkeypatch, more)
    seen = _count_checks(monkeypatch)
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0, out
    with sqlite3.connect(team.master) as c:
        texts = {r[0] for r in c.execute("SELECT text FROM evidence")}
    assert "Late addition: the school nurse confirmed the referral date." in texts
    # The gate verified the first ones; the transaction verified only the late one.
    assert len(seen) == len(incoming) + 1
    assert set(seen[:-1]) == incoming and seen[-1] not in incoming
