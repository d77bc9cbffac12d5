"""Per-hit decisions (a hit marked "not identifying" with a reason passes, every other
hit still stops) and redaction that travels through merges (purged on the master and on
a third laptop; an old copy merged afterwards does not bring the text back)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from exporters.errors import IdentifyingDetailsError
from exporters.export import export_area
from store.framework import load_framework
from store.models import Area, CaseFile, Evidence, Inspector
from store.redaction import MARKER, redacted_hash_ok, redacted_hashes
from store.store import Store
from store.versions import version_from_row, version_hash
from tests.export import fixture_data

TWO = "Nobody asked Rocco Dunmore what he wanted; his mother's mobile is 07700 900123."


def _hit_ids(db: Path) -> dict[str, str]:
    """kind -> hit id, from `fieldwork identify hits --json`."""
    res = CliRunner().invoke(cli, ["identify", "hits", str(db), "--json"])
    assert res.exit_code == 0, res.output
    import json

    return {h["kind"]: h["hit_id"] for h in json.loads(res.output)}


def test_a_decision_passes_only_its_hit(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db", plant={"rationale": TWO})
    out = tmp_path / "a.docx"
    with Store.open(db) as store, pytest.raises(IdentifyingDetailsError) as info:
        export_area(store, "6", out)
    assert {"name", "phone"} <= {h.kind for h in info.value.hits}
    ids = _hit_ids(db)
    runner = CliRunner()
    res = runner.invoke(cli, ["identify", "accept", str(db), ids["name"],
                              "--reason", "Rocco is the family's dog, not a person."])  # fmt: skip
    assert res.exit_code == 0, res.output
    # The phone still stops the export; the name no longer does.
    res = runner.invoke(cli, ["export", "area", str(db), "--area", "6", "-o", str(out)])
    assert res.exit_code == 2
    assert "phone" in res.output and "‘Rocco" not in res.output
    assert not out.exists()
    res = runner.invoke(cli, ["identify", "accept", str(db), ids["phone"],
                              "--reason", "The number is the office's published line."])  # fmt: skip
    assert res.exit_code == 0
    with Store.open(db) as store:
        result = export_area(store, "6", out)
        decisions = store.identify_decisions()
    assert out.exists() and result.hits == []
    assert {h.kind for h in result.accepted} >= {"name", "phone"}
    # Who, when and why are kept; the text is not.
    assert {d.reason for d in decisions} == {
        "Rocco is the family's dog, not a person.",
        "The number is the office's published line.",
    }
    assert all(d.meta.created_by and d.meta.created_at for d in decisions)
    assert not any("Rocco" in d.model_dump_json().replace(d.reason, "") for d in decisions)
    # Withdrawn, the hit stops the export again.
    name_decision = next(d for d in decisions if d.hit_kind == "name")
    res = runner.invoke(cli, ["identify", "revoke", str(db), name_decision.id])
    assert res.exit_code == 0
    res = runner.invoke(cli, ["export", "area", str(db), "--area", "6", "-o", str(out)])
    assert res.exit_code == 2 and "Rocco" in res.output


def test_a_reason_that_names_someone_is_refused(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db", plant={"rationale": TWO})
    ids = _hit_ids(db)
    res = CliRunner().invoke(cli, ["identify", "accept", str(db), ids["phone"],
                                   "--reason", "It is Rocco Dunmore's mother's number."])  # fmt: skip
    assert res.exit_code == 2 and "Traceback" not in res.output
    with Store.open(db) as store:
        assert store.identify_decisions() == []


def test_an_unknown_hit_id_is_one_sentence(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db")
    res = CliRunner().invoke(cli, ["identify", "accept", str(db), "abcdef0123", "--reason", "xyz"])
    assert res.exit_code == 2
    assert "no current hit" in res.output and "Traceback" not in res.output


def test_a_decision_travels_through_a_merge(tmp_path: Path) -> None:
    master_db = fixture_data.build(tmp_path / "master.db", plant={"rationale": TWO})
    with Store.open(master_db) as master:
        deputy = next(i for i in master.inspectors() if i.role == "deputy-lead")
        copy_db = master.issue(tmp_path / "deputy.db", deputy.id)
    ids = _hit_ids(copy_db)
    for kind in ("name", "phone"):
        res = CliRunner().invoke(cli, ["identify", "accept", str(copy_db), ids[kind],
                                       "--reason", "Checked with the team: identifies nobody."])  # fmt: skip
        assert res.exit_code == 0
    with Store.open(master_db) as master:
        with pytest.raises(IdentifyingDetailsError):
            export_area(master, "6", None)
        master.merge_from(copy_db)
        result = export_area(master, "6", tmp_path / "m.docx")
        assert result.hits == [] and len(master.identify_decisions()) == 2
        assert {d.meta.created_by for d in master.identify_decisions()} == {deputy.id}


def test_allow_identifying_is_recorded_in_the_audit_trail(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db", plant={"rationale": TWO})
    out = tmp_path / "a.docx"
    res = CliRunner().invoke(cli, ["export", "area", str(db), "--area", "6", "-o", str(out),
                                   "--allow-identifying"])  # fmt: skip
    assert res.exit_code == 0 and out.exists()
    with Store.open(db) as store:
        overrides = store.identify_overrides()
    assert len(overrides) == 1 and overrides[0].export == "area 6"
    assert {"name", "phone"} <= set(overrides[0].kinds)
    res = CliRunner().invoke(cli, ["identify", "decisions", str(db)])
    assert "area 6" in res.output


# Redaction ----------------------------------------------------------------------------

NAMED = "Tiegan-Rose Okafor told her guardian that she wants to live with her nan."
WORDS = ("Tiegan", "tiegan", "Okafor", "okafor")


class Laptops:
    """A master, the deputy's laptop that redacts (A), a laptop that edits the note
    before the redaction reaches it (B), and a third laptop (C)."""

    def __init__(self, root: Path) -> None:
        fw = load_framework("cafcass-2018")
        m = Store.create(root / "master.db", fw, title="T", lead="Ruth Brennan")
        m.put_area(Area(code="6", name="Hampshire", visited=True))
        case_id = m.put_case(CaseFile(ref="C-1000-AA", area_code="6", law_type="PRIVATE",
                                      case_type="CAO", stage="WTFH"))  # fmt: skip
        self.eid = m.put_evidence(
            Evidence(case_id=case_id, criteria=["SW1"], source="CASE_FILE", text=NAMED,
                     child_words="I want to live with my nan, Tiegan-Rose said.")
        )  # fmt: skip
        m.put_evidence(Evidence(case_id=case_id, criteria=["SW1"], source="CASE_FILE",
                                text="The guardian saw the child alone at school."))  # fmt: skip
        # Alice, who redacts, is a deputy: redactions are the lead's and deputies'
        # (a team inspector's would be set aside by the merge, `store/roles.py`).
        ids = [m.put_inspector(Inspector(name="Alice Able", initials="AL", role="deputy-lead"))]
        ids += [m.put_inspector(Inspector(name=n, initials=n[:2].upper()))
                for n in ("Bob Brown", "Cath Cole")]  # fmt: skip
        self.master = m
        self.a, self.b, self.c = (
            Store.open(m.issue(root / f"{x}.db", i)) for x, i in zip("abc", ids, strict=True)
        )

    def stores(self) -> list[Store]:
        return [self.master, self.a, self.b, self.c]

    def close(self) -> None:
        for s in self.stores():
            s.close()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Laptops]:
    t = Laptops(tmp_path)
    yield t
    t.close()


def _edit(store: Store, eid: str, text: str) -> None:
    ev = store.evidence(eid)
    store.put_evidence(
        Evidence(case_id=ev.case_id, criteria=ev.criteria, source=ev.source, text=text), eid
    )


def _versions_holding(store: Store, words: tuple[str, ...]) -> list[str]:
    rows = store.conn.execute("SELECT vid, data FROM version WHERE data IS NOT NULL").fetchall()
    return [vid for vid, data in rows if any(w in data for w in words)]


def _file_holds(path: Path, words: tuple[str, ...]) -> bool:
    blobs = [path.read_bytes()] + [
        p.read_bytes() for p in path.parent.glob(path.name + "-*") if p.is_file()
    ]
    return any(w.encode() in b for b in blobs for w in words)


def test_a_redaction_is_purged_everywhere_and_an_old_copy_cannot_bring_it_back(
    laptops: Laptops,
) -> None:
    t = laptops
    # Bob edits the note on his laptop before the redaction reaches him (keeping the name).
    _edit(t.b, t.eid, NAMED + " She is 9.")
    # Alice redacts it on hers.
    t.a.redact("evidence", t.eid, "The note named the child.")
    assert t.a.evidence(t.eid).text == MARKER and t.a.evidence(t.eid).child_words == MARKER
    assert _versions_holding(t.a, WORDS) == []
    assert t.a.search("Tiegan") == []
    # The master merges Alice's file; the third laptop merges the master.
    t.master.merge_from(t.a.path)
    t.c.merge_from(t.master.path)
    for s in (t.master, t.c):
        assert _versions_holding(s, WORDS) == [], s.path
        assert s.evidence(t.eid).text == MARKER
    # Bob's old copy, with its concurrent edit, is merged afterwards: nothing comes back.
    t.master.merge_from(t.b.path)
    t.c.merge_from(t.master.path)
    for s in (t.master, t.c):
        assert _versions_holding(s, WORDS) == [], s.path
        assert s.evidence(t.eid).text == MARKER
        assert s.search("Okafor") == []
    # Bob receives the master: his own copy is purged too.
    t.b.merge_from(t.master.path)
    assert _versions_holding(t.b, WORDS) == []
    # Every purged version verifies as redacted (`fieldwork check` checks every hash).
    for s in t.stores():
        assert s.check().problems == [], s.path
    # The other note is untouched.
    assert any("school" in e.text for e in t.master.all_evidence())
    # The audit trail: that it happened, by whom and why; never the text.
    (r,) = t.master.redactions()
    assert r.reason == "The note named the child." and r.target_id == t.eid
    assert r.meta.created_by == t.a.me_id


def test_a_note_written_after_the_redaction_keeps_its_words(laptops: Laptops) -> None:
    t = laptops
    t.a.redact("evidence", t.eid, "The note named the child.")
    t.master.merge_from(t.a.path)
    t.c.merge_from(t.master.path)
    rewritten = "The child told her guardian she wants to live with her grandmother."
    _edit(t.c, t.eid, rewritten)
    t.master.merge_from(t.c.path)
    assert t.master.evidence(t.eid).text == rewritten


def test_purged_versions_keep_their_identity_and_verify_as_redacted(laptops: Laptops) -> None:
    t = laptops
    before = dict(t.a.conn.execute("SELECT vid, hash FROM version WHERE rid = ?", (t.eid,)))
    t.a.redact("evidence", t.eid, "The note named the child.")
    t.master.merge_from(t.a.path)
    for s in (t.a, t.master):
        rows = s.conn.execute(
            "SELECT vid, tbl, rid, hlc, origin, seq, author, deleted, data, hash FROM version "
            "WHERE rid = ?", (t.eid,)
        ).fetchall()  # fmt: skip
        purged = 0
        for row in rows:
            v = version_from_row(row[:9])
            parents = [
                p for (p,) in s.conn.execute("SELECT pvid FROM parent WHERE vid = ?", (v.vid,))
            ]
            recomputed = version_hash(v, parents)
            if v.vid in before:
                assert row[9] == before[v.vid]  # identity kept
                assert recomputed != row[9] and redacted_hash_ok(s.conn, "main", v.vid, recomputed)
                purged += 1
            else:
                assert recomputed == row[9]  # the redacted head verifies as written
        assert purged == len(before)
        mapping = redacted_hashes(s.conn)
        assert set(mapping) == set(before)
        assert all(mapping[v][0] == before[v] for v in before)


def test_the_file_no_longer_holds_the_text(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        t.a.redact("evidence", t.eid, "The note named the child.")
        t.master.merge_from(t.a.path)
        t.c.merge_from(t.master.path)
    finally:
        t.close()
    assert _file_holds(tmp_path / "b.db", WORDS)  # not yet merged: still there
    for name in ("a.db", "master.db", "c.db"):
        assert not _file_holds(tmp_path / name, WORDS), name


def test_redact_from_the_command_line(laptops: Laptops) -> None:
    t = laptops
    path, eid = t.a.path, t.eid
    t.a.close()
    runner = CliRunner()
    res = runner.invoke(cli, ["redact", str(path), eid, "--reason", "Named the child."])
    assert res.exit_code == 0, res.output
    assert re.search(r"Redacted the text and child's words of evidence", res.output)
    res = runner.invoke(cli, ["redact", str(path), "no-such-id", "--reason", "x y z"])
    assert res.exit_code == 2 and "Traceback" not in res.output
    res = runner.invoke(cli, ["redact", str(path), eid, "--reason", "Named Tiegan-Rose Okafor."])
    assert res.exit_code == 2
    t.a = Store.open(path)
    assert _versions_holding(t.a, WORDS) == []
