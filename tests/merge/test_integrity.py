"""Verify before you trust (#19): a damaged or altered version never reaches the master,
a wrong sequence number never hides later work, and a forged identity never blocks
honest work.  Each refusal is one sentence naming the file, and the target is
byte-identical afterwards."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from store.models import Evidence
from store.store import Store
from tests.merge.files import (
    VERSION_FIELDS,
    assert_refused,
    copy,
    fieldwork,
    flip_bit,
    flip_parent_bit,
    make_team,
    new_versions,
    rewrite_version,
    with_text,
)


@pytest.mark.parametrize("column", VERSION_FIELDS)
def test_a_flipped_bit_in_any_field_of_a_new_version_is_refused(
    tmp_path: Path, column: str
) -> None:
    team = make_team(tmp_path)
    rng = random.Random(column)
    for n in range(3):
        bad = copy(team.alice, tmp_path / f"alice-{n}.db")
        vid = rng.choice(new_versions(bad, team.master))
        flip_bit(bad, vid, column, rng.randrange(64 if column in ("seq", "deleted") else 256))
        assert_refused(team.master, bad, "damaged or altered", "fresh copy")


def test_a_flipped_bit_in_a_parent_edge_is_refused(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    with Store.open(team.alice) as a:  # an edit, so that a new version has a parent
        ev = a.all_evidence()[0]
        fields = ev.model_dump(include=set(Evidence.model_fields))
        a.put_evidence(Evidence(**{**fields, "text": "Corrected."}), ev.id)
    vid = new_versions(team.alice, team.master)[-1]
    for bit in (3, 77, 140):
        bad = copy(team.alice, tmp_path / f"alice-{bit}.db")
        if flip_parent_bit(bad, vid, bit):
            assert_refused(team.master, bad, "damaged or altered")


def test_many_flipped_bits_in_evidence_text_never_reach_the_master(tmp_path: Path) -> None:
    """The issue's experiment: single-bit flips in new evidence text, each refused, none
    in the master, and the master's every stored version still checks out."""
    team = make_team(tmp_path)
    vids = new_versions(team.alice, team.master)
    rng = random.Random(2018)
    for _ in range(40):
        bad = copy(team.alice, tmp_path / "flipped.db")
        flip_bit(bad, rng.choice(vids), "data", rng.randrange(8 * 120))
        assert_refused(team.master, bad, "damaged or altered")
    code, out = fieldwork("check", str(team.master))
    assert code == 0 and "no problems found" in out, out


def test_rewritten_text_with_the_old_hash_is_refused(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    vid = new_versions(team.alice, team.master)[0]
    data = with_text(team.alice, vid, lambda t: t.replace("the ", "no "))
    rewrite_version(team.alice, vid, False, data=data)
    line = assert_refused(team.master, team.alice, "1 damaged or altered version")
    assert "does not match its hash" in line


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"tbl": "diary"}, "kind 'diary' is unknown"),
        ({"hlc": "soon"}, "clock value is garbled"),
        ({"data": '{"text": 5}'}, "not a valid evidence"),
        ({"data": "[1, 2]"}, "not a record"),
        ({"author": ""}, "no author"),
        ({"origin": "laptop"}, "origin is not a valid id"),
    ],
    ids=[
        "unknown-kind",
        "garbled-clock",
        "wrong-shape",
        "not-a-record",
        "no-author",
        "bad-origin",
    ],  # fmt: skip
)
def test_a_version_of_the_wrong_shape_is_refused_even_with_a_good_hash(
    tmp_path: Path, change: dict[str, object], words: str
) -> None:
    team = make_team(tmp_path)
    vid = new_versions(team.alice, team.master)[0]
    rewrite_version(team.alice, vid, True, **change)
    assert_refused(team.master, team.alice, words)


def test_a_deletion_whose_parent_is_missing_is_refused(tmp_path: Path) -> None:
    """Without its parent edge the deletion would not delete anything (it would bring
    the record back): with the edge gone the hash no longer matches; with the edge
    rewritten to a version nobody holds, the parent is missing."""
    team = make_team(tmp_path)
    with Store.open(team.alice) as a:
        a.delete_evidence(a.all_evidence()[0].id)
    vid = new_versions(team.alice, team.master)[-1]
    cut = copy(team.alice, tmp_path / "cut.db")
    with sqlite3.connect(cut) as c:
        c.execute("DELETE FROM parent WHERE vid = ?", (vid,))
    assert_refused(team.master, cut, "does not match its hash")
    elsewhere = copy(team.alice, tmp_path / "elsewhere.db")
    with sqlite3.connect(elsewhere) as c:
        c.execute(
            "UPDATE parent SET pvid = '0190aaaa-0000-7000-8000-000000000000' WHERE vid = ?",
            (vid,),
        )
    rewrite_version(elsewhere, vid, True)
    assert_refused(team.master, elsewhere, "parent version of its record that is missing")


