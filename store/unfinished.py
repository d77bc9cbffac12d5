"""A merge of several files stopped midway is undone when the file is next opened.

Each source is merged in its own transaction (SQLite cannot attach or detach a file
inside one), so a merge whose process is killed (`kill -9`, a power cut, a laptop's lid
closed on a flat battery) between two sources would leave the earlier ones in: each
whole, nothing lost, and merging again converges, but the lead reads "nothing new" for
the files that went in and never learns the merge did not finish (tester 25, F8).  So a
merge of several files is one step, like a transaction: before the first source it
records in the file where its copy from before the merge is (`merge_unfinished` in the
file's own meta, never merged), and removes the record once every source is in.  Any
later opening of the file that finds the record, its merging process gone, puts the file
back as the copy holds it (SQLite's online backup, `ReplicasMixin.put_back`: the copy was
taken before the record, so the record goes with the rest) and says so once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from store.replicas import ReplicasMixin, _alive
from store.restore import unsound

KEY = "merge_unfinished"


class UnfinishedMergeMixin(ReplicasMixin):
    """The record of a merge of several files under way, and putting it right."""

    merge_recovered: str | None = None
    """What the last opening found of a merge that did not finish (one sentence)."""

    def _begin_merge(self, copy: Path, sources: Sequence[str | Path], kept: bool) -> None:
        """Record, in its own commit, that a merge of `sources` has begun, and the copy
        (`kept`: a backup the lead keeps, else deleted once the merge is over) that puts
        this file back if it does not finish."""
        record = {"copy": str(copy), "sources": [str(s) for s in sources], "kept": kept,
                  "pid": os.getpid(), "started": datetime.now().strftime("%H:%M on %d %B")}  # fmt: skip
        with self.transaction():
            self._set_meta(KEY, json.dumps(record))

    def _end_merge(self) -> None:
        """The merge is over (every source in, or put back already): forget it."""
        if KEY in self._meta:
            with self.transaction():
                self.conn.execute("DELETE FROM meta WHERE k = ?", (KEY,))
            del self._meta[KEY]

    def recover_merge(self) -> str | None:
        """Undo a merge that did not finish (its process gone), as the module says;
        returns the sentence that says what was done (None: nothing to do)."""
        raw = self._meta.get(KEY)
        if not raw:
            return None
        record = json.loads(raw)
        if int(record.get("pid", 0)) != os.getpid() and _alive(int(record.get("pid", 0))):
            return None  # under way in another process
        copy, n = Path(record["copy"]), len(record["sources"])
        said = f"The merge of {n} files into {self.path.name} begun at {record['started']} did not finish"
        if copy.is_file() and unsound(copy) is None and self.put_back(copy):
            self._meta.pop(KEY, None)
            if not record.get("kept"):
                copy.unlink(missing_ok=True)
            return (f"{said} (its process was stopped), so {self.path.name} was put back as "
                    f"it was before it: merge the {n} files again.")  # fmt: skip
        self._end_merge()
        return (f"{said} (its process was stopped) and its copy from before it is gone: some "
                f"of the files may be in, each whole; merge all {n} again (what is in already "
                f"comes to nothing new).")  # fmt: skip
