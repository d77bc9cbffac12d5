"""Tester 25, F14: after `fieldwork restore` set the damaged master aside
(`master.db.damaged-TIME`) and the lead later redacted notes, the backups were scrubbed
but the set-aside file still held the erased words (an address, an email, a school).  A
redaction now deletes the damaged files beside the file, which cannot be scrubbed
reliably, and says so.  The note is written by hand (tests/export/test_decisions_redaction)."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from tests.export.test_decisions_redaction import Laptops, _file_holds
from tests.export.test_redaction_backups import two_merges

WORDS = ("Tiegan-Rose",)


def test_a_redaction_deletes_the_damaged_file_restore_set_aside(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        master = t.master.path
        two_merges(t)
    finally:
        t.close()
    with open(master, "r+b") as f:  # pages in the middle overwritten, as a failing disk does
        f.seek(8 * 4096)
        f.write(os.urandom(16 * 4096))
    res = CliRunner().invoke(cli, ["restore", str(master)])
    assert res.exit_code == 0, res.output
    aside = list(master.parent.glob(master.name + ".damaged-*"))
    assert aside and _file_holds(aside[0], WORDS), res.output
    res = CliRunner().invoke(cli, ["redact", str(master), t.eid, "--reason", "Named the child."])
    assert res.exit_code == 0, res.output
    assert (
        f"The damaged file 'fieldwork restore' set aside ({aside[0].name}) was deleted"
        in res.output
    )
    assert list(master.parent.glob(master.name + ".damaged-*")) == []
    assert not any(_file_holds(b, WORDS) for b in master.parent.glob(master.name + ".bak-*"))
