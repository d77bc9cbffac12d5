"""Decisions that are the lead's: refused in a team inspector's file, and set aside by a
merge when they arrive from one anyway.

The lead (and a deputy lead) decide the judgements, who holds which case and which
cases are sampled, the team and the areas, the inspection's details, per-hit
identifiability decisions and redactions.  A file issued to anyone else (a team
inspector, an analyst, a QA reader) may not make these decisions:

- **In the file** (`RolesMixin.require_lead`): a command that would record one is
  refused in one sentence naming whose file it is, before anything is changed.  The
  holder is whom the file was issued to (`meta.issued_to`), not `--as`: acting as
  someone names the author, never the keyboard.
- **In a merge**, which does not trust the command line (an older Fieldwork, or a file
  edited by hand): each incoming version belongs to the file it was made in, its
  *origin*.  Whose file an origin is comes from the issuing file's register (a
  `meta` row `issued:<file id>` written by `Store.issue`, copied into every file issued
  afterwards), then the file's own identity and that of the source (`issued_to`,
  `minimised_for` in its meta), and for an origin none of these know (a colleague's file
  merged peer to peer) the version's author.  The holder's role is read from the
  target's team *before* the merge (a file cannot promote its own holder).  A version of
  a lead-only kind (`LEAD_KINDS`), or a version of a case that changes who holds it or
  how it was sampled (`LEAD_CASE_FIELDS`), or deletes it, is a lead-only change.  Such
  versions are kept in the history (they are the audit trail, and later versions build
  on them) but their effect is undone in the same transaction: for each record touched,
  a correcting version on top of the new heads restores the target's own value (for a
  case, only its lead-only fields; the inspector's other changes stand).  The correction
  travels like any edit, so the inspector's file shows the lead's values after taking
  the master back, and every file ends the same.  A redaction from such a file is not
  applied at all (its purge cannot be undone), and the merge report names how many
  changes were set aside and whose file they came from.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from store.connection import StoreBase
from store.errors import FieldworkError, InvalidInputError
from store.fieldmerge import view
from store.history import HistoryMixin
from store.minimise import HOLDER_KEY
from store.models import LEAD_ROLES
from store.versions import VERSION_COLUMNS, VersionRow, canonical_json, read_heads, version_from_row

LEAD_KINDS = frozenset(
    {
        "judgement",
        "recommendation",
        "sample",
        "inspector",
        "area",
        "inspection",
        "identify_decision",
        "redaction",
    }  # fmt: skip
)
"""Record kinds only the lead or a deputy may write."""
LEAD_CASE_FIELDS = ("inspector_id", "sample")
"""Fields of a case only the lead or a deputy may change: allocation and sampling."""
ISSUED_PREFIX = "issued:"
"""meta key prefix: `issued:<file id>` = the inspector a file was issued to."""

_WHAT = {
    "judgement": "judgements",
    "recommendation": "the previous inspection's recommendations",
    "sample": "the sample",
    "inspector": "the team",
    "area": "areas",
    "inspection": "the inspection's details",
    "identify_decision": "identifiability decisions",
    "redaction": "redactions",
    "case": "case allocation or sampling",
}


class LeadOnlyError(FieldworkError):
    """A lead's decision asked for in a file issued to someone else."""


def register_issue(conn: sqlite3.Connection, replica_id: str, inspector_id: str) -> None:
    """Record in a file that the file `replica_id` was issued to `inspector_id`."""
    conn.execute(
        "INSERT INTO meta (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
        (ISSUED_PREFIX + replica_id, inspector_id),
    )


@dataclass(frozen=True)
class SetAside:
    """Lead-only changes a merge set aside: per file (holder's name), how many, of what."""

    counts: dict[str, int]
    kinds: list[str]

    def sentence(self, source: str, target: str) -> str | None:
        """One sentence for the merge report, or None when nothing was set aside."""
        if not self.counts:
            return None
        n = sum(self.counts.values())
        whose = " and ".join(f"{name}'s" for name in sorted(self.counts))
        what = [_WHAT.get(k, k) for k in self.kinds]
        listed = ", ".join(what[:-1]) + " and " + what[-1] if len(what) > 1 else what[0]
        return (
            f"{n} change{'s' if n != 1 else ''} made in {whose} file to {listed} "
            f"{'were' if n != 1 else 'was'} set aside, because only the lead or a deputy "
            f"decides these: {target} keeps its own values (the changes stay in its "
            f"history; everything else from {source} was merged)."
        )


