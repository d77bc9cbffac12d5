"""Tester 25, F8: `kill -9` during a merge of seven files left the first three in; the
next merge said "nothing new" for them, and nobody learnt the merge had not finished.  A
merge of several files is one step: a process that dies between two sources leaves a
record in the file, and the next opening of it puts the file back as it was before the
merge, and says so.  The process here dies (os._exit, as under kill -9: no handler runs)
as it comes to its second source, after the first was committed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.merge.files import fieldwork, make_team
from tests.team.helpers import dump

DIE_AT_SECOND = """
import os, sys
from store.store import Store
merge_one = Store._merge_one
seen = []
def dying(self, *args, **kwargs):
    seen.append(1)
    if len(seen) == 2:
        os._exit(137)  # as kill -9: nothing after this runs
    return merge_one(self, *args, **kwargs)
Store._merge_one = dying
with Store.open(sys.argv[1]) as store:
    store.merge(sys.argv[2:])
"""


def test_a_merge_killed_between_two_files_is_undone_at_the_next_opening(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=3)
    code, out = fieldwork("evidence", "add", str(team.bob), "--polarity", "strength",
                          "--case", "C-1000-AA", "--criteria", "QP1", "--source", "CASE_FILE",
                          "--text", "Bob read the whole file before the hearing.")  # fmt: skip
    assert code == 0, out
    before = dump(team.master)
    died = subprocess.run([sys.executable, "-c", DIE_AT_SECOND, str(team.master),
                           str(team.alice), str(team.bob)], capture_output=True, text=True)  # fmt: skip
    assert died.returncode == 137, died.stderr
    code, out = fieldwork("check", str(team.master))
    assert "The merge of 2 files into master.db" in out and "did not finish" in out, out
    assert "was put back as it was before it: merge the 2 files again" in out, out
    assert dump(team.master) == before  # Alice's notes, merged before the kill, are out
    code, out = fieldwork("check", str(team.master))
    assert "did not finish" not in out, out  # said once
    code, out = fieldwork("merge", str(team.master), str(team.alice), str(team.bob))
    assert code == 0 and "nothing new" not in out, out