def test_a_sequence_jump_does_not_hide_later_work(tmp_path: Path) -> None:
    """A version whose number was raised by 1,000 (and re-hashed) is taken; the
    inspector's later saves still reach the master, and the report says why it
    compared her versions in full."""
    team = make_team(tmp_path)
    vid = new_versions(team.alice, team.master)[-1]
    with sqlite3.connect(team.alice) as c:
        seq = c.execute("SELECT seq FROM version WHERE vid = ?", (vid,)).fetchone()[0]
    rewrite_version(team.alice, vid, True, seq=seq + 1000)
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0, out
    assert "compared in full" in out and "gap" in out
    with Store.open(team.alice) as a:
        later = a.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW2"], source="CASE_FILE",
                     text="A later note, written after the jump.")
        )  # fmt: skip
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0, out
    assert "1 new" in out and "compared in full" in out
    with Store.open(team.master) as m:
        assert m.evidence(later).text == "A later note, written after the jump."


def test_a_forged_identity_does_not_block_honest_work(tmp_path: Path) -> None:
    """Bob's file carries a version stamped with Alice's identity and her next number.
    It is merged first; Alice's honest work with that number still merges, and the
    report names the file that carried the other one."""
    team = make_team(tmp_path)
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0, out
    with Store.open(team.alice) as a:
        alice_id, alice_seq = a.replica_id, a._seq
    with Store.open(team.bob) as b:
        forged = b.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE",
                     text="Written on Bob's laptop, stamped as Alice's.")
        )  # fmt: skip
        vid = b.conn.execute(
            "SELECT vid FROM version WHERE rid = ? ORDER BY seq DESC", (forged,)
        ).fetchone()[0]
    rewrite_version(team.bob, vid, True, origin=alice_id, seq=alice_seq + 1)
    code, out = fieldwork("merge", str(team.master), str(team.bob))
    assert code == 0, out
    with Store.open(team.alice) as a:
        honest = a.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE",
                     text="Alice's own next note.")
        )  # fmt: skip
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0, out
    assert "1 new" in out
    assert str(team.bob) in out, "the report should name the file that carried the forgery"
    with Store.open(team.master) as m:
        assert m.evidence(honest).text == "Alice's own next note."
        assert m.evidence(forged).text.startswith("Written on Bob's laptop")


def test_an_altered_and_rehashed_version_does_not_block_the_rest(tmp_path: Path) -> None:
    """A version the master holds, altered and re-hashed in another copy: that copy's
    other work still merges; the held version is kept and the report names where it
    came from."""
    team = make_team(tmp_path)
    assert fieldwork("merge", str(team.master), str(team.alice))[0] == 0
    altered = copy(team.alice, tmp_path / "alice-altered.db")
    with sqlite3.connect(altered) as c:  # her last version: where the shortcut looks
        vid = c.execute(
            "SELECT vid FROM version WHERE origin = (SELECT v FROM meta WHERE k = 'replica_id') "
            "ORDER BY seq DESC LIMIT 1"
        ).fetchone()[0]
    data = with_text(altered, vid, lambda t: "frightened " + t)
    rewrite_version(altered, vid, True, data=data)
    with Store.open(altered) as a:
        a.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW2"], source="CASE_FILE",
                     text="New work in the altered copy.")
        )  # fmt: skip
    code, out = fieldwork("merge", str(team.master), str(altered))
    assert code == 0, out
    assert "the held copy was kept" in out and str(team.alice) in out
    with Store.open(team.master) as m:
        texts = {e.text for e in m.all_evidence()}
    assert "New work in the altered copy." in texts
    assert not any("frightened" in t for t in texts)


def test_check_verifies_every_stored_version(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    code, out = fieldwork("check", str(team.alice))
    assert code == 0, out
    vid = new_versions(team.alice, team.master)[0]
    flip_bit(team.alice, vid, "data", 40)
    code, out = fieldwork("check", str(team.alice))
    assert code == 1, out
    assert "Traceback" not in out
    assert "1 stored version fail" in out and "Restore it from the newest backup" in out


def test_the_shortcut_and_the_full_comparison_agree_after_a_restore(tmp_path: Path) -> None:
    """A file restored from a backup writes new versions under numbers the master already
    holds: nothing is refused, nothing lost, and the shortcut's answer equals the full
    comparison's."""
    team = make_team(tmp_path)
    backup = copy(team.alice, tmp_path / "alice-backup.db")
    with Store.open(team.alice) as a:
        a.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE",
                     text="Written before the laptop was restored.")
        )  # fmt: skip
    assert fieldwork("merge", str(team.master), str(team.alice))[0] == 0
    copy(backup, team.alice)
    with Store.open(team.alice) as a:
        a.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE",
                     text="Written after the restore.")
        )  # fmt: skip
    full = copy(team.master, tmp_path / "full.db")
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "1 new" in out, out
    with Store.open(full) as f:
        f.merge_from(team.alice, strategy="full")
        want = f.dump()
    with Store.open(team.master) as m:
        assert m.dump() == want
        texts = {e.text for e in m.all_evidence()}
    assert {"Written before the laptop was restored.", "Written after the restore."} <= texts
