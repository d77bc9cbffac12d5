"""A world of inspectors' databases for merge tests, and an independent oracle.

`World` holds one master (replica 0, the lead) and several databases issued from it,
each a real file with a skewed fake clock.  Every write any replica makes is also
recorded in the *oracle*: a plain in-memory model of the version DAG that knows which
versions each replica has seen (a sync is a set union of knowledge) and applies the
edit rule itself (an edit builds on the heads equal to the one shown; a resolution on
all heads).  At any point the oracle says what each file must show: the current value
of every record and which records are in conflict, with which sides.  `check_world`
then proves properties 1-8 of the merge design on the files.

The oracle lives in `oracle.py`.  The merge function is a parameter, so the same checks
can be run against the deliberately broken merges of `broken.py` and shown to fail.
"""

from __future__ import annotations

import atexit
import functools
import json
import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.errors import FieldworkError
from store.framework import Framework, load_framework
from store.models import Area, CaseFile, Evidence, Grading, Inspector
from store.store import Store
from store.working import TABLES
from tests.merge.clocks import BASE_MS, FakeTime, machine, skew_clock
from tests.merge.oracle import Event, Oracle

MergeFn = Callable[[Store, Path], None]
Op = tuple[str, int, int, int, str]

CRITERIA = ("SW1", "SW2")
TEXTS = ("a", "b", "c")
GRADES = {"a": "good", "b": "inadequate", "c": "outstanding"}
POLARITY = {"a": "strength", "b": "development", "c": "neutral"}


def real_merge(target: Store, source: Path) -> None:
    """The merge under test."""
    target.merge_from(source)


def full_merge(target: Store, source: Path) -> None:
    """The plain anti-join union (no version-vector shortcut)."""
    target.merge_from(source, strategy="full")


# The master template, written once per test process ---------------------------------------


@dataclass(frozen=True)
class Template:
    path: Path
    inspectors: tuple[str, ...]
    case_id: str


