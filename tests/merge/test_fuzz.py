"""Fuzzing merge inputs (#19): an inspector's file mutated at random, raw bytes of the
file or fields of its version rows, is either merged (the mutation hit nothing that
matters, and the master still checks out) or refused in one sentence with exit code
2, no traceback and the master byte-identical.  25 mutated files by default, 1,000
with HYPOTHESIS_PROFILE=slow."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import cast

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cli.root import cli
from tests.merge.files import VERSION_FIELDS, examples, make_team, new_versions, sha

_TEAM: list[Path] = []


def team_files() -> tuple[Path, Path]:
    """One master and Alice's file (three new notes), made once per test process."""
    if not _TEAM:
        root = Path(tempfile.mkdtemp(prefix="fw-fuzz-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        team = make_team(root)
        _TEAM.extend([team.master, team.alice])
    return _TEAM[0], _TEAM[1]


def mutate_bytes(path: Path, edits: list[tuple[int, int]]) -> None:
    """Overwrite bytes of the file (offset as a share of its length, new byte)."""
    data = bytearray(path.read_bytes())
    for where, value in edits:
        data[where % len(data)] = value
    path.write_bytes(bytes(data))


def mutate_row(path: Path, pick: int, column: str, value: object) -> None:
    """Set one column of one new version to an arbitrary value (any SQLite type)."""
    master, _ = team_files()
    vids = new_versions(path, master)
    with sqlite3.connect(path) as c:
        c.execute(f"UPDATE version SET {column} = ? WHERE vid = ?", (value, vids[pick % len(vids)]))


values = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=40),
    st.binary(max_size=40),
)
mutation = st.one_of(
    st.tuples(
        st.just("bytes"),
        st.lists(st.tuples(st.integers(0, 2**20), st.integers(0, 255)), min_size=1, max_size=8),
    ),
    st.tuples(
        st.just("row"), st.tuples(st.integers(0, 9), st.sampled_from(VERSION_FIELDS), values)
    ),
)


@pytest.mark.slow
@settings(max_examples=examples(1.0) if examples() < 100 else 1000)
@given(change=mutation)
# Damage the checks did not reach, found once the source was read: the merge was
# refused, and the backup made before it was left behind (found by this test).
@example(change=("bytes", [(794283, 0)]))
def test_a_mutated_source_is_merged_or_refused_in_one_sentence(change: tuple[str, object]) -> None:
    master0, alice0 = team_files()
    with tempfile.TemporaryDirectory() as tmp:
        master = Path(shutil.copyfile(master0, Path(tmp) / "master.db"))
        alice = Path(shutil.copyfile(alice0, Path(tmp) / "alice.db"))
        kind, detail = change
        if kind == "bytes":
            mutate_bytes(alice, cast(list[tuple[int, int]], detail))
        else:
            pick, column, value = cast(tuple[int, str, object], detail)
            try:
                mutate_row(alice, pick, column, value)
            except sqlite3.Error:
                return  # the mutation itself was impossible (a constraint): nothing to test
        before = sha(master)
        result = CliRunner().invoke(cli, ["merge", str(master), str(alice)])
        out = result.output
        assert result.exit_code in (0, 2), (result.exit_code, out, result.exception)
        assert "Traceback" not in out
        if result.exit_code == 2:
            lines = [ln for ln in out.splitlines() if ln.strip()]
            assert len(lines) == 1, out
            assert sha(master) == before, "a refused merge changed the master"
            assert not list(Path(tmp).glob("master.db.bak-*")), "a refused merge left a backup"
        else:
            check = CliRunner().invoke(cli, ["check", str(master)])
            assert "damaged" not in check.output, check.output
            assert "Traceback" not in check.output
