"""Small hand-made teams of database files for merge tests, and ways to damage them.

Nothing here comes from the demo generator: a master with one area, a case and two
inspectors, and inspectors' files with a few pieces of evidence written in the
words an inspector might use.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from store.framework import load_framework
from store.models import Area, CaseFile, Evidence, Inspector
from store.store import Store
from store.versions import VersionRow, canonical_json, version_hash

NOTES = (
    "Social worker visited the child at school; the child said she feels safe at home.",
    "Case file records no management oversight between the first and second hearing.",
    "The guardian's analysis weighs both parents' positions and explains the plan.",
    "Letter to the child written in plain words, explaining what the court decided.",
    "Domestic abuse screening was completed before the first hearing, on time.",
)


def examples(share: float = 1.0) -> int:
    """How many examples a property test runs: a share of the loaded hypothesis
    profile's max_examples (25 by default, 250 with HYPOTHESIS_PROFILE=slow)."""
    from hypothesis import settings

    loaded = settings.default
    base = loaded.max_examples if loaded is not None else 25
    return max(1, round(base * share))


def sha(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Team:
    master: Path
    alice: Path
    bob: Path
    case_id: str


def make_team(root: Path, notes: int = 3) -> Team:
    """A closed master and two inspectors' files issued from it; Alice has written
    `notes` pieces of evidence that the master has not seen.

    A copy of the three files written once per test process for each `notes` (about
    sixty tests each make a team): the data of a fresh build but for its ids and times, as
    tests/export/fixture_data.py does for the export inspection.  No test makes two
    teams to merge with each other (they would be one inspection)."""
    if notes not in _TEAMS:
        folder = Path(tempfile.mkdtemp(prefix=f"fw-team-{notes}-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _TEAMS[notes] = _write_team(folder, notes)
    made = _TEAMS[notes]
    for source in (made.master, made.alice, made.bob):
        shutil.copy2(source, root / source.name)
    return Team(root / made.master.name, root / made.alice.name, root / made.bob.name,
                made.case_id)  # fmt: skip


_TEAMS: dict[int, Team] = {}


def _write_team(root: Path, notes: int) -> Team:
    """Write the team of `make_team` into `root`."""
    master = root / "master.db"
    with Store.create(master, load_framework("cafcass-2018"), title="T", lead="Ruth Okafor") as m:
        m.put_area(Area(code="6", name="Hampshire", visited=True))
        case_id = m.put_case(
            CaseFile(ref="C-1000-AA", area_code="6", law_type="PRIVATE", case_type="CAO",
                     stage="WTFH")
        )  # fmt: skip
        alice = m.issue(
            root / "alice.db", m.put_inspector(Inspector(name="Alice Able", initials="AA"))
        )
        bob = m.issue(root / "bob.db", m.put_inspector(Inspector(name="Bob Brown", initials="BB")))
    with Store.open(alice) as a:
        for i in range(notes):
            a.put_evidence(
                Evidence(case_id=case_id, criteria=["SW1"], source="CASE_FILE",
                         text=NOTES[i % len(NOTES)])
            )  # fmt: skip
    return Team(master, alice, bob, case_id)


def fieldwork(*args: str) -> tuple[int, str]:
    """Run the CLI in-process: (exit code, everything printed)."""
    from cli.root import cli

    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def fieldwork_process(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real `fieldwork` command in its own process."""
    exe = Path(sys.executable).parent / "fieldwork"
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, timeout=timeout, env=dict(os.environ)
    )


def assert_refused(target: Path, source: Path, *words: str) -> str:
    """`fieldwork merge target source` refuses in one line (exit 2, no traceback, the
    line names the source), leaves the target byte-identical and makes no backup."""
    before = sha(target)
    backups = set(target.parent.glob(target.name + ".bak-*"))
    code, out = fieldwork("merge", str(target), str(source))
    assert code == 2, out
    assert "Traceback" not in out
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert len(lines) == 1, out
    for w in (str(source), *words):
        assert w in lines[0], lines[0]
    assert sha(target) == before, "the target changed"
    assert set(target.parent.glob(target.name + ".bak-*")) == backups, "a backup was made"
    return lines[0]


# Damaging a file ---------------------------------------------------------------------------

VERSION_FIELDS = ("vid", "tbl", "rid", "hlc", "origin", "seq", "author", "deleted", "data", "hash")


def new_versions(path: Path, than: Path) -> list[str]:
    """Version ids in `path` that `than` does not hold (what a merge would bring)."""
    with sqlite3.connect(than) as c:
        held = {r[0] for r in c.execute("SELECT vid FROM version")}
    with sqlite3.connect(path) as c:
        return sorted(r[0] for r in c.execute("SELECT vid FROM version") if r[0] not in held)


def flip_bit(path: Path, vid: str, column: str, bit: int) -> None:
    """Flip one bit of one column of one version row, in place (as a disk might)."""
    conn = sqlite3.connect(path)
    try:
        value = conn.execute(
            f"SELECT CAST({column} AS BLOB), typeof({column}) FROM version WHERE vid = ?", (vid,)
        ).fetchone()
        raw, kind = value
        if kind == "integer":
            new: object = int(raw) ^ (1 << (bit % 8))
            conn.execute(f"UPDATE version SET {column} = ? WHERE vid = ?", (new, vid))
        else:
            data = bytearray(raw)
            data[(bit // 8) % len(data)] ^= 1 << (bit % 8)
            conn.execute(
                f"UPDATE version SET {column} = CAST(? AS TEXT) WHERE vid = ?", (bytes(data), vid)
            )
        conn.commit()
    finally:
        conn.close()


def flip_parent_bit(path: Path, vid: str, bit: int) -> bool:
    """Flip one bit of one parent edge of a version; False when it has none."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT vid, CAST(pvid AS BLOB) FROM parent WHERE vid = ? LIMIT 1", (vid,)
        ).fetchone()
        if row is None:
            return False
        data = bytearray(row[1])
        data[(bit // 8) % len(data)] ^= 1 << (bit % 8)
        conn.execute(
            "UPDATE parent SET pvid = CAST(? AS TEXT) WHERE vid = ? AND pvid = ?",
            (bytes(data), vid, row[1].decode()),
        )
        conn.commit()
        return True
    finally:
        conn.close()


def rewrite_version(path: Path, vid: str, rehash: bool, **changes: object) -> None:
    """Change fields of a version; with `rehash`, store the hash of the new content
    (a consistent forgery), else keep the old hash (a clumsy one)."""
    conn = sqlite3.connect(path)
    try:
        cols = "vid, tbl, rid, hlc, origin, seq, author, deleted, data"
        row = conn.execute(f"SELECT {cols} FROM version WHERE vid = ?", (vid,)).fetchone()
        values = dict(zip(cols.split(", "), row, strict=True))
        values.update(changes)
        parents = [r[0] for r in conn.execute("SELECT pvid FROM parent WHERE vid = ?", (vid,))]
        v = VersionRow(**{**values, "deleted": bool(values["deleted"])})
        sets = [f"{k} = ?" for k in changes]
        params: list[object] = list(changes.values())
        if rehash:
            sets.append("hash = ?")
            params.append(version_hash(v, parents))
        if not sets:
            return
        conn.execute(f"UPDATE version SET {', '.join(sets)} WHERE vid = ?", [*params, vid])
        conn.execute("UPDATE parent SET vid = ? WHERE vid = ?", (values["vid"], vid))
        conn.commit()
    finally:
        conn.close()


def with_text(path: Path, vid: str, change: Callable[[str], str]) -> str:
    """A version's JSON content with its evidence text changed (canonical form)."""
    with sqlite3.connect(path) as c:
        data = json.loads(c.execute("SELECT data FROM version WHERE vid = ?", (vid,)).fetchone()[0])
    data["text"] = change(data["text"])
    return canonical_json(data)


def copy(path: Path, to: Path) -> Path:
    """A byte copy of a closed database file."""
    shutil.copyfile(path, to)
    return to
