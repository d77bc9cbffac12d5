"""Every entry of the draft's phrase tables is used (issue 15, point 5): an entry that
words.py reads but no part of the draft says is wording a lead could correct to no
effect.  An entry is used when the draft's code reads it by its name from `Words`."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from exporters.draft.words import wording_dir

DRAFT = Path(__file__).parents[2] / "exporters"


def _code_outside_words() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(DRAFT.rglob("*.py"))
                     if p.name != "words.py")  # fmt: skip


def _attribute(key: str) -> str:
    """The `Words` attribute an entry of drafting.toml is read into."""
    words_py = (DRAFT / "draft" / "words.py").read_text(encoding="utf-8")
    m = re.search(rf"self\.(\w+)\b[^\n]*\[\"{key}\"\]", words_py)
    assert m, f"{key} is in drafting.toml but words.py does not read it"
    return m.group(1)


def test_every_phrase_and_source_entry_is_used() -> None:
    with open(wording_dir() / "drafting.toml", "rb") as fh:
        d = tomllib.load(fh)
    code = _code_outside_words()
    unused = [
        f"{table}.{key}"
        for table in ("phrases", "sources")
        for key in d[table]
        if not re.search(rf"\.{_attribute(key)}\b", code)
    ]
    assert not unused, f"read by words.py but used nowhere: {unused}"