def handover_checked(store: StoreBase, inspector_id: str) -> str:
    """Refuse a handover that cannot be (one sentence); whom the file is issued to."""
    if store._meta.get("issued_from"):
        raise InvalidInputError(
            f"{store.path} was issued from the master; the lead's work is handed over "
            f"in the master itself: copy it (and its backups) to the deputy instead."
        )
    row = store.conn.execute(
        "SELECT name, role, active FROM inspectors WHERE id = ?", (inspector_id,)
    ).fetchone()
    if row is None or not row[2]:
        raise InvalidInputError("Only someone on the team can take over the master.")
    if row[1] not in LEAD_ROLES:
        raise InvalidInputError(
            f"{row[0]} is not a deputy lead; make them one first ('fieldwork team edit "
            f'{store.path} "{row[0]}" --role deputy\'), then hand the master over.'
        )
    held = store.conn.execute(
        "SELECT name FROM inspectors WHERE id = ?", (store.issued_to,)
    ).fetchone()
    return str(held[0]) if held else "nobody"


class RolesMixin(StoreBase):
    """Who holds this file, and the refusal of the lead's decisions elsewhere."""

    def holder_may_decide(self) -> bool:
        """Whether this file's holder is the lead or a deputy (or the file is not
        issued to anyone: a file from before issuing was recorded)."""
        holder = self.issued_to
        if not holder:
            return True
        row = self.conn.execute("SELECT role FROM inspectors WHERE id = ?", (holder,)).fetchone()
        return row is not None and row[0] in LEAD_ROLES

    def hand_over(self, inspector_id: str) -> str:
        """Make this master the file of `inspector_id`, a deputy (or the lead, handed
        back): whom it is issued to, so that what is recorded in it is theirs without
        --as (tester 32, F7: a deputy who forgot --as once recorded work in the absent
        lead's name).  Refused (InvalidInputError, nothing changed) in a file issued from
        another, for someone not on the team or not a lead or deputy.  Returns the name
        of whom it was issued to before."""
        before = handover_checked(self, inspector_id)
        with self.transaction():
            self._set_meta("issued_to", inspector_id)
            register_issue(self.conn, self.replica_id, inspector_id)
        return before

    def require_own_file(self, inspector_id: str) -> None:
        """Refuse (InvalidInputError, one sentence, nothing changed) working as
        `inspector_id` in a file issued to another team inspector: two inspectors sharing
        a laptop open each other's file by a slip of tab completion, and what they then
        write is recorded in a file that knows none of their children's names, so the
        check cannot warn of them (tester 34, F11).  A master (the lead's or a deputy's)
        may be worked in as anyone on the team, as deputies do with --as, and the lead or
        a deputy may note something in a team inspector's file (dictated there)."""
        holder = self.issued_to
        if not holder or holder == inspector_id or self.holder_may_decide():
            return
        rows = self.conn.execute("SELECT id, name, role FROM inspectors").fetchall()
        if any(r[0] == inspector_id and r[2] in LEAD_ROLES for r in rows):
            return
        names = {r[0]: r[1] for r in rows}
        raise InvalidInputError(
            f"{self.path} is {names.get(holder, 'another inspector')}'s file; "
            f"{names.get(inspector_id, 'that inspector')} records work in their own file "
            f"(the one issued to them), so nothing was changed: open that file instead."
        )

    def require_lead(self, what: str, path: object) -> None:
        """Refuse (LeadOnlyError, one sentence) when this file's holder may not `what`
        (a phrase such as 'record judgements'); changes nothing."""
        if self.holder_may_decide():
            return
        row = self.conn.execute(
            "SELECT name, role FROM inspectors WHERE id = ?", (self.issued_to,)
        ).fetchone()
        name = row[0] if row else "another inspector"
        role = (row[1] if row else "team-inspector").replace("-", " ")
        raise LeadOnlyError(
            f"{path} is {name}'s file ({role}), and only the lead or a deputy may {what}; "
            f"nothing was changed: ask the lead to do it in the master."
        )


# The merge side ------------------------------------------------------------------------------


def origin_holders(
    conn: sqlite3.Connection, own: tuple[str, str | None], source: tuple[str, str | None], src: str
) -> dict[str, str]:
    """Whose file each known origin is: the register, then this file, then the source
    (its `minimised_for`, else its `issued_to`)."""
    holders: dict[str, str] = {
        str(k)[len(ISSUED_PREFIX) :]: str(v)
        for k, v in conn.execute(
            "SELECT k, v FROM main.meta WHERE k LIKE ? AND v IS NOT NULL", (ISSUED_PREFIX + "%",)
        )
    }
    if own[1]:
        holders.setdefault(own[0], own[1])
    cut = conn.execute(f"SELECT v FROM {src}.meta WHERE k = ?", (HOLDER_KEY,)).fetchone()
    claimed = (cut[0] if cut and cut[0] else None) or source[1]
    if claimed:
        holders.setdefault(source[0], str(claimed))
    return holders


