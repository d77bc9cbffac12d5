"""Cases held by someone taken off the team, found by a merge and returned to unassigned.

A removal from the team is refused while the person holds cases (`store/team.py`), and
a case cannot be given to someone not on the team; but both can happen in two files at
the same moment: the lead takes Owen off the team in the master while a deputy gives
him a case in theirs.  The union of the two is a case held by nobody on the team, which
no screen would show as anyone's work, and no record is in conflict (the case and the
person are two records, each changed on one side only).

The lead has already decided the person is off the team, so the case goes back to the
unassigned cases, where allocation is done, and the merge report (kept in the merge
log) names each such case and whom it was held by, so the lead can give it to someone.
Concretely, after the union and before the working rows are recomputed: every head of
such a case that names the removed person gets a child version with no inspector (the
case's other fields and any conflict it is in stay as they were), written by this
file's holder like the lead guard's corrections (`store/roles.py`).  A case is such a
case only where the union, field by field, still gives it to the removed person (or
its holder is in conflict): a head that names them because it never changed the
holder, beside a head that gave the case to someone else since, is no such case (tester
22, F8: the removed inspector's late file, merged after the lead had given his cases to
a newcomer, took them back to unassigned in conflicts written in the lead's name).
Only a file whose holder may allocate cases (the lead or a deputy, `holder_may_decide`)
does this; in a team inspector's file the case waits for the master's correction.
Files that make the same correction independently make versions of the same content,
which are no conflict.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from store.errors import InvalidInputError
from store.fieldmerge import view
from store.fileinfo import SourceInfo
from store.history import HistoryMixin
from store.ids import parse_hlc
from store.roles import RolesMixin
from store.versions import read_heads

_INACTIVE_KNOWN = "SELECT id, name FROM main.inspectors WHERE active = 0"
_INCOMING_PEOPLE = "SELECT DISTINCT rid FROM temp.fw_incoming WHERE tbl = 'inspector'"


class MergeHoldersMixin(HistoryMixin, RolesMixin):
    """The merge's part: return cases held by someone off the team to unassigned; and
    refuse, before anything is written, a file of someone off the team that brings work."""

    def _refuse_off_team(self, sources: Sequence[str | Path], checked: list[SourceInfo]) -> None:
        """A file issued to someone the lead took off the team (tester 18, F9: an
        inspector who left in week two), bringing anything, stops the merge before
        anything is written: what it brings would count as their work.  The lead merges
        it knowingly (`off_team`) when it holds work from before they left."""
        gone = dict(self.conn.execute("SELECT id, name FROM main.inspectors WHERE active = 0"))
        for src, info in zip(sources, checked, strict=True):
            if info.issued_to in gone and info.incoming:
                raise InvalidInputError(
                    f"{src} is issued to {gone[info.issued_to]}, who is off the team, and "
                    f"brings work that would count as theirs: nothing was merged; merge it "
                    f"with --off-team if that work is from before they left."
                )

    def _after_leaving_note(self, src: Path, info: SourceInfo) -> str | None:
        """A file of someone off the team, merged knowingly (`off_team`): how many of the
        changes it brings in their name were made after the lead took them off the team
        (tester 24, F11: merged without a word, though the file knows both times)."""
        gone = self._scalar(
            "SELECT name FROM main.inspectors WHERE id = ? AND active = 0", (info.issued_to,)
        )
        if not gone:
            return None
        left = self._scalar(
            "SELECT min(hlc) FROM main.version WHERE tbl = 'inspector' AND rid = ? "
            "AND json_extract(data, '$.active') = 0",
            (info.issued_to,),
        )
        late = self._scalar(
            "SELECT count(*) FROM temp.fw_incoming WHERE author = ? AND hlc > ?",
            (info.issued_to, left),
        ) if left else 0  # fmt: skip
        if not late:
            return None
        when = time.strftime("%H:%M on %d %B %Y", time.localtime(parse_hlc(left)[0] / 1000))
        return (
            f"{late} of the changes {src.name} brings in {gone}'s name "
            f"{'was' if late == 1 else 'were'} made after {gone} was taken off the team "
            f"({when}): read what they wrote after leaving before you count it."
        )

    def _off_the_team(self) -> dict[str, str]:
        """Who is off the team after the union (id -> name): the working rows as they
        were, corrected by the team members this merge brought versions of."""
        gone = {str(i): str(n) for i, n in self.conn.execute(_INACTIVE_KNOWN)}
        for (rid,) in self.conn.execute(_INCOMING_PEOPLE).fetchall():
            heads = read_heads(self.conn, "inspector", rid)
            top = view(self.conn, heads).top if heads else None
            values = top.values() if top is not None and not top.deleted else {}
            if values.get("active") is False:
                gone[rid] = str(values.get("name", ""))
            else:
                gone.pop(rid, None)
        return gone

    def _unassign_off_team(self) -> tuple[list[str], str | None]:
        """After the union: give back to unassigned every case a head of which names
        someone off the team (see the module docstring).  Returns the cases changed
        (record ids, to recompute) and the report's sentence (None: nothing done)."""
        if not self.holder_may_decide():
            return [], None
        gone = self._off_the_team()
        if not gone:
            return [], None
        marks = ",".join("?" * len(gone))
        rids = [
            str(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT v.rid FROM main.version v WHERE v.tbl = 'case' AND NOT v.deleted "
                f"AND json_extract(v.data, '$.inspector_id') IN ({marks}) "
                "AND NOT EXISTS (SELECT 1 FROM main.parent p WHERE p.pvid = v.vid) "
                "ORDER BY v.rid",
                sorted(gone),
            )
        ]
        author = str(
            self.me_id
            or self._scalar("SELECT id FROM inspectors WHERE role = 'lead' ORDER BY id LIMIT 1")
            or "merge"
        )
        rows = []
        held: dict[str, list[str]] = {}
        for rid in rids:
            heads = read_heads(self.conn, "case", rid)
            shown = view(self.conn, heads)
            if "inspector_id" not in shown.fields and \
                    shown.top.values().get("inspector_id") not in gone:  # fmt: skip
                continue  # given to someone else since, in another file (tester 22, F8)
            for head in heads:
                values = head.values()
                who = values.get("inspector_id")
                if head.deleted or who not in gone:
                    continue
                row, digest = self._next_version("case", rid, {**values, "inspector_id": None},
                                                 [head.vid], author)  # fmt: skip
                rows.append((row, digest, [head.vid]))
                refs = held.setdefault(str(who), [])
                if values.get("ref") not in refs:
                    refs.append(str(values.get("ref")))
        if not rows:
            return [], None
        self._insert_versions(rows)
        return rids, _sentence(held, gone)


def _sentence(held: dict[str, list[str]], names: dict[str, str]) -> str:
    """One sentence per merge: which cases went back to unassigned, and why."""
    parts = []
    for who, refs in sorted(held.items(), key=lambda kv: names.get(kv[0], "")):
        name = names.get(who) or "someone no longer on the team"
        cases = f"case {refs[0]}" if len(refs) == 1 else f"cases {', '.join(sorted(refs))}"
        parts.append(f"{cases} held by {name}")
    n = sum(len(r) for r in held.values())
    return (
        f"{'; '.join(parts)[0].upper()}{'; '.join(parts)[1:]}, who is no longer on the team: "
        f"{'it is' if n == 1 else 'they are'} unassigned again; assign "
        f"{'it' if n == 1 else 'them'} to someone on the team."
    )
