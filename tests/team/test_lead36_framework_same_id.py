"""A team's framework file corrected under the same id is not silently ignored (tester
36's F18: `inspection edit --framework` said "already uses ...; nothing to change" and the
draft kept the old band's word): it is refused in one sentence saying to give the file a
new id, and nothing changes.  The same file unchanged is still "nothing to change"."""

from __future__ import annotations

from pathlib import Path

from store.framework import builtin_dir
from tests.team.helpers import refused, run, unchanged

BASE = (builtin_dir() / "cafcass-2021.toml").read_text(encoding="utf-8")


def _own(path: Path, word: str) -> Path:
    text = BASE.replace('id = "cafcass-2021"', 'id = "tees-valley-2021"', 1)
    path.write_text(text.replace('word = "some"', f'word = "{word}"', 1), encoding="utf-8")
    return path


def test_a_corrected_file_under_the_same_id_is_refused_saying_what_to_do(tmp_path: Path) -> None:
    first = _own(tmp_path / "tees.toml", "a few of")
    db = tmp_path / "lead.db"
    run("new", db, "--framework", first, "--title", "Tees Valley", "--lead", "Lena Ward")
    assert "nothing to change" in run("inspection", "edit", db, "--framework", first).stdout
    second = _own(tmp_path / "tees_v2.toml", "a minority of")
    with unchanged(db):
        said = " ".join(refused("inspection", "edit", db, "--framework", second).split())
    assert "differs from the framework" in said and "under the same id 'tees-valley-2021'" in said
    assert "give the file a new id" in said
