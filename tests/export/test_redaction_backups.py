"""A redaction leaves no copy of the text in the file's merge backups: those written
before it are scrubbed when the lead redacts, and the backup a merge writes just before
it brings a redaction in is scrubbed after.  A backup that cannot be scrubbed is
deleted.  The commands say so."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from store.models import Evidence
from store.store import Store
from tests.export.test_decisions_redaction import WORDS, Laptops, _file_holds


def _backups(db: Path) -> list[Path]:
    return sorted(p for p in db.parent.glob(db.name + ".bak-*") if p.is_file())


def two_merges(t: Laptops) -> None:
    """Laptops A and B each bring a new note, so each merge into the master keeps a
    backup, which holds the note the redactions erase."""
    for laptop in (t.a, t.b):
        case_id = laptop.evidence(t.eid).case_id
        laptop.put_evidence(Evidence(case_id=case_id, criteria=["SW1"], source="CASE_FILE",
                                     text="The guardian read the file before the visit."))  # fmt: skip
    t.master.merge([t.a.path])
    t.master.merge([t.b.path])


def test_redacting_scrubs_the_backups_written_by_earlier_merges(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        master = t.master.path
        two_merges(t)
        held = _backups(master)
        assert len(held) == 2 and all(_file_holds(b, WORDS) for b in held)
    finally:
        t.close()
    res = CliRunner().invoke(cli, ["redact", str(master), t.eid, "--reason", "Named the child."])
    assert res.exit_code == 0, res.output
    assert (
        f"The redacted text and child's words of evidence {t.eid} were also erased from 2 "
        "merge backups "
        "beside the file" in res.output
    )
    assert _backups(master) == held  # kept as restore points, without the words
    for b in held:
        assert not _file_holds(b, WORDS), b
        with Store.open(b) as copy:  # still a sound inspection file
            assert copy.evidence(t.eid).text == "[redacted]"
            assert copy.check().problems == []
    assert not _file_holds(master, WORDS)


def test_a_merge_that_brings_a_redaction_scrubs_the_backup_it_wrote(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        t.a.redact("evidence", t.eid, "The note named the child.")
        a_path, master = t.a.path, t.master.path
    finally:
        t.close()
    res = CliRunner().invoke(cli, ["merge", str(master), str(a_path)])
    assert res.exit_code == 0, res.output
    assert (
        f"The redacted free text of evidence {t.eid} was also erased from 1 merge backup "
        "beside the file" in res.output
    )
    (backup,) = _backups(master)
    assert not _file_holds(backup, WORDS) and not _file_holds(master, WORDS)


def test_a_backup_that_cannot_be_scrubbed_is_deleted(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        master = t.master.path
        broken = Path(f"{master}.bak-20260101T000000")
        broken.write_bytes(b"not a database, but it says Tiegan-Rose Okafor")
        rid = t.master.redact("evidence", t.eid, "The note named the child.")
        scrub = t.master.backup_scrub
    finally:
        t.close()
    assert rid and scrub is not None and scrub.removed == [broken]
    assert not broken.exists()
    assert (
        "1 backup holding redacted text could not be scrubbed and was deleted" in scrub.sentence()
    )
