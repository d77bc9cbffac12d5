"""A framework file is parsed once a process for each version of it
(`store.frameworkfile.parse_file`): a file changed on disk is read again, whatever its
size, a broken file is refused in one sentence every time, and each load is a model of
its own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.errors import FrameworkError
from store.framework import builtin_dir, load_framework

TITLE = (
    'title = "Inspection of Cafcass as a national organisation (2014 framework, as used in 2018)"'
)


def _write(path: Path, title: str, at: int) -> None:
    text = (builtin_dir() / "cafcass-2018.toml").read_text(encoding="utf-8")
    assert TITLE in text
    path.write_text(text.replace(TITLE, f'title = "{title}"'), encoding="utf-8")
    os.utime(path, ns=(at, at))


def test_a_framework_file_changed_on_disk_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "ours.toml"
    _write(path, "Our own inspection, first", 10**18)
    first = load_framework(path)
    assert first.title == "Our own inspection, first"
    again = load_framework(path)
    assert again == first and again is not first
    assert again.criteria[0] is not first.criteria[0]
    _write(path, "Our own inspection, again", 10**18 + 1)  # the same size, a later change
    assert load_framework(path).title == "Our own inspection, again"
    _write(path, "Ours, shorter", 10**18 + 2)
    assert load_framework(path).title == "Ours, shorter"


def test_a_broken_framework_file_is_refused_every_time(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('id = "x"\ntitle = \n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(FrameworkError, match="is not valid TOML"):
            load_framework(path)
