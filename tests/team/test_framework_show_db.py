"""`fieldwork framework show DB`: a lead who has the inspection's file and not its
framework's id (`framework show t.db` said the file "is not UTF-8
text") sees the framework the inspection uses."""

from __future__ import annotations

from pathlib import Path

from tests.team.helpers import refused, run


def test_an_inspection_database_shows_the_framework_it_uses(tmp_path: Path) -> None:
    db = tmp_path / "inspection 2021.db"
    run("new", db, "--framework", "cafcass-2021", "--title", "Cafcass 2027",
        "--lead", "Helen Marsh")  # fmt: skip
    shown = run("framework", "show", db).output.splitlines()
    assert shown[0].startswith("cafcass-2021  ")
    assert any(line.split()[:2] == ["J21-3", "Impact"] for line in shown)
    assert run("framework", "show", db).output == run("framework", "show", "cafcass-2021").output


def test_a_file_that_is_neither_a_framework_nor_a_database_is_refused(tmp_path: Path) -> None:
    odd = tmp_path / "notes.toml"
    odd.write_bytes(b"\xff\xfe not a framework")
    assert "is not UTF-8 text" in refused("framework", "show", odd)
