"""The tables of `drafting.toml`, the file parsed once a process: each rule module reads
its own table (`drafting_table("law_split")`) instead of opening the file itself."""

from __future__ import annotations

from functools import cache
from typing import Any

from exporters.draft.wording import wording_table


@cache
def _drafting() -> dict[str, Any]:
    return wording_table("drafting.toml")


def drafting_table(name: str) -> dict[str, Any]:
    """The table `name` of `drafting.toml` (shared: read it, never change it)."""
    return dict(_drafting()[name])
