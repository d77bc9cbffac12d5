"""The tables of `drafting.toml`, the file parsed once a process: each rule module reads
its own table (`drafting_table("law_split")`) instead of opening the file itself."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from exporters.draft.words import wording_dir


@cache
def _drafting() -> dict[str, Any]:
    with (wording_dir() / "drafting.toml").open("rb") as fh:
        return tomllib.load(fh)


def drafting_table(name: str) -> dict[str, Any]:
    """The table `name` of `drafting.toml` (shared: read it, never change it)."""
    return dict(_drafting()[name])