def lead_only_versions(
    conn: sqlite3.Connection, holders: dict[str, str], roles: dict[str, str]
) -> list[tuple[VersionRow, str]]:
    """The staged versions (temp.fw_incoming) that are lead-only changes from a file
    whose holder is not the lead or a deputy, each with that holder's id."""
    out = []
    rows = conn.execute(
        f"SELECT {VERSION_COLUMNS} FROM temp.fw_incoming WHERE tbl IN "
        f"({','.join('?' * len(LEAD_KINDS))}, 'case')",
        sorted(LEAD_KINDS),
    ).fetchall()
    for raw in rows:
        row = version_from_row(raw)
        who = holders.get(row.origin, row.author)
        if roles.get(who) in LEAD_ROLES:
            continue
        if row.tbl != "case" or _changes_case_decision(conn, row):
            out.append((row, who))
    return out


def _changes_case_decision(conn: sqlite3.Connection, row: VersionRow) -> bool:
    parents = [
        r[0]
        for r in conn.execute(
            "SELECT coalesce(m.data, i.data) FROM temp.fw_incoming_parent p "
            "LEFT JOIN main.version m ON m.vid = p.pvid "
            "LEFT JOIN temp.fw_incoming i ON i.vid = p.pvid WHERE p.vid = ?",
            (row.vid,),
        )
    ]
    if not parents:
        return False  # a case made in the file (cases are imported on the master)
    if row.deleted:
        return True
    mine = row.values()
    before = [json.loads(p) for p in parents if p]
    return any(all(mine.get(f) != b.get(f) for b in before) for f in LEAD_CASE_FIELDS)


def shown_values(conn: sqlite3.Connection, kind: str, rid: str) -> tuple[set[str], Any]:
    """A record's head ids and what it shows: (heads, values or None when it does not
    exist or is deleted)."""
    heads = read_heads(conn, kind, rid)
    if not heads:
        return set(), None
    top = view(conn, heads).top
    return {h.vid for h in heads}, None if top.deleted else top.values()


def correction(
    conn: sqlite3.Connection, kind: str, rid: str, before: Any, held: set[str]
) -> tuple[list[str], dict[str, Any] | None] | None:
    """The version that undoes a record's lead-only changes after the union: (parents,
    values; None = deleted), or None when nothing needs undoing.  `before` is what the
    record showed before the merge, `held` its heads then."""
    heads = read_heads(conn, kind, rid)
    new = [h for h in heads if h.vid not in held]
    if not new:
        return None
    if kind == "case":
        if before is None:
            return None
        now = view(conn, heads).top
        if now.deleted:
            want: dict[str, Any] | None = dict(before)
        else:
            want = {**now.values(), **{f: before.get(f) for f in LEAD_CASE_FIELDS}}
    else:
        want = before
    wanted = (want is None, None if want is None else canonical_json(want))
    if all(h.content == wanted for h in new):
        return None
    return sorted(h.vid for h in new), want


@dataclass
class LeadGuard:
    """What a merge found before the union: the lead-only changes and, for each record
    they touch, its heads and what it showed."""

    found: list[tuple[VersionRow, str]]
    before: dict[tuple[str, str], tuple[set[str], Any]]
    names: dict[str, str]

    @property
    def redactions(self) -> set[str]:
        """Ids of the redactions set aside."""
        return {row.rid for row, _ in self.found if row.tbl == "redaction"}


class LeadGuardMixin(HistoryMixin):
    """The merge's part: find lead-only changes from other files, and undo them."""

    def _lead_guard(self, src_schema: str, source: tuple[str, str | None]) -> LeadGuard:
        """Before the union: the staged lead-only changes and their records' state."""
        holders = origin_holders(self.conn, (self.replica_id, self.issued_to), source, src_schema)
        roles = {str(i): str(r) for i, r in self.conn.execute("SELECT id, role FROM inspectors")}
        found = lead_only_versions(self.conn, holders, roles)
        before = {}
        for row, _ in found:
            key = (row.tbl, row.rid)
            if key not in before:
                before[key] = shown_values(self.conn, *key)
        names = {str(i): str(n) for i, n in self.conn.execute("SELECT id, name FROM inspectors")}
        return LeadGuard(found, before, names)

    def _undo_lead_only(self, guard: LeadGuard) -> SetAside:
        """After the union: a correcting version for each record whose lead-only changes
        show (see the module docstring); returns what was set aside."""
        rows = []
        for (kind, rid), (held, before) in sorted(guard.before.items()):
            fix = correction(self.conn, kind, rid, before, held)
            if fix is None:
                continue
            parents, want = fix
            author = self.issued_to or self.me_id or guard.found[0][0].author
            row, digest = self._next_version(kind, rid, want, parents, author)
            rows.append((row, digest, parents))
        if rows:
            self._insert_versions(rows)
        counts: dict[str, int] = {}
        kinds: list[str] = []
        for row, who in guard.found:
            name = guard.names.get(who, "another inspector")
            counts[name] = counts.get(name, 0) + 1
            if row.tbl not in kinds:
                kinds.append(row.tbl)
        return SetAside(counts, kinds)