@functools.cache
def template(n_inspectors: int = 5) -> Template:
    root = Path(tempfile.mkdtemp(prefix="fw-merge-template-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    path = root / "master.db"
    fw = load_framework("cafcass-2018")
    with machine(FakeTime(BASE_MS - 60_000), "template"):
        return _make_template(path, fw, n_inspectors)


def _make_template(path: Path, fw: Framework, n_inspectors: int) -> Template:
    store = Store.create(path, fw, title="Merge test", lead="Ruth Okafor")
    try:
        store.put_area(Area(code="6", name="Hampshire", visited=True))
        people = [store.me_id or ""]
        for i in range(n_inspectors - 1):
            people.append(
                store.put_inspector(Inspector(name=f"Inspector {i + 1}", initials=f"I{i + 1}"))
            )
        case_id = store.put_case(
            CaseFile(ref="C-1000-AA", area_code="6", law_type="PRIVATE", case_type="CAO",
                     stage="WTFH")
        )  # fmt: skip
    finally:
        store.close()
    return Template(path=path, inspectors=tuple(people), case_id=case_id)


# The world --------------------------------------------------------------------------------


class World:
    """Replica 0 is the lead's master; replicas 1..n were issued from it."""

    def __init__(
        self, root: Path, n: int, skews: list[int], merge: MergeFn = real_merge,
        fake: FakeTime | None = None,
    ) -> None:  # fmt: skip
        t = template()
        self.root = root
        self.case_id = t.case_id
        self.merge_fn = merge
        self.fake = fake or FakeTime()
        master_path = root / "r0.db"
        shutil.copyfile(t.path, master_path)
        master: Store = Store.open(master_path)
        self.stores = [master]
        for i in range(1, n):
            self.stores.append(Store.open(master.issue(root / f"r{i}.db", t.inspectors[i])))
        for store, skew in zip(self.stores, skews, strict=False):
            skew_clock(store, self.fake, skew)
        self.skews = list(skews) + [0] * n
        # Backups each replica made: (file, the versions it held then).
        self.backups: dict[int, list[tuple[Path, set[str]]]] = {}
        self.oracle = Oracle()
        for vid, kind, rid, hlc, deleted, data in master.conn.execute(
            "SELECT vid, tbl, rid, hlc, deleted, data FROM version"
        ):
            parents = frozenset(
                r[0] for r in master.conn.execute("SELECT pvid FROM parent WHERE vid = ?", (vid,))
            )
            self.oracle.events[vid] = Event(vid, kind, rid, hlc, bool(deleted), data, parents)
        self.oracle.knows = [set(self.oracle.events) for _ in self.stores]
        self.written: set[str] = set(self.oracle.events)

    def close(self) -> None:
        for s in self.stores:
            s.close()

    # Writes, mirrored in the oracle -------------------------------------------------------
    def _record_write(self, i: int, kind: str, rid: str, resolve: bool, seq_before: int) -> None:
        store = self.stores[i]
        row = store.conn.execute(
            "SELECT vid, tbl, rid, hlc, deleted, data, seq FROM version WHERE origin = ? "
            "ORDER BY seq DESC LIMIT 1",
            (store.replica_id,),
        ).fetchone()
        if row is None or row[6] == seq_before:
            return
        assert (row[1], row[2]) == (kind, rid)
        hs = self.oracle.heads(i, kind, rid)
        if hs and not resolve:
            shown, _ = self.oracle.shown(hs)
            assert shown is None or row[4] or json.loads(row[5]) != shown, (
                f"replica {i} wrote a version of {kind} {rid} that changes nothing"
            )
        stored_parents = {
            r[0] for r in store.conn.execute("SELECT pvid FROM parent WHERE vid = ?", (row[0],))
        }
        expected = self.oracle.expected_parents(i, kind, rid, resolve)
        assert stored_parents == expected, (
            f"replica {i} wrote {kind} {rid} on {stored_parents}, oracle says {expected}"
        )
        self.oracle.events[row[0]] = Event(
            row[0], kind, rid, row[3], bool(row[4]), row[5], frozenset(expected)
        )
        self.oracle.knows[i].add(row[0])
        self.written.add(row[0])

    def _seq(self, i: int) -> int:
        s = self.stores[i]
        return int(
            s.conn.execute(
                "SELECT coalesce(max(seq), 0) FROM version WHERE origin = ?", (s.replica_id,)
            ).fetchone()[0]
        )

    def apply(self, op: Op) -> None:
        """Play one generated operation on replica `a` (`b` is the other replica of a
        sync or a fork; `pick` chooses among records; `value` is the text or grade)."""
        name, a, b, pick, value = op
        n = len(self.stores)
        i, j = a % n, b % n
        self.fake.ms += 700 + 37 * pick
        play = getattr(self, f"_op_{name}", None)
        if play is None:  # pragma: no cover
            raise AssertionError(name)
        play(i, j, pick, value)

    # One method per operation; each records its write in the oracle.
    def _op_create(self, i: int, j: int, pick: int, value: str) -> None:
        seq = self._seq(i)
        ev = Evidence(case_id=self.case_id, criteria=[CRITERIA[pick % 2]], source="CASE_FILE",
                      text=value)  # fmt: skip
        rid = self.stores[i].put_evidence(ev)
        self._record_write(i, "evidence", rid, False, seq)

    def _op_grade(self, i: int, j: int, pick: int, value: str) -> None:
        """A new grade, the rationale as it was."""
        store, seq = self.stores[i], self._seq(i)
        crit = CRITERIA[pick % 2]
        had = {g.criterion_id: g.rationale for g in store.all_gradings()}
        g = Grading(case_id=self.case_id, criterion_id=crit, grade=GRADES[value],
                    rationale=had.get(crit, ""))  # fmt: skip
        rid = store.set_grading(g)
        self._record_write(i, "grading", rid, False, seq)

    def _op_reason(self, i: int, j: int, pick: int, value: str) -> None:
        """A new rationale, the grade as it was."""
        store, seq = self.stores[i], self._seq(i)
        gradings = sorted(store.all_gradings(), key=lambda g: g.id)
        if not gradings:
            return
        old = gradings[pick % len(gradings)]
        g = Grading(case_id=old.case_id, criterion_id=old.criterion_id, grade=old.grade,
                    rationale=f"Because {value}.")  # fmt: skip
        store.set_grading(g)
        self._record_write(i, "grading", old.id, False, seq)

    def _edit_evidence(self, i: int, pick: int, changes: dict[str, Any]) -> None:
        store, seq = self.stores[i], self._seq(i)
        live = store.all_evidence()
        if not live:
            return
        ev = live[pick % len(live)]
        fields = ev.model_dump(include=set(Evidence.model_fields))
        store.put_evidence(Evidence(**{**fields, **changes}), ev.id)
        self._record_write(i, "evidence", ev.id, False, seq)

    def _op_update(self, i: int, j: int, pick: int, value: str) -> None:
        self._edit_evidence(i, pick, {"text": value})

    def _op_mark(self, i: int, j: int, pick: int, value: str) -> None:
        self._edit_evidence(i, pick, {"polarity": POLARITY[value]})

    def _op_delete(self, i: int, j: int, pick: int, value: str) -> None:
        # A record in conflict is settled before it can be deleted (the store refuses,
        # see test_scenarios), so only settled records are picked.
        store, seq = self.stores[i], self._seq(i)
        torn = self.oracle.view(i)[1]
        targets = [("evidence", e.id) for e in store.all_evidence() if e.id not in torn]
        targets += [("grading", g.id) for g in store.all_gradings() if g.id not in torn]
        if not targets:
            return
        kind, rid = sorted(targets)[pick % len(targets)]
        if kind == "evidence":
            store.delete_evidence(rid)
        else:
            g = next(g for g in store.all_gradings() if g.id == rid)
            store.clear_grading(g.case_id, g.criterion_id)
        self._record_write(i, kind, rid, False, seq)

    def _op_resolve(self, i: int, j: int, pick: int, value: str) -> None:
        store, seq = self.stores[i], self._seq(i)
        found = store.conflicts()
        if not found:
            return
        c = found[pick % len(found)]
        if value == "c" and not c.sides[0].deleted:
            values = dict(c.sides[0].values)
            if c.kind == "evidence":
                values["text"] = "resolved"
            elif c.kind == "grading":
                values["grade"] = "requires-improvement"
            store.resolve(c.record_id, values=values)
        else:
            side = c.sides[(pick + len(value)) % len(c.sides)]
            store.resolve(c.record_id, take=side.version_id)
        self._record_write(i, c.kind, c.record_id, True, seq)

    def _op_sync(self, i: int, j: int, pick: int, value: str) -> None:
        if i != j and not self.twins(i, j):
            self.sync(i, j)

    def _op_backup(self, i: int, j: int, pick: int, value: str) -> None:
        path = self.root / f"r{i}-bak{len(self.backups.get(i, []))}.db"
        self.stores[i].backup(path)
        self.backups.setdefault(i, []).append((path, set(self.oracle.knows[i])))

    def _op_restore(self, i: int, j: int, pick: int, value: str) -> None:
        if self.backups.get(i):
            path, held = self.backups[i][pick % len(self.backups[i])]
            self.replace(i, path, held)

    def _op_fork(self, i: int, j: int, pick: int, value: str) -> None:
        if 0 not in (i, j) and i != j:  # j's laptop now works on a copy of i's file
            path = self.root / f"r{j}-fork-of-r{i}-{self.fake.ms}.db"
            self.stores[i].backup(path)
            self.replace(j, path, set(self.oracle.knows[i]))

    def sync(self, i: int, j: int) -> None:
        """Replica i merges replica j's file."""
        self.merge_fn(self.stores[i], self.stores[j].path)
        self.oracle.knows[i] |= self.oracle.knows[j]

    def replace(self, i: int, source: Path, held: set[str]) -> None:
        """Replica i's file is replaced by a copy of `source` (a backup restored, or a
        copy of another file), which holds the versions `held`.  Versions only the old
        file held are gone for good, and no longer expected anywhere."""
        self.stores[i].close()
        path = self.stores[i].path
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(source, path)
        self.stores[i] = Store.open(path)
        skew_clock(self.stores[i], self.fake, self.skews[i])
        elsewhere = set().union(*(k for n, k in enumerate(self.oracle.knows) if n != i))
        self.written -= self.oracle.knows[i] - held - elsewhere
        self.oracle.knows[i] = set(held)

    def twins(self, i: int, j: int) -> bool:
        """Two files with one identity (a copy): merging one into the other is refused."""
        return self.stores[i].replica_id == self.stores[j].replica_id

    # Copies ----------------------------------------------------------------------------------
    def copy_of(self, i: int, name: str) -> Store:
        path = self.root / name
        self.stores[i].backup(path)
        copy: Store = Store.open(path)
        return copy


# Checking ---------------------------------------------------------------------------------


def store_view(store: Store) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]]]:
    data = store.dump_data()
    records = {k: {rid: r["values"] for rid, r in v.items()} for k, v in data["records"].items()}
    conflicts = {c["id"]: {s["version"] for s in c["sides"]} for c in data["conflicts"]}
    return records, conflicts


