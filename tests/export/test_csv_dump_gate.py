"""The CSV export and `fieldwork dump` are gated like the Word export: a lead's
per-hit decision passes only its hit, `--allow-identifying` is recorded in the audit
trail (and travels to the master through a merge), `--omit-text` leaves the words
out.  On the fixed export fixture with planted text, not the demo."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli
from store.store import Store
from tests.export import fixture_data

TWO = "Nobody asked Rocco Dunmore what he wanted; his mother's mobile is 07700 900123."


def _fw(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def _hit_ids(db: Path) -> dict[str, str]:
    res = _fw("identify", "hits", db, "--json")
    assert res.exit_code == 0, res.output
    return {h["kind"]: h["hit_id"] for h in json.loads(res.output)}


def _everything(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.csv")))


def test_a_decision_passes_only_its_hit_in_the_csv(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db", plant={"rationale": TWO})
    out = tmp_path / "csv"
    ids = _hit_ids(db)
    res = _fw("identify", "accept", db, ids["name"], "--reason", "The family's dog, not a person.")
    assert res.exit_code == 0, res.output
    res = _fw("export", "csv", db, "-o", out)
    assert res.exit_code == 2
    first, *hits = res.output.splitlines()
    assert "1 detail " in first and "(1 phone number)" in first
    assert len(hits) == 1 and ids["phone"] in hits[0] and "Rocco" not in res.output
    assert not out.exists()
    res = _fw("identify", "accept", db, ids["phone"], "--reason", "The office's published line.")
    assert res.exit_code == 0
    res = _fw("export", "csv", db, "-o", out)
    assert res.exit_code == 0, res.output
    assert "2 hits passed because a lead accepted them" in res.output
    (judged,) = [r for r in _rows(out, "judgements.csv") if "Rocco" in r["rationale"]]
    assert "07700 900123" in judged["rationale"]
    with Store.open(db) as store:
        assert store.identify_overrides() == []  # accepted hits are not an override


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    import csv

    with (folder / name).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_allow_identifying_is_recorded_for_word_and_csv_and_reaches_the_master(
    tmp_path: Path,
) -> None:
    master = fixture_data.build(tmp_path / "master.db")
    with Store.open(master) as store:
        deputy = next(i for i in store.inspectors() if i.role == "deputy-lead")
        copy = store.issue(tmp_path / "deputy.db", deputy.id)
    # The deputy writes something identifying into a rationale on their laptop.
    res = _fw("judge", copy, "--judgement", "J18-4A", "--area", "6", "--grade", "good",
              "--rationale", TWO)  # fmt: skip
    assert res.exit_code == 0, res.output
    word: list[str | Path] = ["area", copy, "--area", "6", "-o", tmp_path / "a.docx"]
    for args in (word, ["csv", copy, "-o", tmp_path / "csv"]):
        refused = _fw("export", *args)
        assert refused.exit_code == 2
        res = _fw("export", *args, "--allow-identifying")
        assert res.exit_code == 0, res.output
        assert "recorded in the audit trail" in res.output
    assert "07700 900123" in _everything(tmp_path / "csv")
    res = _fw("merge", master, copy)
    assert res.exit_code == 0, res.output
    assert "exports written despite identifying details: 2 new" in res.output  # the merge log
    listed = _fw("identify", "decisions", master)
    assert "2 exports written despite identifying details" in listed.output
    assert "area 6: 2 hits (name, phone)" in listed.output
    assert "csv: 2 hits (name, phone)" in listed.output
    assert listed.output.count(f"by {deputy.name}") == 2


def test_dump_stops_on_a_hit_and_omit_text_still_compares_copies(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db", plant={"rationale": TWO})
    res = CliRunner().invoke(cli, ["dump", str(db)])
    assert res.exit_code == 2
    assert res.output.startswith("fieldwork: The dump would hold 2 details")
    assert '"records"' not in res.output
    safe = _fw("dump", db, "--omit-text")
    # The number as written (a space inside it): "07700" alone may turn up in a random id.
    assert safe.exit_code == 0 and "Rocco" not in safe.output and "07700 900123" not in safe.output
    data = json.loads(safe.output)
    texts = [r["values"]["text"] for r in data["records"]["evidence"].values()]
    assert texts and all(t.startswith("digest:") for t in texts)
    # A copy with the same content dumps the same bytes; a changed word changes them.
    twin = tmp_path / "twin.db"
    with Store.open(db) as store:
        store.backup(twin)
    assert _fw("dump", twin, "--omit-text").output == safe.output
    with Store.open(twin) as store:
        ev = store.evidence(next(iter(data["records"]["evidence"])))
        store.put_evidence(ev.model_copy(update={"text": ev.text + " Seen again."}), ev.id)
    assert _fw("dump", twin, "--omit-text").output != safe.output


def test_dump_passes_accepted_hits_and_records_an_override(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db", plant={"rationale": TWO})
    ids = _hit_ids(db)
    _fw("identify", "accept", db, ids["name"], "--reason", "The family's dog, not a person.")
    res = _fw("dump", db)
    assert res.exit_code == 2 and "(1 phone number)" in res.output
    res = _fw("dump", db, "--allow-identifying")
    assert res.exit_code == 0 and "07700 900123" in res.output
    with Store.open(db) as store:
        (override,) = store.identify_overrides()
    assert override.export == "dump" and override.kinds == ["phone"]
