"""What a merge says when the two files use different frameworks.

The framework is each file's own copy, changed in the master only
(`store/frameworkchange.py`); a file issued before the change keeps the old one until the
lead issues its holder a new file.  Merging still works both ways (the records are the
same kinds of rows), but without a word the lead would read "nothing new" and never learn
that an inspector goes on recording under the old framework (tester 29's re-test of F2).
"""

from __future__ import annotations

from pathlib import Path

from store.frameworkchange import FrameworkChangeMixin
from store.minimise import holder
from store.staging import SRC


class MergeFrameworkMixin(FrameworkChangeMixin):
    """`_framework_note`, for the merge."""

    def _framework_note(self, src: Path, issued_to: str | None) -> str | None:
        """One sentence when `src` uses another framework than this file (read from the
        attached source), saying what to do; with what the merged records use that this
        file's framework lacks, if anything.  None when both use the same."""
        row = self.conn.execute(f"SELECT id FROM {SRC}.framework").fetchone()
        theirs, ours = (row[0] if row else None), self.framework.id
        if theirs is None or theirs == ours:
            return None
        if holder(self.conn) is not None:
            return (
                f"{src} uses the framework {theirs} and this file {ours}: the lead changed the "
                f"master's framework after this file was issued. Its work was merged; merge "
                f"this file into the master once more, then work only in the new file the "
                f"lead issues you."
            )
        name = self._scalar("SELECT name FROM inspectors WHERE id = ?", (issued_to,))
        who = name or "its holder"
        again = (
            f"issue {name} a new file ('fieldwork issue {self.path.name} --inspector "
            f'"{name}" -o NEW.db\') and tell them to work only in it'
            if name
            else "issue its holder a new file"
        )
        note = (
            f"{src} still uses the framework {theirs}, this master {ours}: it was issued "
            f"before the master's framework changed. Its work was merged; {again}, or "
            f"{who} goes on recording under {theirs}."
        )
        if lost := self.outside_framework():
            note += (
                f" Records in this master now use {'; '.join(lost)}, which {ours} does not "
                f"have: 'fieldwork check {self.path.name}' names them; change them to {ours}'s "
                f"own."
            )
        return note
