"""A redaction that checks and scrubs the merge backups leaves nothing beside them but
the backups themselves: no -wal, -shm or -journal file (tester 12: after redactions a
backup had a stray `master.db.bak-...-wal` beside it).  The note is written by hand."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from store.models import Evidence
from store.store import Store
from tests.export.test_decisions_redaction import Laptops, _file_holds
from tests.export.test_redaction_backups import two_merges

WORDS = ("Tiegan-Rose",)


def _beside(master: Path) -> list[str]:
    return sorted(p.name.removeprefix(master.name) for p in master.parent.glob(master.name + "*"))


def test_scrubbing_backups_leaves_no_side_files(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        master = t.master.path
        two_merges(t)
    finally:
        t.close()
    backups = [p for p in master.parent.glob(master.name + ".bak-*")]
    assert len(backups) == 2 and all(_file_holds(b, WORDS) for b in backups)
    res = CliRunner().invoke(cli, ["redact", str(master), t.eid, "--reason", "Named the child."])
    assert res.exit_code == 0, res.output
    assert not any(_file_holds(b, WORDS) for b in backups)
    names = _beside(master)
    assert [n for n in names if n.endswith(("-wal", "-shm", "-journal")) and ".bak-" in n] == []
    # A later redaction of another note, which the scrubbed backups do not need, reads
    # them without leaving a trace either.
    with Store.open(master) as store:
        other = store.put_evidence(Evidence(case_id=store.evidence(t.eid).case_id,
                                            criteria=["SW1"], source="CASE_FILE",
                                            text="Seen at Hollybrook Primary School."))  # fmt: skip
    res = CliRunner().invoke(cli, ["redact", str(master), other, "--reason", "Named a school."])
    assert res.exit_code == 0, res.output
    assert _beside(master) == names


def test_a_merge_bringing_a_redaction_leaves_no_side_files(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        t.a.redact("evidence", t.eid, "The note named the child.")
        a_path, master = t.a.path, t.master.path
    finally:
        t.close()
    res = CliRunner().invoke(cli, ["merge", str(master), str(a_path)])
    assert res.exit_code == 0, res.output
    assert "was also erased from 1 merge backup" in res.output
    names = _beside(master)
    assert [n for n in names if ".bak-" in n and n.endswith(("-wal", "-shm", "-journal"))] == []