def versions_of(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT vid FROM version")}


def working_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in [*TABLES.values(), "evidence_criterion"]:
        rows = store.conn.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    return out


def assert_matches_oracle(world: World, i: int, store: Store | None = None) -> None:
    """Property 5-8: the file shows exactly what the oracle says (current values and
    conflicts), holds every version the replica has seen, and no other."""
    store = store or world.stores[i]
    want_records, want_conflicts = world.oracle.view(i)
    got_records, got_conflicts = store_view(store)
    assert versions_of(store) == world.oracle.knows[i], "a version was lost or invented"
    assert got_conflicts == want_conflicts, "conflicts differ from the oracle"
    assert got_records == want_records, "current values differ from the oracle"
    written = {
        (e.rid, json.loads(e.data)["grade"], json.loads(e.data)["rationale"])
        for e in world.oracle.events.values()
        if e.kind == "grading" and e.data and not e.deleted
    }
    for g in store.all_gradings():
        assert (g.id, g.grade, g.rationale) in written, "a grade beside a rationale nobody gave"


def assert_working_rows_consistent(store: Store) -> None:
    """The working tables equal a full rebuild from the versions."""
    before = working_rows(store)
    store.rebuild_working_rows()
    assert working_rows(store) == before, "working rows are stale"


def check_world(world: World, rng: random.Random) -> None:
    """Properties 1-8 (and the optimisation's equivalence) on the world as it stands."""
    n = len(world.stores)
    merge = world.merge_fn
    for i in range(n):
        assert_matches_oracle(world, i)
        assert_working_rows_consistent(world.stores[i])

    # 2. Order independence: the master merges everyone, in several orders.
    others = list(range(1, n))
    orders = [others, others[::-1], rng.sample(others, len(others))]
    dumps = []
    for k, order in enumerate(orders):
        m = world.copy_of(0, f"order{k}.db")
        try:
            for j in order:
                merge(m, world.stores[j].path)
            dumps.append(m.dump())
        finally:
            m.close()
    assert len(set(dumps)) == 1, "merge order changed the result"

    # 3. Associativity: (R1 merged with the rest) merged into the master.
    if n >= 3:
        x = world.copy_of(1, "assoc_x.db")
        m = world.copy_of(0, "assoc_m.db")
        try:
            for j in range(2, n):
                if not world.twins(1, j):
                    merge(x, world.stores[j].path)
            merge(m, x.path)
            for j in range(2, n):  # a copy of replica 1's file reaches the master directly
                if world.twins(1, j):
                    merge(m, world.stores[j].path)
            assert m.dump() == dumps[0], "merging a merged file differs"
        finally:
            x.close()
            m.close()

    # 10. The plain union gives the same result as the version-vector shortcut.
    m = world.copy_of(0, "full.db")
    try:
        for j in others:
            full_merge(m, world.stores[j].path)
        assert m.dump() == dumps[0], "the version-vector merge differs from the plain union"
    finally:
        m.close()

    # The real master now merges everyone; 1. idempotence; 4. convergence.
    for j in others:
        world.sync(0, j)
    master = world.stores[0]
    assert master.dump() == dumps[0]
    before = master.dump()
    for j in others:
        report = master.merge_from(world.stores[j].path)
        assert report.nothing_new and report.new_conflicts == 0, "re-merge reported news"
    assert master.dump() == before, "re-merge changed the master"
    # 5. Nothing lost: every version anyone wrote is in the master.
    assert versions_of(master) >= world.written, "a version written somewhere is missing"
    assert_matches_oracle(world, 0)
    for j in others:
        world.sync(j, 0)
    final = {s.dump() for s in world.stores}
    assert len(final) == 1, "replicas did not converge"
    for i in range(n):
        assert_matches_oracle(world, i)
        assert_working_rows_consistent(world.stores[i])


def run_history(
    root: Path, n: int, skews: list[int], ops: list[Op], seed: int, merge: MergeFn = real_merge
) -> None:
    """Build a world, play the ops, check everything (all on the world's clock)."""
    fake = FakeTime()
    with machine(fake, f"history {seed}"):
        _play(World(root, n, skews, merge, fake), ops, seed)


def _play(world: World, ops: list[Op], seed: int) -> None:
    n = len(world.stores)
    try:
        for op in ops:
            try:
                world.apply(op)
            except FieldworkError as exc:  # pragma: no cover - a generated op was invalid
                raise AssertionError(f"op {op} failed: {exc}") from exc
            assert_matches_oracle(world, op[1] % n)
        check_world(world, random.Random(seed))
    finally:
        world.close()
