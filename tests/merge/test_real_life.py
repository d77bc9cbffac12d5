"""Merging that survives real life (#16), driven from the command line: restored
backups and copied files go on working and their work reaches the master, `--as`
changes the author only, a clock days out does not drag the team or decide
conflicts, two people changing different fields of one record is no conflict, a
save that changes nothing writes nothing, and the merge report counts what changed.

The team is hand-made (`tests/merge/files.py`), not the demo."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path

from store.ids import HybridClock, parse_hlc
from store.store import Store
from tests.merge.files import Team, fieldwork, make_team

CASE = "C-1000-AA"


def ok(*args: str) -> str:
    """Run the CLI; it must succeed.  Returns what it printed."""
    code, out = fieldwork(*args)
    assert code == 0, out
    assert "Traceback" not in out
    return out


def texts(db: Path) -> set[str]:
    with Store.open(db) as s:
        return {e.text for e in s.all_evidence()}


def add(db: Path, text: str, *extra: str) -> str:
    """`fieldwork evidence add`: the new evidence id."""
    out = ok("evidence", "add", str(db), "--polarity", "neutral", "--case", CASE, "--criteria", "SW1",
             "--source", "CASE_FILE", "--text", text, *extra)  # fmt: skip
    return out.strip().split()[-1]


def versions(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return int(c.execute("SELECT count(*) FROM version").fetchone()[0])


def newest_backup(db: Path) -> Path:
    return max(db.parent.glob(db.name + ".bak-*"), key=lambda p: (p.stat().st_mtime, p.name))


def restore(backup: Path, db: Path) -> None:
    """What a user does: copy the backup over the file."""
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, db)


def shared(team: Team) -> str:
    """Alice's first note, merged into the master and on to Bob: an id all three hold."""
    ok("merge", str(team.master), str(team.alice))
    ok("merge", str(team.bob), str(team.master))
    ok("merge", str(team.alice), str(team.master))
    with Store.open(team.alice) as a:
        return sorted(a.all_evidence(), key=lambda e: e.text)[0].id


# Restored backups and copies ------------------------------------------------------------------


def test_a_file_restored_from_its_backup_goes_on_working(tmp_path: Path) -> None:
    """She merges the master in (a backup is made), writes a note that reaches the
    master, restores her file from the backup, takes the master again, and writes on:
    no save fails, and everything reaches the master."""
    team = make_team(tmp_path)
    ok("merge", str(team.alice), str(team.master))
    backup = newest_backup(team.alice)
    add(team.alice, "Written after the backup; the master has it.")
    ok("merge", str(team.master), str(team.alice))
    restore(backup, team.alice)
    ok("merge", str(team.alice), str(team.master))  # her own later note comes back
    add(team.alice, "Written in the restored file.")
    add(team.alice, "And another, to be sure the numbering goes on.")
    ok("merge", str(team.master), str(team.alice))
    assert {
        "Written after the backup; the master has it.",
        "Written in the restored file.",
        "And another, to be sure the numbering goes on.",
    } <= texts(team.master)
    out = ok("check", str(team.alice))
    assert "damaged" not in out


def test_work_in_a_restored_file_reaches_the_master(tmp_path: Path) -> None:
    """Restored, she writes before taking the master again: her new note reuses a
    number the master already holds from the lost note; both reach the master, and
    the report says why the comparison was done in full."""
    team = make_team(tmp_path)
    ok("merge", str(team.alice), str(team.master))
    backup = newest_backup(team.alice)
    add(team.alice, "The note that the restore threw away.")
    ok("merge", str(team.master), str(team.alice))
    restore(backup, team.alice)
    add(team.alice, "Written in the restored file, before anything else.")
    out = ok("merge", str(team.master), str(team.alice))
    assert "compared in full" in out, out
    assert {
        "The note that the restore threw away.",
        "Written in the restored file, before anything else.",
    } <= texts(team.master)
    add(team.alice, "Her next note after the merge.")  # must not collide either
    ok("merge", str(team.alice), str(team.master))
    add(team.alice, "And after taking the master.")
    ok("merge", str(team.master), str(team.alice))
    assert texts(team.master) == texts(team.alice)


