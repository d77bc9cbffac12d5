"""A team's own framework file, broken the ways a lead breaks one (tester 36's F2): each
refusal counts items from 1 and names them by id, gives the TOML line, names a misspelt
key with the one it stands for, tells how a share is written, and two mistakes that
passed before (a criterion in a group no one defined, no band starting at 0) are
refused.  The files are the built-in 2021 framework with one change, made here."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.errors import FrameworkError
from store.framework import builtin_dir, load_framework

BASE = (builtin_dir() / "cafcass-2021.toml").read_text(encoding="utf-8")
EXTRA = """
[[criteria]]
id = "NE1"
group = "LG"
text = "children's heritage, faith and language are understood and shape the work"
judgements = ["J21-3"]
"""


def _broken(tmp_path: Path, old: str, new: str, extra: str = "") -> Path:
    assert old in BASE
    path = tmp_path / "north_east.toml"
    path.write_text(BASE.replace(old, new, 1) + extra, encoding="utf-8")
    return path


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def _refusal(path: Path) -> str:
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    return str(caught.value)


def test_a_criterion_without_its_words_is_named_by_id_and_line(tmp_path: Path) -> None:
    path = _broken(
        tmp_path,
        "x",
        "x",
        EXTRA.replace(
            'text = "children\'s heritage, faith and language are understood and shape the work"\n',
            "",
        ),
    )
    said = _refusal(path)
    count = BASE.count("[[criteria]]") + 1
    line = _line_of(path, 'id = "NE1"') - 1
    assert f"criteria no. {count} (NE1).text (line {line}): Field required" in said, said


def test_a_misspelt_key_is_named_with_the_key_it_stands_for(tmp_path: Path) -> None:
    path = _broken(tmp_path, "at_least = 0.9\n", "at_leest = 0.9\n")
    said = _refusal(path)
    line = _line_of(path, "at_leest")
    assert (f"drafting.proportion_bands no. 2 (almost all).at_leest (line {line}): unknown "
            "key 'at_leest' (did you mean 'at_least'?)") in said, said  # fmt: skip
    assert "more problem" not in said


def test_a_share_written_as_a_percentage_is_told_how_to_write_it(tmp_path: Path) -> None:
    path = _broken(tmp_path, "at_least = 0.9\n", "at_least = 90\n")
    assert "30% is 0.30" in _refusal(path)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ('id = "LG9"\ngroup = "LG"', 'id = "LG9"\ngroup = "CULTURE"',
         "(LG9) is in group 'CULTURE', which [criterion_groups] does not define"),
        ('at_least = 0.0\n', 'at_least = 0.01\n',
         "the last of the proportion_bands must start at 0"),
    ],
)  # fmt: skip
def test_mistakes_that_passed_are_refused(tmp_path: Path, old: str, new: str, said: str) -> None:
    assert said in _refusal(_broken(tmp_path, old, new))


def test_every_built_in_framework_still_loads() -> None:
    for path in sorted(builtin_dir().glob("*.toml")):
        assert load_framework(path).criteria