def test_a_master_restored_from_its_backup_takes_everyone_back(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    ok("merge", str(team.master), str(team.alice))
    backup = newest_backup(team.master)
    add(team.master, "The lead's note, written before the restore.")
    ok("merge", str(team.alice), str(team.master))  # Alice now holds the lead's note
    restore(backup, team.master)
    add(team.bob, "Bob's note.")
    ok("merge", str(team.master), str(team.alice), str(team.bob))
    add(team.master, "The lead writes on in the restored master.")
    assert {
        "The lead's note, written before the restore.",
        "Bob's note.",
        "The lead writes on in the restored master.",
    } <= texts(team.master)


def test_a_copy_used_on_two_laptops_loses_nothing_peer_to_peer(tmp_path: Path) -> None:
    """Alice's file copied onto a second laptop; both copies write; Bob merges the
    copy peer to peer; afterwards Bob's own work still reaches the master."""
    team = make_team(tmp_path)
    laptop2 = shutil.copyfile(team.alice, tmp_path / "alice-laptop2.db")
    add(team.alice, "On the first laptop.")
    add(laptop2, "On the second laptop.")
    ok("merge", str(team.bob), str(laptop2))
    add(team.bob, "Bob's own note after taking the copy.")
    ok("merge", str(team.master), str(team.alice), str(team.bob))
    assert {
        "On the first laptop.",
        "On the second laptop.",
        "Bob's own note after taking the copy.",
    } <= texts(team.master)
    # The check names whose file was used in two places, and what to do.
    code, out = fieldwork("check", str(team.master))
    assert code == 1, out
    assert "Alice Able's file was used in two places" in out and "fieldwork merge" in out
    assert "damaged" not in out


def test_a_file_and_its_copy_merged_in_one_command(tmp_path: Path) -> None:
    """`merge MASTER A A_COPY`: both are merged, and the report says so per source."""
    team = make_team(tmp_path)
    copy = shutil.copyfile(team.alice, tmp_path / "alice-copy.db")
    add(copy, "Only on the copy.")
    out = ok("merge", str(team.master), str(team.alice), str(copy))
    assert f"{team.alice} (Alice Able): 3 new" in out, out
    assert f"{copy} (Alice Able): 1 new" in out, out
    assert "Only on the copy." in texts(team.master)


# Acting as someone ----------------------------------------------------------------------------


def test_as_changes_the_author_only_never_whom_the_file_is_issued_to(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    with Store.open(team.alice) as a:
        alice = a.issued_to
        lead = a.find_inspector("Ruth Okafor").id
    by_lead = add(team.alice, "Noted while the lead dictated.", "--as", "Ruth Okafor")
    by_alice = add(team.alice, "Alice's own note afterwards.")
    with Store.open(team.alice) as a:
        assert a.issued_to == alice and a.me_id == alice
        authors = {e.id: e.meta.updated_by for e in a.all_evidence()}
    assert authors[by_lead] == lead
    assert authors[by_alice] == alice
    out = ok("merge", str(team.master), str(team.alice))
    assert "(Alice Able)" in out and "Ruth Okafor" not in out


# Clocks ----------------------------------------------------------------------------------------

THREE_DAYS_MS = 3 * 24 * 3600 * 1000


class FastClock(HybridClock):
    """A laptop whose clock is three days fast."""

    def now(self, wall_ms: int | None = None) -> str:
        return super().now(time.time_ns() // 1_000_000 + THREE_DAYS_MS)


def edit_text(db: Path, eid: str, text: str, fast: bool = False) -> None:
    with Store.open(db) as s:
        if fast:
            s.clock = FastClock(s.clock.last_ms, s.clock.last_counter)
        ev = next(e for e in s.all_evidence() if e.id == eid)
        fields = ev.model_dump(include={"case_id", "criteria", "source", "polarity", "text"})
        from store.models import Evidence

        s.put_evidence(Evidence(**{**fields, "text": text}), eid)


def test_a_clock_days_fast_does_not_drag_the_team(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    eid = shared(team)
    edit_text(team.alice, eid, "Corrected on a laptop three days fast.", fast=True)
    out = ok("merge", str(team.master), str(team.alice))
    assert "clock 3 days ahead" in out and str(team.alice) in out, out
    add(team.master, "The lead's next note.")
    with sqlite3.connect(team.master) as c:
        hlc = c.execute("SELECT hlc FROM version WHERE data LIKE '%lead''s next note%'").fetchone()[
            0
        ]
    assert parse_hlc(hlc)[0] < time.time_ns() // 1_000_000 + 10 * 60 * 1000


def test_the_provisional_value_of_a_conflict_does_not_follow_the_fast_clock(
    tmp_path: Path,
) -> None:
    """The same two concurrent edits, once with Alice's laptop three days fast and once
    with Bob's: the master shows the same provisional text both times."""
    start = make_team(tmp_path)
    eid = shared(start)
    shown = []
    for fast in ("alice", "bob"):
        (tmp_path / fast).mkdir()
        master, alice, bob = (
            shutil.copyfile(p, tmp_path / fast / p.name)
            for p in (start.master, start.alice, start.bob)
        )
        team = Team(master, alice, bob, start.case_id)
        edit_text(team.alice, eid, "Alice's reading of the file.", fast=fast == "alice")
        edit_text(team.bob, eid, "Bob's reading of the file.", fast=fast == "bob")
        ok("merge", str(team.master), str(team.alice), str(team.bob))
        with Store.open(team.master) as m:
            (c,) = m.conflicts()
            assert c.fields == ["text"]
            shown.append(c.shown["text"])
    assert shown[0] == shown[1]


# Field-level merge ---------------------------------------------------------------------------


def test_different_fields_of_one_record_merge_without_conflict(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    eid = shared(team)
    ok("evidence", "edit", str(team.alice), eid, "--text", "Corrected: the child was seen alone.")
    ok("evidence", "edit", str(team.bob), eid, "--source", "CASE_DISCUSSION")
    out = ok("merge", str(team.master), str(team.alice), str(team.bob))
    assert "open conflicts" not in out, out
    with Store.open(team.master) as m:
        ev = next(e for e in m.all_evidence() if e.id == eid)
        assert (ev.text, ev.source) == ("Corrected: the child was seen alone.", "CASE_DISCUSSION")
        assert m.conflicts() == []
    # Each takes the master and goes on editing: still no conflict, nothing lost.
    ok("merge", str(team.alice), str(team.master))
    ok("evidence", "edit", str(team.alice), eid, "--text", "Corrected again.")
    ok("merge", str(team.master), str(team.alice))
    with Store.open(team.master) as m:
        ev = next(e for e in m.all_evidence() if e.id == eid)
        assert (ev.text, ev.source) == ("Corrected again.", "CASE_DISCUSSION")
        assert m.conflicts() == []


def test_the_same_field_changed_two_ways_is_a_conflict_on_that_field_only(
    tmp_path: Path,
) -> None:
    team = make_team(tmp_path)
    eid = shared(team)
    ok("evidence", "edit", str(team.alice), eid, "--text", "Alice's wording.",
       "--source", "CASE_DISCUSSION")  # fmt: skip
    ok("evidence", "edit", str(team.bob), eid, "--text", "Bob's wording.")
    out = ok("merge", str(team.master), str(team.alice), str(team.bob))
    assert "1 open conflict:" in out, out
    with Store.open(team.master) as m:
        (c,) = m.conflicts()
        assert c.fields == ["text"]
        assert c.shown["source"] == "CASE_DISCUSSION"  # Alice's change stands
        assert c.shown["text"] in {"Alice's wording.", "Bob's wording."}


def test_a_case_reassigned_while_its_inspector_marks_it_complete(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    shared(team)
    ok("assign", str(team.master), "--inspector", "Bob Brown", "--case", CASE)
    ok("case", "edit", str(team.alice), CASE, "--status", "complete")
    ok("merge", str(team.master), str(team.alice))
    with Store.open(team.master) as m:
        case = m.case_by_ref(CASE)
        assert case.status == "complete"
        assert case.inspector_id == m.find_inspector("Bob Brown").id
        assert m.conflicts() == []


def test_a_change_there_and_back_is_no_change(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    eid = shared(team)
    with Store.open(team.alice) as a:
        original = next(e for e in a.all_evidence() if e.id == eid).text
    ok("evidence", "edit", str(team.alice), eid, "--text", "A change she thought better of.")
    ok("evidence", "edit", str(team.alice), eid, "--text", original)
    ok("evidence", "edit", str(team.bob), eid, "--text", "Bob's real correction.")
    ok("merge", str(team.master), str(team.alice), str(team.bob))
    with Store.open(team.master) as m:
        assert m.conflicts() == []
        assert next(e for e in m.all_evidence() if e.id == eid).text == "Bob's real correction."


def test_a_save_that_changes_nothing_writes_no_version(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    eid = shared(team)
    with Store.open(team.alice) as a:
        ev = next(e for e in a.all_evidence() if e.id == eid)
    before = versions(team.alice)
    ok("evidence", "edit", str(team.alice), eid, "--text", ev.text)
    with Store.open(team.alice) as a:  # as the workbench's Ctrl+S on an unchanged form
        from store.models import Evidence

        a.put_evidence(Evidence(**ev.model_dump(include=set(Evidence.model_fields))), eid)
    assert versions(team.alice) == before
    ok("evidence", "edit", str(team.bob), eid, "--text", "Bob's correction.")
    ok("merge", str(team.master), str(team.alice), str(team.bob))
    with Store.open(team.master) as m:
        assert m.conflicts() == []
        assert next(e for e in m.all_evidence() if e.id == eid).text == "Bob's correction."


# Conflicts: delete, resolve, reports -----------------------------------------------------------


def conflicted(team: Team) -> str:
    eid = shared(team)
    ok("evidence", "edit", str(team.alice), eid, "--text", "Alice's wording.")
    ok("evidence", "edit", str(team.bob), eid, "--text", "Bob's wording.")
    ok("merge", str(team.master), str(team.alice), str(team.bob))
    return eid


def test_deleting_a_record_in_conflict_is_refused_in_one_sentence(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    eid = conflicted(team)
    before = versions(team.master)
    code, out = fieldwork("evidence", "delete", str(team.master), eid)
    assert code == 2, out
    assert "in conflict" in out and "resolve" in out and "Traceback" not in out
    assert len(out.strip().splitlines()) == 1
    assert versions(team.master) == before
    assert eid in {e.id for e in Store.open(team.master).all_evidence()}


def test_resolve_takes_a_side_by_author_and_says_when_a_prefix_is_ambiguous(
    tmp_path: Path,
) -> None:
    team = make_team(tmp_path)
    eid = conflicted(team)
    with Store.open(team.master) as m:
        (c,) = m.conflicts()
    a, b = (s.version_id for s in c.sides)
    common = next(i for i in range(len(a)) if a[i] != b[i])
    assert common >= 4
    code, out = fieldwork("resolve", str(team.master), eid, "--take", a[:common])
    assert code == 2 and "ambiguous" in out, out
    code, out = fieldwork("resolve", str(team.master), eid, "--take", "Nobody Known")
    assert code == 2 and "names none of the sides" in out, out
    ok("resolve", str(team.master), eid, "--take", "Bob Brown")
    with Store.open(team.master) as m:
        assert m.conflicts() == []
        assert next(e for e in m.all_evidence() if e.id == eid).text == "Bob's wording."


def test_merge_reports_count_content_by_kind_and_conflicts_settled(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=3)
    out = ok("merge", str(team.master), str(team.alice))
    assert "3 new, 0 changed, 0 deleted, 0 new conflicts" in out, out
    assert "evidence: 3 new" in out, out
    ok("merge", str(team.bob), str(team.master))
    eid = sorted(texts(team.master))[0]
    with Store.open(team.bob) as s:
        eid = next(e.id for e in s.all_evidence() if e.text == eid)
    ok("evidence", "edit", str(team.alice), eid, "--text", "Alice's wording.")
    ok("evidence", "edit", str(team.bob), eid, "--text", "Bob's wording.")
    ok("merge", str(team.alice), str(team.bob))  # Alice's file now holds the conflict
    ok("merge", str(team.master), str(team.alice))
    with Store.open(team.master) as m:
        (c,) = m.conflicts()
        shown = c.shown["text"]
        winner_side = next(s for s in c.sides if s.winner)
    ok("resolve", str(team.master), eid, "--take", winner_side.version_id)
    data = json.loads(ok("merge", "--json", str(team.alice), str(team.master)))
    (report,) = data["sources"]
    # The resolution settles the conflict and changes nothing Alice sees.
    assert report["settled"] == 1 and report["changed"] == 0, report
    assert report["new_versions"] == 1
    with Store.open(team.alice) as a:
        assert next(e for e in a.all_evidence() if e.id == eid).text == shown
